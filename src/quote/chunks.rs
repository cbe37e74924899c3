//! Noun phrases read off the parts of speech: a phrase's head is its first
//! noun or pronoun ("le secrétaire d'État": secrétaire; "la députée de
//! Moselle": députée), whatever capitals follow it.

use super::{Ctx, MentionTokens};
use crate::lexicon::word;
use crate::pos::Tag;
use std::ops::Range;

impl Ctx<'_> {
    /// Whether the phrase headed by `head` is closed, as an apposition is:
    /// a phrase followed by its own finite verb before any punctuation is
    /// the next clause's subject ("Selon Hugo Penven, l'équipe a manqué…",
    /// "…, le parquet de Paris a requis"). A relative clause inside the
    /// phrase holds one verb of its own ("le club qui l'a formé a refusé").
    pub(crate) fn closed_phrase(&self, head: usize) -> bool {
        let mut relative = false;
        for j in head + 1..self.sentence_tokens(head).end {
            if self.is_punct(j) {
                break;
            }
            if self.is(j, word::RELATIVE) {
                relative = true;
            } else if self.tag(j) == Tag::V {
                if !relative {
                    return false;
                }
                relative = false;
            }
        }
        true
    }

    /// The head of a noun phrase: its first noun, name or pronoun, past the
    /// determiners, numbers and adjectives before it. In a sentence that was
    /// not tagged, the first word that is not a determiner.
    /// A partitive's quantifier is no head: "plusieurs de ses proches",
    /// "l'un de ses conseillers", "la plupart des élus", "certains d'entre
    /// eux" are headed by the noun or pronoun after "de" / "des" / "d'entre"
    /// ([`Ctx::partitive_head`]).
    pub(crate) fn phrase_head(&self, phrase: Range<usize>) -> Option<usize> {
        let head = self.first_head(phrase.clone())?;
        Some(self.partitive_head(head, phrase.end).unwrap_or(head))
    }

    fn first_head(&self, phrase: Range<usize>) -> Option<usize> {
        phrase.clone().find(|&k| match self.tag(k) {
            Tag::Nc | Tag::Npp | Tag::Pro | Tag::Cls | Tag::ProRel => true,
            Tag::X => {
                self.kind(k) == crate::token::TokenKind::Word && !self.is(k, word::DETERMINER)
            }
            _ => false,
        })
    }

    /// The head of the "de" phrase after a partitive quantifier at `q`
    /// (grammar.txt's partitive_quantifiers): past "de" / "d'" and an
    /// optional "entre", or past "des", only determiners, numbers and
    /// adjectives before it ("plusieurs de ses anciens collègues"). None
    /// for any other word ("la plupart du temps" keeps its head).
    pub(crate) fn partitive_head(&self, q: usize, end: usize) -> Option<usize> {
        // The bit tests first: most heads are followed by no "de".
        if q + 2 >= end
            || !self.is(q + 1, word::DE | word::DE_ARTICLE)
            || !matches!(self.tag(q), Tag::Pro | Tag::Nc)
            || !self.g.partitive_quantifiers.contains(self.lower(q))
        {
            return None;
        }
        let mut from = q + 1;
        match self.lower(from) {
            "de" | "d'" => {
                from += 1;
                if from < end && self.lower(from) == "entre" {
                    from += 1;
                }
            }
            "des" => from += 1,
            _ => return None,
        }
        let head = self.first_head(from..end)?;
        (from..head)
            .all(|t| matches!(self.tag(t), Tag::Det | Tag::Adj | Tag::Num))
            .then_some(head)
    }

    /// The noun phrase ending just before `end`, not before `floor`: nouns,
    /// names, adjectives, numbers and determiners, with their "de"
    /// complements (and "à" ones after a title) and a parenthesis ("le prétendant de lady Edith", "le
    /// rapport d'évaluation (p. 10)"). None when no noun ends there.
    pub(crate) fn phrase_ending_at(&self, end: usize, floor: usize) -> Option<Range<usize>> {
        let mut start = end;
        let mut has_noun = false;
        // The last "à" complement taken ("un Président à mortier", "la
        // ministre déléguée à l'Industrie"): kept only when the phrase turns
        // out to be headed by a title or a person ("rendu hommage aux
        // victimes" is a verb's object).
        let mut to_complement = None;
        while start > floor {
            let k = start - 1;
            if self.surface(k) == ")" {
                // A parenthesis after a noun: skip it whole.
                let open = (floor..k)
                    .rev()
                    .take(12)
                    .find(|&j| self.surface(j) == "(")?;
                start = open;
                continue;
            }
            let tag = self.tag(k);
            // "la ministre déléguée à l'Industrie": a participle before an
            // "à" complement qualifies the title.
            // A company's legal form closes its name ("Quessandre SA"),
            // whatever the tagger reads ("sa" is a determiner).
            let form = self.company_form(k);
            let content = form
                || matches!(tag, Tag::Nc | Tag::Npp | Tag::Adj | Tag::Num | Tag::Pro)
                || (tag == Tag::Vpp && to_complement == Some(k + 1));
            let complement = self.is(k, word::DE | word::DE_ARTICLE)
                && matches!(tag, Tag::P | Tag::PD | Tag::Det)
                && k > floor
                && matches!(self.tag(k - 1), Tag::Nc | Tag::Npp | Tag::Adj);
            let to = self.is(k, word::A | word::A_ARTICLE)
                && k > floor
                && matches!(self.tag(k - 1), Tag::Nc | Tag::Npp | Tag::Adj | Tag::Vpp);
            if content {
                has_noun |= form || matches!(tag, Tag::Nc | Tag::Npp | Tag::Pro);
                start = k;
            } else if complement {
                start = k;
            } else if to && has_noun {
                to_complement.get_or_insert(k);
                start = k;
            } else if tag == Tag::Det {
                start = k;
                // "de la fédération": the article of a complement.
                let of = k > floor
                    && self.is(k - 1, word::DE | word::A)
                    && k > floor + 1
                    && matches!(self.tag(k - 2), Tag::Nc | Tag::Npp | Tag::Adj | Tag::Vpp)
                    && (self.tag(k - 2) != Tag::Vpp || self.lower(k - 1) == "à");
                if !of {
                    break;
                }
            } else {
                break;
            }
        }
        if let Some(to) = to_complement {
            let role = self
                .phrase_head(start..to)
                .is_some_and(|h| self.is(h, word::TITLE | word::PERSON_NOUN));
            if !role {
                start = to + 1;
            }
        }
        (has_noun && start < end).then_some(start..end)
    }

    /// Whether a phrase head can speak: a pronoun of a person, a name, a
    /// title or role, a person noun, an organisation, an anonymous source
    /// ("un proche", "un responsable"), in the singular or
    /// the plural ("les enquêteurs", "plusieurs experts": the lexicons list
    /// the singular of a role).
    pub(crate) fn can_speak(&self, head: usize) -> bool {
        const ROLE: word::Classes = word::TITLE | word::PERSON_NOUN;
        self.is(
            head,
            ROLE | word::ORG_NOUN
                | word::INSTITUTION_PLACE
                | word::SUBJECT_PRONOUN
                | word::ANONYMOUS_HEAD,
        ) || self.is(head, word::STRESSED_THIRD)
            || (self.is_capitalised(head) && matches!(self.tag(head), Tag::Npp | Tag::X))
            || (self.tag(head) == Tag::Nc
                && self
                    .lower(head)
                    .strip_suffix('s')
                    .is_some_and(|singular| self.lex.is(singular, ROLE)))
    }

    /// "Norcapel, la compagnie aérienne, a annoncé": a word the tagger does
    /// not know, alone and capitalised before the clause's first comma, then
    /// an organisation's noun after its article in apposition, is the
    /// subject, a name, however the tagger guessed the word (an adjective
    /// or a verb, which would make it an adverbial or a clause).
    /// "Kerlouan, la mairie a annoncé" (no comma after the phrase) is not
    /// one.
    pub(crate) fn name_before_org_apposition(
        &self,
        segments: &[Range<usize>],
    ) -> Option<MentionTokens> {
        // The apposition is closed by its comma right before the verb:
        // "Kerlouan, la mairie a annoncé" is a dateline and its subject.
        let [first, second, last] = segments else {
            return None;
        };
        if self.segment_kind(last.clone()) != super::clause::Segment::Empty {
            return None;
        }
        let words: Vec<usize> = first.clone().filter(|&k| !self.is_punct(k)).collect();
        let [name] = words[..] else {
            return None;
        };
        let article = second.clone().find(|&k| !self.is_punct(k))?;
        let head = (article + 1..second.end)
            .find(|&k| self.tag(k) != Tag::Adj || self.is(k, word::ORG_NOUN))?;
        (self.is_capitalised(name)
            && self.kind(name) == crate::token::TokenKind::Word
            && !self.lex.pos.is_known(self.lower(name))
            && matches!(self.lower(article), "le" | "la" | "l'" | "un" | "une")
            && self.is(head, word::ORG_NOUN))
        .then_some(MentionTokens {
            tokens: name..name + 1,
            pronoun_offset: None,
            head: Some(name),
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::lexicon::Lexicons;

    /// The head of the phrase starting at the first token of `text`, up to
    /// its first comma.
    fn head(text: &str) -> String {
        let lex = Lexicons::builtin();
        let doc = crate::analyze(text).unwrap();
        let flags = crate::quote::Ctx::lookup_form_flags(&doc.forms, &lex);
        let ctx = crate::quote::Ctx::for_document(&doc, &lex, flags);
        let end = (0..ctx.len())
            .find(|&k| ctx.lower(k) == ",")
            .unwrap_or(ctx.len());
        let h = ctx.phrase_head(0..end).expect("a head");
        ctx.surface(h).to_string()
    }

    /// The phrase ending before the first comma of `text`.
    fn phrase_before_comma(text: &str) -> String {
        let lex = Lexicons::builtin();
        let doc = crate::analyze(text).unwrap();
        let flags = crate::quote::Ctx::lookup_form_flags(&doc.forms, &lex);
        let ctx = crate::quote::Ctx::for_document(&doc, &lex, flags);
        let comma = (0..ctx.len()).find(|&k| ctx.lower(k) == ",").unwrap();
        let r = ctx.phrase_ending_at(comma, 0).expect("a phrase");
        ctx.span(r.start, r.end).slice(ctx.text).to_string()
    }

    #[test]
    fn phrases_end_with_their_complements() {
        assert_eq!(
            phrase_before_comma("Il est sauvé par le prétendant de lady Edith, qui révèle tout."),
            "le prétendant de lady Edith"
        );
        assert_eq!(
            phrase_before_comma("Il parle au porte-parole de la fédération, qui dit non."),
            "porte-parole de la fédération"
        );
        assert_eq!(
            phrase_before_comma("Selon le rapport d'évaluation (p. 10), rien ne va."),
            "le rapport d'évaluation (p. 10)"
        );
    }

    #[test]
    fn the_head_is_the_first_noun() {
        assert_eq!(
            head("Le secrétaire d'État, dit-on, soulignera que tout va bien."),
            "secrétaire"
        );
        assert_eq!(
            head("La députée de Moselle, selon lui, pense que oui."),
            "députée"
        );
        assert_eq!(
            head("Le président Emmanuel Macron, selon lui, a dit que oui."),
            "président"
        );
        assert_eq!(
            head("Les premiers chiffres, selon lui, montrent que oui."),
            "chiffres"
        );
    }

    #[test]
    fn roles_speak_in_the_plural_too() {
        let speaks = |text: &str, word: &str| {
            crate::quote::testing::with_ctx(text, |ctx| {
                ctx.can_speak(crate::quote::testing::token(ctx, word))
            })
        };
        // (Sentences with a cue: only those are tagged.)
        assert!(speaks("Les enquêteurs disent que non.", "enquêteurs"));
        assert!(speaks("Plusieurs experts disent que non.", "experts"));
        assert!(speaks("Selon les riverains, non.", "riverains"));
        assert!(!speaks("Selon les années, non.", "années"));
        assert!(!speaks("Selon les instructions, non.", "instructions"));
    }

    #[test]
    fn a_phrase_before_its_verb_is_not_closed() {
        let closed = |text: &str, word: &str| {
            crate::quote::testing::with_ctx(text, |ctx| {
                ctx.closed_phrase(crate::quote::testing::token(ctx, word))
            })
        };
        assert!(!closed(
            "Selon Paul Morvan, l'équipe a manqué de tout.",
            "équipe"
        ));
        assert!(!closed(
            "Selon Paul Morvan, le club qui l'a formé a dit non.",
            "club"
        ));
        assert!(closed(
            "Selon Kelvoria, le distributeur de vélos, non.",
            "distributeur"
        ));
        assert!(closed(
            "« Non », selon Kelvoria, le distributeur qui vend des vélos.",
            "distributeur"
        ));
    }
}
