//! Organisations in a mention: a known organisation's name, the name
//! under its description or its bracketed acronym, and the name an
//! organisation's row keeps.

use super::name_runs::{known_by_itself, known_by_itself_listed, known_name_inside};
use super::*;

/// The tokens of a known organisation's name opening the phrase (after its
/// article), up to 6 words, possibly past the phrase's end.
pub(super) fn known_organisation(
    ctx: &Ctx<'_>,
    t: std::ops::Range<usize>,
) -> Option<std::ops::Range<usize>> {
    let mut start = t.start;
    while start < t.end && ctx.is(start, word::DETERMINER) {
        start += 1;
    }
    if start >= t.end || !ctx.is_capitalised(start) && !ctx.tokens[start].is_upper() {
        return None;
    }
    // A name may hold its article ("La Poste", "Les Républicains").
    longest_organisation(ctx, start).or_else(|| {
        (start > t.start)
            .then(|| longest_organisation(ctx, t.start))
            .flatten()
    })
}

/// The longest phrase of up to six tokens from `start` that folds to a known
/// organisation's name, read once per token.
fn longest_organisation(ctx: &Ctx<'_>, start: usize) -> Option<std::ops::Range<usize>> {
    let memo = &ctx.organisation_ends[start];
    match memo.get() {
        0 => {
            let found = read_longest_organisation(ctx, start);
            memo.set(found.as_ref().map_or(1, |r| 1 + r.len() as u8));
            found
        }
        1 => None,
        n => Some(start..start + usize::from(n - 1)),
    }
}

/// [`longest_organisation`], folded one token at a time and given up once
/// the phrase starts no name.
fn read_longest_organisation(ctx: &Ctx<'_>, start: usize) -> Option<std::ops::Range<usize>> {
    thread_local! {
        /// The folded phrase, reused from call to call.
        static FOLDED: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
    }
    let first = ctx.surface(start).as_bytes();
    if !ctx.lex.may_start_organisation(first) {
        return None;
    }
    let limit = (start + 6).min(ctx.len());
    // The phrase's first ASCII bytes (at most eight, not past its second
    // word) fold to themselves lowercased (folding maps each character on
    // its own): when no name starts with those, no reading of the phrase
    // that holds them is a name, and only the first word alone may be one
    // (a probe instead of folds, for most phrases: "la Fédération",
    // "Jean-Pierre").
    let text = &ctx.text.as_bytes()
        [ctx.tokens[start].start as usize..ctx.tokens[(start + 1).min(limit - 1)].end as usize];
    let ascii = text.iter().take(8).take_while(|b| b.is_ascii()).count();
    if ascii >= 3 {
        let mut head = [0u8; 8];
        for (h, b) in head.iter_mut().zip(text) {
            *h = b.to_ascii_lowercase();
        }
        // (ASCII bytes: always valid UTF-8.)
        let h = std::str::from_utf8(&head[..ascii]).unwrap_or_default();
        if h.is_empty() || !ctx.lex.is_organisation_prefix(h) {
            if ascii <= first.len() {
                return None;
            }
            // Only the first word alone may be a name, and it is all
            // ASCII: its fold is the head's first bytes, looked up with no
            // fold (a name is a prefix of itself).
            let word = h.get(..first.len()).unwrap_or_default();
            return (!word.is_empty()
                && !ctx.is_punct(start)
                && ctx.lex.is_folded_organisation(word))
            .then_some(start..start + 1);
        }
    }
    FOLDED.with(|folded| {
        let mut folded = folded.borrow_mut();
        folded.clear();
        let mut from = ctx.tokens[start].start as usize;
        let mut found = None;
        for end in start + 1..=limit {
            let to = ctx.tokens[end - 1].end as usize;
            crate::lexicon::fold_into(&ctx.text[from..to], &mut folded);
            from = to;
            if !ctx.lex.is_organisation_prefix(&folded) {
                break;
            }
            if !ctx.is_punct(end - 1) && ctx.lex.is_folded_organisation(&folded) {
                found = Some(start..end);
            }
        }
        found
    })
}

/// An organisation's name: the phrase without its leading determiner.
pub(super) fn org_name<'a>(ctx: &Ctx<'a>, p: &Pending) -> &'a str {
    // Figures or a document stand for their owner, who is named: "les
    // chiffres de l'Observatoire X" is the Observatoire X's.
    let from = owner_start(ctx, p.tokens.clone()).unwrap_or(p.tokens.start);
    // A known name inside its description is the name ("le quotidien
    // français Le Figaro", "la secte islamiste Boko Haram", "Le Caire"), so
    // that every article's rows meet under one name.
    // Not a place or body in the complement of an institution's noun: "le
    // Conseil départemental de la Creuse" is not the Creuse.
    let known = match &p.name {
        // The run classify looked up is not folded again.
        Some(n) => {
            let listed = p.run_listed.as_ref().filter(|(r, _)| r == n).map(|r| r.1);
            known_by_itself_listed(ctx, n.start, n.end, listed).then(|| n.clone())
        }
        None => known_name_inside(ctx, from..p.tokens.end),
    }
    .filter(|n| !in_complement_of_org_noun(ctx, from, n.start))
    // Nor the name of a place run as an institution after its noun
    // ("l'aéroport Charles-de-Gaulle" is no Charles-de-Gaulle).
    .filter(|n| {
        !(from..n.start)
            .find(|&k| !ctx.is(k, word::DETERMINER))
            .is_some_and(|h| h + 1 == n.start && ctx.is(h, word::INSTITUTION_PLACE))
    });
    if let Some(n) = known {
        return ctx.span(n.start, n.end).slice(ctx.text);
    }
    // An acronym in brackets after the name is no part of it ("la
    // Fédération nationale des pêcheurs riverains (FNPR)"): it is an alias.
    let end = match bracketed_acronym(ctx, from..p.tokens.end) {
        Some(k) => k - 1,
        None => p.tokens.end,
    };
    // A common noun describing the organisation before its name is no part
    // of the name either ("le syndicat Sud-Rail", "le quotidien La Voix du
    // Ségala", "l'ONG Vigie Sahel"), so that "Sud-Rail" alone meets it.
    if let Some(k) = described_name(ctx, from..end) {
        return ctx.span(k, end).slice(ctx.text);
    }
    // Determiners go ("le Parquet fédéral", "l'AFP"), unless they belong
    // to a known title or name ("Le Monde", "Le Figaro", "La Poste").
    let mut start = from;
    while start + 1 < p.tokens.end && ctx.is(start, word::DETERMINER) {
        if ctx.is_media_span(start, p.tokens.end)
            || known_by_itself(ctx, start, p.tokens.end)
            || outlet_title(ctx, start, p.tokens.end)
        {
            break;
        }
        start += 1;
    }
    ctx.span(start, end).slice(ctx.text)
}

/// Where the owner's name starts in a phrase of figures or of a document
/// with its owner in a "de" complement right after the noun ("les chiffres de l'Observatoire X",
/// "des informations du Courrier de Y", "les données de la préfecture de
/// l'Orne"): after "de" and its article, at a capitalised word or an
/// organisation's or institution's noun.
pub(super) fn owner_start(ctx: &Ctx<'_>, t: std::ops::Range<usize>) -> Option<usize> {
    let head = (t.start..t.end).find(|&k| !ctx.is(k, word::DETERMINER))?;
    // A document keeps its noun ("étude de Harvard"), a title its words
    // ("La Dépêche du Midi"), a source close to someone is not them ("une
    // source proche du ministère": "de" right after the noun only).
    if !ctx.is(head, word::SOURCE_NOUN)
        || ctx.is(head, word::DOCUMENT_NOUN)
        || ctx.is_capitalised(head)
        || head + 2 >= t.end
        || !ctx.is(head + 1, word::DE | word::DE_ARTICLE)
    {
        return None;
    }
    let mut k = head + 2;
    while k < t.end && ctx.is(k, word::ARTICLE_AFTER_DE) {
        k += 1;
    }
    (k < t.end && (ctx.is_capitalised(k) || ctx.is(k, word::ORG_NOUN | word::INSTITUTION_PLACE)))
        .then_some(k)
}

/// Whether a local newspaper's title opens `start..end`: a capitalised
/// article, a capitalised title word (`outlet_title_words`: "L'Écho",
/// "La Gazette", "Le Journal") and "de" ("L'Éveil de Castelvieil").
pub(super) fn outlet_title(ctx: &Ctx<'_>, start: usize, end: usize) -> bool {
    start + 3 < end.min(ctx.len())
        && matches!(ctx.surface(start), "Le" | "La" | "L'" | "L’")
        && ctx.is_capitalised(start + 1)
        && ctx
            .lex
            .grammar
            .outlet_title_words
            .contains(ctx.lower(start + 1))
        && ctx.is(start + 2, word::DE | word::DE_ARTICLE)
}

/// Where the name starts in a phrase of an organisation noun written in
/// lowercase (or an acronym noun, "ONG"), its lowercase adjectives, then a
/// capitalised name up to the phrase's end ("le groupe pétrolier Elf", "la
/// radio Fréquence Lembron"); not a name in a "de" complement.
fn described_name(ctx: &Ctx<'_>, t: std::ops::Range<usize>) -> Option<usize> {
    let head = (t.start..t.end).find(|&k| !ctx.is(k, word::DETERMINER))?;
    // A place run as an institution keeps its noun in its name, as a
    // place in its complement does ("l'université Paul-Sabatier",
    // "l'hôpital de Kerdavel"): the name alone is a person's or a place's.
    if !ctx.is(head, word::ORG_NOUN | word::TRADE_NOUN)
        || ctx.is(head, word::DOCUMENT_NOUN | word::INSTITUTION_PLACE)
        || (ctx.is_capitalised(head) && !ctx.tokens[head].is_upper())
    {
        return None;
    }
    let lowercase_adjective =
        |k: usize| ctx.tag(k) == crate::pos::Tag::Adj && !ctx.is_capitalised(k);
    let mut k = head + 1;
    while k < t.end && lowercase_adjective(k) {
        k += 1;
    }
    // An adjective the tagger reads as a noun, right before the name ("le
    // groupe immobilier Domnovane", "le syndicat enseignant SNES-FSU").
    if k + 1 < t.end
        && ctx.tag(k) == crate::pos::Tag::Nc
        && ctx.kind(k) == TokenKind::Word
        && !ctx.is_capitalised(k)
        && !ctx.is(k, word::ORG_NOUN | word::DE | word::DETERMINER)
        && (ctx.is_capitalised(k + 1) || ctx.tokens[k + 1].is_upper())
    {
        k += 1;
    }
    // A bare "de" complement of what the body does, then its name ("la
    // chaîne de télévision publique ARD", "l'agence de presse Nordvik"):
    // one lowercase noun and its adjectives, no article.
    if k + 2 < t.end
        && ctx.is(k, word::DE)
        && ctx.kind(k + 1) == TokenKind::Word
        && !ctx.is_capitalised(k + 1)
        && !ctx.tokens[k + 1].is_upper()
        && !ctx.is(k + 1, word::DETERMINER)
    {
        let mut j = k + 2;
        while j < t.end && lowercase_adjective(j) {
            j += 1;
        }
        if j < t.end && (ctx.is_capitalised(j) || ctx.tokens[j].is_upper()) {
            k = j;
        }
    }
    (k < t.end && (ctx.is_capitalised(k) || ctx.tokens[k].is_upper())).then_some(k)
}

/// The acronym's token when a phrase ends with one in brackets ("…
/// riverains (FNPR)").
pub(super) fn bracketed_acronym(ctx: &Ctx<'_>, t: std::ops::Range<usize>) -> Option<usize> {
    if t.len() < 4 {
        return None;
    }
    let k = t.end - 2;
    (ctx.surface(k + 1) == ")"
        && ctx.surface(k - 1) == "("
        && ctx.tokens[k].is_upper()
        && ctx.surface(k).chars().count() >= 2)
        .then_some(k)
}

/// Whether the name at `name` stands in a "de" complement of the
/// organisation noun or the place run as an institution that heads the
/// phrase starting at `start` ("la Chambre d'agriculture de l'Aveyron", "la
/// mairie de Plouvézec", "la ville de Bellencombe-sur-Aure").
fn in_complement_of_org_noun(ctx: &Ctx<'_>, start: usize, name: usize) -> bool {
    let Some(head) = (start..name).find(|&k| !ctx.is(k, word::DETERMINER)) else {
        return false;
    };
    ctx.is(head, word::ORG_NOUN | word::INSTITUTION_PLACE)
        && !ctx.is(head, word::DOCUMENT_NOUN)
        && (head + 1..name).any(|k| ctx.is(k, word::DE | word::DE_ARTICLE))
}
