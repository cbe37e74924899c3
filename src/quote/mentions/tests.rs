use crate::quote::testing::{token, tokens_text, with_ctx};

#[test]
fn noun_phrases_keep_their_de_complements() {
    // (text, first word of the phrase, the phrase after it)
    let cases = [
        (
            "selon la porte-parole de la fédération, non",
            "la",
            "la porte-parole de la fédération",
        ),
        ("selon il, non", "il", "il"),
        ("selon Reuters le 10 janvier", "Reuters", "Reuters"),
        ("selon le maire qui parle", "le", "le maire"),
        ("selon le chef de", "le", "le chef"),
    ];
    for (text, first, expected) in cases {
        with_ctx(text, |ctx| {
            let np = ctx.np_after(token(ctx, first), ctx.len()).expect(text);
            assert_eq!(tokens_text(ctx, np.tokens), expected, "{text}");
        });
    }
}

#[test]
fn the_last_pronoun_before_a_point() {
    let cases = [
        ("Il part. Elle reste, dit la source.", Some("Elle")),
        ("Le maire part. Que dit-il ?", Some("il")),
        ("Le maire part.", None),
        // "elle" after a preposition is no subject.
        ("Il s'est tourné vers elle.", Some("Il")),
        ("Le maire vint près d'elle.", None),
    ];
    for (text, expected) in cases {
        with_ctx(text, |ctx| {
            let found = ctx.last_pronoun(0, ctx.len()).map(|m| {
                let span = ctx.span(m.tokens.start, m.tokens.end);
                let from = span.start + m.pronoun_offset.unwrap_or(0);
                ctx.text[from..span.end].to_string()
            });
            assert_eq!(found.as_deref(), expected, "{text}");
        });
    }
}

#[test]
fn name_words() {
    with_ctx(
        "Puis Rami Abd al-Rahman et M. Martin, maire, parlent etc. sans P. Durand.",
        |ctx| {
            let yes = ["Rami", "Abd", "al-Rahman", "Martin", "P.", "Durand"];
            let no = ["Puis", "et", "M.", "maire", "etc.", "sans"];
            for w in yes {
                assert!(ctx.name_word(token(ctx, w)), "{w}");
            }
            for w in no {
                assert!(!ctx.name_word(token(ctx, w)), "{w}");
            }
        },
    );
}
