//! Criterion benchmarks of each stage, on a corpus built from the seed
//! article and, when present, `../shared/data/wikinews-dev/` (repeated to
//! about 2 MB so that timings are stable).
//!
//!     cargo bench --bench pipeline

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use guillemet::{Analyzer, CountOptions, Document, TermForm};
use std::hint::black_box;

fn corpus() -> Vec<String> {
    let mut texts = vec![guillemet::SEED_ARTICLE.to_string()];
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/wikinews-dev");
    if let Ok(entries) = std::fs::read_dir(&dir) {
        let mut paths: Vec<_> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        paths.sort();
        texts.extend(paths.iter().filter_map(|p| std::fs::read_to_string(p).ok()));
    }
    let size: usize = texts.iter().map(String::len).sum();
    let copies = (2_000_000 / size.max(1)).max(1);
    let one = texts.clone();
    for _ in 1..copies {
        texts.extend(one.iter().cloned());
    }
    texts
}

fn stages(c: &mut Criterion) {
    let texts = corpus();
    let bytes: u64 = texts.iter().map(|t| t.len() as u64).sum();
    let analyzer = Analyzer::new();
    let docs: Vec<Document<'_>> = texts.iter().map(|t| analyzer.analyze(t).unwrap()).collect();

    let mut group = c.benchmark_group("stages");
    group.throughput(Throughput::Bytes(bytes));
    group.sample_size(10);
    group.bench_function("normalise+tokenise", |b| {
        let mut out = Vec::new();
        b.iter(|| {
            for t in &texts {
                guillemet::bench::tokenize_into(&analyzer, black_box(t), &mut out);
            }
            black_box(out.len())
        })
    });
    group.bench_function("tokens+stems", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| analyzer.tokenize(black_box(t)).unwrap().len())
                .sum::<usize>()
        })
    });
    group.bench_function("sentences", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| guillemet::bench::split_sentences(d, &analyzer))
                .sum::<usize>()
        })
    });
    group.bench_function("quotes+speakers", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| guillemet::bench::find_quotes(d, &analyzer))
                .sum::<usize>()
        })
    });
    for (name, by) in [
        ("counts(lower)", TermForm::Lower),
        ("counts(stem)", TermForm::Stem),
    ] {
        let options = CountOptions {
            by,
            ..Default::default()
        };
        group.bench_function(name, |b| {
            b.iter(|| {
                docs.iter()
                    .map(|d| d.term_counts(&options).unwrap().terms.len())
                    .sum::<usize>()
            })
        });
    }
    group.bench_function("full analysis", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| analyzer.analyze(black_box(t)).unwrap().len())
                .sum::<usize>()
        })
    });
    group.finish();

    let mut batch = c.benchmark_group("analyze_many");
    batch.throughput(Throughput::Bytes(bytes));
    batch.sample_size(10);
    for threads in [1usize, 2] {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap();
        batch.bench_with_input(BenchmarkId::from_parameter(threads), &threads, |b, _| {
            b.iter(|| pool.install(|| analyzer.analyze_many(&texts).len()))
        });
    }
    batch.finish();
}

fn pathological(c: &mut Criterion) {
    // Linear time on adversarial inputs: 10x the input, 10x the time.
    let analyzer = Analyzer::new();
    let mut group = c.benchmark_group("pathological");
    group.sample_size(10);
    for (name, prefix, unit) in [
        ("open guillemets", "", "« "),
        ("pronouns", "", "a-t-il dit. "),
        ("nesting", "", "« « "),
        // One sentence-long quote holding speech of others, cut around each.
        ("nested speech", "« ", "il m'a dit : « non » puis "),
        // One story told over many quoted paragraphs in the passé simple.
        (
            "quoted paragraphs",
            "Il commença : ",
            "« Il fut là et vint.\n",
        ),
    ] {
        for n in [10_000usize, 100_000] {
            let text = format!("{prefix}{}", unit.repeat(n));
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(BenchmarkId::new(name, n), &text, |b, t| {
                b.iter(|| analyzer.analyze(black_box(t)).unwrap().len())
            });
        }
    }
    group.finish();
}

criterion_group!(benches, stages, pathological);
criterion_main!(benches);
