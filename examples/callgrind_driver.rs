//! Callgrind driver (`tools/callgrind.sh`): `callgrind_driver full|tok PASSES` analyses the 41 news documents
//! (the seed article and the 40 Wikinews dev articles) PASSES times.
use guillemet::Analyzer;
fn main() {
    let mut args = std::env::args().skip(1);
    let mode = args.next().unwrap_or_else(|| "full".into());
    let passes: usize = args.next().map(|p| p.parse().unwrap()).unwrap_or(1);
    let shared = std::env::var("SHARED")
        .unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/../shared").into());
    let mut docs = vec![guillemet::SEED_ARTICLE.to_string()];
    let mut paths: Vec<_> = std::fs::read_dir(format!("{shared}/data/wikinews-dev"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    for p in paths {
        docs.push(std::fs::read_to_string(p).unwrap());
    }
    let analyzer = Analyzer::new();
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
