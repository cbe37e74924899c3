//! # guillemet
//!
//! Who is quoted in French news, saying what: direct « » quotes, indirect
//! speech ("a déclaré que…", "selon X, …") and mixed speech, each with its
//! cue and its speaker, resolved through pronouns and titles to one person;
//! plus tokens, sentences and paragraphs, Snowball stems and term counts.
//! Rules, lexicons and a small part-of-speech tagger compiled in: nothing to
//! download or load, linear time in every input, and every span a byte range
//! of the original text.
//!
//! ```
//! let text = "« Nous agirons vite », a déclaré la ministre Anne Martin. \
//!             Elle a ajouté que rien n'était joué.";
//! let doc = guillemet::analyze(text)?;
//! for quote in doc.quotes() {
//!     let who = doc.speaker_of(quote).map(|s| s.name.as_str());
//!     println!("{:?} {:?}: {}", quote.kind, who, doc.slice(quote.span));
//! }
//! let first = &doc.quotes()[0];
//! assert_eq!(doc.slice(first.span), "Nous agirons vite");
//! assert_eq!(doc.speaker_of(first).unwrap().name, "Anne Martin");
//! // The pronoun "Elle" resolves to the same speaker.
//! assert_eq!(doc.speaker_of(&doc.quotes()[1]).unwrap().name, "Anne Martin");
//! # Ok::<(), guillemet::Error>(())
//! ```
//!
//! Tokens, sentences and term counts:
//!
//! ```
//! use guillemet::{CountOptions, TermForm};
//!
//! let doc = guillemet::analyze("« Bien sûr », a déclaré le président Poutine. Il l’a répété.")?;
//! let words: Vec<&str> = doc.tokens().map(|t| t.text()).collect();
//! assert_eq!(&words[..6], ["«", "Bien", "sûr", "»", ",", "a"]);
//! assert_eq!(doc.sentences().len(), 2);
//! let stems = doc.term_counts(&CountOptions { by: TermForm::Stem, ..Default::default() })?;
//! assert_eq!(stems.get("poutin"), 1);
//! # Ok::<(), guillemet::Error>(())
//! ```
//!
//! ## Features
//!
//! - `parallel` (default): [`Analyzer::analyze_many`] analyses a batch on
//!   every core (rayon).
//! - `serde` (default): `Serialize` and `Deserialize` on the public types,
//!   the versioned JSON form ([`Document::to_json`], [`json`]) and
//!   [`AnalyzerConfig`] files.
//! - `python` (off): the pyo3 module `guillemet._native`, built by maturin
//!   for the Python package; Rust users never compile pyo3.
//!
//! `cargo build --no-default-features` gives the analysis alone.
//!
//! ## Serialisation
//!
//! With `serde`, every public type serialises, except [`Token`],
//! [`TokenRef`] and [`CharIndex`]: a token's strings live in its document's
//! form table (a [`TokenRef`] borrows the document), and a [`CharIndex`] is
//! rebuilt from the text, so these serialise as part of a [`Document`],
//! whose form is the schema-1 JSON ([`Document::to_json`]).

#![warn(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

mod analyzer;
mod budget;
pub mod cluster;
mod conjugate;
mod document;
mod error;
mod form_key;
mod form_table;
mod forms;
#[cfg(feature = "serde")]
pub mod json;
#[cfg(feature = "serde")]
mod json_read;
mod lexicon;
mod limits;
mod normalize;
mod pack;
mod pairing;
mod pos;
mod quote;
mod scratch;
mod sentence;
mod span;
mod stem;
pub mod terms;
mod token;
mod tokenize;

#[cfg(feature = "python")]
mod python;

pub use analyzer::{
    Analyzer, AnalyzerBuilder, AnalyzerConfig, DEFAULT_MAX_DOCUMENT_BYTES, DEFAULT_MAX_QUOTE_DEPTH,
};
pub use budget::{MEMORY_ALLOWANCE, MEMORY_FACTOR};
pub use document::{Document, TokenRef};
pub use error::{Error, Result};
pub use lexicon::Gender;
pub use quote::{Cue, Mention, Quote, QuoteKind, QuoteRule, Speaker, SpeakerKind};
pub use sentence::{Paragraph, Sentence};
pub use span::{CharIndex, Span};
pub use stem::{stem, MAX_STEMMED_BYTES};
pub use terms::{CountOptions, DocTermMatrix, Keyness, Scope, TermCounts, TermForm, TermStat};
pub use token::{Token, TokenKind};

/// Stage entry points for the benchmarks (`benches/pipeline.rs`) and the
/// property tests and the training tools: each re-runs one stage. Not a
/// stable API.
#[doc(hidden)]
pub mod bench {
    use crate::{Analyzer, Document, Token};

    /// Normalises and tokenises `text` into `out` (cleared first).
    pub fn tokenize_into(analyzer: &Analyzer, text: &str, out: &mut Vec<Token>) {
        out.clear();
        crate::tokenize::Tokenizer::new(analyzer.lexicons()).tokenize_into(text, out);
    }

    /// Splits the document's tokens into sentences again; returns how many.
    pub fn split_sentences(doc: &Document<'_>, analyzer: &Analyzer) -> usize {
        crate::sentence::split(&doc.text, &doc.tokens, &doc.forms, analyzer.lexicons())
            .0
            .len()
    }

    /// The positions the sentence rules leave to the boundary classifier
    /// (the byte offset of the token that would start a sentence) with their
    /// features, and the byte offsets where the rules alone start sentences:
    /// what `tools/train_boundaries.py` learns from.
    pub fn boundary_candidates(
        doc: &Document<'_>,
        analyzer: &Analyzer,
    ) -> (Vec<usize>, Vec<(usize, Vec<String>)>) {
        let (sentences, candidates) =
            crate::sentence::candidates(&doc.text, &doc.tokens, &doc.forms, analyzer.lexicons());
        let starts = sentences.iter().map(|s| s.span.start).collect();
        let candidates = candidates
            .into_iter()
            .map(|(n, features)| (doc.tokens[n].start as usize, features))
            .collect();
        (starts, candidates)
    }

    /// Finds the document's quotes and speakers again; returns how many quotes.
    pub fn find_quotes(doc: &Document<'_>, analyzer: &Analyzer) -> usize {
        let lex = analyzer.lexicons();
        let flags = crate::quote::Ctx::lookup_form_flags(&doc.forms, lex);
        let ctx = crate::quote::Ctx::for_document(doc, lex, flags);
        crate::quote::analyse(&ctx, crate::DEFAULT_MAX_QUOTE_DEPTH)
            .quotes
            .len()
    }

    /// The memory the analysis of `text` may take, as the memory budget
    /// counts it (bytes).
    pub fn memory_needed(analyzer: &Analyzer, text: &str) -> usize {
        let doc = analyzer.tokenize(text).expect("tokenises");
        let flags = crate::quote::Ctx::lookup_form_flags(&doc.forms, analyzer.lexicons());
        let mut gaps = Vec::new();
        let needed = crate::budget::needed(text, &doc.tokens, &flags, &mut gaps);
        needed.bytes + needed.pairs * crate::budget::cost::QUOTE
    }

    /// True for the characters the tokenizer skips between tokens.
    pub fn is_separator(c: char) -> bool {
        crate::tokenize::is_separator(c)
    }
}

/// Compile-time checks of the public surface: the public enums are
/// `#[non_exhaustive]`, so a crate that matches on them needs a wildcard arm
/// (and guillemet may add kinds); the stages' internals are private.
#[cfg(doctest)]
pub mod api_checks {
    /// ```compile_fail
    /// let _ = guillemet::lexicon::Lexicons::builtin();
    /// ```
    pub struct LexiconIsPrivate;
    /// ```compile_fail
    /// let _ = guillemet::tokenize::is_separator(' ');
    /// ```
    pub struct TokenizeIsPrivate;
    /// ```compile_fail
    /// use guillemet::normalize;
    /// ```
    pub struct NormalizeIsPrivate;
    /// ```compile_fail
    /// let _ = guillemet::Analyzer::new().lexicons();
    /// ```
    pub struct LexiconsAccessorIsPrivate;
    /// ```compile_fail
    /// fn name(k: guillemet::QuoteKind) -> u8 {
    ///     match k { guillemet::QuoteKind::Direct => 0, guillemet::QuoteKind::Indirect => 1, guillemet::QuoteKind::Mixed => 2 }
    /// }
    /// ```
    pub struct QuoteKind;
    /// ```compile_fail
    /// fn name(k: guillemet::SpeakerKind) -> u8 {
    ///     match k { guillemet::SpeakerKind::Person => 0, guillemet::SpeakerKind::Organisation => 1, guillemet::SpeakerKind::Anonymous => 2 }
    /// }
    /// ```
    pub struct SpeakerKind;
    /// ```compile_fail
    /// fn name(k: guillemet::Gender) -> u8 {
    ///     match k { guillemet::Gender::Masculine => 0, guillemet::Gender::Feminine => 1, guillemet::Gender::Unknown => 2 }
    /// }
    /// ```
    pub struct Gender;
    /// ```compile_fail
    /// fn name(k: guillemet::TermForm) -> u8 {
    ///     match k { guillemet::TermForm::Surface => 0, guillemet::TermForm::Lower => 1, guillemet::TermForm::Stem => 2 }
    /// }
    /// ```
    pub struct TermForm;
    /// ```compile_fail
    /// fn name(k: &guillemet::Scope) -> u8 {
    ///     match k { guillemet::Scope::All => 0, guillemet::Scope::InQuotes => 1, guillemet::Scope::OutsideQuotes => 2, guillemet::Scope::Speaker(_) => 3 }
    /// }
    /// ```
    pub struct Scope;
    /// ```compile_fail
    /// use guillemet::TokenKind::*;
    /// fn name(k: guillemet::TokenKind) -> u8 {
    ///     match k { Word | Number | Punct | Symbol | Url | Email | Hashtag | Mention | Emoji => 0 }
    /// }
    /// ```
    pub struct TokenKind;
    /// ```compile_fail
    /// fn name(e: &guillemet::Error) -> u8 {
    ///     match e {
    ///         guillemet::Error::InvalidUtf8 { .. } | guillemet::Error::LoneSurrogate { .. }
    ///         | guillemet::Error::DocumentTooLarge { .. } | guillemet::Error::InvalidOption { .. }
    ///         | guillemet::Error::Deserialize(_) | guillemet::Error::Internal(_) => 0,
    ///     }
    /// }
    /// ```
    pub struct Error;
    /// The same matches with a wildcard arm compile.
    ///
    /// ```
    /// fn name(k: guillemet::QuoteKind, e: &guillemet::Error) -> u8 {
    ///     let a = match k { guillemet::QuoteKind::Direct => 0, _ => 1 };
    ///     let b = match e { guillemet::Error::Internal(_) => 0, _ => 1 };
    ///     a + b
    /// }
    /// ```
    pub struct Wildcard;
}

/// The sample article the project was created from (a French news text about
/// the OTSC summit, with nested « », ’, NBSP and a Title-Case headline).
pub const SEED_ARTICLE: &str = include_str!("../seeds/otsc-poutine-kazakhstan.txt");

/// Analyses `text` with the default [`Analyzer`].
pub fn analyze(text: &str) -> Result<Document<'_>> {
    default_analyzer().analyze(text)
}

/// Tokenises `text` with the default [`Analyzer`] (no sentences or quotes).
pub fn tokenize(text: &str) -> Result<Document<'_>> {
    default_analyzer().tokenize(text)
}

/// The shared default analyzer.
pub fn default_analyzer() -> &'static Analyzer {
    static DEFAULT: std::sync::OnceLock<Analyzer> = std::sync::OnceLock::new();
    DEFAULT.get_or_init(Analyzer::new)
}
