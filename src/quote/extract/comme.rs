//! A reporting verb in a fronted clause of "comme" whose neuter object
//! clitic stands for the main clause: "Comme l'a rappelé le préfet, la
//! baignade reste interdite", "Comme le rappelle l'Insee, …", "Comme le
//! ministre l'a souligné, …". The main clause is what the subject said
//! (an incise set before its content). A "comme" clause after its main
//! clause ("…, comme l'indique la commission") is left alone: read as a
//! comparison it reports nothing of its own.

use super::*;

impl Extractor<'_, '_> {
    /// For group `g` in a fronted "comme" clause: the comma that closes
    /// that clause and the subject of `g` (inverted, or between "comme" and
    /// the clitic). Reads at most [`WINDOW`] tokens past the group.
    pub(super) fn comme_frame(
        &self,
        g: &VerbGroup,
        s: &Range<usize>,
    ) -> Option<(usize, Option<MentionTokens>)> {
        let ctx = self.ctx;
        // The neuter clitic: inside the group ("l'a rappelé") or just before
        // it ("le rappelle", which the group leaves out).
        let clitic = if ctx.is(g.start, word::ELIDED_OBJECT) {
            g.start
        } else if g.start > s.start && ctx.lower(g.start - 1) == "le" {
            g.start - 1
        } else {
            return None;
        };
        if clitic == s.start {
            return None;
        }
        // "Comme" right before the clitic (inverted subject), or before a
        // short subject phrase that ends at the clitic.
        let (comme, subject_before) = if ctx.lower(clitic - 1) == "comme" {
            (clitic - 1, None)
        } else {
            let floor = s.start.max(clitic.saturating_sub(10));
            let comme = (floor..clitic).rev().find(|&k| ctx.lower(k) == "comme")?;
            let np = ctx.np_after(comme + 1, clitic)?;
            if np.tokens.end != clitic {
                return None;
            }
            (comme, Some(np))
        };
        // Fronted: the sentence's first word, or after a conjunction that
        // opens it ("Mais comme l'a dit X,").
        let fronted = comme == s.start
            || (comme == s.start + 1 && ctx.is(s.start, word::ADJUNCT_OPENER | word::COORDINATOR));
        if !fronted || self.in_pair[comme] != NONE {
            return None;
        }
        let limit = s.end.min(g.end + WINDOW);
        let comma = (g.end..limit).find(|&k| ctx.lower(k) == "," || ctx.is_clause_end(k))?;
        if ctx.lower(comma) != "," {
            return None;
        }
        let subject = match subject_before {
            Some(np) => Some(np),
            None => ctx.inverted_subject(g, comma),
        };
        let head = subject
            .as_ref()
            .and_then(|m| m.head.or_else(|| ctx.phrase_head(m.tokens.clone())));
        // Someone who can speak, a name, or a report ("comme le rappelle une
        // étude").
        let speaks = head.is_some_and(|h| {
            ctx.can_speak(h)
                || ctx.is_capitalised(h)
                || ctx.is(h, word::DOCUMENT_NOUN | word::SOURCE_NOUN)
        });
        speaks.then_some((comma, subject))
    }

    /// Makes the quote of a fronted "comme" clause at `comma`: the main
    /// clause after it. Returns where the content ends.
    pub(super) fn comme_clause(
        &mut self,
        g: &VerbGroup,
        comma: usize,
        subject: Option<MentionTokens>,
    ) -> Option<usize> {
        let end = self.clause_end(comma + 1);
        if end < comma + 3 {
            return None;
        }
        self.push_clause(comma + 1..end, self.cue_of(g), subject, QuoteRule::Incise);
        Some(end)
    }
}
