//! The driver of `tools/callgrind.sh`, over `../shared` (or `$SHARED`):
//!
//! - `callgrind_driver full|tok PASSES` analyses (or tokenises) the 41 news
//!   documents (the seed article and the 40 Wikinews dev articles) PASSES
//!   times, for instruction counts;
//! - `callgrind_driver digest` prints an FNV-1a 64 digest of the JSON of
//!   `analyze` and `tokenize` over those documents and the tuned UD speech
//!   sentences: a speed step must leave it unchanged.

use guillemet::Analyzer;

/// The seed article and the Wikinews dev articles, in file name order.
fn news(shared: &str) -> Vec<String> {
    let mut docs = vec![guillemet::SEED_ARTICLE.to_string()];
    let mut paths: Vec<_> = std::fs::read_dir(format!("{shared}/data/wikinews-dev"))
        .expect("../shared/data/wikinews-dev (or $SHARED)")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    docs.extend(
        paths
            .into_iter()
            .map(|p| std::fs::read_to_string(p).unwrap()),
    );
    docs
}

/// The `text` field of each line of the tuned ud-speech files.
fn ud_speech(shared: &str) -> Vec<String> {
    let mut texts = Vec::new();
    for f in ["gsd-dev", "sequoia-train", "partut-train"] {
        let s = std::fs::read_to_string(format!("{shared}/data/ud-speech/{f}.jsonl")).unwrap();
        for line in s.lines() {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            texts.push(v["text"].as_str().unwrap().to_string());
        }
    }
    texts
}

fn fnv(h: &mut u64, bytes: &[u8]) {
    for b in bytes {
        *h ^= u64::from(*b);
        *h = h.wrapping_mul(0x100000001b3);
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let mode = args.next().unwrap_or_else(|| "full".into());
    let shared = std::env::var("SHARED")
        .unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/../shared").into());
    let analyzer = Analyzer::new();
    let mut docs = news(&shared);
    if mode == "digest" {
        docs.extend(ud_speech(&shared));
        let mut h = 0xcbf29ce484222325u64;
        for t in &docs {
            fnv(&mut h, analyzer.analyze(t).unwrap().to_json().as_bytes());
            fnv(&mut h, analyzer.tokenize(t).unwrap().to_json().as_bytes());
        }
        println!("{h:016x} over {} texts", docs.len());
        return;
    }
    let passes: usize = args.next().map_or(1, |p| p.parse().unwrap());
    let mut n = 0usize;
    for _ in 0..passes {
        for d in &docs {
            let doc = if mode == "tok" {
                analyzer.tokenize(d)
            } else {
                analyzer.analyze(d)
            }
            .unwrap();
            n += doc.tokens().len();
        }
    }
    eprintln!("{} docs, {} tokens over {} passes", docs.len(), n, passes);
}
