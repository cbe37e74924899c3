//! Analyse a file (default: the bundled seed article) and print its quotes.
//!
//!     cargo run --example print_quotes -- article.txt

use guillemet::Analyzer;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let text = match std::env::args().nth(1) {
        Some(path) => std::fs::read_to_string(path)?,
        None => guillemet::SEED_ARTICLE.to_string(),
    };
    let analyzer = Analyzer::new();
    let doc = analyzer.analyze(&text)?;
    for quote in doc.quotes() {
        let speaker = match (doc.speaker_of(quote), &quote.speaker) {
            (Some(s), _) => s.name.clone(),
            (None, Some(mention)) => doc.slice(mention.span).to_string(),
            (None, None) => "unattributed".into(),
        };
        let cue = quote.cue.as_ref().map_or("", |c| doc.slice(c.span));
        println!(
            "{:<8} {speaker} [{cue}]: {}",
            quote.kind.as_str(),
            doc.slice(quote.span)
        );
    }
    for speaker in doc.speakers() {
        println!(
            "{}: {} quotes ({}, {} cue)",
            speaker.name,
            speaker.quotes.len(),
            speaker.kind.as_str(),
            speaker.gender.as_str()
        );
    }
    Ok(())
}
