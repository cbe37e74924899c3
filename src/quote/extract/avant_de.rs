//! "avant de" with a verb of saying: in "X a rejeté l'offre, avant
//! d'affirmer que C", the infinitive reports C and X, the main clause's
//! subject, speaks.

use super::*;
use crate::pos::Tag;

impl Extractor<'_, '_> {
    /// For an infinitive group right after "avant de" ("avant d'ajouter"),
    /// the token "avant".
    pub(super) fn avant_de(&self, g: &VerbGroup) -> Option<usize> {
        let ctx = self.ctx;
        (g.form == VerbForm::Infinitive
            && g.start >= 2
            && ctx.is(g.start - 1, word::DE)
            && ctx.lower(g.start - 2) == "avant"
            && self.in_pair[g.start - 2] == NONE)
            .then(|| g.start - 2)
    }

    /// Where the content of group `gi`, `[content, end)`, stops before a
    /// later group's ", avant de" ("a déclaré que C, avant d'ajouter que"):
    /// what follows is a second quote. Without the comma the phrase may
    /// belong to C ("qu'il attendrait avant de dire que"). Only the first
    /// "avant de" group after `content` counts; it is found in one search.
    pub(super) fn before_avant_de(&self, content: usize, end: usize) -> usize {
        let listed = &self.ahead().avant_de_groups;
        let at = listed.partition_point(|&h| self.groups[h as usize].start <= content);
        listed
            .get(at)
            .map(|&h| &self.groups[h as usize])
            .filter(|h| h.start < end)
            .and_then(|h| self.avant_de(h))
            .filter(|&avant| avant > content + 1 && self.ctx.lower(avant - 1) == ",")
            .unwrap_or(end)
    }

    /// The subject of the clause an "avant de" phrase at `avant` hangs on
    /// (group `gi` is the infinitive): the subject of a reporting verb
    /// before it in the sentence ("a-t-il poursuivi, avant d'ajouter", "a
    /// déclaré que C, avant d'ajouter"), else of the nearest finite verb
    /// ("Le maire a salué …, avant d'annoncer"). An impersonal verb ("il
    /// faut attendre avant de dire") has none.
    pub(super) fn main_clause_subject(&self, gi: usize, avant: usize) -> Option<MentionTokens> {
        let ctx = self.ctx;
        let s = ctx.sentence_tokens(avant);
        let floor = s.start.max(avant.saturating_sub(WINDOW));
        let reporting = self.groups[..gi]
            .iter()
            .rev()
            .take_while(|p| p.start >= floor)
            .find(|p| p.form == VerbForm::Finite && self.in_pair[p.verb] == NONE);
        if let Some(p) = reporting {
            return (!p.passive).then(|| self.subject_of(p)).flatten();
        }
        let verb = (floor..avant)
            .rev()
            .find(|&k| self.in_pair[k] == NONE && ctx.tag(k) == Tag::V)?;
        if ctx.is(verb, word::IMPERSONAL_VERB) {
            return None;
        }
        ctx.subject_of_verb(verb, floor)
    }
}
