//! Property tests over arbitrary Unicode and French-like text: no panic,
//! tokens in order and slicing exactly, nothing but separators left between
//! tokens, sentences and paragraphs tiling the tokens, code-point offsets
//! round-tripping, and the JSON and packed forms reading back to the same
//! document.

use guillemet::bench::is_separator;
use guillemet::terms::TermAccumulator;
use guillemet::{CountOptions, Document, TermForm};
use proptest::prelude::*;

/// Fragments French news is made of, including the awkward ones.
const FRAGMENTS: &[&str] = &[
    "le",
    "président",
    "Poutine",
    "a",
    "déclaré",
    "que",
    "l’",
    "l'",
    "OTSC",
    "d’",
    "être",
    "aujourd’hui",
    "a-t-il",
    "dit-elle",
    "États-Unis",
    "M.",
    "Mme",
    "J.-C.",
    "etc.",
    "10\u{202F}000",
    "3,5",
    "%",
    "1.500",
    "14h30",
    "Kremlin.ru",
    "https://x.fr/a",
    "«",
    "»",
    "\u{A0}",
    "\u{202F}",
    "“",
    "”",
    "\"",
    ".",
    ",",
    ";",
    ":",
    "!",
    "?",
    "…",
    "...",
    "—",
    "–",
    "-",
    "(",
    ")",
    "[",
    "]",
    "\n",
    "\n\n",
    " ",
    "  ",
    "pre\u{AD}mier",
    "\u{AD}",
    "😀",
    "👩\u{200D}👩\u{200D}👧",
    "🇫🇷",
    "e\u{301}",
    "\u{301}",
    "\u{200B}",
    "\u{200E}",
    "\u{202E}",
    "\r\n",
    "\r",
    "\u{2028}",
    "\0",
    "Ã©",
    "&amp;",
    "<b>",
    "selon",
    "estime",
    "Tokaïev",
    "il",
    "elle",
    "-t-",
    "'",
    "’",
    "qu'",
    "n°",
    "#tag",
    "@user",
    "a@b.fr",
    "A.",
    "W.",
    "1er",
    "XXe",
    "ex-Union",
    "\t",
    // Tokens UD splits or keeps, and words the boundary classifier reads.
    "20h45",
    "160km",
    "et/ou",
    "12/05/2020",
    "°C",
    "traité(e)",
    "VOIE(S)",
    "Aussitôt",
    "Photos",
    "Pour",
    "Jean",
    "Dupont",
    "LES",
    "1.",
    "--",
];

fn french_like() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            4 => prop::sample::select(FRAGMENTS).prop_map(str::to_string),
            1 => "\\PC{0,3}",
        ],
        0..60,
    )
    .prop_map(|parts| {
        let mut text = String::new();
        for (i, p) in parts.iter().enumerate() {
            if i % 3 != 2 {
                text.push(' ');
            }
            text.push_str(p);
        }
        text
    })
}

fn check_document(text: &str, doc: &Document<'_>) {
    // Tokens: non-empty, in order, not overlapping, slicing exactly, and only
    // separators between them.
    let mut previous_end = 0;
    for token in doc.tokens() {
        let span = token.span();
        assert!(span.start < span.end, "empty token at {}", span.start);
        assert!(
            span.start >= previous_end,
            "tokens overlap at {}",
            span.start
        );
        assert_eq!(&text[span.start..span.end], token.text());
        let gap = &text[previous_end..span.start];
        assert!(
            gap.chars().all(is_separator),
            "non-separator left out: {gap:?}"
        );
        assert!(!token.lower().is_empty());
        previous_end = span.end;
    }
    assert!(text[previous_end..].chars().all(is_separator));

    // Sentences tile the tokens, paragraphs tile the sentences.
    let sentences = doc.sentences();
    let mut next_token = 0;
    for s in sentences {
        assert_eq!(
            s.tokens.start, next_token,
            "gap or overlap between sentences"
        );
        assert!(s.tokens.start < s.tokens.end, "empty sentence");
        let first = doc.token(s.tokens.start).span();
        let last = doc.token(s.tokens.end - 1).span();
        assert_eq!((s.span.start, s.span.end), (first.start, last.end));
        next_token = s.tokens.end;
    }
    assert_eq!(next_token, doc.len(), "tokens outside every sentence");
    let mut next_sentence = 0;
    for (i, p) in doc.paragraphs().iter().enumerate() {
        assert_eq!(p.sentences.start, next_sentence);
        for s in &sentences[p.sentences.clone()] {
            assert_eq!(s.paragraph, i);
            assert!(p.span.contains(&s.span));
        }
        next_sentence = p.sentences.end;
    }
    assert_eq!(next_sentence, sentences.len());
    for token in doc.tokens() {
        let s = token.sentence().expect("every token has a sentence");
        assert!(sentences[s].tokens.contains(&token.index()));
    }

    // Quotes, cues and mentions lie inside the text, on char boundaries.
    for q in doc.quotes() {
        assert!(q.span.start <= q.span.end && q.span.end <= text.len());
        assert!(text.is_char_boundary(q.span.start) && text.is_char_boundary(q.span.end));
        assert!(q.sentences.start < q.sentences.end || q.span.is_empty());
        let pieces = [
            q.cue.as_ref().map(|c| c.span),
            q.speaker.as_ref().map(|m| m.span),
            q.via,
        ];
        for span in pieces.into_iter().flatten() {
            assert!(span.start < span.end && span.end <= text.len());
            let _ = doc.slice(span);
        }
        if let Some(i) = q.speaker.as_ref().and_then(|m| m.speaker) {
            assert!(doc.speakers()[i]
                .quotes
                .iter()
                .any(|&k| std::ptr::eq(&doc.quotes()[k], q)));
        }
    }
    for term in doc.quoted_terms() {
        assert!(term.end <= text.len());
        let _ = doc.slice(*term);
    }

    // Code-point offsets agree with Rust's char counting.
    for token in doc.tokens() {
        let span = token.span();
        let chars = text[..span.start].chars().count();
        assert_eq!(doc.char_offset(span.start), chars);
        assert_eq!(doc.byte_offset(chars), Some(span.start));
    }
}

/// `default` cases, or as many as `PROPTEST_CASES` asks for (a longer run:
/// a number set in the config would override the variable).
fn cases(default: u32) -> ProptestConfig {
    let config = ProptestConfig::default();
    let cases = if std::env::var_os("PROPTEST_CASES").is_some() {
        config.cases
    } else {
        default
    };
    ProptestConfig { cases, ..config }
}

proptest! {
    #![proptest_config(cases(512))]

    #[test]
    fn arbitrary_unicode_never_panics_and_tiles(text in "\\PC{0,200}") {
        let doc = guillemet::analyze(&text).unwrap();
        check_document(&text, &doc);
    }

    #[test]
    fn any_string_at_all(text in any::<String>()) {
        let doc = guillemet::analyze(&text).unwrap();
        check_document(&text, &doc);
    }

    #[test]
    fn french_like_text_tiles(text in french_like()) {
        let doc = guillemet::analyze(&text).unwrap();
        check_document(&text, &doc);
    }

    #[test]
    fn tokenize_matches_analyze(text in french_like()) {
        let a = guillemet::analyze(&text).unwrap();
        let t = guillemet::tokenize(&text).unwrap();
        let spans = |d: &Document<'_>| d.tokens().map(|t| (t.span(), t.kind(), t.lower().to_string())).collect::<Vec<_>>();
        prop_assert_eq!(spans(&a), spans(&t));
    }

    #[test]
    fn document_counts_match_the_corpus_accumulator(
        text in french_like(),
        by in prop::sample::select(vec![TermForm::Surface, TermForm::Lower, TermForm::Stem]),
        (min_n, max_n) in prop::sample::select(vec![(1usize, 1usize), (1, 3), (2, 2), (2, 3)]),
        keep_all in any::<bool>(),
    ) {
        // `term_counts` has its own allocation-free path; it must give what
        // the corpus accumulator gives for a corpus of one document.
        let doc = guillemet::analyze(&text).unwrap();
        let options = CountOptions {
            by,
            min_n,
            max_n,
            stopwords: keep_all,
            punctuation: keep_all,
            numbers: keep_all,
            ..Default::default()
        };
        let direct = doc.term_counts(&options).unwrap();
        let mut acc = TermAccumulator::new();
        acc.add(&doc, &options);
        let stats = acc.stats(1, 1);
        let expected: Vec<(String, u64)> = stats.iter().map(|s| (s.term.clone(), s.count)).collect();
        let forms: Vec<String> = stats.iter().map(|s| s.form.clone()).collect();
        prop_assert_eq!(direct.terms, expected);
        prop_assert_eq!(direct.forms, forms);
    }
}

#[cfg(feature = "serde")]
proptest! {
    #![proptest_config(cases(256))]

    #[test]
    fn json_round_trip(text in french_like()) {
        let doc = guillemet::analyze(&text).unwrap();
        let back = Document::from_json(&doc.to_json()).unwrap();
        prop_assert_eq!(&back, &doc);
        prop_assert_eq!(back.to_json(), doc.to_json());
    }
}

/// The compact form's size bound: at most 4 times the text plus 1 kB.
fn packed_size_ok(doc: &Document<'_>, packed: &[u8]) -> bool {
    packed.len() <= 4 * doc.text().len() + 1024
}

proptest! {
    #![proptest_config(cases(256))]

    #[test]
    fn packed_round_trip(text in french_like()) {
        let doc = guillemet::analyze(&text).unwrap();
        let packed = doc.to_bytes();
        prop_assert!(packed_size_ok(&doc, &packed), "{} bytes for {}", packed.len(), text.len());
        let back = Document::from_bytes(&packed).unwrap();
        prop_assert_eq!(&back, &doc);
        prop_assert_eq!(back.to_bytes(), packed);
    }

    #[test]
    fn packed_round_trip_of_any_text(text in "\\PC{0,200}") {
        for doc in [guillemet::analyze(&text).unwrap(), guillemet::tokenize(&text).unwrap()] {
            let packed = doc.to_bytes();
            prop_assert!(packed_size_ok(&doc, &packed));
            prop_assert_eq!(&Document::from_bytes(&packed).unwrap(), &doc);
        }
    }

    /// Damaged input is an error or a document whose spans all slice its
    /// text, never a panic.
    #[test]
    fn damaged_packed_never_panics(
        text in french_like(),
        edits in proptest::collection::vec((any::<usize>(), any::<u8>()), 1..4),
        cut in any::<Option<usize>>(),
    ) {
        let mut packed = guillemet::analyze(&text).unwrap().to_bytes();
        for (at, byte) in edits {
            let at = at % packed.len();
            packed[at] = byte;
        }
        if let Some(cut) = cut {
            packed.truncate(cut % (packed.len() + 1));
        }
        if let Ok(doc) = Document::from_bytes(&packed) {
            check_spans(&doc);
            let _ = doc.to_bytes();
        }
    }
}

/// Every span of `doc` slices its text (what a damaged input may not break).
fn check_spans(doc: &Document<'_>) {
    for t in doc.tokens() {
        let _ = (t.text(), t.norm(), t.lower(), t.stem());
        let _ = (t.sentence(), t.paragraph());
    }
    for s in doc.sentences() {
        let _ = doc.slice(s.span);
        let _ = &doc.paragraphs()[s.paragraph];
    }
    for q in doc.quotes() {
        let _ = doc.slice(q.span);
        let _ = doc.speaker_of(q);
        for span in [q.cue.as_ref().map(|c| c.span), q.via]
            .into_iter()
            .flatten()
        {
            let _ = doc.slice(span);
        }
    }
    for s in doc.speakers().iter().chain(doc.people()) {
        for &m in &s.mentions {
            let _ = doc.slice(m);
        }
        for &q in &s.quotes {
            let _ = &doc.quotes()[q];
        }
    }
}

/// The texts proptest once shrank a panic to (the regressions file re-runs
/// their seeds; these stay readable, with a variant each): every one is
/// analysed and passes the document checks above.
#[test]
fn texts_that_once_panicked_are_analysed() {
    for text in [
        " : “le",
        " : «le",
        " dit-elle :",
        " le ,estime ϒ,",
        " le ,estime-t-il ϒ,",
        "La réforme, estime le ministre,",
    ] {
        let doc = guillemet::analyze(text).unwrap();
        check_document(text, &doc);
    }
}
