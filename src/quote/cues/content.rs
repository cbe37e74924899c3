//! The content noun construction: a verb whose object is a noun of
//! thought, feeling or possibility with its que-clause ("a exprimé l'espoir
//! que", "a fait part de sa crainte que"). The group finder asks it of the
//! verbs that report only so (`content_verbs`, "faire part"), and the
//! complement reader of any reporting verb, with the relative "que" that is
//! no content ("la crainte qu'elle éprouvait"); apart from cues.rs, whose
//! job is the verb group itself.

use super::Ctx;
use crate::lexicon::word;
use crate::pos::Tag;

/// Where the content starts when a content noun (`content_nouns`) and its
/// que-clause stand at `k`, the token after "que": "l'espoir que", "sa
/// ferme conviction que", "la possibilité réelle que", "cette crainte
/// qu'". `partitive` lets "du" / "des" open it ("fait part du souhait
/// que"). An indefinite article ("une crainte qu'il …") opens a relative.
pub(crate) fn content_noun_clause(
    ctx: &Ctx<'_>,
    k: usize,
    limit: usize,
    partitive: bool,
) -> Option<usize> {
    let end = limit.min(ctx.len());
    if k + 2 >= end {
        return None;
    }
    let article = ctx.is(k, word::DEFINITE | word::DEMONSTRATIVE)
        || ctx.g.third_person_possessives.contains(ctx.lower(k))
        || (partitive && ctx.is(k, word::DE_ARTICLE));
    if !article {
        return None;
    }
    let noun = |j: usize| j < end && ctx.g.content_nouns.contains(ctx.lower(j));
    let mut j = k + 1;
    // An adjective before the noun: "le ferme espoir", "sa profonde
    // conviction".
    if !noun(j) && ctx.tag(j) == Tag::Adj {
        j += 1;
    }
    if !noun(j) {
        return None;
    }
    j += 1;
    // And one after it: "l'espoir sincère que".
    if j < end && ctx.tag(j) == Tag::Adj {
        j += 1;
    }
    (j + 1 < end && matches!(ctx.lower(j), "que" | "qu'") && !relative_on_noun(ctx, j + 1, end))
        .then_some(j + 1)
}

/// Whether the words from `k`, after a content noun and its "que", are a
/// relative clause on that noun: a subject pronoun or a short noun phrase,
/// then a verb that takes the noun as its object (`content_noun_holders`,
/// as a finite verb or as the participle after an auxiliary) followed by
/// no object of its own: the clause's end, a preposition, an adverb, a
/// time phrase ("la crainte qu'elle éprouvait chaque nuit", "l'idée qu'il
/// avait eue en 2020"). "l'idée qu'il a raison", "l'impression qu'il a
/// été trompé" keep their content.
pub(crate) fn relative_on_noun(ctx: &Ctx<'_>, k: usize, end: usize) -> bool {
    let holders = &ctx.g.content_noun_holders;
    let mut t = k;
    // The subject.
    if t < end && ctx.tag(t) == Tag::Cls {
        t += 1;
    } else {
        let phrase_end = (t..end.min(t + 4))
            .find(|&j| !matches!(ctx.tag(j), Tag::Det | Tag::Nc | Tag::Npp | Tag::Adj));
        match phrase_end {
            Some(p) if p > t => t = p,
            _ => return false,
        }
    }
    // "ne", object clitics ("qu'il en avait").
    while t < end && (ctx.is(t, word::NE) || matches!(ctx.tag(t), Tag::Clo | Tag::Clr)) {
        t += 1;
    }
    if t >= end {
        return false;
    }
    // The verb: an auxiliary and its participle, or a finite form.
    let participle = t + 1 < end && ctx.is(t, word::AUXILIARY) && ctx.tag(t + 1) == Tag::Vpp;
    let verb = if participle { t + 1 } else { t };
    if !holders.contains(ctx.lower(verb)) {
        return false;
    }
    let mut after = verb + 1;
    while after < end && (ctx.tag(after) == Tag::Adv || ctx.is(after, word::NEGATION)) {
        after += 1;
    }
    after >= end
        || ctx.is_clause_end(after)
        || matches!(ctx.tag(after), Tag::P | Tag::PD | Tag::Ponct)
        || (ctx.tag(after) == Tag::Det
            && after + 1 < end
            && ctx.is(
                after + 1,
                word::TIME_WORD | word::TIME_NOUN | word::CALENDAR_WORD,
            ))
}

/// After "faire part" at `k`, its content noun's clause: "de sa crainte
/// que", "d'une …" (none), "du souhait que", "des craintes que".
pub(crate) fn content_after_de(ctx: &Ctx<'_>, k: usize, limit: usize) -> Option<usize> {
    if k >= ctx.len() {
        return None;
    }
    if ctx.is(k, word::DE) {
        content_noun_clause(ctx, k + 1, limit, false)
    } else if ctx.is(k, word::DE_ARTICLE) {
        content_noun_clause(ctx, k, limit, true)
    } else {
        None
    }
}

/// Whether quotation marks open at `k` or after a determiner and an
/// adjective there (after "de" first when `de`): the object of "exprimer",
/// "faire part de", "faire état de" in the subject's words: "son
/// « inquiétude »", "de sa profonde « colère »", "d'une « situation
/// préoccupante »", "de « menaces »" (GUIDELINES: a short fragment that a
/// verb of saying governs is direct speech).
pub(crate) fn named_fragment_after(ctx: &Ctx<'_>, k: usize, limit: usize, de: bool) -> bool {
    let end = limit.min(ctx.len());
    let mut j = k;
    if de {
        if !(j < end && ctx.is(j, word::DE | word::DE_ARTICLE)) {
            return false;
        }
        // "de sa", "d'une", or the article itself: "du", "des".
        j += 1;
        if ctx.is(j - 1, word::DE_ARTICLE) {
            return j < end && matches!(ctx.surface(j), "«" | "“");
        }
    }
    if j < end
        && (ctx.is(j, word::DETERMINER) || ctx.g.third_person_possessives.contains(ctx.lower(j)))
    {
        j += 1;
    }
    if j < end && ctx.tag(j) == Tag::Adj {
        j += 1;
    }
    j < end && matches!(ctx.surface(j), "«" | "“")
}
