//! The stage's output: each entity as a [`Speaker`], each raw quote with
//! its cue and the mention of its speaker.

use super::*;

impl Resolver<'_, '_> {
    pub(super) fn finish(mut self, found: Found, pending: &[Pending]) -> QuoteAnalysis {
        let ctx = self.ctx;
        // Which entity each quote's speaker mention resolved to.
        let mut quote_entity: Vec<Option<usize>> = vec![None; found.quotes.len()];
        let mut quote_mention: Vec<Option<Span>> = vec![None; found.quotes.len()];
        for (i, p) in pending.iter().enumerate() {
            if let Some(q) = p.quote {
                quote_entity[q] = self.resolved[i];
                // A name in apposition after a comma ("le porte-parole du
                // Kremlin, Dmitri Peskov") keeps the whole phrase, head
                // included; otherwise the name is the mention.
                let span = match (&p.name, p.kind) {
                    (Some(n), MentionKind::Name)
                        if !(n.start > p.tokens.start && ctx.lower(n.start - 1) == ",") =>
                    {
                        ctx.span(n.start, n.end)
                    }
                    _ => p.span,
                };
                quote_mention[q] = Some(span);
            }
        }
        // Speakers: entities with quotes, in order of first quote.
        let mut speaker_of_entity: FxHashMap<usize, usize> = FxHashMap::default();
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
            let speaker = match (quote_mention[qi], quote_entity[qi]) {
                (Some(span), Some(e)) => {
                    let idx = *speaker_of_entity.entry(e).or_insert_with(|| {
                        speakers.push(self.speaker_of(e));
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
                Some(match speaker_of_entity.get(&e) {
                    Some(&s) => speakers[s].clone(),
                    None => self.speaker_of(e),
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

    /// The speaker entity `id` becomes, taking its mentions: called once
    /// per entity at most (a person quoted is copied from its speaker).
    fn speaker_of(&mut self, id: usize) -> Speaker {
        let e = &mut self.entities[id];
        let mut mentions = std::mem::take(&mut e.mentions);
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
        mentions.sort();
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
