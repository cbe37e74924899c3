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
