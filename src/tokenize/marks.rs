//! The tokenizer's marks: what starts at a character that is no word
//! character (punctuation, symbols, separators, emoji, signed numbers,
//! hashtags and mentions), and the marks that are one token whatever
//! surrounds them, told by their bytes alone.

use super::chars::*;
use super::Tokenizer;
use crate::token::{Token, TokenKind};
use unicode_segmentation::UnicodeSegmentation;

/// A mark that is one token or a separator whatever surrounds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct SingleMark {
    /// Its byte length.
    pub(super) len: usize,
    /// Its token's kind; `None` for a separator.
    pub(super) kind: Option<TokenKind>,
    /// Whether a sign after it starts a number ("(-3"): after a separator
    /// or an opening bracket or quote.
    pub(super) opens: bool,
}

const NONE: u8 = 0;
const SEPARATOR: u8 = 1;
const PUNCT: u8 = 2;
const OPENING_PUNCT: u8 = 3;
const SYMBOL: u8 = 4;
const OPENING_SYMBOL: u8 = 5;

/// The ASCII bytes that are a [`SingleMark`], by class. Left out: letters
/// and digits, and the marks whose token depends on what follows or
/// precedes them (. ! ? - + # @, runs and signs).
static ASCII_MARKS: [u8; 128] = {
    let mut table = [NONE; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = match b as u8 {
            0..=0x1F | 0x7F => SEPARATOR,
            b',' | b';' | b':' | b')' | b']' | b'}' | b'\'' => PUNCT,
            b'(' | b'[' | b'{' | b'"' => OPENING_PUNCT,
            b'$' | b'%' | b'&' | b'*' | b'<' | b'=' | b'>' | b'\\' | b'^' | b'_' | b'`' | b'|'
            | b'~' => SYMBOL,
            b'/' => OPENING_SYMBOL,
            _ => NONE,
        };
        b += 1;
    }
    table
};

/// The [`SingleMark`] at byte `i`, if the character there is one: an ASCII
/// mark of [`ASCII_MARKS`], « » and the no-break space, or ’ – — “ ” and
/// the narrow no-break space.
#[inline(always)]
pub(super) fn single_mark(bytes: &[u8], i: usize) -> Option<SingleMark> {
    let b = bytes[i];
    let (len, class) = if b < 0x80 {
        (1, ASCII_MARKS[b as usize])
    } else if b == 0xC2 {
        let class = match bytes.get(i + 1) {
            Some(0xAB) => OPENING_PUNCT,
            Some(0xBB) => PUNCT,
            Some(0xA0) => SEPARATOR,
            _ => NONE,
        };
        (2, class)
    } else if b == 0xE2 && bytes.get(i + 1) == Some(&0x80) {
        let class = match bytes.get(i + 2) {
            Some(0x93 | 0x94 | 0x99 | 0x9D) => PUNCT,
            Some(0x9C) => OPENING_PUNCT,
            Some(0xAF) => SEPARATOR,
            _ => NONE,
        };
        (3, class)
    } else {
        return None;
    };
    let (kind, opens) = match class {
        SEPARATOR => (None, true),
        PUNCT => (Some(TokenKind::Punct), false),
        OPENING_PUNCT => (Some(TokenKind::Punct), true),
        SYMBOL => (Some(TokenKind::Symbol), false),
        OPENING_SYMBOL => (Some(TokenKind::Symbol), true),
        _ => return None,
    };
    Some(SingleMark { len, kind, opens })
}

impl Tokenizer<'_> {
    /// Takes what starts at byte `i`, a character that is no word
    /// character; `after_space` tells whether the character before was a
    /// separator or an opening mark. Returns the byte after what it took
    /// and whether a sign there starts a number.
    pub(super) fn mark(
        &self,
        text: &str,
        mut i: usize,
        after_space: bool,
        out: &mut Vec<Token>,
    ) -> (usize, bool) {
        let (c, len) = char_at(text, i);
        if is_separator(c) {
            return (i + len, true);
        }
        let next = char_opt(text, i + len);
        let next_is_word = next.is_some_and(is_word_char);
        let start = i;
        match c {
            '#' | '@' if next_is_word && after_space => {
                i = self.word(text, start, i + len, out);
            }
            '-' | '+' | '\u{2212}' if after_space && next.is_some_and(|d| d.is_ascii_digit()) => {
                i = self.word(text, start, i + len, out);
            }
            '.' | '!' | '?' | '-' | '…' | '‽' => {
                // A run of the same family is one token: "...", "?!", "--".
                let family = |d: char| match c {
                    '.' => d == '.',
                    '!' | '?' | '‽' => matches!(d, '!' | '?' | '‽'),
                    '-' => d == '-',
                    _ => d == '…',
                };
                i += len;
                while let Some(d) = char_opt(text, i) {
                    if !family(d) {
                        break;
                    }
                    i += d.len_utf8();
                }
                out.push(Token::new(start, i, TokenKind::Punct));
            }
            // Degrees Celsius or Fahrenheit are one symbol, as in UD.
            '°' if matches!(next, Some('C' | 'F'))
                && char_opt(text, i + len + 1).is_none_or(|d| !is_word_char(d)) =>
            {
                i += len + 1;
                out.push(Token::new(start, i, TokenKind::Symbol));
            }
            _ if is_emoji_start(c) || (c == '\u{20E3}') => {
                let cluster = text[i..].graphemes(true).next().map_or(len, str::len);
                i += cluster;
                out.push(Token::new(start, i, TokenKind::Emoji));
            }
            _ => {
                i += len;
                let kind = if c.is_ascii_punctuation() {
                    if matches!(
                        c,
                        '#' | '$'
                            | '%'
                            | '&'
                            | '*'
                            | '+'
                            | '/'
                            | '<'
                            | '='
                            | '>'
                            | '@'
                            | '\\'
                            | '^'
                            | '_'
                            | '`'
                            | '|'
                            | '~'
                    ) {
                        TokenKind::Symbol
                    } else {
                        TokenKind::Punct
                    }
                } else if is_unicode_punct(c) {
                    TokenKind::Punct
                } else {
                    TokenKind::Symbol
                };
                out.push(Token::new(start, i, kind));
            }
        }
        (i, matches!(c, '(' | '[' | '{' | '«' | '"' | '“' | '/'))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicons;

    /// Wherever a single mark is told by its bytes, the full rules take the
    /// same token (or separator) whatever surrounds it.
    #[test]
    fn single_marks_are_what_the_full_rules_take() {
        let lex = Lexicons::builtin();
        let tokenizer = Tokenizer::new(&lex);
        let mut marks: Vec<char> = (0u8..128).map(char::from).collect();
        marks.extend(('\u{80}'..='\u{FF}').chain('\u{2000}'..='\u{206F}'));
        let mut told = 0;
        for c in marks {
            if is_word_char(c) {
                continue;
            }
            for after in [
                "",
                " ",
                "a",
                "1",
                "-1",
                "é",
                ".",
                "’a",
                "C",
                "\u{FE0F}\u{20E3}",
            ] {
                let text = format!("{c}{after}");
                let Some(mark) = single_mark(text.as_bytes(), 0) else {
                    continue;
                };
                told += 1;
                assert_eq!(mark.len, c.len_utf8(), "{text:?}");
                for after_space in [true, false] {
                    let mut full = Vec::new();
                    let (end, opens) = tokenizer.mark(&text, 0, after_space, &mut full);
                    assert_eq!(end, mark.len, "{text:?}");
                    assert_eq!(opens, mark.opens, "{text:?}");
                    let fast: Vec<Token> = mark
                        .kind
                        .map(|kind| Token::new(0, mark.len, kind))
                        .into_iter()
                        .collect();
                    assert_eq!(full, fast, "{text:?}");
                }
            }
        }
        assert!(told > 400, "{told}");
    }
}
