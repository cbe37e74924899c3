//! Reading a mention: pronoun, name, organisation or role, its gender, and
//! the proper names of a document outside quotes.

use super::*;

/// Classifies a mention: pronoun, name, organisation or role.
pub(super) fn classify(ctx: &Ctx<'_>, m: &MentionTokens, quote: Option<usize>) -> Pending {
    let mut t = m.tokens.clone();
    // A known organisation whose name the phrase reader cut at an inner
    // word ("Reporters sans frontières") takes its whole name.
    let known_org = known_organisation(ctx, t.clone());
    if let Some(org) = &known_org {
        t.end = t.end.max(org.end);
    }
    let mut span = ctx.span(t.start, t.end);
    if let Some(offset) = m.pronoun_offset {
        span.start += offset;
    }
    let first = ctx.lower(t.start);
    let pronoun_gender = |w: &str| -> Option<Gender> {
        let w = w.trim_start_matches("-t-").trim_start_matches('-');
        match w {
            "il" | "lui" | "celui-ci" => Some(Gender::Masculine),
            "elle" | "celle-ci" => Some(Gender::Feminine),
            "ils" | "elles" | "eux" | "on" | "je" | "j'" | "nous" | "vous" | "tu" => {
                Some(Gender::Unknown)
            }
            _ => None,
        }
    };
    if t.len() == 1 {
        if let Some(g) = pronoun_gender(first) {
            let subject = quote.is_some()
                || ctx.lex.is(
                    first.trim_start_matches("-t-").trim_start_matches('-'),
                    word::THIRD_PERSON,
                );
            return Pending {
                tokens: t,
                span,
                kind: MentionKind::Pronoun,
                name: None,
                gender: g,
                quote,
                subject,
            };
        }
    }
    // The proper-name run: the last run of capitalised words. After a
    // plural article it names a group ("les Wikipédiens russophones"), not
    // a person.
    let run = match m.head {
        Some(h) => head_name_run(ctx, t.clone(), h),
        None => name_run(ctx, t.clone()),
    };
    // A place speaks only by metonymy ("Paris a répondu", "les États-Unis
    // ont affirmé"): an organisation.
    let place = run
        .clone()
        .is_some_and(|n| ctx.lex.is_place(ctx.span(n.start, n.end).slice(ctx.text)));
    let group = run
        .as_ref()
        .is_some_and(|n| n.start == t.start + 1 && ctx.is(t.start, word::PLURAL_ARTICLE));
    let article = article_before_name(ctx, t.clone(), run.clone());
    let name = run.filter(|_| !group && article != ArticleBefore::CommonWord);
    let mut gender = phrase_gender(ctx, t.clone());
    if gender == Gender::Unknown {
        gender = apposition_before_gender(ctx, t.start);
    }
    if gender == Gender::Unknown {
        gender = agreement_gender(ctx, t.start, t.end);
    }
    // The head decides: "la porte-parole de la fédération" is a person,
    // "la fédération des banques" an organisation. The head is the first
    // noun, before any "de" complement.
    let head_end = (t.start + 1..t.end)
        .find(|&k| ctx.is(k, word::DE | word::DE_ARTICLE))
        .unwrap_or(t.end);
    // A name in apposition to an organisation ("la fédération des banques,
    // Febelfin") names that organisation.
    // Only a bare name: "…, le président François Hollande" has a head of
    // its own.
    let org_apposition = name.as_ref().is_some_and(|n| n.start == t.start)
        && apposition_head(ctx, t.start).is_some_and(|h| ctx.is(h, word::ORG_NOUN));
    // A known organisation after its description ("la secte islamiste Boko
    // Haram").
    let known_name = name.clone().is_some_and(|n| {
        ctx.lex
            .is_organisation(ctx.span(n.start, n.end).slice(ctx.text))
    });
    // A document stands for the organisation it names ("un rapport de la
    // Ligue arabe", "une note de la DST"); one that names none ("le
    // rapport", "une enquête menée dans des ports belges") has no author the
    // sentence gives, unless it refers back to one (role_target).
    let document = (t.start..head_end).any(|k| ctx.is(k, word::DOCUMENT_NOUN));
    let authored = {
        let mut k = head_end + 1;
        while k < t.end && ctx.is(k, word::DETERMINER) {
            k += 1;
        }
        k < t.end
            && (ctx.is_capitalised(k) || ctx.tokens[k].is_upper() || ctx.is(k, word::ORG_NOUN))
    };
    let org = place
        || known_org.is_some()
        || known_name
        || org_apposition
        || article == ArticleBefore::Name
        || (document && authored)
        || (!document
            && (t.start..head_end).any(|k| {
                let w_flags = ctx.flags(k);
                (w_flags & word::ORG_NOUN != 0) && (!ctx.is_capitalised(k) || k == t.start)
            }))
        || ctx.is_media_span(t.start, t.end)
        || name.clone().is_some_and(|n| {
            n.len() == 1
                && ctx.tokens[n.start].is_upper()
                && ctx.surface(n.start).chars().count() >= 2
                || ctx.is_media_span(n.start, n.end)
                || n.clone().any(|k| ctx.is(k, word::ORG_NOUN))
        });
    let kind = if org {
        MentionKind::Organisation
    } else if name.is_some() {
        MentionKind::Name
    } else {
        MentionKind::Role
    };
    let subject = quote.is_some() || before_verb(ctx, t.end);
    Pending {
        tokens: t,
        span,
        kind,
        name,
        gender,
        quote,
        subject,
    }
}

/// What stands between a phrase's article and the name run in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ArticleBefore {
    /// No lowercase definite article right before the run (past adjectives).
    None,
    /// A title or a common word, capitalised: a role ("le Duc", "le jeune
    /// Baron", "le Français").
    CommonWord,
    /// Any other name: a person takes no article, so an organisation or a
    /// thing ("le China Daily", "la NASA", "le Hamas").
    Name,
}

/// Reads a name run of at most two words right after a lowercase definite
/// article (past lowercase adjectives): persons are named without one, but
/// for a woman's single name after "la".
fn article_before_name(
    ctx: &Ctx<'_>,
    t: std::ops::Range<usize>,
    run: Option<std::ops::Range<usize>>,
) -> ArticleBefore {
    let Some(n) = run else {
        return ArticleBefore::None;
    };
    let led = n.start > t.start
        && n.len() <= 2
        && ctx.is(t.start, word::SINGULAR_DEFINITE)
        && !ctx.is_capitalised(t.start)
        && (t.start + 1..n.start)
            .all(|k| ctx.tag(k) == crate::pos::Tag::Adj && !ctx.is_capitalised(k));
    if !led {
        ArticleBefore::None
    } else if n.len() == 1 && ctx.is(n.start, word::TITLE | word::LOWERCASE_WORD) {
        ArticleBefore::CommonWord
    } else if n.len() == 1 && ctx.lower(t.start) == "la" {
        // "la Zambinella", "la Callas": a woman, by an old idiom.
        ArticleBefore::None
    } else {
        ArticleBefore::Name
    }
}

/// Whether a verb follows a phrase ending before token `end`, past the
/// clitics that stand between a subject and its verb ("Paul Durand a
/// appris", "X ne le savait pas", "X lui répondit"): the phrase is the
/// clause's subject.
fn before_verb(ctx: &Ctx<'_>, end: usize) -> bool {
    let mut k = end;
    while k < ctx.len()
        && k < end + 3
        && (ctx.is(k, word::OBJECT_CLITIC)
            || ctx.is(
                k,
                word::NE | word::REFLEXIVE | word::CLITIC_Y | word::CLITIC_EN,
            ))
    {
        k += 1;
    }
    k < ctx.len()
        && (ctx.is(
            k,
            word::AUXILIARY | word::SPEECH_VERB | word::NARRATIVE_PAST,
        ) || ctx.tag(k) == crate::pos::Tag::V)
}

/// The proper-name run of a phrase whose head is known: the head itself
/// when it is a name ("Paul Durand (UMP)"), the name right after a head
/// title ("le président kazakh Kassym-Jomart Tokayev", "le général de
/// Gaulle"), or a name in apposition after a comma ("le porte-parole du
/// Kremlin, Dmitri Peskov"). Capitals inside a complement are not the
/// speaker's name ("le secrétaire d'État", "la députée de Moselle").
pub(super) fn head_name_run(
    ctx: &Ctx<'_>,
    t: std::ops::Range<usize>,
    head: usize,
) -> Option<std::ops::Range<usize>> {
    use crate::pos::Tag;
    let run_from = |start: usize| -> Option<std::ops::Range<usize>> {
        let mut run = name_run(ctx, start..t.end).filter(|r| r.start == start)?;
        run.start = with_capitalised_particle(ctx, t.start, run.start, run.end);
        // A party or agency acronym before a name is not part of it ("le
        // député LFI François Ruffin").
        while run.len() >= 2
            && ctx.tokens[run.start].is_upper()
            && ctx.surface(run.start).chars().count() >= 2
        {
            run.start += 1;
        }
        Some(run)
    };
    if ctx.name_word(head) {
        return run_from(head);
    }
    // Adjectives after the title, then the name.
    let mut k = head + 1;
    while k < t.end && ctx.tag(k) == Tag::Adj && !ctx.is_capitalised(k) {
        k += 1;
    }
    if k < t.end && ctx.name_word(k) {
        return run_from(k);
    }
    // A name in apposition names the person, not capitals after "de" ("le
    // directeur de Renault, Jean Briand"); with none, "de" and a name after
    // a title may be a surname ("le général de Gaulle").
    let comma = (head + 1..t.end).find(|&c| ctx.lower(c) == ",");
    let apposition = comma.and_then(|comma| run_from(comma + 1));
    if apposition.is_some() {
        return apposition;
    }
    if k + 1 < t.end
        && ctx.is(k, word::DE)
        && ctx.is(head, word::TITLE)
        && ctx.tag(k + 1) == Tag::Npp
    {
        // "le général de Gaulle", but "la députée de Moselle" is a place's.
        return run_from(k + 1).filter(|r| !known_by_itself(ctx, r.start, r.end));
    }
    if comma.is_some() {
        return None;
    }
    // A name after the complement's institution or place ("le ministre de
    // l'Intérieur Manuel Valls", "le directeur du site de Jababeka David
    // Quentin").
    let mut end = t.end;
    while end > head + 1 && !ctx.name_word(end - 1) {
        end -= 1;
    }
    let mut start = end;
    while start > head + 1 && ctx.name_word(start - 1) {
        start -= 1;
    }
    if !after_de(ctx, head + 2, start) {
        return None;
    }
    name_after_complement(ctx, start, end, true).map(|from| from..end)
}

/// The proper-name run of a phrase: its first run when the phrase opens with
/// a name ("Rami Abd al-Rahman de l'Observatoire"), else its last run ("le
/// président kazakh Kassym-Jomart Tokayev").
pub(super) fn name_run(ctx: &Ctx<'_>, t: std::ops::Range<usize>) -> Option<std::ops::Range<usize>> {
    let is_name = |k: usize| ctx.name_word(k);
    let particle = |k: usize| ctx.is(k, word::NAME_PARTICLE);
    if !t.is_empty() && is_name(t.start) {
        let mut end = t.start + 1;
        loop {
            if end < t.end && is_name(end) {
                end += 1;
                continue;
            }
            // Particles inside a name: "Ursula von der Leyen".
            let mut k = end;
            while k < t.end && k < end + 2 && particle(k) {
                k += 1;
            }
            if k > end && k < t.end && is_name(k) {
                end = k + 1;
                continue;
            }
            break;
        }
        let run = without_outlet(ctx, t.start, end);
        return without_common_words(ctx, run.start, run.end);
    }
    let mut end = t.end;
    while end > t.start && !is_name(end - 1) {
        end -= 1;
    }
    if end == t.start {
        return None;
    }
    let mut start = end - 1;
    while start > t.start {
        if is_name(start - 1) {
            start -= 1;
        } else if start >= t.start + 2 && particle(start - 1) && is_name(start - 2) {
            start -= 2;
        } else {
            break;
        }
    }
    start = with_capitalised_particle(ctx, t.start, start, end);
    // After an article-bearing complement, the capitals name an institution
    // or a place, not the person: "le ministre de l'Intérieur", "le
    // porte-parole du Kremlin", "la présidente de la Région".
    // So do capitals after a plain "de" that follows a common noun ("une
    // infirmière de l'hôpital de Lyon") or an institution ("l'Observatoire
    // de La Silla"); after a title they may be a surname ("le général de
    // Gaulle").
    let complement = start > t.start
        && (ctx.is(start - 1, word::DE_ARTICLE)
            || (start > t.start + 1
                && ctx.is(start - 1, word::ARTICLE_AFTER_DE)
                && ctx.is(start - 2, word::DE))
            || (start > t.start + 1
                && ctx.is(start - 1, word::DE)
                && ctx.kind(start - 2) == TokenKind::Word
                && (!ctx.is_capitalised(start - 2) || ctx.is(start - 2, word::ORG_NOUN))
                && !ctx.is(start - 2, word::TITLE | word::DETERMINER)));
    // After such a complement, or a title's "de", a name may still follow
    // the institution or place ("le ministre de l'Intérieur Manuel Valls",
    // "le directeur du site de Jababeka David Quentin", "le préfet de Corse
    // Claude Érignac").
    let after_title =
        start > t.start + 1 && ctx.is(start - 1, word::DE) && ctx.is(start - 2, word::TITLE);
    if complement || after_title {
        match name_after_complement(ctx, start, end, complement) {
            Some(s) => start = s,
            None if complement || known_by_itself(ctx, start, end) => return None,
            None => {}
        }
    }
    start = without_outlet(ctx, start, end).start;
    // A party or agency acronym before a name ("le député LFI François
    // Ruffin") is not part of it.
    while end - start >= 2
        && ctx.tokens[start].is_upper()
        && ctx.surface(start).chars().count() >= 2
    {
        start += 1;
    }
    without_common_words(ctx, start, end)
}

/// A name run without the capitalised common words that open it (a word
/// French writes in lowercase, never a proper noun in the treebanks nor
/// read as one here): a demonym
/// before a name ("le Britannique Donald Finlay"), a heading's or a
/// thing's noun ("Affaire Clearstream"). When a particle follows them the
/// run names a thing after a place or a person ("Guerre d'Indochine",
/// "Assassinat de…", "Tour de France"): no name. Known places, outlets and
/// organisations keep their words ("Côte d'Ivoire").
fn without_common_words(ctx: &Ctx<'_>, start: usize, end: usize) -> Option<std::ops::Range<usize>> {
    if known_by_itself(ctx, start, end) {
        return Some(start..end);
    }
    let mut from = start;
    while from < end
        && ctx.is(from, word::LOWERCASE_WORD)
        && !ctx.is(from, word::NAME_PARTICLE | word::ORG_NOUN)
        && ctx.tag(from) != crate::pos::Tag::Npp
        && !ctx.lex.pos.seen_as_name(ctx.lower(from))
        && !ctx.tokens[from].is_upper()
    {
        from += 1;
    }
    if from == start {
        Some(start..end)
    } else if from == end || ctx.is(from, word::NAME_PARTICLE) {
        None
    } else {
        Some(from..end)
    }
}

/// Whether the word at `start` (not before `floor`) opens a complement: it
/// follows "du", "des", "de", "d'", "de la" or "de l'".
fn after_de(ctx: &Ctx<'_>, floor: usize, start: usize) -> bool {
    start >= floor
        && (ctx.is(start - 1, word::DE | word::DE_ARTICLE)
            || (ctx.is(start - 1, word::ARTICLE_AFTER_DE) && ctx.is(start - 2, word::DE)))
}

/// Where a name `[start, end)` starts once a capitalised particle before it
/// (at or after `floor`) opens its surname ("Le Pen", "La Fontaine", "De
/// Gaulle"), unless the name is a place or an organisation by itself ("La
/// Syrie") or an acronym ("Le PP").
fn with_capitalised_particle(ctx: &Ctx<'_>, floor: usize, start: usize, end: usize) -> usize {
    let particle = start > floor
        && ctx.is_capitalised(start - 1)
        && ctx.is(start - 1, word::SURNAME_PARTICLE)
        && !ctx.tokens[start].is_upper()
        && !known_by_itself(ctx, start, end);
    start - usize::from(particle)
}

/// Where a person's name starts in a run of capitals that opens with the
/// complement's institution or place: past the longest known place,
/// outlet or organisation, else (when `guess`) past its first word; the
/// rest must be a first name and a surname that name nothing else ("du New
/// York Times" is one outlet, "de l'Union des Industries" no person).
fn name_after_complement(ctx: &Ctx<'_>, start: usize, end: usize, guess: bool) -> Option<usize> {
    if end - start < 3 {
        return None;
    }
    let known = (start + 1..=end)
        .rev()
        .find(|&j| known_by_itself(ctx, start, j));
    let from = match known {
        Some(j) => j,
        // One unknown word, not an institution's ("de l'Université d'État").
        None if guess && !ctx.is(start, word::ORG_NOUN) => start + 1,
        None => return None,
    };
    (end >= from + 2
        && ctx.name_word(from)
        && !known_by_itself(ctx, from, end)
        && !(from..end).any(|k| ctx.is(k, word::ORG_NOUN)))
    .then_some(from)
}

/// The first known place, outlet or organisation inside a phrase after its
/// first word ("le quotidien français Le Figaro"), the longest at its start.
fn known_name_inside(ctx: &Ctx<'_>, t: std::ops::Range<usize>) -> Option<std::ops::Range<usize>> {
    (t.start + 1..t.end)
        .filter(|&k| ctx.is_capitalised(k) || ctx.tokens[k].is_upper())
        .find_map(|k| {
            (k + 1..=t.end.min(k + 6))
                .rev()
                .find(|&e| known_by_itself(ctx, k, e))
                .map(|e| k..e)
        })
}

/// Whether tokens `[start, end)` name a place, an outlet or a known
/// organisation by themselves.
fn known_by_itself(ctx: &Ctx<'_>, start: usize, end: usize) -> bool {
    let text = ctx.span(start, end).slice(ctx.text);
    ctx.lex.is_place_or_organisation(text) || ctx.is_media_span(start, end)
}

/// The folded first name of a name run, if it has one: its first word, when
/// a surname follows and it is not a particle ("Le Pen" has none).
pub(super) fn first_name(ctx: &Ctx<'_>, n: &std::ops::Range<usize>) -> Option<String> {
    (n.len() >= 2 && !ctx.is(n.start, word::NAME_PARTICLE)).then(|| fold(ctx.surface(n.start)))
}

/// The gender cue of a title phrase in apposition before a name ("le
/// ministre des finances, Pierre Moscovici, a ajouté"; "La première ministre
/// du Québec, Pauline Marois"): the phrase between the comma and the one
/// before it (or the clause start), when it opens with an article or a title.
fn apposition_before_gender(ctx: &Ctx<'_>, start: usize) -> Gender {
    match apposition_start(ctx, start) {
        Some(from) => phrase_gender(ctx, from..start - 1),
        None => Gender::Unknown,
    }
}

/// The head noun of the phrase in apposition before a name: its first word
/// past the article and adjectives' run ("la fédération des banques,
/// Febelfin" gives "fédération").
fn apposition_head(ctx: &Ctx<'_>, start: usize) -> Option<usize> {
    let from = apposition_start(ctx, start)?;
    (from..start - 1).find(|&k| !ctx.is(k, word::DETERMINER))
}

/// Where the phrase in apposition before a name starts: after the comma
/// before it (or the clause start), at its first article or title.
fn apposition_start(ctx: &Ctx<'_>, start: usize) -> Option<usize> {
    if start < 2 || ctx.lower(start - 1) != "," {
        return None;
    }
    let comma = start - 1;
    let floor = ctx
        .sentence_tokens(comma)
        .start
        .max(comma.saturating_sub(16));
    let mut from = comma;
    while from > floor && !ctx.is_punct(from - 1) {
        from -= 1;
    }
    // Skip "Selon", "D'après", "De son côté": the phrase opens at its article.
    while from < comma && !ctx.is(from, word::DETERMINER | word::TITLE) {
        from += 1;
    }
    (from < comma).then_some(from)
}

/// Gender cues after a phrase: the agreement of a past participle with être
/// ("Paul Durand est arrivé", "elle s'est dite", "a été élue") and a
/// gendered title in apposition ("Fatoumata Maïga, présidente d'une ONG").
pub(super) fn agreement_gender(ctx: &Ctx<'_>, start: usize, end: usize) -> Gender {
    let word_at =
        |k: usize| (k < ctx.len() && ctx.kind(k) == TokenKind::Word).then(|| ctx.lower(k));
    let title_at = |k: usize| word_at(k).and_then(|w| ctx.lex.title(w));
    // A phrase in a "de" complement agrees with nothing: the words after it
    // agree with the head ("la réfutation de George Berkeley est restée
    // célèbre", "la porte de Marthe était fermée").
    if start > 0 && matches!(ctx.lower(start - 1), "de" | "d'" | "du" | "des") {
        return Gender::Unknown;
    }
    if end < ctx.len() && ctx.lower(end) == "," {
        // Apposition: "X, présidente de…", "X, le porte-parole de…", "X,
        // l'un des responsables"; an epicene title takes its adjective ("X,
        // sociologue français", "X, secrétaire générale du parti").
        return match (word_at(end + 1), title_at(end + 1)) {
            (_, Some(Gender::Unknown)) => adjective_gender(ctx, end + 2),
            (_, Some(g)) => g,
            (Some("le" | "un"), None) if title_at(end + 2).is_some() => Gender::Masculine,
            (Some("la" | "une"), None) if title_at(end + 2).is_some() => Gender::Feminine,
            (Some("l'"), None) => match (word_at(end + 2), word_at(end + 3)) {
                (Some("un"), Some("des" | "d'")) => Gender::Masculine,
                (Some("une"), Some("des" | "d'")) => Gender::Feminine,
                _ => Gender::Unknown,
            },
            _ => Gender::Unknown,
        };
    }
    let mut k = end;
    while word_at(k).is_some() && ctx.is(k, word::NE | word::REFLEXIVE) {
        k += 1;
    }
    let etre = match word_at(k) {
        Some("est" | "était" | "sera" | "serait" | "fut") => 1,
        Some("a" | "avait" | "aura" | "aurait") if word_at(k + 1) == Some("été") => 2,
        _ => return Gender::Unknown,
    };
    match word_at(k + etre) {
        Some(w) if w.chars().count() > 3 && w.ends_with("ée") => Gender::Feminine,
        Some(w) if w.chars().count() > 2 && w.ends_with('é') => Gender::Masculine,
        _ => Gender::Unknown,
    }
}

/// The gender of an adjective at `k` when the treebanks give it one
/// ("français", "générale"), else `Unknown`.
fn adjective_gender(ctx: &Ctx<'_>, k: usize) -> Gender {
    if k >= ctx.len() || ctx.tag(k) != crate::pos::Tag::Adj || ctx.is_capitalised(k) {
        return Gender::Unknown;
    }
    ctx.tags[k].morph.gender()
}

/// The tokens of a known organisation's name opening the phrase (after its
/// article), up to 6 words, possibly past the phrase's end.
fn known_organisation(ctx: &Ctx<'_>, t: std::ops::Range<usize>) -> Option<std::ops::Range<usize>> {
    let mut start = t.start;
    while start < t.end && ctx.is(start, word::DETERMINER) {
        start += 1;
    }
    if start >= t.end || !ctx.is_capitalised(start) && !ctx.tokens[start].is_upper() {
        return None;
    }
    // The longest phrase of up to six tokens that folds to a known name,
    // folded one token at a time and given up once it starts no name.
    let limit = (start + 6).min(ctx.len());
    let mut folded = String::new();
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
}

/// A name run without the outlet before it ("a annoncé à l'agence RIA
/// Novosti Valentine Sapounov": the name is Valentine Sapounov).
fn without_outlet(ctx: &Ctx<'_>, start: usize, end: usize) -> std::ops::Range<usize> {
    match (start + 1..end)
        .rev()
        .find(|&k| ctx.is_media_span(start, k))
    {
        Some(k) => k..end,
        None => start..end,
    }
}

/// Gender cues inside a phrase: the article before a title, an honorific,
/// a gendered title.
pub(super) fn phrase_gender(ctx: &Ctx<'_>, t: std::ops::Range<usize>) -> Gender {
    let mut gender = Gender::Unknown;
    for k in t {
        let w = ctx.lower(k);
        match w {
            "m." | "mm." => return Gender::Masculine,
            "mme" | "mme." | "mlle" | "mlle." | "mmes" => return Gender::Feminine,
            // "l'un des responsables", "l'une des porte-parole"
            "un" | "une" if k > 0 && ctx.lower(k - 1) == "l'" => {
                return if w == "un" {
                    Gender::Masculine
                } else {
                    Gender::Feminine
                };
            }
            _ => {}
        }
        if let Some(g) = ctx.lex.title(w) {
            if g != Gender::Unknown {
                return g;
            }
            // An epicene title takes the article before it, past its
            // adjectives ("la première ministre", "le nouveau porte-parole",
            // "l'un des porte-parole").
            let mut j = k;
            while j > 0 && j + 3 > k && !ctx.is(j - 1, word::DETERMINER) {
                j -= 1;
            }
            let article = if j > 0 { ctx.lower(j - 1) } else { "" };
            let after_article = if j < k { ctx.lower(j) } else { "" };
            gender = match (article, after_article) {
                ("l'", "un") | ("le" | "un" | "du" | "au" | "ce", _) => Gender::Masculine,
                ("l'", "une") | ("la" | "une" | "cette", _) => Gender::Feminine,
                _ => gender,
            };
        }
    }
    gender
}

/// Names and titled names outside quotes, skipping Title-Case headlines.
pub(super) fn document_mentions(ctx: &Ctx<'_>, found: &Found) -> Vec<Pending> {
    let mut inside = vec![false; ctx.len()];
    // Names inside direct quotes are the speaker's words, not the narrative.
    let mut q = found
        .quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Direct)
        .map(|q| q.content)
        .chain(found.terms.iter().copied())
        .collect::<Vec<_>>();
    q.sort_by_key(|s| s.start);
    let mut qi = 0;
    for (k, t) in ctx.tokens.iter().enumerate() {
        crate::limits::every(k);
        while qi < q.len() && q[qi].end <= t.start as usize {
            qi += 1;
        }
        inside[k] = qi < q.len() && q[qi].start <= t.start as usize;
    }
    let mut out = Vec::new();
    for (i, s) in ctx.sentences.iter().enumerate() {
        crate::limits::every(i);
        let (mut words, mut capitals) = (0usize, 0usize);
        for k in s.tokens.clone() {
            if ctx.kind(k) == TokenKind::Word {
                words += 1;
                capitals += usize::from(ctx.tokens[k].is_title());
            }
        }
        if words >= 4 && capitals * 10 >= words * 7 {
            continue; // a Title-Case headline
        }
        let mut k = s.tokens.start;
        while k < s.tokens.end {
            if inside[k] || !ctx.is_capitalised(k) || ctx.is(k, word::DETERMINER) {
                k += 1;
                continue;
            }
            // The run starts here, or after an outlet ("RIA Novosti Valentine
            // Sapounov").
            let run = name_run(ctx, k..(k + 6).min(s.tokens.end))
                .filter(|r| r.start == k || ctx.is_media_span(k, r.start));
            let Some(mut run) = run else {
                k += 1;
                continue;
            };
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
                if (w_flags & word::TITLE != 0)
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
                    .is_some_and(|j| ctx.g.thing_nouns.contains(ctx.lower(j)))
                    || (run.start > s.tokens.start && ctx.is(run.start - 1, word::NAMING_WORD))
                    // A name with digits is a product's or a thing's ("McDonnell
                    // Douglas MD-83", "la DeLorean DMC-12").
                    || run.clone().any(|j| ctx.surface(j).bytes().any(|b| b.is_ascii_digit())));
            let sentence_initial = run.start == s.tokens.start;
            if !thing && (run.len() >= 2 || titled || !sentence_initial) {
                let m = MentionTokens {
                    tokens: from..run.end,
                    pronoun_offset: None,
                    head: None,
                };
                let mut p = classify(ctx, &m, None);
                if p.kind == MentionKind::Name && !titled && run.len() == 1 {
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
    out
}

/// An organisation's name: the phrase without its leading determiner.
pub(super) fn org_name(ctx: &Ctx<'_>, p: &Pending) -> String {
    // A known name inside its description is the name ("le quotidien
    // français Le Figaro", "la secte islamiste Boko Haram", "Le Caire"), so
    // that every article's rows meet under one name.
    let known = match &p.name {
        Some(n) => known_by_itself(ctx, n.start, n.end).then(|| n.clone()),
        None => known_name_inside(ctx, p.tokens.clone()),
    };
    if let Some(n) = known {
        return ctx.span(n.start, n.end).slice(ctx.text).to_string();
    }
    // Determiners go ("le Parquet fédéral", "l'AFP"), unless they belong
    // to a known title ("Le Monde", "Le Figaro").
    let mut start = p.tokens.start;
    while start + 1 < p.tokens.end && ctx.is(start, word::DETERMINER) {
        if ctx.is_media_span(start, p.tokens.end) {
            break;
        }
        start += 1;
    }
    ctx.span(start, p.tokens.end).slice(ctx.text).to_string()
}
