//! The marks and words the splitter's rules ask about: terminators,
//! closers, dashes, what opens a block, and the words no sentence ends with;
//! and the first-byte table of the tokens the splitter passes by unread
//! ([`passes_through`], its inner loop), kept here beside the other byte tests.

use crate::token::{Token, TokenKind};

/// Sentence-final punctuation: . ! ? … and their clusters.
#[inline]
pub(super) fn is_terminator(text: &str) -> bool {
    // Every terminator starts with . ! ? or 0xE2 (… ‽): most tokens fail here.
    matches!(text.as_bytes().first(), Some(b'.' | b'!' | b'?' | 0xE2))
        && text
            .chars()
            .all(|c| matches!(c, '.' | '!' | '?' | '…' | '‽'))
}

/// Closing quotes and brackets that stay with the sentence they close (the
/// straight and curly double marks are paired by [`crate::pairing`]).
pub(super) fn is_closer(text: &str) -> bool {
    matches!(text, "»" | ")" | "]" | "}" | "’" | "›")
}

/// Determiners, prepositions and conjunctions that no sentence ends with
/// (none of the 3,329 positions after one that the classifier would score in
/// the tuned UD files is a sentence end): after one, a capital opens a name
/// or a title ("de Vladimir Poutine", "le Kremlin", "et Paris").
#[inline]
pub(crate) fn ends_no_sentence(lower: &str) -> bool {
    matches!(
        lower,
        "le" | "la"
            | "les"
            | "l'"
            | "un"
            | "une"
            | "des"
            | "du"
            | "de"
            | "d'"
            | "au"
            | "aux"
            | "à"
            | "en"
            | "par"
            | "pour"
            | "sur"
            | "sous"
            | "dans"
            | "avec"
            | "sans"
            | "chez"
            | "vers"
            | "entre"
            | "et"
            | "ou"
            | "ni"
            | "mais"
            | "que"
            | "qu'"
            | "qui"
            | "dont"
            | "où"
            | "ce"
            | "cet"
            | "cette"
            | "ces"
            | "son"
            | "sa"
            | "ses"
            | "leur"
            | "leurs"
            | "mon"
            | "ma"
            | "mes"
            | "notre"
            | "nos"
            | "votre"
            | "vos"
    )
}

pub(super) fn is_dash(text: &str) -> bool {
    matches!(text, "-" | "–" | "—")
}

/// Starts a new line of a list or a new block: bullets, dashes, numbers,
/// capitals, opening quotes.
pub(super) fn starts_block(text: &str) -> bool {
    let c = text.chars().next().unwrap_or(' ');
    c.is_uppercase()
        || c.is_ascii_digit()
        || matches!(
            c,
            '-' | '–' | '—' | '•' | '*' | '·' | '«' | '"' | '“' | '(' | '['
        )
}

/// Whether the sentence rules pass token `t` by, and the gap before it,
/// when the token before it is no colon or period: no capital or list mark
/// opens it (the boundary classifier's gaps need one after anything but a
/// colon or a period), and it is no sentence-final mark, semicolon, colon
/// or word ending in a period (an abbreviation), whose rules read what
/// follows. A lowercase word, a comma, a bracket, a quotation mark or a
/// number, after such a token: most of a text.
#[inline]
pub(super) fn passes_through(bytes: &[u8], t: &Token) -> bool {
    let kinds = if t.kind == TokenKind::Punct {
        LOUD_ANY | LOUD_PUNCT
    } else {
        LOUD_ANY
    };
    !t.is_title()
        && LOUD_FIRST[usize::from(bytes[t.start as usize])] & kinds == 0
        && (t.kind != TokenKind::Word || bytes[t.end as usize - 1] != b'.')
}

/// In [`LOUD_FIRST`]: no token starting with the byte passes through.
const LOUD_ANY: u8 = 1;
/// In [`LOUD_FIRST`]: no punctuation token starting with the byte does.
const LOUD_PUNCT: u8 = 2;
/// The first bytes that stop [`passes_through`]: a dash, a list star and
/// the lead byte of U+2000-U+2FFF (dashes, ellipsis, curly quotes) for any
/// token, . ! ? ; : for punctuation.
const LOUD_FIRST: [u8; 256] = {
    let mut t = [0u8; 256];
    t[b'-' as usize] = LOUD_ANY;
    t[b'*' as usize] = LOUD_ANY;
    t[0xE2] = LOUD_ANY;
    t[b'.' as usize] = LOUD_PUNCT;
    t[b'!' as usize] = LOUD_PUNCT;
    t[b'?' as usize] = LOUD_PUNCT;
    t[b';' as usize] = LOUD_PUNCT;
    t[b':' as usize] = LOUD_PUNCT;
    t
};
