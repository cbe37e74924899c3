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
use crate::lexicon::{fold_into, Gender};
use crate::span::Span;
use crate::token::TokenKind;

mod anaphora;
mod apposition;
mod classify;
mod document_names;
mod entity;
mod first_person;
mod gender;
mod index;
mod lookup;
mod name_runs;
mod names;
mod organisations;
mod output;
use classify::classify;
use document_names::document_mentions;
use entity::{Entity, Few, Key, MentionKind, Pending};
use index::{add_bearer, KeyIndex};
use name_runs::{first_name, inner_surname};
use names::{first_names_agree, surname_matches};
use organisations::{bracketed_acronym, org_name};

/// How many recent entities fuzzy and role matching look at.
const RECENT: usize = 40;

struct Resolver<'c, 'a> {
    ctx: &'c Ctx<'a>,
    entities: Vec<Entity<'a>>,
    /// The bearers of each folded surname, in order.
    by_surname: KeyIndex<Few<usize, 2>>,
    by_org: KeyIndex<usize>,
    /// Unnamed roles by their folded words past the article ("ministre de
    /// l'interieur"): the same role twice is one speaker.
    by_role: KeyIndex<usize>,
    /// Entities by recency of their last mention, most recent first (bounded,
    /// so that every look-up costs at most `RECENT` steps).
    recent: Vec<usize>,
    /// How many named people the text has introduced with a title or role
    /// so far (a name after "cette planète" is no one a role refers to).
    named_people: usize,
    /// Entity of each pending mention, once resolved.
    resolved: Vec<Option<usize>>,
    /// Buffers for folded names: a look-up folds into them, and only a key
    /// that is kept is copied.
    folded: String,
    folded_inner: String,
    /// The fold of the text of name run `name_of`, folded word piece by
    /// word piece (folding maps each character on its own, so the pieces
    /// are the words' folds): its first word's fold ends at `name_cut.0`,
    /// its last word's starts at `name_cut.1`. A name mention's look-ups and
    /// the entity it joins read its name, first name and surname there,
    /// folded once.
    name_folded: String,
    name_cut: (usize, usize),
    name_of: Option<std::ops::Range<usize>>,
    /// The folded first names, names, surnames, organisations and roles
    /// the entities and indexes keep ([`Key`]).
    keys: String,
}

/// Makes entity `id` the most recent of `recent`: moved to the front, the
/// others kept in order (a rotation of the ones before it, nothing when it
/// is first already), the oldest dropped past `RECENT`.
fn touch_recent(recent: &mut Vec<usize>, id: usize) {
    match recent.iter().position(|&x| x == id) {
        Some(pos) => recent[..=pos].rotate_right(1),
        None => {
            recent.truncate(RECENT - 1);
            recent.insert(0, id);
        }
    }
}

/// A subject clitic without its leading "-t-" and dashes ("-t-il", "-elle"
/// as "il", "elle"): `trim_start_matches("-t-")` then `('-')`, without the
/// substring searcher a `&str` pattern sets up on every word.
fn strip_clitic_dash(mut w: &str) -> &str {
    if !w.starts_with('-') {
        return w;
    }
    while let Some(rest) = w.strip_prefix("-t-") {
        w = rest;
    }
    w.trim_start_matches('-')
}

/// `text` folded into `buf` (cleared first).
fn fold_in<'b>(text: &str, buf: &'b mut String) -> &'b str {
    buf.clear();
    fold_into(text, buf);
    buf
}

/// Resolves the speakers of the found quotes.
pub(crate) fn resolve(ctx: &Ctx<'_>, found: Found) -> QuoteAnalysis {
    let t = index::take_tables();
    let mut buffers = t.buffers;
    document_mentions(ctx, &found, &mut buffers);
    let pending = &mut buffers.pending;
    // A speaker mention with no head and no clitic offset whose tokens a
    // name outside quotes covers exactly ("a déclaré Vladimir Poutine") reads
    // as that name does: its classification is taken, as the quote's
    // subject, rather than made again. Not a name `document_mentions` made
    // a role (a lone capitalised word): its own reading is a name's. Found
    // by binary search among the names sorted by their tokens (no scan of
    // them for each quote).
    let by_tokens = &mut buffers.by_tokens;
    by_tokens.clear();
    if found
        .quotes
        .iter()
        .any(|q| q.speaker.as_ref().is_some_and(|m| m.head.is_none()))
    {
        by_tokens.extend(
            pending
                .iter()
                .enumerate()
                .filter(|(_, p)| p.kind != MentionKind::Role)
                .map(|(i, p)| (p.tokens.start as u32, p.tokens.end as u32, i as u32)),
        );
        by_tokens.sort_unstable();
    }
    for (qi, q) in found.quotes.iter().enumerate() {
        if let Some(m) = &q.speaker {
            // "dit-on": an impersonal subject names nobody.
            let impersonal = m.tokens.len() == 1
                && ctx.is(m.tokens.start, word::INDEFINITE_ON | word::INVERTED_ON);
            if !impersonal {
                let key = (m.tokens.start as u32, m.tokens.end as u32);
                let named = (m.head.is_none() && m.pronoun_offset.is_none())
                    .then(|| {
                        by_tokens
                            .binary_search_by(|&(s, e, _)| (s, e).cmp(&key))
                            .ok()
                    })
                    .flatten();
                let mut p = match named {
                    Some(at) => Pending {
                        quote: Some(qi),
                        subject: true,
                        ..pending[by_tokens[at].2 as usize].clone()
                    },
                    None => classify(ctx, m, Some(qi), None),
                };
                // A named speaker's own first-person agreement inside its
                // direct quote ("« Je suis fière », a déclaré X").
                if q.kind == QuoteKind::Direct && p.kind == MentionKind::Name {
                    p.gender = first_person::with_own_agreement(ctx, p.gender, q);
                }
                pending.push(p);
            }
        }
    }
    pending.sort_by_key(|p| (p.span.start, p.quote.is_some()));
    let mut resolved = t.resolved;
    resolved.resize(pending.len(), None);
    let mut r = Resolver {
        ctx,
        entities: Vec::new(),
        by_surname: t.by_surname,
        by_org: t.by_org,
        by_role: t.by_role,
        recent: t.recent,
        named_people: 0,
        resolved,
        folded: t.folded,
        folded_inner: t.folded_inner,
        name_folded: t.name_folded,
        name_cut: (0, 0),
        name_of: None,
        keys: t.keys,
    };
    r.recent.reserve(RECENT);
    for (i, p) in pending.iter().enumerate() {
        crate::limits::every(i);
        r.resolved[i] = r.resolve_one(p);
    }
    let analysis = r.finish(found, &mut buffers);
    r.keep_tables(buffers);
    analysis
}

/// People (entities) made between two checks of the memory budget.
const PEOPLE_CHECKED: usize = 1024;

/// How many people sharing a surname a name is compared with.
const SURNAME_BEARERS: usize = 16;

/// How close (in bytes) a named person stands for a role to refer to them
/// without their having been quoted: about two sentences.
const JUST_NAMED: usize = 300;

impl<'a> Resolver<'_, 'a> {
    /// A new entity for mention `p`; `org` is its organisation's name when
    /// the caller has read it already.
    fn new_entity(&mut self, p: &Pending, org: Option<&'a str>) -> usize {
        let id = self.entities.len();
        // People take memory as they come: the budget is checked for the
        // next batch of them before it is taken.
        if id % PEOPLE_CHECKED == 0 {
            crate::limits::check((id + PEOPLE_CHECKED) * crate::budget::cost::PERSON);
            // Room for the batch at once (no more entities than mentions
            // left), rather than by doubling.
            let left = self.resolved.len().saturating_sub(id);
            self.entities.reserve(left.min(PEOPLE_CHECKED));
        }
        self.entities.push(Entity::new());
        // The most recent entity at once: `add_to` then finds it first in
        // `recent`, rather than after a scan of every other one.
        self.recent.truncate(RECENT - 1);
        self.recent.insert(0, id);
        self.add_to(id, p, org);
        id
    }

    /// Folds name run `n` into `name_folded` (see there), unless it holds
    /// that run's fold already.
    fn fold_name(&mut self, n: &std::ops::Range<usize>) {
        if self.name_of.as_ref() == Some(n) {
            return;
        }
        let ctx = self.ctx;
        let text = ctx.span(n.start, n.end).slice(ctx.text);
        let buf = &mut self.name_folded;
        buf.clear();
        if n.len() == 1 {
            fold_into(text, buf);
            self.name_cut = (buf.len(), 0);
        } else {
            let base = ctx.tokens[n.start].start as usize;
            let first_end = ctx.tokens[n.start].end as usize - base;
            let last_start = ctx.tokens[n.end - 1].start as usize - base;
            if text.is_ascii() {
                // An ASCII name folds byte for byte: its words' folds stand
                // where its words do, and one fold does.
                fold_into(text, buf);
                self.name_cut = (first_end, last_start);
            } else {
                fold_into(&text[..first_end], buf);
                let first = buf.len();
                fold_into(&text[first_end..last_start], buf);
                let last = buf.len();
                fold_into(&text[last_start..], buf);
                self.name_cut = (first, last);
            }
        }
        self.name_of = Some(n.clone());
    }

    fn touch(&mut self, id: usize) {
        touch_recent(&mut self.recent, id);
    }

    /// Adds mention `p` to entity `id`; `org` is the mention's
    /// organisation name when the caller has read it already.
    fn add_to(&mut self, id: usize, p: &Pending, org: Option<&'a str>) {
        self.touch(id);
        let ctx = self.ctx;
        let e = &mut self.entities[id];
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
            // An honorific or a capitalised title before a name ("Mme
            // Haddadi", "Dr Kaplan") says a person is named.
            if p.kind == MentionKind::Name && w_flags & word::TITLE != 0 {
                e.person_evidence = true;
            }
            // An organisation noun written as an acronym ("l'ONG Sherpa")
            // describes it as a lowercase one does.
            let acronym_noun = w_flags & word::ORG_NOUN != 0 && ctx.tokens[k].is_upper();
            if (!ctx.is_capitalised(k) || acronym_noun)
                && ctx.kind(k) == TokenKind::Word
                && (w_flags & word::DETERMINER == 0)
                && !ctx.is(k, word::DE | word::DE_ARTICLE)
            {
                if w_flags & word::TITLE != 0 {
                    e.person_evidence = true;
                    e.titled = true;
                }
                if !e.descriptors.contains(&w) && e.descriptors.len() < 16 {
                    e.descriptors.push(w);
                }
            }
        }
        if p.kind == MentionKind::Name {
            apposition::describe(ctx, p.tokens.clone(), e);
        }
        if p.kind != MentionKind::Pronoun && ctx.is(p.tokens.start, word::GROUP_DETERMINER) {
            e.plural = true;
        }
        match p.kind {
            MentionKind::Organisation => {
                e.organisation = true;
                if e.grammatical == Gender::Unknown {
                    e.grammatical = gender::article_gender(ctx, p.tokens.clone());
                }
                if e.names.is_empty() {
                    e.names.push(org.unwrap_or_else(|| org_name(ctx, p)));
                }
            }
            MentionKind::Name => {
                if let Some(n) = &p.name {
                    let text = ctx.span(n.start, n.end).slice(ctx.text);
                    self.fold_name(n);
                    let e = &mut self.entities[id];
                    let (first_cut, last_cut) = self.name_cut;
                    if first_name(ctx, n).is_some() {
                        let first = &self.name_folded[..first_cut];
                        if !e.first_names.iter().any(|f| f.get(&self.keys) == first) {
                            e.first_names.push(Key::keep(&mut self.keys, first));
                        }
                    }
                    if e.surname.is_none() {
                        let surname = &self.name_folded[last_cut..];
                        e.surname = Some(add_bearer(
                            &mut self.by_surname,
                            &mut self.keys,
                            surname,
                            id,
                        ));
                    }
                    // A name of three words or more may end in two surnames
                    // ("Ana Pastor García", "Alfredo Pérez Rubalcaba"): the
                    // first one names the person too ("Ana Pastor", "Pastor").
                    if let Some(inner) = inner_surname(ctx, n) {
                        let inner = fold_in(inner, &mut self.folded);
                        add_bearer(&mut self.by_surname, &mut self.keys, inner, id);
                    }
                    let e = &mut self.entities[id];
                    let key = &self.name_folded[..];
                    let known = e.name_keys.iter().find(|(k, _)| k.get(&self.keys) == key);
                    match known {
                        // Of two spellings of one name, the longer keeps
                        // its accents ("Élisabeth" over "Elisabeth").
                        Some(&(_, slot)) => {
                            let kept = &mut e.names[slot];
                            if text.len() > kept.len() {
                                *kept = text;
                            }
                        }
                        None => {
                            let key = Key::keep(&mut self.keys, key);
                            e.name_keys.push((key, e.names.len()));
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
                    e.description = Some(p.span.slice(ctx.text));
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
                let pronoun = strip_clitic_dash(ctx.lower(p.tokens.start));
                // A possessive before a data noun, or ils/elles/eux: the
                // owner or the group, or no one (never a singular person).
                let possessive = ctx.lex.grammar.third_person_possessives.contains(pronoun);
                let antecedent = if possessive {
                    Some(self.possessive_target(p.tokens.start))
                } else if ctx.lex.is(pronoun, word::THIRD_PLURAL) {
                    Some(self.recent_group(p.tokens.start))
                } else {
                    None
                };
                if let Some(antecedent) = antecedent {
                    let target = antecedent?;
                    self.touch(target);
                    let e = &mut self.entities[target];
                    e.last_position = p.span.start;
                    e.quoted |= p.quote.is_some();
                    return Some(target);
                }
                if !matches!(p.gender, Gender::Masculine | Gender::Feminine) {
                    return None;
                }
                // "celui-ci", "ce dernier": the person named last, not the
                // latest subject.
                let last_named = p.tokens.len() == 2 || matches!(pronoun, "celui-ci" | "celle-ci");
                let Some(target) = self.recent_person(p.gender, p.tokens.start, last_named) else {
                    // "Cette dernière" with no one to refer to: a role, as
                    // it reads.
                    if p.tokens.len() != 2 {
                        return None;
                    }
                    let role = Pending {
                        kind: MentionKind::Role,
                        ..p.clone()
                    };
                    return self.resolve_role(&role);
                };
                self.touch(target);
                let e = &mut self.entities[target];
                e.last_position = p.span.start;
                if p.subject {
                    e.last_subject = Some(p.tokens.start);
                }
                e.quoted |= p.quote.is_some();
                // An organisation's pronoun agrees with its name's article:
                // no cue of a person's.
                match p.gender {
                    _ if e.organisation => {}
                    Gender::Masculine => e.masculine += 1,
                    _ => e.feminine += 1,
                }
                Some(target)
            }
            MentionKind::Name => {
                let n = p.name.clone()?;
                // A name already known as an organisation stays one, unless
                // an honorific or a title makes it a person's ("M.
                // Brenvaux" after "Brenvaux Industries").
                let titled = (p.tokens.start..n.start).any(|k| ctx.is(k, word::TITLE));
                self.fold_name(&n);
                if let Some(&id) = self
                    .by_org
                    .get(&self.keys, &self.name_folded)
                    .filter(|_| !titled)
                {
                    self.add_to(id, p, None);
                    return Some(id);
                }
                let mut folded_inner = std::mem::take(&mut self.folded_inner);
                let (first_cut, last_cut) = self.name_cut;
                let surname = &self.name_folded[last_cut..];
                let first = first_name(ctx, &n).map(|_| &self.name_folded[..first_cut]);
                let candidate = self
                    .find_by_surname(surname, first, p.gender)
                    .or_else(|| {
                        // "Ana Pastor" named before "Ana Pastor García".
                        let inner = fold_in(inner_surname(ctx, &n)?, &mut folded_inner);
                        self.find_bearer(inner, first, p.gender, false)
                            .filter(|&id| !self.entities[id].first_names.is_empty())
                    })
                    .or_else(|| {
                        (n.len() == 1)
                            .then(|| self.find_by_first_name(surname, p.gender))
                            .flatten()
                    });
                self.folded_inner = folded_inner;
                let id = match candidate {
                    Some(id) => {
                        self.add_to(id, p, None);
                        id
                    }
                    None => self.new_entity(p, None),
                };
                Some(id)
            }
            MentionKind::Organisation => {
                // A one-word name the text already gives a person stays a
                // person's ("Zambinella … la Zambinella"), spelt alike: an
                // organisation's name a letter or two from a surname
                // ("le Martell", "DUPONT") is no spelling variant of it.
                // The text `self.folded` holds the fold of, when it is the
                // organisation's name too (a one-word name, "la Russie"):
                // the name's key is not folded again.
                let mut folded_text = None;
                if let Some(n) = p.name.clone().filter(|n| n.len() == 1) {
                    let mut folded = std::mem::take(&mut self.folded);
                    let surname = fold_in(ctx.surface(n.start), &mut folded);
                    let person = self
                        .find_bearer(surname, None, p.gender, false)
                        .filter(|&id| !self.entities[id].organisation);
                    self.folded = folded;
                    if let Some(id) = person {
                        let as_name = Pending {
                            kind: MentionKind::Name,
                            ..p.clone()
                        };
                        self.add_to(id, &as_name, None);
                        return Some(id);
                    }
                    folded_text = Some(ctx.surface(n.start));
                }
                let mut folded = std::mem::take(&mut self.folded);
                let name = org_name(ctx, p);
                let key: &str = if folded_text == Some(name) {
                    &folded
                } else {
                    fold_in(name, &mut folded)
                };
                let known = self
                    .by_org
                    .get(&self.keys, key)
                    .copied()
                    .or_else(|| self.organisation_so_described(p));
                // A firm's name closed by company words or forms
                // ("Brenvaux Industries", "Corvalène SA", "Tournebride &
                // Fils"): its first word alone names the firm too.
                let firm = p
                    .name
                    .clone()
                    .filter(|n| n.len() >= 2 && classify::firm_shaped(ctx, n.clone()));
                let short = firm
                    .as_ref()
                    .map(|n| crate::lexicon::fold(ctx.surface(n.start)));
                // That word, named first, read as a person's name
                // ("Orvalisse a annoncé … Orvalisse Technologies a précisé").
                let named_first = || {
                    short.as_deref().and_then(|s| {
                        self.find_bearer(s, None, Gender::Unknown, false)
                            .filter(|&id| {
                                let e = &self.entities[id];
                                !e.organisation
                                    && !e.titled
                                    && e.first_names.is_empty()
                                    && e.names.iter().all(|n| !n.contains(' '))
                            })
                    })
                };
                let known = known.or_else(named_first);
                let id = match known {
                    Some(id) => {
                        if firm.is_some() {
                            self.by_org.entry(&mut self.keys, key, || id);
                        }
                        self.folded = folded;
                        self.add_to(id, p, Some(name));
                        let e = &mut self.entities[id];
                        if firm.is_some() && !e.names.contains(&name) {
                            e.names.push(name);
                        }
                        if let Some(short) = short {
                            self.by_org.entry(&mut self.keys, &short, || id);
                        }
                        id
                    }
                    None => {
                        // The entity about to be made (no other index
                        // holds the key: none is looked up on the way).
                        let id = self.entities.len();
                        self.by_org.entry(&mut self.keys, key, || id);
                        self.folded = folded;
                        let made = self.new_entity(p, Some(name));
                        debug_assert_eq!(made, id);
                        if let Some(short) = short {
                            self.by_org.entry(&mut self.keys, &short, || id);
                        }
                        // "La Fédération … (FNPR)": "la FNPR" is the same body.
                        if let Some(k) = bracketed_acronym(ctx, p.tokens.clone()) {
                            let acronym = fold_in(ctx.surface(k), &mut self.folded);
                            self.by_org.entry(&mut self.keys, acronym, || id);
                        }
                        id
                    }
                };
                Some(id)
            }
            MentionKind::Role => self.resolve_role(p),
        }
    }

    /// The entity of a role mention: a known surname, the person or body it
    /// refers back to, the same role met before, or a new entity (only for
    /// a quote's speaker).
    fn resolve_role(&mut self, p: &Pending) -> Option<usize> {
        let ctx = self.ctx;
        // A single capitalised word that is a known surname.
        if let Some(n) = &p.name {
            let mut folded = std::mem::take(&mut self.folded);
            let surname = fold_in(ctx.surface(n.end - 1), &mut folded);
            let known = self
                .find_by_surname(surname, None, p.gender)
                .or_else(|| self.find_by_first_name(surname, p.gender));
            self.folded = folded;
            if let Some(id) = known {
                self.add_to(id, p, None);
                return Some(id);
            }
            // Outside a quote, a lone capitalised word is probably a place.
            p.quote?;
        }
        if let Some(id) = self.role_target(p) {
            self.add_to(id, p, None);
            return Some(id);
        }
        // A role outside a quote that refers to no one is no entity.
        p.quote?;
        let first = p.tokens.start
            + usize::from(p.tokens.len() > 1 && ctx.is(p.tokens.start, word::DETERMINER));
        let key = fold_in(
            ctx.span(first, p.tokens.end).slice(ctx.text),
            &mut self.folded,
        );
        if let Some(&id) = self.by_role.get(&self.keys, key) {
            self.add_to(id, p, None);
            return Some(id);
        }
        // The entity about to be made.
        let id = self.entities.len();
        self.by_role.entry(&mut self.keys, key, || id);
        let made = self.new_entity(p, None);
        debug_assert_eq!(made, id);
        Some(id)
    }
}

#[cfg(test)]
mod tests;
