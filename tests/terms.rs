//! Stemming, stopwords and term counts: the Snowball reference vocabulary,
//! hand counts on the seed article, n-grams, scopes, tf-idf, keyness and the
//! document-term matrix.

use guillemet::terms::{corpus_terms, doc_term_matrix, keyness};
use guillemet::{CountOptions, Scope, TermForm, SEED_ARTICLE};
use std::path::PathBuf;

/// `../shared/data/...` beside the repository (present in CI and in the
/// development checkout). Without it the test says so and stops, unless
/// GUILLEMET_REQUIRE_SHARED=1 (set by .ci/run) makes that a failure.
fn shared(path: &str) -> Option<PathBuf> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/data")
        .join(path);
    if p.exists() {
        return Some(p);
    }
    assert!(
        std::env::var("GUILLEMET_REQUIRE_SHARED").is_err(),
        "{} is missing",
        p.display()
    );
    eprintln!("skipped: {} not found", p.display());
    None
}

#[test]
fn stemming_agrees_with_the_snowball_reference() {
    let Some(dir) = shared("snowball-french") else {
        return;
    };
    let voc = std::fs::read_to_string(dir.join("voc.txt")).unwrap();
    let out = std::fs::read_to_string(dir.join("output.txt")).unwrap();
    let mut checked = 0;
    for (word, expected) in voc.lines().zip(out.lines()) {
        assert_eq!(guillemet::stem(word), expected, "stem of {word:?}");
        checked += 1;
    }
    assert_eq!(checked, 20_403);
}

#[test]
fn elided_forms_stem_as_their_full_word() {
    assert_eq!(guillemet::stem("l’"), guillemet::stem("le"));
    assert_eq!(guillemet::stem("qu'"), guillemet::stem("que"));
    assert_eq!(guillemet::stem("Alliance"), "allianc");
}

fn seed_counts(options: &CountOptions) -> guillemet::TermCounts {
    guillemet::analyze(SEED_ARTICLE)
        .unwrap()
        .term_counts(options)
        .unwrap()
}

#[test]
fn seed_hand_counts_by_stem() {
    let counts = seed_counts(&CountOptions {
        by: TermForm::Stem,
        ..Default::default()
    });
    // "Poutine" appears 8 times and "Kazakhstan" 6 times in the article.
    assert_eq!(counts.get("poutin"), 8);
    assert_eq!(counts.get("kazakhstan"), 6);
    // Each stem reports a readable form.
    let i = counts
        .terms
        .iter()
        .position(|(t, _)| t == "poutin")
        .unwrap();
    assert_eq!(counts.forms[i], "poutine");
}

/// French function words, listed here independently of the stopword lexicon.
const FUNCTION_WORDS: &[&str] = &[
    "le", "la", "les", "l'", "de", "d'", "du", "des", "un", "une", "et", "à", "au", "aux", "en",
    "que", "qu'", "qui", "il", "elle", "ils", "ne", "n'", "pas", "a", "ont", "est", "sont", "été",
    "se", "s'", "son", "sa", "ses", "sur", "dans", "par", "pour", "avec", "ce", "c'", "cette",
    "nous", "plus", "leur", "y", "-t-il", "mais", "ou", "lors", "dont", "tout", "tous",
];

#[test]
fn no_stopword_in_the_seed_top_20() {
    for by in [TermForm::Lower, TermForm::Stem] {
        let counts = seed_counts(&CountOptions {
            by,
            ..Default::default()
        });
        let top: Vec<&str> = counts
            .terms
            .iter()
            .take(20)
            .map(|(t, _)| t.as_str())
            .collect();
        for t in &top {
            assert!(!FUNCTION_WORDS.contains(t), "{t:?} in the top 20: {top:?}");
        }
        // With stopwords counted, function words do lead.
        let all = seed_counts(&CountOptions {
            by,
            stopwords: true,
            ..Default::default()
        });
        assert!(FUNCTION_WORDS.contains(&all.terms[0].0.as_str()));
    }
}

#[test]
fn ngrams_stay_inside_sentences_and_between_punctuation() {
    let doc = guillemet::analyze("Le président Poutine parle. Vladimir arrive, vite.").unwrap();
    let bigrams = doc
        .term_counts(&CountOptions {
            min_n: 2,
            max_n: 2,
            ..Default::default()
        })
        .unwrap();
    let terms: Vec<&str> = bigrams.terms.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(
        terms,
        ["poutine parle", "président poutine", "vladimir arrive"]
    );
    let tri = doc
        .term_counts(&CountOptions {
            min_n: 1,
            max_n: 3,
            stopwords: true,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(tri.get("le président poutine"), 1);
    assert_eq!(tri.get("parle vladimir"), 0);
    assert_eq!(tri.get("arrive vite"), 0);
}

#[test]
fn punctuation_and_numbers_are_optional() {
    let doc = guillemet::analyze("Il y a 10 000 manifestants, dit-on.").unwrap();
    let default = doc.term_counts(&CountOptions::default()).unwrap();
    assert_eq!(default.get("10 000"), 1);
    assert_eq!(default.get(","), 0);
    let options = CountOptions {
        numbers: false,
        punctuation: true,
        ..Default::default()
    };
    let other = doc.term_counts(&options).unwrap();
    assert_eq!(other.get("10 000"), 0);
    assert_eq!(other.get(","), 1);
}

#[test]
fn scopes_inside_outside_and_by_speaker() {
    let text = "« La guerre est finie », a déclaré Paul Martin. La guerre continue. \
                « La paix revient », a déclaré Anne Durand.";
    let doc = guillemet::analyze(text).unwrap();
    let count = |scope: Scope, term: &str| {
        doc.term_counts(&CountOptions {
            scope,
            ..Default::default()
        })
        .unwrap()
        .get(term)
    };
    assert_eq!(count(Scope::All, "guerre"), 2);
    assert_eq!(count(Scope::InQuotes, "guerre"), 1);
    assert_eq!(count(Scope::OutsideQuotes, "guerre"), 1);
    assert_eq!(count(Scope::Speaker("Paul Martin".into()), "guerre"), 1);
    assert_eq!(count(Scope::Speaker("paul martin".into()), "finie"), 1);
    assert_eq!(count(Scope::Speaker("Anne Durand".into()), "guerre"), 0);
    assert_eq!(count(Scope::Speaker("Anne Durand".into()), "paix"), 1);
}

#[test]
fn corpus_document_frequency_and_tfidf() {
    let docs: Vec<_> = ["chat chien", "chat souris", "oiseau"]
        .iter()
        .map(|t| guillemet::analyze(t).unwrap())
        .collect();
    let stats = corpus_terms(docs.iter(), &CountOptions::default(), 1, 1).unwrap();
    let chat = stats.iter().find(|s| s.term == "chat").unwrap();
    assert_eq!((chat.count, chat.df), (2, 2));
    // idf = ln((1 + N) / (1 + df)) + 1 with N = 3, df = 2.
    let idf = (4.0f64 / 3.0).ln() + 1.0;
    assert!((chat.idf - idf).abs() < 1e-12);
    assert!((chat.tfidf - 2.0 * idf).abs() < 1e-12);
    let frequent = corpus_terms(docs.iter(), &CountOptions::default(), 1, 2).unwrap();
    assert_eq!(
        frequent.iter().map(|s| s.term.as_str()).collect::<Vec<_>>(),
        ["chat"]
    );
    assert!(CountOptions {
        min_n: 2,
        max_n: 4,
        ..Default::default()
    }
    .validate()
    .is_err());
}

#[test]
fn keyness_finds_the_distinctive_terms() {
    let a: Vec<_> = ["guerre guerre guerre paix", "guerre armée"]
        .iter()
        .map(|t| guillemet::analyze(t).unwrap())
        .collect();
    let b: Vec<_> = ["paix paix traité", "paix accord"]
        .iter()
        .map(|t| guillemet::analyze(t).unwrap())
        .collect();
    let k = keyness(a.iter(), b.iter(), &CountOptions::default(), 1).unwrap();
    assert_eq!(k[0].term, "guerre");
    assert!(k[0].log_ratio > 0.0 && k[0].g2 > 0.0);
    let paix = k.iter().find(|x| x.term == "paix").unwrap();
    assert!(paix.log_ratio < 0.0);
    assert_eq!((paix.count_a, paix.count_b), (1, 3));
}

#[test]
fn doc_term_matrix_in_csr_parts() {
    let docs: Vec<_> = ["chat chien chat", "souris"]
        .iter()
        .map(|t| guillemet::analyze(t).unwrap())
        .collect();
    let m = doc_term_matrix(docs.iter(), &CountOptions::default(), None, 1, 1).unwrap();
    assert_eq!(m.vocabulary, ["chat", "chien", "souris"]);
    assert_eq!(m.indptr, [0, 2, 3]);
    assert_eq!(m.indices, [0, 1, 2]);
    assert_eq!(m.data, [2, 1, 1]);
    // A fixed vocabulary keeps its columns and ignores unknown terms.
    let vocab = vec!["souris".to_string(), "chat".to_string()];
    let m = doc_term_matrix(docs.iter(), &CountOptions::default(), Some(&vocab), 1, 1).unwrap();
    assert_eq!(
        (m.indptr.clone(), m.indices.clone(), m.data.clone()),
        (vec![0, 1, 2], vec![1, 0], vec![2, 1])
    );
}

#[test]
fn document_frequency_counts_a_document_once_per_stem() {
    // "président" and "présidents" share a stem: one document, df 1.
    let docs = [guillemet::analyze("Le président et les présidents.").unwrap()];
    let options = CountOptions {
        by: TermForm::Stem,
        ..Default::default()
    };
    let stats = corpus_terms(docs.iter(), &options, 1, 1).unwrap();
    let s = stats.iter().find(|s| s.term == "président").unwrap();
    assert_eq!((s.count, s.df), (2, 1));
}

#[test]
fn surface_terms_keep_case_variants_apart() {
    let doc = guillemet::analyze("Poutine, POUTINE et poutine.").unwrap();
    let counts = doc
        .term_counts(&CountOptions {
            by: TermForm::Surface,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(
        (
            counts.get("Poutine"),
            counts.get("POUTINE"),
            counts.get("poutine")
        ),
        (1, 1, 1)
    );
    let lower = doc.term_counts(&CountOptions::default()).unwrap();
    assert_eq!(lower.get("poutine"), 3);
}

#[test]
fn analyzers_with_different_lexicons_do_not_share_cached_facts() {
    // Stopword and word-class facts are cached per thread; an analyzer with
    // other lists must see its own, before and after the default one.
    let text = "Poutine a parlé de la réunion. « Non », a gazouillé Poutine.";
    let custom = guillemet::Analyzer::builder()
        .add_stopwords(["poutine"])
        .remove_stopwords(["la"])
        .speech_verbs(["gazouillé:gazouiller"])
        .build();
    let stopword = |doc: &guillemet::Document<'_>, word: &str| {
        doc.tokens()
            .find(|t| t.text() == word)
            .unwrap()
            .is_stopword()
    };
    for _ in 0..2 {
        let default = guillemet::analyze(text).unwrap();
        assert!(!stopword(&default, "Poutine") && stopword(&default, "la"));
        let mine = custom.analyze(text).unwrap();
        assert!(stopword(&mine, "Poutine") && !stopword(&mine, "la"));
        let cue = |d: &guillemet::Document<'_>| {
            d.quotes()
                .iter()
                .any(|q| q.cue.as_ref().is_some_and(|c| &*c.lemma == "gazouiller"))
        };
        assert!(cue(&mine) && !cue(&default));
    }
}
