//! The stage's output: each entity as a [`Speaker`], each raw quote with
//! its cue and the mention of its speaker.

use super::*;

impl Resolver<'_, '_> {
    /// The stage's output, from the resolved `buffers.pending` (its other
    /// lists are the function's).
    pub(super) fn finish(&self, found: Found, buffers: &mut index::Buffers) -> QuoteAnalysis {
        let ctx = self.ctx;
        let index::Buffers {
            pending,
            quote_of,
            mention_start,
            mention_spans,
            speaker_of_entity,
            ..
        } = buffers;
        // Which entity each quote's speaker mention resolved to, and the
        // mention.
        quote_of.clear();
        quote_of.resize(found.quotes.len(), (None, None));
        for (i, p) in pending.iter().enumerate() {
            if let Some(q) = p.quote {
                quote_of[q].0 = self.resolved[i];
                // A name in apposition after a comma ("le porte-parole du
                // Kremlin, Dmitri Peskov") or after the head's "de"
                // complement ("le juge d'instruction Thibault Sarlat", "le
                // ministre de l'Intérieur Manuel Valls") keeps the whole
                // phrase, head included: the name hangs on the head, not the
                // head on the name. Right after the title ("le procureur
                // Laurent Zuchowicz") the name is the mention.
                let span = match (&p.name, p.kind) {
                    (Some(n), MentionKind::Name) if !name_after_head(ctx, p.tokens.start, n) => {
                        ctx.span(n.start, n.end)
                    }
                    _ => p.span,
                };
                quote_of[q].1 = Some(span);
            }
        }
        self.mentions_by_entity(pending, mention_start, mention_spans);
        let (mention_start, mention_spans) = (&*mention_start, &*mention_spans);
        let mentions_of = |e: usize| &mention_spans[mention_start[e]..mention_start[e + 1]];
        // Speakers: entities with quotes, in order of first quote.
        // The speaker index of each entity that has one.
        speaker_of_entity.clear();
        speaker_of_entity.resize(self.entities.len(), None);
        let mut speakers: Vec<Speaker> = Vec::new();
        let mut quotes = Vec::with_capacity(found.quotes.len());
        for (qi, raw) in found.quotes.into_iter().enumerate() {
            crate::limits::every(qi);
            let RawQuote {
                kind,
                content,
                cue,
                via,
                rule,
                ..
            } = raw;
            let speaker = match (quote_of[qi].1, quote_of[qi].0) {
                (Some(span), Some(e)) => {
                    let idx = *speaker_of_entity[e].get_or_insert_with(|| {
                        speakers.push(self.speaker_of(e, mentions_of(e)));
                        speakers.len() - 1
                    });
                    speakers[idx].quotes.push(qi);
                    Some(Mention {
                        span,
                        speaker: Some(idx),
                    })
                }
                (Some(span), None) => Some(Mention {
                    span,
                    speaker: None,
                }),
                _ => None,
            };
            quotes.push(Quote {
                kind,
                span: content,
                sentences: ctx.sentences_of_span(content),
                cue: cue.map(|(span, lemma)| Cue { span, lemma }),
                speaker,
                via: via.map(|r| ctx.span(r.start, r.end)),
                rule,
            });
        }
        // People: every person entity, quoted or not, in order of first
        // mention, with the quotes of its speaker.
        let people = (0..self.entities.len())
            .filter_map(|e| {
                // A person: no organisation, and named.
                if self.entities[e].organisation || self.entities[e].names.is_empty() {
                    return None;
                }
                // A person quoted is their speaker, quotes and all.
                Some(match speaker_of_entity[e] {
                    Some(s) => speakers[s].clone(),
                    None => self.speaker_of(e, mentions_of(e)),
                })
            })
            .collect();
        QuoteAnalysis {
            quotes,
            speakers,
            people,
            quoted_terms: found.terms,
        }
    }

    /// Every entity's mentions, grouped by entity in one counting pass: the
    /// spans of entity `e` are `spans[start[e]..start[e + 1]]`, in text
    /// order. A pending mention that resolved is one mention of its entity
    /// (each resolution adds the mention to the entity it returns), so the
    /// entities keep no list of their own.
    /// (Into `start` and `spans`, emptied first.)
    fn mentions_by_entity(
        &self,
        pending: &[Pending],
        start: &mut Vec<usize>,
        spans: &mut Vec<Span>,
    ) {
        start.clear();
        start.resize(self.entities.len() + 1, 0);
        for &e in self.resolved.iter().flatten() {
            start[e + 1] += 1;
        }
        for e in 0..self.entities.len() {
            start[e + 1] += start[e];
        }
        spans.clear();
        spans.resize(start[self.entities.len()], Span::default());
        // Each entity's next free place: its start, moved one place up as
        // a span is written, so that `start` ends as each entity's end, the
        // next one's start: `start[e]` is then put back from `start[e - 1]`.
        for (p, r) in pending.iter().zip(&self.resolved) {
            if let &Some(e) = r {
                spans[start[e]] = p.span;
                start[e] += 1;
            }
        }
        for e in (1..=self.entities.len()).rev() {
            start[e] = start[e - 1];
        }
        start[0] = 0;
    }

    /// The speaker entity `id` becomes, with its `mentions`.
    fn speaker_of(&self, id: usize, mentions: &[Span]) -> Speaker {
        let e = &self.entities[id];
        let mut mentions = mentions.to_vec();
        let name = e
            .names
            .iter()
            .max_by_key(|n| (n.split_whitespace().count(), n.len()))
            .or(e.description.as_ref())
            .map_or_else(String::new, |n| n.to_string());
        // A person the text names; anyone it does not name ("la
        // porte-parole de la fédération", "des témoins") is anonymous.
        let kind = if e.organisation {
            SpeakerKind::Organisation
        } else if e.names.is_empty() {
            SpeakerKind::Anonymous
        } else {
            SpeakerKind::Person
        };
        // Grouped in the pending list's order, the spans come sorted but
        // for two at one start: sorting (and its scratch room past twenty
        // spans) is left to those.
        if !mentions.is_sorted() {
            mentions.sort();
        }
        mentions.dedup();
        Speaker {
            name,
            kind,
            gender: if kind == SpeakerKind::Organisation {
                Gender::Unknown
            } else {
                e.gender()
            },
            gender_cues: if kind == SpeakerKind::Organisation {
                0
            } else {
                e.masculine + e.feminine
            },
            mentions,
            quotes: Vec::new(),
        }
    }
}

/// Whether the name `n` of a phrase opening at `start` stands after the
/// phrase's head and something of its own: a comma, or a "de" complement
/// (see [`Resolver::finish`]).
fn name_after_head(ctx: &Ctx<'_>, start: usize, n: &std::ops::Range<usize>) -> bool {
    n.start > start
        && (ctx.lower(n.start - 1) == ","
            || (start..n.start).any(|k| ctx.is(k, word::DE | word::DE_ARTICLE)))
}
