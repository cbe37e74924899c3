//! The thread's tables for the forms stage: the document form of each
//! shared-table form met in the document, and what the shared table gave
//! the last tokens met, by their bytes as written.

use super::{Form, FormText};
use crate::form_table::FormTable;
use std::cell::RefCell;

/// The document form of each table form met in the document being
/// analysed on this thread: `(generation, form id)`, valid when the
/// generation (below [`STOP`]) is the document's, with [`STOP`] set when
/// the form is a stopword. Bounded by the largest table used.
#[derive(Default)]
pub(super) struct TableSlots {
    pub(super) generation: u32,
    slots: Vec<(u32, u32)>,
    /// The last short tokens met, by their bytes: see [`Recent`].
    pub(super) recent: Vec<Recent>,
    /// The last other tokens of up to 16 bytes met: see [`RecentMid`].
    pub(super) recent_mid: Vec<RecentMid>,
    /// [`FormTable::serial`] of the table `recent` and `recent_mid` hold
    /// look-ups in.
    recent_table: u64,
    /// [`crate::stem::ThreadCache::epoch`] of the thread's cache their
    /// entries point into.
    recent_epoch: u64,
}

/// What the shared table gave a token of one to eight ASCII bytes, kept
/// by the token's own bytes (its case as written): the next token written
/// alike (most tokens of news repeat a few hundred short words) takes its
/// form id and case flags with one compare, without lowercasing, hashing
/// and probing the table again. A pure function of the bytes, whether the
/// token is a word and the table, so a token finds what the look-up would
/// give.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Recent {
    /// The token's bytes, little-endian, zero above them.
    pub(super) raw: u64,
    /// Its form in the table ([`FOUND`]) or its entry in the thread's
    /// cache ([`CACHED`]).
    pub(super) id: u32,
    /// With [`FOUND`], when tokenising: the document generation
    /// ([`TableSlots::generation`]) in which the token's table form became
    /// document form `form` (0: none yet), so that the token met again in
    /// the same document takes its form and stopword flag from here,
    /// without reading the table form's slot (a cache miss, the table
    /// being larger than the first-level cache) or pushing and dropping a
    /// form. The full analysis reads the slot, whose branch it takes
    /// anyway to collect word facts.
    pub(super) generation: u32,
    pub(super) form: u32,
    /// Its length (1 to 8; 0 for an empty entry) and, at bit 4, whether it
    /// is a word.
    pub(super) key: u8,
    /// Its case flags ([`crate::form_key::ShortKey::flags`]).
    pub(super) flags: u8,
    /// [`FOUND`], [`CACHED`].
    pub(super) state: u8,
    /// [`crate::token::FLAG_STOPWORD`] when the document form is a
    /// stopword, else 0.
    pub(super) stop: u8,
}

/// [`Recent::state`], [`RecentMid::state`]: the table has the token's
/// form, whose id is [`Recent::id`].
pub(super) const FOUND: u8 = 1;
/// The token's normal form is its text.
pub(super) const PLAIN: u8 = 2;
/// The table lacks the token's form, and [`Recent::id`] is its entry in
/// the thread's cache of other forms ([`crate::stem::ThreadCache::index_of`]).
pub(super) const CACHED: u8 = 4;

/// The bit of a [`TableSlots`] slot's generation that marks a stopword
/// (generations stay below it).
const STOP: u32 = 1 << 31;

/// Entries of [`TableSlots::recent`] (24 bytes each): `1 << RECENT_BITS`,
/// one a slot. Direct-mapped rather than in sets of two of half as many
/// slots (session 21): which entry of a set held the token was a coin toss
/// for the branch predictor (about 4.3 k mispredicts a pass over the news
/// corpus), and twice the slots lose fewer frequent tokens to a collision
/// than the second entry of a set kept.
const RECENT_BITS: u32 = 13;
const RECENT_ENTRIES: usize = 1 << RECENT_BITS;

/// The entry of [`TableSlots::recent`] for a token with these bytes and
/// key.
#[inline(always)]
fn recent_index(raw: u64, key: u8) -> usize {
    ((raw ^ u64::from(key)).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - RECENT_BITS)) as usize
}

/// [`Recent`] for a token of up to 16 bytes that is not one of at most
/// eight ASCII bytes ("président", "été", "l’", "«"): what the shared
/// table gave it, and whether its normal form is its text (a token whose
/// norm differs takes the full path, which records its norm).
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct RecentMid {
    /// The token's bytes, little-endian, zero above them.
    pub(super) raw: [u64; 2],
    /// Its form in the table ([`FOUND`]) or its entry in the thread's
    /// cache ([`CACHED`]).
    pub(super) id: u32,
    /// Its length (1 to 16; 0 for an empty entry) and, at bit 5, whether
    /// it is a word.
    pub(super) key: u8,
    /// Its case flags.
    pub(super) flags: u8,
    /// [`FOUND`], [`PLAIN`], [`CACHED`].
    pub(super) state: u8,
}

/// Entries of [`TableSlots::recent_mid`] (24 bytes each):
/// `1 << RECENT_MID_BITS`, direct-mapped as [`TableSlots::recent`].
const RECENT_MID_BITS: u32 = 13;

/// The entry of [`TableSlots::recent_mid`] for a token with these bytes
/// and key.
#[inline(always)]
fn recent_mid_index(raw: [u64; 2], key: u8) -> usize {
    ((raw[0] ^ raw[1].rotate_left(29) ^ u64::from(key)).wrapping_mul(0x9E37_79B9_7F4A_7C15)
        >> (64 - RECENT_MID_BITS)) as usize
}

impl TableSlots {
    /// Starts a document read against `table`.
    pub(super) fn begin(&mut self, table: &FormTable, cache_epoch: u64) {
        if self.slots.len() < table.len() {
            self.slots.resize(table.len(), (0, 0));
        }
        if self.recent_table != table.serial()
            || self.recent_epoch != cache_epoch
            || self.recent.is_empty()
        {
            self.recent_epoch = cache_epoch;
            self.recent.clear();
            self.recent.resize(RECENT_ENTRIES, Recent::default());
            self.recent_mid.clear();
            self.recent_mid
                .resize(1 << RECENT_MID_BITS, RecentMid::default());
            self.recent_table = table.serial();
        }
        self.generation += 1;
        if self.generation == STOP {
            // Wrapped: forget every document.
            self.slots.iter_mut().for_each(|s| s.0 = 0);
            self.recent.iter_mut().for_each(|r| r.generation = 0);
            self.generation = 1;
        }
    }
}

impl TableSlots {
    /// The entry of [`TableSlots::recent`] for a token of these bytes and
    /// key, and whether it holds the token; one not held is to be written
    /// there by the caller, in place of the token it held.
    #[inline(always)]
    pub(super) fn recent_entry(&self, raw: u64, key: u8) -> (usize, bool) {
        let at = recent_index(raw, key);
        let e = &self.recent[at];
        (at, e.raw == raw && e.key == key)
    }

    /// [`TableSlots::recent_entry`] in [`TableSlots::recent_mid`].
    #[inline(always)]
    pub(super) fn recent_mid_entry(&self, raw: [u64; 2], key: u8) -> (usize, bool) {
        let at = recent_mid_index(raw, key);
        let e = &self.recent_mid[at];
        (at, e.raw == raw && e.key == key)
    }

    /// The document form of table form `id` and whether it is a stopword,
    /// when the document has met the form already: the token takes its
    /// stopword flag without reading the document's form.
    #[inline(always)]
    pub(super) fn held(&self, id: u32, generation: u32) -> Option<(u32, bool)> {
        let slot = self.slots[id as usize];
        (slot.0 & !STOP == generation).then_some((slot.1, slot.0 & STOP != 0))
    }

    /// Records `form` as the document form of table form `id`.
    #[inline(always)]
    pub(super) fn hold(&mut self, id: u32, generation: u32, form: u32, stopword: bool) {
        self.slots[id as usize] = (generation | if stopword { STOP } else { 0 }, form);
    }

    /// [`TableSlots::held`] and [`TableSlots::hold`] without a branch, for
    /// tokenising (no word facts to collect): the document form of table
    /// form `id` and whether it is a stopword, a form new to the document
    /// being pushed on `forms` (a stopword when `stopword`). Whether a form
    /// is new to the document is a coin toss for the branch predictor
    /// (about one token in two): the form is written at the end of `forms`
    /// whatever the answer and kept only when new, and the answers are
    /// chosen by selects.
    #[inline(always)]
    pub(super) fn form_selected(
        &mut self,
        id: u32,
        generation: u32,
        stopword: bool,
        forms: &mut Vec<Form>,
    ) -> (u32, bool) {
        let slot = &mut self.slots[id as usize];
        let (held, held_form) = *slot;
        let new = held & !STOP != generation;
        let at = forms.len();
        forms.push(Form {
            text: FormText::Shared(id),
            stopword,
        });
        forms.truncate(at + usize::from(new));
        let form = if new { at as u32 } else { held_form };
        let stop = if new { stopword } else { held & STOP != 0 };
        *slot = (generation | u32::from(stop) << 31, form);
        (form, stop)
    }
}

thread_local! {
    pub(super) static SLOTS: RefCell<TableSlots> = RefCell::new(TableSlots::default());
}
