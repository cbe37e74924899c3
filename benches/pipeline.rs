//! Criterion benchmarks: one group per stage, each run on two corpora (as
//! `benchmarks/compare.py` does):
//! - `news`: the seed article and, when present, `../shared/data/wikinews-dev/`;
//! - `short`: one to three consecutive sentences of the tuned UD French files
//!   of `tools/eval_splits.json` (headline- or post-sized texts, where the
//!   cost per document shows);
//!
//! each repeated to about 2 MB so that timings are stable.
//!
//!     cargo bench --bench pipeline                 # everything
//!     cargo bench --bench pipeline -- 'full analysis/'

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use guillemet::{Analyzer, CountOptions, Document, TermForm};
use std::hint::black_box;
use std::path::{Path, PathBuf};

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data")
}

/// `texts` repeated to about 2 MB.
fn repeat_to_2mb(mut texts: Vec<String>) -> Vec<String> {
    let size: usize = texts.iter().map(String::len).sum();
    let copies = (2_000_000 / size.max(1)).max(1);
    let one = texts.clone();
    for _ in 1..copies {
        texts.extend(one.iter().cloned());
    }
    texts
}

/// The seed article and the Wikinews articles.
fn news() -> Vec<String> {
    let mut texts = vec![guillemet::SEED_ARTICLE.to_string()];
    if let Ok(entries) = std::fs::read_dir(data_dir().join("wikinews-dev")) {
        let mut paths: Vec<_> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        paths.sort();
        texts.extend(paths.iter().filter_map(|p| std::fs::read_to_string(p).ok()));
    }
    repeat_to_2mb(texts)
}

/// Runs of one, two, three, one… consecutive sentences of the tuned UD files
/// (the seed article's lines when they are missing).
fn short() -> Vec<String> {
    let splits = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tools/eval_splits.json"),
    )
    .unwrap_or_default();
    // The "conllu_tuned" list, read without a JSON parser.
    let tuned = splits
        .split("\"conllu_tuned\":")
        .nth(1)
        .and_then(|rest| rest.split(']').next())
        .unwrap_or("");
    let mut sentences: Vec<String> = Vec::new();
    for name in tuned.split('"').skip(1).step_by(2) {
        if let Ok(conllu) = std::fs::read_to_string(data_dir().join(name)) {
            sentences.extend(
                conllu
                    .lines()
                    .filter_map(|l| l.strip_prefix("# text = "))
                    .map(|s| s.trim().to_string()),
            );
        }
    }
    if sentences.is_empty() {
        sentences = guillemet::SEED_ARTICLE
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(str::to_string)
            .collect();
    }
    let mut texts = Vec::new();
    let (mut i, mut k) = (0, 0);
    while i < sentences.len() {
        let n = 1 + k % 3;
        texts.push(sentences[i..(i + n).min(sentences.len())].join(" "));
        i += n;
        k += 1;
    }
    repeat_to_2mb(texts)
}

fn stages(c: &mut Criterion) {
    let analyzer = Analyzer::new();
    let corpora = [("news", news()), ("short", short())];
    let docs: Vec<Vec<Document<'_>>> = corpora
        .iter()
        .map(|(_, texts)| texts.iter().map(|t| analyzer.analyze(t).unwrap()).collect())
        .collect();
    let bytes = |texts: &[String]| Throughput::Bytes(texts.iter().map(|t| t.len() as u64).sum());

    let mut group = c.benchmark_group("normalise+tokenise");
    group.sample_size(10);
    for (name, texts) in &corpora {
        group.throughput(bytes(texts));
        group.bench_function(*name, |b| {
            let mut out = Vec::new();
            b.iter(|| {
                for t in texts {
                    guillemet::bench::tokenize_into(&analyzer, black_box(t), &mut out);
                }
                black_box(out.len())
            })
        });
    }
    group.finish();

    let mut group = c.benchmark_group("tokens+stems");
    group.sample_size(10);
    for (name, texts) in &corpora {
        group.throughput(bytes(texts));
        group.bench_function(*name, |b| {
            b.iter(|| {
                texts
                    .iter()
                    .map(|t| analyzer.tokenize(black_box(t)).unwrap().len())
                    .sum::<usize>()
            })
        });
    }
    group.finish();

    let mut group = c.benchmark_group("sentences");
    group.sample_size(10);
    for ((name, texts), docs) in corpora.iter().zip(&docs) {
        group.throughput(bytes(texts));
        group.bench_function(*name, |b| {
            b.iter(|| {
                docs.iter()
                    .map(|d| guillemet::bench::split_sentences(d, &analyzer))
                    .sum::<usize>()
            })
        });
    }
    group.finish();

    let mut group = c.benchmark_group("quotes+speakers");
    group.sample_size(10);
    for ((name, texts), docs) in corpora.iter().zip(&docs) {
        group.throughput(bytes(texts));
        group.bench_function(*name, |b| {
            b.iter(|| {
                docs.iter()
                    .map(|d| guillemet::bench::find_quotes(d, &analyzer))
                    .sum::<usize>()
            })
        });
    }
    group.finish();

    let mut group = c.benchmark_group("counts");
    group.sample_size(10);
    for ((name, texts), docs) in corpora.iter().zip(&docs) {
        group.throughput(bytes(texts));
        for (form, by) in [("lower", TermForm::Lower), ("stem", TermForm::Stem)] {
            let options = CountOptions {
                by,
                ..Default::default()
            };
            group.bench_function(BenchmarkId::new(form, name), |b| {
                b.iter(|| {
                    docs.iter()
                        .map(|d| d.term_counts(&options).unwrap().terms.len())
                        .sum::<usize>()
                })
            });
        }
    }
    group.finish();

    let mut group = c.benchmark_group("full analysis");
    group.sample_size(10);
    for (name, texts) in &corpora {
        group.throughput(bytes(texts));
        group.bench_function(*name, |b| {
            b.iter(|| {
                texts
                    .iter()
                    .map(|t| analyzer.analyze(black_box(t)).unwrap().len())
                    .sum::<usize>()
            })
        });
    }
    group.finish();

    let (_, texts) = &corpora[0];
    let mut batch = c.benchmark_group("analyze_many");
    batch.throughput(bytes(texts));
    batch.sample_size(10);
    for threads in [1usize, 2] {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap();
        batch.bench_with_input(BenchmarkId::from_parameter(threads), &threads, |b, _| {
            b.iter(|| pool.install(|| analyzer.analyze_many(texts).len()))
        });
    }
    batch.finish();
}

/// `n` lines quoting one person, each writing the surname in another casing.
fn casings(n: usize) -> String {
    let name = "dupontdupontdupon"; // 2^17 casings
    (0..n)
        .map(|i| {
            let cased: String = name
                .chars()
                .enumerate()
                .map(|(b, c)| {
                    if b == 0 || (i >> b) & 1 == 1 {
                        c.to_ascii_uppercase()
                    } else {
                        c
                    }
                })
                .collect();
            format!("« Oui », a dit Jean {cased}.\n")
        })
        .collect()
}

/// A named input shape, made at size `n`.
type Shape = (&'static str, Box<dyn Fn(usize) -> String>);

fn pathological(c: &mut Criterion) {
    // Linear time on adversarial inputs: 10x the input, 10x the time.
    let analyzer = Analyzer::new();
    let mut group = c.benchmark_group("pathological");
    group.sample_size(10);
    let repeated = |prefix: &'static str, unit: &'static str| {
        move |n: usize| format!("{prefix}{}", unit.repeat(n))
    };
    let shapes: Vec<Shape> = vec![
        ("open guillemets", Box::new(repeated("", "« "))),
        ("pronouns", Box::new(repeated("", "a-t-il dit. "))),
        ("nesting", Box::new(repeated("", "« « "))),
        // One sentence-long quote holding speech of others, cut around each.
        (
            "nested speech",
            Box::new(repeated("« ", "il m'a dit : « non » puis ")),
        ),
        // One story told over many quoted paragraphs in the passé simple.
        (
            "quoted paragraphs",
            Box::new(repeated("Il commença : ", "« Il fut là et vint.\n")),
        ),
        // The attack shapes of issue 18: a chain of incises (each made a
        // quote to the sentence end), two long surnames (an edit distance
        // over their whole length), one name in many casings, and colons
        // after many cues (a backward search through every cue).
        ("incises", Box::new(repeated("", "oui, dit-il, "))),
        // One long word: Snowball rewrote its tail at every "qu".
        ("long word", Box::new(repeated("", "qu"))),
        (
            "long surnames",
            Box::new(|n: usize| {
                let a = "a".repeat(n);
                format!("« Oui », a dit Paul D{a}b. « Non », a dit Paul D{a}c. ")
            }),
        ),
        ("name casings", Box::new(casings)),
        (
            "colons after cues",
            Box::new(|n: usize| {
                format!(
                    "{}{}",
                    "Il a dit. ".repeat(n),
                    "Bon : « a b c d e »\n".repeat(n)
                )
            }),
        ),
    ];
    for (name, make) in &shapes {
        for n in [10_000usize, 100_000] {
            let text = make(n);
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(BenchmarkId::new(*name, n), &text, |b, t| {
                b.iter(|| analyzer.analyze(black_box(t)).unwrap().len())
            });
        }
    }
    // Stemming a long word (Snowball rewrites the tail at every "qu"): the
    // stem function itself, as the analyzer's cache would hide a repeat.
    for n in [10_000usize, 100_000] {
        let word = "qu".repeat(n);
        group.throughput(Throughput::Bytes(word.len() as u64));
        group.bench_with_input(BenchmarkId::new("stem of a long word", n), &word, |b, w| {
            b.iter(|| guillemet::stem(black_box(w)).len())
        });
    }
    group.finish();
}

criterion_group!(benches, stages, pathological);
criterion_main!(benches);
