//! The compact binary form (`Document::to_bytes`, what a Python pickle
//! carries): exact round trips on real articles and on documents no
//! default analyzer would make, the size bound, and typed errors.

use guillemet::{Analyzer, Document, Error};

/// The seed article and, when present, the Wikinews articles.
fn articles() -> Vec<String> {
    let mut texts = vec![guillemet::SEED_ARTICLE.to_string()];
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/wikinews-dev");
    if let Ok(entries) = std::fs::read_dir(dir) {
        let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        paths.sort();
        texts.extend(
            paths
                .iter()
                .filter(|p| p.extension().is_some_and(|e| e == "txt"))
                .filter_map(|p| std::fs::read_to_string(p).ok()),
        );
    }
    texts
}

fn round_trip(doc: &Document<'_>) -> usize {
    let packed = doc.to_bytes();
    let back = Document::from_bytes(&packed).expect("reads back");
    assert_eq!(&back, doc);
    assert_eq!(back.to_json(), doc.to_json());
    packed.len()
}

#[test]
fn articles_round_trip_within_four_times_their_text() {
    let (mut packed, mut text) = (0, 0);
    for article in articles() {
        let doc = guillemet::analyze(&article).unwrap();
        let size = round_trip(&doc);
        assert!(
            size <= 4 * article.len() + 1024,
            "{size} bytes for {}",
            article.len()
        );
        packed += size;
        text += article.len();
    }
    // The seed article alone: about 2.5 times its text.
    assert!(packed < 3 * text, "{packed} bytes for {text} bytes of text");
}

#[test]
fn short_texts_fit_the_bound() {
    for text in [
        "",
        "a",
        "« Oui », a dit Paul.",
        "😀🇫🇷",
        "l’État\u{A0}: 10\u{202F}000 €",
    ] {
        let doc = guillemet::analyze(text).unwrap();
        let size = round_trip(&doc);
        assert!(size <= 4 * text.len() + 1024, "{size} bytes for {text:?}");
    }
}

#[test]
fn documents_of_any_analyzer_round_trip() {
    // Stopwords and speech verbs of its own: the packed form carries the
    // analysis, it does not redo it with the default analyzer.
    let analyzer = Analyzer::builder()
        .add_stopwords(["poutine"])
        .remove_stopwords(["le"])
        .speech_verbs(["gazouiller"])
        .build();
    let doc = analyzer
        .analyze("Le président Poutine a gazouillé que tout allait bien.")
        .unwrap();
    round_trip(&doc);
    round_trip(&analyzer.tokenize(guillemet::SEED_ARTICLE).unwrap());
}

#[test]
fn a_document_read_from_json_round_trips() {
    // A form no analyzer makes: a stem edited by hand (a lowercase form must
    // be the token's, which from_json checks).
    let doc = guillemet::analyze("L’OTSC a dit : « Non ».").unwrap();
    let json = doc
        .to_json()
        .replace("\"stem\":\"otsc\"", "\"stem\":\"organisation\"");
    let edited = Document::from_json(&json).unwrap();
    assert_ne!(edited, doc);
    round_trip(&edited);
}

#[test]
fn malformed_input_is_a_typed_error() {
    let packed = guillemet::analyze(guillemet::SEED_ARTICLE)
        .unwrap()
        .to_bytes();
    for bad in [
        &b""[..],
        &b"GLM"[..],
        &b"JSON{}"[..],
        &packed[..packed.len() / 2],
        &packed[..packed.len() - 1],
    ] {
        assert!(matches!(
            Document::from_bytes(bad),
            Err(Error::Deserialize(_))
        ));
    }
    let mut trailing = packed.clone();
    trailing.push(0);
    assert!(matches!(
        Document::from_bytes(&trailing),
        Err(Error::Deserialize(_))
    ));
    let mut future = packed;
    future[3] = 99;
    let err = Document::from_bytes(&future).unwrap_err();
    assert!(err.to_string().contains("version 99"), "{err}");
}
