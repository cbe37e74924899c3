//! Speech inside a quote: quotes one level down that carry a reporting verb
//! and a speaker of their own become quotes, and the outer quote is cut
//! around them.

use super::*;

/// Quotes one level inside an outer quote that the outer speaker reports
/// with a reporting verb of their own and a named speaker: the words of
/// someone else, so a quote of their own. Read by the same rules as outer
/// quotes, with the outer marks out of sight; the cue must stand inside the
/// outer quote. A bare fragment (« la soi-disant « révolution » ») stays
/// part of the speech around it.
pub(super) fn nested_speech<'c>(
    ctx: &Ctx<'_>,
    pairs: &'c [Pair],
    top: &[&'c Pair],
    groups: &[VerbGroup],
) -> Vec<(&'c Pair, Attribution)> {
    let inner: Vec<&Pair> = pairs.iter().filter(|p| p.depth == 1).collect();
    if inner.is_empty() {
        return Vec::new();
    }
    let x = Extractor::new(ctx, inner.clone(), groups);
    let mut out = Vec::new();
    for (k, &p) in inner.iter().enumerate() {
        crate::limits::every(k);
        let parent = top.partition_point(|q| q.open < p.open);
        let Some(parent) = parent.checked_sub(1).map(|i| top[i]) else {
            continue;
        };
        if !parent.content.contains(&p.open) {
            continue;
        }
        let outer = ctx.span(parent.content.start, parent.content.end);
        let Some(a) = x.attribution_of(k) else {
            continue;
        };
        let own_cue = a.cue.as_ref().is_some_and(|(span, lemma)| {
            &**lemma != ":" && span.start >= outer.start && span.end <= outer.end
        });
        let own_speaker = a.speaker.as_ref().is_some_and(|m| {
            let m = ctx.span(m.tokens.start, m.tokens.end);
            m.start >= outer.start && m.end <= outer.end
        });
        if own_cue && own_speaker {
            out.push((p, a));
        }
    }
    out
}

impl Extractor<'_, '_> {
    /// The content of pair `p` less the nested speech of someone else
    /// inside it: the pieces left around it, each with a word.
    pub(super) fn cut_around_nested(&self, p: &Pair) -> Vec<Range<usize>> {
        let content = p.content.clone();
        let from = self.nested.partition_point(|(q, _)| q.open < content.start);
        let nested: Vec<_> = self.nested[from..]
            .iter()
            .take_while(|(q, _)| q.open < content.end)
            .collect();
        if nested.is_empty() {
            let piece = self.trim_piece(content);
            return if piece.is_empty() {
                vec![]
            } else {
                vec![piece]
            };
        }
        let cue_of = |i: usize| nested.get(i).and_then(|(_, a)| a.cue.as_ref()).map(|c| c.0);
        let mut pieces = Vec::with_capacity(nested.len() + 1);
        let mut cursor = content.start;
        for (i, (q, _)) in nested.iter().enumerate() {
            // The cues that may frame this piece: of the nested quotes on
            // either side of it.
            let around = [i.checked_sub(1).and_then(cue_of), cue_of(i)];
            pieces.push((cursor..q.open, around));
            cursor = q.end().min(content.end);
        }
        pieces.push((cursor..content.end, [cue_of(nested.len() - 1), None]));
        pieces
            .into_iter()
            .filter_map(|(r, around)| {
                let mut r = self.trim_piece(r);
                while r.end > r.start && self.ctx.lower(r.end - 1) == ":" {
                    r.end -= 1;
                }
                if r.is_empty() {
                    return None;
                }
                let words = r.clone().filter(|&t| !self.ctx.is_punct(t)).count();
                // A short piece holding a nested quote's cue is its frame
                // ("Je lui demandai : « … »"), not speech of its own.
                let span = self.span_of(r.clone());
                let frame = words <= 6
                    && around
                        .iter()
                        .flatten()
                        .any(|c| c.start >= span.start && c.end <= span.end);
                (words > 0 && !frame).then_some(r)
            })
            .collect()
    }

    /// The nested speech found by [`nested_speech`], as quotes of
    /// their own (unless their outer quote went into a mixed clause).
    pub(super) fn push_nested(&mut self) {
        for (q, a) in std::mem::take(&mut self.nested) {
            let outer = self.in_pair[q.open];
            if outer != NONE && self.absorbed[outer as usize] {
                continue;
            }
            let piece = self.trim_piece(q.content.clone());
            if piece.is_empty() {
                continue;
            }
            self.push_quote(RawQuote {
                kind: QuoteKind::Direct,
                content: self.span_of(piece.clone()),
                cue: a.cue,
                speaker: a.speaker,
                via: None,
                first_token: piece.start,
                dialogue: false,
                open_ended: q.close.is_none(),
                rule: a.rule,
            });
        }
    }
}
