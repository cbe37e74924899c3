//! Where a que-clause stops before words that are not part of it: a verb
//! coordinated to the reporting verb ("a estimé que C et a ordonné …": the
//! second verb takes the reporting verb's auxiliary, so it shares that
//! verb's subject, not C's), and a contrastive clause that holds a report
//! of its own ("X affirme que C, tandis que Y estime que D": two reports,
//! two speakers), or a clause coordinated to C with a subject and a
//! reporting verb of its own ("X affirme que C, mais Y assure que D").

use super::*;
use crate::pos::Tag;

impl Extractor<'_, '_> {
    /// Where the content `[content, end)` of a finite compound group `g`
    /// ("a estimé") stops before "et / mais / puis" and a verb in the same
    /// compound tense ("et a ordonné", ", puis n'a plus rien dit"), when C
    /// itself has no verb with that auxiliary: the coordinated verb shares
    /// the reporting verb's subject. "a dit que Paul a menti et a
    /// démissionné" keeps its coordination inside C. Otherwise `end`.
    pub(super) fn before_coordinated_verb(
        &self,
        g: &VerbGroup,
        content: usize,
        end: usize,
    ) -> usize {
        let ctx = self.ctx;
        if g.form != VerbForm::Finite || g.passive {
            return end;
        }
        let Some(aux) = (g.start..g.verb).find(|&k| ctx.is(k, word::AUXILIARY)) else {
            return end;
        };
        let aux = ctx.lower(aux);
        // Past adverbs, negation and object clitics: "et n'a pas", "et l'a".
        let skip = |mut k: usize| {
            while k < end
                && (ctx.tag(k) == Tag::Adv
                    || ctx.is(k, word::NE | word::NEGATION | word::OBJECT_CLITIC))
            {
                k += 1;
            }
            k
        };
        for k in content..end {
            if self.in_pair[k] != NONE {
                continue;
            }
            if ctx.lower(k) == aux && ctx.tag(k) == Tag::V {
                return end; // C's own verb in that tense: the coordination may be C's
            }
            if k == content || !ctx.is(k, word::VERB_COORDINATOR) {
                continue;
            }
            let a = skip(k + 1);
            if a < end
                && ctx.lower(a) == aux
                && skip(a + 1) < end
                && ctx.tag(skip(a + 1)) == Tag::Vpp
            {
                let comma = ctx.lower(k - 1) == "," && k - 1 > content;
                return if comma { k - 1 } else { k };
            }
        }
        end
    }

    /// Where the content `[content, end)` stops before ", tandis que", ",
    /// alors que", ", bien que" … when a later reporting group stands in
    /// that clause: "Le gouvernement assure que C, alors que l'opposition
    /// affirme que D". Otherwise `end`. Two searches in sorted tables, so a
    /// sentence of many reports stays linear.
    pub(super) fn before_contrast_report(&self, content: usize, end: usize) -> usize {
        let ahead = self.ahead();
        // The first report after the content; none before `end`, no cut.
        let starts = &ahead.report_starts;
        let report_from = |from: usize| {
            starts
                .get(starts.partition_point(|&s| (s as usize) < from))
                .map_or(usize::MAX, |&s| s as usize)
        };
        if report_from(content + 1) >= end {
            return end;
        }
        let ctx = self.ctx;
        let commas = ahead.contrast_commas.get_or_init(|| {
            (0..ctx.len().saturating_sub(2))
                .filter(|&k| {
                    self.in_pair[k] == NONE
                        && ctx.lower(k) == ","
                        && ctx.is(k + 1, word::QUE_LOCUTION)
                        && matches!(ctx.lower(k + 2), "que" | "qu'")
                })
                .map(|k| k as u32)
                .collect()
        });
        let Some(&comma) = commas.get(commas.partition_point(|&k| (k as usize) <= content)) else {
            return end;
        };
        // A report after the locution ("…, alors que Y affirme") and before `end`.
        let comma = comma as usize;
        if report_from(comma + 3) < end {
            comma
        } else {
            end
        }
    }

    /// Where the content `[content, end)` stops before "et", "mais", "puis"
    /// or "ou" (and the comma before it) that open a clause coordinated to
    /// the reporting clause: a subject of its own and a reporting verb with
    /// its que-clause right after the coordinator. "L'accusé affirme que C,
    /// mais un témoin assure que D", "nous pensons que C et nous croyons que
    /// D" (UD ParTUT): two reports, and C ends at the coordinator. "Il dit
    /// que C et que D" (no subject), "et a ordonné" (no subject:
    /// [`Self::before_coordinated_verb`]) keep C whole. Otherwise `end`.
    /// One search in the sorted report starts, then the first report's own
    /// subject: linear.
    pub(super) fn before_coordinated_report(&self, content: usize, end: usize) -> usize {
        let starts = &self.ahead().report_starts;
        let Some(&r) = starts.get(starts.partition_point(|&s| (s as usize) <= content)) else {
            return end;
        };
        let r = r as usize;
        if r >= end {
            return end;
        }
        let Ok(gi) = self.groups.binary_search_by_key(&r, |h| h.start) else {
            return end;
        };
        let h = &self.groups[gi];
        let s = self.ctx.sentence_tokens(h.verb);
        if h.clitic.is_some() || self.que_after(h, s.end).is_none() {
            return end;
        }
        let Some(subject) = self.subject_of(h) else {
            return end;
        };
        let at = subject.tokens.start;
        if at <= content + 1 || at > r || self.in_pair[at - 1] != NONE {
            return end;
        }
        let coordinator = at - 1;
        if !self.ctx.is(coordinator, word::VERB_COORDINATOR) {
            return end;
        }
        if self.ctx.lower(coordinator - 1) == "," && coordinator - 1 > content {
            coordinator - 1
        } else {
            coordinator
        }
    }
}
