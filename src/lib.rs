//! # guillemet
//!
//! French news text analytics with exact offsets: tokens, sentences and
//! paragraphs, Snowball stems, term frequencies, and reported speech (direct
//! « » quotes, indirect speech) with its resolved speakers.
//!
//! Plain rules and lexicons, no model to load, linear time in every input.
//! Every span is a byte range of the original text.
//!
//! ```
//! let doc = guillemet::analyze("« Bien sûr », a déclaré le président Poutine. Il l’a répété.").unwrap();
//! let words: Vec<&str> = doc.tokens().map(|t| t.text()).collect();
//! assert_eq!(&words[..6], ["«", "Bien", "sûr", "»", ",", "a"]);
//! assert_eq!(doc.sentences().len(), 2);
//! ```
//!
//! Features: `parallel` (rayon batch analysis, default), `serde` (JSON form
//! and config files, default), `python` (the pyo3 module, off by default).

#![warn(missing_docs)]

mod analyzer;
mod document;
mod error;
mod forms;
#[cfg(feature = "serde")]
pub mod json;
pub mod lexicon;
pub mod normalize;
mod quote;
mod sentence;
mod span;
mod stem;
pub mod terms;
mod token;
pub mod tokenize;

#[cfg(feature = "python")]
mod python;

pub use analyzer::{
    Analyzer, AnalyzerBuilder, AnalyzerConfig, DEFAULT_MAX_DOCUMENT_BYTES, DEFAULT_MAX_QUOTE_DEPTH,
};
pub use document::{Document, TokenRef};
pub use error::{Error, Result};
pub use lexicon::Gender;
pub use quote::{Cue, Mention, Quote, QuoteKind, Speaker, SpeakerKind};
pub use sentence::{Paragraph, Sentence};
pub use span::{CharIndex, Span};
pub use stem::stem;
pub use terms::{CountOptions, DocTermMatrix, Keyness, Scope, TermCounts, TermForm, TermStat};
pub use token::{Token, TokenKind};

/// Stage entry points for the benchmarks (`benches/pipeline.rs`): each
/// re-runs one stage on an analysed document. Not a stable API.
#[doc(hidden)]
pub mod bench {
    use crate::{lexicon::Lexicons, Document};

    /// Splits the document's tokens into sentences again; returns how many.
    pub fn split_sentences(doc: &Document<'_>, lex: &Lexicons) -> usize {
        crate::sentence::split(&doc.text, &doc.tokens, &doc.forms, lex)
            .0
            .len()
    }

    /// Finds the document's quotes and speakers again; returns how many quotes.
    pub fn find_quotes(doc: &Document<'_>, lex: &Lexicons) -> usize {
        let flags = crate::quote::Ctx::lookup_form_flags(&doc.forms, lex);
        let ctx = crate::quote::Ctx::for_document(doc, lex, flags);
        crate::quote::analyse(&ctx, crate::DEFAULT_MAX_QUOTE_DEPTH)
            .quotes
            .len()
    }
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
