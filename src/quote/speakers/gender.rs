//! A mention's gender cue: the articles, honorifics and gendered titles of
//! its phrase, an apposition before it, and the agreement after it.

use super::*;

/// The gender cue of a title phrase in apposition before a name ("le
/// ministre des finances, Pierre Moscovici, a ajouté"; "La première ministre
/// du Québec, Pauline Marois"): the phrase between the comma and the one
/// before it (or the clause start), when it opens with an article or a title.
pub(super) fn apposition_before_gender(ctx: &Ctx<'_>, t: std::ops::Range<usize>) -> Gender {
    match apposition_start(ctx, t.clone()) {
        Some(from) => phrase_gender(ctx, from..t.start - 1),
        None => Gender::Unknown,
    }
}

/// The gender cue of a participle or adjective phrase fronted before the
/// clause's subject, which agrees with it ("Interrogée par la radio, Jeanne
/// Ferrand a affirmé", "Questionné sur son passé, Lucien Carillon",
/// "Visiblement émue, X a raconté"): the sentence opens with the participle
/// (past one adverb) and its only comma is the one right before the name,
/// which no role before that comma introduces.
pub(super) fn fronted_participle_gender(ctx: &Ctx<'_>, t: std::ops::Range<usize>) -> Gender {
    if t.start < 2 || ctx.lower(t.start - 1) != "," {
        return Gender::Unknown;
    }
    let comma = t.start - 1;
    let opening = ctx.sentence_tokens(comma).start;
    if comma < opening + 1 || comma > opening + 12 {
        return Gender::Unknown;
    }
    let mut k = opening;
    // A date opening the sentence is no apposition to its subject: "Lundi
    // matin,", "Hier soir,", "Samedi dernier," agree with the day.
    if ctx.is(k, word::TIME_WORD | word::CALENDAR_WORD) {
        return Gender::Unknown;
    }
    // After an adverb the word is an adjective, whatever the tagger read
    // ("Très remontée", where "remontée" is also a noun).
    let adverb = ctx.is(k, word::ADVERB) || ctx.tag(k) == crate::pos::Tag::Adv;
    if adverb {
        k += 1;
    }
    let tag = ctx.tag(k);
    // A participle read as a noun or a name before its complement
    // ("Arrivée en 2019,", "Secourue par Mitterrand,"): its ending decides.
    let misread = !adverb && ctx.fronted_participle_word(k, comma);
    let adjective = matches!(tag, crate::pos::Tag::Vpp | crate::pos::Tag::Adj)
        || adverb && tag == crate::pos::Tag::Nc
        || misread;
    if k >= comma || !adjective || (k + 1..comma).any(|j| ctx.is_punct(j)) {
        return Gender::Unknown;
    }
    // A name the phrase's role introduces, closed by punctuation, is in
    // apposition to that role ("Interrogé par la présidente, Sophie X, sur
    // …, il a reconnu"): the participle agrees with the subject after the
    // phrase, not with the name, whose cue is the role's.
    let closed = t.end >= ctx.len() || ctx.is_punct(t.end) || ctx.is(t.end, word::COORDINATOR);
    if closed && super::apposition::apposition_role_before(ctx, comma).is_some() {
        return Gender::Unknown;
    }
    let morph = if misread {
        Gender::Unknown
    } else {
        ctx.tagged(k).morph.gender()
    };
    match morph {
        Gender::Unknown => {
            let w = ctx.lower(k);
            if w.chars().count() > 4 && (w.ends_with("ée") || w.ends_with("ées"))
                || crate::quote::participle::feminine_u_participle(w)
            {
                Gender::Feminine
            } else if w.chars().count() > 3 && (w.ends_with('é') || w.ends_with("és")) {
                Gender::Masculine
            } else if misread {
                crate::quote::participle::nasal_participle(w)
            } else {
                Gender::Unknown
            }
        }
        g => g,
    }
}

/// The gender cue of an adjective or participle set between commas in an
/// inverted incise, between the reporting verb and its subject, which
/// agrees with it ("« … », raconte, émue, Lina X", "a lancé, amusée, la
/// directrice", "a répondu, visiblement agacé, X"): adverbs before the word
/// are skipped; a date, a prepositional phrase or a gerund there ("a
/// déclaré, mardi, X", "a ajouté, en souriant, X") gives no cue, nor does
/// an epicene adjective ("lucide").
pub(super) fn incise_adjective_gender(ctx: &Ctx<'_>, t: std::ops::Range<usize>) -> Gender {
    if t.start < 5 || ctx.lower(t.start - 1) != "," {
        return Gender::Unknown;
    }
    let adjective = t.start - 2;
    // The comma opening the incise, past at most three adverbs.
    let Some(open) = (adjective.saturating_sub(4)..adjective)
        .rev()
        .find(|&k| ctx.is_punct(k))
        .filter(|&k| ctx.lower(k) == ",")
    else {
        return Gender::Unknown;
    };
    if ctx.adverbs_end(open + 1, adjective + 1) != adjective
        || ctx.is(
            adjective,
            word::TIME_WORD | word::CALENDAR_WORD | word::ADVERB,
        )
        || !ctx.participle_shaped(adjective)
    {
        return Gender::Unknown;
    }
    // The reporting verb right before the incise, itself set after a quote
    // or a comma (inverted: "« … », a confié, ému, X"), its auxiliary
    // included.
    if open < 2 || ctx.lex.speech_verb(ctx.lower(open - 1)).is_none() {
        return Gender::Unknown;
    }
    let mut before = open - 2;
    if before > 0 && ctx.is(before, word::AUXILIARY) {
        before -= 1;
    }
    if !ctx.is_punct(before) {
        return Gender::Unknown;
    }
    match participle_gender(ctx, adjective) {
        // "ému", "déçu" read as adjectives the treebanks give no gender.
        Gender::Unknown if crate::quote::participle::masculine_u_ending(ctx.lower(adjective)) => {
            Gender::Masculine
        }
        g => g,
    }
}

/// The head noun of the phrase in apposition before a name: its first word
/// past the article and adjectives' run ("la fédération des banques,
/// Febelfin" gives "fédération").
pub(super) fn apposition_head(ctx: &Ctx<'_>, t: std::ops::Range<usize>) -> Option<usize> {
    let from = apposition_start(ctx, t.clone())?;
    (from..t.start - 1).find(|&k| !ctx.is(k, word::DETERMINER))
}

/// Where the phrase in apposition before the name `t` starts: after the
/// comma before it (or the clause start), at its first article or title.
/// Past a preposition ("Selon la ministre des Sports, Clotilde Brassac,
/// …", "… au ministre de l'éducation, James Lockyer."), the name is an
/// apposition only when punctuation or a coordinator closes it: before a
/// verb the phrase is a fronted adjunct and the name the clause's subject
/// ("Devant la mairie, Jean Dupuy a déclaré", "En rentrant du bureau,
/// Hector saisissait").
fn apposition_start(ctx: &Ctx<'_>, t: std::ops::Range<usize>) -> Option<usize> {
    let start = t.start;
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
        // A coordinator opening a new phrase of a lowercase role ("La
        // députée X et le président de la chambre, Y,") ends the phrase, as
        // a comma before it does: the first conjunct's title is not Y's.
        // Not one inside an office's name ("le ministre de l'Économie et
        // des Finances, X").
        if ctx.is(from - 1, word::COORDINATOR)
            && from + 1 < comma
            && ctx.is(from, word::DETERMINER)
            && !ctx.is(from, word::DE | word::DE_ARTICLE)
            && !ctx.is_capitalised(from + 1)
        {
            from -= 1;
            break;
        }
        from -= 1;
    }
    // Skip "Selon", "D'après", "De son côté": the phrase opens at its article.
    let opening = from;
    while from < comma && !ctx.is(from, word::DETERMINER | word::TITLE) {
        from += 1;
    }
    let closed = t.end >= ctx.len() || ctx.is_punct(t.end) || ctx.is(t.end, word::COORDINATOR);
    // A phrase set off between an inverted reporting verb and its subject
    // is an incidental, not the name's apposition ("a précisé, dans un
    // communiqué, X").
    let incidental = from > opening
        && opening >= 2
        && ctx.lower(opening - 1) == ","
        && ctx.lex.speech_verb(ctx.lower(opening - 2)).is_some();
    (from < comma && (from == opening || closed) && !incidental).then_some(from)
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
    let title_past_adjectives = |k: usize| {
        (k..ctx.len().min(k + 3))
            .take_while(|&j| title_at(j).is_some() || ctx.tag(j) == crate::pos::Tag::Adj)
            .any(|j| title_at(j).is_some())
    };
    // The cue `g` of an article or adjective agreeing with the title at or
    // past `k`, none when that title has one fixed gender, `g` ("X, une
    // victime de …", "X, un témoin", "X, victime présumée").
    let unless_fixed = |g: Gender, k: usize| {
        let title = (k..ctx.len().min(k + 3)).find(|&j| title_at(j).is_some());
        if title.is_some_and(|j| ctx.lex.fixed_gender(ctx.lower(j)) == Some(g)) {
            Gender::Unknown
        } else {
            g
        }
    };
    // A phrase in a "de" complement agrees with nothing: the words after it
    // agree with the head ("la réfutation de George Berkeley est restée
    // célèbre", "la porte de Marthe était fermée").
    if start > 0 && ctx.is(start - 1, word::DE | word::DE_ARTICLE) {
        return Gender::Unknown;
    }
    // An age in apposition right after the name is read past: the words
    // after it agree with the name as they would right after it ("X, 45
    // ans, directrice de l'école", "X, 34 ans, rescapée de l'incendie",
    // "Anne X, 52 ans, est arrivée").
    let end = super::apposition::past_age(ctx, end);
    // A name closing an apposition before its verb ("le maire, Anne X,
    // s'est dite", "…, Anne X, est arrivée"): the comma closes the
    // apposition, the verb agrees with the name.
    let closes_apposition = end + 1 < ctx.len()
        && ctx.lower(end) == ","
        && (start > 0 && ctx.lower(start - 1) == "," || (start..end).any(|j| ctx.lower(j) == ","))
        && (ctx.is(end + 1, word::NE | word::REFLEXIVE)
            || ctx
                .lex
                .grammar
                .etre_third_singular
                .contains(ctx.lower(end + 1)));
    let end = end + usize::from(closes_apposition);
    if !closes_apposition && end < ctx.len() && ctx.lower(end) == "," {
        // After "selon X," or "d'après X," the comma closes the adjunct and
        // the clause's subject follows ("Selon une source proche du dossier,
        // le ministre va démissionner"): an apposition there is closed by a
        // comma of its own ("Selon X, le directeur du port, les grues…").
        let source =
            (1..=2).any(|len| start >= len && ctx.source_preposition_len(start - len) == len);
        if source {
            let stop = ctx.sentence_tokens(end).end.min(end + 16);
            let closed = (end + 1..stop)
                .find(|&j| ctx.lower(j) == "," || ctx.is_clause_end(j))
                .is_some_and(|j| ctx.lower(j) == ",");
            if !closed {
                return Gender::Unknown;
            }
        }
        // A participle or adjective in apposition agrees with the name
        // ("X, interrogée par la radio, a estimé", "X, contacté par …"):
        // whatever the tagger read, its form decides before its agent, a
        // place, a date or the punctuation closing the apposition ("X,
        // réélue dimanche,", "X, émue, a raconté", "a déclaré X, furieuse."),
        // after adverbs or not ("a déclaré X, visiblement émue", "a réagi
        // X, très ému").
        let apposed = |k: usize| {
            participle_gender(ctx, k) != Gender::Unknown
                && (matches!(word_at(k + 1), Some("par" | "sur" | "à" | "au" | "en"))
                    || k + 1 < ctx.len()
                        && (matches!(ctx.lower(k + 1), "," | "»")
                            || ctx.is_clause_end(k + 1)
                            || ctx.is(k + 1, word::TIME_WORD | word::CALENDAR_WORD)))
        };
        let mut k = end + 1;
        while word_at(k).is_some() && ctx.tag(k) == crate::pos::Tag::Adv {
            k += 1;
        }
        if k > end + 1 && apposed(k) {
            return participle_gender(ctx, k);
        }
        // Apposition: "X, présidente de…", "X, le porte-parole de…", "X,
        // l'un des responsables"; an epicene title takes its adjective ("X,
        // sociologue français", "X, secrétaire générale du parti").
        return match (word_at(end + 1), title_at(end + 1)) {
            (_, Some(Gender::Unknown)) => unless_fixed(adjective_gender(ctx, end + 2), end + 1),
            (_, Some(g)) => g,
            // The article's gender, when a title follows it, directly or
            // past up to two adjectives ("X, la nouvelle directrice
            // sportive", "X, le jeune attaquant").
            (Some("le" | "un"), None) if title_past_adjectives(end + 2) => {
                unless_fixed(Gender::Masculine, end + 2)
            }
            (Some("la" | "une"), None) if title_past_adjectives(end + 2) => {
                unless_fixed(Gender::Feminine, end + 2)
            }
            // Elided, the article gives none: the phrase does, as it would
            // before a name ("l'un des responsables", "l'entraîneur
            // irlandais", "l'avocate de la famille", "l'ancienne ministre"),
            // read up to its complement or its closing punctuation.
            // A participle in apposition (above).
            (Some(_), None) if ctx.tag(end + 1) == crate::pos::Tag::Vpp || apposed(end + 1) => {
                participle_gender(ctx, end + 1)
            }
            // A bare noun in apposition, after an adjective or not, gives
            // its gender by its form ("X, retraité de la marine", "X,
            // chauffeur de taxi", "X, ancienne championne", "X,
            // grand-mère de la victime").
            (Some(_), None) if !ctx.is(end + 1, word::DETERMINER) => {
                match noun_form_gender(ctx, end + 1) {
                    // An adjective before its noun ("ancien ministre"), not
                    // one that goes on a list ("…, finnois et japonais").
                    Gender::Unknown
                        if ctx.tag(end + 1) == crate::pos::Tag::Adj
                            && end + 2 < ctx.len()
                            && matches!(
                                ctx.tag(end + 2),
                                crate::pos::Tag::Nc | crate::pos::Tag::Vpr | crate::pos::Tag::Vpp
                            ) =>
                    {
                        match noun_form_gender(ctx, end + 2) {
                            Gender::Unknown => form_gender(ctx, end + 1),
                            g => g,
                        }
                    }
                    g => g,
                }
            }
            (Some("l'"), None) => {
                let stop = (end + 2..ctx.len().min(end + 6))
                    .find(|&j| ctx.is_punct(j) || ctx.is(j, word::DE | word::DE_ARTICLE))
                    .unwrap_or(ctx.len().min(end + 6));
                phrase_gender(ctx, end + 1..stop)
            }
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
    participle_gender(ctx, k + etre)
}

/// The gender of the past participle at `k`: its "-é" / "-ée" ending, else
/// the treebanks' morphology of a word they tag as a participle or an
/// adjective ("dite", "venue", "prudente"), else, as for a fronted
/// participle, a feminine "-ue" ending the treebanks lack ("réélue",
/// "rendue", "éperdue"), the masculine "-u" of a word tagged a participle
/// ("ému", "déçu") and an adjective's ending ([`form_gender`]: "furieuse");
/// `Unknown` for any other word.
pub(super) fn participle_gender(ctx: &Ctx<'_>, k: usize) -> Gender {
    if k >= ctx.len() || ctx.kind(k) != TokenKind::Word || ctx.is_capitalised(k) {
        return Gender::Unknown;
    }
    let w = ctx.lower(k);
    if w.chars().count() > 3 && w.ends_with("ée") {
        Gender::Feminine
    } else if w.chars().count() > 2 && w.ends_with('é') {
        Gender::Masculine
    } else {
        match adjective_gender(ctx, k) {
            Gender::Unknown if crate::quote::participle::feminine_u_participle(w) => {
                Gender::Feminine
            }
            // A participle in "-u" the treebanks give no gender ("ému",
            // "déçu"), and an adjective by its ending ("furieuse").
            Gender::Unknown
                if ctx.tag(k) == crate::pos::Tag::Vpp
                    && crate::quote::participle::masculine_u_ending(w) =>
            {
                Gender::Masculine
            }
            Gender::Unknown if ctx.tag(k) == crate::pos::Tag::Adj => form_gender(ctx, k),
            g => g,
        }
    }
}

/// The gender a noun at `k` that is no title shows by its form: a
/// compound whose last part is a gendered title ("grand-mère",
/// "beau-frère"), or the endings of nouns and adjectives with a distinct
/// feminine ([`form_gender`]).
fn noun_form_gender(ctx: &Ctx<'_>, k: usize) -> Gender {
    if k >= ctx.len() || ctx.kind(k) != TokenKind::Word || ctx.is_capitalised(k) {
        return Gender::Unknown;
    }
    let w = ctx.lower(k);
    if let Some((_, last)) = w.rsplit_once('-') {
        if let Some(g) = ctx.lex.title(last) {
            return g;
        }
    }
    if ctx.tag(k) != crate::pos::Tag::Nc || ctx.is(k, word::TITLE) {
        return Gender::Unknown;
    }
    form_gender(ctx, k)
}

/// The gender of a noun or adjective at `k` by its ending, among the
/// endings that have a distinct feminine (Grevisse, Le Bon Usage, the
/// feminine of nouns and adjectives: -eur/-euse, -teur/-trice, -ier/-ière,
/// -ien/-ienne, -on/-onne, -ant/-ante, -ent/-ente, -and/-ande, -ard/-arde,
/// -ais/-aise, -ois/-oise, -é/-ée, -eux/-euse, -if/-ive); `Unknown` for any
/// other ending (the -e of epicene words: "économiste", "jeune") and when
/// the treebanks' morphology of the form says otherwise ("maison").
fn form_gender(ctx: &Ctx<'_>, k: usize) -> Gender {
    const FEMININE: &[&str] = &[
        "euse", "trice", "ière", "ienne", "onne", "ante", "ente", "ande", "arde", "aise", "oise",
        "ée", "ive",
    ];
    const MASCULINE: &[&str] = &[
        "eur", "ier", "ien", "on", "ant", "ent", "and", "ard", "ais", "ois", "é", "eux", "if",
    ];
    if k >= ctx.len()
        || ctx.kind(k) != TokenKind::Word
        || ctx.is_capitalised(k)
        || !matches!(ctx.tag(k), crate::pos::Tag::Nc | crate::pos::Tag::Adj)
    {
        return Gender::Unknown;
    }
    let w = ctx.lower(k);
    let g = if FEMININE.iter().any(|e| w.ends_with(e)) {
        Gender::Feminine
    } else if MASCULINE.iter().any(|e| w.ends_with(e)) && !w.ends_with("ion") {
        Gender::Masculine
    } else {
        return Gender::Unknown;
    };
    match ctx.tagged(k).morph.gender() {
        Gender::Unknown => g,
        m if m == g => g,
        _ => Gender::Unknown,
    }
}

/// The gender cue of a subject inverted after a reflexive verb in a
/// compound tense, whose participle agrees with it ("« … », s'est félicitée
/// X", "s'est exclamé X").
pub(super) fn inverted_reflexive_gender(ctx: &Ctx<'_>, start: usize) -> Gender {
    if start < 3
        || !ctx.is(start - 3, word::REFLEXIVE)
        || !ctx
            .lex
            .grammar
            .etre_third_singular
            .contains(ctx.lower(start - 2))
    {
        return Gender::Unknown;
    }
    participle_gender(ctx, start - 1)
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

/// Gender cues inside a phrase: the article before a title, an honorific,
/// a gendered title.
pub(super) fn phrase_gender(ctx: &Ctx<'_>, t: std::ops::Range<usize>) -> Gender {
    let mut gender = Gender::Unknown;
    // Whether the head, a title or a noun for someone, has been read.
    let mut head_seen = false;
    for k in t {
        // The word's class bits, read once for the tests below.
        let flags = ctx.flags(k);
        // The head's article decided: its "de" complement is another
        // phrase ("une proche du ministre", "la porte-parole du président"),
        // also when it gave no cue ("des proches de la victime", "les
        // avocats de la ministre").
        if (gender != Gender::Unknown || head_seen) && flags & (word::DE | word::DE_ARTICLE) != 0 {
            return gender;
        }
        // A common noun for someone or for no one heads the phrase, plural
        // ones included ("des proches", "les avocats").
        if ctx.kind(k) == TokenKind::Word
            && flags & word::DETERMINER == 0
            && (ctx.tag(k) == crate::pos::Tag::Nc
                || flags & (word::PERSON_NOUN | word::ANONYMOUS_HEAD) != 0)
        {
            head_seen = true;
        }
        let w = ctx.lower(k);
        match w {
            "m." | "mm." => return Gender::Masculine,
            "mme" | "mme." | "mlle" | "mlle." | "mmes" => return Gender::Feminine,
            // "l'un des responsables", "l'une des porte-parole"
            "un" | "une" if k > 0 && ctx.lower(k - 1) == "l'" => {
                let g = if w == "un" {
                    Gender::Masculine
                } else {
                    Gender::Feminine
                };
                // "l'une des victimes", "l'un des témoins": the pronoun
                // agrees with a noun of one fixed gender, no cue.
                if k + 2 < ctx.len() && ctx.lex.fixed_gender(ctx.lower(k + 2)) == Some(g) {
                    head_seen = true;
                    continue;
                }
                return g;
            }
            _ => {}
        }
        // Only a title, a noun for one person or a demonym gives the cue
        // read below: the other words (most of a name) skip its tests.
        if flags & (word::TITLE | word::PERSON_NOUN | word::DEMONYM) == 0 {
            continue;
        }
        // A demonym after a singular article is a person's description
        // ("l'Uruguayen", "la Française", "le Suisse"). The TITLE and
        // DEMONYM bits say whether there is a gender to look up.
        // A title right after a noun for no one is that noun's adjective
        // ("une source policière", "la présence policière", "la chambre
        // voisine"), and one after a finite verb its attribute ("…, est
        // voisine des gminy de …"): no cue.
        let adjective = k > 0
            && (ctx.tag(k - 1) == crate::pos::Tag::Nc
                && !ctx.is(k - 1, word::TITLE | word::PERSON_NOUN)
                || ctx.tag(k - 1) == crate::pos::Tag::V
                || ctx.is(k - 1, word::ETRE_FORM));
        // A noun for one person that is not a title takes its article's
        // gender, as an epicene title does ("un sauveteur", "une employée
        // de la banque", "une collègue"); a group's noun does not ("la
        // famille").
        // A title noun that is a surname ("Louis Pasteur") is no title.
        let title = if flags & word::TITLE != 0 && !adjective && !ctx.title_surname(k) {
            ctx.lex.title(w)
        } else if flags & word::PERSON_NOUN != 0 && flags & word::PERSON_GROUP == 0 && !adjective {
            Some(Gender::Unknown)
        } else {
            None
        };
        let demonym = (flags & word::DEMONYM != 0
            && k > 0
            && matches!(ctx.lower(k - 1), "le" | "la" | "l'" | "un" | "une"))
        .then(|| ctx.lex.demonym(w))
        .flatten();
        if let Some(g) = title.or(demonym) {
            if g != Gender::Unknown {
                return g;
            }
            head_seen = true;
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
            let cue = match (article, after_article) {
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
            // A noun of one fixed gender ("un témoin", "une victime", "la
            // jeune recrue"): its article and adjectives agree with the
            // noun, not the person; only the other article is a cue ("une
            // témoin").
            if ctx.lex.fixed_gender(w) != Some(cue) {
                gender = cue;
            }
        }
    }
    gender
}

/// The grammatical gender of a name phrase from its article, in the phrase
/// or right before it: "la SNCF", "le groupe X", "du parquet"; after an
/// elided "l'" the noun's own ("l'Autorité de la concurrence", "l'enseigne").
pub(super) fn article_gender(ctx: &Ctx<'_>, t: std::ops::Range<usize>) -> Gender {
    let article = if ctx.is(t.start, word::DETERMINER) {
        t.start
    } else if t.start > 0 && ctx.is(t.start - 1, word::DETERMINER) {
        t.start - 1
    } else {
        return Gender::Unknown;
    };
    match ctx.lower(article) {
        "le" | "du" | "au" | "ce" | "cet" => Gender::Masculine,
        "la" | "cette" => Gender::Feminine,
        "l'" if article + 1 < ctx.len() => ctx.tagged(article + 1).morph.gender(),
        _ => Gender::Unknown,
    }
}
