//! The proper names of a document outside quotes, for `Document.people`
//! and for pronouns to refer to.

use super::name_runs::{after_de, name_after_complement, name_run, LeadingRun};
use super::*;

/// Names and titled names outside quotes, skipping Title-Case headlines:
/// into `buffers.pending` (emptied first; its other lists are the
/// function's).
pub(super) fn document_mentions(ctx: &Ctx<'_>, found: &Found, buffers: &mut index::Buffers) {
    // Names inside direct quotes are the speaker's words, not the narrative.
    let q = &mut buffers.quoted;
    q.clear();
    q.extend(
        found
            .quotes
            .iter()
            .filter(|q| q.kind == QuoteKind::Direct)
            .map(|q| q.content)
            .chain(found.terms.iter().copied()),
    );
    q.sort_by_key(|s| s.start);
    let q = &*q;
    // Whether token `k` is inside a quote: tokens are asked in text order,
    // so one pointer walks the quotes once.
    let mut qi = 0;
    let mut inside = |k: usize| {
        let start = ctx.tokens[k].start as usize;
        while qi < q.len() && q[qi].end <= start {
            qi += 1;
        }
        qi < q.len() && q[qi].start <= start
    };
    // Sized once for about a name per sentence and the quotes' speakers
    // that `resolve` adds, rather than grown mention by mention.
    // (The lists are moved out of `buffers` while they are filled: a local
    // list's length and pointer stay in registers.)
    let mut out = std::mem::take(&mut buffers.pending);
    out.clear();
    out.reserve(ctx.sentences.len() + found.quotes.len());
    // The capitalised words of a sentence, reused from sentence to sentence.
    let mut capitalised = std::mem::take(&mut buffers.capitalised);
    // The last name run read from a name word, for `classify` to reuse.
    let mut leading = None;
    for (i, s) in ctx.sentences.iter().enumerate() {
        crate::limits::every(i);
        crate::limits::every_jump(s.tokens.start, s.tokens.end);
        // The sentence's tokens as one slice, read once: its words counted
        // and its capitalised words ([`Ctx::is_capitalised`]: the only ones
        // a name opens at) listed.
        capitalised.clear();
        let mut words = 0usize;
        for (k, t) in s.tokens.clone().zip(&ctx.tokens[s.tokens.clone()]) {
            if t.kind == TokenKind::Word {
                words += 1;
                if t.is_title() {
                    capitalised.push(k as u32);
                }
            }
        }
        let capitals = capitalised.len();
        // A Title-Case headline capitalises its function words too ("Il Ne
        // Permettrait Pas…, A Déclaré Poutine") or ends with no period; a
        // sentence of names does neither ("Ce sont Charles Barkley, Karl
        // Malone et John Stockton.").
        if words >= 4 && capitals * 10 >= words * 7 {
            let last = s.tokens.end - 1;
            let title_case = (s.tokens.start + 1..s.tokens.end).any(|k| {
                ctx.tokens[k].is_title() && ctx.is(k, word::FUNCTION_WORD | word::AUXILIARY)
            });
            if title_case || ctx.surface(last) != "." {
                continue;
            }
        }
        // The next capitalised word at or after `k`, in the list.
        let mut next = 0;
        let mut k = s.tokens.start;
        loop {
            while next < capitalised.len() && (capitalised[next] as usize) < k {
                next += 1;
            }
            let Some(&c) = capitalised.get(next) else {
                break;
            };
            k = c as usize;
            if ctx.is(k, word::DETERMINER) || inside(k) {
                k += 1;
                continue;
            }
            let Some(mut run) = opening_name_run(ctx, k, s.tokens.end, &mut leading) else {
                k += 1;
                continue;
            };
            // After a title, a capitalised particle opens the surname ("Mme
            // Du Barry", "le juge Le Corvec").
            if run.start == k
                && k > s.tokens.start + 1
                && ctx.is_capitalised(k - 1)
                && ctx.is(k - 1, word::SURNAME_PARTICLE)
                && ctx.is(k - 2, word::TITLE)
            {
                run.start -= 1;
            }
            // An institution's capitalised head whose name goes on in a "de"
            // complement ("L'Agence des lagunes méditerranéennes", "la
            // Conférence des présidents") is no body of its own: cut there,
            // it would become one named "Agence" that "l'agence" or "la
            // Conférence" then refers to.
            if run.len() == 1
                && ctx.is(run.start, word::ORG_NOUN)
                && run.end < s.tokens.end
                && ctx.is(run.end, word::DE | word::DE_ARTICLE)
            {
                k = run.end;
                continue;
            }
            // Extend the run while names continue.
            while run.end < s.tokens.end
                && ctx.is_capitalised(run.end)
                && !ctx.is(run.end, word::DETERMINER)
                && !ctx.is(run.end, word::TITLE)
            {
                run.end += 1;
            }
            // A name after an institution or a place in a complement ("le
            // ministre de l'Intérieur Manuel Valls").
            if after_de(ctx, s.tokens.start + 2, run.start) {
                if let Some(j) = name_after_complement(ctx, run.start, run.end, true) {
                    run.start = j;
                }
            }
            // Titles and adjectives before the name: "le président kazakh".
            let mut from = run.start;
            while from > s.tokens.start && from + 4 > run.start {
                let w_flags = ctx.flags(from - 1);
                // A nationality noun too: "le Norvégien Eskil Tveitnes".
                if (w_flags & (word::TITLE | word::DEMONYM) != 0)
                    || (!ctx.is_capitalised(from - 1)
                        && ctx.kind(from - 1) == TokenKind::Word
                        && (w_flags & word::DETERMINER == 0)
                        && (w_flags & word::PREPOSITION == 0)
                        && (w_flags & word::SUBORDINATOR == 0)
                        && (w_flags & word::SPEECH_VERB == 0)
                        && (w_flags & word::AUXILIARY == 0))
                {
                    from -= 1;
                } else {
                    break;
                }
            }
            if from > s.tokens.start
                && ctx.is(from - 1, word::DETERMINER)
                && !ctx.is(from - 1, word::DE | word::DE_ARTICLE)
            {
                from -= 1;
            }
            let titled = (from..run.start).any(|j| ctx.is(j, word::TITLE));
            // A name introduced by a thing's noun or a naming word ("cette
            // planète Alpha Centauri Bb", "un système appelé Alpha Centauri")
            // names a thing.
            let thing = !titled
                && ((from..run.start)
                    .find(|&j| !ctx.is(j, word::DETERMINER))
                    .is_some_and(|j| is_noun_of(ctx, j, word::THING_NOUN))
                    // An English law's title ("Stop Online Piracy Act").
                    || ctx.is(run.end - 1, word::THING_NAME_END)
                    // A place's name in the complement of a place's noun ("la
                    // base de Cape Canaveral", "la banlieue d'Iju").
                    || after_place_noun(ctx, s.tokens.start, run.start)
                    || (run.start > s.tokens.start && ctx.is(run.start - 1, word::NAMING_WORD))
                    // A name with digits is a product's or a thing's ("McDonnell
                    // Douglas MD-83", "la DeLorean DMC-12").
                    // (Read as the tokens' bytes, with no slice of the text.)
                    || run
                        .clone()
                        .any(|j| ctx.surface_bytes(j).iter().any(u8::is_ascii_digit)));
            let sentence_initial = run.start == s.tokens.start;
            // A lone name in apposition to an age or a person's role is a
            // person named by a first name (vox pops: "Kevin, 34 ans,",
            // "Sophie, infirmière,"), at a sentence's start too.
            // A first word the lexicons know as a common word is no first
            // name ("Interrogée, la directrice …", "Présente, la maire …").
            let person_apposition = run.len() == 1
                && !titled
                && lone_name_with_apposition(ctx, run.end, s.tokens.end)
                && !(sentence_initial
                    && !ctx.is(run.start, word::COMMON_FIRST_NAME)
                    && ctx.lex.pos.is_common_word(ctx.lower(run.start)));
            if !thing && (run.len() >= 2 || titled || !sentence_initial || person_apposition) {
                let m = MentionTokens {
                    tokens: from..run.end,
                    pronoun_offset: None,
                    head: None,
                };
                let mut p = classify(ctx, &m, None, leading.as_ref());
                if p.kind == MentionKind::Name && !titled && run.len() == 1 && !person_apposition {
                    // A single capitalised word is a name only if it is
                    // already known; otherwise it is likely a place.
                    p.kind = MentionKind::Role;
                    p.name = Some(run.clone());
                }
                out.push(p);
            }
            k = run.end;
        }
    }
    buffers.pending = out;
    buffers.capitalised = capitalised;
}

/// Whether a comma at `k` (before `end`) opens an apposition that only a
/// person takes: an age ("34 ans") or a person's title or role, after an
/// article or not ("père d'un nourrisson", "une infirmière"). A place's
/// ("capitale de", "ville de") is neither.
fn lone_name_with_apposition(ctx: &Ctx<'_>, k: usize, end: usize) -> bool {
    if k + 2 >= end || ctx.surface(k) != "," {
        return false;
    }
    let mut w = k + 1;
    if ctx.kind(w) == TokenKind::Number {
        return ctx.lex.grammar.age_nouns.contains(ctx.lower(w + 1));
    }
    if ctx.is(w, word::DETERMINER) && !ctx.is(w, word::DE | word::DE_ARTICLE) {
        w += 1;
    }
    w < end && !ctx.is_capitalised(w) && ctx.is(w, word::TITLE)
}

/// The name run that opens at the capitalised word `k` (not past `end`), or
/// after an outlet that opens there ("RIA Novosti Valentine Sapounov").
///
/// `name_run` finds a run that starts at a word other than a name word only
/// when that word is a capitalised particle ("Le Pen"); otherwise its run
/// starts further on, which only an outlet at `k` lets through. So a
/// capitalised word that is neither ("Il", "Selon", "Mais") opens no run,
/// and the scan of the words after it is skipped.
/// A run read from a name word is kept in `leading`.
fn opening_name_run(
    ctx: &Ctx<'_>,
    k: usize,
    end: usize,
    leading: &mut Option<LeadingRun>,
) -> Option<std::ops::Range<usize>> {
    let t = k..(k + 6).min(end);
    let run = if ctx.name_word(k) {
        let l = leading.insert(LeadingRun::read(ctx, t));
        l.run()
    } else if ctx.is(k, word::SURNAME_PARTICLE | word::MEDIA_WORD) {
        name_run(ctx, t)
    } else {
        return None;
    };
    run.filter(|r| r.start == k || ctx.is_media_span(k, r.start))
}

/// Whether the word at `k` is a noun of `class`, singular or plural ("la
/// fusée", "les fusées Titan III et IV", "les navires Mistral").
fn is_noun_of(ctx: &Ctx<'_>, k: usize, class: word::Classes) -> bool {
    let w = ctx.lower(k);
    ctx.is(k, class)
        || w.strip_suffix('s')
            .or_else(|| w.strip_suffix('x'))
            .is_some_and(|singular| ctx.lex.is(singular, class))
}

/// Whether the name at `start` (not before `floor`) is in the "de"
/// complement of a place's noun, past its adjectives ("la ville de",
/// "l'aéroport d'", "le quartier populaire de la"), singular or plural.
fn after_place_noun(ctx: &Ctx<'_>, floor: usize, start: usize) -> bool {
    let mut noun = if start >= floor + 3
        && ctx.is(start - 1, word::ARTICLE_AFTER_DE)
        && ctx.is(start - 2, word::DE)
    {
        start - 3
    } else if start >= floor + 2 && ctx.is(start - 1, word::DE | word::DE_ARTICLE) {
        start - 2
    } else {
        return false;
    };
    // The noun or, past its adjectives, one of the two words before it ("la
    // banlieue très peuplée d'Iju"; read by form, as most sentences are not
    // tagged), never across an article, a preposition or punctuation.
    let lowest = noun.saturating_sub(2).max(floor);
    loop {
        if is_noun_of(ctx, noun, word::PLACE_NOUN) {
            return true;
        }
        if noun == lowest
            || ctx.is_punct(noun - 1)
            || ctx.is_capitalised(noun - 1)
            || ctx.is(
                noun - 1,
                word::DETERMINER | word::PREPOSITION | word::DE | word::DE_ARTICLE,
            )
        {
            return false;
        }
        noun -= 1;
    }
}
