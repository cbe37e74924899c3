//! Per-token normalisation that never moves offsets.
//!
//! The tokenizer works on the original text; each token's normalised form is
//! computed from its own slice, so spans always point into the input. The
//! normalised form maps typographic apostrophes to `'`, drops soft hyphens and
//! other invisible format characters, turns the spaces inside numbers into
//! plain spaces and the Unicode hyphens and minus into `-`, and folds the text
//! to Unicode NFC.

use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// Apostrophe-like characters written as `'` in the normalised form.
#[inline]
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | '‘' | '′')
}

/// Hyphen-like characters written as `-` in the normalised form.
#[inline]
pub fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// Invisible characters dropped from the normalised form.
#[inline]
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}' | '\u{200B}' | '\u{200E}' | '\u{200F}' | '\u{2060}' | '\u{FEFF}'
    )
}

/// The normalised form of one token's text, or `None` when it is the text
/// itself (always the case for ASCII without a backquote).
pub fn normalize(token: &str) -> Option<String> {
    if token.is_ascii() {
        return None;
    }
    // Precomposed Latin letters (below U+0300) are NFC and need no mapping:
    // most French words ("été", "ça") end here.
    if token
        .chars()
        .all(|c| (c as u32) < 0x300 && !matches!(c, '\u{00AD}' | '\u{00A0}' | 'ʼ'))
    {
        return None;
    }
    let needs_mapping = token.chars().any(|c| {
        (c != '\'' && is_apostrophe(c))
            || (c != '-' && is_hyphen(c))
            || c == '\u{2212}'
            || is_invisible(c)
            || (c != ' ' && c.is_whitespace())
    });
    let nfc = matches!(is_nfc_quick(token.chars()), IsNormalized::Yes);
    if !needs_mapping && nfc {
        return None;
    }
    let mapped = token.chars().filter(|c| !is_invisible(*c)).map(|c| {
        if is_apostrophe(c) {
            '\''
        } else if is_hyphen(c) || c == '\u{2212}' {
            '-'
        } else if c.is_whitespace() {
            ' '
        } else {
            c
        }
    });
    let out: String = if nfc {
        mapped.collect()
    } else {
        mapped.nfc().collect()
    };
    (out != token).then_some(out)
}

/// Lowercases a normalised form into `buf` (cleared first).
pub fn lowercase_into(norm: &str, buf: &mut String) {
    buf.clear();
    if norm.is_ascii() {
        buf.push_str(norm);
        buf.make_ascii_lowercase();
    } else {
        for c in norm.chars() {
            match c {
                _ if c.is_ascii() => buf.push(c.to_ascii_lowercase()),
                // Latin-1 capitals (À..Þ but ×) are their small letter + 32.
                'À'..='Þ' if c != '×' => {
                    buf.push(char::from_u32(c as u32 + 32).unwrap_or(c));
                }
                'ß'..='ÿ' => buf.push(c),
                _ => buf.extend(c.to_lowercase()),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_apostrophes_soft_hyphens_and_spaces() {
        let cases = [
            ("l’", Some("l'")),
            ("aujourd’hui", Some("aujourd'hui")),
            ("pre\u{00AD}mier", Some("premier")),
            ("10\u{202F}000", Some("10 000")),
            ("10\u{00A0}000", Some("10 000")),
            ("e\u{0301}te\u{0301}", Some("été")),
            ("\u{2212}3", Some("-3")),
            ("États-Unis", None),
            ("plain", None),
        ];
        for (input, expected) in cases {
            assert_eq!(normalize(input).as_deref(), expected, "{input:?}");
        }
    }

    #[test]
    fn lowercases() {
        let mut buf = String::new();
        lowercase_into("ÉTATS-Unis", &mut buf);
        assert_eq!(buf, "états-unis");
        lowercase_into("OTSC", &mut buf);
        assert_eq!(buf, "otsc");
    }
}
