//! A reporting verb inside a subordinate clause set before the main clause:
//! in "Quand le préfet a annoncé que C, les habitants ont protesté", C stops
//! at the comma that closes the subordinate clause, not at the sentence end;
//! so too in a relative between commas ("Le maire, qui a affirmé que C, a
//! été contredit").

use super::*;
use crate::pos::Tag;

/// Words that open a subordinate clause on their own ("s'" as in "s'il").
const OPENERS: &[&str] = &[
    "si", "s'", "quand", "lorsque", "lorsqu'", "comme", "puisque", "puisqu'",
];

impl Extractor<'_, '_> {
    /// Where the content `[content, end)` of group `g` stops when `g` stands
    /// in a subordinate clause before the main clause: at the first comma
    /// after which a clause with a finite verb follows ("Si le ministre a
    /// reconnu que C, il refuse …"). Otherwise `end`.
    /// So too in a relative set off by commas after the subject of the
    /// main clause: in "Le maire, qui a affirmé que C, a été contredit", C
    /// stops at the comma before the main verb.
    pub(super) fn before_main_clause(&self, g: &VerbGroup, content: usize, end: usize) -> usize {
        if self.fronted_opener(g).is_none() && !self.appositive_relative(g) {
            return end;
        }
        self.main_clause_comma(content, end).unwrap_or(end)
    }

    /// Whether group `g` opens a relative set off by a comma: ", qui a
    /// affirmé", ", lequel estime".
    fn appositive_relative(&self, g: &VerbGroup) -> bool {
        let ctx = self.ctx;
        let s = ctx.sentence_tokens(g.start);
        g.start >= s.start + 2
            && ctx.is(g.start - 1, word::SUBJECT_RELATIVE)
            && ctx.tag(g.start - 1) == Tag::ProRel
            && ctx.lower(g.start - 2) == ","
            && self.in_pair[g.start - 2] == NONE
    }

    /// The word opening the subordinate clause of group `g` ("quand", "dès"
    /// of "dès que", "même" of "même si") when that clause stands in front:
    /// at the start of the sentence or clause, or after a verbless opening
    /// phrase and its comma ("De plus, quand …"). Only a short subject may
    /// stand between the opener and the group.
    fn fronted_opener(&self, g: &VerbGroup) -> Option<usize> {
        let ctx = self.ctx;
        let s = ctx.sentence_tokens(g.start);
        let floor = s.start.max(g.start.saturating_sub(8));
        let mut k = g.start;
        let opener = loop {
            if k <= floor {
                return None;
            }
            k -= 1;
            let w = ctx.lower(k);
            if w == "que" || w == "qu'" {
                let before = k.checked_sub(1).filter(|&b| b >= s.start)?;
                if ctx.is(before, word::QUE_LOCUTION) {
                    break before;
                }
                return None;
            }
            if OPENERS.contains(&w) {
                if w == "s'" && !(k + 1 < g.start && matches!(ctx.lower(k + 1), "il" | "ils")) {
                    return None;
                }
                let after_meme = w == "si" && k > s.start && ctx.lower(k - 1) == "même";
                break if after_meme { k - 1 } else { k };
            }
            if ctx.is_punct(k) || ctx.tag(k).is_verb() || self.in_pair[k] != NONE {
                return None;
            }
        };
        let start = self.clause_start(opener);
        if opener == start {
            return Some(opener);
        }
        let verbless_before = (start..opener - 1)
            .all(|j| !ctx.tag(j).is_verb() && ctx.tag(j) != Tag::Cs && self.in_pair[j] == NONE);
        (ctx.lower(opener - 1) == "," && verbless_before).then_some(opener)
    }

    /// The first comma in `[content, end)` outside quotation marks that a
    /// clause with a finite verb follows, up to the next comma or `end`; a
    /// relative or a "que" after the comma still belongs to the content.
    /// Each token is read at most twice.
    fn main_clause_comma(&self, content: usize, end: usize) -> Option<usize> {
        let ctx = self.ctx;
        let is_comma = |k: usize| self.in_pair[k] == NONE && ctx.lower(k) == ",";
        let mut k = content + 1;
        while k < end {
            if !is_comma(k) {
                k += 1;
                continue;
            }
            let next = (k + 1..end).find(|&j| is_comma(j)).unwrap_or(end);
            let opens_clause = k + 1 < next
                && ctx.tag(k + 1) != Tag::ProRel
                && !matches!(ctx.lower(k + 1), "que" | "qu'")
                && (k + 1..next).any(|j| ctx.tag(j) == Tag::V && self.in_pair[j] == NONE);
            if opens_clause {
                return Some(k);
            }
            k = next;
        }
        None
    }
}
