//! The limits of an analysis: its memory budget and its interruption.

use guillemet::{Analyzer, Error, MEMORY_ALLOWANCE, MEMORY_FACTOR};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

#[test]
fn a_text_of_very_short_quotes_is_refused_with_the_size_it_may_have() {
    let unit = "« a\n\n";
    let text = unit.repeat(4_000_000 / unit.len());
    match Analyzer::new().analyze(&text) {
        Err(Error::TooDense {
            size,
            needed,
            limit,
        }) => {
            assert_eq!(size, text.len());
            assert!(needed > MEMORY_FACTOR * size + MEMORY_ALLOWANCE);
            assert!(limit < size);
            let fits = unit.repeat(limit * 9 / 10 / unit.len());
            assert!(Analyzer::new().analyze(&fits).is_ok());
        }
        other => panic!("expected TooDense, got {:?}", other.map(|d| d.len())),
    }
}

#[test]
fn news_text_is_within_its_budget_at_any_size() {
    let text = format!("{}\n\n", guillemet::SEED_ARTICLE).repeat(700); // 4 MB
    let needed = guillemet::bench::memory_needed(&Analyzer::new(), &text);
    assert!(
        needed < 20 * text.len(),
        "{} bytes a byte",
        needed / text.len()
    );
    assert!(Analyzer::new().analyze(&text).is_ok());
}

#[test]
fn an_interrupted_analysis_stops_soon() {
    // The first analysis builds the table of the lexicons' forms (once per
    // process): the latency measured is that of the analysis.
    let analyzer = Analyzer::new();
    analyzer.analyze("Il a dit « oui ».").unwrap();
    let text = format!("{}\n\n", guillemet::SEED_ARTICLE).repeat(2_000); // 11 MB
    let stop = Arc::new(AtomicBool::new(false));
    let flag = stop.clone();
    let setter = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(100));
        flag.store(true, Ordering::Relaxed);
        Instant::now()
    });
    let result = analyzer.analyze_interruptible(text, stop);
    let stopped = Instant::now();
    let set = setter.join().unwrap();
    assert_eq!(result.map(|d| d.len()), Err(Error::Interrupted));
    assert!(stopped.duration_since(set) < Duration::from_millis(500));
}

#[test]
fn a_long_run_of_outlet_and_place_words_is_read_in_linear_time() {
    // The outlet or place before a name is the longest known name opening
    // the run; the run is folded no further than the longest name, not once
    // for each of its words (quadratic: minutes at this size).
    let run = 200_000;
    for (text, words) in [
        (
            format!(
                "« Oui », a dit à l'agence {}Jean Dupont.",
                "Reuters ".repeat(run)
            ),
            "Reuters ",
        ),
        (
            format!(
                "Le ministre de {}Jean Dupont a dit : « Oui ».",
                "France ".repeat(run)
            ),
            "France ",
        ),
    ] {
        let doc = guillemet::analyze(&text).unwrap();
        let quotes = doc.quotes();
        assert_eq!(quotes.len(), 1, "{words}");
        assert_eq!(doc.slice(quotes[0].span), "Oui");
        // Its speaker is named in the run.
        let speaker = quotes[0].speaker.as_ref().expect("a speaker");
        assert!(doc.slice(speaker.span).contains(words.trim()), "{words}");
    }
}
