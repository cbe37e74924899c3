use crate::quote::testing::with_ctx;
use crate::quote::SpeakerKind;

/// `strip_clitic_dash` strips as the two `trim_start_matches` it
/// replaces.
#[test]
fn clitic_dashes_strip_as_trimming_does() {
    for w in [
        "il",
        "-t-il",
        "-il",
        "-t--t-elle",
        "--on",
        "-t-",
        "-",
        "",
        "t-il",
        "-T-il",
        "-t",
    ] {
        let trimmed = w.trim_start_matches("-t-").trim_start_matches('-');
        assert_eq!(super::strip_clitic_dash(w), trimmed, "{w:?}");
    }
}

/// `touch_recent` orders entities as removing one and inserting it at
/// the front, bounded to `RECENT`, does.
#[test]
fn touching_an_entity_moves_it_to_the_front() {
    let (mut fast, mut plain) = (Vec::new(), Vec::<usize>::new());
    // Ids from a small linear congruential sequence: repeats, new ones,
    // and more than RECENT distinct ids.
    let mut x = 7usize;
    for _ in 0..2000 {
        x = (x * 1103515245 + 12345) % 2147483648;
        let id = (x >> 16) % (super::RECENT + 25);
        super::touch_recent(&mut fast, id);
        if let Some(pos) = plain.iter().position(|&y| y == id) {
            plain.remove(pos);
        }
        plain.insert(0, id);
        plain.truncate(super::RECENT);
        assert_eq!(fast, plain);
    }
}

/// The speakers resolved in `text`: name, kind and number of quotes.
fn speakers(text: &str) -> Vec<(String, SpeakerKind, usize)> {
    with_ctx(text, |ctx| {
        crate::quote::analyse(ctx, crate::DEFAULT_MAX_QUOTE_DEPTH)
            .speakers
            .into_iter()
            .map(|s| (s.name, s.kind, s.quotes.len()))
            .collect()
    })
}

#[test]
fn mentions_of_one_speaker_merge() {
    use SpeakerKind::*;
    type Expected = &'static [(&'static str, SpeakerKind, usize)];
    let cases: &[(&str, Expected)] = &[
        (
            "Emmanuel Macron a déclaré que la réforme était prête. Macron a ajouté \
             que le texte serait voté en mai. Il a précisé que le gouvernement ne \
             reculerait pas.",
            &[("Emmanuel Macron", Person, 3)],
        ),
        (
            "Le président Vladimir Poutine a déclaré que la Russie ne cédera pas. \
             « Jamais », a souligné M. Poutine.",
            &[("Vladimir Poutine", Person, 2)],
        ),
        (
            "Selon la CGT, la grève continue. Paul Martin a dit que la grève serait \
             longue.",
            &[("CGT", Organisation, 1), ("Paul Martin", Person, 1)],
        ),
        (
            "Un porte-parole a indiqué que la ligne est fermée.",
            &[("Un porte-parole", Anonymous, 1)],
        ),
    ];
    for (text, expected) in cases {
        let expected: Vec<_> = expected
            .iter()
            .map(|&(n, k, q)| (n.to_string(), k, q))
            .collect();
        assert_eq!(speakers(text), expected, "{text}");
    }
}
