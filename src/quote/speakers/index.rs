//! Folded names to what the resolver knows of them, without a string of
//! their own: each key is kept once in the resolver's arena of keys
//! ([`Key`]) and found by its hash, so that an index allocates nothing per
//! key and a thread keeps its room from one document to the next.

use super::entity::{Few, Key, Pending};
use super::Resolver;
use crate::span::Span;
use rustc_hash::{FxBuildHasher, FxHashMap};
use std::cell::Cell;
use std::hash::BuildHasher;

/// Folded keys (texts of the resolver's arena) to values.
#[derive(Debug)]
pub(super) struct KeyIndex<V> {
    /// Each key's hash to the key and its value.
    slots: FxHashMap<u64, (Key, V)>,
    /// Keys whose hash another key holds already (all but never): scanned.
    collided: Vec<(Key, V)>,
}

impl<V> Default for KeyIndex<V> {
    fn default() -> Self {
        KeyIndex {
            slots: FxHashMap::default(),
            collided: Vec::new(),
        }
    }
}

fn hash(text: &str) -> u64 {
    FxBuildHasher.hash_one(text)
}

impl<V> KeyIndex<V> {
    /// The value of `text`; `keys` is the arena the index's keys are in.
    pub(super) fn get(&self, keys: &str, text: &str) -> Option<&V> {
        match self.slots.get(&hash(text)) {
            Some((k, v)) if k.get(keys) == text => Some(v),
            Some(_) => self
                .collided
                .iter()
                .find(|(k, _)| k.get(keys) == text)
                .map(|(_, v)| v),
            None => None,
        }
    }

    /// The key of `text` and its value, made by `value` (and `text` kept in
    /// `keys`) when the index does not hold it yet.
    pub(super) fn entry(
        &mut self,
        keys: &mut String,
        text: &str,
        value: impl FnOnce() -> V,
    ) -> (Key, &mut V) {
        use std::collections::hash_map::Entry;
        match self.slots.entry(hash(text)) {
            Entry::Vacant(slot) => {
                let (k, v) = slot.insert((Key::keep(keys, text), value()));
                (*k, v)
            }
            Entry::Occupied(slot) => {
                if slot.get().0.get(keys) == text {
                    let (k, v) = slot.into_mut();
                    return (*k, v);
                }
                let at = match self.collided.iter().position(|(k, _)| k.get(keys) == text) {
                    Some(at) => at,
                    None => {
                        self.collided.push((Key::keep(keys, text), value()));
                        self.collided.len() - 1
                    }
                };
                let (k, v) = &mut self.collided[at];
                (*k, v)
            }
        }
    }

    /// How many keys the index has room for.
    pub(super) fn room(&self) -> usize {
        self.slots.capacity() + self.collided.capacity()
    }

    /// Empties the index, keeping its room.
    pub(super) fn clear(&mut self) {
        self.slots.clear();
        self.collided.clear();
    }
}

/// The resolver's tables that borrow nothing from a document, kept by the
/// thread from one document to the next (emptied): a document then
/// allocates no index, key arena or buffer of its own.
#[derive(Default)]
pub(super) struct Tables {
    pub(super) by_surname: KeyIndex<Few<usize, 2>>,
    pub(super) by_org: KeyIndex<usize>,
    pub(super) by_role: KeyIndex<usize>,
    pub(super) recent: Vec<usize>,
    pub(super) resolved: Vec<Option<usize>>,
    pub(super) folded: String,
    pub(super) folded_inner: String,
    pub(super) name_folded: String,
    pub(super) keys: String,
    pub(super) buffers: Buffers,
}

/// The lists a document's resolution fills and empties again: kept by the
/// thread with the tables, so that a document allocates none of them.
#[derive(Default)]
pub(super) struct Buffers {
    /// The mentions to resolve, in text order.
    pub(super) pending: Vec<Pending>,
    /// The spans of the direct quotes and quoted terms (`document_mentions`).
    pub(super) quoted: Vec<Span>,
    /// The capitalised words of a sentence (`document_mentions`).
    pub(super) capitalised: Vec<u32>,
    /// The names outside quotes by their tokens' range, sorted: (start,
    /// end, index in `pending`) (`resolve`).
    pub(super) by_tokens: Vec<(u32, u32, u32)>,
    /// Each quote's speaker entity and mention (`finish`).
    pub(super) quote_of: Vec<(Option<usize>, Option<Span>)>,
    /// Each entity's mentions, grouped (`finish`).
    pub(super) mention_start: Vec<usize>,
    pub(super) mention_spans: Vec<Span>,
    /// The speaker each entity is, if any (`finish`).
    pub(super) speaker_of_entity: Vec<Option<usize>>,
}

impl Buffers {
    /// How many items the largest list has room for.
    fn room(&self) -> usize {
        self.pending
            .capacity()
            .max(self.quoted.capacity())
            .max(self.capitalised.capacity())
            .max(self.by_tokens.capacity())
            .max(self.quote_of.capacity())
            .max(self.mention_start.capacity())
            .max(self.mention_spans.capacity())
            .max(self.speaker_of_entity.capacity())
    }
}

thread_local! {
    static TABLES: Cell<Option<Box<Tables>>> = const { Cell::new(None) };
}

/// The largest key arena a thread keeps, in bytes (a document of some
/// thousands of names); its indexes are kept up to a sixteenth of that in
/// keys, its list of resolved mentions up to that many.
const MAX_KEPT_KEYS: usize = 1 << 16;

/// Records entity `id` as a bearer of the folded surname `key` (once),
/// keeping the key in `keys` only when it is new to the index; returns the
/// index's key (so that the entity's surname is no second copy).
pub(super) fn add_bearer(
    by_surname: &mut KeyIndex<Few<usize, 2>>,
    keys: &mut String,
    key: &str,
    id: usize,
) -> Key {
    let (key, ids) = by_surname.entry(keys, key, Few::new);
    if !ids.contains(&id) {
        ids.push(id);
    }
    key
}

/// The thread's kept [`Tables`], empty (new ones when none are kept).
pub(super) fn take_tables() -> Tables {
    *TABLES
        .try_with(Cell::take)
        .ok()
        .flatten()
        .unwrap_or_default()
}

impl Resolver<'_, '_> {
    /// Hands the tables that borrow nothing back to the thread, emptied
    /// (unless the key arena grew past [`MAX_KEPT_KEYS`]).
    pub(super) fn keep_tables(self, mut buffers: Buffers) {
        let indexed = self.by_surname.room() + self.by_org.room() + self.by_role.room();
        if self.keys.capacity() > MAX_KEPT_KEYS
            || self.resolved.capacity() > MAX_KEPT_KEYS
            || buffers.room() > MAX_KEPT_KEYS
            || indexed > MAX_KEPT_KEYS / 16
        {
            return;
        }
        buffers.pending.clear();
        buffers.quoted.clear();
        buffers.capitalised.clear();
        buffers.by_tokens.clear();
        let mut t = Tables {
            by_surname: self.by_surname,
            by_org: self.by_org,
            by_role: self.by_role,
            recent: self.recent,
            resolved: self.resolved,
            folded: self.folded,
            folded_inner: self.folded_inner,
            name_folded: self.name_folded,
            keys: self.keys,
            buffers,
        };
        t.by_surname.clear();
        t.by_org.clear();
        t.by_role.clear();
        t.recent.clear();
        t.resolved.clear();
        t.keys.clear();
        let _ = TABLES.try_with(|kept| kept.set(Some(Box::new(t))));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_found_by_their_text_once_kept() {
        let mut keys = String::new();
        let mut index: KeyIndex<usize> = KeyIndex::default();
        assert!(index.get(&keys, "dupont").is_none());
        let (k, v) = index.entry(&mut keys, "dupont", || 3);
        assert_eq!((k.get(&keys), *v), ("dupont", 3));
        // Present: the value is not made again, the key not kept twice.
        let (_, v) = index.entry(&mut keys, "dupont", || 9);
        assert_eq!(*v, 3);
        assert_eq!(keys, "dupont");
        assert_eq!(index.get(&keys, "dupont"), Some(&3));
        assert!(index.get(&keys, "durand").is_none());
        index.clear();
        assert!(index.get(&keys, "dupont").is_none());
    }

    #[test]
    fn a_collided_key_is_kept_beside_the_slot() {
        let mut keys = String::new();
        let mut index: KeyIndex<usize> = KeyIndex::default();
        // Two texts put under one hash, as a collision would.
        let (a, _) = index.entry(&mut keys, "abc", || 1);
        index.slots.insert(hash("xyz"), (a, 1));
        let (_, v) = index.entry(&mut keys, "xyz", || 2);
        assert_eq!(*v, 2);
        assert_eq!(index.collided.len(), 1);
        assert_eq!(index.get(&keys, "xyz"), Some(&2));
        assert_eq!(index.get(&keys, "abc"), Some(&1));
    }
}
