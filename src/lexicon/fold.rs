//! Case and accent folding for name matching, and the normal form of a
//! user's lexicon entry.

/// Folds case and accents for name matching: "Tokaïev" and "TOKAIEV" agree.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_into(text, &mut out);
    out
}

/// Appends the folded `text` to `out`. Folding maps each character on its
/// own, so folding a text piece by piece gives its fold: a phrase can be
/// folded one token at a time and checked as it grows.
pub fn fold_into(text: &str, out: &mut String) {
    use unicode_normalization::UnicodeNormalization;
    let from = out.len();
    // Most names are all ASCII: one word-at-a-time test, one copy.
    if text.is_ascii() {
        out.push_str(text);
        out[from..].make_ascii_lowercase();
        return;
    }
    out.reserve(text.len());
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // ASCII runs, most of a name, are copied and lowercased at once.
        let run = bytes[i..]
            .iter()
            .position(|b| !b.is_ascii())
            .map_or(bytes.len(), |p| i + p);
        if run > i {
            let at = out.len();
            out.push_str(&text[i..run]);
            out[at..].make_ascii_lowercase();
            i = run;
            continue;
        }
        // Fast path: the Latin-1 letters of French, without NFD.
        let c = text[i..].chars().next().unwrap_or('\0');
        let folded = match c {
            'À'..='Å' | 'à'..='å' => 'a',
            'Ç' | 'ç' => 'c',
            'È'..='Ë' | 'è'..='ë' => 'e',
            'Ì'..='Ï' | 'ì'..='ï' => 'i',
            'Ñ' | 'ñ' => 'n',
            'Ò'..='Ö' | 'ò'..='ö' => 'o',
            'Ù'..='Ü' | 'ù'..='ü' => 'u',
            'Ý' | 'ý' | 'ÿ' => 'y',
            '’' | 'ʼ' | '‘' => '\'',
            _ => {
                out.truncate(from);
                out.extend(
                    text.nfd()
                        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
                        .flat_map(char::to_lowercase)
                        .map(straight_apostrophe),
                );
                return;
            }
        };
        out.push(folded);
        i += c.len_utf8();
    }
}

/// Calls `f` with the folded `text`, folded into a buffer of the thread's
/// (a look-up by folded name allocates nothing). `f` must not fold again.
pub(super) fn with_folded<R>(text: &str, f: impl FnOnce(&str) -> R) -> R {
    thread_local! {
        static BUFFER: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
    }
    BUFFER.with(|buffer| {
        let mut buffer = buffer.borrow_mut();
        buffer.clear();
        fold_into(text, &mut buffer);
        let out = f(&buffer);
        // A long phrase's buffer is not kept.
        if buffer.capacity() > 1024 {
            *buffer = String::new();
        }
        out
    })
}

/// The typographic apostrophes (’ ʼ ‘) as a straight one.
fn straight_apostrophe(c: char) -> char {
    if matches!(c, '’' | 'ʼ' | '‘') {
        '\''
    } else {
        c
    }
}

/// Lowercases a user entry and writes its apostrophes straight.
pub(crate) fn normalize_entry(word: &str) -> String {
    word.trim()
        .chars()
        .flat_map(char::to_lowercase)
        .map(straight_apostrophe)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_strips_accents_and_case() {
        assert_eq!(fold("Tokaïev"), "tokaiev");
        assert_eq!(fold("L’État"), "l'etat");
    }

    /// The fast paths (ASCII runs, Latin-1 letters) fold as the general
    /// path does: NFD, marks dropped, lowercase, straight apostrophes.
    #[test]
    fn fast_folding_agrees_with_decomposition() {
        use unicode_normalization::UnicodeNormalization;
        let general = |t: &str| -> String {
            t.nfd()
                .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
                .flat_map(char::to_lowercase)
                .map(straight_apostrophe)
                .collect()
        };
        let mut texts: Vec<String> = ('\0'..='\u{24F}').map(String::from).collect();
        texts.extend(
            [
                "’",
                "ʼ",
                "‘",
                "Kassym-Jomart TOKAÏEV",
                "l’Élysée",
                "ÀÉÎÕÜ àéîõü",
                "Organisation des Nations unies (ONU) @[Z]` 0-9",
            ]
            .map(String::from),
        );
        for text in texts {
            assert_eq!(fold(&text), general(&text), "{text:?}");
        }
        // Appending leaves what the buffer held.
        let mut out = String::from("Le ");
        fold_into("MONDE", &mut out);
        fold_into(" Diplomatique", &mut out);
        assert_eq!(out, "Le monde diplomatique");
    }

    #[test]
    fn folding_is_per_character() {
        // What lets a phrase be folded token by token.
        let pieces = [
            "Tokaïev", "L’", "État", "ÆSØ", "e\u{301}", "\u{301}x", "İz", "ΣΑΣ", "ß", " ", "Ð-Þ",
            "",
        ];
        for a in pieces {
            for b in pieces {
                let mut piecewise = fold(a);
                fold_into(b, &mut piecewise);
                assert_eq!(piecewise, fold(&format!("{a}{b}")), "{a:?} + {b:?}");
            }
        }
    }
}
