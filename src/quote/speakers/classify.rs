//! Reading a mention: pronoun, name, organisation or role (its gender cue:
//! `gender`; the names outside quotes: `document_names`; an organisation's
//! name: `organisations`).

use super::gender::{
    agreement_gender, apposition_before_gender, apposition_head, fronted_participle_gender,
    incise_adjective_gender, inverted_reflexive_gender, phrase_gender,
};
use super::name_runs::{
    after_de, head_name_run, known_by_itself, name_run, toponym_shaped, LeadingRun,
};
use super::organisations::{known_organisation, outlet_title};
use super::*;

/// Classifies a mention: pronoun, name, organisation or role.
///
/// `leading` is a name run `document_mentions` read from the phrase's first
/// word, reused when it is sure to be the phrase's.
pub(super) fn classify(
    ctx: &Ctx<'_>,
    m: &MentionTokens,
    quote: Option<usize>,
    leading: Option<&LeadingRun>,
) -> Pending {
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
        let w = strip_clitic_dash(w);
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
            let subject =
                quote.is_some() || ctx.lex.is(strip_clitic_dash(first), word::THIRD_PERSON);
            return Pending {
                tokens: t,
                span,
                kind: MentionKind::Pronoun,
                name: None,
                gender: g,
                quote,
                subject,
                run_listed: None,
            };
        }
    }
    // "selon ses chiffres", "d'après leurs estimations": a possessive
    // before a data noun names its owner, the body or person named before,
    // as a pronoun does (`possessive_target`).
    if t.len() == 2
        && ctx.lex.grammar.third_person_possessives.contains(first)
        && ctx.is(t.start + 1, word::SOURCE_NOUN)
    {
        return Pending {
            tokens: t,
            span,
            kind: MentionKind::Pronoun,
            name: None,
            gender: Gender::Unknown,
            quote,
            subject: false,
            run_listed: None,
        };
    }
    // "ce dernier", "cette dernière": a demonstrative pronoun in two words,
    // read as "celui-ci" and "celle-ci".
    if t.len() == 2 && matches!(first, "ce" | "cette") {
        let gender = match (first, ctx.lower(t.start + 1)) {
            ("ce", "dernier") => Gender::Masculine,
            ("cette", "dernière") => Gender::Feminine,
            _ => Gender::Unknown,
        };
        if gender != Gender::Unknown {
            return Pending {
                tokens: t,
                span,
                kind: MentionKind::Pronoun,
                name: None,
                gender,
                quote,
                subject: quote.is_some(),
                run_listed: None,
            };
        }
    }
    // The proper-name run: the last run of capitalised words. After a
    // plural article it names a group ("les Wikipédiens russophones"), not
    // a person.
    let run = match m.head {
        Some(h) => head_name_run(ctx, t.clone(), h),
        None => match leading.and_then(|l| l.get(&t)) {
            Some(run) => run,
            None => name_run(ctx, t.clone()),
        },
    };
    // A place or a body in the complement of a role is not the speaker:
    // "la procureure de Valbonne-sur-Cher", "une habitante de
    // Saint-Julien-d'Arcy", "le porte-parole de l'ONU" are roles.
    let run = run.filter(|n| !in_role_complement(ctx, t.start, n.clone()));
    // A place speaks only by metonymy ("Paris a répondu", "les États-Unis
    // ont affirmé"): an organisation.
    // Whether the run is a known place, and a known organisation (read
    // below): one fold for both.
    // Right after an honorific or a title, a name is a person's, even one
    // that names a firm or a place ("M. Dassault", "le général Leclerc").
    let untitled_run = run.clone().filter(|n| !titled_name(ctx, t.start, n.start));
    let (run_place, run_organisation) = untitled_run.clone().map_or((false, false), |n| {
        ctx.lex
            .place_and_organisation(ctx.span(n.start, n.end).slice(ctx.text))
    });
    // Kept for `org_name`: whether the run is a known place or organisation.
    let run_listed = untitled_run.map(|n| (n, run_place || run_organisation));
    let place = run.clone().is_some_and(|n| {
        let text = ctx.span(n.start, n.end).slice(ctx.text);
        (run_place || n.len() == 1 && toponym_shaped(text))
            && !demonym_after_masculine_article(ctx, t.start, n.clone())
    });
    let group = run
        .as_ref()
        .is_some_and(|n| n.start == t.start + 1 && ctx.is(t.start, word::PLURAL_ARTICLE));
    let article = article_before_name(ctx, t.clone(), run.clone());
    let name = run.filter(|_| !group && article != ArticleBefore::CommonWord);
    // The cue of the words naming the speaker (article, honorific, title,
    // a title in apposition before it), then the agreement of the words
    // around it (a participle or title after it, fronted or after a
    // reflexive). They can disagree: "le maire de Plestin, Anne X, réélue
    // en mars" uses a masculine office noun for a woman; the role noun's
    // grammatical gender does not win over the agreement, the mention
    // gives no cue.
    let mut title = phrase_gender(ctx, t.clone());
    if title == Gender::Unknown {
        title = apposition_before_gender(ctx, t.clone());
    }
    let mut agreement = agreement_gender(ctx, t.start, t.end);
    if agreement == Gender::Unknown && name.is_some() {
        agreement = fronted_participle_gender(ctx, t.clone());
    }
    if agreement == Gender::Unknown && name.is_some() {
        agreement = inverted_reflexive_gender(ctx, t.start);
    }
    if agreement == Gender::Unknown {
        agreement = incise_adjective_gender(ctx, t.clone());
    }
    // An unnamed speaker headed by a noun of one fixed gender: the words
    // around agree with the noun, not the person ("Une victime, interrogée
    // par …", "la victime est décédée", "un témoin, choqué, a raconté").
    if name.is_none()
        && agreement != Gender::Unknown
        && (t.start..t.end)
            .take_while(|&k| !ctx.is(k, word::DE | word::DE_ARTICLE))
            .any(|k| ctx.lex.fixed_gender(ctx.lower(k)) == Some(agreement))
    {
        agreement = Gender::Unknown;
    }
    let mut gender = match (title, agreement) {
        (Gender::Unknown, g) | (g, Gender::Unknown) => g,
        (a, b) if a == b => a,
        _ => Gender::Unknown,
    };
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
    // So does a firm's or a body's noun in apposition after a bare name
    // ("Kelvoria, le distributeur néerlandais de vélos, a annoncé").
    let org_apposition = name.as_ref().is_some_and(|n| n.start == t.start)
        && (apposition_head(ctx, t.clone()).is_some_and(|h| ctx.is(h, word::ORG_NOUN))
            || name.as_ref().is_some_and(|n| n.end == t.end)
                && apposition_after_head(ctx, t.end).is_some_and(|h| {
                    (ctx.is(h, word::ORG_NOUN)
                        // A trade noun naming a person or a firm after a
                        // one-word name ("Lectoria, l'éditeur bordelais").
                        || ctx.is(h, word::TRADE_NOUN)
                            && name.clone().is_some_and(|n| firm_shaped(ctx, n)))
                        && !ctx.is(h, word::DOCUMENT_NOUN)
                        && (!ctx.is_capitalised(h) || ctx.tokens[h].is_upper())
                        && ctx.closed_phrase(h)
                }));
    // A known organisation after its description ("la secte islamiste Boko
    // Haram").
    let known_name = name.is_some() && run_organisation;
    // A document stands for the organisation it names ("un rapport de la
    // Ligue arabe", "une note de la DST"); one that names none ("le
    // rapport", "une enquête menée dans des ports belges") has no author the
    // sentence gives, unless it refers back to one (role_target). So do
    // figures and data heading the phrase ("les chiffres de l'Insee", "des
    // informations du Parisien": `source_nouns`; not "la coordination pour
    // la défense des hôpitaux").
    let document = (t.start..head_end).any(|k| ctx.is(k, word::DOCUMENT_NOUN))
        || super::organisations::owner_start(ctx, t.clone()).is_some();
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
        || name.clone().is_some_and(|n| trade_firm(ctx, t.start, n))
        || article == ArticleBefore::Name
        || (document && authored && author.is_none())
        || (!document
            && (t.start..head_end).any(|k| {
                let w_flags = ctx.flags(k);
                (w_flags & word::ORG_NOUN != 0)
                    && (!ctx.is_capitalised(k) || opens_phrase(ctx, t.start, k))
                    // A club's or a movement's type word, capitalised at
                    // the head ("l'Olympique de Vaumarcy", "le Front
                    // uni").
                    || (w_flags & word::CAPITALISED_ORG_WORD != 0)
                        && ctx.is_capitalised(k)
                        && opens_phrase(ctx, t.start, k)
            }))
        // A place run as an institution heading the phrase ("l'hôpital de
        // Kerdavel", "la ville de Montgoubert").
        || (t.start..head_end)
            .find(|&k| !ctx.is(k, word::DETERMINER))
            .is_some_and(|h| ctx.is(h, word::INSTITUTION_PLACE))
        || ctx.is_media_span(t.start, t.end)
        || outlet_title(ctx, t.start, t.end)
        || t.start > 0 && outlet_title(ctx, t.start - 1, t.end)
        || name.clone().is_some_and(|n| {
            n.len() == 1
                && ctx.tokens[n.start].is_upper()
                && ctx.surface(n.start).chars().count() >= 2
                || ctx.is_media_span(n.start, n.end)
                || n.clone().any(|k| ctx.is(k, word::ORG_NOUN) || ctx.company_form(k))
                // A club's initials opening the name ("l'AS Béziers").
                || ctx.tokens[n.start].is_upper() && ctx.is(n.start, word::CLUB_ACRONYM)
                // An acronym inside a name ("SOS Méditerranée", "Limoges
                // CSP", "FIBA Europe", "SNUipp-FSU"): a person's name has
                // none (an outlet's or a party's before a person's name is
                // no part of it, see name_runs).
                || n.clone().any(|k| inner_acronym(ctx, k))
        });
    let kind = if org {
        MentionKind::Organisation
    } else if name.is_some() {
        MentionKind::Name
    } else {
        MentionKind::Role
    };
    let subject = quote.is_some()
        || before_verb(ctx, t.end)
        || apposition::subject_in_apposition(ctx, t.clone());
    Pending {
        tokens: t,
        span,
        kind,
        name,
        gender,
        quote,
        subject,
        run_listed,
    }
}

/// Whether the word at `k`, or a part of it between hyphens, is an acronym
/// of two to four capitals ("CSP", "SNUipp-FSU"), not a Roman numeral
/// ("Louis XIV", "Jean-Paul II") nor a particle in capitals ("LE", "DE").
fn inner_acronym(ctx: &Ctx<'_>, k: usize) -> bool {
    // The parts between hyphens, as `split('-')` gives them, found by a
    // byte loop: a name's words are short, and `split` sets up a searcher
    // for each.
    let mut rest = ctx.surface(k);
    loop {
        let (part, next) = match rest.bytes().position(|b| b == b'-') {
            Some(at) => (&rest[..at], Some(&rest[at + 1..])),
            None => (rest, None),
        };
        if acronym_part(part) {
            return true;
        }
        match next {
            Some(next) => rest = next,
            None => return false,
        }
    }
}

/// [`inner_acronym`] of one part. Two to four characters take 2 to 16
/// bytes, and a lowercase ASCII second byte is a lowercase second
/// character: most parts ("Poutine") are told apart by those two tests,
/// before their characters are counted.
fn acronym_part(part: &str) -> bool {
    let b = part.as_bytes();
    if b.len() < 2 || b.len() > 16 || b[1].is_ascii_lowercase() {
        return false;
    }
    let n = part.chars().count();
    (2..=4).contains(&n)
        && part.chars().all(|c| c.is_uppercase())
        && !part.chars().all(|c| "IVXLCDM".contains(c))
        && !matches!(
            part,
            "LE" | "LA" | "DE" | "DU" | "DI" | "DA" | "EL" | "AL" | "VAN" | "VON" | "MC"
        )
}

/// Whether the token before a name run starting at `name` is an honorific
/// or a title of the phrase starting at `start` ("M. Dassault", "le
/// général Leclerc"), a noun for no firm (not "l'éditeur Gallimard").
fn titled_name(ctx: &Ctx<'_>, start: usize, name: usize) -> bool {
    name > start
        && ctx.is(name - 1, word::TITLE)
        && !ctx.is(name - 1, word::ORG_NOUN | word::TRADE_NOUN)
}

/// Whether a name is shaped as a firm's rather than a person's: one word
/// ("Plumevive"), or one word closed by company forms or words ("Malterre
/// SA", "Houbrelle Brewing"), where a person has a first name and a surname.
pub(super) fn firm_shaped(ctx: &Ctx<'_>, n: std::ops::Range<usize>) -> bool {
    n.start < n.end
        && (n.start + 1..n.end).all(|k| ctx.is(k, word::ORG_NOUN) || ctx.company_form(k))
}

/// Whether a trade noun that names a person or a firm heads the phrase
/// starting at `start`, in lowercase and followed only by lowercase words
/// ("l'éditeur de jeux vidéo", "le promoteur immobilier"), before a name
/// shaped as a firm's: "le brasseur Malterre" is a firm, "le brasseur
/// Mathis Quéré" a person with a role.
fn trade_firm(ctx: &Ctx<'_>, start: usize, n: std::ops::Range<usize>) -> bool {
    let Some(head) = (start..n.start).find(|&k| !ctx.is(k, word::DETERMINER)) else {
        return false;
    };
    ctx.is(head, word::TRADE_NOUN)
        && !ctx.is_capitalised(head)
        && (head + 1..n.start).all(|k| !ctx.is_capitalised(k) && !ctx.tokens[k].is_upper())
        && firm_shaped(ctx, n)
}

/// The head noun of a phrase in apposition right after a name ending before
/// `end`: ", le distributeur néerlandais", ", une start-up toulousaine", past
/// its article and lowercase adjectives.
fn apposition_after_head(ctx: &Ctx<'_>, end: usize) -> Option<usize> {
    if end + 2 >= ctx.len() || ctx.lower(end) != "," {
        return None;
    }
    let mut k = end + 1;
    if !matches!(ctx.lower(k), "le" | "la" | "l'" | "un" | "une") {
        return None;
    }
    k += 1;
    // An organisation noun the tagger reads as an adjective ("la
    // mutuelle", "une coopérative") is the head.
    while k < ctx.len()
        && ctx.tag(k) == crate::pos::Tag::Adj
        && !ctx.is_capitalised(k)
        && !ctx.is(k, word::ORG_NOUN)
    {
        k += 1;
    }
    (k < ctx.len() && ctx.kind(k) == TokenKind::Word).then_some(k)
}

/// Whether the name run `n` is a place or a known body in the "de"
/// complement of the role that heads the phrase starting at `start` (past
/// its articles): a title or a noun for a person; or the one word right
/// after an office held over a place.
fn in_role_complement(ctx: &Ctx<'_>, start: usize, n: std::ops::Range<usize>) -> bool {
    let Some(head) = (start..n.start).find(|&k| !ctx.is(k, word::DETERMINER)) else {
        return false;
    };
    head + 1 < n.start
        && (ctx.is(head, word::TITLE | word::PERSON_NOUN | word::ANONYMOUS_HEAD)
            // A plural group of common nouns ("les grévistes de l'usine
            // Belcour", "les ouvriers du site Navarel").
            || ctx.is(start, word::PLURAL_ARTICLE) && !ctx.is_capitalised(head))
        && (after_de(ctx, head + 2, n.start) || thing_named(ctx, head + 2, n.start))
        && (known_by_itself(ctx, n.start, n.end)
            // A street, a station or a building named after someone, in the
            // complement ("un commerçant du boulevard Anatole-Brissac", "un
            // agent de la station Louise-Michel").
            || thing_named(ctx, head + 2, n.start)
            // One word after an office held over a place is the place,
            // known or not, however the tagger read the title ("La
            // procureure de Vézenac", "la gouverneure de Kivuto").
            || n.len() == 1 && n.start == head + 2 && ctx.is(head, word::PLACE_OFFICE))
}

/// Whether a lowercase thing's or place's noun stands right before a name
/// starting at `name` (at or after `floor`), past a "de" and its article
/// before it: "du boulevard Anatole-Brissac", "de la station
/// Louise-Michel", "de la place Jean-Jaurès" name a street or a station,
/// "de l'usine Belcour", "du groupe Navarel" a firm or its site.
fn thing_named(ctx: &Ctx<'_>, floor: usize, name: usize) -> bool {
    name > floor
        && name >= 3
        && ctx.is(
            name - 1,
            word::THING_NOUN | word::PLACE_NOUN | word::ORG_NOUN | word::INSTITUTION_PLACE,
        )
        && !ctx.is_capitalised(name - 1)
        && (ctx.is(name - 2, word::DE_ARTICLE)
            || ctx.is(name - 2, word::ARTICLE_AFTER_DE) && ctx.is(name - 3, word::DE))
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
    /// No definite article before the run that makes it a thing's.
    None,
    /// A title or a common word, capitalised: a role ("le Duc", "le jeune
    /// Baron", "le Français").
    CommonWord,
    /// Any other name: a person takes no article, so an organisation or a
    /// thing ("le China Daily", "la NASA", "le Hamas").
    Name,
}

/// Reads a name run right after a definite article: persons are named
/// without one, but for a woman's single name after "la" and a name after
/// adjectives. The article can be fused with a preposition ("du Pan Am",
/// "au Zénith de Nantes"), or capitalised before two words or more ("La
/// Bourse de Paris", "L'Effort Basket de Mirecourt"), where one word after
/// it is a surname ("Le Pen", "La Fontaine"). A title or a demonym opening
/// the run names a person ("le Président Jacques Chirac", "le Danois Wilson
/// Kipketer").
fn article_before_name(
    ctx: &Ctx<'_>,
    t: std::ops::Range<usize>,
    run: Option<std::ops::Range<usize>>,
) -> ArticleBefore {
    let Some(n) = run else {
        return ArticleBefore::None;
    };
    let personal = |k: usize| ctx.is(k, word::TITLE | word::DEMONYM);
    if n.start == t.start {
        // A fused article ("du", "au", "des", "aux") right before a name of
        // two words or more; or the run opened by a capitalised article and
        // two words or more. A family takes one word after a plural ("la
        // ferme des Fournel").
        let fused = n.len() >= 2
            && n.start >= 1
            // The fused articles (de le, à le, de les, à les).
            && ctx.is(n.start - 1, word::DE_ARTICLE | word::A_ARTICLE)
            && !ctx.is_capitalised(n.start - 1)
            // A family's name after a plural ("des Le Guellec").
            && !ctx.is(n.start, word::SURNAME_PARTICLE)
            // "du" after a title or a name is a particle.
            && (n.start < 2
                || !ctx.is(n.start - 1, word::SURNAME_PARTICLE)
                || !ctx.is_capitalised(n.start - 2) && !ctx.is(n.start - 2, word::TITLE))
            && !ctx.is(n.start, word::TITLE | word::DEMONYM | word::LOWERCASE_WORD);
        let opened = n.len() >= 3
            && ctx.is(n.start, word::SINGULAR_DEFINITE)
            && ctx.is_capitalised(n.start)
            // After "de", a noble name's particle ("Mlle de La Fayette").
            && (n.start == 0 || !ctx.is(n.start - 1, word::DE))
            && !personal(n.start + 1);
        return if fused || opened {
            ArticleBefore::Name
        } else {
            ArticleBefore::None
        };
    }
    if !ctx.is(t.start, word::SINGULAR_DEFINITE)
        || !(t.start + 1..n.start)
            .all(|k| ctx.tag(k) == crate::pos::Tag::Adj && !ctx.is_capitalised(k))
    {
        return ArticleBefore::None;
    }
    if ctx.is_capitalised(t.start) {
        // "L'Effort Basket de Mirecourt": two words or more after it.
        return if n.start == t.start + 1 && n.len() >= 2 && !personal(n.start) {
            ArticleBefore::Name
        } else {
            ArticleBefore::None
        };
    }
    if n.len() == 1 && ctx.is(n.start, word::TITLE | word::LOWERCASE_WORD | word::DEMONYM) {
        ArticleBefore::CommonWord
    } else if n.len() == 1 && ctx.lower(t.start) == "la" || n.start > t.start + 1 {
        // "la Zambinella", "la Callas": a woman, by an old idiom; an
        // adjective before a name describes a person as often ("la célèbre
        // Marie Curie", "le petit Nicolas", "le jeune Kylian Mbappé"), and
        // the organisations so described are known ones ("le puissant
        // Hezbollah"): the name decides.
        ArticleBefore::None
    } else if n.len() >= 3 && personal(n.start) {
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
#[inline]
pub(super) fn before_verb(ctx: &Ctx<'_>, end: usize) -> bool {
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
