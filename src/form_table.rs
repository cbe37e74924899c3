//! The shared table of frequent forms: each lowercase form of the lexicons
//! (the tagger's lexicon of the treebanks' words, the speech verbs with all
//! their forms, the closed classes, stopwords, titles, outlets' words,
//! elisions and clitics) with its stem, stopword flag and word classes,
//! computed once per set of lexicons and read by every thread without a
//! lock.
//!
//! News vocabulary is Zipfian: these forms make nearly nine tokens in ten of
//! the news articles, so a document only stems and looks up the rest. The
//! table is bounded by the lexicons (about 20,000 forms, 2 MB) and never
//! grows while analysing.
//!
//! A form's stem and word classes are computed the first time they are
//! read, not when the table is built: stemming all 17,000 forms took 83 M
//! instructions, 37 % of a process's start-up, and looking up their classes
//! 4.5 M, most of them for forms a short run never meets.

use crate::form_key::{hash_bytes, head};
use crate::lexicon::{Lexicons, WordInfo};
use std::sync::OnceLock;

/// The treebanks' forms seen twice or more, most frequent first, one a
/// line (computed by `build.rs` from `pos_lexicon.txt`).
const FORMS_BY_FREQUENCY: &str = include_str!(concat!(env!("OUT_DIR"), "/form_ranks.txt"));

/// The forms whose word facts the table computes when built, in
/// [`FormTable::hot`]: the 2,048 most frequent of the treebanks make 84 % of
/// their words; computing them costs about 0.5 M instructions once.
const HOT: usize = 2048;

/// One form of the table.
#[derive(Debug)]
struct TableForm {
    /// [`hash_bytes`] of its lowercase text.
    hash: u64,
    /// [`head`] of its lowercase text: most forms compare by it alone.
    head: u64,
    /// Its stem as a word, computed on first read: `None` when it is the
    /// lowercase text (then a token of any kind may take this form, as
    /// other kinds than words are not stemmed).
    stem: OnceLock<Option<Box<str>>>,
    /// Its word classes and tagger candidates, looked up on first read
    /// (most of the table's forms are never read in a short run).
    word: OnceLock<WordInfo>,
}

/// A slot of the table's index: what a probe compares, so that it reads
/// one slot and no form (a form's record is four times larger and sits
/// elsewhere: reading it cost a cache miss on most look-ups).
#[derive(Debug, Clone, Copy, Default)]
struct Slot {
    /// [`head`] of the form's lowercase text.
    head: u64,
    /// The low 24 bits of its hash and, above them, its length (255 for
    /// 255 bytes or more).
    tag: u32,
    /// Form id + 1, or 0 for an empty slot.
    id: u32,
}

/// The [`Slot::tag`] of a form with this hash and length.
#[inline(always)]
fn tag(hash: u64, len: usize) -> u32 {
    (hash as u32 & 0x00FF_FFFF) | (len.min(255) as u32) << 24
}

/// Frequent lowercase forms with their stems and word facts.
#[derive(Debug)]
pub(crate) struct FormTable {
    /// Open addressing by the high bits of the hash, linear probing. At
    /// most half full.
    slots: Vec<Slot>,
    shift: u32,
    forms: Vec<TableForm>,
    /// Each form's lowercase text, `(start, len)` in `strings`, by id: 8
    /// bytes a form, so that the frequent forms' (the first ids) share
    /// cache lines, where the 96-byte records take one or two lines each.
    lowers: Vec<(u32, u32)>,
    /// The word facts of the [`HOT`] first forms (the most frequent),
    /// computed when the table is built: 32 bytes a form, read without the
    /// record's `OnceLock`.
    hot: Vec<WordInfo>,
    /// Whether each form is a stopword (as a word), a bit per form: 2.5 kB
    /// for 20,000 forms, which stay in the first-level cache, where a
    /// form's record (read the first time a document meets the form) was
    /// a cache miss more often than not.
    stops: Vec<u64>,
    strings: String,
    /// The form of each one-byte ASCII token as [`FormTable::get`] gives
    /// it, at `2 * byte + is_word`; [`NO_SINGLE`] where it gives none.
    singles: [u32; 256],
    /// This table's number among the tables of the process, never reused:
    /// what a thread's memory of look-ups in a table is valid for.
    serial: u64,
}

/// The next [`FormTable::serial`].
static NEXT_SERIAL: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

/// No form in [`FormTable::singles`].
const NO_SINGLE: u32 = u32::MAX;

impl Default for FormTable {
    fn default() -> Self {
        FormTable {
            slots: vec![Slot::default(); 2],
            shift: 63,
            forms: Vec::new(),
            lowers: Vec::new(),
            hot: Vec::new(),
            stops: Vec::new(),
            strings: String::new(),
            singles: [NO_SINGLE; 256],
            serial: NEXT_SERIAL.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
        }
    }
}

impl FormTable {
    /// The table of the forms the lexicons `lex` know.
    pub(crate) fn build(lex: &Lexicons) -> FormTable {
        let mut table = FormTable::default();
        // The treebanks' forms seen twice or more first, most frequent
        // first (stopwords, then frequent news words), then the remaining
        // stopwords, elisions and clitics: the forms a document meets have
        // the table's first ids, so that what is kept by form id (the
        // records and strings here, the slots of each thread's
        // `TableSlots`) sits on few cache lines. A form's id is the table's
        // own business: what the table gives a form does not depend on it,
        // and the set of forms is the same in any order.
        // (The tagger's lexicon lists every ranked form: a test checks it.)
        let words = FORMS_BY_FREQUENCY
            .lines()
            .chain(lex.stopwords.iter().map(|w| &**w))
            .chain(lex.elisions.keys().map(|w| &**w))
            .chain(lex.clitics.iter().map(|w| &**w))
            .chain(lex.word_flags.keys().map(|w| &**w))
            .chain(lex.pos.forms());
        for lower in words {
            // Only what a token's lowercase form can be.
            if lower.is_empty() || lower.contains(' ') || table.find(lower.as_bytes()).is_some() {
                continue;
            }
            // An elided form stems as its full word, which the lexicons
            // know: stem it now (a few dozen forms). Any other form's stem
            // is its Snowball stem, computed when first read.
            let stem = OnceLock::new();
            if lex.elision(lower).is_some() {
                let _ = stem.set(differing_stem(lower, crate::stem::word_stem(lex, lower)));
            }
            let lower_at = table.store(lower);
            table.lowers.push(lower_at);
            table.forms.push(TableForm {
                hash: hash_bytes(lower.as_bytes()),
                head: head(lower.as_bytes()),
                stem,
                word: OnceLock::new(),
            });
            let id = table.forms.len() - 1;
            if id / 64 == table.stops.len() {
                table.stops.push(0);
            }
            table.stops[id / 64] |= u64::from(lex.is_stopword(lower)) << (id % 64);
            table.insert((table.forms.len() - 1) as u32);
        }
        table.strings.shrink_to_fit();
        table.hot = (0..table.len().min(HOT) as u32)
            .map(|id| lex.word_info(table.lower(id)))
            .collect();
        // One-byte tokens (`,`, `.`, `a`, `y`) are a sixth of news tokens:
        // their forms are read from an array. The few stems this computes
        // are of one character.
        for byte in 0u8..128 {
            let lower = [byte.to_ascii_lowercase()];
            if let Some(id) = table.find(&lower) {
                let at = 2 * byte as usize;
                table.singles[at + 1] = id;
                if table.stem_is_lower(id) {
                    table.singles[at] = id;
                }
            }
        }
        table
    }

    /// Puts form `id` in its slot, doubling the slots when half full.
    fn insert(&mut self, id: u32) {
        if (self.forms.len()) * 2 > self.slots.len() {
            let size = self.slots.len() * 2;
            self.slots = vec![Slot::default(); size];
            self.shift -= 1;
            for id in 0..self.forms.len() as u32 - 1 {
                self.place(id);
            }
        }
        self.place(id);
    }

    fn place(&mut self, id: u32) {
        let mask = self.slots.len() - 1;
        let form = &self.forms[id as usize];
        let mut i = (form.hash >> self.shift) as usize;
        while self.slots[i].id != 0 {
            i = (i + 1) & mask;
        }
        self.slots[i] = Slot {
            head: form.head,
            tag: tag(form.hash, self.lowers[id as usize].1 as usize),
            id: id + 1,
        };
    }

    /// The id of the form with these lowercase bytes, this hash and this
    /// [`head`].
    #[inline(always)]
    fn find_hashed(&self, hash: u64, head: u64, lower: &[u8]) -> Option<u32> {
        let mask = self.slots.len() - 1;
        let mut i = (hash >> self.shift) as usize;
        let tag = tag(hash, lower.len());
        loop {
            let slot = self.slots[i];
            if slot.id == 0 {
                return None;
            }
            // Forms of at most eight bytes are equal when their heads and
            // lengths are; longer ones are compared past their heads.
            if slot.tag == tag
                && slot.head == head
                && (lower.len() <= 8 || self.tail_is(slot.id - 1, lower))
            {
                return Some(slot.id - 1);
            }
            i = (i + 1) & mask;
        }
    }

    /// Whether form `id`, whose head and tag match `lower`'s, is `lower`.
    #[inline]
    fn tail_is(&self, id: u32, lower: &[u8]) -> bool {
        let at = self.lowers[id as usize];
        at.1 as usize == lower.len() && self.text(at).as_bytes()[8..] == lower[8..]
    }

    fn find(&self, lower: &[u8]) -> Option<u32> {
        self.find_hashed(hash_bytes(lower), head(lower), lower)
    }

    fn store(&mut self, s: &str) -> (u32, u32) {
        let at = (self.strings.len() as u32, s.len() as u32);
        self.strings.push_str(s);
        at
    }

    fn text(&self, (start, len): (u32, u32)) -> &str {
        &self.strings[start as usize..(start + len) as usize]
    }

    /// Number of forms.
    /// This table's number, never given to another table of the process.
    pub(crate) fn serial(&self) -> u64 {
        self.serial
    }

    pub(crate) fn len(&self) -> usize {
        self.forms.len()
    }

    /// The id of a lowercase form for a token that is (`is_word`) or is not
    /// a word, if the table has it for that kind (the form stage computes
    /// the hash and head itself and calls [`FormTable::get_hashed`]).
    #[cfg(test)]
    pub(crate) fn get(&self, lower: &str, is_word: bool) -> Option<u32> {
        let lower = lower.as_bytes();
        self.get_hashed(hash_bytes(lower), head(lower), lower, is_word)
    }

    /// [`FormTable::get`] with the hash and head of `lower` already
    /// computed.
    #[inline(always)]
    pub(crate) fn get_hashed(
        &self,
        hash: u64,
        head: u64,
        lower: &[u8],
        is_word: bool,
    ) -> Option<u32> {
        let id = self.find_hashed(hash, head, lower)?;
        (is_word || self.stem_is_lower(id)).then_some(id)
    }

    /// [`FormTable::get`] for a token of one ASCII byte `byte`.
    #[inline(always)]
    pub(crate) fn single(&self, byte: u8, is_word: bool) -> Option<u32> {
        let id = self.singles[(2 * byte as usize + usize::from(is_word)) & 255];
        (id != NO_SINGLE).then_some(id)
    }

    /// The stem of form `id` when it differs from its lowercase text,
    /// computed on first read.
    #[inline]
    fn differing(&self, id: u32) -> Option<&str> {
        let form = &self.forms[id as usize];
        match form.stem.get() {
            Some(stem) => stem.as_deref(),
            None => self.stem_first_read(id, form),
        }
    }

    #[cold]
    #[inline(never)]
    fn stem_first_read<'a>(&'a self, id: u32, form: &'a TableForm) -> Option<&'a str> {
        let lower = self.lower(id);
        form.stem
            .get_or_init(|| differing_stem(lower, crate::stem::snowball(lower)))
            .as_deref()
    }

    /// Whether form `id` is its own stem: then a token of any kind may take
    /// it (other kinds than words are not stemmed).
    #[inline]
    fn stem_is_lower(&self, id: u32) -> bool {
        self.differing(id).is_none()
    }

    /// The lowercase text of form `id`.
    pub(crate) fn lower(&self, id: u32) -> &str {
        self.text(self.lowers[id as usize])
    }

    /// The stem of form `id`.
    pub(crate) fn stem(&self, id: u32) -> &str {
        self.differing(id).unwrap_or_else(|| self.lower(id))
    }

    /// Whether form `id` is a stopword (as a word).
    #[inline]
    pub(crate) fn stopword(&self, id: u32) -> bool {
        self.stops[id as usize / 64] >> (id % 64) & 1 != 0
    }

    /// The word classes and tagger candidates of form `id`.
    /// `lex` is the lexicons the table was built from.
    #[inline]
    pub(crate) fn word(&self, id: u32, lex: &Lexicons) -> WordInfo {
        match self.hot.get(id as usize) {
            Some(word) => *word,
            None => *self.forms[id as usize]
                .word
                .get_or_init(|| lex.word_info(self.lower(id))),
        }
    }
}

/// `stem`, kept only when it differs from `lower`.
fn differing_stem(lower: &str, stem: std::borrow::Cow<'_, str>) -> Option<Box<str>> {
    (*stem != *lower).then(|| stem.into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_holds_the_lexicon_forms_with_their_facts() {
        let lex = Lexicons::builtin();
        let table = lex.form_table();
        assert!(table.len() > 10_000, "{}", table.len());
        for (lower, stem, stopword) in [
            ("déclaré", "déclar", false),
            ("le", "le", true),
            ("l'", "le", true),
            ("président", "président", false),
        ] {
            let id = table.get(lower, true).unwrap_or_else(|| panic!("{lower}"));
            assert_eq!(table.lower(id), lower);
            assert_eq!(table.stem(id), stem, "{lower}");
            assert_eq!(table.stopword(id), stopword, "{lower}");
            assert_eq!(table.word(id, &lex), lex.word_info(lower), "{lower}");
        }
        // A form whose stem differs is for words only: another kind of
        // token keeps its lowercase text as its stem.
        let id = table.get("déclaré", true).unwrap();
        assert!(table.get("déclaré", false).is_none());
        assert_eq!(table.get(",", false), table.get(",", true));
        assert!(table.get(&"x".repeat(40), true).is_none());
        for byte in 0u8..128 {
            let text = [byte.to_ascii_lowercase()];
            let text = std::str::from_utf8(&text).unwrap();
            for is_word in [true, false] {
                assert_eq!(
                    table.single(byte, is_word),
                    table.get(text, is_word),
                    "{byte}"
                );
            }
        }
        // The ranked forms are the tagger's: ranking adds none.
        assert!(FORMS_BY_FREQUENCY.lines().all(|w| lex.pos.lists(w)));
        assert!(FORMS_BY_FREQUENCY.lines().count() > 6_000);
        assert_eq!(table.lower(0), "de");
        assert!(table.single(b',', false).is_some());
        assert_eq!(table.single(b'A', true), table.get("a", true));
        assert!(id < table.len() as u32);
    }
}
