//! Character and short-string predicates of the tokenizer: what a word
//! character, a separator, an emoji, a domain or a URL start is.

use crate::normalize::{is_apostrophe, is_hyphen};

/// [`WORD_START`]: no word's fast path starts at this byte.
pub(super) const START_NONE: u8 = 0;
/// [`WORD_START`]: an ASCII letter that starts no URL.
pub(super) const START_LETTER: u8 = 1;
/// [`WORD_START`]: a letter a URL may start with (`h`, `f`, `w`).
pub(super) const START_URL: u8 = 2;
/// [`WORD_START`]: an ASCII digit.
pub(super) const START_DIGIT: u8 = 3;
/// [`WORD_START`]: the lead byte of the Latin-1 letters (C3).
pub(super) const START_LATIN: u8 = 4;

/// The bytes the main loop tries the fast paths of a word at, by class:
/// ASCII letters ([`START_LETTER`], or [`START_URL`] for the first letters
/// of a URL), digits ([`START_DIGIT`]) and the lead byte of the Latin-1
/// letters ([`START_LATIN`]), so that one look-up tells which path a word
/// takes.
pub(super) static WORD_START: [u8; 256] = {
    let mut table = [START_NONE; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = if c.is_ascii_digit() {
            START_DIGIT
        } else if matches!(c, b'h' | b'H' | b'f' | b'F' | b'w' | b'W') {
            START_URL
        } else if c.is_ascii_alphabetic() {
            START_LETTER
        } else {
            START_NONE
        };
        b += 1;
    }
    table[0xC3] = START_LATIN;
    table
};

/// ASCII letters and digits, by byte.
pub(super) static ASCII_ALNUM: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// Decodes the char at byte `i` (a char boundary).
#[inline(always)]
pub(super) fn char_at(text: &str, i: usize) -> (char, usize) {
    let bytes = text.as_bytes();
    let b = bytes[i];
    // `text` is valid UTF-8 and `i` a boundary, so the continuation bytes
    // are there; decoding by hand is faster than `chars().next()`.
    let (code, len) = match b {
        0..=0x7F => return (b as char, 1),
        0xC0..=0xDF => (((b as u32 & 0x1F) << 6) | (bytes[i + 1] as u32 & 0x3F), 2),
        0xE0..=0xEF => (
            ((b as u32 & 0x0F) << 12)
                | ((bytes[i + 1] as u32 & 0x3F) << 6)
                | (bytes[i + 2] as u32 & 0x3F),
            3,
        ),
        _ => (
            ((b as u32 & 0x07) << 18)
                | ((bytes[i + 1] as u32 & 0x3F) << 12)
                | ((bytes[i + 2] as u32 & 0x3F) << 6)
                | (bytes[i + 3] as u32 & 0x3F),
            4,
        ),
    };
    (char::from_u32(code).unwrap_or('\u{FFFD}'), len)
}

/// The char after byte `i`, if any.
#[inline]
pub(super) fn char_opt(text: &str, i: usize) -> Option<char> {
    (i < text.len()).then(|| char_at(text, i).0)
}

/// Letters, digits and combining marks: the body of a word.
#[inline(always)]
pub fn is_word_char(c: char) -> bool {
    match c as u32 {
        0..=0x7F => c.is_ascii_alphanumeric(),
        // Latin-1 and Latin Extended letters, the bulk of French text.
        0xC0..=0x24F => c != '×' && c != '÷',
        // Below the combining marks, only Unicode letters and digits.
        0x80..=0x2FF => c.is_alphanumeric(),
        // General punctuation (’ – — … NNBSP) and currency signs.
        0x2000..=0x206F | 0x20A0..=0x20CF => false,
        _ => c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c),
    }
}

/// Whitespace, control and invisible format characters: never in a token
/// unless a word rule takes them (a soft hyphen inside a word, a space in a
/// number).
#[inline]
pub fn is_separator(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(
            c,
            '\u{00AD}'
                | '\u{034F}'
                | '\u{061C}'
                | '\u{180E}'
                | '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{206F}'
                | '\u{FE00}'..='\u{FE0F}'
                | '\u{FEFF}'
                | '\u{FFF9}'..='\u{FFFB}'
        )
}

/// Spaces that may separate digit groups ("10 000", "10\u{202F}000").
#[inline]
pub(super) fn is_group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{00A0}' | '\u{202F}' | '\u{2009}' | '\u{2007}')
}

/// First characters of emoji: pictographs, dingbats and regional indicators.
#[inline]
pub(super) fn is_emoji_start(c: char) -> bool {
    matches!(c,
        '\u{1F000}'..='\u{1FAFF}'
        | '\u{2600}'..='\u{27BF}'
        | '\u{2B00}'..='\u{2BFF}'
        | '\u{2300}'..='\u{23FF}'
        | '\u{3030}' | '\u{303D}' | '\u{3297}' | '\u{3299}')
}

/// Punctuation (as opposed to symbols) outside ASCII.
#[inline]
pub(super) fn is_unicode_punct(c: char) -> bool {
    matches!(c,
        '«' | '»' | '¡' | '¿' | '§' | '¶' | '·'
        | '\u{2010}'..='\u{2027}'
        | '\u{2030}'..='\u{205E}'
        | '\u{3000}'..='\u{303F}'
        | '\u{FE10}'..='\u{FE19}'
        | '\u{FE30}'..='\u{FE6F}'
        | '\u{FF01}'..='\u{FF0F}'
        | '\u{FF1A}'..='\u{FF1F}')
}

/// "A.", "J.-C.", "R.E.M.": single capitals joined by "." or ".-", ending
/// with a period.
pub(super) fn is_initials(candidate: &str) -> bool {
    // The first part is one character (after a hyphen): a period follows
    // it. Most words before a period ("France.") stop here.
    let bytes = candidate.as_bytes();
    let from = usize::from(bytes.first() == Some(&b'-'));
    let Some(first) = candidate.get(from..).and_then(|rest| rest.chars().next()) else {
        return false;
    };
    if bytes.get(from + first.len_utf8()) != Some(&b'.') {
        return false;
    }
    let Some(body) = candidate.strip_suffix('.') else {
        return false;
    };
    let mut parts = 0;
    for part in body.split('.') {
        let part = part.strip_prefix('-').unwrap_or(part);
        let mut chars = part.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) if c.is_uppercase() => parts += 1,
            _ => return false,
        }
    }
    parts > 0
}

pub(super) const GENERIC_TLDS: &[&str] = &[
    "com", "net", "org", "info", "biz", "gov", "edu", "int", "mil", "io", "tv", "news", "online",
    "site", "app", "blog", "media", "paris", "bzh", "eus", "corsica", "alsace", "quebec",
];

/// A bare domain name such as "Kremlin.ru" or "iPhoneAddict.fr".
pub(super) fn is_domain(core: &str) -> bool {
    let Some((head, tld)) = core.rsplit_once('.') else {
        return false;
    };
    if !tld.bytes().all(|b| b.is_ascii_lowercase()) || tld.is_empty() {
        return false;
    }
    let first = head.split('.').next().unwrap_or("");
    let first_ok = first.chars().filter(|c| c.is_alphanumeric()).count() >= 3
        && first.chars().any(char::is_alphabetic);
    first_ok && (tld.len() == 2 || GENERIC_TLDS.contains(&tld))
}

/// True when exactly three ASCII digits start at byte `j` and no word
/// character follows them.
pub(super) fn three_digits_follow(text: &str, j: usize) -> bool {
    let b = text.as_bytes();
    j + 3 <= b.len()
        && b[j..j + 3].iter().all(u8::is_ascii_digit)
        && char_opt(text, j + 3).is_none_or(|c| !is_word_char(c))
}

/// Calls `f` with the lexicon form of a short piece: lowercase, ’ and ʼ as
/// ', Unicode hyphens as -, soft hyphens dropped, then `suffix`. The form is
/// built in a stack buffer; a piece too long for any lexicon entry gives
/// `None` without calling `f`.
pub(super) fn with_lookup_form<R>(
    piece: &str,
    suffix: &str,
    f: impl FnOnce(&str) -> R,
) -> Option<R> {
    with_lookup_bytes(piece, suffix, |form| std::str::from_utf8(form).ok().map(f)).flatten()
}

/// [`with_lookup_form`] as bytes, for a set keyed by bytes: no UTF-8
/// check of the buffer. A piece of ASCII and ’ (most elided words) is
/// folded byte by byte.
pub(super) fn with_lookup_bytes<R>(
    piece: &str,
    suffix: &str,
    f: impl FnOnce(&[u8]) -> R,
) -> Option<R> {
    let mut buf = [0u8; 64];
    let len = piece.len() + suffix.len();
    if len <= buf.len() && suffix.is_ascii() {
        if let Some(n) = fold_ascii(piece.as_bytes(), &mut buf) {
            buf[n..n + suffix.len()].copy_from_slice(suffix.as_bytes());
            buf[n..n + suffix.len()].make_ascii_lowercase();
            return Some(f(&buf[..n + suffix.len()]));
        }
    }
    let mut len = 0;
    let mut push = |c: char| -> bool {
        let mut tmp = [0u8; 4];
        let bytes = c.encode_utf8(&mut tmp).as_bytes();
        if len + bytes.len() > buf.len() {
            return false;
        }
        buf[len..len + bytes.len()].copy_from_slice(bytes);
        len += bytes.len();
        true
    };
    for c in piece.chars().chain(suffix.chars()) {
        if c == '\u{00AD}' {
            continue;
        }
        let c = if is_apostrophe(c) {
            '\''
        } else if is_hyphen(c) {
            '-'
        } else {
            c
        };
        if c.is_ascii() {
            if !push(c.to_ascii_lowercase()) {
                return None;
            }
        } else {
            for l in c.to_lowercase() {
                if !push(l) {
                    return None;
                }
            }
        }
    }
    Some(f(&buf[..len]))
}

/// The lexicon form of a piece of ASCII and ’ (E2 80 99) in `buf` (which
/// holds the piece): its length, or `None` for any other character.
#[inline]
fn fold_ascii(piece: &[u8], buf: &mut [u8]) -> Option<usize> {
    let (mut i, mut n) = (0, 0);
    while i < piece.len() {
        let b = piece[i];
        if b < 0x80 {
            buf[n] = b.to_ascii_lowercase();
            i += 1;
        } else if piece.get(i..i + 3) == Some("’".as_bytes()) {
            buf[n] = b'\'';
            i += 3;
        } else {
            return None;
        }
        n += 1;
    }
    Some(n)
}

/// How a URL starts, ASCII case-insensitive. Inlined: it is asked at the
/// start of every word, and most start with none of h, f or w, or go on
/// with another letter than t or w ("faire", "hier").
#[inline(always)]
pub(super) fn url_prefix_len(text: &str, i: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    if !matches!(bytes.get(i), Some(b'h' | b'H' | b'f' | b'F' | b'w' | b'W'))
        || !matches!(bytes.get(i + 1), Some(b't' | b'T' | b'w' | b'W'))
    {
        return None;
    }
    url_prefix_after_first(text, i)
}

/// [`url_prefix_len`] once the first letter may start one.
fn url_prefix_after_first(text: &str, i: usize) -> Option<usize> {
    let rest = &text.as_bytes()[i..];
    for prefix in ["https://", "http://", "ftp://", "www."] {
        if rest.len() > prefix.len() && rest[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
        {
            let next = char_at(text, i + prefix.len()).0;
            if is_word_char(next) {
                return Some(prefix.len());
            }
        }
    }
    None
}
