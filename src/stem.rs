//! Snowball French stemming through `rust-stemmers`, with a per-thread cache.
//!
//! News vocabulary is Zipfian: a few thousand word forms make most of the
//! tokens, so each thread keeps the stems it has computed. The cache is
//! bounded in bytes (it is emptied, between documents, once its strings and
//! entries take [`CACHE_BYTES`]) and needs no lock, which keeps batch
//! analysis free of shared mutable state.

use crate::form_key::hash_bytes;
use crate::lexicon::{Lexicons, WordInfo};
use crate::normalize::{lowercase_into, normalize};
use rust_stemmers::{Algorithm, Stemmer};
use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::collections::hash_map::Entry as HashSlot;
use std::sync::{Arc, OnceLock};

/// Bytes a thread's stem cache holds (its strings, plus [`ENTRY_BYTES`] for
/// each entry) before it is emptied: about 60,000 words, besides the 20,000
/// frequent forms of the shared table. A count of entries alone would let a
/// few long words (200 words of 1 MB) hold hundreds of megabytes after their
/// documents are gone. The tables' growth and the allocator take about twice
/// what is counted: at 32 MB a thread, a stream of new words held 173 MB on
/// two threads.
pub const CACHE_BYTES: usize = 8 << 20;

/// What an entry costs besides its string: the entry, the string's
/// reference-counted header and its slot in the index.
const ENTRY_BYTES: usize = std::mem::size_of::<Entry>() + 48;

/// Words longer than this (in bytes) are not stemmed: their stem is their
/// lowercase form. No French word comes near it (the longest dictionary
/// words have about 25 letters), and the Snowball algorithm takes time
/// quadratic in the length of some words ("ququ…" rewrites its tail at every
/// "qu"), which a text of one megabyte-long word would otherwise pay.
pub const MAX_STEMMED_BYTES: usize = 100;

fn stemmer() -> &'static Stemmer {
    static STEMMER: OnceLock<Stemmer> = OnceLock::new();
    STEMMER.get_or_init(|| Stemmer::create(Algorithm::French))
}

/// The Snowball stem of a lowercase word, or the word itself when it is
/// longer than [`MAX_STEMMED_BYTES`].
pub(crate) fn snowball(word: &str) -> std::borrow::Cow<'_, str> {
    if word.len() > MAX_STEMMED_BYTES {
        std::borrow::Cow::Borrowed(word)
    } else {
        stemmer().stem(word)
    }
}

const NO_ENTRY: u32 = u32::MAX;

/// A string of the thread's cache: a lowercase form (with its stems) or a
/// stem, and the id it has in the document being analysed, if any.
struct Entry {
    text: Arc<str>,
    /// For a form: the entry of its stem as a word (`NO_ENTRY` until
    /// computed), so that a form met again finds its stem without hashing.
    word_stem: u32,
    /// The document generation `form_id` belongs to, and the string's id
    /// as a form of that document.
    form_generation: u64,
    form_id: u32,
    /// The same for the string as a stem (a string can be both: "le").
    stem_generation: u64,
    stem_id: u32,
    /// The lexicon facts of the string, valid for lexicon `lex_version`.
    lex_version: u64,
    word: WordInfo,
    stopword: bool,
}

/// The thread's cache: strings by value, with per-document ids.
///
/// Entries are found by the [`hash_bytes`] of their text, which the form
/// stage has already computed for its own table (a form's key): a look-up
/// hashes one integer instead of the string. The first string of a hash
/// holds it in `by_hash`; a later string of the same hash (a collision, rare
/// by chance but possible to build on purpose) is found by its text in
/// `collided`, so that no look-up walks a chain whose length a text chooses.
#[derive(Default)]
pub(crate) struct ThreadCache {
    by_hash: FxHashMap<u64, u32>,
    collided: FxHashMap<Arc<str>, u32>,
    entries: Vec<Entry>,
    /// What the entries take, as [`CACHE_BYTES`] counts it.
    bytes: usize,
    generation: u64,
    /// How many times it has been emptied.
    epoch: u64,
}

thread_local! {
    static CACHE: RefCell<ThreadCache> = RefCell::new(ThreadCache::default());
}

/// What a document needs to record for a form seen for the first time.
pub(crate) struct NewForm<'c> {
    /// The lowercase form (borrowed from the cache).
    pub(crate) form: &'c str,
    /// The stem's text (borrowed from the cache).
    pub(crate) stem: &'c str,
    /// The stem's id in the document, and whether it is new to it.
    pub(crate) stem_id: u32,
    pub(crate) new_stem: bool,
    /// Whether the lowercase form is in the stopword list.
    pub(crate) stopword: bool,
    /// The form's word-class bits and part-of-speech candidates.
    pub(crate) word: WordInfo,
}

impl ThreadCache {
    /// Starts a new document: ids of earlier documents become stale.
    pub(crate) fn begin_document(&mut self) {
        self.generation += 1;
    }

    /// Ends a document: the cache is emptied here, between documents, when
    /// it is full, so that it never holds more than [`CACHE_BYTES`] once the
    /// document is done.
    fn end_document(&mut self) {
        if self.bytes >= CACHE_BYTES {
            self.epoch += 1;
            // Fresh tables: cleared ones would keep their capacity.
            self.entries = Vec::new();
            self.by_hash = FxHashMap::default();
            self.collided = FxHashMap::default();
            self.bytes = 0;
        }
    }

    /// The index of the entry for `text`, whose [`hash_bytes`] is `hash`,
    /// created if missing.
    #[inline(always)]
    fn entry(&mut self, text: &str, hash: u64) -> usize {
        let next = self.entries.len() as u32;
        match self.by_hash.entry(hash) {
            HashSlot::Occupied(first) => {
                let first = *first.get();
                if *self.entries[first as usize].text == *text {
                    return first as usize;
                }
                if let Some(&i) = self.collided.get(text) {
                    return i as usize;
                }
                let text = self.push(text);
                self.collided.insert(text, next);
            }
            HashSlot::Vacant(slot) => {
                slot.insert(next);
                self.push(text);
            }
        }
        next as usize
    }

    /// Adds an entry for `text`; returns its string.
    #[inline(never)]
    fn push(&mut self, text: &str) -> Arc<str> {
        let key: Arc<str> = text.into();
        self.bytes += text.len() + ENTRY_BYTES;
        self.entries.push(Entry {
            text: key.clone(),
            word_stem: NO_ENTRY,
            form_generation: 0,
            form_id: 0,
            stem_generation: 0,
            stem_id: 0,
            lex_version: 0,
            word: WordInfo::default(),
            stopword: false,
        });
        key
    }

    /// The document id of a lowercase form whose [`hash_bytes`] is `hash`:
    /// `Ok(id)` when the document has seen it, else `Err(new)` with what to
    /// record; `next_form` and `next_stem` are the ids the next new form and
    /// stem would take.
    #[cfg(test)]
    pub(crate) fn form(
        &mut self,
        lower: &str,
        hash: u64,
        is_word: bool,
        lex: &Lexicons,
        next_form: u32,
        next_stem: u32,
    ) -> Result<u32, NewForm<'_>> {
        let form_index = self.index_of(lower, hash);
        self.form_at(form_index, is_word, lex, next_form, next_stem)
    }

    /// The index of the entry of a lowercase form whose [`hash_bytes`] is
    /// `hash`, made when it is new: valid for [`ThreadCache::form_at`]
    /// while [`ThreadCache::epoch`] stays the same.
    #[inline(always)]
    pub(crate) fn index_of(&mut self, lower: &str, hash: u64) -> usize {
        self.entry(lower, hash)
    }

    /// How many times the cache has been emptied: the indices of
    /// [`ThreadCache::index_of`] are valid within one epoch.
    pub(crate) fn epoch(&self) -> u64 {
        self.epoch
    }

    /// [`ThreadCache::form`] of the form at `form_index`
    /// ([`ThreadCache::index_of`]).
    pub(crate) fn form_at(
        &mut self,
        form_index: usize,
        is_word: bool,
        lex: &Lexicons,
        next_form: u32,
        next_stem: u32,
    ) -> Result<u32, NewForm<'_>> {
        let generation = self.generation;
        let entry = &mut self.entries[form_index];
        if entry.form_generation == generation {
            return Ok(entry.form_id);
        }
        entry.form_generation = generation;
        entry.form_id = next_form;
        if entry.lex_version != lex.version {
            entry.lex_version = lex.version;
            entry.stopword = lex.is_stopword(&entry.text);
            entry.word = lex.word_info(&entry.text);
        }
        let entry = &self.entries[form_index];
        let (stopword, word) = (entry.stopword, entry.word);
        let stem_index = if !is_word {
            form_index
        } else if entry.word_stem != NO_ENTRY {
            entry.word_stem as usize
        } else {
            // Owned: the entry for the stem may grow the table it was read from.
            let stem = word_stem(lex, &entry.text).into_owned();
            let stem_index = self.entry(&stem, hash_bytes(stem.as_bytes()));
            self.entries[form_index].word_stem = stem_index as u32;
            stem_index
        };
        let stem_entry = &mut self.entries[stem_index];
        let (stem_id, new_stem) = if stem_entry.stem_generation == generation {
            (stem_entry.stem_id, false)
        } else {
            stem_entry.stem_generation = generation;
            stem_entry.stem_id = next_stem;
            (next_stem, true)
        };
        Err(NewForm {
            form: &self.entries[form_index].text,
            stem: &self.entries[stem_index].text,
            stem_id,
            new_stem,
            stopword,
            word,
        })
    }
}

/// The stem of a lowercase form as a word: an elided form ("qu'") stems as
/// its full word.
pub(crate) fn word_stem<'w>(lex: &'w Lexicons, lower: &'w str) -> std::borrow::Cow<'w, str> {
    let word = lex.elision(lower).unwrap_or(lower);
    snowball(word)
}

/// The thread's cache, taken out of the thread-local for one document
/// (begun); [`put_cache`] puts it back.
pub(crate) fn take_cache() -> ThreadCache {
    let mut cache = CACHE.with(|c| std::mem::take(&mut *c.borrow_mut()));
    cache.begin_document();
    cache
}

/// Ends the document of a cache from [`take_cache`] and gives the cache
/// back to the thread.
pub(crate) fn put_cache(mut cache: ThreadCache) {
    cache.end_document();
    CACHE.with(|c| *c.borrow_mut() = cache);
}

/// The Snowball French stem of one word, as the analyzer computes it for a
/// token: lowercased, with ’ read as ', and an elided form read as its full
/// word (`stem("L’")` is `"le"`). A word longer than [`MAX_STEMMED_BYTES`]
/// is its own stem (lowercased).
///
/// ```
/// assert_eq!(guillemet::stem("Alliance"), "allianc");
/// assert_eq!(guillemet::stem("Poutine"), "poutin");
/// assert_eq!(guillemet::stem("qu’"), "que");
/// assert_eq!(guillemet::stem(&"QU".repeat(60)), "qu".repeat(60));
/// ```
pub fn stem(word: &str) -> String {
    let norm = normalize(word.trim());
    let mut lower = String::new();
    lowercase_into(norm.as_deref().unwrap_or(word.trim()), &mut lower);
    let lex = Lexicons::builtin();
    let word = lex.elision(&lower).unwrap_or(&lower);
    snowball(word).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Forms whose hashes collide (made here by giving them one hash) stay
    /// apart: each keeps its own document id and stem.
    #[test]
    fn forms_of_one_hash_stay_apart() {
        let lex = Lexicons::builtin();
        let mut cache = ThreadCache::default();
        cache.begin_document();
        let words = ["chats", "chiens", "maisons", "le"];
        for (id, word) in words.iter().enumerate() {
            let id = id as u32;
            match cache.form(word, 42, true, &lex, id, id) {
                Ok(_) => panic!("{word} is new to the document"),
                Err(new) => {
                    assert_eq!(new.stem, snowball(word), "{word}");
                    assert_eq!(new.stem_id, id, "{word}");
                }
            }
        }
        for (id, word) in words.iter().enumerate() {
            assert_eq!(cache.form(word, 42, true, &lex, 9, 9).ok(), Some(id as u32));
        }
        // The next document finds them again, by hash and by text, and
        // adds no entry.
        let entries = cache.entries.len();
        cache.begin_document();
        for (id, word) in words.iter().enumerate().rev() {
            let id = id as u32;
            let new = cache.form(word, 42, true, &lex, id, id).err();
            assert_eq!(new.map(|n| n.stem.to_string()), Some(snowball(word).into()));
        }
        assert_eq!(cache.entries.len(), entries);
    }
}
