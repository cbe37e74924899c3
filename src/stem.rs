//! Snowball French stemming through `rust-stemmers`, with a per-thread cache.
//!
//! News vocabulary is Zipfian: a few thousand word forms make most of the
//! tokens, so each thread keeps the stems it has computed. The cache is
//! bounded (it is emptied when it reaches [`CACHE_CAPACITY`] entries) and
//! needs no lock, which keeps batch analysis free of shared mutable state.

use crate::lexicon::Lexicons;
use crate::normalize::{lowercase_into, normalize};
use rust_stemmers::{Algorithm, Stemmer};
use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::sync::OnceLock;

/// Entries a thread's stem cache holds before it is emptied.
pub const CACHE_CAPACITY: usize = 200_000;

fn stemmer() -> &'static Stemmer {
    static STEMMER: OnceLock<Stemmer> = OnceLock::new();
    STEMMER.get_or_init(|| Stemmer::create(Algorithm::French))
}

thread_local! {
    static CACHE: RefCell<FxHashMap<Box<str>, Box<str>>> = RefCell::new(FxHashMap::default());
}

/// The Snowball stem of a lowercase, normalised word, through the cache.
/// An elided form stems as its full word (`l'` like `le`).
pub(crate) fn stem_lower(lower: &str, lex: &Lexicons) -> Box<str> {
    let word = lex.elision(lower).unwrap_or(lower);
    CACHE.with(|cache| {
        let mut cache = cache.borrow_mut();
        if let Some(stem) = cache.get(word) {
            return stem.clone();
        }
        let stem: Box<str> = stemmer().stem(word).into();
        if cache.len() >= CACHE_CAPACITY {
            cache.clear();
        }
        cache.insert(word.into(), stem.clone());
        stem
    })
}

/// The Snowball French stem of one word, as the analyzer computes it for a
/// token: lowercased, with ’ read as ', and an elided form read as its full
/// word (`stem("L’")` is `"le"`).
///
/// ```
/// assert_eq!(guillemet::stem("Alliance"), "allianc");
/// assert_eq!(guillemet::stem("Poutine"), "poutin");
/// assert_eq!(guillemet::stem("qu’"), "que");
/// ```
pub fn stem(word: &str) -> String {
    let norm = normalize(word.trim());
    let mut lower = String::new();
    lowercase_into(norm.as_deref().unwrap_or(word.trim()), &mut lower);
    stem_lower(&lower, &Lexicons::builtin()).into()
}
