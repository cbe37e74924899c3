//! An incise that splits its content's clause, the subject before it and
//! the rest in marks after it: in "La réforme, a concédé le rapporteur du
//! texte, Loïc Demarnay, « n'est pas parfaite »", "La réforme" is what is
//! talked about and the incise's inverted subject speaks; the verb before
//! the marks is no "X a concédé « … »" with "La réforme" as its subject.

use super::*;
use crate::pos::Tag;

/// The longest fronted phrase read as the content's subject, in tokens.
const MAX_FRONTED: usize = 8;

impl Extractor<'_, '_> {
    /// For group `g` before the marks opened at `open`: its inverted subject
    /// when `g` is an incise between commas after a lone phrase opening its
    /// clause, with only the subject (and its appositions) between the verb
    /// and the comma before the marks. None otherwise. Out of line: read
    /// for few groups, it stays out of the attribution's hot path.
    #[inline(never)]
    pub(super) fn split_incise_speaker(&self, g: &VerbGroup, open: usize) -> Option<MentionTokens> {
        let ctx = self.ctx;
        if g.form != VerbForm::Finite || g.start < 2 || open < 2 {
            return None;
        }
        let comma = g.start - 1;
        if ctx.lower(comma) != "," || ctx.lower(open - 1) != "," {
            return None;
        }
        // A lone phrase opens the clause: no verb, subordinator, quote or
        // further comma between the clause start and the incise.
        let start = self.clause_start(comma);
        if comma <= start || comma - start > MAX_FRONTED {
            return None;
        }
        let lone_phrase = (start..comma).all(|k| {
            self.in_pair[k] == NONE
                && !ctx.is_punct(k)
                && !matches!(
                    ctx.tag(k),
                    Tag::V | Tag::Vpp | Tag::Cs | Tag::ProRel | Tag::Cls
                )
        }) && (ctx.is(start, word::DETERMINER) || ctx.is_capitalised(start));
        if !lone_phrase {
            return None;
        }
        // Between the verb and the marks: the subject and its appositions.
        let verbless = (g.end..open - 1).all(|k| {
            self.in_pair[k] == NONE && !matches!(ctx.tag(k), Tag::V | Tag::Cs | Tag::ProRel)
        });
        if !verbless {
            return None;
        }
        let speaker = ctx.inverted_subject(g, open - 1)?;
        let speaks = g.clitic.is_some()
            || ctx
                .phrase_head(speaker.tokens.clone())
                .is_some_and(|h| ctx.can_speak(h) || ctx.name_word(h));
        speaks.then_some(speaker)
    }
}
