//! Count terms over a folder of .txt articles (default: the seed article),
//! by stem, unigrams and bigrams, and print the top 20 with tf-idf.
//!
//!     cargo run --release --example count_terms -- articles/

use guillemet::terms::corpus_terms;
use guillemet::{Analyzer, CountOptions, TermForm};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut texts = Vec::new();
    match std::env::args().nth(1) {
        Some(dir) => {
            for entry in std::fs::read_dir(dir)? {
                let path = entry?.path();
                if path.extension().is_some_and(|e| e == "txt") {
                    texts.push(std::fs::read_to_string(path)?);
                }
            }
        }
        None => texts.push(guillemet::SEED_ARTICLE.to_string()),
    }
    let analyzer = Analyzer::new();
    // In parallel with the default `parallel` feature; order is kept.
    let docs = analyzer
        .analyze_many(&texts)
        .into_iter()
        .collect::<Result<Vec<_>, _>>()?;
    let options = CountOptions {
        by: TermForm::Stem,
        min_n: 1,
        max_n: 2,
        ..CountOptions::default()
    };
    let stats = corpus_terms(docs.iter(), &options, 1, 1)?;
    println!("{} documents, {} terms", docs.len(), stats.len());
    for s in stats.iter().take(20) {
        println!(
            "{:<28} {:<28} {:>6} {:>4} {:>9.2}",
            s.term, s.form, s.count, s.df, s.tfidf
        );
    }
    Ok(())
}
