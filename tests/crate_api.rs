#![cfg(feature = "serde")]
//! The crate as a Rust user meets it (issue 17): `Document::speaker_of`,
//! serde on the public types, a front page that starts with quotes, docs.rs
//! metadata and licence files.

use guillemet::{
    Analyzer, CountOptions, Document, Error, Paragraph, Quote, Sentence, Speaker, TermForm,
};

const TEXT: &str = "« Nous agirons vite », a déclaré la ministre Anne Martin. \
                    Elle a ajouté que rien n'était joué. « Sans doute. »";

#[test]
fn speaker_of_names_a_quotes_speaker() {
    let doc = guillemet::analyze(guillemet::SEED_ARTICLE).unwrap();
    let mut named = 0;
    for quote in doc.quotes() {
        let long_way = quote
            .speaker
            .as_ref()
            .and_then(|m| m.speaker)
            .map(|i| &doc.speakers()[i]);
        assert_eq!(doc.speaker_of(quote), long_way);
        named += usize::from(doc.speaker_of(quote).is_some());
    }
    assert!(named >= 10);
    let names: Vec<_> = doc
        .quotes()
        .iter()
        .filter_map(|q| doc.speaker_of(q))
        .map(|s| s.name.as_str())
        .collect();
    assert!(names.contains(&"Vladimir Poutine"));
}

fn round_trip<T>(value: &T)
where
    T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
{
    let json = serde_json::to_string(value).unwrap();
    let back: T = serde_json::from_str(&json).unwrap();
    assert_eq!(&back, value, "{json}");
}

#[test]
fn public_types_serialize_and_deserialize() {
    let doc = guillemet::analyze(TEXT).unwrap();
    let quotes: Vec<Quote> = doc.quotes().to_vec();
    let speakers: Vec<Speaker> = doc.speakers().to_vec();
    let sentences: Vec<Sentence> = doc.sentences().to_vec();
    let paragraphs: Vec<Paragraph> = doc.paragraphs().to_vec();
    assert!(!quotes.is_empty() && !speakers.is_empty());
    round_trip(&quotes);
    round_trip(&speakers);
    round_trip(&sentences);
    round_trip(&paragraphs);
    round_trip(&doc.quotes()[0].cue);
    round_trip(&doc.quotes()[0].speaker);
    round_trip(&Error::DocumentTooLarge { size: 3, limit: 2 });
    let options = CountOptions {
        by: TermForm::Stem,
        ..Default::default()
    };
    round_trip(&doc.term_counts(&options).unwrap());
    let docs = [doc.clone()];
    round_trip(&guillemet::terms::corpus_terms(docs.iter(), &options, 1, 1).unwrap());
    round_trip(&guillemet::terms::doc_term_matrix(docs.iter(), &options, None, 1, 1).unwrap());
    round_trip(&guillemet::terms::keyness(docs.iter(), docs.iter(), &options, 1).unwrap());
    // A Document is its JSON form, and reads back equal.
    let json = serde_json::to_string(&doc).unwrap();
    assert_eq!(json, doc.to_json());
    let back: Document<'static> = serde_json::from_str(&json).unwrap();
    assert_eq!(back, doc);
    // An Analyzer is its configuration.
    let analyzer = Analyzer::builder().abbreviations(["hab."]).build();
    let json = serde_json::to_string(&analyzer).unwrap();
    let back: Analyzer = serde_json::from_str(&json).unwrap();
    assert_eq!(back.config(), analyzer.config());
}

#[test]
fn the_front_page_starts_with_quotes() {
    let lib = include_str!("../src/lib.rs");
    let docs: String = lib
        .lines()
        .take_while(|l| l.starts_with("//!") || l.is_empty())
        .map(|l| format!("{}\n", l.trim_start_matches("//!").trim_start()))
        .collect();
    let first_example = docs.split("```").nth(1).expect("a code example");
    assert!(first_example.contains("doc.quotes()"), "{first_example}");
    assert!(first_example.contains("speaker_of"), "{first_example}");
    let before = docs.split("```").next().unwrap();
    assert!(before.contains("quotes") && before.contains("speaker"));
    for feature in ["`parallel`", "`serde`", "`python`"] {
        assert!(
            docs.contains(feature),
            "feature {feature} not on the front page"
        );
    }
}

#[test]
fn docs_rs_metadata_and_licences() {
    let manifest = include_str!("../Cargo.toml");
    assert!(manifest.contains("[package.metadata.docs.rs]"));
    assert!(manifest.contains("license = \"MIT OR Apache-2.0\""));
    assert!(manifest.contains("crate-type = [\"rlib\"]"));
    let mit = include_str!("../LICENSE-MIT");
    let apache = include_str!("../LICENSE-APACHE");
    assert!(mit.contains("Permission is hereby granted, free of charge"));
    assert!(apache.contains("Apache License") && apache.contains("Version 2.0"));
}

/// The owned entry points give the borrowed ones' documents, owning their
/// text (the Python binding hands them the text it copied once).
#[test]
fn owned_entry_points_match_the_borrowed_ones() {
    let analyzer = Analyzer::new();
    let text = "« Non », a répondu l’avocate de Mme Dupont à l’AFP.";
    let owned_tokens: Document<'static> = analyzer.tokenize_owned(text.to_string()).unwrap();
    assert_eq!(owned_tokens, analyzer.tokenize(text).unwrap());
    assert!(owned_tokens.quotes().is_empty() && owned_tokens.tokens().len() > 10);
    let owned_doc: Document<'static> = analyzer.analyze_owned(text.to_string()).unwrap();
    assert_eq!(owned_doc, analyzer.analyze(text).unwrap());
    assert_eq!(owned_doc.quotes().len(), 1);
}
