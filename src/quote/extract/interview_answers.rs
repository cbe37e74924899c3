//! Interviews laid out as questions and answers: after a lead that says an
//! interview follows ("Nous l'avons joint", "a répondu à nos questions",
//! "Entretien avec X", "revient pour nous sur …"), a paragraph opened by a
//! question is the journalist's (not a quote, GUIDELINES.md), and the
//! answer after it, in marks, in a dialogue turn or bare, is the words of
//! the person the lead names. Evidence: published held-out sets 16
//! (h16-a08, 1 answer) and 17 (h17-a06, 3 bare answers); ten interviews
//! in dash turns in the constructed sets (tests/quote_news_constructions_8
//! and _11, tests/speaker_attribution_articles and _2,
//! tests/speaker_attribution_fresh_3), and the cases of
//! tests/speaker_attribution_articles_4.rs.

use super::*;

/// How many paragraphs may come before the first question: a headline,
/// a standfirst and a lead.
const LEAD: usize = 4;

impl Extractor<'_, '_> {
    /// Drops the journalist's questions and gives each answer to the
    /// interviewee (rule `dialogue-turn`).
    pub(super) fn speaker_from_interview(&mut self) {
        let ctx = self.ctx;
        let paragraphs = ctx.paragraphs;
        if paragraphs.len() < 3 {
            return;
        }
        // The first paragraph whose first sentence is a question.
        let Some(first) = (1..paragraphs.len().min(LEAD + 1)).find(|&p| self.asks(p)) else {
            return;
        };
        let lead = paragraphs[0].tokens.start..paragraphs[first].tokens.start;
        if !self.announces_interview(lead.clone()) {
            return;
        }
        let Some(interviewee) = self.interviewee(lead) else {
            return;
        };
        let mut changed = false;
        let mut p = first;
        while p < paragraphs.len() {
            if !self.asks(p) {
                p += 1;
                continue;
            }
            let question = ctx.sentence_tokens(paragraphs[p].tokens.start);
            // The answer: the rest of the question's paragraph, or else the
            // next paragraph when it asks nothing.
            let answer = if question.end < paragraphs[p].tokens.end {
                question.end..paragraphs[p].tokens.end
            } else if p + 1 < paragraphs.len() && !self.asks(p + 1) {
                paragraphs[p + 1].tokens.clone()
            } else {
                p += 1;
                continue;
            };
            changed |= self.drop_question(question);
            changed |= self.give_answer(answer, &interviewee);
            p += 1;
        }
        if changed {
            self.found.quotes.sort_by_key(|q| q.content.start);
        }
    }

    /// Paragraph `p` opens with a question (after a dialogue dash, if any)
    /// that no quotation mark holds.
    fn asks(&self, p: usize) -> bool {
        let ctx = self.ctx;
        let para = &ctx.paragraphs[p];
        if para.tokens.is_empty() {
            return false;
        }
        let s = ctx.sentence_tokens(para.tokens.start);
        let last = s.end - 1;
        ctx.lower(last) == "?"
            && s.clone().all(|t| {
                !matches!(ctx.surface(t), "«" | "»" | "“" | "”" | "\"")
                    && (self.in_pair[t] == NONE
                        || self.pairs[self.in_pair[t] as usize].kind == MarkKind::Dialogue)
            })
    }

    /// The lead says the text is an interview.
    fn announces_interview(&self, lead: Range<usize>) -> bool {
        let ctx = self.ctx;
        lead.clone().any(|t| {
            let w = ctx.lower(t);
            let grammar = &ctx.lex.grammar;
            grammar.interview_nouns.contains(w)
                || (w == "questions" && t > 0 && ctx.lower(t - 1) == "nos")
                || (w == "nous"
                    && t + 1 < lead.end
                    && ctx.lower(t + 1) == "sur"
                    && t > 0
                    && ctx.lower(t - 1) == "pour")
                || ((ctx.is(t, word::INTERVIEW_PARTICIPLE)
                    || grammar.meeting_participles.contains(w))
                    && (t.saturating_sub(4)..t).any(|k| ctx.lower(k) == "nous"))
        })
    }

    /// The person the lead names: the speaker of its headline's quote, or
    /// its first name of two words or more.
    fn interviewee(&self, lead: Range<usize>) -> Option<MentionTokens> {
        let ctx = self.ctx;
        if let Some(q) = self
            .found
            .quotes
            .iter()
            .take_while(|q| q.first_token < lead.end)
            .find(|q| q.rule == QuoteRule::HeadlineColon && q.speaker.is_some())
        {
            return q.speaker.clone();
        }
        let mut t = lead.start;
        while t < lead.end {
            let mut e = t;
            while e < lead.end && self.in_pair[e] == NONE && ctx.name_word(e) {
                e += 1;
            }
            if e >= t + 2 {
                return Some(MentionTokens {
                    tokens: t..e,
                    pronoun_offset: None,
                    head: None,
                });
            }
            t = e + 1;
        }
        None
    }

    /// Removes the unattributed quote the journalist's question makes.
    fn drop_question(&mut self, question: Range<usize>) -> bool {
        let before = self.found.quotes.len();
        self.found.quotes.retain(|q| {
            !(q.speaker.is_none() && q.cue.is_none() && question.contains(&q.first_token))
        });
        self.found.quotes.len() != before
    }

    /// Gives the unattributed quotes of the answer to the interviewee; a
    /// bare answer (no marks, no quote in it) becomes a quote of its own.
    fn give_answer(&mut self, answer: Range<usize>, interviewee: &MentionTokens) -> bool {
        let ctx = self.ctx;
        let mut changed = false;
        let mut any = false;
        for q in self.found.quotes.iter_mut() {
            if !answer.contains(&q.first_token) {
                continue;
            }
            any = true;
            if q.speaker.is_none() && q.cue.is_none() && q.kind == QuoteKind::Direct {
                q.speaker = Some(interviewee.clone());
                q.rule = QuoteRule::DialogueTurn;
                changed = true;
            }
        }
        let marked = answer.clone().any(|t| {
            self.in_pair[t] != NONE || matches!(ctx.surface(t), "«" | "»" | "“" | "”" | "\"")
        });
        if any || marked {
            return changed;
        }
        let words = self.trim_piece(answer);
        let mut start = words.start;
        while start < words.end && ctx.is_punct(start) {
            start += 1;
        }
        if start >= words.end {
            return changed;
        }
        self.found.quotes.push(RawQuote {
            kind: QuoteKind::Direct,
            content: self.span_of(start..words.end),
            cue: None,
            speaker: Some(interviewee.clone()),
            via: None,
            first_token: start,
            dialogue: false,
            open_ended: false,
            rule: QuoteRule::DialogueTurn,
        });
        true
    }
}

#[cfg(test)]
mod tests {
    /// (content, speaker name) of each quote of `text`.
    fn quotes(text: &str) -> Vec<(String, Option<String>)> {
        let doc = crate::analyze(text).unwrap();
        doc.quotes()
            .iter()
            .map(|q| {
                (
                    q.span.slice(text).to_string(),
                    doc.speaker_of(q).map(|s| s.name.clone()),
                )
            })
            .collect()
    }

    #[test]
    fn answers_go_to_the_interviewee_and_questions_are_dropped() {
        let text = "Le potier Lucien Marvéjols expose à Vallauris. Nous l'avons joint.\n\n\
                    Pourquoi l'argile ?\n\nParce qu'elle ne ment pas.";
        let got = quotes(text);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "Parce qu'elle ne ment pas.");
        assert_eq!(got[0].1.as_deref(), Some("Lucien Marvéjols"));
    }

    #[test]
    fn without_a_lead_announcing_an_interview_nothing_changes() {
        let text = "Le potier Lucien Marvéjols expose à Vallauris.\n\n\
                    Pourquoi l'argile ?\n\nParce qu'elle ne ment pas.";
        assert!(quotes(text).is_empty());
    }
}
