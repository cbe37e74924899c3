//! Buffers that an analysis fills and drops (the gaps between tokens, the
//! splitter's lists, the quote stage's tables over tokens and the tagger's),
//! kept by each thread from one document to the next: a short text's
//! analysis otherwise spends much of its time allocating and freeing them.
//!
//! Each buffer is taken from its thread-local slot empty and handed back
//! cleared; an analysis nested in another (a poll that analyses) finds the
//! slot empty and allocates. A buffer grown past [`MAX_KEPT_BYTES`] is freed
//! instead of kept, so a thread keeps a few megabytes at most.

use std::cell::Cell;
use std::thread::LocalKey;

/// The largest buffer a thread keeps, in bytes of capacity (a document of
/// about 250,000 tokens).
pub(crate) const MAX_KEPT_BYTES: usize = 1 << 20;

/// A thread's kept buffer of `T`.
pub(crate) type Slot<T> = LocalKey<Cell<Vec<T>>>;

/// The buffer kept in `slot`, empty (a new one when none is kept).
#[inline]
pub(crate) fn take<T: 'static>(slot: &'static Slot<T>) -> Vec<T> {
    slot.try_with(Cell::take).unwrap_or_default()
}

/// Keeps `buffer` in `slot`, cleared, unless it is larger than
/// [`MAX_KEPT_BYTES`] (then it is freed).
#[inline]
pub(crate) fn keep<T: 'static>(slot: &'static Slot<T>, mut buffer: Vec<T>) {
    if buffer.capacity().saturating_mul(std::mem::size_of::<T>()) <= MAX_KEPT_BYTES {
        buffer.clear();
        // During the thread's teardown the slot may be gone: then the
        // buffer is freed here.
        let _ = slot.try_with(|s| s.set(buffer));
    }
}

/// The thread's kept buffer of `slot`, holding `n` copies of `value`: a
/// per-token table set afresh for each document without allocating.
#[inline]
pub(crate) fn filled<T: Clone + 'static>(slot: &'static Slot<T>, n: usize, value: T) -> Vec<T> {
    let mut buffer = take(slot);
    buffer.resize(n, value);
    buffer
}

#[cfg(test)]
mod tests {
    use super::*;

    thread_local! {
        static NUMBERS: Cell<Vec<u32>> = const { Cell::new(Vec::new()) };
    }

    #[test]
    fn a_kept_buffer_comes_back_empty_with_its_room() {
        let mut v = take(&NUMBERS);
        v.extend([1, 2, 3]);
        let room = v.capacity();
        keep(&NUMBERS, v);
        let again = take(&NUMBERS);
        assert!(again.is_empty());
        assert_eq!(again.capacity(), room);
        // Taken, the slot is empty until the buffer is handed back.
        assert_eq!(take(&NUMBERS).capacity(), 0);
    }

    #[test]
    fn a_filled_buffer_holds_n_copies_in_the_kept_room() {
        let mut v = take(&NUMBERS);
        v.extend([7; 64]);
        let room = v.capacity();
        keep(&NUMBERS, v);
        let filled = filled(&NUMBERS, 10, 3);
        assert_eq!(filled, vec![3; 10]);
        assert_eq!(filled.capacity(), room);
    }

    #[test]
    fn a_buffer_past_the_limit_is_not_kept() {
        let v: Vec<u32> = Vec::with_capacity(MAX_KEPT_BYTES / 4 + 1);
        keep(&NUMBERS, v);
        assert_eq!(take(&NUMBERS).capacity(), 0);
    }
}
