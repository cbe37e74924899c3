//! Spans into the original text, and byte ↔ code-point conversion.

/// A half-open byte range `[start, end)` into the original text.
///
/// `&text[span.start..span.end]` is exactly the token, sentence, quote or
/// speaker mention; no stage ever moves it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (bytes).
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// Length in bytes.
    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    /// True for a zero-length span.
    pub const fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The text this span covers.
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    /// True when the two spans share at least one byte.
    pub const fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// True when `other` lies inside this span.
    pub const fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// Converts byte offsets of one text to code-point offsets in O(1) each.
///
/// Python slices strings by code point while Rust works in bytes. ASCII text
/// needs no table; otherwise one checkpoint every 64 bytes holds the number of
/// code points before it, and the rest is counted in at most 63 bytes.
#[derive(Debug, Clone, Default)]
pub struct CharIndex {
    checkpoints: Option<Vec<u32>>,
}

const CHECKPOINT_BYTES: usize = 64;

#[inline]
fn count_chars(bytes: &[u8]) -> usize {
    // A code point starts at every byte that is not a continuation byte.
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

impl CharIndex {
    /// Builds the index for `text` (one linear pass; nothing for ASCII).
    pub fn new(text: &str) -> Self {
        if text.is_ascii() {
            return CharIndex { checkpoints: None };
        }
        let bytes = text.as_bytes();
        let mut checkpoints = Vec::with_capacity(bytes.len() / CHECKPOINT_BYTES + 1);
        let mut chars = 0usize;
        for chunk in bytes.chunks(CHECKPOINT_BYTES) {
            checkpoints.push(chars as u32);
            chars += count_chars(chunk);
        }
        checkpoints.push(chars as u32);
        CharIndex {
            checkpoints: Some(checkpoints),
        }
    }

    /// The code-point offset of byte offset `byte` in `text` (the same text
    /// the index was built from; `byte` must be a char boundary or `len`).
    #[inline]
    pub fn to_char(&self, text: &str, byte: usize) -> usize {
        match &self.checkpoints {
            None => byte,
            Some(cps) => {
                let block = byte / CHECKPOINT_BYTES;
                let base = block * CHECKPOINT_BYTES;
                cps[block] as usize + count_chars(&text.as_bytes()[base..byte])
            }
        }
    }

    /// The byte offset of code-point offset `char_pos` in `text`, or `None`
    /// when it is past the end.
    pub fn to_byte(&self, text: &str, char_pos: usize) -> Option<usize> {
        match &self.checkpoints {
            None => (char_pos <= text.len()).then_some(char_pos),
            Some(cps) => {
                // Last checkpoint at or before char_pos, then walk forward.
                let block = cps.partition_point(|&c| (c as usize) <= char_pos).max(1) - 1;
                let mut chars = cps[block] as usize;
                let mut byte = (block * CHECKPOINT_BYTES).min(text.len());
                let bytes = text.as_bytes();
                // The checkpoint may sit inside a code point: skip to a boundary.
                while byte < bytes.len() && (bytes[byte] as i8) < -0x40 {
                    byte += 1;
                }
                while chars < char_pos {
                    if byte >= bytes.len() {
                        return None;
                    }
                    byte += 1;
                    while byte < bytes.len() && (bytes[byte] as i8) < -0x40 {
                        byte += 1;
                    }
                    chars += 1;
                }
                Some(byte)
            }
        }
    }

    /// Heap bytes used by the index.
    pub fn heap_size(&self) -> usize {
        self.checkpoints.as_ref().map_or(0, |c| c.capacity() * 4)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_match_char_indices() {
        let text = "Présidant « l’OTSC » 😀‍👩 é\u{00A0}x".repeat(20);
        let index = CharIndex::new(&text);
        for (chars, (byte, _)) in text.char_indices().enumerate() {
            assert_eq!(index.to_char(&text, byte), chars);
            assert_eq!(index.to_byte(&text, chars), Some(byte));
        }
        let n = text.chars().count();
        assert_eq!(index.to_char(&text, text.len()), n);
        assert_eq!(index.to_byte(&text, n), Some(text.len()));
        assert_eq!(index.to_byte(&text, n + 1), None);
    }

    #[test]
    fn ascii_is_identity() {
        let index = CharIndex::new("abc");
        assert_eq!(index.to_char("abc", 2), 2);
        assert_eq!(index.heap_size(), 0);
    }
}
