//! The memory budget of an analysis.
//!
//! What the analysis holds grows with the number of tokens, lines,
//! sentences, quotation marks, reporting verbs and speakers, not with the
//! bytes of the text: news text needs about ten times its size, but a
//! document made only of very short lines ("a\n" a million times) or quotes
//! ("« a\n\n") would need eighty. The analysis may take [`MEMORY_FACTOR`]
//! times the text's size plus [`MEMORY_ALLOWANCE`]. Once the text is
//! tokenised, the counts above bound what the sentence and quote stages
//! will hold past their quotes and people ([`needed`]); quotes (beyond one a
//! pair of marks) and people are counted as they are made, by batches,
//! before each batch. A document that would
//! go over its budget is refused with [`Error::TooDense`] before the memory
//! is taken ([`crate::limits`]).

use crate::error::Error;
use crate::lexicon::{early, WordInfo};
use crate::sentence::{gap_byte, line_breaks};
use crate::token::{Token, TokenKind};

/// Peak memory of an analysis, in bytes per byte of text, past
/// [`MEMORY_ALLOWANCE`].
pub const MEMORY_FACTOR: usize = 30;

/// Memory an analysis may take whatever the text's size: a document under
/// two megabytes is never refused.
pub const MEMORY_ALLOWANCE: usize = 64 << 20;

/// Bytes each unit costs through the whole analysis, at most: bounds of
/// peak memory measured on documents made of that unit only (the token,
/// sentence and paragraph records, the quote stage's tables, the
/// quotation-mark pairs, reporting verb groups, quotes, mentions and people).
pub(crate) mod cost {
    /// A token, and the quote stage's tables over tokens.
    pub(crate) const TOKEN: usize = 40;
    /// A line break: a sentence and a paragraph may end there.
    pub(crate) const LINE: usize = 110;
    /// Sentence-final punctuation: a sentence may end there.
    pub(crate) const SENTENCE_END: usize = 50;
    /// A pair of quotation marks (or a dialogue line), and the quoted term
    /// it may be.
    pub(crate) const PAIR: usize = 150;
    /// A reporting verb, or "selon", "pour", "d'": a cue.
    pub(crate) const CUE: usize = 100;
    /// A capitalised word or a subject pronoun: a mention that speaker
    /// resolution may read.
    pub(crate) const MENTION: usize = 80;
    /// A quote, from its making to the end: counted for each pair of marks
    /// before the quote stage, and past those as quotes are made.
    pub(crate) const QUOTE: usize = 450;
    /// A person or organisation of the document, with its names, and the
    /// speaker it may become: counted as they are met.
    pub(crate) const PERSON: usize = 1500;
}

/// What the sentence and quote stages of `text` hold past its quotes and
/// people, at most, from its tokens: the owned text, its tokens and forms,
/// and the bound of each unit past them; and its pairs of marks. Quotes
/// past one a pair, and people, are counted as they are made. Reading every
/// gap between tokens, it appends the [`crate::sentence::gaps`] byte of each
/// onto `gaps` for the later stages.
pub(crate) fn needed(
    text: &str,
    tokens: &[Token],
    form_info: &[WordInfo],
    gaps: &mut Vec<u8>,
) -> Needed {
    // Line-break characters lie between tokens (they are separators): the
    // gaps are read once, below, with `lines` counted there.
    let mut lines = 0;
    let (mut sentence_ends, mut pairs, mut cues, mut mentions) = (0, 0, 0, 0);
    // Quotation marks pair within a paragraph: there, pairs are at most the
    // closing marks and the marks left open (up to the nesting limit).
    // Paragraphs end at blank lines at least.
    let (mut opening, mut closing) = (0usize, 0usize);
    let pairs_in =
        |opening: usize, closing: usize| opening.min(closing + crate::DEFAULT_MAX_QUOTE_DEPTH);
    let mut previous_end = 0;
    let mut ambiguous_marks = false;
    let bytes = text.as_bytes();
    const _: () = assert!(early::PRONOUN == 2 && crate::token::FLAG_TITLE == 1);
    // Every gap byte is 0 but those of the gaps with a line break, written
    // below: most tokens write none.
    let base = gaps.len();
    gaps.resize(base + tokens.len(), 0);
    let own = &mut gaps[base..];
    for (k, t) in tokens.iter().enumerate() {
        let (gap_start, start) = (previous_end, t.start as usize);
        // Most gaps are one space or none: no line break there.
        let mut breaks = 0;
        if start != gap_start && (start != gap_start + 1 || bytes[gap_start] != b' ') {
            lines += line_characters(&bytes[gap_start..start]);
            let separator;
            (breaks, separator) = line_breaks(&text[gap_start..start]);
            own[k] = gap_byte((breaks, separator));
            if breaks >= 2 || separator {
                pairs += pairs_in(opening, closing);
                (opening, closing) = (0, 0);
            }
        }
        previous_end = t.end as usize;
        match t.kind {
            TokenKind::Word => {
                // The form's cue and pronoun bits, worked out once per form
                // ([`crate::lexicon::WordInfo::early`]).
                let bits = form_info.get(t.form as usize).map_or(0, |w| w.early);
                cues += usize::from(bits & early::CUE);
                // A pronoun or a capitalised word, without a branch:
                // `PRONOUN` is bit 1 of `bits`, `FLAG_TITLE` bit 0 of the
                // token's flags.
                mentions += usize::from((bits >> 1 | t.flags) & 1);
            }
            // Commas, brackets, colons…: nothing to count.
            TokenKind::Punct | TokenKind::Symbol
                if previous_end > start
                    && bytes[start].is_ascii()
                    && !matches!(bytes[start], b'.' | b'!' | b'?' | b'"' | b'-') => {}
            TokenKind::Punct | TokenKind::Symbol => {
                let surface = &text[t.start as usize..t.end as usize];
                // A straight or curly double mark: these marks are
                // punctuation tokens, which all pass here.
                ambiguous_marks |= surface.starts_with(['"', '“', '”']);
                if surface.starts_with(['.', '!', '?', '…']) {
                    sentence_ends += 1;
                } else if surface.starts_with(['«', '‹', '“']) {
                    opening += 1;
                } else if surface.starts_with(['»', '›', '”']) {
                    closing += 1;
                } else if surface.starts_with('"') {
                    (opening, closing) = (opening + 1, closing + 1);
                } else if surface.starts_with(['—', '–', '-', '―'])
                    && (breaks >= 1 || gap_start == 0)
                {
                    pairs += 1; // a dialogue line
                }
            }
            _ => {}
        }
    }
    pairs += pairs_in(opening, closing);
    lines += line_characters(&text.as_bytes()[previous_end..]);
    Needed {
        bytes: text.len()
            + tokens.len() * cost::TOKEN
            + lines * cost::LINE
            + sentence_ends * cost::SENTENCE_END
            + pairs * cost::PAIR
            + cues * cost::CUE
            + mentions * cost::MENTION,
        pairs,
        ambiguous_marks,
    }
}

/// The line-break characters of a gap between tokens: LF, CR, VT, FF, NEL,
/// LINE SEPARATOR and PARAGRAPH SEPARATOR, each one (CR LF is two).
fn line_characters(gap: &[u8]) -> usize {
    let mut count = 0;
    for (i, &b) in gap.iter().enumerate() {
        count += match b {
            b'\n' | b'\r' | 0x0B | 0x0C => 1,
            // U+0085 is C2 85; U+2028 and U+2029 are E2 80 A8 and E2 80 A9
            // (C2 and E2 lead a character, so these are whole ones).
            0x85 => usize::from(i >= 1 && gap[i - 1] == 0xC2),
            0xA8 | 0xA9 => usize::from(i >= 2 && gap[i - 1] == 0x80 && gap[i - 2] == 0xE2),
            _ => 0,
        };
    }
    count
}

/// What the sentence and quote stages of a text will hold at most, past
/// their quotes and people.
pub(crate) struct Needed {
    /// Bytes.
    pub(crate) bytes: usize,
    /// Pairs of quotation marks (and dialogue lines): most of them are
    /// quotes, whose memory is counted before the stages run.
    pub(crate) pairs: usize,
    /// Whether a token may be a straight or curly double quotation mark ("
    /// “ ”): the sentence splitter and the quote stage pair those marks by
    /// their sides only then. Never false when one is (a test checks it).
    pub(crate) ambiguous_marks: bool,
}

/// The budget of a text of `size` bytes.
pub(crate) fn budget(size: usize) -> usize {
    size.saturating_mul(MEMORY_FACTOR)
        .saturating_add(MEMORY_ALLOWANCE)
}

/// The error for a document of `size` bytes whose analysis needs `needed`,
/// with the largest size analysed at the same density.
pub(crate) fn too_dense(size: usize, needed: usize) -> Error {
    // needed / size bytes a byte, against MEMORY_FACTOR a byte plus the
    // allowance.
    let per_byte = needed as f64 / size.max(1) as f64;
    let over = (per_byte - MEMORY_FACTOR as f64).max(1.0);
    Error::TooDense {
        size,
        needed,
        limit: (MEMORY_ALLOWANCE as f64 / over) as usize,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `needed` counts line breaks in the gaps between tokens only: every
    /// line-break character of a text lies in one.
    #[test]
    fn line_breaks_lie_between_tokens() {
        let analyzer = crate::Analyzer::new();
        for text in [
            "Il a dit :\r\n« Oui. »\n\nFin\u{2029}Suite\u{2028}et\u{85}fin\x0b.\x0c",
            "\n\n« a\n\n« b\r\r\n",
            "http://x.fr/a\nb@c.fr\r\n10 000\n 😀\u{2028}#tag\u{85}l’\u{2029}a-t-il",
            "Ça\u{A0}va\u{202F}? Å ą è é\u{2028}",
            "",
            "mot",
        ] {
            let doc = analyzer.tokenize(text).unwrap();
            let mut in_gaps = 0;
            let mut previous = 0;
            for t in &doc.tokens {
                in_gaps += line_characters(&text.as_bytes()[previous..t.start as usize]);
                previous = t.end as usize;
            }
            in_gaps += line_characters(&text.as_bytes()[previous..]);
            let all = text
                .bytes()
                .filter(|b| matches!(b, b'\n' | b'\r' | 0x0B | 0x0C))
                .count()
                + text.matches(['\u{85}', '\u{2028}', '\u{2029}']).count();
            assert_eq!(in_gaps, all, "{text:?}");
        }
    }

    /// The flag that lets the splitter and the quote stage skip pairing
    /// straight and curly marks is set whenever a token is one of them
    /// (the pairing reads those tokens only), wherever the marks stand.
    #[test]
    fn ambiguous_marks_are_never_missed() {
        let analyzer = crate::Analyzer::new();
        for text in [
            "Il a dit \"oui\" puis “non” et ”ça”.",
            "l'\"ami\" a\"b \"\"double\"\" x“y”z",
            "http://x.fr/a\"b?c=“d” mail@x.fr\" #tag\" @nom”",
            "« Oui », a-t-il dit.",
            "12\" 3“ 4” ”“ \"",
            "sans guillemets",
        ] {
            let doc = analyzer.tokenize(text).unwrap();
            let info = crate::quote::Ctx::lookup_form_flags(&doc.forms, analyzer.lexicons());
            let flag = needed(text, &doc.tokens, &info, &mut Vec::new()).ambiguous_marks;
            let marks = doc
                .tokens
                .iter()
                .any(|t| crate::pairing::is_ambiguous_mark(t.span().slice(text)));
            assert!(flag || !marks, "{text:?}");
            assert_eq!(flag, crate::sentence::has_ambiguous_marks(text), "{text:?}");
        }
    }

    #[test]
    fn the_gaps_it_keeps_are_the_splitters() {
        let analyzer = crate::Analyzer::new();
        for text in [
            "Il a dit :\r\n« Oui. »\n\nFin\u{2029}Suite\u{2028}et\u{85}fin\x0b.\x0c",
            "\n\n« a\n\n« b\r\r\n c",
            "Un  deux\u{A0}trois\n\n\nquatre\r\n\r\ncinq",
            "mot",
        ] {
            let doc = analyzer.tokenize(text).unwrap();
            let info = crate::quote::Ctx::lookup_form_flags(&doc.forms, analyzer.lexicons());
            let mut gaps = Vec::new();
            needed(text, &doc.tokens, &info, &mut gaps);
            assert_eq!(gaps, crate::sentence::gaps(text, &doc.tokens), "{text:?}");
        }
        let text = "a b\nc\r\n\r\nd\u{2029}e";
        let doc = analyzer.tokenize(text).unwrap();
        use crate::sentence::GAP_SEPARATOR;
        assert_eq!(
            crate::sentence::gaps(text, &doc.tokens),
            [0, 0, 1, 2, 2 | GAP_SEPARATOR]
        );
    }
}
