//! "X a été catégorique : …": a copula, an adjective of firm or confident
//! statement (`speech_adjectives`) and a colon introduce what the subject
//! said, with no reporting verb.

use super::*;
use crate::pos::Tag;

impl Extractor<'_, '_> {
    /// Each colon after "<subject> <copula> [adverbs] <adjective>" with no
    /// quotation mark right after it: the clause after the colon is what
    /// the subject said (rule `verb-colon`; marks right after the colon
    /// are left to the colon's own attribution). The subject must be able
    /// to speak ("Le ciel est clair : …" says nothing), and not be the
    /// writer; a negation, or a reporting group in the clause, leaves the
    /// colon to the other rules.
    pub(super) fn adjective_colon(&mut self) {
        let ctx = self.ctx;
        // The colons right after a listed adjective, found by the
        // context's pass over the tokens (one bit of each form): only a
        // sentence holding one pays.
        for &colon in &ctx.adjective_colons {
            let colon = colon as usize;
            if colon < 2 || self.in_pair[colon] != NONE {
                continue;
            }
            let adjective = colon - 1;
            let s = ctx.sentence_tokens(colon);
            if colon + 3 >= s.end || adjective <= s.start {
                continue;
            }
            let opens = self.pair_opening_at(colon + 1).is_some()
                || matches!(ctx.surface(colon + 1), "«" | "‹" | "“" | "\"")
                || is_dash(ctx.surface(colon + 1));
            if opens {
                continue;
            }
            // Adverbs between the copula and the adjective: "a été très
            // clair", "est pourtant catégorique".
            let mut copula = adjective - 1;
            while copula > s.start && adjective - copula <= 3 && self.adverb(copula) {
                copula -= 1;
            }
            if !ctx.g.speech_copulas.contains(ctx.lower(copula)) || self.in_pair[copula] != NONE {
                continue;
            }
            let mut start = copula;
            while start > s.start
                && (ctx.g.speech_copula_leads.contains(ctx.lower(start - 1))
                    || self.adverb(start - 1)
                    || ctx.is(start - 1, word::NE))
            {
                start -= 1;
            }
            let negated = (start..colon).any(|k| ctx.is(k, word::NE));
            // A reporting verb in the clause has its own colon rules.
            let clause_start = (s.start..start)
                .rev()
                .find(|&k| matches!(ctx.lower(k), ":" | ";"))
                .map_or(s.start, |k| k + 1);
            let first_group = self.groups.partition_point(|g| g.verb < clause_start);
            let reported = self.groups.get(first_group).is_some_and(|g| g.verb < colon);
            if negated || reported {
                continue;
            }
            let subject = self
                .clause_subject(clause_start, colon)
                .or_else(|| ctx.subject_of_verb(start, clause_start));
            let Some(speaker) = subject else {
                continue;
            };
            // A phrase's head, or its last word (a name: "Dominique Varlet").
            let head = speaker.head.unwrap_or(speaker.tokens.end - 1);
            let speaks = !speaker.tokens.is_empty() && ctx.can_speak(head);
            // "Il est clair : …" is impersonal, as "il est clair que" is.
            let impersonal = speaker.tokens.len() == 1
                && ctx.lower(speaker.tokens.start) == "il"
                && ctx.lower(copula) == "est"
                && ctx.lower(adjective) == "clair";
            let speaker = Some(speaker);
            if !speaks || impersonal || self.writer_speaks(&speaker) {
                continue;
            }
            let end = self.clause_end(colon + 1);
            let cue = (
                self.span_of(start..adjective + 1),
                ctx.lower(adjective).into(),
            );
            self.push_clause(colon + 1..end, cue, speaker, QuoteRule::VerbColon);
        }
    }

    /// An adverb, tagged or listed, or the "pas" of a negation: "a
    /// pourtant été très claire", "n'a pas été".
    fn adverb(&self, k: usize) -> bool {
        self.ctx.tag(k) == Tag::Adv || self.ctx.is(k, word::ADVERB | word::NEGATION)
    }
}
