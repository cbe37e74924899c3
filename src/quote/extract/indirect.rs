//! Step 1: indirect speech from reporting verb groups and from
//! "selon / d'après / pour X".

use super::*;
use crate::pos::Tag;
use crate::quote::clause::Segment;

impl Extractor<'_, '_> {
    pub(super) fn indirect_from_groups(&mut self) {
        let mut covered_until = 0;
        let mut covered_from = 0;
        for gi in 0..self.groups.len() {
            crate::limits::every(gi);
            let g = &self.groups[gi];
            if g.negated || self.in_pair[g.verb] != NONE {
                continue;
            }
            if g.start < covered_until {
                self.nested_indirect(g, covered_from..covered_until);
                continue;
            }
            let s = self.ctx.sentence_tokens(g.verb);
            let before = self.found.quotes.len();
            if let Some(content) = self.que_after(g, s.end) {
                // "Il a été annoncé que …" reports nobody's words, but "Il a
                // été annoncé par la direction que …" the agent's.
                let agent = if g.passive && self.impersonal(g) {
                    match self.impersonal_agent(g, content) {
                        Some(agent) => Some(agent),
                        None => continue,
                    }
                } else {
                    None
                };
                let end = self.before_avant_de(content, self.clause_end(content));
                let end = self.before_main_clause(g, content, end);
                let end = self.before_coordinated_verb(g, content, end);
                let end = self.before_contrast_report(content, end);
                let end = self.before_coordinated_report(content, end);
                let rule = if agent.is_some() {
                    QuoteRule::Passive
                } else {
                    QuoteRule::VerbQue
                };
                let speaker = match self.avant_de(g) {
                    _ if agent.is_some() => agent,
                    // "a rejeté l'offre, avant d'affirmer que …": the main
                    // clause's subject speaks; none found, nothing is said.
                    Some(avant) => match self.main_clause_subject(gi, avant) {
                        Some(speaker) => Some(speaker),
                        None => continue,
                    },
                    None => self.subject_of(g),
                };
                if self.writer_speaks(&speaker) || self.stipulates(g, &speaker) {
                    continue;
                }
                // An outlet's name in marks between the verb and "que" is
                // neither a quote nor part of one (`name_in_marks`).
                for t in g.end..content {
                    if let Some(k) = self.pair_opening_at(t) {
                        self.absorbed[k] = true;
                    }
                }
                self.push_clause(content..end, self.cue_of(g), speaker, rule);
                covered_until = end;
            } else if let Some(colon) = self.colon_after(g, s.end).filter(|_| !g.passive) {
                // A mark after the colon opens a quotation, paired or set
                // aside with a story told within the story.
                // A dialogue dash may stand between: ":-- « … »".
                let opens_at = |k: usize| {
                    self.pair_opening_at(k).is_some()
                        || matches!(self.ctx.surface(k), "«" | "‹" | "“" | "\"")
                };
                let opens_marks = || {
                    opens_at(colon + 1)
                        || (colon + 2 < s.end
                            && is_dash(self.ctx.surface(colon + 1))
                            && opens_at(colon + 2))
                };
                let speaker = self.subject_of(g);
                if colon + 3 < s.end && !opens_marks() && !self.writer_speaks(&speaker) {
                    let end = self.clause_end(colon + 1);
                    self.push_clause(
                        colon + 1..end,
                        self.cue_of(g),
                        speaker,
                        QuoteRule::VerbColon,
                    );
                    covered_until = end;
                }
            } else if let Some(inf) = self.reported_infinitive(g, s.end) {
                // "affirment avoir découvert …"
                let end = self.clause_end(inf);
                let speaker = self.subject_of(g);
                if self.writer_speaks(&speaker) {
                    continue;
                }
                self.push_clause(inf..end, self.cue_of(g), speaker, QuoteRule::VerbInfinitive);
                covered_until = end;
            } else if let Some((comma, subject)) = self.comme_frame(g, &s) {
                // "Comme l'a rappelé le préfet, …"
                if let Some(end) = self.comme_clause(g, comma, subject) {
                    covered_until = end;
                }
            } else if let Some(par) = self.passive_agent(g, s.end) {
                self.passive(g, par, s.end);
            } else if let Some(comma) = self.incise_comma(g) {
                if let Some(end) = self.incise(g, comma, s.clone(), covered_until) {
                    covered_until = end;
                }
            }
            if self.found.quotes.len() > before {
                covered_until = covered_until.max(g.end);
                covered_from = self.found.quotes[before].first_token;
            }
        }
    }

    /// Speech reported inside indirect speech: in "X a déclaré qu'il
    /// espérait que …", "espérait" and its que-clause, with a subject of
    /// their own opening the outer content (`outer`), are a quote too; the
    /// outer quote keeps all its words, and the inner one ends with it.
    fn nested_indirect(&mut self, g: &VerbGroup, outer: Range<usize>) {
        let outer_start = outer.start;
        let s = self.ctx.sentence_tokens(g.verb);
        if g.passive {
            return;
        }
        let Some(content) = self.que_after(g, s.end) else {
            return;
        };
        let Some(speaker) = self.subject_of(g) else {
            return;
        };
        if speaker.tokens.start < outer_start || speaker.tokens.end > g.start {
            return;
        }
        // The nested clause opens the content: a verb or subordinator before
        // its subject makes it a clause of time, condition or cause
        // ("se retirerait lorsque le président estimerait que …").
        let opens_content = (outer_start..speaker.tokens.start).all(|t| {
            !matches!(self.ctx.tag(t), Tag::V | Tag::Cs | Tag::ProRel)
                && !self.ctx.is(t, word::SUBORDINATOR)
        });
        if !opens_content {
            return;
        }
        let content = self.trim(content..self.clause_end(content).min(outer.end));
        let inner = self.pairs_within(&content);
        let whole_pair = inner
            .iter()
            .any(|&k| self.pairs[k].open <= content.start && self.pairs[k].end() >= content.end);
        if content.len() < 2 || whole_pair {
            return;
        }
        self.push_quote(RawQuote {
            kind: if inner.is_empty() {
                QuoteKind::Indirect
            } else {
                QuoteKind::Mixed
            },
            content: self.span_of(content.clone()),
            cue: Some(self.cue_of(g)),
            speaker: Some(speaker),
            via: None,
            first_token: content.start,
            dialogue: false,
            open_ended: false,
            rule: QuoteRule::VerbQue,
        });
    }

    /// The "par" of a passive group's agent, right after it or past a date
    /// or an adverb ("a été annoncée lundi par l'Élysée").
    fn passive_agent(&self, g: &VerbGroup, limit: usize) -> Option<usize> {
        if !g.passive {
            return None;
        }
        let ctx = self.ctx;
        let par = (g.end..limit.min(g.end + 3)).find(|&k| {
            !(ctx.is(k, word::CALENDAR_WORD | word::TIME_WORD) || ctx.tag(k) == Tag::Adv)
        })?;
        (ctx.lower(par) == "par").then_some(par)
    }

    /// The agent of an impersonal passive before its que-clause (which
    /// opens at `content`): "Il a été précisé par le parquet que …".
    fn impersonal_agent(&self, g: &VerbGroup, content: usize) -> Option<MentionTokens> {
        let par = self.passive_agent(g, content)?;
        let agent = self.ctx.np_after(par + 1, content)?;
        // The phrase runs up to "que": nothing else stands between.
        (agent.tokens.end + 1 == content).then_some(agent)
    }

    /// "… a été annoncé par X": the subject phrase is what X reported.
    pub(super) fn passive(&mut self, g: &VerbGroup, par: usize, limit: usize) {
        if !g.lemma_is(word::PASSIVE_REPORT_VERB) {
            return;
        }
        let start = self.clause_start(g.start);
        let content = start..g.start;
        let relative = content.clone().any(|k| self.ctx.is(k, word::RELATIVE));
        if content.len() >= 2 && content.len() <= 15 && !relative {
            let speaker = self.ctx.np_after(par + 1, limit);
            self.push_clause(content, self.cue_of(g), speaker, QuoteRule::Passive);
        }
    }

    /// An incise after a comma: "…, a indiqué la police." reports the clause
    /// before it; "qui, dit-on, s'étaient rendus" the clause after it.
    ///
    /// Incises make quotes that do not overlap. The clause before an incise
    /// starts at or after `covered` (the end of the quotes already made in
    /// the sentence). For the clause after it, the function returns where
    /// that clause ends: the groups inside it report nothing more. So a
    /// chain of incises ("oui, dit-il, oui, dit-il, …") makes one quote, not
    /// one per incise running to the sentence end (quadratic output).
    pub(super) fn incise(
        &mut self,
        g: &VerbGroup,
        comma: usize,
        s: Range<usize>,
        covered: usize,
    ) -> Option<usize> {
        let ctx = self.ctx;
        let limit = s.end.min(g.end + WINDOW);
        let speaker = ctx.inverted_subject(g, limit)?;
        // After unmarked words, a phrase that can neither speak nor report
        // is the verb's object, not an inverted subject ("…, avaient
        // imaginé une liste de valeurs").
        if g.clitic.is_none()
            && !ctx.phrase_head(speaker.tokens.clone()).is_some_and(|h| {
                ctx.can_speak(h)
                    || ctx.is(h, word::DOCUMENT_NOUN | word::SOURCE_NOUN)
                    || ctx.name_word(h)
                    || ctx.is_capitalised(h)
            })
        {
            return None;
        }
        // "a-t-elle annoncé": the clitic subject stands inside the group.
        let mut after = speaker.tokens.end.max(g.end);
        // An apposition without comma: "explique Joechen Zaumseil le
        // vice-président de L'Oréal".
        if after < s.end
            && ctx.is(after, word::DETERMINER)
            && !ctx.is(after, word::DE | word::DE_ARTICLE)
        {
            if let Some(apposition) = ctx.np_after(after, limit) {
                after = apposition.tokens.end;
            }
        }
        // A date or an acronym in parentheses after the subject: "a
        // confirmé le parquet lundi", "a averti le Programme alimentaire
        // mondial (PAM)". Not after "on" alone: "La grève a été levée,
        // a-t-on appris jeudi." names no source and reports nothing.
        if !g.clitic.is_some_and(|c| ctx.is(c, word::INVERTED_ON)) {
            after = self.past_date_or_acronym(after, limit);
        }
        // A phrase of medium, place or time after the subject: "explique
        // l'association dans un communiqué", "a dit le maire à l'AFP", "a
        // estimé le ministre lors d'un déplacement" ("lors" is tagged an
        // adverb).
        if after < limit
            && (matches!(ctx.tag(after), Tag::P | Tag::PD) || ctx.is(after, word::PREPOSITION))
        {
            let stop = (after..limit).find(|&k| ctx.lower(k) == "," || ctx.is_clause_end(k));
            if let Some(stop) = stop {
                let verbless =
                    (after..stop).all(|k| !matches!(ctx.tag(k), Tag::V | Tag::Cs | Tag::ProRel));
                if verbless && self.in_pair[stop.saturating_sub(1)] == NONE {
                    after = stop;
                }
            }
        }
        let ends = after >= s.end || ctx.is_clause_end(after);
        let comma_after = !ends && ctx.lower(after) == ",";
        if !ends && !comma_after {
            return None; // "a confirmé ces incidents à …": an object, not a subject
        }
        // A chain of incises ("…, indique une analyse, a annoncé X"): the
        // last one attributes.
        // A participle after it is no incise but an adjunct sharing the
        // subject ("…, a indiqué X, assurant que …").
        if comma_after
            && after + 1 < s.end
            && self.group_starting[after + 1] != NONE
            && self.groups[self.group_starting[after + 1] as usize].form
                != VerbForm::PresentParticiple
        {
            return None;
        }
        let mut start = self.clause_start(comma);
        if covered > start {
            // Past the end of the last quote and the punctuation after it.
            start = covered;
            while start < comma && ctx.is_punct(start) {
                start += 1;
            }
        }
        // "Par ailleurs, poursuit l'ancien président, la langue …", "La
        // réforme, affirme le ministre, est un échec", "La réforme,
        // estime-t-il, est nécessaire": an incise between commas inside
        // unmarked content that goes on after it with a verb.
        // After a clitic incise only a single phrase counts ("Et, autant
        // qu'à Paris, disait-elle, elle comptait" reports what follows).
        let one_segment = !(start..comma).any(|k| ctx.lower(k) == ",");
        if comma_after && (g.clitic.is_none() || one_segment) {
            if let Some(end) = self.incise_in_content(g, start..comma, after + 1, speaker.clone()) {
                return Some(end);
            }
        }
        // "qui, dit-on, s'étaient rendus": the clause after the incise.
        if comma_after && g.clitic.is_some() {
            let end = self.clause_end(after + 1);
            if end > after + 2 {
                self.push_clause(
                    after + 1..end,
                    self.cue_of(g),
                    Some(speaker),
                    QuoteRule::Incise,
                );
                return Some(end);
            }
        }
        // Past a clause, a verb after the comma makes a series of actions,
        // not an incise ("ferma les yeux, lâcha les deux coups, recula").
        let verb_after = comma_after && after + 1 < s.end && ctx.tag(after + 1) == Tag::V;
        if comma < start + 3 || verb_after {
            return None;
        }
        // "Un haut responsable, a confirmé …": a lone subject phrase before
        // the comma is no report. The phrase reader takes any word but a
        // function word, so a finite verb ("Le pays traverse une crise, a
        // estimé …") says the words before the comma are a clause.
        let finite = (start..comma).any(|k| ctx.tag(k) == Tag::V);
        if !finite
            && ctx
                .np_before(comma, start)
                .is_some_and(|np| np.tokens.start == start)
        {
            return None;
        }
        // Nor a subject with its appositions: "Le maire de la commune,
        // Rachid Ben Amor, a demandé …".
        let mut segment = start;
        let all_phrases = !finite
            && (start..=comma).all(|k| {
                if k < comma && ctx.lower(k) != "," {
                    return true;
                }
                let whole = k > segment
                    && ctx
                        .np_after(segment, k)
                        .is_some_and(|np| np.tokens.end == k);
                segment = k + 1;
                whole
            });
        // Nor a subject with its relative clauses: "L'avocat Paul Lombard,
        // pour qui le dossier est vide, demande …".
        let segments = ctx.comma_segments(start, comma);
        let kinds: Vec<Segment> = segments
            .iter()
            .map(|s| ctx.segment_kind(s.clone()))
            .collect();
        let subject_with_relatives = kinds.first() == Some(&Segment::Phrase)
            && kinds.contains(&Segment::Relative)
            && kinds
                .iter()
                .all(|k| matches!(k, Segment::Phrase | Segment::Relative | Segment::Empty));
        if all_phrases || subject_with_relatives {
            return None;
        }
        let start = self.framed_pair(start, comma).unwrap_or(start);
        self.push_clause(
            start..comma,
            self.cue_of(g),
            Some(speaker),
            QuoteRule::Incise,
        );
        None
    }

    /// Past what may follow an incise's subject before its end or its
    /// adjunct, from `at`: a date ("lundi", "mardi soir", "le 3 mars") and
    /// an acronym or a party in parentheses ("(PAM)", "(LR)").
    fn past_date_or_acronym(&self, mut at: usize, limit: usize) -> usize {
        let ctx = self.ctx;
        let date = |k: usize| k < limit && ctx.is(k, word::CALENDAR_WORD) && !ctx.is_capitalised(k);
        for _ in 0..2 {
            if date(at) {
                at += 1;
            } else if at + 2 < limit
                && ctx.is(at, word::DETERMINER)
                && ctx.tag(at + 1) == Tag::Num
                && date(at + 2)
            {
                at += 3;
            } else if at < limit && ctx.lower(at) == "(" {
                let close = (at + 2..limit.min(at + 5)).find(|&k| ctx.lower(k) == ")");
                match close {
                    Some(c) if (at + 1..c).all(|k| ctx.is_capitalised(k)) => at = c + 1,
                    _ => break,
                }
                continue;
            } else {
                break;
            }
            // "mardi soir", "lundi après-midi".
            while at < limit && ctx.is(at, word::TIME_WORD) && ctx.tag(at) != Tag::Adj {
                at += 1;
            }
        }
        at
    }

    /// Where the marks of an incise's content open when only verbless
    /// adverbials set off by a comma stand before them: "Lundi soir, devant
    /// ses partisans, « … », a-t-il promis" reports the marks, not the
    /// setting of the words.
    fn framed_pair(&self, start: usize, comma: usize) -> Option<usize> {
        let ctx = self.ctx;
        let &[k] = &self.pairs_within(&(start..comma))[..] else {
            return None;
        };
        let p = self.pairs[k];
        (p.open > start
            && p.end() == comma
            && ctx.lower(p.open - 1) == ","
            && !(start..p.open).any(|i| ctx.tag(i) == Tag::V))
        .then_some(p.open)
    }

    /// An incise between commas inside unmarked content, `before` the incise
    /// and resuming at `resume`: when what precedes is an adverbial, the
    /// content is the clause after the incise; when it is the subject
    /// phrase of that clause or the start of a clause ("Il est,"), the
    /// whole clause, incise included (as inside quotation marks). Returns
    /// where the content ends.
    fn incise_in_content(
        &mut self,
        g: &VerbGroup,
        before: Range<usize>,
        resume: usize,
        speaker: MentionTokens,
    ) -> Option<usize> {
        let ctx = self.ctx;
        // An incise that ends the text has no content after it.
        if resume >= ctx.len() {
            return None;
        }
        let kind = ctx.segment_kind(before.clone());
        let candidate = match kind {
            Segment::Adverbial | Segment::Phrase => true,
            Segment::Clause => before.len() < 3,
            _ => false,
        };
        if !candidate {
            return None;
        }
        // The clause's end within a bounded window, so that a run of
        // incises stays linear.
        let sentence_end = ctx.sentence_tokens(resume).end;
        let window = sentence_end.min(resume + 4 * WINDOW);
        let end = (resume..window)
            .find(|&k| self.in_pair[k] != NONE || ctx.is_clause_end(k))
            .or((window == sentence_end).then_some(sentence_end))?;
        let finite_after = (resume..end).any(|k| ctx.tag(k) == Tag::V);
        // The clause after an adverbial is the whole content; after a
        // subject a verb and its attribute will do ("La réforme,
        // estime-t-il, est nécessaire").
        let shortest = if kind == Segment::Adverbial { 3 } else { 2 };
        if end < resume + shortest
            || (before.start..end).any(|k| self.in_pair[k] != NONE)
            || (end < sentence_end && self.in_pair[end] != NONE)
        {
            return None;
        }
        let content = match kind {
            Segment::Adverbial if finite_after => resume..end,
            Segment::Phrase if finite_after => before.start..end,
            // "Il est, dit George Sand, des génies …": a clause too short
            // to be the content on its own goes on after the incise.
            Segment::Clause if before.len() < 3 => before.start..end,
            _ => return None,
        };
        self.push_clause(content, self.cue_of(g), Some(speaker), QuoteRule::Incise);
        Some(end)
    }
}
