//! Reading a mention: pronoun, name, organisation or role, its gender, and
//! the proper names of a document outside quotes.

use super::name_runs::{
    after_de, head_name_run, known_by_itself, known_name_inside, name_after_complement, name_run,
    toponym_shaped,
};
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
    // A place or a body in the complement of a role is not the speaker:
    // "la procureure de Valbonne-sur-Cher", "une habitante de
    // Saint-Julien-d'Arcy", "le porte-parole de l'ONU" are roles.
    let run = run.filter(|n| !in_role_complement(ctx, t.start, n.clone()));
    // A place speaks only by metonymy ("Paris a répondu", "les États-Unis
    // ont affirmé"): an organisation.
    let place = run.clone().is_some_and(|n| {
        let text = ctx.span(n.start, n.end).slice(ctx.text);
        (ctx.lex.is_place(text) || n.len() == 1 && toponym_shaped(text))
            && !demonym_after_masculine_article(ctx, t.start, n.clone())
    });
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
    // A document by a named person speaks for that person ("un rapport de
    // Jean Dupont", "une note du sénateur Paul Durand").
    let author = if document {
        document_author(ctx, head_end + 1, t.end)
    } else {
        None
    };
    if author.is_some() {
        // The words after the phrase agree with the document, not its author.
        gender = phrase_gender(ctx, head_end + 1..t.end);
    }
    let name = author.clone().or(name);
    let authored = author.is_some() || {
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
        || (document && authored && author.is_none())
        || (!document
            && (t.start..head_end).any(|k| {
                let w_flags = ctx.flags(k);
                (w_flags & word::ORG_NOUN != 0)
                    && (!ctx.is_capitalised(k) || opens_phrase(ctx, t.start, k))
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

/// Whether the name run `n` is a place or a known body in the "de"
/// complement of the role that heads the phrase starting at `start` (past
/// its articles): a title or a noun for a person.
fn in_role_complement(ctx: &Ctx<'_>, start: usize, n: std::ops::Range<usize>) -> bool {
    let Some(head) = (start..n.start).find(|&k| !ctx.is(k, word::DETERMINER)) else {
        return false;
    };
    head + 1 < n.start
        && ctx.is(head, word::TITLE | word::PERSON_NOUN | word::ANONYMOUS_HEAD)
        && after_de(ctx, head + 2, n.start)
        && known_by_itself(ctx, n.start, n.end)
}

/// Whether the word at `k` opens the phrase starting at `start`, past its
/// articles and adjectives: a capitalised organisation noun there is the
/// head of an institution's name ("le Conseil constitutionnel", "la Haute
/// Autorité de santé", "l'Office cantonal des forêts"), while one later in
/// a name is a person's or a place's word.
fn opens_phrase(ctx: &Ctx<'_>, start: usize, k: usize) -> bool {
    (start..k).all(|j| ctx.is(j, word::DETERMINER) || ctx.tag(j) == crate::pos::Tag::Adj)
}

/// The name of a person whose document it is: in the complement starting
/// at `from`, past its article, title and adjectives, a name of two words
/// or more, or one after a title, that names no place, outlet or
/// organisation ("de Jean Dupont", "du sénateur Paul Durand", "de M.
/// Dupont"; not "de la Ligue arabe", "d'Amnesty International").
fn document_author(ctx: &Ctx<'_>, from: usize, end: usize) -> Option<std::ops::Range<usize>> {
    if from >= end {
        return None;
    }
    let mut k = from;
    let mut titled = false;
    while k < end && k < from + 4 && !ctx.name_word(k) {
        if ctx.is(k, word::TITLE) {
            titled = true;
        } else if !ctx.is(k, word::DETERMINER) && ctx.tag(k) != crate::pos::Tag::Adj {
            return None;
        }
        k += 1;
    }
    let n = name_run(ctx, k..end).filter(|n| n.start == k)?;
    let named = (n.len() >= 2 || titled)
        && !ctx.tokens[n.start].is_upper()
        && !known_by_itself(ctx, n.start, n.end)
        && !n.clone().any(|j| ctx.is(j, word::ORG_NOUN));
    named.then_some(n)
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
/// article: persons are named without one, but for a woman's single name
/// after "la" and a name after adjectives.
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
    } else if n.len() == 1 && ctx.is(n.start, word::TITLE | word::LOWERCASE_WORD | word::DEMONYM) {
        ArticleBefore::CommonWord
    } else if n.len() == 1 && ctx.lower(t.start) == "la" || n.start > t.start + 1 {
        // "la Zambinella", "la Callas": a woman, by an old idiom; an
        // adjective before a name describes a person as often ("la célèbre
        // Marie Curie", "le petit Nicolas", "le jeune Kylian Mbappé"), and
        // the organisations so described are known ones ("le puissant
        // Hezbollah"): the name decides.
        ArticleBefore::None
    } else {
        ArticleBefore::Name
    }
}

/// Whether a one-word run is a demonym after a masculine article, where the
/// same word names a feminine country: "le Suisse" is a man, "la Suisse" the
/// country.
fn demonym_after_masculine_article(ctx: &Ctx<'_>, floor: usize, n: std::ops::Range<usize>) -> bool {
    n.len() == 1
        && n.start > floor
        && ctx.is(n.start, word::DEMONYM)
        && matches!(ctx.lower(n.start - 1), "le" | "un" | "ce")
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
    // The TITLE bit says whether the word has a title's gender to look up.
    let title_at = |k: usize| {
        word_at(k)
            .filter(|_| ctx.is(k, word::TITLE))
            .and_then(|w| ctx.lex.title(w))
    };
    // A phrase in a "de" complement agrees with nothing: the words after it
    // agree with the head ("la réfutation de George Berkeley est restée
    // célèbre", "la porte de Marthe était fermée").
    if start > 0 && ctx.is(start - 1, word::DE | word::DE_ARTICLE) {
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

/// The gender of an adjective or a past participle at `k` when the
/// treebanks give it one ("français", "générale", "reconnue"), else
/// `Unknown`.
fn adjective_gender(ctx: &Ctx<'_>, k: usize) -> Gender {
    if k >= ctx.len()
        || !matches!(ctx.tag(k), crate::pos::Tag::Adj | crate::pos::Tag::Vpp)
        || ctx.is_capitalised(k)
    {
        return Gender::Unknown;
    }
    ctx.tagged(k).morph.gender()
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
    // A name may hold its article ("La Poste", "Les Républicains").
    longest_organisation(ctx, start).or_else(|| {
        (start > t.start)
            .then(|| longest_organisation(ctx, t.start))
            .flatten()
    })
}

/// The longest phrase of up to six tokens from `start` that folds to a known
/// organisation's name, folded one token at a time and given up once it
/// starts no name.
fn longest_organisation(ctx: &Ctx<'_>, start: usize) -> Option<std::ops::Range<usize>> {
    thread_local! {
        /// The folded phrase, reused from call to call.
        static FOLDED: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
    }
    // A word of three ASCII letters or more folds to its lowercase letters
    // first: when no name starts with those three, none starts with it (a
    // probe instead of a fold, for most words).
    let first = ctx.surface(start).as_bytes();
    if first.len() >= 3 && first[..3].is_ascii() {
        let head = [
            first[0].to_ascii_lowercase(),
            first[1].to_ascii_lowercase(),
            first[2].to_ascii_lowercase(),
        ];
        if !std::str::from_utf8(&head).is_ok_and(|h| ctx.lex.is_organisation_prefix(h)) {
            return None;
        }
    }
    let limit = (start + 6).min(ctx.len());
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
        // A demonym after a singular article is a person's description
        // ("l'Uruguayen", "la Française", "le Suisse"). The TITLE and
        // DEMONYM bits say whether there is a gender to look up.
        let title = if ctx.is(k, word::TITLE) {
            ctx.lex.title(w)
        } else {
            None
        };
        let demonym = (ctx.is(k, word::DEMONYM)
            && k > 0
            && matches!(ctx.lower(k - 1), "le" | "la" | "l'" | "un" | "une"))
        .then(|| ctx.lex.demonym(w))
        .flatten();
        if let Some(g) = title.or(demonym) {
            if g != Gender::Unknown {
                return g;
            }
            // An epicene title takes the article before it, past its
            // adjectives ("la première ministre", "le nouveau porte-parole",
            // "l'un des porte-parole"), never past a noun or a comma ("la
            // famille, Me Dupuis").
            let mut j = k;
            while j > 0
                && j + 3 > k
                && !ctx.is(j - 1, word::DETERMINER)
                && matches!(ctx.tag(j - 1), crate::pos::Tag::Adj | crate::pos::Tag::Adv)
            {
                j -= 1;
            }
            let article = if j > 0 { ctx.lower(j - 1) } else { "" };
            let after_article = if j < k { ctx.lower(j) } else { "" };
            gender = match (article, after_article) {
                ("l'", "un") | ("le" | "un" | "du" | "au" | "ce", _) => Gender::Masculine,
                ("l'", "une") | ("la" | "une" | "cette", _) => Gender::Feminine,
                // Elided, the article gives none: an adjective agreeing
                // with the title right after it does ("l'économiste
                // américaine", "l'architecte italien").
                ("l'", _) if j == k => adjective_gender(ctx, k + 1),
                // Or the adjective between them ("l'ancienne ministre",
                // "l'ancien ministre Paul Giaccobi").
                ("l'", _) => adjective_gender(ctx, j),
                _ => gender,
            };
        }
    }
    gender
}

/// Names and titled names outside quotes, skipping Title-Case headlines.
pub(super) fn document_mentions(ctx: &Ctx<'_>, found: &Found) -> Vec<Pending> {
    // Names inside direct quotes are the speaker's words, not the narrative.
    let mut q = found
        .quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Direct)
        .map(|q| q.content)
        .chain(found.terms.iter().copied())
        .collect::<Vec<_>>();
    q.sort_by_key(|s| s.start);
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
    let mut out = Vec::new();
    for (i, s) in ctx.sentences.iter().enumerate() {
        crate::limits::every(i);
        let (mut words, mut capitals) = (0usize, 0usize);
        for k in s.tokens.clone() {
            crate::limits::every(k);
            if ctx.kind(k) == TokenKind::Word {
                words += 1;
                capitals += usize::from(ctx.tokens[k].is_title());
            }
        }
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
        let mut k = s.tokens.start;
        while k < s.tokens.end {
            if !ctx.is_capitalised(k) || ctx.is(k, word::DETERMINER) || inside(k) {
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

/// An organisation's name: the phrase without its leading determiner.
pub(super) fn org_name<'a>(ctx: &Ctx<'a>, p: &Pending) -> &'a str {
    // A known name inside its description is the name ("le quotidien
    // français Le Figaro", "la secte islamiste Boko Haram", "Le Caire"), so
    // that every article's rows meet under one name.
    // Not a place or body in the complement of an institution's noun: "le
    // Conseil départemental de la Creuse" is not the Creuse.
    let known = match &p.name {
        Some(n) => known_by_itself(ctx, n.start, n.end).then(|| n.clone()),
        None => known_name_inside(ctx, p.tokens.clone()),
    }
    .filter(|n| !in_complement_of_org_noun(ctx, p.tokens.start, n.start));
    if let Some(n) = known {
        return ctx.span(n.start, n.end).slice(ctx.text);
    }
    // An acronym in brackets after the name is no part of it ("la
    // Fédération nationale des pêcheurs riverains (FNPR)"): it is an alias.
    let end = match bracketed_acronym(ctx, p.tokens.clone()) {
        Some(k) => k - 1,
        None => p.tokens.end,
    };
    // A common noun describing the organisation before its name is no part
    // of the name either ("le syndicat Sud-Rail", "le quotidien La Voix du
    // Ségala", "l'ONG Vigie Sahel"), so that "Sud-Rail" alone meets it.
    if let Some(k) = described_name(ctx, p.tokens.start..end) {
        return ctx.span(k, end).slice(ctx.text);
    }
    // Determiners go ("le Parquet fédéral", "l'AFP"), unless they belong
    // to a known title or name ("Le Monde", "Le Figaro", "La Poste").
    let mut start = p.tokens.start;
    while start + 1 < p.tokens.end && ctx.is(start, word::DETERMINER) {
        if ctx.is_media_span(start, p.tokens.end) || known_by_itself(ctx, start, p.tokens.end) {
            break;
        }
        start += 1;
    }
    ctx.span(start, end).slice(ctx.text)
}

/// Where the name starts in a phrase of an organisation noun written in
/// lowercase (or an acronym noun, "ONG"), its lowercase adjectives, then a
/// capitalised name up to the phrase's end ("le groupe pétrolier Elf", "la
/// radio Fréquence Lembron"); not a name in a "de" complement.
fn described_name(ctx: &Ctx<'_>, t: std::ops::Range<usize>) -> Option<usize> {
    let head = (t.start..t.end).find(|&k| !ctx.is(k, word::DETERMINER))?;
    if !ctx.is(head, word::ORG_NOUN)
        || ctx.is(head, word::DOCUMENT_NOUN)
        || (ctx.is_capitalised(head) && !ctx.tokens[head].is_upper())
    {
        return None;
    }
    let mut k = head + 1;
    while k < t.end && ctx.tag(k) == crate::pos::Tag::Adj && !ctx.is_capitalised(k) {
        k += 1;
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
/// organisation noun that heads the phrase starting at `start` ("la Chambre
/// d'agriculture de l'Aveyron", "la mairie de Plouvézec").
fn in_complement_of_org_noun(ctx: &Ctx<'_>, start: usize, name: usize) -> bool {
    let Some(head) = (start..name).find(|&k| !ctx.is(k, word::DETERMINER)) else {
        return false;
    };
    ctx.is(head, word::ORG_NOUN)
        && !ctx.is(head, word::DOCUMENT_NOUN)
        && (head + 1..name).any(|k| ctx.is(k, word::DE | word::DE_ARTICLE))
}
