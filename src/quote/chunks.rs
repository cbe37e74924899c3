//! Noun phrases read off the parts of speech: a phrase's head is its first
//! noun or pronoun ("le secrétaire d'État": secrétaire; "la députée de
//! Moselle": députée), whatever capitals follow it.

use super::Ctx;
use crate::lexicon::word;
use crate::pos::Tag;
use std::ops::Range;

impl Ctx<'_> {
    /// The head of a noun phrase: its first noun, name or pronoun, past the
    /// determiners, numbers and adjectives before it. In a sentence that was
    /// not tagged, the first word that is not a determiner.
    pub(crate) fn phrase_head(&self, phrase: Range<usize>) -> Option<usize> {
        phrase.clone().find(|&k| match self.tag(k) {
            Tag::Nc | Tag::Npp | Tag::Pro | Tag::Cls | Tag::ProRel => true,
            Tag::X => {
                self.kind(k) == crate::token::TokenKind::Word && !self.is(k, word::DETERMINER)
            }
            _ => false,
        })
    }

    /// Whether a phrase head can speak: a pronoun of a person, a name, a
    /// title or role, a person noun, an organisation.
    pub(crate) fn can_speak(&self, head: usize) -> bool {
        let w = self.lower(head);
        self.is(head, word::TITLE | word::ORG_NOUN | word::SUBJECT_PRONOUN)
            || crate::quote::speakers::is_person_noun(w)
            || matches!(w, "lui" | "elle" | "eux" | "elles")
            || (self.is_capitalised(head) && matches!(self.tag(head), Tag::Npp | Tag::X))
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
}
