//! Verbs of memory in an incise: "« … », se souvient Gaëtane Orvellec",
//! "», se rappelle-t-il". "Se souvenir" and "se rappeler" recall, like
//! "savoir", and report no speech ("il se souvient que"); right after a
//! quotation, with their subject after them, they attribute it as any
//! incise verb does. Evidence: UD Sequoia train (1: "», se souvient-il"),
//! constructed sets 5, 7, 8 and 9 (6).

use super::{Ctx, VerbGroup};
use crate::lexicon::word;

/// The group of a reflexive verb of memory in an incise right after a
/// closing quotation mark, with its subject after it: "», se souvient
/// Gaëtane Orvellec", "» se rappelle un agriculteur", "», se souvient-elle".
pub(crate) fn memory_incise(ctx: &Ctx<'_>, i: usize) -> Option<VerbGroup> {
    let subject_next = i + 1 < ctx.len()
        && (ctx.is(i + 1, word::CLITIC_SUBJECT)
            || ctx.is_capitalised(i + 1)
            || ctx.is(i + 1, word::DETERMINER));
    if !subject_next || i == 0 || !ctx.is(i - 1, word::REFLEXIVE) {
        return None;
    }
    let start = i - 1;
    let closing = |k: usize| matches!(ctx.surface(k), "»" | "”" | "\"");
    let close = if start > 0 && closing(start - 1) {
        start - 1
    } else if start > 1 && ctx.lower(start - 1) == "," && closing(start - 2) {
        start - 2
    } else {
        return None;
    };
    // "il poursuit : « … », se souvient-il": the verb before the colon
    // reports the quotation; the verb of memory only comments on it.
    let sentence_start = ctx.sentence_tokens(i).start;
    let opening = (sentence_start..close)
        .rev()
        .find(|&k| matches!(ctx.surface(k), "«" | "“" | "\""));
    if opening.is_some_and(|o| o > sentence_start && ctx.lower(o - 1) == ":") {
        return None;
    }
    let clitic = ctx.is(i + 1, word::CLITIC_SUBJECT).then_some(i + 1);
    let lemma = if ctx.lower(i).starts_with("souv") {
        "souvenir"
    } else {
        "rappeler"
    };
    Some(VerbGroup::finite_speech(start, i, clitic, lemma, ctx.lex))
}

#[cfg(test)]
mod tests {
    use crate::quote::cues::find_groups;
    use crate::quote::testing::{tokens_text, with_ctx};

    /// The verb groups of `text`: their tokens and lemma.
    fn groups(text: &str) -> Vec<(String, String)> {
        with_ctx(text, |ctx| {
            find_groups(ctx)
                .into_iter()
                .map(|g| (tokens_text(ctx, g.start..g.end), g.lemma.to_string()))
                .collect()
        })
    }

    #[test]
    fn a_verb_of_memory_reports_only_in_an_incise_after_marks() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "« Il y avait des ruines partout », se souvient Gaëtane Orvellec.",
                &[("se souvient", "souvenir")],
            ),
            (
                "« On dormait dans la cave », se souvient-elle.",
                &[("se souvient-elle", "souvenir")],
            ),
            (
                "« La rivière a tout emporté » se rappelle un agriculteur.",
                &[("se rappelle", "rappeler")],
            ),
            ("Elle se souvient que la ville était en ruines.", &[]),
            ("Il se rappelle que la rivière avait débordé.", &[]),
            ("La vieille dame se souvient très bien de la guerre.", &[]),
            // The verb before the colon reports the quotation.
            (
                "Il poursuit : « J'ai travaillé à l'usine », se souvient-il.",
                &[("poursuit", "poursuivre")],
            ),
        ];
        for (text, want) in cases {
            let got = groups(text);
            let want: Vec<(String, String)> = want
                .iter()
                .map(|(g, l)| (g.to_string(), l.to_string()))
                .collect();
            assert_eq!(got, want, "{text}");
        }
    }
}
