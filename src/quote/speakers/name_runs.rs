//! The proper name inside a mention: the run of name words that is its
//! head or follows its head title, with particles ("Charles de Gaulle", "Le
//! Pen") and known names inside a description.

use super::*;

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
        // An honorific in apposition is no part of the name ("Le
        // rapporteur, M. Koch"); a demonym opening it neither ("l'Uruguayen
        // Luis Suárez").
        let start = start
            + usize::from(start + 1 < t.end && ctx.is(start, word::TITLE) && !ctx.name_word(start));
        let mut run = name_run(ctx, start..t.end).filter(|r| {
            r.start == start || (r.start == start + 1 && ctx.is(start, word::DEMONYM))
        })?;
        run.start = with_capitalised_particle(ctx, t.start, run.start, run.end);
        // A party or agency acronym before a name is not part of it ("le
        // député LFI François Ruffin"); a club's initials are ("l'AS
        // Béziers"), and so is an acronym opening an association's name
        // ("SOS Homophobie", "SOS Estuaire").
        while run.len() >= 2
            && acronym_before_name(ctx, run.start)
            && !acronym_opens_name(ctx, run.clone())
        {
            run.start += 1;
        }
        Some(run)
    };
    // A title noun that is a surname is read as the phrase's head ("Anne
    // Juge"): the name starts at its first name.
    // A word closing a firm's name read as the head ("Lagardière Frères"):
    // the name starts at the founder's.
    // A surname that is a common word read as the head after a first name
    // the tagger does not know, opening the phrase ("Emmanuelle Blanc",
    // "Églantine Lumière" as an adjective and a noun): the name starts at
    // the first name, whose common words `without_common_words` still drops.
    let head = if head > t.start && ctx.title_surname(head) && ctx.name_word(head - 1)
        || head == t.start + 1
            && ctx.is_capitalised(head)
            && ctx.is(head, word::LOWERCASE_WORD)
            && ctx.name_word(t.start)
    {
        head - 1
    } else if ctx.company_form(head) {
        let mut h = head;
        while h > t.start && ctx.name_word(h - 1) {
            h -= 1;
        }
        h
    } else {
        head
    };
    if ctx.name_word(head) {
        return run_from(head);
    }
    // Adjectives after the title, then the name. A party's or a body's
    // acronym qualifies a person's title as an adjective does ("le sénateur
    // PS de Gironde, X", "le conseiller général RPR des Hauts-de-Seine X"):
    // it names no one, and the place after it is the title's.
    let role = ctx.is(head, word::TITLE | word::PERSON_NOUN) && !ctx.is(head, word::ORG_NOUN);
    let mut k = head + 1;
    while k < t.end
        && ((ctx.tag(k) == Tag::Adj && !ctx.is_capitalised(k))
            || (role && acronym_before_name(ctx, k)))
    {
        k += 1;
    }
    if k < t.end && ctx.name_word(k) {
        return run_from(k);
    }
    // A capitalised particle opens the surname after a title ("Mme Le
    // Pen", "M. Du Pan"): the run starts at the name and takes it back.
    if k + 1 < t.end
        && ctx.is_capitalised(k)
        && ctx.is(k, word::SURNAME_PARTICLE)
        && ctx.name_word(k + 1)
    {
        return run_from(k + 1);
    }
    // A name in apposition names the person, not capitals after "de" ("le
    // directeur de Renault, Jean Briand"); with none, "de" and a name after
    // a title may be a surname ("le général de Gaulle").
    let comma = (head + 1..t.end).find(|&c| ctx.lower(c) == ",");
    // A determiner and a lowercase title may open it ("le porte-parole des
    // pompiers, le commandant Yves Castagné").
    let apposition =
        comma.and_then(|comma| run_from(comma + 1 + ctx.determiner_and_title(comma + 1, t.end)));
    if apposition.is_some() {
        return apposition;
    }
    // "le général de Gaulle", but "la députée de Moselle" is a place's,
    // and so is a name after an office held over a place ("le maire de
    // Plouézec"), unless a person's name follows the place ("le préfet de
    // Corse Claude Érignac", read below).
    if k + 1 < t.end
        && ctx.is(k, word::DE)
        && ctx.is(head, word::TITLE)
        && !ctx.is(head, word::PLACE_OFFICE)
        && ctx.tag(k + 1) == Tag::Npp
    {
        // A first name and a surname after "de" are someone else's ("l'avocat
        // de Marc Dupont", "le successeur de Claude Erignac"): a particle
        // surname is one word, or holds its own particles ("de Lattre de
        // Tassigny").
        // The particle is the surname's ("de Gaulle", as in "Charles de
        // Gaulle").
        let someone_else = |r: &std::ops::Range<usize>| r.len() >= 2 && ctx.name_word(r.start + 1);
        return run_from(k + 1)
            .filter(|r| !known_by_itself(ctx, r.start, r.end) && !someone_else(r))
            .map(|r| if r.start == k + 1 { k..r.end } else { r });
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
        return name_after_bare_complement(ctx, head, start..end);
    }
    name_after_complement(ctx, start, end, true).map(|from| from..end)
}

/// A title's name after a "de" complement with no article of its own, of
/// one to three words ("le juge d'instruction X", "la juge des enfants X",
/// "le ministre des Affaires étrangères X"): a name of two words or more
/// that names no place or body. After "de la" or "de l'" the name is the
/// complement's ("le fils de la ministre X").
fn name_after_bare_complement(
    ctx: &Ctx<'_>,
    head: usize,
    n: std::ops::Range<usize>,
) -> Option<std::ops::Range<usize>> {
    let words = n.start.checked_sub(head + 2)?;
    ((1..=3).contains(&words)
        && n.len() >= 2
        && ctx.is(head, word::TITLE)
        && ctx.is(head + 1, word::DE | word::DE_ARTICLE)
        && (head + 2..n.start).all(|k| {
            ctx.kind(k) == TokenKind::Word
                && !ctx.is(
                    k,
                    word::TITLE | word::DETERMINER | word::DE | word::DE_ARTICLE,
                )
        })
        && !known_by_itself(ctx, n.start, n.end)
        && !(n.start..n.end).any(|k| ctx.is(k, word::ORG_NOUN)))
    .then_some(n)
}

/// The name run of a phrase that opens with a name word, kept by
/// `document_mentions` for `classify`, which reads the same name again in
/// the phrase that ends where the run stops (about 300 of its 500 runs a
/// pass).
pub(super) struct LeadingRun {
    start: usize,
    /// Where the scan of name words and particles stopped.
    end: usize,
    /// The phrase's end the scan was bounded by.
    bound: usize,
    run: Option<std::ops::Range<usize>>,
}

impl LeadingRun {
    /// [`name_run`] of `t`, whose first word is a name word.
    pub(super) fn read(ctx: &Ctx<'_>, t: std::ops::Range<usize>) -> Self {
        let is_name = |k: usize| ctx.name_word(k);
        let particle = |k: usize| ctx.is(k, word::NAME_PARTICLE);
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
        LeadingRun {
            start: t.start,
            end,
            bound: t.end,
            run: without_common_words(ctx, run.start, run.end),
        }
    }

    /// The run, when `name_run(ctx, t)` is sure to give it: the run depends
    /// on `t`'s end only through the scan's stop, which is the same for a
    /// phrase that ends there, and for any longer one when the scan stopped
    /// with its two words of look-ahead for a particle short of its bound.
    pub(super) fn get(&self, t: &std::ops::Range<usize>) -> Option<Option<std::ops::Range<usize>>> {
        (t.start == self.start
            && (t.end == self.end || t.end > self.end && self.end + 2 < self.bound))
            .then(|| self.run.clone())
    }

    /// The run itself.
    pub(super) fn run(&self) -> Option<std::ops::Range<usize>> {
        self.run.clone()
    }
}

/// The proper-name run of a phrase: its first run when the phrase opens with
/// a name ("Rami Abd al-Rahman de l'Observatoire"), else its last run ("le
/// président kazakh Kassym-Jomart Tokayev").
pub(super) fn name_run(ctx: &Ctx<'_>, t: std::ops::Range<usize>) -> Option<std::ops::Range<usize>> {
    let is_name = |k: usize| ctx.name_word(k);
    let particle = |k: usize| ctx.is(k, word::NAME_PARTICLE);
    if !t.is_empty() && is_name(t.start) {
        return LeadingRun::read(ctx, t).run;
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
    // An office held over a place makes the name after its "de" the place,
    // known or not ("selon le maire de Plouézec"), as `head_name_run` reads
    // it when the phrase's head is known.
    let place_office = after_title && ctx.is(start - 2, word::PLACE_OFFICE);
    if complement || after_title {
        match name_after_complement(ctx, start, end, complement || place_office) {
            Some(s) => start = s,
            None if complement || place_office || known_by_itself(ctx, start, end) => return None,
            // A title's "de" and a surname: the particle is the surname's
            // ("le général de Gaulle" is de Gaulle).
            None => start -= 1,
        }
    }
    start = without_outlet(ctx, start, end).start;
    // A party or agency acronym before a name ("le député LFI François
    // Ruffin") is not part of it; nor is the place after it ("le député LFI
    // de Paris Florian Quénéhervé"): the name follows the place.
    while end - start >= 2 && acronym_before_name(ctx, start) {
        start += 1;
        if ctx.is(start, word::DE | word::DE_ARTICLE) {
            let place = start
                + 1
                + usize::from(start + 2 < end && ctx.is(start + 1, word::ARTICLE_AFTER_DE));
            start = name_after_complement(ctx, place, end, true)?;
        }
    }
    without_common_words(ctx, start, end)
}

/// A name run without the capitalised common words that open it: a demonym
/// before a name ("le Britannique Donald Finlay", "l'Uruguayen Luis
/// Suárez"), a word French writes in lowercase that is no proper noun in the
/// treebanks nor read as one here nor a first name ("Rose Laforêt", "Victoire
/// Petit" keep theirs): a heading's or a thing's noun ("Affaire
/// Clearstream"). When a particle follows them the
/// run names a thing after a place or a person ("Guerre d'Indochine",
/// "Assassinat de…", "Tour de France"): no name. Known places, outlets and
/// organisations keep their words ("Côte d'Ivoire").
fn without_common_words(ctx: &Ctx<'_>, start: usize, end: usize) -> Option<std::ops::Range<usize>> {
    if start >= end {
        return Some(start..end);
    }
    let common = |k: usize| {
        !ctx.tokens[k].is_upper()
            && (ctx.is(k, word::DEMONYM)
                || ctx.is(k, word::LOWERCASE_WORD)
                    && !ctx.is(
                        k,
                        word::NAME_PARTICLE | word::ORG_NOUN | word::COMMON_FIRST_NAME,
                    )
                    && ctx.tag(k) != crate::pos::Tag::Npp
                    && !ctx.seen_as_name(k))
    };
    let mut from = start;
    // "Le Canadien", "La Française" opening a sentence: an article, not a
    // surname's particle.
    if end - start >= 2 && ctx.is(start, word::SURNAME_PARTICLE) && ctx.is(start + 1, word::DEMONYM)
    {
        from += 1;
    }
    while from < end && common(from) {
        from += 1;
    }
    // A demonym alone with no article is a surname ("Selon Breton", "a dit
    // Wallon"): a person described by one takes an article.
    let surname = from == end
        && end - start == 1
        && ctx.is(start, word::DEMONYM)
        && (start == 0 || !ctx.is(start - 1, word::DETERMINER));
    // A run that opens with no common word is kept whole; the look-up of
    // known names (a fold and two hash probes) is only needed to keep one
    // that does ("Côte d'Ivoire").
    if from == start || surname || known_by_itself(ctx, start, end) {
        Some(start..end)
    } else if from == end || ctx.is(from, word::NAME_PARTICLE) {
        None
    } else {
        Some(from..end)
    }
}

/// Whether the word at `start` (not before `floor`) opens a complement: it
/// follows "du", "des", "de", "d'", "de la" or "de l'".
pub(super) fn after_de(ctx: &Ctx<'_>, floor: usize, start: usize) -> bool {
    start >= floor
        && (ctx.is(start - 1, word::DE | word::DE_ARTICLE)
            || (ctx.is(start - 1, word::ARTICLE_AFTER_DE) && ctx.is(start - 2, word::DE)))
}

/// An acronym that is not part of the name after it: a party's or an
/// agency's before a person's ("le député LFI François Ruffin"), not a
/// club's initials ("l'AS Béziers"), nor a body's that its determiner opens
/// before the particle of its place, which it heads ("l'ARS d'Occitanie",
/// "le CHU de Rennes").
fn acronym_before_name(ctx: &Ctx<'_>, k: usize) -> bool {
    let body_of_place = k > 0
        && k + 1 < ctx.len()
        && ctx.is(k - 1, word::DETERMINER)
        && ctx.is(k + 1, word::NAME_PARTICLE);
    // Nor a body's before the one place it serves, which closes the name
    // ("l'ARS Normandie", "FIBA Europe"); looked up last, for acronyms only.
    let body_before_place = || {
        k + 2 <= ctx.len()
            && (k + 2 == ctx.len() || !ctx.is_capitalised(k + 2))
            && ctx.lex.place_and_organisation(ctx.surface(k + 1)).0
    };
    ctx.tokens[k].is_upper()
        && ctx.surface(k).chars().count() >= 2
        && !ctx.is(k, word::CLUB_ACRONYM)
        && !body_of_place
        && !body_before_place()
}

/// Whether the acronym opening the name run `run` opens an organisation's
/// name: the run is a listed organisation ("SOS Homophobie"), or one word
/// follows an acronym that opens listed organisations' longer names ("SOS
/// Estuaire" as "SOS Racisme", "CGT Renault" as "CGT Cheminots"): a
/// person's name after a party's acronym has two words ("LFI François
/// Ruffin").
fn acronym_opens_name(ctx: &Ctx<'_>, run: std::ops::Range<usize>) -> bool {
    if known_by_itself(ctx, run.start, run.end) {
        return true;
    }
    run.len() == 2 && ctx.lex.opens_organisation_names(ctx.surface(run.start))
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
pub(super) fn name_after_complement(
    ctx: &Ctx<'_>,
    start: usize,
    end: usize,
    guess: bool,
) -> Option<usize> {
    if end - start < 3 {
        return None;
    }
    let from = match longest_known(ctx, start, end) {
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
pub(super) fn known_name_inside(
    ctx: &Ctx<'_>,
    t: std::ops::Range<usize>,
) -> Option<std::ops::Range<usize>> {
    (t.start + 1..t.end)
        .filter(|&k| ctx.is_capitalised(k) || ctx.tokens[k].is_upper())
        .find_map(|k| {
            (k + 1..=t.end.min(k + 6))
                .rev()
                .find(|&e| known_by_itself(ctx, k, e))
                .map(|e| k..e)
        })
}

/// The largest `j` up to `end` with [`known_by_itself`]`(start, j)`, in time
/// bounded by the longest known name, not by the run of capitals.
fn longest_known(ctx: &Ctx<'_>, start: usize, end: usize) -> Option<usize> {
    let shaped = (start < end && toponym_shaped(ctx.surface(start))).then_some(start + 1);
    ctx.longest_listed_span(start, end)
        .max(ctx.longest_media_span(start, end))
        .max(shaped)
}

/// Whether tokens `[start, end)` name a place, an outlet or a known
/// organisation by themselves.
pub(super) fn known_by_itself(ctx: &Ctx<'_>, start: usize, end: usize) -> bool {
    known_by_itself_listed(ctx, start, end, None)
}

/// [`known_by_itself`], with whether the tokens are a known place or
/// organisation's name already looked up (`listed`), or not (`None`).
pub(super) fn known_by_itself_listed(
    ctx: &Ctx<'_>,
    start: usize,
    end: usize,
    listed: Option<bool>,
) -> bool {
    let text = ctx.span(start, end).slice(ctx.text);
    listed.unwrap_or_else(|| ctx.lex.is_place_or_organisation(text))
        || ctx.is_media_span(start, end)
        || (end == start + 1 && toponym_shaped(text))
}

/// Whether a word has the shape of a French place name, whether the
/// gazetteer lists it or not: capitalised parts joined by hyphens and a
/// lowercase preposition or article ("Villers-sous-Bréhan", "Bar-le-Duc",
/// "Maine-et-Loire", "Saint-Julien-d'Arcy"). A person's double name joins
/// capitalised parts only ("Lemercier-Vautrin"), and a verb's clitics are
/// lowercase ("Donnez-le-moi").
pub(super) fn toponym_shaped(word: &str) -> bool {
    // Most words have no hyphen: one part, nothing joined (a byte loop
    // before the char searcher of `split`).
    if !word.bytes().any(|b| b == b'-') {
        return false;
    }
    let mut parts = word.split('-');
    if !parts
        .next()
        .is_some_and(|p| p.starts_with(char::is_uppercase))
    {
        return false;
    }
    let (mut joined, mut capital_last) = (false, false);
    for part in parts {
        if matches!(
            part,
            "sur"
                | "sous"
                | "lès"
                | "lez"
                | "en"
                | "de"
                | "du"
                | "des"
                | "le"
                | "la"
                | "les"
                | "aux"
                | "et"
        ) {
            joined = true;
            capital_last = false;
            continue;
        }
        let elided = ["d'", "d’", "l'", "l’"]
            .iter()
            .find_map(|e| part.strip_prefix(e));
        joined |= elided.is_some();
        capital_last = elided.unwrap_or(part).starts_with(char::is_uppercase);
        if !capital_last {
            return false;
        }
    }
    joined && capital_last
}

/// The first name of a name run, as written, if it has one: its first
/// word, when a surname follows and it is not a particle ("Le Pen" has none).
pub(super) fn first_name<'a>(ctx: &Ctx<'a>, n: &std::ops::Range<usize>) -> Option<&'a str> {
    (n.len() >= 2 && !ctx.is(n.start, word::NAME_PARTICLE)).then(|| ctx.surface(n.start))
}

/// A name run without the outlet before it ("a annoncé à l'agence RIA
/// Novosti Valentine Sapounov": the name is Valentine Sapounov).
/// At least one word is left for the name.
fn without_outlet(ctx: &Ctx<'_>, start: usize, end: usize) -> std::ops::Range<usize> {
    match ctx.longest_media_span(start, end.saturating_sub(1)) {
        Some(k) => k..end,
        None => start..end,
    }
}

/// The first of two surnames ending a name of three words or more ("Pastor"
/// in "Ana Pastor García"), as written: the word before the last, when it is a
/// capitalised name word, neither a particle ("Charles de Gaulle") nor an
/// initial, and the first name is not a hyphenated one given whole.
pub(super) fn inner_surname<'a>(ctx: &Ctx<'a>, n: &std::ops::Range<usize>) -> Option<&'a str> {
    if n.len() < 3 {
        return None;
    }
    let k = n.end - 2;
    let word = ctx.surface(k);
    (ctx.is_capitalised(k)
        && !ctx.is(k, word::NAME_PARTICLE | word::SURNAME_PARTICLE)
        && !word.ends_with('.')
        && !(n.start..n.end).any(|j| ctx.is(j, word::NAME_PARTICLE)))
    .then_some(word)
}

#[cfg(test)]
mod tests {
    use super::{known_by_itself, longest_known, toponym_shaped, without_outlet};
    use crate::quote::testing::{tokens_text, with_ctx};

    #[test]
    fn place_names_have_a_shape_of_their_own() {
        for place in [
            "Villers-sous-Bréhan",
            "Bar-le-Duc",
            "Maine-et-Loire",
            "Saint-Julien-d'Arcy",
            "Isle-sur-le-Doubs",
            "Frasnes-lez-Anvaing",
            "Châlons-en-Champagne",
        ] {
            assert!(toponym_shaped(place), "{place}");
        }
        for other in [
            "Lemercier-Vautrin",
            "Jean-Pierre",
            "Saint-Exupéry",
            "Donnez-le-moi",
            "Dis-le",
            "sous-préfet",
            "Bar-le",
        ] {
            assert!(!toponym_shaped(other), "{other}");
        }
    }

    #[test]
    fn the_longest_outlet_before_a_name_is_left_out() {
        for (text, name) in [
            ("RIA Novosti Valentine Sapounov", "Valentine Sapounov"),
            ("France Inter Jean Dupont", "Jean Dupont"),
            ("Le Monde Jean Dupont", "Jean Dupont"),
            ("AFP AFP Jean", "AFP Jean"),
            ("Jean Dupont", "Jean Dupont"),
            // One word at least is left for the name.
            ("France Inter", "France Inter"),
            ("RIA Novosti", "RIA Novosti"),
            ("AFP", "AFP"),
        ] {
            let got = with_ctx(text, |ctx| {
                tokens_text(ctx, without_outlet(ctx, 0, ctx.len()))
            });
            assert_eq!(got, name, "{text}");
        }
        // The same end as asking each end in turn, from every start.
        let text = "Le Monde France Inter RIA Novosti Reuters AFP Jean France 24 Ouest-France \
                    Côte d'Ivoire Paris Bar-le-Duc Union européenne Nations unies";
        with_ctx(text, |ctx| {
            for start in 0..ctx.len() {
                for end in start..=ctx.len() {
                    let each = (start + 1..end)
                        .rev()
                        .find(|&k| ctx.is_media_span(start, k))
                        .map_or(start..end, |k| k..end);
                    assert_eq!(without_outlet(ctx, start, end), each, "{start}..{end}");
                    let known = (start + 1..=end)
                        .rev()
                        .find(|&j| known_by_itself(ctx, start, j));
                    assert_eq!(longest_known(ctx, start, end), known, "{start}..{end}");
                }
            }
        });
    }
}
