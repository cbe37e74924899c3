//! Steps 3 and 4: speakers for unattributed quotes (inheritance,
//! dialogue alternation, paragraph continuation) and relaying outlets.

use super::*;

/// One past the last token that starts before byte `end`, searched from
/// token `from` on (every token before `from` starts before `end`). The
/// search gallops from `from`, so it costs the log of the quote's length:
/// a search over the whole document, once per quote, would miss the CPU
/// caches at every step on a long one.
fn tokens_before(ctx: &Ctx<'_>, from: usize, end: usize) -> usize {
    let tokens = &ctx.tokens[from.min(ctx.len())..];
    let mut bound = 1;
    while bound < tokens.len() && (tokens[bound].start as usize) < end {
        bound *= 2;
    }
    let low = bound / 2;
    let high = bound.min(tokens.len());
    from + low + tokens[low..high].partition_point(|t| (t.start as usize) < end)
}

impl Extractor<'_, '_> {
    /// Unattributed quotes take the speaker of the quote before them when it
    /// is in the same or the previous paragraph. Unattributed dialogue lines
    /// alternate: a line answers the one before it, so it goes to the speaker
    /// of the line before that.
    pub(super) fn inherit_floating(&mut self) {
        let paragraph = |ctx: &Ctx<'_>, t: usize| ctx.sentence(t).paragraph;
        let mut last: Option<usize> = None;
        for i in 0..self.found.quotes.len() {
            crate::limits::every(i);
            if self.found.quotes[i].dialogue {
                self.alternate(i);
                continue;
            }
            let q = &self.found.quotes[i];
            let topic = q.speaker.is_none()
                && q.rule == QuoteRule::Colon
                && self.topic_before(q.first_token);
            if !topic && (q.speaker.is_some() || q.cue.is_some()) {
                if q.speaker.is_some() {
                    last = Some(i);
                }
                continue;
            }
            // Only a quote standing as its own sentence floats: one inside a
            // sentence belongs to that sentence ("il limogea « … »").
            let open = q.first_token.saturating_sub(1);
            let sentence_start = self.ctx.sentence_tokens(q.first_token).start;
            let standalone = topic
                || open <= sentence_start
                || (open == sentence_start + 1 && self.ctx.is_punct(sentence_start));
            // A narrated sentence between them whose subject can speak
            // introduces a new speaker: "Pour la CGT, … « … ». ⏎ Conductrice
            // depuis vingt ans, X ne décolère pas. « … »" is X's.
            if standalone && last.is_some() {
                if let Some(subject) = self.narrated_subject(i) {
                    let q = &mut self.found.quotes[i];
                    q.speaker = Some(subject);
                    q.rule = QuoteRule::Narration;
                    last = Some(i);
                    continue;
                }
            }
            if let (Some(j), true) = (last, standalone) {
                let pj = paragraph(self.ctx, self.found.quotes[j].first_token);
                let pi = paragraph(self.ctx, q.first_token);
                if pi <= pj + 1 {
                    let (speaker, cue, open_ended) = {
                        let src = &self.found.quotes[j];
                        (src.speaker.clone(), src.cue.clone(), src.open_ended)
                    };
                    // A quotation reopened at the head of the next
                    // paragraph goes on; any other quote floats.
                    let continued = open_ended && pi == pj + 1;
                    let q = &mut self.found.quotes[i];
                    q.speaker = speaker;
                    q.cue = cue;
                    q.rule = if continued {
                        QuoteRule::Continued
                    } else {
                        QuoteRule::Floating
                    };
                    last = Some(i);
                }
            }
        }
        self.continue_backwards();
    }

    /// Whether the marks opening at token `first - 1` follow a topic and a
    /// colon that open their sentence, with no verb and no comma: "Sur les
    /// subventions : « … »", "Quant aux prix : « … »" (`topic_openers`).
    /// In an interview or a feature the topic names no one: the quote goes
    /// on with the speaker quoted before it.
    fn topic_before(&self, first: usize) -> bool {
        let ctx = self.ctx;
        let s = ctx.sentence_tokens(first).start;
        if first < s + 4 || first > s + 12 || ctx.lower(first - 2) != ":" {
            return false;
        }
        let colon = first - 2;
        ctx.lex.grammar.topic_openers.contains(ctx.lower(s))
            && (s + 1..colon).all(|t| !ctx.tag(t).is_verb() && !ctx.is_punct(t))
    }

    /// A second quoted fragment joined to an attributed one in the same
    /// reporting sentence by a conjunction, a relative "qui" or "de" says
    /// the same speaker's words: "X a décrit un propriétaire « cynique »,
    /// qui « connaissait … »", "X juge la réforme « brutale » et
    /// « injuste »". Only fragments a reporting verb governs lend their
    /// speaker (not "telles que « suicide » ou « … »", which cite terms).
    pub(super) fn speaker_from_sibling_fragment(&mut self) {
        let ctx = self.ctx;
        for i in 1..self.found.quotes.len() {
            crate::limits::every(i);
            let (prev, q) = (&self.found.quotes[i - 1], &self.found.quotes[i]);
            if q.speaker.is_some()
                || q.cue.is_some()
                || q.dialogue
                || q.kind != QuoteKind::Direct
                || prev.speaker.is_none()
                || !matches!(prev.rule, QuoteRule::VerbQuote | QuoteRule::Fragment)
                || ctx.sentence_of[prev.first_token] != ctx.sentence_of[q.first_token]
            {
                continue;
            }
            // The words between the two pairs: at most two, each a
            // conjunction, "qui" or a preposition ("et d'« injuste »").
            let gap = tokens_before(ctx, prev.first_token, prev.content.end)..q.first_token;
            let mut words = 0;
            let joined = gap.clone().all(|t| {
                if ctx.is_punct(t) {
                    return true;
                }
                words += 1;
                matches!(ctx.tag(t), crate::pos::Tag::Cc | crate::pos::Tag::P)
                    || ctx.lower(t) == "qui"
            });
            if joined && (1..=2).contains(&words) && gap.len() <= 6 {
                let (speaker, cue) = (prev.speaker.clone(), prev.cue.clone());
                let q = &mut self.found.quotes[i];
                q.speaker = speaker;
                q.cue = cue;
                q.rule = QuoteRule::Fragment;
            }
        }
    }

    /// A quote repeated word for word from an attributed one takes its
    /// speaker: a headline quotes the article ("Inondations : « On a tout
    /// perdu »" and later "« On a tout perdu, les meubles … », explique
    /// Marie Durand"). Attributed quotes are indexed by their first three
    /// words, a few per key, so the look-up stays linear.
    pub(super) fn speaker_from_repeated_words(&mut self) {
        const PER_KEY: usize = 4;
        let unattributed = |q: &RawQuote| q.speaker.is_none() && q.kind == QuoteKind::Direct;
        if !self.found.quotes.iter().any(unattributed) {
            return; // most news articles: no index to build
        }
        let ctx = self.ctx;
        let words = |q: &RawQuote| -> Vec<u32> {
            let end = tokens_before(ctx, q.first_token, q.content.end);
            (q.first_token..end.max(q.first_token))
                .filter(|&k| !ctx.is_punct(k))
                .map(|k| ctx.tokens[k].form)
                .collect()
        };
        let all: Vec<Vec<u32>> = self.found.quotes.iter().map(words).collect();
        let mut by_start: rustc_hash::FxHashMap<[u32; 3], Vec<usize>> = Default::default();
        for (i, q) in self.found.quotes.iter().enumerate() {
            if q.speaker.is_some() && all[i].len() >= 3 {
                let slot = by_start
                    .entry([all[i][0], all[i][1], all[i][2]])
                    .or_default();
                if slot.len() < PER_KEY {
                    slot.push(i);
                }
            }
        }
        for i in 0..self.found.quotes.len() {
            crate::limits::every(i);
            let q = &self.found.quotes[i];
            if !unattributed(q) || all[i].len() < 3 {
                continue;
            }
            let key = [all[i][0], all[i][1], all[i][2]];
            let source = by_start.get(&key).and_then(|candidates| {
                candidates
                    .iter()
                    .copied()
                    .find(|&j| all[j].len() >= all[i].len() && all[j][..all[i].len()] == all[i][..])
            });
            if let Some(j) = source {
                self.found.quotes[i].speaker = self.found.quotes[j].speaker.clone();
                self.found.quotes[i].rule = QuoteRule::Repeated;
            }
        }
    }

    /// An unattributed quote that opens its sentence right after a narrated
    /// sentence (no quotation in it, same or previous paragraph) goes to
    /// that sentence's subject when it is a third-person pronoun, a name or
    /// a person noun ("Louisa pleurait plus fort.⏎– Ne me grondez pas"):
    /// fiction and features introduce a speaker by a gesture as often as by
    /// a reporting verb.
    pub(super) fn speaker_from_narration(&mut self) {
        for i in 0..self.found.quotes.len() {
            crate::limits::every(i);
            let q = &self.found.quotes[i];
            if q.speaker.is_some() || q.cue.is_some() {
                continue;
            }
            if let Some(subject) = self.narrated_subject(i) {
                self.found.quotes[i].speaker = Some(subject);
                self.found.quotes[i].rule = QuoteRule::Narration;
            }
        }
    }

    /// The subject of the narrated sentence just before direct quote `i`
    /// (no quotation in it, same or previous paragraph), when the quote
    /// opens its sentence and that subject can speak.
    fn narrated_subject(&self, i: usize) -> Option<MentionTokens> {
        let ctx = self.ctx;
        let q = &self.found.quotes[i];
        if q.kind != QuoteKind::Direct {
            return None;
        }
        let index = ctx.sentence_of[q.first_token] as usize;
        let here = &ctx.sentences[index];
        // The quote opens its sentence: the mark, or a dash and a mark.
        if index == 0 || here.tokens.start + 2 < q.first_token {
            return None;
        }
        let prev = &ctx.sentences[index - 1];
        let narrated = prev.tokens.clone().all(|t| self.in_pair[t] == NONE)
            && self.found.quotes[..i]
                .last()
                .is_none_or(|p| p.first_token < prev.tokens.start);
        if prev.paragraph + 1 < here.paragraph || !narrated {
            return None;
        }
        let subject = self.verb_anchored_subject(prev.tokens.start, prev.tokens.end)?;
        self.is_person_subject(&subject, prev.tokens.start)
            .then_some(subject)
    }

    /// A bare quote opening its paragraph, with no cue, goes to the person
    /// the next sentence of that paragraph names as its subject: "« … »
    /// Bertrand Malbouys, qui tient la librairie …, ne voit pas …", "« … »
    /// Avec ce premier documentaire, présenté …, X a passé …". News opens a
    /// feature with the words and names their speaker just after. The
    /// subject is a name of two words or more, opening the sentence or
    /// after a comma closing a fronted phrase, before a verb or a comma.
    pub(super) fn speaker_from_next_sentence(&mut self) {
        let ctx = self.ctx;
        for i in 0..self.found.quotes.len() {
            crate::limits::every(i);
            let q = &self.found.quotes[i];
            if q.speaker.is_some() || q.cue.is_some() || q.dialogue || q.kind != QuoteKind::Direct {
                continue;
            }
            let open = q.first_token.saturating_sub(1);
            let here = ctx.sentence(q.first_token);
            if q.first_token == 0
                || open != ctx.paragraphs[here.paragraph].tokens.start
                || !ctx.is(open, word::QUOTATION_MARK)
            {
                continue;
            }
            // The quote closes its sentence; the next one, in the same
            // paragraph, quotes nobody.
            let after = tokens_before(ctx, q.first_token, q.content.end);
            let index = ctx.sentence_of[after.min(ctx.len() - 1)] as usize;
            let Some(next) = ctx.sentences.get(index + 1) else {
                continue;
            };
            let next_quoted = self.found.quotes[i + 1..]
                .first()
                .is_some_and(|n| n.first_token < next.tokens.end);
            if next.paragraph != here.paragraph || next.tokens.start > after + 3 || next_quoted {
                continue;
            }
            if let Some(subject) = self.named_subject(next.tokens.clone()) {
                let q = &mut self.found.quotes[i];
                q.speaker = Some(subject);
                q.rule = QuoteRule::Attribution;
            }
        }
    }

    /// A name of two words or more opening sentence `s`, or after one of its
    /// commas outside marks, followed by a verb group or a comma.
    fn named_subject(&self, s: Range<usize>) -> Option<MentionTokens> {
        let ctx = self.ctx;
        let starts = std::iter::once(s.start).chain(
            (s.start..s.end)
                .filter(|&k| ctx.lower(k) == "," && self.in_pair[k] == NONE)
                .map(|k| k + 1),
        );
        for p in starts {
            let mut e = p;
            while e < s.end && ctx.name_word(e) && self.in_pair[e] == NONE {
                e += 1;
            }
            if e < p + 2 || e >= s.end {
                continue;
            }
            // After a name, an auxiliary, a clitic or a plain lowercase word
            // is the verb, in any tense ("X signe", "X ne voit pas").
            let verb = ctx.is(e, word::AUXILIARY | word::OBJECT_CLITIC)
                || (ctx.kind(e) == crate::token::TokenKind::Word
                    && !ctx.is_capitalised(e)
                    && !ctx.is(
                        e,
                        word::DETERMINER
                            | word::PREPOSITION
                            | word::SUBORDINATOR
                            | word::FUNCTION_WORD,
                    ));
            if verb || ctx.lower(e) == "," {
                return Some(MentionTokens {
                    tokens: p..e,
                    pronoun_offset: None,
                    head: None,
                });
            }
            return None;
        }
        None
    }

    /// A subject that can speak: il, elle, ils, elles; a name (not merely a
    /// capitalised first word); or a phrase headed by a title or person noun.
    fn is_person_subject(&self, m: &MentionTokens, sentence_start: usize) -> bool {
        let ctx = self.ctx;
        let t = m.tokens.clone();
        if t.len() == 1 && ctx.is(t.start, word::THIRD_PERSON) {
            return true;
        }
        t.clone().any(|k| {
            (ctx.name_word(k) && (k != sentence_start || t.len() == 1))
                || ctx.is(k, word::TITLE)
                || ctx.is(k, word::PERSON_NOUN)
        })
    }

    /// A quote left open at a paragraph end goes on in the next paragraph
    /// (French style reopens it with «); when only the last part is
    /// attributed, the earlier parts share its speaker.
    pub(super) fn continue_backwards(&mut self) {
        let ctx = self.ctx;
        for i in (0..self.found.quotes.len().saturating_sub(1)).rev() {
            crate::limits::every(i);
            let (q, next) = (&self.found.quotes[i], &self.found.quotes[i + 1]);
            if !q.open_ended
                || q.speaker.is_some()
                || next.speaker.is_none()
                || next.kind != QuoteKind::Direct
            {
                continue;
            }
            let pq = ctx.sentence(q.first_token).paragraph;
            let pn = ctx.sentence(next.first_token).paragraph;
            let opens_paragraph =
                next.first_token >= 1 && ctx.paragraphs[pn].tokens.start + 1 >= next.first_token;
            if pn == pq + 1 && opens_paragraph {
                let (speaker, cue) = (next.speaker.clone(), next.cue.clone());
                let q = &mut self.found.quotes[i];
                q.speaker = speaker;
                q.cue = cue;
                q.rule = QuoteRule::Continued;
            }
        }
    }

    /// A dialogue line with no speaker, right after two lines by two
    /// different speakers, goes to the first of them.
    pub(super) fn alternate(&mut self, i: usize) {
        if i < 2 || self.found.quotes[i].speaker.is_some() {
            return;
        }
        let ctx = self.ctx;
        let paragraph = |q: &RawQuote| ctx.sentence(q.first_token).paragraph;
        let (a, b, c) = (
            &self.found.quotes[i - 2],
            &self.found.quotes[i - 1],
            &self.found.quotes[i],
        );
        let consecutive = a.dialogue
            && b.dialogue
            && paragraph(b) <= paragraph(a) + 1
            && paragraph(c) <= paragraph(b) + 1;
        let (Some(sa), Some(sb)) = (&a.speaker, &b.speaker) else {
            return;
        };
        let differ = ctx.span(sa.tokens.start, sa.tokens.end).slice(ctx.text)
            != ctx.span(sb.tokens.start, sb.tokens.end).slice(ctx.text);
        if consecutive && differ {
            let speaker = a.speaker.clone();
            self.found.quotes[i].speaker = speaker;
            self.found.quotes[i].rule = QuoteRule::DialogueTurn;
        }
    }

    /// The outlet relaying each quote: "citant Reuters", "selon l'AFP",
    /// "(Source : Kremlin.ru)" in its sentence, when it names a medium.
    pub(super) fn find_via(&mut self) {
        let ctx = self.ctx;
        for (i, q) in self.found.quotes.iter_mut().enumerate() {
            crate::limits::every(i);
            let first = q.first_token;
            debug_assert_eq!(
                first,
                ctx.tokens
                    .partition_point(|t| (t.end as usize) <= q.content.start)
            );
            if first >= ctx.len() {
                continue;
            }
            let after = tokens_before(ctx, first, q.content.end);
            let last = after.max(first + 1) - 1;
            let from = ctx.sentence_tokens(first).start;
            let to = ctx.sentence_tokens(last).end;
            let from = from.max(first.saturating_sub(WINDOW));
            // (`to` no lower than `from`: the run below is clamped between them.)
            let to = to.min(last + WINDOW).max(from);
            // The tokens that start inside the quote, `inside`, are passed
            // over as a run rather than each tested (tokens are in order):
            // from `first` (or the next if it starts before the content)
            // to the first that starts at or after its end.
            let opens = usize::from((ctx.tokens[first].start as usize) < q.content.start);
            let inside_from = (first + opens).clamp(from, to);
            let inside = inside_from..after.clamp(inside_from, to);
            debug_assert!((from..to).all(|t| {
                let start = ctx.tokens[t].start as usize;
                inside.contains(&t) == (q.content.start <= start && start < q.content.end)
            }));
            for t in (from..inside.start).chain(inside.end..to) {
                let w = ctx.lower(t);
                let w_flags = ctx.flags(t);
                let next = if (w_flags & word::RELAY_VERB != 0) || w == "selon" || w == "source" {
                    let mut n = t + 1;
                    while n < to && matches!(ctx.lower(n), ":" | "par") {
                        n += 1;
                    }
                    n
                } else {
                    continue;
                };
                let Some(np) = ctx.np_after(next, to) else {
                    continue;
                };
                let media = ctx.is_media_span(np.tokens.start, np.tokens.end)
                    || np.tokens.clone().any(|k| ctx.is_media_span(k, k + 1));
                if !media {
                    continue;
                }
                let same = q.speaker.as_ref().is_some_and(|s| s.tokens == np.tokens);
                if q.speaker.is_none() {
                    q.speaker = Some(np);
                    q.rule = QuoteRule::Relay;
                } else if !same {
                    q.via = Some(np.tokens);
                }
                break;
            }
        }
    }
}
