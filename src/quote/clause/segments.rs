//! The segments of a clause: the stretches its commas cut before a verb
//! (outside brackets and quotation marks), and what each one is, a noun
//! phrase, an adverbial, a relative or a clause of its own. The subject
//! reader ([`super`]) takes the first noun phrase among them.

use crate::lexicon::word;
use crate::pos::Tag;
use crate::quote::participle::{feminine_u_participle, nasal_participle};
use crate::quote::Ctx;
use std::ops::Range;

/// What a comma-separated stretch before a verb is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Segment {
    /// Nothing but punctuation.
    Empty,
    /// A noun phrase (with its complements, modifiers, parentheticals).
    Phrase,
    /// A relative clause ("qui …") hung on the phrase before it.
    Relative,
    /// An adverbial: prepositional phrase, adverb, date, participle, gerund,
    /// subordinate clause, vocative.
    Adverbial,
    /// A clause with a finite verb of its own.
    Clause,
}

impl Ctx<'_> {
    /// `[from, to)` cut at its commas outside brackets and quotation marks.
    pub(crate) fn comma_segments(&self, from: usize, to: usize) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let (mut brackets, mut quotes, mut straight) = (0usize, 0usize, false);
        let mut start = from;
        for k in from..to {
            match self.surface(k) {
                "(" | "[" => brackets += 1,
                ")" | "]" => brackets = brackets.saturating_sub(1),
                "«" | "“" => quotes += 1,
                "»" | "”" => quotes = quotes.saturating_sub(1),
                "\"" => straight = !straight,
                "," if brackets == 0 && quotes == 0 && !straight => {
                    out.push(start..k);
                    start = k + 1;
                }
                _ => {}
            }
        }
        out.push(start..to);
        out
    }

    /// A segment past the adverbs that open it, when a noun phrase follows
    /// them.
    pub(super) fn after_leading_adverbs(&self, seg: Range<usize>) -> Option<Range<usize>> {
        let mut k = seg.start;
        while k < seg.end && (self.is_punct(k) || self.tag(k) == Tag::Adv) {
            k += 1;
        }
        let opens_phrase = k < seg.end
            && k > seg.start
            && matches!(self.tag(k), Tag::Det | Tag::Nc | Tag::Npp | Tag::Pro);
        opens_phrase.then_some(k..seg.end)
    }

    /// What a segment is, from its first word and its verbs.
    pub(crate) fn segment_kind(&self, seg: Range<usize>) -> Segment {
        let mut words = seg.clone().filter(|&k| !self.is_punct(k));
        let Some(mut first) = words.next() else {
            return Segment::Empty;
        };
        // Adverbs before a phrase, with no comma ("Quelquefois ses parents
        // l'appelaient", "Alors le maire dit"): the phrase decides.
        let seg = match self.after_leading_adverbs(seg.clone()) {
            Some(rest) => {
                first = rest.start;
                rest
            }
            None => seg,
        };
        let relative = seg.clone().position(|k| self.tag(k) == Tag::ProRel);
        let finite = seg.clone().position(|k| self.is_finite(k));
        // "qui …", and "pour qui …", "à qui …" after a preposition.
        let relative_after_preposition = self.tag(first).is_preposition()
            && first + 1 < seg.end
            && self.tag(first + 1) == Tag::ProRel;
        if self.tag(first) == Tag::ProRel || relative_after_preposition {
            return Segment::Relative;
        }
        // "Face aux journalistes,", "Suite à ces déclarations,": a noun
        // opening a complex preposition.
        if self.is(first, word::PREPOSITION_NOUN)
            && first + 1 < seg.end
            && self.is(
                first + 1,
                word::A | word::A_ARTICLE | word::DE | word::DE_ARTICLE,
            )
        {
            return Segment::Adverbial;
        }
        if let Some(f) = finite {
            if relative.is_none_or(|r| f < r) {
                return Segment::Clause;
            }
        }
        if self.is(first, word::VOCATIVE) {
            return Segment::Adverbial;
        }
        // "Cité par Le Monde,", "Présente sur place,": a bare adjective or
        // participle (no determiner) before a preposition opens a fronted
        // apposition, whatever the tagger reads in a capitalised first word
        // ("Médecins sans frontières dénonce" is a name: no participle).
        let participle = self.tag(first) == Tag::Adj
            || (self.tag(first) == Tag::Nc && crate::pos::ends_like_participle(self.lower(first)));
        let bare_before_preposition = participle
            && first + 1 < seg.end
            && self.tag(first + 1).is_preposition()
            && !self.is(
                first + 1,
                word::DE | word::DE_ARTICLE | word::A | word::A_ARTICLE,
            );
        if bare_before_preposition || self.fronted_participle_word(first, seg.end) {
            return Segment::Adverbial;
        }
        match self.tag(first) {
            Tag::P | Tag::PD | Tag::Adv | Tag::Cs | Tag::Vpr | Tag::Vpp | Tag::ProWh | Tag::I => {
                return Segment::Adverbial
            }
            // "S'agissant de …,", "Se tournant vers …,": a participle.
            Tag::Clr | Tag::Clo
                if words
                    .next()
                    .is_some_and(|k| matches!(self.tag(k), Tag::Vpr | Tag::Vpp)) =>
            {
                return Segment::Adverbial
            }
            _ => {}
        }
        // A date or a time: "8 juillet 2000", "Le 24 juillet 2006", "Le
        // même jour", "Ce matin".
        let head = self.phrase_head(seg.clone());
        let timely = |k: usize| self.is(k, word::TIME_WORD | word::CALENDAR_WORD);
        // "Ce matin-là", "Cette année-là", "Lundi soir": a determiner or a
        // day and a time word, however the tagger reads them.
        let two_words = seg.clone().filter(|&k| !self.is_punct(k)).count() == 2;
        let last = seg.clone().rev().find(|&k| !self.is_punct(k));
        let dated = two_words
            && last.is_some_and(|l| l != first && timely(l))
            && (self.is(first, word::DETERMINER) || self.tag(first) == Tag::Pro || timely(first));
        if dated {
            return Segment::Adverbial;
        }
        match head {
            Some(h) if timely(h) => Segment::Adverbial,
            None if seg.clone().any(|k| self.tag(k) == Tag::Num || timely(k)) => Segment::Adverbial,
            None => Segment::Adverbial,
            Some(_) if self.tag(first) == Tag::Num && seg.clone().any(timely) => Segment::Adverbial,
            Some(_) => Segment::Phrase,
        }
    }

    /// "Arrivée à la tête du club en 2019,", "Installée à Lyon depuis dix
    /// ans,", "Secourue par les pompiers,": a word opening its sentence
    /// with a participle's ending that the tagger read as a noun or a name
    /// ("arrivée" is also a noun; a capital makes "Installée" a name), a
    /// form the tagger's lexicon gives as a participle or does not have
    /// (so no noun only, "Épée à la main,", and no first name, "René
    /// Mayer"), right before a preposition other than "de" (a noun's
    /// complement: "Député de Moselle"), "à" only after no title or person
    /// noun. Such a segment is a fronted apposition agreeing with the
    /// subject, never the subject itself.
    pub(crate) fn fronted_participle_word(&self, first: usize, end: usize) -> bool {
        if first + 1 >= end
            || self.sentence_tokens(first).start != first
            || !matches!(self.tag(first), Tag::Nc | Tag::Npp)
            || !self.tag(first + 1).is_preposition()
            || self.is(first + 1, word::DE | word::DE_ARTICLE)
            || self.is(first, word::PREPOSITION_NOUN)
            || self.is(first + 1, word::A | word::A_ARTICLE)
                && self.is(first, word::TITLE | word::PERSON_NOUN)
        {
            return false;
        }
        let w = self.lower(first);
        let shaped = crate::pos::ends_like_participle(w)
            || feminine_u_participle(w)
            || nasal_participle(w) != crate::lexicon::Gender::Unknown;
        shaped && self.lex.pos.may_be_participle(w)
    }
}
