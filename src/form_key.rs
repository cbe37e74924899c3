//! The key a token's lowercase form is looked up by: its lowercase bytes and
//! their hash. For a short ASCII token (most tokens of French news) both,
//! and its case flags, come from one pass over the token eight bytes at a
//! time, without building a string; a short token in ASCII and the Latin-1
//! letters À..ÿ ("été", "Élysée") takes one pass byte by byte; other tokens
//! are normalised and lowercased first, then hashed with the same function.

use crate::token::{FLAG_TITLE, FLAG_UPPER};

/// The longest token given a [`FormKey`] (longer ones take the general
/// path).
pub(crate) const MAX_ASCII_KEY: usize = 32;

const K: u64 = 0x517c_c1b7_2722_0a95;
/// The high bit of every byte of a word.
pub(crate) const HIGH: u64 = 0x8080_8080_8080_8080;

/// Every byte of `w` plus `b` (no byte of `w` is above 0x7F, so no carry
/// crosses a byte).
#[inline(always)]
pub(crate) const fn add(w: u64, b: u8) -> u64 {
    w.wrapping_add(u64::from_ne_bytes([b; 8]))
}

#[inline(always)]
fn mix(h: u64, chunk: u64) -> u64 {
    (h.rotate_left(5) ^ chunk).wrapping_mul(K)
}

#[inline(always)]
fn finish(h: u64) -> u64 {
    h ^ (h >> 31)
}

/// The `n` (1 to 8) bytes of `text` from `at` as a little-endian word, zero
/// above them. Eight bytes are read when the text has them (the ones past
/// `n` masked off), which spares a copy.
#[inline(always)]
fn chunk(text: &[u8], at: usize, n: usize) -> u64 {
    // As one compare against a bound computed once (`get(at..at + 8)`
    // tests for overflow too).
    match text.len().checked_sub(8).filter(|&last| at <= last) {
        Some(_) => {
            let w = u64::from_le_bytes(text[at..][..8].try_into().unwrap_or_default());
            // A shift, not a test of `n == 8`: token lengths vary, and
            // the branch was mispredicted about once a word in five.
            w & (u64::MAX >> (64 - 8 * n))
        }
        None => {
            let mut w = [0u8; 8];
            w[..n].copy_from_slice(&text[at..at + n]);
            u64::from_le_bytes(w)
        }
    }
}

/// The high bit of each byte of an ASCII word `w` in 'A'..='Z', then in
/// 'a'..='z'.
#[inline(always)]
fn case_bits(w: u64) -> (u64, u64) {
    let upper = add(w, 0x80 - b'A') & !add(w, 0x80 - b'Z' - 1) & HIGH;
    let lower = add(w, 0x80 - b'a') & !add(w, 0x80 - b'z' - 1) & HIGH;
    (upper, lower)
}

/// The high bit of each byte of `w` equal to `b`.
#[inline(always)]
pub(crate) fn equal_bytes(w: u64, b: u8) -> u64 {
    let x = w ^ u64::from_ne_bytes([b; 8]);
    !((((x & !HIGH).wrapping_add(!HIGH)) | x) | !HIGH)
}

/// The high bit of each of the `n` (1 to 8) low bytes.
#[inline(always)]
fn low_bytes(n: usize) -> u64 {
    HIGH >> (64 - 8 * n)
}

/// Whether the first byte of `w` is a Latin-1 letter's lead byte (C3).
#[inline(always)]
fn leads_first(w: u64) -> bool {
    w & 0xFF == 0xC3
}

/// The hash of a lowercase form's bytes: its length, then its bytes eight
/// at a time (little-endian, the last chunk padded with zeros).
pub(crate) fn hash_bytes(bytes: &[u8]) -> u64 {
    let mut h = (bytes.len() as u64).wrapping_mul(K);
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        h = mix(h, u64::from_le_bytes(w));
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut w = [0u8; 8];
        w[..rest.len()].copy_from_slice(rest);
        h = mix(h, u64::from_le_bytes(w));
    }
    finish(h)
}

/// The first eight bytes of `bytes`, little-endian, zero past its end: two
/// forms of at most eight bytes are equal when their lengths and heads are.
#[inline]
pub(crate) fn head(bytes: &[u8]) -> u64 {
    let mut w = [0u8; 8];
    let n = bytes.len().min(8);
    w[..n].copy_from_slice(&bytes[..n]);
    u64::from_le_bytes(w)
}

/// The key of a token of at most eight ASCII bytes (most tokens of French
/// news: "le", "Poutine", ","), in registers: its lowercase bytes as a
/// little-endian word (its [`head`]), their [`hash_bytes`] and its case
/// flags, as [`FormKey::within`] gives them, without filling a buffer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct ShortKey {
    pub(crate) head: u64,
    pub(crate) hash: u64,
    pub(crate) flags: u8,
}

impl ShortKey {
    /// The key of `text[start..end]` when it is at most eight ASCII bytes.
    #[cfg(test)]
    pub(crate) fn within(text: &[u8], start: usize, end: usize) -> Option<ShortKey> {
        let len = end - start;
        if len > 8 || len == 0 {
            return None;
        }
        Self::of_word(chunk(text, start, len), len)
    }

    /// The `n` (1 to 8) bytes of `text` from `at` as a little-endian word,
    /// zero above them, when they are ASCII: the raw bytes of a token
    /// [`ShortKey::within`] keys.
    #[inline(always)]
    pub(crate) fn raw_word(text: &[u8], at: usize, n: usize) -> Option<u64> {
        let w = chunk(text, at, n);
        (w & HIGH == 0).then_some(w)
    }

    /// The `n` (1 to 16) bytes of `text` from `at` as two little-endian
    /// words, zero above them, whatever the bytes.
    #[inline(always)]
    pub(crate) fn raw_words(text: &[u8], at: usize, n: usize) -> [u64; 2] {
        if n <= 8 {
            [chunk(text, at, n), 0]
        } else {
            [chunk(text, at, 8), chunk(text, at + 8, n - 8)]
        }
    }

    /// The key of the `len` (1 to 8) bytes of `w` (little-endian, zero
    /// above them), as [`ShortKey::within`] gives it.
    #[inline(always)]
    pub(crate) fn of_word(w: u64, len: usize) -> Option<ShortKey> {
        if w & HIGH != 0 {
            return None;
        }
        let (upper, lower) = case_bits(w);
        let head = w | (upper >> 2);
        let mut flags = 0;
        if upper & 0x80 != 0 {
            flags |= FLAG_TITLE;
        }
        if upper != 0 && lower == 0 {
            flags |= FLAG_UPPER;
        }
        Some(ShortKey {
            head,
            hash: finish(mix((len as u64).wrapping_mul(K), head)),
            flags,
        })
    }
}

/// A short ASCII or Latin-1 token's lowercase bytes, their [`hash_bytes`]
/// and its case flags.
pub(crate) struct FormKey {
    bytes: [u8; MAX_ASCII_KEY],
    len: usize,
    pub(crate) hash: u64,
    /// `FLAG_TITLE` and `FLAG_UPPER`, as `forms::case_flags` gives them.
    pub(crate) flags: u8,
    /// Which capitals lowercasing changed: [`Capitals::None`] when the
    /// lowercase bytes are the token's own (but for its apostrophes).
    pub(crate) capitals: Capitals,
    /// The token writes ’ where its normal form has `'`: its normal form
    /// differs from it.
    pub(crate) apostrophe: bool,
}

/// The capitals of a token that [`FormKey`] lowered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Capitals {
    /// None: the token is its own lowercase form.
    None,
    /// ASCII capitals only: ASCII lowercasing gives the form.
    Ascii,
    /// A Latin-1 capital (À..Þ).
    Latin,
}

impl FormKey {
    /// The key of `token`, when it is written in ASCII and the Latin-1
    /// letters À..ÿ and is at most [`MAX_ASCII_KEY`] bytes long.
    #[cfg(test)]
    pub(crate) fn of(token: &[u8]) -> Option<FormKey> {
        Self::within(token, 0, token.len())
    }

    /// [`FormKey::of`] the token `text[start..end]`. Its bytes are read
    /// eight at a time from `text`: the last chunk may read up to seven
    /// bytes past the token (masked off), which spares a copy.
    #[inline(always)]
    pub(crate) fn within(text: &[u8], start: usize, end: usize) -> Option<FormKey> {
        let len = end - start;
        if len > MAX_ASCII_KEY {
            return None;
        }
        let mut key = FormKey {
            bytes: [0; MAX_ASCII_KEY],
            len,
            hash: 0,
            flags: 0,
            capitals: Capitals::None,
            apostrophe: false,
        };
        let mut h = (len as u64).wrapping_mul(K);
        // Capitals and small letters seen (high bit of their bytes), and
        // Latin-1 capitals apart; a Latin-1 letter's lead byte (C3) at the
        // end of the previous chunk.
        let (mut uppers, mut lowers, mut latin_uppers) = (0u64, 0u64, 0u64);
        let mut lead_before = 0u64;
        let mut i = 0;
        while i < len {
            let n = (len - i).min(8);
            let at = start + i;
            let w = chunk(text, at, n);
            let (mut upper, mut lower) = case_bits(w & !HIGH);
            let mut latin_upper = 0;
            let high = w & HIGH;
            if high != 0 {
                // Latin-1 letters (C3 80 to C3 BF), a byte at a time's
                // rules eight bytes at once; anything else, or a letter
                // cut by the token's end, the byte loop of `latin`.
                let leads = equal_bytes(w, 0xC3);
                let seconds = ((leads << 8) | lead_before) & low_bytes(n);
                if high & !leads != seconds || (i + n == len && leads >> (8 * n - 1) != 0) {
                    return Self::latin(&text[start..end]);
                }
                lead_before = leads >> 56;
                upper &= !high;
                lower &= !high;
                // À..Þ but × (C3 97), and ß..ÿ but ÷ (C3 B7).
                let low7 = w & !HIGH;
                let from_9f = add(low7, 0x80 - 0x1F);
                latin_upper = seconds & !from_9f & !equal_bytes(low7, 0x17);
                lower |= seconds & from_9f & !equal_bytes(low7, 0x37);
            }
            let folded = w | ((upper | latin_upper) >> 2);
            key.bytes[i..i + 8].copy_from_slice(&folded.to_le_bytes());
            h = mix(h, folded);
            if i == 0 && (upper & 0x80 != 0 || latin_upper & 0x8000 != 0 && leads_first(w)) {
                key.flags |= FLAG_TITLE;
            }
            uppers |= upper;
            lowers |= lower;
            latin_uppers |= latin_upper;
            i += 8;
        }
        if latin_uppers != 0 {
            key.capitals = Capitals::Latin;
        } else if uppers != 0 {
            key.capitals = Capitals::Ascii;
        }
        if (uppers | latin_uppers) != 0 && lowers == 0 {
            key.flags |= FLAG_UPPER;
        }
        key.hash = finish(h);
        Some(key)
    }

    /// The key of a token of ASCII, Latin-1 (U+00A1 to U+00FF but the soft
    /// hyphen), typographic apostrophes (’) and the dashes, quotes, bullet
    /// and ellipsis – — “ ” • …, at most [`MAX_ASCII_KEY`] bytes long. Such
    /// text is its own normal form but for its apostrophes, written `'`
    /// (see [`crate::normalize::normalize`]), and a capital À..Þ (× apart)
    /// is its small letter + 32.
    fn latin(token: &[u8]) -> Option<FormKey> {
        let len = token.len();
        let mut key = FormKey {
            bytes: [0; MAX_ASCII_KEY],
            len,
            hash: 0,
            flags: 0,
            capitals: Capitals::None,
            apostrophe: false,
        };
        let (mut upper, mut lower) = (false, false);
        // `i` reads the token, `o` writes its lowercase form (shorter by two
        // bytes at each ’).
        let (mut i, mut o) = (0, 0);
        while i < len {
            let (at, b) = (i, token[i]);
            let capital = if b < 0x80 {
                let capital = b.is_ascii_uppercase();
                lower |= b.is_ascii_lowercase();
                if capital && key.capitals == Capitals::None {
                    key.capitals = Capitals::Ascii;
                }
                key.bytes[o] = b | (u8::from(capital) << 5);
                i += 1;
                o += 1;
                capital
            } else if b == 0xC3 && i + 1 < len {
                let c = token[i + 1];
                // À..Þ but ×; ß..ÿ but ÷.
                let capital = c <= 0x9E && c != 0x97;
                lower |= c >= 0x9F && c != 0xB7;
                key.bytes[o] = b;
                key.bytes[o + 1] = c + if capital { 0x20 } else { 0 };
                if capital {
                    key.capitals = Capitals::Latin;
                }
                i += 2;
                o += 2;
                capital
            } else if b == 0xC2 && i + 1 < len && token[i + 1] >= 0xA1 && token[i + 1] != 0xAD {
                // Latin-1 signs and punctuation (« » ° § but the no-break
                // space and the soft hyphen, which normalising changes):
                // their own lowercase; ª µ º are lowercase letters.
                let c = token[i + 1];
                lower |= matches!(c, 0xAA | 0xB5 | 0xBA);
                key.bytes[o] = b;
                key.bytes[o + 1] = c;
                i += 2;
                o += 2;
                false
            } else if b == 0xE2 && i + 2 < len && token[i + 1] == 0x80 {
                match token[i + 2] {
                    // ’, written ' in the normal form.
                    0x99 => {
                        key.bytes[o] = b'\'';
                        key.apostrophe = true;
                        o += 1;
                    }
                    // – — “ ” • …: their own normal and lowercase form.
                    0x93 | 0x94 | 0x9C | 0x9D | 0xA2 | 0xA6 => {
                        key.bytes[o..o + 3].copy_from_slice(&token[i..i + 3]);
                        o += 3;
                    }
                    _ => return None,
                }
                i += 3;
                false
            } else {
                return None;
            };
            if capital && at == 0 {
                key.flags |= FLAG_TITLE;
            }
            upper |= capital;
        }
        key.len = o;
        // A letter, and none in lowercase.
        if upper && !lower {
            key.flags |= FLAG_UPPER;
        }
        // `hash_bytes` of the lowercase bytes: the buffer is zero past
        // them, as its last chunk is padded, so chunks are read in place.
        let mut h = (o as u64).wrapping_mul(K);
        for chunk in key.bytes[..o.next_multiple_of(8)].chunks_exact(8) {
            h = mix(h, u64::from_le_bytes(chunk.try_into().unwrap_or_default()));
        }
        key.hash = finish(h);
        Some(key)
    }

    /// The normal form of `token`, the text this key is of, when it is not
    /// the token itself: its apostrophes written `'`.
    #[cfg(test)]
    pub(crate) fn norm_of(&self, token: &str) -> Option<String> {
        self.apostrophe.then(|| token.replace('’', "'"))
    }

    /// The lowercase bytes.
    #[inline]
    pub(crate) fn lower(&self) -> &[u8] {
        &self.bytes[..self.len]
    }

    /// The first eight lowercase bytes, little-endian, zero past the end:
    /// [`head`] of [`FormKey::lower`].
    #[inline]
    pub(crate) fn head(&self) -> u64 {
        u64::from_le_bytes(self.bytes[..8].try_into().unwrap_or_default())
    }

    /// The lowercase text of `token`, the text this key is of, without a
    /// UTF-8 check where it can: the token itself when it has no capital
    /// and no ’, its ASCII lowercasing (in `buf`) when its capitals are
    /// ASCII.
    #[inline]
    pub(crate) fn lower_of<'a>(&'a self, token: &'a str, buf: &'a mut String) -> &'a str {
        if self.apostrophe {
            return self.lower_str();
        }
        match self.capitals {
            Capitals::None => token,
            Capitals::Ascii => {
                buf.clear();
                buf.push_str(token);
                buf.make_ascii_lowercase();
                buf
            }
            Capitals::Latin => self.lower_str(),
        }
    }

    /// The lowercase text.
    pub(crate) fn lower_str(&self) -> &str {
        // ASCII and whole Latin-1 letters, so always valid.
        std::str::from_utf8(self.lower()).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests;
