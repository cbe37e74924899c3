//! The tokenizer's fast paths: the runs that are one token as they stand
//! (most words of French news), told apart with a look at their bytes and
//! the byte after them, before the full rules of [`Tokenizer::word`] run.

use super::chars::{url_prefix_len, ASCII_ALNUM};
#[cfg(doc)]
use super::Tokenizer;
use crate::token::TokenKind;

/// The kind of a run `[start, end)` without connectors that is one token as
/// it stands: most words. The byte after it must start no bracketed suffix,
/// elision, abbreviation period or degree sign, and a run opening with a
/// digit must be digits only (no glued time or unit). `None` sends the run
/// through the full rules of [`Tokenizer::word`], which give the same token
/// in these cases.
#[inline(always)]
pub(super) fn plain_run(text: &str, start: usize, end: usize) -> Option<TokenKind> {
    let bytes = text.as_bytes();
    let plain_next = match bytes.get(end) {
        None => true,
        Some(&b) => matches!(
            b,
            b' ' | b',' | b'\n' | b'\r' | b'\t' | b';' | b':' | b')' | b'!' | b'?' | b'"'
        ),
    };
    if !plain_next {
        return None;
    }
    if !bytes[start].is_ascii_digit() {
        return Some(TokenKind::Word);
    }
    bytes[start..end]
        .iter()
        .all(u8::is_ascii_digit)
        .then_some(TokenKind::Number)
}

/// The end of the word at `start` when it is a run of ASCII letters and
/// digits and Latin-1 letters (À..ÿ but × and ÷) opening with a letter,
/// followed by the end of the text or a character after which no rule of
/// [`Tokenizer::word`] looks further (a space, a no-break space, a line
/// break, `;`, `)`, `!`, `?`, `"`, or `,` and `:` after a letter): the
/// common case, one word token, as [`Tokenizer::word`] would give it,
/// without a look at connectors. `None` sends the run through the full
/// rules (a URL, a number, a connector, another character).
#[inline(always)]
pub(super) fn plain_word(text: &str, start: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let first = bytes[start];
    if first.is_ascii_digit()
        || (matches!(first, b'h' | b'H' | b'f' | b'F' | b'w' | b'W')
            && url_prefix_len(text, start).is_some())
    {
        return None;
    }
    let mut end = start;
    let mut last_is_digit = false;
    while end < bytes.len() {
        let b = bytes[end];
        if ASCII_ALNUM[b as usize] {
            last_is_digit = b.is_ascii_digit();
            end += 1;
        } else if b == 0xC3 && bytes.get(end + 1).is_some_and(|&c| is_latin1_letter(c)) {
            last_is_digit = false;
            end += 2;
        } else {
            break;
        }
    }
    if end == start {
        return None;
    }
    let plain = match bytes.get(end) {
        None => true,
        Some(b' ' | b'\n' | b'\r' | b'\t' | b';' | b')' | b'!' | b'?' | b'"') => true,
        // After a digit, "A3,5" and "R2:3" go on.
        Some(b',' | b':') => !last_is_digit,
        // A no-break space (U+00A0) or a narrow one (U+202F).
        Some(0xC2) => bytes.get(end + 1) == Some(&0xA0),
        Some(0xE2) => bytes.get(end + 1..end + 3) == Some(&[0x80, 0xAF]),
        Some(_) => false,
    };
    plain.then_some(end)
}

/// The second byte of a Latin-1 letter À..ÿ (C3 80 to C3 BF) but × and ÷:
/// the letters [`is_word_char`] takes in that block.
#[inline(always)]
fn is_latin1_letter(second: u8) -> bool {
    (0x80..=0xBF).contains(&second) && second != 0x97 && second != 0xB7
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicons;

    /// Wherever the fast path takes a word, the full rules give that one
    /// word token and stop at the same byte.
    #[test]
    fn plain_words_are_what_the_full_rules_give() {
        let lex = Lexicons::builtin();
        let tokenizer = super::super::Tokenizer::new(&lex);
        let words = [
            "a",
            "Le",
            "président",
            "Élysée",
            "été",
            "A3",
            "x2",
            "http",
            "https",
            "www",
            "wwwx",
            "fin",
            "M",
            "Mme",
            "qu",
            "aujourd",
            "etc",
            "J",
            "km",
            "h",
            "ça",
            "À",
            "Noël",
            "naïf",
            "ÉTATS",
            "Kremlin",
            "l",
            "e",
            "traité",
            "ami",
        ];
        let after = [
            "",
            " ",
            "\n",
            "\r\n",
            "\t",
            ";",
            ")",
            "!",
            "?",
            "\"",
            ",",
            ",5",
            ":",
            ":30",
            "\u{A0}:",
            "\u{202F}!",
            "\u{A0}",
            "\u{202F}",
            ".",
            ". Il",
            ".ru",
            "’",
            "'",
            "-t-il",
            "-Unis",
            "(e)",
            "(e)s",
            "°",
            "°C",
            "×",
            "÷",
            "\u{301}",
            "é",
            "://x.org",
            "://",
            ".x.org",
            "@x.fr",
            "/",
            "&",
            "_x",
            "\u{AD}x",
            "»",
            "…",
            "1",
            "5 000",
        ];
        let mut taken = 0;
        for word in words {
            for rest in after {
                let text = format!("{word}{rest}");
                let Some(end) = plain_word(&text, 0) else {
                    continue;
                };
                taken += 1;
                let mut out = Vec::new();
                let full = tokenizer.word(&text, 0, 0, &mut out);
                assert_eq!(full, end, "{text:?}");
                assert_eq!(out.len(), 1, "{text:?}");
                assert_eq!(
                    (out[0].start as usize, out[0].end as usize),
                    (0, end),
                    "{text:?}"
                );
                assert_eq!(out[0].kind, TokenKind::Word, "{text:?}");
            }
        }
        assert!(taken > 300, "{taken}");
        for text in ["3", "×", "÷x", "http://x.org", "www.x.org", "1er"] {
            assert_eq!(plain_word(text, 0), None, "{text:?}");
        }
    }
}
