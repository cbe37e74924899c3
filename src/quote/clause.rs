//! The subject of a reporting clause, read off the parts of speech.
//!
//! Before a verb group, the clause runs back to its boundary (the sentence
//! start, ";", ":", a subordinator, a relative pronoun other than "qui", or a
//! coordination after a finished clause). Its commas cut it into segments:
//! fronted adverbials ("Plus tard,", "Sur Twitter,", "Interrogé par
//! l'AFP,", "Le même jour,"), vocatives ("Monsieur le Président,"), clauses
//! of their own, and noun phrases. The first noun phrase is the subject; its
//! head is its first noun ("Le secrétaire d'État": secrétaire); a name in
//! apposition to a title ("le porte-parole du Kremlin, Dmitri Peskov")
//! belongs to it. A relative "qui" stands for the phrase before it, and a
//! verb coordinated to another ("a relevé 27 degrés mais précise") shares
//! its subject.

use super::{Ctx, MentionTokens, VerbGroup};
use crate::lexicon::word;
use crate::pos::Tag;
use std::ops::Range;

/// What each comma-separated stretch before a verb is: apart, because the
/// classifier is asked by the quote rules at large (chunks, indirect
/// speech, the speakers' gender cues), not only by the subject reader here.
mod segments;
pub(crate) use segments::Segment;

/// How many coordinated verbs a subject is looked for through.
const MAX_COORDINATION: usize = 2;

/// How many words (a locution or a content word each; determiners and
/// prepositions free) an infinitive's governing verb is looked for through.
const MAX_CHAIN_WORDS: usize = 8;
/// How many tokens, at most, that look-back reads.
const MAX_CHAIN_TOKENS: usize = 16;

impl Ctx<'_> {
    /// Whether `k` is a finite verb outside quotation marks nested in its
    /// sentence (quoted words do not make a clause of the narrative).
    pub(crate) fn is_finite(&self, k: usize) -> bool {
        self.tag(k) == Tag::V
    }

    /// Where the clause ending at `end` starts, not before `floor`: after
    /// the last ";", ":", dash, subordinator, or relative pronoun other than
    /// "qui"; or after a coordination that follows a clause of its own
    /// ("Le projet est prêt et le ministre a dit").
    pub(crate) fn clause_boundary(&self, end: usize, floor: usize) -> usize {
        let sentence = self.sentence_tokens(end.saturating_sub(1).max(floor));
        let floor = floor.max(sentence.start);
        let mut brackets = 0usize;
        let mut boundary = floor;
        // A subordinator or relative pronoun opens the clause of the verb
        // only when no comma closed its clause before the verb ("Rolf Bolin,
        // qui était professeur où je travaille, a écrit").
        let mut comma = false;
        for k in (floor..end).rev() {
            match self.surface(k) {
                ")" | "]" => brackets += 1,
                "(" | "[" => brackets = brackets.saturating_sub(1),
                _ => {}
            }
            if brackets > 0 {
                continue;
            }
            let w = self.lower(k);
            comma |= w == ",";
            let subordinate = self.tag(k) == Tag::Cs
                && !comma
                && !(k > floor && self.is(k - 1, word::FOCUS_ADVERB));
            let relative =
                self.tag(k) == Tag::ProRel && !comma && !self.is(k, word::SUBJECT_RELATIVE);
            // Quoted words before the verb are content, never its subject:
            // "« Nous sommes prêts », a affirmé X, « … »".
            let closing_mark = matches!(w, "»" | "”" | "\"");
            if matches!(w, ";" | ":" | "—" | "–") || subordinate || relative || closing_mark {
                boundary = k + 1;
                break;
            }
        }
        // A coordination after a clause of its own starts a new one.
        let coordination = (boundary..end)
            .rev()
            .find(|&k| self.tag(k) == Tag::Cc && (boundary..k).any(|v| self.is_finite(v)));
        coordination.map_or(boundary, |c| c + 1)
    }

    /// The subject phrase of a clause whose verb group starts right after
    /// `[from, end)`: the first noun phrase past fronted adverbials and
    /// clauses, with the name in apposition to a title.
    pub(crate) fn subject_in(&self, from: usize, end: usize) -> Option<MentionTokens> {
        let segments = self.comma_segments(from, end);
        // Restart after the last segment that is a clause of its own.
        let restart = segments
            .iter()
            .rposition(|s| self.segment_kind(s.clone()) == Segment::Clause)
            .map_or(0, |i| i + 1);
        if let Some(name) = self.name_before_org_apposition(&segments) {
            return Some(name);
        }
        let mut rest = segments[restart..].iter().cloned().peekable();
        let Some(mut subject) = rest.find(|s| self.segment_kind(s.clone()) == Segment::Phrase)
        else {
            // "tous les officiers s'étaient levés, entouraient leur chef, le
            // suppliaient": verbs in a row share the first one's subject.
            let chained = restart > 0 && restart == segments.len() - 1;
            let first = segments
                .iter()
                .position(|s| self.segment_kind(s.clone()) == Segment::Clause)?;
            let seg = segments[first].clone();
            let verb = seg.clone().find(|&k| self.is_finite(k))?;
            return chained.then(|| self.subject_in(seg.start, verb)).flatten();
        };
        // "Double championne d'Europe, la demi-centre X a annoncé": a bare
        // phrase opening the sentence is in apposition to the subject after
        // it.
        if let Some(next) = rest.peek().cloned() {
            if self.fronted_apposition(subject.clone(), next.clone(), &segments) {
                subject = next;
                rest.next();
            }
        }
        let subject = match self.after_leading_adverbs(subject.clone()) {
            Some(rest) => rest,
            None => subject,
        };
        let subject = self.trim_phrase(subject)?;
        let head = self.phrase_head(subject.clone())?;
        let mut tokens = subject.clone();
        // "le porte-parole du Kremlin, Dmitri Peskov[,] a déclaré": a name
        // in apposition to a title or role.
        if let Some(next) = rest.next() {
            // "Le maire, Jean-Louis Fabrègue (divers droite), a défendu": a
            // parenthesis closing the name (a party, an age, a role) is no
            // part of it.
            let next = self
                .trim_phrase(next)
                .map(|r| self.before_closing_parenthesis(r));
            // "L'un des porte-parole …, Joe Incandela": the title may be the
            // complement of a pronoun head.
            let person_title = self.is(head, word::TITLE)
                || self.is(head, word::PERSON_NOUN)
                || (self.tag(head) == Tag::Pro && subject.clone().any(|k| self.is(k, word::TITLE)));
            if let Some(next) = next {
                // An honorific may open the name ("Le rapporteur, M. Koch"),
                // and a first name the treebanks never tag may follow it
                // ("Le maire, Prudence Lebrun").
                // So may a determiner and a title ("Le porte-parole des
                // pompiers, le commandant Yves Castagné").
                let titled = self.determiner_and_title(next.start, next.end);
                let names = if titled > 0 {
                    next.start + titled
                } else {
                    next.start + usize::from(next.len() >= 2 && self.is(next.start, word::TITLE))
                };
                let only_names = names < next.end
                    && (names..next.end).all(|k| {
                        self.tag(k) == Tag::Npp
                            || self.is(k, word::NAME_PARTICLE)
                            || self.name_word(k) && !self.is(k, word::TITLE | word::DETERMINER)
                    });
                // A common noun for someone ("Une passagère bloquée à Orly,
                // Sophie Marchal, raconte"): a full name in apposition names
                // them; an organisation, a document or a thing is no one.
                let full_name = (names..next.end).filter(|&k| self.name_word(k)).count() >= 2
                    && !(names..next.end).any(|k| self.is(k, word::ORG_NOUN));
                let someone = self.tag(head) == Tag::Nc
                    && !self.is(
                        head,
                        word::ORG_NOUN | word::DOCUMENT_NOUN | word::THING_NOUN,
                    );
                if only_names && (person_title || someone && full_name) {
                    tokens.end = next.end;
                }
            }
        }
        Some(MentionTokens {
            tokens,
            pronoun_offset: None,
            head: Some(head),
        })
    }

    /// Whether `seg`, opening its sentence with a noun or an adjective and
    /// no determiner ("Double championne d'Europe", "Professeur d'arts
    /// plastiques"), is a fronted apposition to `next`, a phrase opened by
    /// a determiner ("la demi-centre X", "cette Bordelaise de 26 ans") that
    /// runs to the verb, or to an age or a date after a comma: "X, l'ONG
    /// humanitaire, a dénoncé" is a subject and its apposition.
    fn fronted_apposition(
        &self,
        seg: Range<usize>,
        next: Range<usize>,
        all: &[Range<usize>],
    ) -> bool {
        let Some(first) = seg.clone().find(|&k| !self.is_punct(k)) else {
            return false;
        };
        // Only the sentence's first phrase can be one: the cheap test first,
        // before the look-ups below (this runs for every clause's subject).
        let bare = matches!(self.tag(first), Tag::Nc | Tag::Adj)
            && self.sentence_tokens(first).start == first
            && !self.is(first, word::DETERMINER | word::PREPOSITION_NOUN);
        if !bare {
            return false;
        }
        let Some(opens) = next.clone().find(|&k| !self.is_punct(k)) else {
            return false;
        };
        let determined = self.tag(opens) == Tag::Det
            && self.segment_kind(next.clone()) == Segment::Phrase
            && self
                .phrase_head(next.clone())
                .is_some_and(|h| matches!(self.tag(h), Tag::Nc | Tag::Npp));
        if !determined {
            return false;
        }
        // The segment after `next`: none (the verb follows), or a non-empty
        // adverbial ("31 ans"), never an empty one (a comma closing an
        // apposition right before the verb).
        let after = all
            .iter()
            .position(|s| *s == next)
            .and_then(|i| all.get(i + 1));
        after.is_none_or(|a| {
            !matches!(
                self.segment_kind(a.clone()),
                Segment::Empty | Segment::Phrase
            )
        })
    }

    /// `r` without the parenthesis that closes it ("Jean Dupont (LR)" ->
    /// "Jean Dupont"), when words stand before it.
    fn before_closing_parenthesis(&self, r: Range<usize>) -> Range<usize> {
        if r.is_empty() || self.surface(r.end - 1) != ")" {
            return r;
        }
        match r.clone().rev().find(|&k| self.surface(k) == "(") {
            Some(open) if open > r.start => r.start..open,
            _ => r,
        }
    }

    /// A phrase without its edge punctuation and parentheses.
    fn trim_phrase(&self, mut r: Range<usize>) -> Option<Range<usize>> {
        // A coordinator opening the clause is no part of its subject ("Mais
        // le petit marquis, …, se mit à rire").
        while r.start < r.end && (self.is_punct(r.start) || self.tag(r.start) == Tag::Cc) {
            r.start += 1;
        }
        while r.end > r.start && self.is_punct(r.end - 1) && self.surface(r.end - 1) != ")" {
            r.end -= 1;
        }
        // A closing parenthetical ("Paul Durand (UMP)") is kept only when
        // something precedes it.
        (r.start < r.end).then_some(r)
    }

    /// The subject before verb group `g` (in a tagged sentence): a subject
    /// clitic, the antecedent of "qui", the subject of a coordinated verb,
    /// or the clause's subject phrase.
    pub(crate) fn subject_before(&self, g: &VerbGroup, floor: usize) -> Option<MentionTokens> {
        let mut start = g.start;
        if g.form == super::VerbForm::Infinitive {
            if let Some(v) = self.governing_finite(start, floor) {
                start = v;
            }
        }
        self.subject_before_at(start, floor, MAX_COORDINATION)
    }

    /// The finite verb an infinitive starting at `start` hangs on ("venait
    /// le supplier", "poussait la malice jusqu'à leur dire", "a de son côté
    /// écrit au ministre de la Santé pour réclamer"): back over its clitics,
    /// "de"/"à"/"pour", the group's locutions and a short complement, with no
    /// punctuation, subordinator or relative between. The reach counts
    /// words, not tokens: a multi-word adverb ("pour sa part", "de son
    /// côté", "quant à lui") is one, and the determiners and prepositions
    /// of a complement ("au ministre de la Santé") cost nothing, so a longer
    /// complement or a locution inside the group does not lose the verb;
    /// the raw tokens stay bounded too.
    fn governing_finite(&self, start: usize, floor: usize) -> Option<usize> {
        let stop = floor.max(start.saturating_sub(MAX_CHAIN_TOKENS));
        let mut k = start;
        let mut words = 0;
        while k > stop && words < MAX_CHAIN_WORDS {
            let j = k - 1;
            if self.is_finite(j) {
                return Some(j);
            }
            if self.is_punct(j) || matches!(self.tag(j), Tag::Cs | Tag::ProRel) {
                return None;
            }
            if let Some(len) = super::cues::adverb_phrase_ending_at(self, j) {
                k = (j + 1 - len).max(stop);
                words += 1;
                continue;
            }
            if !matches!(self.tag(j), Tag::P | Tag::Det | Tag::PD) {
                words += 1;
            }
            k = j;
        }
        None
    }

    /// The subject of the finite verb at `verb` (with its clitics and
    /// adverbs before it), not before `floor`: "Un rapport de la Ligue arabe
    /// apporte la même conclusion : « … »".
    pub(crate) fn subject_of_verb(&self, verb: usize, floor: usize) -> Option<MentionTokens> {
        self.subject_before_at(verb, floor, MAX_COORDINATION)
    }

    fn subject_before_at(&self, start: usize, floor: usize, depth: usize) -> Option<MentionTokens> {
        let mut end = start;
        // Clitics, negation and adverbs before the group: "il l'a dit",
        // "Souchon nous rappelle", "X a quant à lui prévenu".
        while end > floor {
            let k = end - 1;
            let skip =
                matches!(self.tag(k), Tag::Clo | Tag::Clr | Tag::Adv) && self.lower(k) != "puis";
            if !skip {
                break;
            }
            end = k;
        }
        if end <= floor {
            return None;
        }
        // "Le maire nous a expliqué": "nous" or "vous" after a noun phrase
        // is the person told, the phrase the subject.
        while end > floor + 1
            && self.tag(end - 1) == Tag::Cls
            && self.is(end - 1, word::FIRST_SECOND_PLURAL)
            && matches!(self.tag(end - 2), Tag::Nc | Tag::Npp | Tag::Adj)
        {
            end -= 1;
        }
        let before = end - 1;
        match self.tag(before) {
            Tag::Cls => {
                return Some(MentionTokens {
                    tokens: before..end,
                    pronoun_offset: None,
                    head: Some(before),
                })
            }
            // "le documentaire qui précise", "X, qui a dit", "la
            // résolution, laquelle recommandait"
            Tag::ProRel if self.is(before, word::SUBJECT_RELATIVE) => {
                let mut e = before;
                if e > floor && self.lower(e - 1) == "," {
                    e -= 1;
                }
                let from = self.clause_boundary(e, floor);
                return self.last_phrase(from, e);
            }
            _ => {}
        }
        // A verb coordinated to an earlier one shares its subject.
        if depth > 0 && (self.is(before, word::VERB_COORDINATOR) || self.tag(before) == Tag::Cc) {
            if let Some(verb) = (floor..before).rev().find(|&k| self.is_finite(k)) {
                let mut verb_start = verb;
                while verb_start > floor
                    && matches!(self.tag(verb_start - 1), Tag::Clo | Tag::Clr | Tag::Adv)
                {
                    verb_start -= 1;
                }
                return self.subject_before_at(verb_start, floor, depth - 1);
            }
            // No verb before it: the coordination is inside the subject
            // that ends in an adverb ("tous les intervenants ou presque l'ont
            // souligné").
            let mut e = start;
            while e > floor && matches!(self.tag(e - 1), Tag::Clo | Tag::Clr) {
                e -= 1;
            }
            return self.subject_in(self.clause_boundary(e, floor), e);
        }
        let from = self.clause_boundary(end, floor);
        self.subject_in(from, end)
    }

    /// The subject of a present participle in an absolute clause: the noun
    /// phrase right before it, opened after a comma ("…, les gendarmes
    /// craignant que …", "…, les syndicats estimant que …"). None when the
    /// participle hangs on the main clause ("Le maire a réagi, estimant
    /// que …").
    pub(crate) fn absolute_subject(&self, g: &VerbGroup, floor: usize) -> Option<MentionTokens> {
        let mut end = g.start;
        while end > floor && matches!(self.tag(end - 1), Tag::Clo | Tag::Clr | Tag::Adv) {
            end -= 1;
        }
        let phrase = self.phrase_ending_at(end, floor)?;
        if phrase.start <= floor || self.lower(phrase.start - 1) != "," {
            return None;
        }
        let opens = self.is(phrase.start, word::DETERMINER) || self.tag(phrase.start) == Tag::Npp;
        let head = self.phrase_head(phrase.clone())?;
        let noun = matches!(self.tag(head), Tag::Nc | Tag::Npp)
            && !self.is(head, word::TIME_WORD | word::CALENDAR_WORD);
        (opens && noun).then_some(MentionTokens {
            tokens: phrase,
            pronoun_offset: None,
            head: Some(head),
        })
    }

    /// The last noun phrase of `[from, end)` (the antecedent of a relative
    /// pronoun), with its complements: "le prétendant de lady Edith".
    fn last_phrase(&self, from: usize, end: usize) -> Option<MentionTokens> {
        let mut phrase = self.phrase_ending_at(end, from)?;
        // "avec Bernard Bonnet, le successeur de Claude Erignac, qui" and
        // "le prétendant de lady Edith, sir Anthony Strallan, qui": a name
        // and a role in apposition are one phrase, headed by the first.
        let names = |r: &Range<usize>| {
            r.clone().all(|k| {
                self.tag(k) == Tag::Npp || self.is(k, word::NAME_PARTICLE) || self.lower(k) == "sir"
            })
        };
        if phrase.start > from + 1 && self.lower(phrase.start - 1) == "," {
            if let Some(before) = self.phrase_ending_at(phrase.start - 1, from) {
                let role = self
                    .phrase_head(before.clone())
                    .is_some_and(|h| self.is(h, word::TITLE) || self.tag(h) == Tag::Nc);
                if names(&before) || (names(&phrase) && role) {
                    phrase.start = before.start;
                }
            }
        }
        let head = self.phrase_head(phrase.clone())?;
        Some(MentionTokens {
            tokens: phrase,
            pronoun_offset: None,
            head: Some(head),
        })
    }
}

#[cfg(test)]
mod tests;
