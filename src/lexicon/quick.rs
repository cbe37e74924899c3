//! Exact quick rejections for the tokenizer's look-ups that nearly always
//! miss: whether a word before a period may be an abbreviation, whether
//! an elided word may be one the tokenizer keeps whole (`l'on`), and
//! whether a hyphenated word may be kept whole or end with a clitic. Each says
//! "no" only when the full look-up would find nothing, so the tokens are the
//! same; it spares hashing and probing a set for most words of a text.

/// The abbreviations' (byte length, byte before the last character) pairs,
/// as bits. A text and an entry it matches (exactly, or with its first
/// letter lowered, see `Lexicons::abbreviation`) have the same length and
/// the same byte there, up to ASCII and Latin-1 case (bit 0x20).
#[derive(Debug, Clone, Default)]
pub(crate) struct AbbreviationFilter {
    bits: [u64; 16],
}

impl AbbreviationFilter {
    /// The bit of a text of at least two bytes.
    #[inline(always)]
    fn bit(text: &[u8]) -> usize {
        let len = text.len();
        ((len & 31) << 5) | ((text[len - 2] | 0x20) & 31) as usize
    }

    /// Records an entry.
    pub(crate) fn add(&mut self, entry: &str) {
        if entry.len() >= 2 {
            let bit = Self::bit(entry.as_bytes());
            self.bits[bit >> 6] |= 1 << (bit & 63);
        }
    }

    /// False when `text` is surely no abbreviation. Lowering a first
    /// letter outside ASCII and Latin-1 may change its length: such a text
    /// is always looked up.
    #[inline(always)]
    pub(crate) fn may_hold(&self, text: &str) -> bool {
        let bytes = text.as_bytes();
        if bytes.len() < 2 || (bytes[0] >= 0x80 && bytes[0] != 0xC3) {
            return true;
        }
        let bit = Self::bit(bytes);
        self.bits[bit >> 6] & (1 << (bit & 63)) != 0
    }
}

/// The elided words written in ASCII (`l'`, `qu'`, `jusqu'`), each with
/// the byte lengths of the plain words that follow it in a keep-whole entry
/// (`l'on`, `aujourd'hui`), keyed by the little-endian word of the elided
/// word's lexicon form (lowercase, ending with `'`, at most eight bytes):
/// the tokenizer's fast path finds them with one probe.
#[derive(Debug, Clone)]
pub(crate) struct ElidedWords {
    /// Open addressing, linear probing, at most half full: the elided
    /// word's head (0 for an empty slot, which no head is) and the lengths
    /// as bits (bit 63: 63 bytes or more).
    slots: Vec<(u64, u64)>,
    shift: u32,
}

impl Default for ElidedWords {
    fn default() -> Self {
        ElidedWords::new(std::iter::empty(), std::iter::empty())
    }
}

/// The little-endian word of at most eight bytes, zero above them.
fn head_of(bytes: &[u8]) -> Option<u64> {
    let mut w = [0u8; 8];
    w.get_mut(..bytes.len())?.copy_from_slice(bytes);
    Some(u64::from_le_bytes(w))
}

impl ElidedWords {
    /// From the elisions and the keep-whole entries (lowercase, straight
    /// apostrophe).
    pub(crate) fn new<'a>(
        elisions: impl Iterator<Item = &'a str>,
        keep_whole: impl Iterator<Item = &'a [u8]>,
    ) -> Self {
        let heads: Vec<u64> = elisions
            .filter(|e| e.is_ascii() && e.ends_with('\''))
            .filter_map(|e| head_of(e.as_bytes()))
            .collect();
        let size = (heads.len() * 2).next_power_of_two().max(2);
        let mut words = ElidedWords {
            slots: vec![(0, 0); size],
            shift: 64 - size.trailing_zeros(),
        };
        for head in heads {
            let i = words.slot(head);
            words.slots[i].0 = head;
        }
        for entry in keep_whole {
            if entry.contains(&b'-') || entry.iter().filter(|&&b| b == b'\'').count() != 1 {
                continue;
            }
            let apostrophe = entry.iter().position(|&b| b == b'\'').unwrap_or(0);
            let Some(head) = head_of(&entry[..=apostrophe]) else {
                continue;
            };
            let i = words.slot(head);
            if words.slots[i].0 == head {
                words.slots[i].1 |= length_bit(entry.len() - apostrophe - 1);
            }
        }
        words
    }

    /// The slot of `head`, or the empty slot where it would go.
    #[inline(always)]
    fn slot(&self, head: u64) -> usize {
        let mask = self.slots.len() - 1;
        let mut i = (head.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize & mask;
        while self.slots[i].0 != head && self.slots[i].0 != 0 {
            i = (i + 1) & mask;
        }
        i
    }

    /// For the lexicon form `head` of an ASCII elided word followed by a
    /// word of `rest_len` bytes, whose lowercase form has that length
    /// (ASCII and Latin-1 letters keep theirs): `None` when it is no
    /// elision, else whether a keep-whole entry may hold the two.
    #[inline]
    pub(crate) fn elided(&self, head: u64, rest_len: usize) -> Option<bool> {
        let (found, lengths) = self.slots[self.slot(head)];
        (found == head).then_some(lengths & length_bit(rest_len) != 0)
    }
}

/// The bit of a byte length in [`ElidedWords`]' masks.
#[inline(always)]
fn length_bit(len: usize) -> u64 {
    1 << len.min(63)
}

/// The first, second and last bytes of a set's entries (lowercase), as
/// bits, and the length of its longest entry: a quick "no" for a piece of
/// a word (a hyphenated compound, a word after a hyphen or an apostrophe)
/// that the set's look-up, which folds the piece (ASCII capitals lowered,
/// ’ written ', soft hyphens dropped, other letters lowered), would not
/// find. Only ASCII bytes are told apart: a piece with another byte in one
/// of those places may be any entry, and only an ASCII piece, whose folded
/// form has its length, is too long for the set.
#[derive(Debug, Clone, Default)]
pub(crate) struct PieceFilter {
    bits: [u64; 4],
    longest: usize,
}

impl PieceFilter {
    /// The bit of a piece's first, second (0 for none) and last bytes,
    /// lowercased, when they are ASCII.
    #[inline(always)]
    fn bit(piece: &[u8]) -> Option<usize> {
        let (&first, &last) = (piece.first()?, piece.last()?);
        let second = piece.get(1).copied().unwrap_or(0);
        if (first | second | last) >= 0x80 {
            return None;
        }
        let key = u32::from(first.to_ascii_lowercase()) << 14
            | u32::from(second.to_ascii_lowercase()) << 7
            | u32::from(last.to_ascii_lowercase());
        Some((key.wrapping_mul(0x9E37_79B1) >> 24) as usize)
    }

    /// From the set's entries.
    pub(crate) fn new<'a>(entries: impl Iterator<Item = &'a [u8]>) -> Self {
        let mut filter = PieceFilter::default();
        for entry in entries {
            if let Some(bit) = Self::bit(entry) {
                filter.bits[bit / 64] |= 1 << (bit % 64);
            }
            filter.longest = filter.longest.max(entry.len());
        }
        filter
    }

    /// Whether the set may hold `piece` once folded.
    #[inline]
    pub(crate) fn may_hold(&self, piece: &[u8]) -> bool {
        Self::bit(piece).is_none_or(|bit| self.bits[bit / 64] >> (bit % 64) & 1 != 0)
            && (piece.len() <= self.longest || !piece.is_ascii())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviation_filter_keeps_every_entry_and_its_capitalised_form() {
        let mut filter = AbbreviationFilter::default();
        for entry in ["cf.", "etc.", "n°", "M.", "éd."] {
            filter.add(entry);
        }
        for text in [
            "cf.", "Cf.", "etc.", "Etc.", "n°", "N°", "M.", "m.", "éd.", "Éd.",
        ] {
            assert!(filter.may_hold(text), "{text}");
        }
        // Another length or another byte before the period.
        for text in ["France.", "dit.", "cx.", "et."] {
            assert!(!filter.may_hold(text), "{text}");
        }
        // Texts the filter cannot judge are looked up.
        assert!(filter.may_hold("."));
        assert!(filter.may_hold("Ωx."));
    }

    #[test]
    fn elided_words_and_the_one_apostrophe_keeps() {
        let words = ElidedWords::new(
            ["l'", "qu'", "jusqu'", "ç'"].into_iter(),
            ["aujourd'hui", "l'on", "c'est-à-dire", "rendez-vous"]
                .iter()
                .map(|e| e.as_bytes()),
        );
        let head = |s: &str| head_of(s.as_bytes()).unwrap();
        assert_eq!(words.elided(head("l'"), 2), Some(true));
        assert_eq!(words.elided(head("l'"), 5), Some(false));
        assert_eq!(words.elided(head("jusqu'"), 2), Some(false));
        assert_eq!(words.elided(head("aujourd'"), 2), None);
        assert_eq!(words.elided(head("c'"), 3), None);
        assert_eq!(words.elided(head("l"), 2), None);
        assert_eq!(words.elided(head("qu'"), 64), Some(false));
        assert_eq!(ElidedWords::default().elided(head("l'"), 2), None);
        assert!(head_of(b"123456789").is_none());
    }

    #[test]
    fn head_filter_keeps_every_text_that_folds_to_an_entry() {
        let mut filter = HeadFilter::default();
        for folded in ["fukushima", "etats-unis", "onu", "le caire", "ue"] {
            filter.add(folded);
        }
        for text in [
            "Fukushima",
            "FUKUSHIMA",
            "États-Unis",
            "ONU",
            "Le Caire",
            "UE",
            "É",
        ] {
            assert!(filter.may_hold(text.as_bytes()), "{text}");
            assert!(filter.may_be(text.as_bytes()), "{text}");
        }
        for text in ["Poutine", "Macron", "Caire", "ONG"] {
            assert!(!filter.may_hold(text.as_bytes()), "{text}");
        }
        // Opening like an entry, ending like none (or like another); or
        // ending in a letter the filter does not answer for.
        for text in ["Fukuda", "Onur", "Le Cairn", "Fukunis"] {
            assert!(filter.may_hold(text.as_bytes()), "{text}");
            assert!(!filter.may_be(text.as_bytes()), "{text}");
        }
        assert!(filter.may_be("Vézelé".as_bytes()));
    }

    /// The piece filter says "no" only where the folding look-up finds
    /// nothing: every entry in any ASCII case, with ’ for ', a soft hyphen
    /// or a non-ASCII letter at an end, is let through.
    #[test]
    fn piece_filter_keeps_every_entry_in_any_case() {
        let entries = ["aujourd'hui", "rendez-vous", "c'est-à-dire", "il", "elles"];
        let filter = PieceFilter::new(entries.iter().map(|e| e.as_bytes()));
        for piece in [
            "aujourd'hui",
            "Aujourd'hui",
            "AUJOURD’HUI",
            "Rendez-Vous",
            "C'EST-À-DIRE",
            "il",
            "IL",
            "Elles",
            "\u{AD}il",
            "Éil",
            "elleś",
        ] {
            assert!(filter.may_hold(piece.as_bytes()), "{piece}");
        }
        // Other first, second or last bytes, or an ASCII piece longer
        // than every entry.
        for piece in [
            "france-presse",
            "presse",
            "Tass",
            "rendez-vousx",
            "a-b",
            "l'est",
            "aujourd'hui-aujourd'hui",
        ] {
            assert!(!filter.may_hold(piece.as_bytes()), "{piece}");
        }
    }
}

/// The first three bytes of folded names (places, organisations), each
/// byte's low five bits, as bits: a text whose first three bytes are ASCII
/// folds to those bytes lowercased (folding maps each character on its
/// own), which keep their low five bits, so a text whose bit is unset is
/// surely none of the names and need not be folded and looked up. A whole
/// text is asked by its first and last three bytes together (hashed to a
/// bit of `pairs`): most people's names open like some place's
/// ("Vladimir", "Vladivostok") and end like another's ("Poutine",
/// "Ukraine"), but not both.
#[derive(Debug, Clone)]
pub(crate) struct HeadFilter {
    bits: Box<[u64; 512]>,
    pairs: Box<[u64; 1024]>,
}

impl Default for HeadFilter {
    fn default() -> Self {
        HeadFilter {
            bits: Box::new([0; 512]),
            pairs: Box::new([0; 1024]),
        }
    }
}

impl HeadFilter {
    /// The bit of three bytes.
    #[inline(always)]
    fn bit(text: &[u8]) -> usize {
        (usize::from(text[0] & 31) << 10)
            | (usize::from(text[1] & 31) << 5)
            | usize::from(text[2] & 31)
    }

    /// The bit of `pairs` of a text of at least three bytes: its first and
    /// last three bytes' bits, hashed to 16 bits.
    #[inline(always)]
    fn pair(text: &[u8]) -> usize {
        let key = (Self::bit(text) << 15 | Self::bit(&text[text.len() - 3..])) as u64;
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 48) as usize
    }

    /// Records a folded name (one shorter than three bytes matches no text
    /// the filter answers for).
    pub(crate) fn add(&mut self, folded: &str) {
        let b = folded.as_bytes();
        if b.len() >= 3 {
            let bit = Self::bit(b);
            self.bits[bit >> 6] |= 1 << (bit & 63);
            let bit = Self::pair(b);
            self.pairs[bit >> 6] |= 1 << (bit & 63);
        }
    }

    /// False when `text` (not folded), or any text opening with it, surely
    /// folds to none of the names.
    #[inline(always)]
    pub(crate) fn may_hold(&self, text: &[u8]) -> bool {
        if text.len() < 3 || !text[..3].is_ascii() {
            return true;
        }
        let bit = Self::bit(text);
        self.bits[bit >> 6] & (1 << (bit & 63)) != 0
    }

    /// False when `text` itself (folded or not) surely folds to none of
    /// the names, by its first and last three bytes.
    #[inline(always)]
    pub(crate) fn may_be(&self, text: &[u8]) -> bool {
        if text.len() < 3 || !text[text.len() - 3..].is_ascii() {
            return self.may_hold(text);
        }
        if !text[..3].is_ascii() {
            return true;
        }
        let bit = Self::pair(text);
        self.pairs[bit >> 6] & (1 << (bit & 63)) != 0
    }
}
