//! Fuzz the whole analysis: any bytes give a result or a typed error, never
//! a panic, and every span of the result slices the input exactly.
//!
//!     cargo fuzz run analyze -- -max_total_time=600
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let analyzer = guillemet::Analyzer::builder().max_quote_depth(8).build();
    let doc = match analyzer.analyze_bytes(data) {
        Ok(doc) => doc,
        Err(guillemet::Error::InvalidUtf8 { position }) => {
            assert!(std::str::from_utf8(&data[..position]).is_ok());
            return;
        }
        Err(e) => panic!("unexpected error {e}"),
    };
    let text = doc.text();
    let mut previous = 0;
    for t in doc.tokens() {
        let span = t.span();
        assert!(previous <= span.start && span.start < span.end && span.end <= text.len());
        assert_eq!(&text[span.start..span.end], t.text());
        previous = span.end;
    }
    let mut next = 0;
    for s in doc.sentences() {
        assert_eq!(s.tokens.start, next);
        next = s.tokens.end;
    }
    assert_eq!(next, doc.len());
    for q in doc.quotes() {
        assert!(q.span.start <= q.span.end && q.span.end <= text.len());
        let _ = doc.slice(q.span);
        if let Some(m) = &q.speaker {
            let _ = doc.slice(m.span);
            if let Some(i) = m.speaker {
                assert!(i < doc.speakers().len());
            }
        }
    }
    let back = guillemet::Document::from_json(&doc.to_json()).expect("JSON round trip");
    assert!(back == doc);
});
