//! The shapes inside a word run that the tokenizer's rules ask about: a
//! number glued to a time or unit, inclusive suffixes in brackets, and the
//! kind of a core piece (number, URL, e-mail, hashtag, mention).

use super::chars::*;
use super::{SEEN_AT, SEEN_DOT};
use crate::token::TokenKind;

/// Units written glued to a number ("160km") that UD writes apart.
const GLUED_UNITS: &[&str] = &[
    "km", "m", "cm", "mm", "kg", "g", "mg", "µg", "ml", "cl", "dl", "min", "ha", "kW", "MW", "GW",
    "kWh", "MWh", "Go", "Mo", "ko",
];

/// Where a number glued to a time or unit splits: "20h45" at 2 and 3,
/// "23h" at 2, "160km" at 3 (byte offsets in `core`). A time stays whole
/// with `join_times`.
pub(super) fn number_unit_cuts(core: &str, join_times: bool) -> Option<[Option<usize>; 2]> {
    let bytes = core.as_bytes();
    if !bytes.first().is_some_and(u8::is_ascii_digit) || bytes.len() > 16 {
        return None;
    }
    let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    let rest = &core[digits..];
    if rest.is_empty() {
        return None;
    }
    // A time: 1-2 digits, h or H, then nothing or two digits.
    if digits <= 2 && matches!(rest.as_bytes()[0], b'h' | b'H') {
        let minutes = &rest[1..];
        if minutes.is_empty() {
            return (!join_times).then_some([Some(digits), None]);
        }
        if minutes.len() == 2 && minutes.bytes().all(|b| b.is_ascii_digit()) {
            return (!join_times).then_some([Some(digits), Some(digits + 1)]);
        }
        return None;
    }
    // A number (with a decimal comma or point) and a unit.
    let mut number_end = digits;
    if let [b',' | b'.', d, ..] = rest.as_bytes() {
        if d.is_ascii_digit() {
            number_end += 1 + rest[1..].bytes().take_while(u8::is_ascii_digit).count();
        }
    }
    let unit = &core[number_end..];
    GLUED_UNITS
        .contains(&unit)
        .then_some([Some(number_end), None])
}

/// The end of a word run followed by inclusive suffixes in brackets:
/// "traité(e)", "VOIE(S)", "ami(e)s" are one token, as in UD. `end` is the
/// end of the run; the look-ahead is a few bytes per suffix, each taken.
pub(super) fn inclusive_suffixes_end(text: &str, mut end: usize) -> usize {
    const SUFFIXES: &[&str] = &[
        "e", "es", "s", "ne", "nes", "le", "les", "te", "tes", "se", "ses", "ve", "ves", "re",
        "res", "ère", "ères", "rice", "rices", "euse", "euses", "ice", "ices",
    ];
    let bytes = text.as_bytes();
    while bytes.get(end) == Some(&b'(')
        && end > 0
        && is_word_char(text[..end].chars().next_back().unwrap_or(' '))
    {
        let inner = &text[end + 1..];
        let Some(close) = inner
            .char_indices()
            .take(7)
            .find(|(_, c)| *c == ')')
            .map(|(k, _)| k)
        else {
            break;
        };
        let suffix = &inner[..close];
        let lower = suffix.to_lowercase();
        let same_case = suffix == lower || suffix == suffix.to_uppercase();
        if !same_case || !SUFFIXES.contains(&lower.as_str()) {
            break;
        }
        end += 1 + close + 1;
        // Letters glued after the bracket: "ami(e)s".
        while let Some(c) = char_opt(text, end) {
            if !c.is_alphabetic() {
                break;
            }
            end += c.len_utf8();
        }
    }
    end
}

/// The kind of a core piece of a word run (`seen`: its connectors).
pub(super) fn classify(core: &str, seen: u8) -> TokenKind {
    let first_byte = core.as_bytes().first().copied().unwrap_or(b' ');
    if seen & (SEEN_DOT | SEEN_AT) == 0 {
        // The common case: a plain word or number.
        return if first_byte.is_ascii_digit() {
            TokenKind::Number
        } else {
            TokenKind::Word
        };
    }
    let first = core.chars().next().unwrap_or(' ');
    if first == '#' {
        return TokenKind::Hashtag;
    }
    if first == '@' {
        return TokenKind::Mention;
    }
    if let Some((user, host)) = core.split_once('@') {
        if !user.is_empty() && host.contains('.') {
            return TokenKind::Email;
        }
    }
    let body = core.trim_start_matches(['-', '+', '\u{2212}']);
    if body.starts_with(|c: char| c.is_ascii_digit()) {
        return TokenKind::Number;
    }
    if is_domain(core) {
        return TokenKind::Url;
    }
    TokenKind::Word
}
