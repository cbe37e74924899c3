use super::*;
use crate::quote::testing::{tokens_text, with_ctx};

/// The first verb group of `text`: its tokens, lemma, form, negation,
/// passive and inverted clitic.
fn group(text: &str) -> Option<(String, String, VerbForm, bool, bool, Option<String>)> {
    with_ctx(text, |ctx| {
        let g = find_groups(ctx).into_iter().next()?;
        Some((
            tokens_text(ctx, g.start..g.end),
            g.lemma.to_string(),
            g.form,
            g.negated,
            g.passive,
            g.clitic.map(|c| ctx.surface(c).to_string()),
        ))
    })
}

#[test]
fn groups_grow_over_auxiliaries_clitics_and_negation() {
    use VerbForm::*;
    // (text, group, lemma, form, negated, passive, inverted clitic)
    type Case = (
        &'static str,
        &'static str,
        &'static str,
        VerbForm,
        bool,
        bool,
        Option<&'static str>,
    );
    let cases: &[Case] = &[
        (
            "Il a déclaré que tout va bien.",
            "a déclaré",
            "déclarer",
            Finite,
            false,
            false,
            None,
        ),
        (
            "Il a ensuite précisé que non.",
            "a ensuite précisé",
            "préciser",
            Finite,
            false,
            false,
            None,
        ),
        (
            "Il n'a pas dit que non.",
            "n'a pas dit",
            "dire",
            Finite,
            true,
            false,
            None,
        ),
        (
            "« Non », a-t-il souligné.",
            "a-t-il souligné",
            "souligner",
            Finite,
            false,
            false,
            Some("-t-il"),
        ),
        (
            "Elle vient de déclarer que non.",
            "vient de déclarer",
            "déclarer",
            Finite,
            false,
            false,
            None,
        ),
        (
            "Le maire, estimant que non, part.",
            "estimant",
            "estimer",
            PresentParticiple,
            false,
            false,
            None,
        ),
        (
            "Le projet a été annoncé par le maire.",
            "a été annoncé",
            "annoncer",
            Finite,
            false,
            true,
            None,
        ),
        // A pronominal verb takes être without being passive.
        (
            "La ministre s'est dite « choquée ».",
            "s'est dite",
            "dire",
            Finite,
            false,
            false,
            None,
        ),
        // A phrase between commas, and an elided adverb, inside the
        // group.
        (
            "Elle a, une nouvelle fois, affirmé que non.",
            "a, une nouvelle fois, affirmé",
            "affirmer",
            Finite,
            false,
            false,
            None,
        ),
        (
            "Elle a d'ailleurs rappelé que non.",
            "a d'ailleurs rappelé",
            "rappeler",
            Finite,
            false,
            false,
            None,
        ),
        (
            "Le préfet a de nouveau affirmé que non.",
            "a de nouveau affirmé",
            "affirmer",
            Finite,
            false,
            false,
            None,
        ),
        (
            "La rectrice a d'abord expliqué que non.",
            "a d'abord expliqué",
            "expliquer",
            Finite,
            false,
            false,
            None,
        ),
        // A hypothesis reports nothing; "même si" opens a fact, and
        // "si" with the passé composé a contrast.
        (
            "Si le ministre annonçait que non, ils partiraient.",
            "annonçait",
            "annoncer",
            Finite,
            true,
            false,
            None,
        ),
        (
            "Il partirait si on lui disait que non.",
            "lui disait",
            "dire",
            Finite,
            true,
            false,
            None,
        ),
        (
            "Même si le ministre disait que non, ils partaient.",
            "disait",
            "dire",
            Finite,
            false,
            false,
            None,
        ),
        (
            "Si le ministre a dit que non, le maire a dit oui.",
            "a dit",
            "dire",
            Finite,
            false,
            false,
            None,
        ),
        // A form the tagger reads as a noun, between its subject and
        // "que".
        (
            "Jean-Luc Mélenchon (LFI) juge que non.",
            "juge",
            "juger",
            Finite,
            false,
            false,
            None,
        ),
    ];
    for &(text, span, lemma, form, negated, passive, clitic) in cases {
        let expected = (
            span.to_string(),
            lemma.to_string(),
            form,
            negated,
            passive,
            clitic.map(str::to_string),
        );
        assert_eq!(group(text), Some(expected), "{text}");
    }
}

#[test]
fn nouns_and_participles_are_not_groups() {
    for text in [
        "L'annonce a surpris.",
        "La loi dite Macron passe.",
        "Il est resté chez lui.",
        "Le juge que nous avons vu part.",
        "La loi, votée hier, passe.",
    ] {
        assert_eq!(group(text), None, "{text}");
    }
}
