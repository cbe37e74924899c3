//! What may stand between commas after an inverted reporting verb, before
//! its subject: an adjective or a participle ("a glissé, ému, le gardien"),
//! an absolute phrase ("a prévenu, sourire aux lèvres, le capitaine"), a
//! prepositional phrase after adverbs or an adjective ("raconte, encore sous
//! le choc, Karima X", "répondit, d'une voix douce, la vieille femme",
//! "a réagi, rouge de colère, le maire"). Part of the inverted subject's
//! reader ([`super::inverted`]).

use super::Ctx;
use crate::lexicon::word;
use crate::pos::Tag;
use crate::token::TokenKind;

/// The most tokens an incidental between commas may hold: the reader looks
/// no further for its closing comma, so it stays linear.
const MAX_INCIDENTAL: usize = 8;

impl Ctx<'_> {
    /// Past a short incidental between commas at `i` after an inverted
    /// verb, when a subject opens after it. One to three plain lowercase
    /// words (an adjective, a participle, a date, an adverb: "ému",
    /// "jeudi", "très ému", "amusée"), none opening a phrase or a clause,
    /// or an absolute phrase, when a noun phrase or a name follows; or a
    /// longer adverbial ([`Ctx::adverbial_phrase`]) when what follows can
    /// speak ("dans un communiqué, la fermeture" is an object).
    pub(super) fn incidental_between_commas(&self, i: usize, limit: usize) -> Option<usize> {
        if self.lower(i) != "," {
            return None;
        }
        let close = (i + 2..limit.min(i + MAX_INCIDENTAL + 2)).find(|&k| self.lower(k) == ",")?;
        let plain = close <= i + 4
            && (i + 1..close).all(|k| {
                self.kind(k) == TokenKind::Word
                    && !self.is_capitalised(k)
                    && !self.is(
                        k,
                        word::DETERMINER
                            | word::PREPOSITION
                            | word::SUBORDINATOR
                            | word::SUBJECT_PRONOUN,
                    )
                    // A reporting verb's participle is an adjective here
                    // ("amusée", "agacé"); its other forms open a clause.
                    && (!self.is(k, word::SPEECH_VERB) || self.participle_shaped(k))
            });
        let opens = close + 1 < limit
            && (self.is(close + 1, word::DETERMINER) || self.is_capitalised_content(close + 1))
            && !self.is(close + 1, word::DE | word::DE_ARTICLE);
        if (plain || self.absolute_phrase(i + 1, close)) && opens {
            return Some(close + 1);
        }
        // An adjective agrees with the subject that follows ("a réagi, rouge
        // de colère, le maire"); a phrase of adverbs and prepositions may
        // stand before an object too ("a annoncé, dans un communiqué, la
        // fermeture"): that subject must be able to speak.
        let describes = self.adverbial_phrase(i + 1, close)?;
        (if describes {
            opens
        } else {
            self.speaking_subject_at(close + 1, limit)
        })
        .then_some(close + 1)
    }

    /// Where the adverbs opening `[from, close)` end: entries of grammar.txt's
    /// adverbs ("encore", "pour sa part"), degree phrases ("un peu",
    /// `degree_phrases`, which need a word after them) and single lowercase
    /// adverbs or degree words ("visiblement", "très"). Read by the
    /// adverbial between commas below and by the adjective of an incise
    /// whose gender the speaker takes (`incise_adjective_gender`).
    pub(super) fn adverbs_end(&self, from: usize, close: usize) -> usize {
        let mut k = from;
        while k < close {
            let len = self.g.adverbs.match_len(self.lowers_from(k));
            if len > 0 && k + len <= close {
                k += len;
                continue;
            }
            let degree = self.g.degree_phrases.match_len(self.lowers_from(k));
            if degree > 0 && k + degree < close {
                k += degree;
            } else if !self.is_capitalised(k)
                && (self.tag(k) == Tag::Adv || self.is(k, word::DEGREE_WORD))
                && !self.is(k, word::PREPOSITION | word::DE | word::A)
            {
                k += 1;
            } else {
                break;
            }
        }
        k
    }

    /// Whether `[from, close)` is an adverbial that may stand between an
    /// inverted verb and its subject: adverbs ("encore", "visiblement",
    /// "un peu", "pour sa part"), then an adjective or a participle, then a
    /// prepositional phrase ("encore sous le choc", "d'une voix douce",
    /// "rouge de honte", "visiblement touché par l'hommage", "dans un
    /// entretien au Parisien"). The phrase holds nouns, adjectives, names,
    /// determiners and the prepositions that link them, no verb and no
    /// pronoun; a source preposition and a gerund are read by the caller ("selon le
    /// site", "en souriant"). Some(whether an adjective describes the
    /// subject), None when it is no such adverbial.
    fn adverbial_phrase(&self, from: usize, close: usize) -> Option<bool> {
        let mut k = self.adverbs_end(from, close);
        let adjective = k < close
            && !self.is_capitalised(k)
            && self.kind(k) == TokenKind::Word
            && !self.is(k, word::DETERMINER | word::PREPOSITION | word::DE | word::A)
            && self.participle_shaped(k);
        k += usize::from(adjective);
        if k == close {
            return (k > from).then_some(adjective);
        }
        let preposition = matches!(self.tag(k), Tag::P | Tag::PD)
            || self.is(k, word::DE | word::DE_ARTICLE | word::A | word::A_ARTICLE);
        if !preposition || self.is(k, word::GERUND_MARKER) || self.source_preposition_len(k) > 0 {
            return None;
        }
        let body = k + 1..close;
        // A noun, or an infinitive after its determiner ("avec un sourire").
        let noun = |j: usize| {
            matches!(self.tag(j), Tag::Nc | Tag::Npp | Tag::Num)
                || (self.tag(j) == Tag::VInf && j > k + 1 && self.is(j - 1, word::DETERMINER))
        };
        let phrase = !body.is_empty()
            && body.clone().any(|j| noun(j) || self.is_capitalised(j))
            && body.clone().all(|j| {
                matches!(self.kind(j), TokenKind::Word | TokenKind::Number)
                    && (self.is_capitalised(j)
                        || noun(j)
                        || matches!(
                            self.tag(j),
                            Tag::Det | Tag::P | Tag::PD | Tag::Adj | Tag::Vpp
                        )
                        || (j > k + 1 && j + 1 < close && self.is(j, word::COORDINATOR)))
                    && !self.is(j, word::SUBORDINATOR | word::SUBJECT_PRONOUN)
            });
        phrase.then_some(adjective)
    }

    /// Whether a subject that can speak opens at `j`: a name, or a phrase
    /// opened by a determiner whose head is a person, a role or a body ("la
    /// vieille femme", "le ministre"). "la fermeture du site" is an object.
    fn speaking_subject_at(&self, j: usize, limit: usize) -> bool {
        if j >= limit || self.is(j, word::DE | word::DE_ARTICLE) {
            return false;
        }
        if self.is_capitalised_content(j) && !self.is(j, word::DETERMINER) {
            return true;
        }
        self.is(j, word::DETERMINER)
            && self
                .np_after(j, limit)
                .and_then(|m| self.phrase_head(m.tokens))
                .is_some_and(|h| self.can_speak(h) || self.name_word(h))
    }

    /// Whether `[from, close)` is an absolute phrase: a noun, with or
    /// without its definite article, and what it holds, a phrase opened by
    /// "à" or one or two adjectives ("sourire aux lèvres", "les larmes aux
    /// yeux", "la voix brisée", "la voix nette et forte").
    fn absolute_phrase(&self, from: usize, close: usize) -> bool {
        let head = from + usize::from(self.is(from, word::DEFINITE));
        if head + 1 >= close
            || self.is_capitalised(head)
            || self.is(head, word::TITLE)
            || !matches!(self.tag(head), Tag::Nc | Tag::VInf)
        {
            return false;
        }
        let rest = head + 1;
        if self.is(rest, word::A | word::A_ARTICLE) {
            let noun = rest + 1 + usize::from(self.is(rest + 1, word::DETERMINER));
            return noun + 1 == close && self.tag(noun) == Tag::Nc;
        }
        close - rest <= 3
            && (rest..close).all(|k| {
                matches!(self.tag(k), Tag::Adj | Tag::Vpp)
                    || (k > rest && k + 1 < close && self.is(k, word::COORDINATOR))
            })
    }
}
