//! The tokenizer's fast paths: the runs that are one token as they stand
//! (most words of French news), told apart with a look at their bytes and
//! the byte after them, before the full rules of [`Tokenizer::word`] run.

use super::chars::{url_prefix_len, with_lookup_form, ASCII_ALNUM, START_DIGIT, START_LETTER};
use super::Tokenizer;
use crate::form_key::{add, HIGH};
use crate::token::{Token, TokenKind};

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

/// A run of ASCII letters and digits and Latin-1 letters (À..ÿ but × and
/// ÷) opening with a letter at `start`, not a URL: its end, and whether
/// it [`ends_plainly`] there.
#[inline(always)]
fn letter_run(text: &str, start: usize) -> Option<(usize, bool)> {
    let bytes = text.as_bytes();
    let first = bytes[start];
    if first.is_ascii_digit()
        || (matches!(first, b'h' | b'H' | b'f' | b'F' | b'w' | b'W')
            && url_prefix_len(text, start).is_some())
    {
        return None;
    }
    let (end, after) = run_end(bytes, start);
    (end > start).then_some((end, after != AFTER_GOES_ON))
}

/// The end of the run of ASCII letters and digits and Latin-1 letters from
/// `start` (`start` itself when none is there), and whether the run
/// [`ends_plainly`] there: [`AFTER_GOES_ON`] when it does not, else
/// [`AFTER_ENDS`], or [`AFTER_SPACE`] before a space. Read eight bytes at a time: a word of up to
/// seven bytes takes one turn, its end is found by a bit scan rather than
/// a mispredicted exit from a byte loop, and the byte after it is taken
/// from the same word rather than read again.
#[inline(always)]
fn run_end(bytes: &[u8], start: usize) -> (usize, u8) {
    let mut end = start;
    loop {
        let w = word_at(bytes, end);
        let stop = !ascii_alnum_bytes(w) & HIGH;
        // Eight when every byte is a letter or digit.
        let letters = stop.trailing_zeros() / 8;
        end += letters as usize;
        if letters == 8 {
            continue;
        }
        // The byte after the run (zero past the end of the text).
        let b = (w >> (8 * letters)) as u8;
        // Two compares for the common bytes rather than a jump table, whose
        // indirect branch was mispredicted about once a word in four.
        match AFTER_RUN[b as usize] {
            AFTER_DEPENDS => {
                // A Latin-1 letter (C3 80 to C3 BF but × and ÷).
                if b == 0xC3
                    && bytes
                        .get(end + 1)
                        .is_some_and(|&c| c & 0xC0 == 0x80 && c & 0xDF != 0x97)
                {
                    end += 2;
                    continue;
                }
                let plain = ends_plainly_at(bytes, end, b);
                return (end, if plain { AFTER_ENDS } else { AFTER_GOES_ON });
            }
            after => return (end, after),
        }
    }
}

/// The eight bytes of `bytes` from `at` as a little-endian word, zero past
/// the end of the text.
#[inline(always)]
fn word_at(bytes: &[u8], at: usize) -> u64 {
    let n = bytes.len();
    // Whether the text has eight bytes from `at`, as one compare against a
    // bound the loop computes once (`get(at..at + 8)` tests for overflow
    // too: seven instructions a word).
    if let Some(last) = n.checked_sub(8) {
        if at <= last {
            return u64::from_le_bytes(bytes[at..][..8].try_into().unwrap_or_default());
        }
    }
    if n >= 8 {
        // The text's last eight bytes, shifted down to start at `at`.
        let last = u64::from_le_bytes(bytes[n - 8..].try_into().unwrap_or_default());
        return last.checked_shr(8 * (at + 8 - n) as u32).unwrap_or(0);
    }
    let mut w = [0u8; 8];
    w[..n - at].copy_from_slice(&bytes[at..]);
    u64::from_le_bytes(w)
}

/// The high bit of each byte of `w` that is an ASCII letter or digit.
#[inline(always)]
fn ascii_alnum_bytes(w: u64) -> u64 {
    let low7 = w & !HIGH;
    // Bytes in 'a'..='z' once bit 0x20 is set: the ASCII letters.
    let folded = low7 | 0x2020_2020_2020_2020;
    let letter = add(folded, 0x80 - b'a') & !add(folded, 0x80 - b'z' - 1);
    let digit = add(low7, 0x80 - b'0') & !add(low7, 0x80 - b'9' - 1);
    (letter | digit) & !w & HIGH
}

/// Whether the last character of the run before `end` is a digit (the
/// second byte of a Latin-1 letter is no ASCII digit).
#[inline(always)]
fn last_is_digit(bytes: &[u8], end: usize) -> bool {
    bytes[end - 1].is_ascii_digit()
}

/// Whether a word run may end before the byte at `end`: the end of the
/// text or a character after which no rule of [`Tokenizer::word`] looks
/// further (a space, a no-break space, a line break, `;`, `)`, `!`, `?`,
/// `"`, or `,` and `:` after a letter).
#[cfg(test)]
fn ends_plainly(bytes: &[u8], end: usize) -> bool {
    let Some(&b) = bytes.get(end) else {
        return true;
    };
    match AFTER_RUN[b as usize] {
        AFTER_DEPENDS => ends_plainly_at(bytes, end, b),
        after => after != AFTER_GOES_ON,
    }
}

/// [`ends_plainly`] for the bytes that depend on what is around them.
#[inline(never)]
fn ends_plainly_at(bytes: &[u8], end: usize, b: u8) -> bool {
    match b {
        // The end of the text, or a NUL.
        0 => end >= bytes.len(),
        // After a digit, "A3,5" and "R2:3" go on.
        b',' | b':' => !last_is_digit(bytes, end),
        // A no-break space (U+00A0) or a narrow one (U+202F).
        0xC2 => bytes.get(end + 1) == Some(&0xA0),
        0xE2 => bytes.get(end + 1..end + 3) == Some(&[0x80, 0xAF]),
        _ => false,
    }
}

/// [`AFTER_RUN`]: a word run ends before this byte.
const AFTER_ENDS: u8 = 1;
/// [`AFTER_RUN`]: the full rules may take this byte into the run.
const AFTER_GOES_ON: u8 = 0;
/// [`AFTER_RUN`]: it depends on the bytes around.
const AFTER_DEPENDS: u8 = 2;
/// [`AFTER_RUN`]: a space, before which a word run ends.
const AFTER_SPACE: u8 = 3;

/// What a byte after a word run says of its end, as [`ends_plainly`]
/// reads it.
static AFTER_RUN: [u8; 256] = {
    let mut table = [AFTER_GOES_ON; 256];
    let ends = b" \n\r\t;)!?\"";
    let mut i = 0;
    while i < ends.len() {
        table[ends[i] as usize] = AFTER_ENDS;
        i += 1;
    }
    table[b' ' as usize] = AFTER_SPACE;
    table[b',' as usize] = AFTER_DEPENDS;
    table[b':' as usize] = AFTER_DEPENDS;
    table[0xC2] = AFTER_DEPENDS;
    table[0xE2] = AFTER_DEPENDS;
    // A Latin-1 letter goes on ([`run_end`]), × and ÷ do not.
    table[0xC3] = AFTER_DEPENDS;
    // The end of the text, as [`word_at`] reads past it, or a NUL.
    table[0] = AFTER_DEPENDS;
    table
};

/// The end of a run of ASCII digits at `start` that is one number token as
/// it stands, as [`Tokenizer::word`] gives it: a year, a count. The byte
/// after it is one [`plain_run`] accepts, and no digit group ("10 000"), no
/// decimal ("3,5") or time ("20:45") goes on after it; or it is a period
/// before a space, a line break or the end of the text (a year ending a
/// sentence), which the number takes only as an abbreviation: whether
/// it does is left to the caller, with `true`.
#[inline(always)]
fn plain_number(bytes: &[u8], start: usize) -> Option<(usize, bool)> {
    if !bytes[start].is_ascii_digit() {
        return None;
    }
    let mut end = start + 1;
    while end < bytes.len() && bytes[end].is_ascii_digit() {
        end += 1;
    }
    let digit_after = || bytes.get(end + 1).is_some_and(u8::is_ascii_digit);
    let plain = match bytes.get(end) {
        None | Some(b'\n' | b'\r' | b'\t' | b';' | b')' | b'!' | b'?' | b'"') => true,
        // A group of more than three digits takes no group after a space.
        Some(b' ') => end - start > 3 || !digit_after(),
        Some(b',' | b':') => !digit_after(),
        // No word character after the period: the run does not take it.
        Some(b'.') => {
            return matches!(
                bytes.get(end + 1),
                None | Some(b' ' | b'\n' | b'\r' | b'\t')
            )
            .then_some((end, true));
        }
        Some(_) => false,
    };
    plain.then_some((end, false))
}

/// The end of the word at `start` when it is a [`letter_run`] that
/// [`ends_plainly`]: the common case, one word token, as
/// [`Tokenizer::word`] would give it, without a look at connectors. `None`
/// sends the run through the full rules (a URL, a number, a connector,
/// another character).
#[inline(always)]
pub(super) fn plain_word(text: &str, start: usize) -> Option<usize> {
    let (end, plain) = letter_run(text, start)?;
    plain.then_some(end)
}

impl Tokenizer<'_> {
    /// The fast paths of a word at `start`, pushing its tokens as
    /// [`Tokenizer::word`] would: a [`plain_word`]; a letter run before a
    /// period and a space, a line break or punctuation (the last word of a
    /// sentence, or an abbreviation, which takes its period); an elided
    /// word and a plain word after its apostrophe (`l’avion`, `qu'il`).
    /// Returns the end of what it took, and whether a space follows it;
    /// `None`, having pushed nothing, sends the run through the full rules.
    #[inline]
    pub(super) fn fast_word(
        &self,
        text: &str,
        start: usize,
        class: u8,
        out: &mut Vec<Token>,
    ) -> Option<(usize, bool)> {
        let bytes = text.as_bytes();
        let (end, after) = match class {
            START_LETTER => run_end(bytes, start),
            START_DIGIT => {
                let (end, period) = plain_number(bytes, start)?;
                // A number before a period is one token unless the period
                // makes an abbreviation with it.
                if period && self.abbreviation_end(text, start, end) != end {
                    return None;
                }
                out.push(Token::new(start, end, TokenKind::Number));
                return Some((end, bytes.get(end) == Some(&b' ')));
            }
            _ => {
                let (end, plain) = letter_run(text, start)?;
                let after = match (plain, bytes.get(end)) {
                    (false, _) => AFTER_GOES_ON,
                    (true, Some(b' ')) => AFTER_SPACE,
                    (true, _) => AFTER_ENDS,
                };
                (end, after)
            }
        };
        let (end, after) = match (after, bytes.get(end)) {
            (AFTER_GOES_ON, Some(b'-')) => self.compound(text, start, end)?,
            _ => (end, after),
        };
        if after != AFTER_GOES_ON {
            out.push(Token::new(start, end, TokenKind::Word));
            return Some((end, after == AFTER_SPACE));
        }
        match bytes[end] {
            // Not "Kremlin.ru", "fin.Le" or initials ("J.-C."), which
            // the full rules join.
            b'.' if bytes
                .get(end + 1)
                .is_none_or(|&b| b < 0x80 && !ASCII_ALNUM[b as usize] && b != b'-') =>
            {
                let core_end = self.abbreviation_end(text, start, end);
                out.push(Token::new(start, core_end, TokenKind::Word));
                Some((core_end, bytes.get(core_end) == Some(&b' ')))
            }
            b'\'' | 0xE2 if !last_is_digit(bytes, end) => {
                let after = if bytes[end] == b'\'' {
                    end + 1
                } else if bytes.get(end + 1..end + 3) == Some(&[0x80, 0x99]) {
                    end + 3 // ’
                } else {
                    return None;
                };
                if after >= bytes.len() {
                    return None;
                }
                let word_end = plain_word(text, after)?;
                let elided = &bytes[start..end];
                let may_keep = if elided.len() <= 7 && elided.is_ascii() {
                    // The word after the apostrophe is ASCII and Latin-1
                    // letters, whose lowercase form has its length: only
                    // the keep-whole entries with this elided word and
                    // that length may hold the two ("l'on").
                    self.lex
                        .elided_words
                        .elided(elision_head(elided), word_end - after)?
                } else {
                    // The full rules look for an elision within the first
                    // eight characters.
                    let short = text[start..end].chars().count() <= 7;
                    if !short
                        || with_lookup_form(&text[start..end], "'", |l| self.is_elision(l))
                            != Some(true)
                    {
                        return None;
                    }
                    true
                };
                if may_keep && self.keep_whole(&text[start..word_end]) {
                    return None;
                }
                out.push(Token::new(start, after, TokenKind::Word));
                out.push(Token::new(after, word_end, TokenKind::Word));
                Some((word_end, bytes.get(word_end) == Some(&b' ')))
            }
            _ => None,
        }
    }
}

impl Tokenizer<'_> {
    /// A hyphenated compound whose first run of letters ends before the
    /// hyphen at `end` ('france-presse', 'Jean-Pierre', 'COVID-19'): the
    /// end of its last run and what follows it ([`run_end`]), when every
    /// hyphen has a run of letters and digits after it, the last run
    /// [`ends_plainly`] and the compound is one token, as the full rules
    /// of [`Tokenizer::word`] give it: kept whole, or not ending with a
    /// clitic ('a-t-il', 'donne-le-moi' take the full rules). `None`
    /// sends the word through the full rules.
    #[inline(never)]
    fn compound(&self, text: &str, start: usize, mut end: usize) -> Option<(usize, u8)> {
        let bytes = text.as_bytes();
        let mut from;
        let after = loop {
            from = end + 1;
            let (run, after) = run_end(bytes, from);
            if run == from {
                return None;
            }
            end = run;
            match after {
                AFTER_GOES_ON if bytes.get(end) == Some(&b'-') => continue,
                AFTER_GOES_ON => return None,
                after => break after,
            }
        };
        // The run after the last hyphen is no clitic (the quick "no" of
        // `clitic_cut`'s look-up, for most compounds), or it is and the
        // compound is kept whole or has no clitic to cut.
        let whole = !self.lex.clitic_filter.may_hold(&bytes[from..end])
            || self.clitic_cut(text, start, end).is_none()
            || self.keep_whole(&text[start..end]);
        whole.then_some((end, after))
    }
}

/// The lexicon form of an elided word of at most seven ASCII letters and
/// digits, with its apostrophe, as a little-endian word: letters lowered
/// (bit 0x20, which digits already have), then `'`.
#[inline(always)]
fn elision_head(elided: &[u8]) -> u64 {
    let mut w = [0u8; 8];
    w[..elided.len()].copy_from_slice(elided);
    w[elided.len()] = b'\'';
    u64::from_le_bytes(w) | (0x2020_2020_2020_2020 & ((1u64 << (8 * elided.len())) - 1))
}

#[cfg(test)]
mod tests;
