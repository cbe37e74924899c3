use super::*;

/// Latin-1 keys agree with the general path: no normal form of their
/// own, the same lowercase text and case flags.
#[test]
fn latin_keys_are_the_lowercase_bytes_and_their_hash() {
    let latin: String = ('\u{C0}'..='\u{FF}').collect();
    let mut cases: Vec<String> = [
        "été",
        "Élysée",
        "ÉTÉ",
        "ÀÉÈÙ",
        "Ça",
        "ça",
        "naïve",
        "CŒUR",
        "×",
        "÷x",
        "É×",
        "ÿ",
        "ß",
        "Æ",
        "1er-É",
        "a’b",
        "É\u{AD}",
        "l’",
        "L’",
        "D’ÉTAT",
        "aujourd’hui",
        "’",
        "’’",
        "x’É",
        "a‘b",
        "a\u{2018}",
        "l’\u{301}",
        "«",
        "»",
        "«x»",
        "°C",
        "n°",
        "µg",
        "ª",
        "º",
        "§1",
        "¿Qué",
        "\u{A0}",
        "a\u{AD}b",
        "–",
        "—",
        "“",
        "”",
        "•",
        "…",
        "‘",
        "′",
        "x…",
        "ÉTÉ—",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    cases.extend(
        (0..latin.chars().count())
            .step_by(5)
            .map(|i| latin.chars().skip(i).take(16).collect::<String>()),
    );
    // A letter cut by the boundary of two eight-byte chunks.
    cases.extend((0..latin.chars().count()).step_by(3).flat_map(|i| {
        let window: String = latin.chars().skip(i).take(12).collect();
        [
            format!("x{window}"),
            format!("ABCDEFG{window}"),
            format!("abcdefg{window}x"),
        ]
    }));
    cases.extend(latin.chars().map(|c| format!("{c}a")));
    cases.extend(latin.chars().map(|c| format!("A{c}")));
    // Latin-1 signs and the general punctuation block, alone and
    // beside a letter.
    let signs = ('\u{80}'..='\u{BF}').chain('\u{2000}'..='\u{206F}');
    for c in signs {
        cases.extend([format!("{c}"), format!("{c}a"), format!("É{c}")]);
    }
    for text in cases {
        let in_latin1 = text.chars().all(|c| {
            c.is_ascii()
                || ('\u{A1}'..='\u{FF}').contains(&c) && c != '\u{AD}'
                || matches!(c, '’' | '–' | '—' | '“' | '”' | '•' | '…')
        });
        let Some(key) = FormKey::of(text.as_bytes()) else {
            assert!(!in_latin1 || text.len() > MAX_ASCII_KEY, "{text:?}");
            continue;
        };
        assert!(in_latin1, "{text:?}");
        let norm = crate::normalize::normalize(&text);
        assert_eq!(norm, key.norm_of(&text), "{text:?}");
        let mut lower = String::new();
        crate::normalize::lowercase_into(norm.as_deref().unwrap_or(&text), &mut lower);
        assert_eq!(key.lower_str(), lower, "{text:?}");
        assert_eq!(key.lower_of(&text, &mut String::new()), lower, "{text:?}");
        assert_eq!(key.hash, hash_bytes(lower.as_bytes()), "{text:?}");
        assert_eq!(key.flags, crate::forms::case_flags(&text), "{text:?}");
    }
}

/// A token read inside its text (whose bytes past the token are read
/// and masked off) has the key of the token alone.
#[test]
fn keys_within_a_text_are_the_keys_of_the_token() {
    for token in [
        "a",
        "Le",
        "Poutine",
        "OTSC",
        "l'OTSC",
        "présidentielle",
        "ÉTÉ",
        "x".repeat(32).as_str(),
    ] {
        for (before, after) in [("", ""), ("« ", " »"), ("", "ZZZZZZZZZZ"), ("abc ", "é")] {
            let text = format!("{before}{token}{after}");
            let (start, end) = (before.len(), before.len() + token.len());
            let within = FormKey::within(text.as_bytes(), start, end).unwrap();
            let alone = FormKey::of(token.as_bytes()).unwrap();
            assert_eq!(within.lower(), alone.lower(), "{text:?}");
            assert_eq!(within.head(), alone.head(), "{text:?}");
            assert_eq!(within.hash, alone.hash, "{text:?}");
            assert_eq!(within.flags, alone.flags, "{text:?}");
            assert_eq!(within.head(), head(within.lower()), "{text:?}");
        }
    }
}

/// A short key agrees with the full key of the same token, inside a
/// text or at its end, and there is one exactly for tokens of one to
/// eight ASCII bytes.
#[test]
fn short_keys_are_the_full_keys_of_short_ascii_tokens() {
    let all: String = (0u8..128).map(char::from).collect();
    let mut tokens: Vec<String> = ["a", "Le", "OTSC", "l'OTSC", "M.", "1er", "Poutine", "été"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    tokens.extend((0..all.len()).map(|i| all[i..(i + 1 + i % 9).min(128)].to_string()));
    for token in tokens {
        for after in ["", " »", "ZZZZZZZZZZ"] {
            let text = format!("« {token}{after}");
            let (start, end) = (3, 3 + token.len());
            let short = ShortKey::within(text.as_bytes(), start, end);
            let full = FormKey::within(text.as_bytes(), start, end).unwrap();
            if token.len() > 8 || !token.is_ascii() {
                assert_eq!(short, None, "{token:?}");
                continue;
            }
            let short = short.unwrap();
            assert_eq!(short.head, full.head(), "{token:?}");
            assert_eq!(short.hash, full.hash, "{token:?}");
            assert_eq!(short.flags, full.flags, "{token:?}");
        }
    }
    assert_eq!(ShortKey::within(b"abc", 1, 1), None);
}

#[test]
fn ascii_keys_are_the_lowercase_bytes_and_their_hash() {
    let all: String = (0u8..128).map(char::from).collect();
    let mut cases: Vec<String> = ["", "a", "Poutine", "OTSC", "l'OTSC", "M.", "1er", "@[`{"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    cases.extend(
        (0..all.len())
            .step_by(7)
            .map(|i| all[i..(i + 32).min(128)].to_string()),
    );
    for text in cases {
        let key = FormKey::of(text.as_bytes()).unwrap();
        let lower = text.to_ascii_lowercase();
        assert_eq!(key.lower_str(), lower, "{text:?}");
        assert_eq!(key.lower_of(&text, &mut String::new()), lower, "{text:?}");
        assert_eq!(key.hash, hash_bytes(lower.as_bytes()), "{text:?}");
        let has_letter = text.bytes().any(|b| b.is_ascii_alphabetic());
        let all_upper = !text.bytes().any(|b| b.is_ascii_lowercase());
        let title = text.bytes().next().is_some_and(|b| b.is_ascii_uppercase());
        let expected = if title { FLAG_TITLE } else { 0 }
            | if has_letter && all_upper {
                FLAG_UPPER
            } else {
                0
            };
        assert_eq!(key.flags, expected, "{text:?}");
    }
    assert!(FormKey::of("été".as_bytes()).is_some());
    assert!(FormKey::of("\u{A0}".as_bytes()).is_none());
    assert_eq!(FormKey::of("l’".as_bytes()).unwrap().lower_str(), "l'");
    assert!(FormKey::of("l‘".as_bytes()).is_none());
    assert!(FormKey::of("x".repeat(33).as_bytes()).is_none());
    assert!(FormKey::of("x".repeat(32).as_bytes()).is_some());
}
