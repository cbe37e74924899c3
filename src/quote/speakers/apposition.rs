//! Names in apposition: the role phrase before a name ("Le maire, Jean
//! Dupont,") or after it ("X, présidente de la communauté de communes"),
//! and a title before an institution's complement ("le ministre de
//! l'Intérieur X"). They make the name its clause's subject when the verb
//! follows the closing comma, and give the person the titles a later role
//! ("la présidente", "le ministre") refers back to.

use super::classify::before_verb;
use super::*;

/// Whether a name set off by commas is its clause's subject: in apposition
/// to the role before it ("Le maire, Jean Dupont, a reçu …") or followed
/// by a phrase in apposition ("Jean Dupont, maire de Morlaix, a reçu …",
/// "Paul Martin, le président du club, a"), the verb right after the
/// closing comma; not an incise's inverted clitic ("…, a-t-il annoncé").
pub(super) fn subject_in_apposition(ctx: &Ctx<'_>, t: std::ops::Range<usize>) -> bool {
    if t.end + 1 >= ctx.len() || ctx.lower(t.end) != "," {
        return false;
    }
    let verb_after = |comma: usize| {
        before_verb(ctx, comma + 1)
            && !(comma + 2 < ctx.len() && ctx.is(comma + 2, word::INVERTED_THIRD_SINGULAR))
            && !ctx.is(comma + 1, word::INVERTED_THIRD_SINGULAR)
    };
    // "Le maire, Jean Dupont, a": the role before is the subject, the name
    // its apposition.
    if t.start > 1
        && ctx.lower(t.start - 1) == ","
        && verb_after(t.end)
        && apposition_role_before(ctx, t.start - 1).is_some()
    {
        return true;
    }
    // "Jean Dupont, maire de Morlaix, a": a noun phrase (no verb, no
    // relative) up to the closing comma, within the sentence.
    let first = t.end + 1;
    if ctx.kind(first) != TokenKind::Word
        || ctx.is_capitalised(first)
        || ctx.is(first, word::SUBORDINATOR | word::PREPOSITION)
        || !(ctx.is(first, word::DETERMINER | word::TITLE | word::ROLE_MODIFIER)
            || matches!(ctx.tag(first), crate::pos::Tag::Nc | crate::pos::Tag::Adj))
    {
        return false;
    }
    // One pass to the closing comma: no verb, no relative on the way.
    let stop = ctx.sentence_tokens(t.end).end.min(first + 16);
    for k in first..stop {
        if ctx.is_punct(k) && ctx.lower(k) != "'" {
            return ctx.lower(k) == "," && verb_after(k);
        }
        if ctx.is(k, word::AUXILIARY | word::SPEECH_VERB | word::SUBORDINATOR)
            || ctx.tag(k) == crate::pos::Tag::V
        {
            return false;
        }
    }
    false
}

/// The head title of a role phrase ending right before the comma at
/// `comma`, to which a name after the comma stands in apposition ("Le
/// maire, Jean Dupont", "la présidente du département, Agnès Coustou",
/// "Selon la ministre des Sports, Clotilde Brassac"): the phrase runs back
/// to punctuation, a coordinator, a verb or a preposition other than "de"
/// (so "Le préfet X et la présidente du département, Y" gives "présidente"),
/// opens with an article, a possessive or a title, and its head, past
/// the modifiers, is a lowercase title.
pub(super) fn apposition_role_before(ctx: &Ctx<'_>, comma: usize) -> Option<usize> {
    let floor = ctx
        .sentence_tokens(comma)
        .start
        .max(comma.saturating_sub(10));
    let mut from = comma;
    while from > floor {
        let k = from - 1;
        let stop = ctx.is_punct(k)
            || ctx.is(
                k,
                word::COORDINATOR
                    | word::AUXILIARY
                    | word::SPEECH_VERB
                    | word::SUBORDINATOR
                    | word::NARRATIVE_PAST,
            )
            || ctx.is(k, word::PREPOSITION) && !ctx.is(k, word::DE | word::DE_ARTICLE)
            || matches!(ctx.tag(k), crate::pos::Tag::V | crate::pos::Tag::Vpp);
        if stop {
            break;
        }
        from = k;
    }
    if from >= comma || !ctx.is(from, word::DETERMINER | word::TITLE) {
        return None;
    }
    let head = (from..comma).find(|&k| !ctx.is(k, word::DETERMINER | word::ROLE_MODIFIER))?;
    (ctx.is(head, word::TITLE) && !ctx.is_capitalised(head)).then_some(head)
}

/// The titles that introduce the name `t` outside its own phrase, given to
/// `found`: across an institution's complement before it ("le ministre de
/// l'Intérieur Bernard Caussade"), in an apposition before it ("Le maire,
/// Jean Dupont,") or after it ("Dominique Arnaudet, présidente de la
/// communauté de communes", "Paul Martin, l'ancien ministre"). A role that
/// repeats the title later ("la présidente", "le ministre") refers to them.
pub(super) fn introducing_titles(
    ctx: &Ctx<'_>,
    t: std::ops::Range<usize>,
    mut found: impl FnMut(usize),
) {
    let start = t.start;
    if start > 0 && ctx.lower(start - 1) == "," {
        // Only a name the apposition closes: "Pour le ministre, Paul
        // Durand a tort" is no minister.
        let closed = t.end >= ctx.len() || ctx.is_punct(t.end) || ctx.is(t.end, word::COORDINATOR);
        if let Some(h) = closed
            .then(|| apposition_role_before(ctx, start - 1))
            .flatten()
        {
            found(h);
        }
    } else if start > 0 && ctx.is_capitalised(start - 1) {
        // "le ministre de l'Intérieur X": back over the complement, no
        // punctuation, to the title that opens it.
        let floor = ctx
            .sentence_tokens(start)
            .start
            .max(start.saturating_sub(7));
        let mut k = start - 1;
        while k > floor && !ctx.is_punct(k - 1) {
            k -= 1;
            if ctx.is(k, word::TITLE)
                && !ctx.is_capitalised(k)
                && ctx.is(k + 1, word::DE | word::DE_ARTICLE)
            {
                found(k);
                break;
            }
            if ctx.is(k, word::AUXILIARY | word::SPEECH_VERB) {
                break;
            }
        }
    }
    let end = past_age(ctx, t.end);
    if end + 2 < ctx.len() && ctx.lower(end) == "," {
        let mut k = end + 1;
        if ctx.is(k, word::SINGULAR_DEFINITE) {
            k += 1;
        }
        while k + 1 < ctx.len() && ctx.is(k, word::ROLE_MODIFIER) {
            k += 1;
        }
        if ctx.is(k, word::TITLE) && !ctx.is_capitalised(k) {
            found(k);
        }
    }
}

/// The comma closing an age in apposition that opens at the comma `comma`
/// ("X, 45 ans, directrice de …": the second comma), else `comma`: the
/// phrase after the age is the name's apposition too.
pub(super) fn past_age(ctx: &Ctx<'_>, comma: usize) -> usize {
    if comma + 3 < ctx.len()
        && ctx.kind(comma + 1) == TokenKind::Number
        && ctx.lower(comma) == ","
        && ctx.lower(comma + 3) == ","
        && ctx.lex.grammar.age_nouns.contains(ctx.lower(comma + 2))
    {
        comma + 3
    } else {
        comma
    }
}

/// Gives entity `e` the titles that introduce its name `t` outside its
/// phrase ([`introducing_titles`]): "Le maire, Jean Dupont" is described
/// as "maire", as "le maire Jean Dupont" is.
pub(super) fn describe<'a>(ctx: &Ctx<'a>, t: std::ops::Range<usize>, e: &mut Entity<'a>) {
    // An age in apposition ("Kevin, 34 ans,") says a person is named too.
    if t.end + 3 < ctx.len()
        && ctx.lower(t.end) == ","
        && ctx.kind(t.end + 1) == TokenKind::Number
        && ctx.lex.grammar.age_nouns.contains(ctx.lower(t.end + 2))
    {
        e.person_evidence = true;
    }
    introducing_titles(ctx, t, |k| {
        let w = ctx.lower(k);
        e.person_evidence = true;
        e.titled = true;
        if !e.descriptors.contains(&w) && e.descriptors.len() < 16 {
            e.descriptors.push(w);
        }
    });
}
