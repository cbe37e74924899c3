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
use crate::forms::Forms;
use crate::lexicon::{word, WordInfo};
use crate::sentence::line_breaks;
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
/// past one a pair, and people, are counted as they are made.
pub(crate) fn needed(
    text: &str,
    tokens: &[Token],
    forms: &Forms,
    form_info: &[WordInfo],
) -> Needed {
    let lines = text
        .bytes()
        .filter(|b| matches!(b, b'\n' | b'\r' | 0x0B | 0x0C))
        .count()
        + text.matches(['\u{85}', '\u{2028}', '\u{2029}']).count();
    let (mut sentence_ends, mut pairs, mut cues, mut mentions) = (0, 0, 0, 0);
    // Quotation marks pair within a paragraph: there, pairs are at most the
    // closing marks and the marks left open (up to the nesting limit).
    // Paragraphs end at blank lines at least.
    let (mut opening, mut closing) = (0usize, 0usize);
    let pairs_in =
        |opening: usize, closing: usize| opening.min(closing + crate::DEFAULT_MAX_QUOTE_DEPTH);
    let cue = word::SPEECH_VERB | word::FAIRE_FORM | word::FAIRE_COMPLEMENT;
    let pronoun = word::SUBJECT_PRONOUN | word::CLITIC_SUBJECT;
    let mut previous_end = 0;
    for t in tokens {
        let gap_start = previous_end;
        let (breaks, separator) = line_breaks(&text[gap_start..t.start as usize]);
        previous_end = t.end as usize;
        if breaks >= 2 || separator {
            pairs += pairs_in(opening, closing);
            (opening, closing) = (0, 0);
        }
        let surface = &text[t.start as usize..t.end as usize];
        match t.kind {
            TokenKind::Punct | TokenKind::Symbol => {
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
            TokenKind::Word => {
                let flags = form_info.get(t.form as usize).map_or(0, |w| w.flags);
                if flags & cue != 0 || matches!(forms.lower(t.form), "selon" | "pour" | "d'") {
                    cues += 1;
                }
                if flags & pronoun != 0 || t.is_title() {
                    mentions += 1;
                }
            }
            _ => {}
        }
    }
    pairs += pairs_in(opening, closing);
    Needed {
        bytes: text.len()
            + tokens.len() * cost::TOKEN
            + lines * cost::LINE
            + sentence_ends * cost::SENTENCE_END
            + pairs * cost::PAIR
            + cues * cost::CUE
            + mentions * cost::MENTION,
        pairs,
    }
}

/// What the sentence and quote stages of a text will hold at most, past
/// their quotes and people.
pub(crate) struct Needed {
    /// Bytes.
    pub(crate) bytes: usize,
    /// Pairs of quotation marks (and dialogue lines): most of them are
    /// quotes, whose memory is counted before the stages run.
    pub(crate) pairs: usize,
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
