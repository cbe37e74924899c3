//! A quote's text as matching sees it: folded words, in segments.
//!
//! Words are runs of letters and digits, folded with [`crate::lexicon::fold`]
//! (case, accents) after dropping soft hyphens; apostrophes, hyphens,
//! quotation marks and every other sign only separate words, so typography
//! never matters. A bracketed ellipsis (`[…]`, `(...)`) is a cut: it starts
//! a new segment. A mixed quote matches by its quoted words only, each
//! quoted fragment a segment.

use crate::QuoteKind;

/// The words of one occurrence, as 64-bit hashes of their folded forms,
/// and where its segments start.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct Segmented {
    /// Word hashes, all segments end to end.
    pub(crate) words: Vec<u64>,
    /// Start index in `words` of each segment after the first.
    pub(crate) breaks: Vec<u32>,
}

impl Segmented {
    /// The segments, as word slices (never empty ones).
    pub(crate) fn segments(&self) -> impl Iterator<Item = &[u64]> + '_ {
        let mut from = 0usize;
        let ends = self.breaks.iter().map(|&b| b as usize);
        ends.chain(std::iter::once(self.words.len()))
            .map(move |to| {
                let seg = &self.words[from..to];
                from = to;
                seg
            })
            .filter(|s| !s.is_empty())
    }
}

/// How complete an occurrence's wording is, best first: the canonical text
/// of a cluster is taken from the best class present.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Completeness {
    /// A direct quote with no cut.
    Whole,
    /// A direct quote with a bracketed cut, or the quoted words of a mixed quote.
    Cut,
    /// Indirect speech (or a mixed quote with too few quoted words).
    Reworded,
}

/// FNV-1a over the bytes, then a 64-bit finaliser (splitmix64): a fixed
/// hash, the same in every process, so partitions agree.
pub(crate) fn hash_bytes(bytes: &[u8]) -> u64 {
    let mut h: u64 = FNV_OFFSET;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(FNV_PRIME);
    }
    mix(h)
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// The splitmix64 finaliser: spreads every input bit over the output.
#[inline]
pub(crate) fn mix(mut x: u64) -> u64 {
    x ^= x >> 30;
    x = x.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x ^= x >> 27;
    x = x.wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c) || c == '\u{ad}'
}

fn is_open_mark(c: char) -> bool {
    matches!(c, '«' | '“' | '‹' | '„')
}

fn is_close_mark(c: char) -> bool {
    matches!(c, '»' | '”' | '›')
}

/// Length in bytes of a bracketed ellipsis starting at `rest`, if any:
/// `[…]`, `[...]`, `(…)`, `( ... )`.
fn bracketed_ellipsis(rest: &str) -> Option<usize> {
    let mut chars = rest.char_indices();
    let close = match chars.next()?.1 {
        '[' => ']',
        '(' => ')',
        _ => return None,
    };
    let mut dots = 0;
    for (i, c) in chars {
        match c {
            '.' => dots += 1,
            '…' => dots += 3,
            ' ' | '\u{a0}' | '\u{202f}' => {}
            c if c == close && dots >= 2 => return Some(i + c.len_utf8()),
            _ => return None,
        }
    }
    None
}

/// One word of the text: its byte range, whether it lies inside quotation
/// marks of the quote's own text, and whether a bracketed cut precedes it.
struct RawWord {
    start: usize,
    end: usize,
    quoted: bool,
    after_cut: bool,
}

fn raw_words(text: &str) -> Vec<RawWord> {
    let mut out: Vec<RawWord> = Vec::new();
    let mut depth = 0usize;
    let mut straight_open = false;
    let mut cut = false;
    let mut word_start: Option<usize> = None;
    let mut iter = text.char_indices().peekable();
    loop {
        let next = iter.next();
        let boundary = match next {
            Some((_, c)) if is_word_char(c) => None,
            Some((i, _)) => Some(i),
            None => Some(text.len()),
        };
        match (word_start, boundary) {
            (None, None) => word_start = next.map(|(i, _)| i),
            (Some(s), Some(end)) => {
                out.push(RawWord {
                    start: s,
                    end,
                    quoted: depth > 0 || straight_open,
                    after_cut: std::mem::take(&mut cut),
                });
                word_start = None;
            }
            _ => {}
        }
        let Some((i, c)) = next else { break };
        if boundary.is_none() {
            continue;
        }
        if let Some(len) = bracketed_ellipsis(&text[i..]) {
            cut = true;
            while iter.peek().is_some_and(|&(j, _)| j < i + len) {
                iter.next();
            }
        } else if is_open_mark(c) {
            depth += 1;
        } else if is_close_mark(c) {
            depth = depth.saturating_sub(1);
        } else if c == '"' {
            straight_open = !straight_open;
        }
    }
    out
}

fn word_hash(word: &str) -> u64 {
    if word.is_ascii() {
        // The common case, folded on the fly without allocating.
        let mut h: u64 = FNV_OFFSET;
        for b in word.bytes() {
            h ^= u64::from(b.to_ascii_lowercase());
            h = h.wrapping_mul(FNV_PRIME);
        }
        return mix(h);
    }
    let folded = crate::lexicon::fold(word);
    if folded.contains('\u{ad}') {
        hash_bytes(folded.replace('\u{ad}', "").as_bytes())
    } else {
        hash_bytes(folded.as_bytes())
    }
}

/// The matching text of one occurrence and its completeness class.
///
/// Direct and indirect quotes match by all their words (cuts at bracketed
/// ellipses); a mixed quote by its quoted fragments when they hold at least
/// `min_words` words, else by all its words, as indirect speech.
pub(crate) fn segment(text: &str, kind: QuoteKind, min_words: usize) -> (Segmented, Completeness) {
    let raw = raw_words(text);
    let quoted_words = raw.iter().filter(|w| w.quoted).count();
    let use_quoted = kind == QuoteKind::Mixed && quoted_words >= min_words;
    let mut words = Vec::with_capacity(raw.len());
    let mut breaks = Vec::new();
    let mut previous_kept = false;
    for w in &raw {
        if use_quoted && !w.quoted {
            previous_kept = false;
            continue;
        }
        if !words.is_empty() && (w.after_cut || !previous_kept) {
            breaks.push(words.len() as u32);
        }
        words.push(word_hash(&text[w.start..w.end]));
        previous_kept = true;
    }
    let class = match kind {
        QuoteKind::Direct if breaks.is_empty() => Completeness::Whole,
        QuoteKind::Direct => Completeness::Cut,
        QuoteKind::Mixed if use_quoted => Completeness::Cut,
        _ => Completeness::Reworded,
    };
    (Segmented { words, breaks }, class)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str, kind: QuoteKind) -> (Vec<Vec<u64>>, Completeness) {
        let (seg, class) = segment(text, kind, 4);
        (seg.segments().map(<[u64]>::to_vec).collect(), class)
    }

    fn hashes(text: &str) -> Vec<u64> {
        text.split(' ').map(word_hash).collect()
    }

    #[test]
    fn typography_does_not_count() {
        let plain = words("nous l etat n a pas cede", QuoteKind::Direct);
        for text in [
            "Nous, l’État n’a pas cédé !",
            "NOUS L'ÉTAT N'A PAS CÉDÉ",
            "nous\u{a0}l'e\u{301}tat n'a pas ce\u{301}de\u{301}…",
            "« nous » l'É\u{ad}tat n'a — pas — cédé",
        ] {
            assert_eq!(words(text, QuoteKind::Direct), plain, "{text}");
        }
        assert_eq!(plain.0, [hashes("nous l etat n a pas cede")]);
    }

    #[test]
    fn a_bracketed_ellipsis_cuts() {
        for text in [
            "un deux […] trois quatre",
            "un deux (...) trois quatre",
            "un deux [ .. ] trois quatre",
        ] {
            let (segs, class) = words(text, QuoteKind::Direct);
            assert_eq!(segs, [hashes("un deux"), hashes("trois quatre")], "{text}");
            assert_eq!(class, Completeness::Cut);
        }
        let (segs, class) = words("un deux… trois (quatre)", QuoteKind::Direct);
        assert_eq!((segs.len(), class), (1, Completeness::Whole));
    }

    #[test]
    fn a_mixed_quote_matches_by_its_quoted_words() {
        let (segs, class) = words(
            "la France « ne cédera pas » face aux « menaces des terroristes »",
            QuoteKind::Mixed,
        );
        assert_eq!(
            segs,
            [hashes("ne cedera pas"), hashes("menaces des terroristes")]
        );
        assert_eq!(class, Completeness::Cut);
        // Too few quoted words: all of them, as indirect speech.
        let (segs, class) = words("la France « ne cédera » face aux menaces", QuoteKind::Mixed);
        assert_eq!(segs, [hashes("la france ne cedera face aux menaces")]);
        assert_eq!(class, Completeness::Reworded);
        assert_eq!(
            words("il viendra demain matin", QuoteKind::Indirect).1,
            Completeness::Reworded
        );
    }
}
