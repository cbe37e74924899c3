//! Output digest (`tools/callgrind.sh`): FNV-1a 64 over the JSON of `analyze` and `tokenize` of the
//! seed, the 40 Wikinews dev articles and the tuned UD speech sentences. A
//! speed step must leave it unchanged.
use guillemet::Analyzer;
fn fnv(h: &mut u64, bytes: &[u8]) {
    for b in bytes {
        *h ^= *b as u64;
        *h = h.wrapping_mul(0x100000001b3);
    }
}
fn main() {
    let shared = std::env::var("SHARED")
        .unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/../shared").into());
    let mut texts = vec![guillemet::SEED_ARTICLE.to_string()];
    let mut paths: Vec<_> = std::fs::read_dir(format!("{shared}/data/wikinews-dev"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    for p in paths {
        texts.push(std::fs::read_to_string(p).unwrap());
    }
    for f in ["gsd-dev", "sequoia-train", "partut-train"] {
        let s = std::fs::read_to_string(format!("{shared}/data/ud-speech/{f}.jsonl")).unwrap();
        for line in s.lines() {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            texts.push(v["text"].as_str().unwrap().to_string());
        }
    }
    let analyzer = Analyzer::new();
    let mut h = 0xcbf29ce484222325u64;
    for t in &texts {
        fnv(&mut h, analyzer.analyze(t).unwrap().to_json().as_bytes());
        fnv(&mut h, analyzer.tokenize(t).unwrap().to_json().as_bytes());
    }
    println!("{h:016x} over {} texts", texts.len());
}
