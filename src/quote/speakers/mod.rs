//! Speaker resolution within a document: names, titles, pronouns and
//! spelling variants become one speaker each.
//!
//! Every mention of a person or organisation is read in text order: the
//! proper names outside quotes ("le président Vladimir Poutine"), and each
//! quote's speaker mention. A mention joins an existing speaker when
//! - it is a name whose surname matches, accents folded, within a small edit
//!   distance (Tokayev / Tokaïev; "Poutine" joins "Vladimir Poutine"), unless
//!   the first names differ;
//! - it is a role ("le dirigeant kazakh") sharing a title or adjective with
//!   the words that introduced a name ("le président kazakh Kassym-Jomart
//!   Tokayev"), or a definite role that refers back to the last person quoted;
//! - it is a pronoun (il, elle, -t-il) and the speaker is the most recent
//!   person of a compatible gender.
//!
//! A Title-Case headline is not read for names: its capitals are not names.

use super::{
    Ctx, Cue, Found, Mention, MentionTokens, Quote, QuoteAnalysis, QuoteKind, RawQuote, Speaker,
    SpeakerKind,
};
use crate::lexicon::word;
use crate::lexicon::{fold, Gender};
use crate::span::Span;
use crate::token::TokenKind;
use rustc_hash::FxHashMap;

mod classify;
use classify::{classify, document_mentions, first_name, org_name};

/// How many recent entities fuzzy and role matching look at.
const RECENT: usize = 40;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum MentionKind {
    Name,
    Role,
    Pronoun,
    Organisation,
}

#[derive(Debug, Clone)]
struct Entity {
    /// Name runs seen for it, one per folded spelling ("DuPoNt" and
    /// "Dupont" are one), so that a name written in many casings costs one
    /// look-up per mention, not a scan of every variant seen.
    names: Vec<String>,
    /// Index in `names` of each folded name.
    name_keys: FxHashMap<String, usize>,
    /// Written description when no name is known.
    description: Option<String>,
    /// Folded surname key.
    surname: Option<String>,
    /// Folded first names seen.
    first_names: Vec<String>,
    /// Lowercase titles and adjectives that introduced it.
    descriptors: Vec<String>,
    masculine: u32,
    feminine: u32,
    organisation: bool,
    /// Introduced as a group ("des témoins", "les scientifiques"): never
    /// the antecedent of il or elle.
    plural: bool,
    person_evidence: bool,
    /// Introduced with a title or role ("l'astronome suisse Michel Mayor").
    titled: bool,
    /// Counted in `Resolver::named_people`.
    counted: bool,
    mentions: Vec<Span>,
    last_position: usize,
    /// First token of its latest mention as a clause's subject.
    last_subject: Option<usize>,
    quoted: bool,
}

impl Entity {
    fn new() -> Self {
        Entity {
            names: Vec::new(),
            name_keys: FxHashMap::default(),
            description: None,
            surname: None,
            first_names: Vec::new(),
            descriptors: Vec::new(),
            masculine: 0,
            feminine: 0,
            organisation: false,
            plural: false,
            person_evidence: false,
            titled: false,
            counted: false,
            mentions: Vec::new(),
            last_position: 0,
            last_subject: None,
            quoted: false,
        }
    }

    /// The consistent evidence of its mentions: `Unknown` without a cue,
    /// and when cues disagree.
    fn gender(&self) -> Gender {
        match (self.masculine, self.feminine) {
            (0, 0) => Gender::Unknown,
            (_, 0) => Gender::Masculine,
            (0, _) => Gender::Feminine,
            _ => Gender::Unknown,
        }
    }

    /// Whether a mention with gender cue `cue` may refer to it: never
    /// against a cue of the other gender ("la ministre" never joins someone
    /// the text calls "il"); a mention without a cue may join anyone.
    fn compatible(&self, cue: Gender) -> bool {
        match cue {
            Gender::Masculine => self.feminine == 0,
            Gender::Feminine => self.masculine == 0,
            Gender::Unknown => true,
        }
    }
}

/// A mention to resolve.
#[derive(Debug, Clone)]
struct Pending {
    tokens: std::ops::Range<usize>,
    span: Span,
    kind: MentionKind,
    /// Tokens of the proper-name run inside the phrase.
    name: Option<std::ops::Range<usize>>,
    gender: Gender,
    /// The quote this mention attributes, if any.
    quote: Option<usize>,
    /// The mention is a clause's subject (a subject pronoun, a reporting
    /// verb's subject, a phrase before its verb).
    subject: bool,
}

/// Whether `a` and `b` are within `max` edits (Levenshtein) of each other.
/// Only the diagonal band of width `2 max + 1` of the edit table can hold
/// such a path, so the cost is linear in the names' length (two surnames of
/// 100,000 letters cost ten times two of 10,000, not a hundred).
fn within_edits(a: &str, b: &str, max: usize) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > max {
        return false;
    }
    // Cells outside the band are never written and stay "too far".
    let far = max + 1;
    let mut prev: Vec<usize> = (0..=b.len()).map(|j| j.min(far)).collect();
    let mut cur = vec![far; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        let row = i + 1;
        let lo = row.saturating_sub(max).max(1);
        let hi = (row + max).min(b.len());
        cur[lo - 1] = if lo == 1 { row.min(far) } else { far };
        let mut best = cur[lo - 1];
        for j in lo..=hi {
            let substitute = prev[j - 1] + usize::from(*ca != b[j - 1]);
            cur[j] = substitute.min(prev[j] + 1).min(cur[j - 1] + 1).min(far);
            best = best.min(cur[j]);
        }
        if best > max {
            return false;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()] <= max
}

/// Two folded first names of one person: equal, or one the initials of the
/// other ("v." and "valentine", "j.-m." and "jean-marie").
fn first_names_agree(a: &str, b: &str) -> bool {
    fn initials(name: &str) -> impl Iterator<Item = char> + '_ {
        name.split('-').filter_map(|part| part.chars().next())
    }
    let is_initials = |s: &str| s.ends_with('.') && s.split('-').all(|p| p.chars().count() == 2);
    match (is_initials(a), is_initials(b)) {
        (true, false) => initials(a).eq(initials(b).take(initials(a).count())),
        (false, true) => first_names_agree(b, a),
        _ => a == b,
    }
}

fn surname_matches(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let len = a.chars().count().min(b.chars().count());
    let allowed = if len >= 7 {
        2
    } else if len >= 5 {
        1
    } else {
        0
    };
    allowed > 0 && a.chars().next() == b.chars().next() && within_edits(a, b, allowed)
}

struct Resolver<'c, 'a> {
    ctx: &'c Ctx<'a>,
    entities: Vec<Entity>,
    by_surname: FxHashMap<String, Vec<usize>>,
    by_org: FxHashMap<String, usize>,
    /// Unnamed roles by their folded words past the article ("ministre de
    /// l'interieur"): the same role twice is one speaker.
    by_role: FxHashMap<String, usize>,
    /// Entities by recency of their last mention, most recent first (bounded,
    /// so that every look-up costs at most `RECENT` steps).
    recent: Vec<usize>,
    /// How many named people the text has introduced with a title or role
    /// so far (a name after "cette planète" is no one a role refers to).
    named_people: usize,
    /// Entity of each pending mention, once resolved.
    resolved: Vec<Option<usize>>,
}

/// Resolves the speakers of the found quotes.
pub(crate) fn resolve(ctx: &Ctx<'_>, found: Found) -> QuoteAnalysis {
    let mut pending = document_mentions(ctx, &found);
    for (qi, q) in found.quotes.iter().enumerate() {
        if let Some(m) = &q.speaker {
            // "dit-on": an impersonal subject names nobody.
            let impersonal = m.tokens.len() == 1
                && ctx.is(m.tokens.start, word::INDEFINITE_ON | word::INVERTED_ON);
            if !impersonal {
                pending.push(classify(ctx, m, Some(qi)));
            }
        }
    }
    pending.sort_by_key(|p| (p.span.start, p.quote.is_some()));
    let mut r = Resolver {
        ctx,
        entities: Vec::new(),
        by_surname: FxHashMap::default(),
        by_org: FxHashMap::default(),
        by_role: FxHashMap::default(),
        recent: Vec::new(),
        named_people: 0,
        resolved: vec![None; pending.len()],
    };
    for (i, p) in pending.iter().enumerate() {
        crate::limits::every(i);
        r.resolved[i] = r.resolve_one(p);
    }
    r.finish(found, &pending)
}

/// People (entities) made between two checks of the memory budget.
const PEOPLE_CHECKED: usize = 1024;

/// How many people sharing a surname a name is compared with.
const SURNAME_BEARERS: usize = 16;

/// How close (in bytes) a named person stands for a role to refer to them
/// without their having been quoted: about two sentences.
const JUST_NAMED: usize = 300;

impl Resolver<'_, '_> {
    fn new_entity(&mut self, p: &Pending) -> usize {
        let id = self.entities.len();
        // People take memory as they come: the budget is checked for the
        // next batch of them before it is taken.
        if id % PEOPLE_CHECKED == 0 {
            crate::limits::check((id + PEOPLE_CHECKED) * crate::budget::cost::PERSON);
        }
        self.entities.push(Entity::new());
        self.add_to(id, p);
        id
    }

    fn touch(&mut self, id: usize) {
        if let Some(pos) = self.recent.iter().position(|&x| x == id) {
            self.recent.remove(pos);
        }
        self.recent.insert(0, id);
        self.recent.truncate(RECENT);
    }

    fn add_to(&mut self, id: usize, p: &Pending) {
        self.touch(id);
        let ctx = self.ctx;
        let e = &mut self.entities[id];
        e.mentions.push(p.span);
        e.last_position = e.last_position.max(p.span.start);
        if p.subject {
            e.last_subject = Some(p.tokens.start);
        }
        e.quoted |= p.quote.is_some();
        match p.gender {
            Gender::Masculine => e.masculine += 1,
            Gender::Feminine => e.feminine += 1,
            Gender::Unknown => {}
        }
        for k in p.tokens.clone() {
            let w = ctx.lower(k);
            let w_flags = ctx.flags(k);
            if !ctx.is_capitalised(k)
                && ctx.kind(k) == TokenKind::Word
                && (w_flags & word::DETERMINER == 0)
                && !ctx.is(k, word::DE | word::DE_ARTICLE)
            {
                if w_flags & word::TITLE != 0 {
                    e.person_evidence = true;
                    e.titled = true;
                }
                if !e.descriptors.iter().any(|d| d == w) && e.descriptors.len() < 16 {
                    e.descriptors.push(w.to_string());
                }
            }
        }
        if p.kind != MentionKind::Pronoun && ctx.is(p.tokens.start, word::GROUP_DETERMINER) {
            e.plural = true;
        }
        match p.kind {
            MentionKind::Organisation => {
                e.organisation = true;
                if e.names.is_empty() {
                    e.names.push(org_name(ctx, p));
                }
            }
            MentionKind::Name => {
                if let Some(n) = &p.name {
                    let text = ctx.span(n.start, n.end).slice(ctx.text).to_string();
                    let surname = fold(ctx.surface(n.end - 1));
                    if let Some(first) = first_name(ctx, n) {
                        if !e.first_names.contains(&first) {
                            e.first_names.push(first);
                        }
                    }
                    if e.surname.is_none() {
                        e.surname = Some(surname.clone());
                        self.by_surname.entry(surname).or_default().push(id);
                    }
                    let e = &mut self.entities[id];
                    match e.name_keys.entry(fold(&text)) {
                        // Of two spellings of one name, the longer keeps
                        // its accents ("Élisabeth" over "Elisabeth").
                        std::collections::hash_map::Entry::Occupied(slot) => {
                            let kept = &mut e.names[*slot.get()];
                            if text.len() > kept.len() {
                                *kept = text;
                            }
                        }
                        std::collections::hash_map::Entry::Vacant(slot) => {
                            slot.insert(e.names.len());
                            e.names.push(text);
                        }
                    }
                    if p.quote.is_some() || n.len() >= 2 {
                        e.person_evidence = true;
                    }
                }
            }
            MentionKind::Role => {
                if e.description.is_none() {
                    e.description = Some(p.span.slice(ctx.text).to_string());
                }
                if p.quote.is_some() {
                    e.person_evidence = true;
                }
            }
            MentionKind::Pronoun => {}
        }
        let e = &mut self.entities[id];
        if !e.counted && e.titled && !e.organisation && !e.names.is_empty() {
            e.counted = true;
            self.named_people += 1;
        }
    }

    fn resolve_one(&mut self, p: &Pending) -> Option<usize> {
        let ctx = self.ctx;
        match p.kind {
            MentionKind::Pronoun => {
                let pronoun = ctx
                    .lower(p.tokens.start)
                    .trim_start_matches("-t-")
                    .trim_start_matches('-');
                if ctx.lex.is(pronoun, word::THIRD_PLURAL) {
                    let target = self.recent_group(p.tokens.start)?;
                    self.touch(target);
                    let e = &mut self.entities[target];
                    e.mentions.push(p.span);
                    e.last_position = p.span.start;
                    e.quoted |= p.quote.is_some();
                    return Some(target);
                }
                if !matches!(p.gender, Gender::Masculine | Gender::Feminine) {
                    return None;
                }
                let target = self.recent_person(p.gender, p.tokens.start)?;
                self.touch(target);
                let e = &mut self.entities[target];
                e.mentions.push(p.span);
                e.last_position = p.span.start;
                if p.subject {
                    e.last_subject = Some(p.tokens.start);
                }
                e.quoted |= p.quote.is_some();
                match p.gender {
                    Gender::Masculine => e.masculine += 1,
                    _ => e.feminine += 1,
                }
                Some(target)
            }
            MentionKind::Name => {
                let n = p.name.clone()?;
                let surname = fold(ctx.surface(n.end - 1));
                let first = first_name(ctx, &n);
                // A name already known as an organisation stays one.
                let text = ctx.span(n.start, n.end).slice(ctx.text);
                if let Some(&id) = self.by_org.get(&fold(text)) {
                    self.add_to(id, p);
                    return Some(id);
                }
                let candidate = self
                    .find_by_surname(&surname, first.as_deref(), p.gender)
                    .or_else(|| {
                        (n.len() == 1)
                            .then(|| self.find_by_first_name(&surname, p.gender))
                            .flatten()
                    });
                let id = match candidate {
                    Some(id) => {
                        self.add_to(id, p);
                        id
                    }
                    None => self.new_entity(p),
                };
                Some(id)
            }
            MentionKind::Organisation => {
                // A one-word name the text already gives a person stays a
                // person's ("Zambinella … la Zambinella"), spelt alike: an
                // organisation's name a letter or two from a surname
                // ("le Martell", "DUPONT") is no spelling variant of it.
                if let Some(n) = p.name.clone().filter(|n| n.len() == 1) {
                    let surname = fold(ctx.surface(n.start));
                    let person = self
                        .find_bearer(&surname, None, p.gender, false)
                        .filter(|&id| !self.entities[id].organisation);
                    if let Some(id) = person {
                        let as_name = Pending {
                            kind: MentionKind::Name,
                            ..p.clone()
                        };
                        self.add_to(id, &as_name);
                        return Some(id);
                    }
                }
                let key = fold(&org_name(ctx, p));
                let known = self
                    .by_org
                    .get(&key)
                    .copied()
                    .or_else(|| self.organisation_so_described(p));
                let id = match known {
                    Some(id) => {
                        self.add_to(id, p);
                        id
                    }
                    None => {
                        let id = self.new_entity(p);
                        self.by_org.insert(key, id);
                        id
                    }
                };
                Some(id)
            }
            MentionKind::Role => {
                // A single capitalised word that is a known surname.
                if let Some(n) = &p.name {
                    let surname = fold(ctx.surface(n.end - 1));
                    if let Some(id) = self.find_by_surname(&surname, None, p.gender) {
                        self.add_to(id, p);
                        return Some(id);
                    }
                    if let Some(id) = self.find_by_first_name(&surname, p.gender) {
                        self.add_to(id, p);
                        return Some(id);
                    }
                    // Outside a quote, a lone capitalised word is probably a place.
                    p.quote?;
                }
                if let Some(id) = self.role_target(p) {
                    self.add_to(id, p);
                    return Some(id);
                }
                // A role outside a quote that refers to no one is no entity.
                p.quote?;
                let first = p.tokens.start
                    + usize::from(p.tokens.len() > 1 && ctx.is(p.tokens.start, word::DETERMINER));
                let key = fold(ctx.span(first, p.tokens.end).slice(ctx.text));
                if let Some(&id) = self.by_role.get(&key) {
                    self.add_to(id, p);
                    return Some(id);
                }
                let id = self.new_entity(p);
                self.by_role.insert(key, id);
                Some(id)
            }
        }
    }

    /// The person a name refers to: a bearer of the surname whose first
    /// names agree (initials agree with the names they abbreviate:
    /// "V. Sapounov" is "Valentine Sapounov") and whose gender cues do not
    /// contradict the mention's. Namesakes with other first names never
    /// merge.
    fn find_by_surname(&self, surname: &str, first: Option<&str>, gender: Gender) -> Option<usize> {
        self.find_bearer(surname, first, gender, true)
    }

    /// A bearer of the surname, spelt alike or (with `fuzzy`) within a small
    /// edit distance among recent entities.
    fn find_bearer(
        &self,
        surname: &str,
        first: Option<&str>,
        gender: Gender,
        fuzzy: bool,
    ) -> Option<usize> {
        let first_ok = |id: usize| {
            let e = &self.entities[id];
            e.compatible(gender)
                && match first {
                    Some(f) if !e.first_names.is_empty() => {
                        e.first_names.iter().any(|x| first_names_agree(x, f))
                    }
                    _ => true,
                }
        };
        if let Some(ids) = self.by_surname.get(surname) {
            // The latest few bearers of the surname: an article names a
            // handful of people per family, and a bounded look keeps a
            // document of many namesakes linear.
            if let Some(&id) = ids
                .iter()
                .rev()
                .take(SURNAME_BEARERS)
                .find(|&&id| first_ok(id))
            {
                return Some(id);
            }
        }
        if !fuzzy {
            return None;
        }
        // Spelling variants among recent entities.
        self.recent.iter().copied().find(|&id| {
            self.entities[id]
                .surname
                .as_deref()
                .is_some_and(|s| surname_matches(s, surname))
                && first_ok(id)
        })
    }

    /// The named organisation a bare definite description refers back to:
    /// "le quotidien" for "le quotidien français Le Figaro", "le groupe" for
    /// "le groupe L'Oréal". Only a singular article and a head noun with no
    /// name and no complement of its own ("le ministère de la Défense" names
    /// a body by itself).
    fn organisation_so_described(&self, p: &Pending) -> Option<usize> {
        let ctx = self.ctx;
        if p.name.is_some() || !ctx.is(p.tokens.start, word::SINGULAR_DEFINITE) {
            return None;
        }
        let head = p.tokens.start + 1;
        if head >= p.tokens.end || !ctx.is(head, word::ORG_NOUN) || ctx.is_capitalised(head) {
            return None;
        }
        let complement = (head + 1..p.tokens.end).any(|k| ctx.is(k, word::DE | word::DE_ARTICLE));
        if complement {
            return None;
        }
        let head = ctx.lower(head);
        self.recent.iter().copied().find(|&id| {
            let e = &self.entities[id];
            e.organisation
                && e.names.iter().any(|n| n.chars().any(char::is_uppercase))
                && e.descriptors.iter().any(|d| d == head)
        })
    }

    /// A recent person of whom `first` (folded) is the first name
    /// ("Vladimir" for Vladimir Poutine).
    fn find_by_first_name(&self, first: &str, gender: Gender) -> Option<usize> {
        self.recent.iter().copied().find(|&id| {
            let e = &self.entities[id];
            e.compatible(gender) && e.first_names.iter().any(|f| f == first)
        })
    }

    /// The entity a role phrase refers to: one introduced with the same
    /// title or adjective, or (for a definite role) the last person quoted.
    fn role_target(&self, p: &Pending) -> Option<usize> {
        let ctx = self.ctx;
        let words: Vec<&str> = p
            .tokens
            .clone()
            .filter(|&k| {
                !ctx.is_capitalised(k)
                    && ctx.kind(k) == TokenKind::Word
                    && !ctx.is(
                        k,
                        word::DETERMINER | word::DE | word::DE_ARTICLE | word::ROLE_MODIFIER,
                    )
            })
            .map(|k| ctx.lower(k))
            .collect();
        let head = *words.first()?;
        let recent = &self.recent;
        // "une infirmière", "un proche": an indefinite introduces someone new.
        if ctx.is(p.tokens.start, word::INDEFINITE_ARTICLE) {
            return None;
        }
        let definite = ctx.is(p.tokens.start, word::ANAPHORIC_DETERMINER);
        // A role with its own complement ("la porte-parole de la fédération",
        // "le chef de la direction de l'aviation civile") describes someone
        // by themselves: it refers back only to someone so described.
        let has_complement =
            (p.tokens.start + 1..p.tokens.end).any(|k| ctx.is(k, word::DE | word::DE_ARTICLE));
        // A shared adjective links two descriptions of a person only when
        // the role's head can describe one: "l'étude scientifique" or "le
        // rapport américain" is no "chercheur américain".
        let person_head = ctx.lex.title(head).is_some() || ctx.lex.is(head, word::PERSON_NOUN);
        // Same head title, or a shared adjective ("kazakh"), with a name;
        // or the head of an unnamed person's description ("un porte-parole
        // de la police … le porte-parole de la police madrilène").
        let by_descriptor = recent.iter().copied().find(|&id| {
            let e = &self.entities[id];
            if e.organisation || !e.compatible(p.gender) {
                return false;
            }
            if e.names.is_empty() {
                return definite
                    && !e.plural
                    && e.descriptors.first().is_some_and(|d| d == head)
                    && person_head;
            }
            e.descriptors.iter().any(|d| d == head)
                || person_head
                    && words
                        .iter()
                        .skip(1)
                        .any(|w| e.descriptors.iter().any(|d| d == w))
        });
        if by_descriptor.is_some() {
            return by_descriptor;
        }
        // "le quotidien", "le documentaire": an organisation so described.
        if ctx.g.org_nouns.contains(head) {
            return recent.iter().copied().find(|&id| {
                let e = &self.entities[id];
                e.organisation && e.descriptors.iter().any(|d| d == head)
            });
        }
        if definite && !has_complement && person_head {
            let gender = p.gender;
            // A person already quoted, else one just named ("Le maire,
            // Rachid Ben Amor, a demandé … « … », insiste l'élu").
            let person = |id: &usize| {
                let e = &self.entities[*id];
                !e.organisation && !e.names.is_empty() && e.compatible(gender)
            };
            let quoted = recent
                .iter()
                .copied()
                .filter(person)
                .find(|&id| self.entities[id].quoted);
            // Else one just named, or the one person the text has named
            // ("l'astronome Michel Mayor … D'après le chercheur").
            return quoted.or_else(|| {
                recent.iter().copied().filter(person).find(|&id| {
                    p.span.start.saturating_sub(self.entities[id].last_position) < JUST_NAMED
                        || (self.named_people == 1 && self.entities[id].counted)
                })
            });
        }
        None
    }

    /// The antecedent of a pronoun at token `at`: among the persons (named,
    /// or one unnamed person: "un porte-parole … a-t-il précisé") whose
    /// gender cues agree with it, the latest subject of this sentence or the
    /// one before ("Gilles Simeoni a appris ce décès … avec Sollacaro. Très
    /// ému, il confie" is Simeoni), else the most recent.
    fn recent_person(&self, gender: Gender, at: usize) -> Option<usize> {
        let fits = |id: &usize| {
            let e = &self.entities[*id];
            !e.organisation && !e.plural && (e.person_evidence || e.quoted) && e.compatible(gender)
        };
        let sentence = self.ctx.sentence_of[at.min(self.ctx.len().saturating_sub(1))] as usize;
        let window = self.ctx.sentences[sentence.saturating_sub(1)].tokens.start;
        let subject = self
            .recent
            .iter()
            .copied()
            .filter(fits)
            .filter_map(|id| {
                let s = self.entities[id].last_subject?;
                (window <= s && s < at).then_some((s, id))
            })
            .max();
        subject
            .map(|(_, id)| id)
            .or_else(|| self.recent.iter().copied().find(fits))
    }

    /// The antecedent of a plural pronoun (ils, elles, eux) at token `at`:
    /// the most recent group or organisation introduced in the plural ("Les
    /// Talibans ont visé cet hôtel car selon eux…") and mentioned in this
    /// sentence or the one before; none further away.
    fn recent_group(&self, at: usize) -> Option<usize> {
        let ctx = self.ctx;
        let sentence = ctx.sentence_of[at.min(ctx.len().saturating_sub(1))] as usize;
        let window = ctx.sentences[sentence.saturating_sub(1)].tokens.start;
        let from = ctx.tokens.get(window).map_or(0, |t| t.start as usize);
        self.recent.iter().copied().find(|&id| {
            let e = &self.entities[id];
            e.plural && e.last_position >= from
        })
    }

    fn finish(self, found: Found, pending: &[Pending]) -> QuoteAnalysis {
        let ctx = self.ctx;
        // Which entity each quote's speaker mention resolved to.
        let mut quote_entity: Vec<Option<usize>> = vec![None; found.quotes.len()];
        let mut quote_mention: Vec<Option<Span>> = vec![None; found.quotes.len()];
        for (i, p) in pending.iter().enumerate() {
            if let Some(q) = p.quote {
                quote_entity[q] = self.resolved[i];
                // A name in apposition after a comma ("le porte-parole du
                // Kremlin, Dmitri Peskov") keeps the whole phrase, head
                // included; otherwise the name is the mention.
                let span = match (&p.name, p.kind) {
                    (Some(n), MentionKind::Name)
                        if !(n.start > p.tokens.start && ctx.lower(n.start - 1) == ",") =>
                    {
                        ctx.span(n.start, n.end)
                    }
                    _ => p.span,
                };
                quote_mention[q] = Some(span);
            }
        }
        // Speakers: entities with quotes, in order of first quote.
        let mut speaker_of_entity: FxHashMap<usize, usize> = FxHashMap::default();
        let mut speakers: Vec<Speaker> = Vec::new();
        let mut quotes = Vec::with_capacity(found.quotes.len());
        for (qi, raw) in found.quotes.into_iter().enumerate() {
            crate::limits::every(qi);
            let RawQuote {
                kind,
                content,
                cue,
                via,
                rule,
                ..
            } = raw;
            let speaker = match (quote_mention[qi], quote_entity[qi]) {
                (Some(span), Some(e)) => {
                    let idx = *speaker_of_entity.entry(e).or_insert_with(|| {
                        speakers.push(self.speaker_of(e));
                        speakers.len() - 1
                    });
                    speakers[idx].quotes.push(qi);
                    Some(Mention {
                        span,
                        speaker: Some(idx),
                    })
                }
                (Some(span), None) => Some(Mention {
                    span,
                    speaker: None,
                }),
                _ => None,
            };
            quotes.push(Quote {
                kind,
                span: content,
                sentences: ctx.sentences_of_span(content),
                cue: cue.map(|(span, lemma)| Cue { span, lemma }),
                speaker,
                via: via.map(|r| ctx.span(r.start, r.end)),
                rule,
            });
        }
        // People: every person entity, quoted or not, in order of first
        // mention, with the quotes of its speaker.
        let people = (0..self.entities.len())
            .filter_map(|e| {
                let mut person = self.speaker_of(e);
                if person.kind != SpeakerKind::Person || self.entities[e].names.is_empty() {
                    return None;
                }
                if let Some(&s) = speaker_of_entity.get(&e) {
                    person.quotes = speakers[s].quotes.clone();
                }
                Some(person)
            })
            .collect();
        QuoteAnalysis {
            quotes,
            speakers,
            people,
            quoted_terms: found.terms,
        }
    }

    fn speaker_of(&self, id: usize) -> Speaker {
        let e = &self.entities[id];
        let name = e
            .names
            .iter()
            .max_by_key(|n| (n.split_whitespace().count(), n.len()))
            .cloned()
            .or_else(|| e.description.clone())
            .unwrap_or_default();
        // A person the text names; anyone it does not name ("la
        // porte-parole de la fédération", "des témoins") is anonymous.
        let kind = if e.organisation {
            SpeakerKind::Organisation
        } else if e.names.is_empty() {
            SpeakerKind::Anonymous
        } else {
            SpeakerKind::Person
        };
        let mut mentions = e.mentions.clone();
        mentions.sort();
        mentions.dedup();
        Speaker {
            name,
            kind,
            gender: if kind == SpeakerKind::Organisation {
                Gender::Unknown
            } else {
                e.gender()
            },
            gender_cues: if kind == SpeakerKind::Organisation {
                0
            } else {
                e.masculine + e.feminine
            },
            mentions,
            quotes: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::within_edits;
    use crate::quote::testing::with_ctx;
    use crate::quote::SpeakerKind;

    /// The speakers resolved in `text`: name, kind and number of quotes.
    fn speakers(text: &str) -> Vec<(String, SpeakerKind, usize)> {
        with_ctx(text, |ctx| {
            crate::quote::analyse(ctx, crate::DEFAULT_MAX_QUOTE_DEPTH)
                .speakers
                .into_iter()
                .map(|s| (s.name, s.kind, s.quotes.len()))
                .collect()
        })
    }

    #[test]
    fn mentions_of_one_speaker_merge() {
        use SpeakerKind::*;
        type Expected = &'static [(&'static str, SpeakerKind, usize)];
        let cases: &[(&str, Expected)] = &[
            (
                "Emmanuel Macron a déclaré que la réforme était prête. Macron a ajouté \
                 que le texte serait voté en mai. Il a précisé que le gouvernement ne \
                 reculerait pas.",
                &[("Emmanuel Macron", Person, 3)],
            ),
            (
                "Le président Vladimir Poutine a déclaré que la Russie ne cédera pas. \
                 « Jamais », a souligné M. Poutine.",
                &[("Vladimir Poutine", Person, 2)],
            ),
            (
                "Selon la CGT, la grève continue. Paul Martin a dit que la grève serait \
                 longue.",
                &[("CGT", Organisation, 1), ("Paul Martin", Person, 1)],
            ),
            (
                "Un porte-parole a indiqué que la ligne est fermée.",
                &[("Un porte-parole", Anonymous, 1)],
            ),
        ];
        for (text, expected) in cases {
            let expected: Vec<_> = expected
                .iter()
                .map(|&(n, k, q)| (n.to_string(), k, q))
                .collect();
            assert_eq!(speakers(text), expected, "{text}");
        }
    }

    /// The full edit table, as a reference.
    fn levenshtein(a: &str, b: &str) -> usize {
        let b: Vec<char> = b.chars().collect();
        let mut row: Vec<usize> = (0..=b.len()).collect();
        for (i, ca) in a.chars().enumerate() {
            let mut prev = row[0];
            row[0] = i + 1;
            for (j, cb) in b.iter().enumerate() {
                let cur = row[j + 1];
                row[j + 1] = (prev + usize::from(ca != *cb))
                    .min(row[j] + 1)
                    .min(row[j + 1] + 1);
                prev = cur;
            }
        }
        row[b.len()]
    }

    #[test]
    fn banded_distance_agrees_with_the_full_table() {
        let words = [
            "",
            "a",
            "ab",
            "ba",
            "tokayev",
            "tokaiev",
            "tokaïev",
            "poutine",
            "poutin",
            "putin",
            "xaaaaaaaay",
            "aaaaaaaayx",
            "aaaaaaaaaa",
            "dupont",
            "dupond",
            "dupontel",
            "abcdefgh",
            "badcfehg",
            "zelensky",
            "zelenskyy",
            "zelenski",
        ];
        for a in words {
            for b in words {
                for max in 0..4 {
                    let expected = levenshtein(a, b) <= max;
                    assert_eq!(within_edits(a, b, max), expected, "{a:?} {b:?} {max}");
                }
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn banded_distance_agrees_on_random_words(a in "[abé]{0,12}", b in "[abé]{0,12}", max in 0usize..4) {
            proptest::prop_assert_eq!(within_edits(&a, &b, max), levenshtein(&a, &b) <= max);
        }
    }
}
