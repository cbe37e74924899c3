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
use std::sync::{Arc, OnceLock};

/// Entries a thread's stem cache holds before it is emptied.
pub const CACHE_CAPACITY: usize = 200_000;

fn stemmer() -> &'static Stemmer {
    static STEMMER: OnceLock<Stemmer> = OnceLock::new();
    STEMMER.get_or_init(|| Stemmer::create(Algorithm::French))
}

/// A lowercase form and its stem, shared by every document of a thread.
#[derive(Clone)]
struct Interned {
    lower: Arc<str>,
    /// The word stem, computed on first use as a word.
    stem: Option<Arc<str>>,
}

thread_local! {
    static CACHE: RefCell<FxHashMap<Arc<str>, Interned>> = RefCell::new(FxHashMap::default());
}

/// The shared string of a lowercase form, and its stem: the Snowball stem
/// for a word (an elided form stems as its full word, `l'` like `le`), the
/// form itself for other kinds. Both come from the thread's cache, so a
/// document pays one allocation per form the thread has never seen.
pub(crate) fn intern(lower: &str, is_word: bool, lex: &Lexicons) -> (Arc<str>, Arc<str>) {
    CACHE.with(|cache| {
        let mut cache = cache.borrow_mut();
        if cache.len() >= CACHE_CAPACITY {
            cache.clear();
        }
        let entry = match cache.get_mut(lower) {
            Some(e) => e,
            None => {
                let key: Arc<str> = lower.into();
                cache.entry(key.clone()).or_insert(Interned {
                    lower: key,
                    stem: None,
                })
            }
        };
        if !is_word {
            return (entry.lower.clone(), entry.lower.clone());
        }
        let stem = entry
            .stem
            .get_or_insert_with(|| {
                let word = lex.elision(lower).unwrap_or(lower);
                let stemmed = stemmer().stem(word);
                if stemmed == *entry.lower {
                    entry.lower.clone()
                } else {
                    stemmed.as_ref().into()
                }
            })
            .clone();
        (entry.lower.clone(), stem)
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
    intern(&lower, true, &Lexicons::builtin()).1.to_string()
}
