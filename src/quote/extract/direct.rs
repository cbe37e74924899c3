//! Step 2: direct speech from quotation marks, attributed from the text
//! around them (step 3's quoted terms: `terms`).

use super::*;

impl Extractor<'_, '_> {
    pub(super) fn direct_from_pairs(&mut self) {
        // Where the cues already used start (bytes): a reporting verb reports
        // one thing.
        let mut used_cues: rustc_hash::FxHashSet<usize> = self
            .found
            .quotes
            .iter()
            .filter_map(|q| q.cue.as_ref().map(|(span, _)| span.start))
            .collect();
        for k in 0..self.pairs.len() {
            crate::limits::every(k);
            if self.absorbed[k] {
                continue;
            }
            let p = self.pairs[k];
            if self.attributions[k].is_none() {
                let words = p.content.clone().filter(|&t| !self.ctx.is_punct(t)).count();
                let found = self.attribution_of(k).or_else(|| {
                    (p.kind != MarkKind::Dialogue && words >= 4)
                        .then(|| self.group_in_previous_sentence(p.open, &used_cues))
                        .flatten()
                });
                if let Some(a) = found {
                    self.attributions[k] = Some(a);
                }
            }
            if let Some((span, _)) = self.attributions[k].as_ref().and_then(|a| a.cue.as_ref()) {
                used_cues.insert(span.start);
            }
            let content = p.content.clone();
            if content.is_empty() {
                continue;
            }
            let pieces = self.cut_around_nested(p);
            let attribution = self.attributions[k].clone();
            // "« Eh oui, Jean ! — Tout à fait, Thierry ! », répondit son
            // complice": two turns of a dialogue in one pair.
            if let (Some(a), [piece], Some(close)) = (&attribution, &pieces[..], p.close) {
                let one_paragraph =
                    self.ctx.sentence(p.open).paragraph == self.ctx.sentence(close).paragraph;
                if p.kind != MarkKind::Dialogue && one_paragraph {
                    let turns = self.dialogue_turns(piece.clone());
                    if turns.len() >= 2 {
                        self.push_turns(p, &turns, a);
                        continue;
                    }
                }
            }
            // "« Nous avons tout essayé, explique X. Mais … »": an incise
            // that ends its sentence cuts the pair into two quotes.
            if let (Some(a), [piece]) = (&attribution, &pieces[..]) {
                if let Some(parts) = self.split_at_incise(p, piece.clone(), a) {
                    for part in parts {
                        self.push_quote(RawQuote {
                            kind: QuoteKind::Direct,
                            content: self.span_of(part.clone()),
                            cue: a.cue.clone(),
                            speaker: a.speaker.clone(),
                            via: None,
                            first_token: part.start,
                            dialogue: false,
                            open_ended: p.close.is_none() && part.end == piece.end,
                            rule: a.rule,
                        });
                    }
                    continue;
                }
            }
            let words = content.clone().filter(|&t| !self.ctx.is_punct(t)).count();
            // "« Le Chant des forges », le roman qui …", "Télévision : « … »,
            // un documentaire …": the title of a work, with no speaker or
            // with a headline's topic taken for one, is a term.
            let titled = attribution
                .as_ref()
                .is_none_or(|a| a.rule == QuoteRule::HeadlineColon);
            if titled && words <= 8 && self.is_work_title(p) {
                self.found.terms.push(self.span_of(content));
                continue;
            }
            match attribution {
                // "Lire aussi : « … », Le Monde, 16 mars 2023": a colon that
                // names no one before a cited title.
                Some(a) if a.speaker.is_none() && self.is_cited_title(p) => {
                    self.found.terms.push(self.span_of(content));
                }
                // "(littéralement : « plate-bande de paresseux »)", "Le nom
                // de l'opération : « Bouclier du Nord »": a colon that names
                // no one before a short verbless quotation glosses or names.
                Some(a)
                    if a.speaker.is_none()
                        && a.rule == QuoteRule::Colon
                        && self.is_short_verbless(p) =>
                {
                    self.found.terms.push(self.span_of(content));
                }
                Some(a) => {
                    for piece in pieces {
                        self.push_quote(RawQuote {
                            kind: QuoteKind::Direct,
                            content: self.span_of(piece.clone()),
                            cue: a.cue.clone(),
                            speaker: a.speaker.clone(),
                            via: None,
                            first_token: piece.start,
                            dialogue: p.kind == MarkKind::Dialogue,
                            open_ended: p.close.is_none() && p.kind != MarkKind::Dialogue,
                            rule: a.rule,
                        });
                    }
                }
                // A date quoted at the head of a letter, or a diary entry
                // under its date line, is a document, not speech.
                None if self.is_dateline(content.clone()) || self.is_diary_entry(p) => {}
                None if self.is_term(k) => match self.coordinated_fragment(k) {
                    Some(a) => self.push_quote(RawQuote {
                        kind: QuoteKind::Direct,
                        content: self.span_of(content.clone()),
                        cue: a.cue,
                        speaker: a.speaker,
                        via: None,
                        first_token: content.start,
                        dialogue: false,
                        open_ended: false,
                        rule: a.rule,
                    }),
                    None => self.found.terms.push(self.span_of(content)),
                },
                None => {
                    for piece in pieces {
                        self.push_quote(RawQuote {
                            kind: QuoteKind::Direct,
                            content: self.span_of(piece.clone()),
                            cue: None,
                            speaker: None,
                            via: None,
                            first_token: piece.start,
                            dialogue: p.kind == MarkKind::Dialogue,
                            open_ended: p.close.is_none() && p.kind != MarkKind::Dialogue,
                            rule: QuoteRule::Unattributed,
                        });
                    }
                }
            }
        }
    }

    /// The two quotes on either side of the incise that attributes a pair
    /// from inside it, when the incise ends its sentence and another opens
    /// after it: "« Nous avons tout essayé, explique Nadia Benali, gérante
    /// d'une boulangerie. Mais on ne tient plus. »" (GUIDELINES: a quote
    /// split by an incise is two items). An incise inside a sentence
    /// ("« Ces résultats, dit-elle, sont provisoires. »") stays inside its
    /// one quote, and so does a clause that goes on after the speaker
    /// ("répliqua le gouverneur, vous ne le regretterez pas.").
    fn split_at_incise(
        &self,
        p: &Pair,
        piece: Range<usize>,
        a: &Attribution,
    ) -> Option<[Range<usize>; 2]> {
        let ctx = self.ctx;
        if a.rule != QuoteRule::Incise || p.kind == MarkKind::Dialogue {
            return None;
        }
        let cue = a.cue.as_ref()?.0.start;
        let speaker = a.speaker.as_ref()?.tokens.clone();
        let gi = self.groups.partition_point(|g| g.start < piece.start);
        let g = self.groups[gi..]
            .iter()
            .take_while(|g| g.end <= piece.end)
            .find(|g| ctx.tokens[g.start].start as usize == cue)?;
        if g.start < piece.start + 2 || ctx.lower(g.start - 1) != "," || speaker.start < g.start {
            return None;
        }
        // Literary dialogue tells its incises in the passé simple ("reprit
        // Roger", "expliqua Mme Grangier", "dit mon cousin") and keeps one
        // quote a pair (fr-litbank's convention); news tells them in the
        // passé composé or the present ("a-t-il assuré", "explique X").
        let form = ctx.lower(g.verb);
        let form = form.split('-').next().unwrap_or(form);
        let past_simple = g.start == g.verb
            && if g.lemma.ends_with("er") {
                form.ends_with('a') || form.ends_with("èrent")
            } else {
                ["it", "ut", "int", "irent", "urent", "inrent"]
                    .iter()
                    .any(|e| form.ends_with(e))
            };
        if past_simple {
            return None;
        }
        // The incise ends at the first stop past its speaker, a party or a
        // relative clause on the speaker included ("a déclaré Paul Martin
        // (LR).", "…, qui jouait son dernier match.").
        let stop = (speaker.end..piece.end)
            .find(|&k| ctx.is_punct(k) && !matches!(ctx.lower(k), "," | "(" | ")" | "-"))?;
        let relative = (speaker.end..stop)
            .find(|&k| ctx.is(k, word::SUBJECT_RELATIVE) && ctx.lower(k - 1) == ",")
            .unwrap_or(stop);
        let clause_goes_on = (speaker.end..stop).any(|k| {
            (k < relative && matches!(ctx.tag(k), crate::pos::Tag::V | crate::pos::Tag::Cls))
                || self.in_pair[k] != self.in_pair[g.start]
        });
        if clause_goes_on
            || ctx.lower(stop) != "."
            || stop + 2 > piece.end
            || !ctx.is_capitalised(stop + 1)
        {
            return None;
        }
        Some([
            self.trim_piece(piece.start..g.start - 1),
            stop + 1..piece.end,
        ])
    }

    /// The turns of a dialogue inside one piece of quoted text: cut at each
    /// dash that follows the end of a sentence ("! —", "? –", ". —").
    fn dialogue_turns(&self, piece: Range<usize>) -> Vec<Range<usize>> {
        let ctx = self.ctx;
        let mut turns = Vec::new();
        let mut start = piece.start;
        for k in piece.start + 1..piece.end.saturating_sub(1) {
            if matches!(ctx.surface(k), "—" | "–")
                && !starts_line(ctx, k)
                && matches!(ctx.lower(k - 1), "!" | "?" | "." | "…")
                && k > start + 1
            {
                turns.push(start..k);
                start = k + 1;
            }
        }
        if turns.is_empty() {
            return turns;
        }
        turns.push(start..piece.end);
        // Exchanges are short; dashes between the long paragraphs of a
        // letter or a diary separate entries, not speakers.
        let words = |r: &Range<usize>| r.clone().filter(|&t| !ctx.is_punct(t)).count();
        if words(&piece) > 40 || turns.iter().any(|t| words(t) > 20) {
            return Vec::new();
        }
        turns
    }

    /// The name a turn ends on when it addresses someone ("Tout à fait,
    /// Thierry !"): who spoke the turn it answers.
    fn vocative_at_end(&self, turn: Range<usize>) -> Option<MentionTokens> {
        let ctx = self.ctx;
        let mut end = turn.end;
        while end > turn.start && ctx.is_punct(end - 1) {
            end -= 1;
        }
        let mut start = end;
        while start > turn.start && end - start < 4 && ctx.is_capitalised_content(start - 1) {
            start -= 1;
        }
        // "Entrez, madame Leroy", "Merci, docteur Lambert": a vocative
        // word or a title before the name.
        let vocative = start < end
            && start > turn.start + 1
            && !ctx.is_capitalised(start - 1)
            && ctx.is(start - 1, word::VOCATIVE | word::TITLE);
        let opening = if vocative { start - 1 } else { start };
        if start < end && opening > turn.start && ctx.lower(opening - 1) == "," {
            return Some(MentionTokens {
                tokens: start..end,
                pronoun_offset: None,
                head: Some(start),
            });
        }
        self.role_vocative(turn.start, end)
    }

    /// A title or a family word addressed at the end of a turn, before
    /// `end`: "Toujours, capitaine !", "Grâce à toi, papa !", "Bonsoir,
    /// monsieur le maire", "À vos ordres, mon commandant". The role is the
    /// speaker's mention. A vocative with no role ("Bonjour, madame",
    /// "Merci, mon ami") names no one.
    fn role_vocative(&self, from: usize, end: usize) -> Option<MentionTokens> {
        let ctx = self.ctx;
        let head = end.checked_sub(1).filter(|&h| h > from)?;
        let role =
            ctx.is(head, word::TITLE) || ctx.lex.grammar.address_nouns.contains(ctx.lower(head));
        if !role || ctx.is(head, word::VOCATIVE) {
            return None;
        }
        // What may stand between the comma and the role: "mon", "ma",
        // "cher", or "monsieur le", "madame la".
        let mut opening = head;
        if opening > from && matches!(ctx.lower(opening - 1), "le" | "la" | "l'") {
            opening -= 1;
            if opening == from || !ctx.is(opening - 1, word::VOCATIVE) {
                return None;
            }
            opening -= 1;
        } else if opening > from
            && (matches!(ctx.lower(opening - 1), "mon" | "ma")
                || ctx.is(opening - 1, word::VOCATIVE))
        {
            opening -= 1;
        }
        (opening > from && ctx.lower(opening - 1) == ",").then_some(MentionTokens {
            tokens: head..end,
            pronoun_offset: None,
            head: Some(head),
        })
    }

    /// Records the turns of a dialogue inside pair `p`: the turn next to
    /// the attribution takes it; the others are spoken by the name the
    /// adjacent turn addresses, or by no one known.
    fn push_turns(&mut self, p: &Pair, turns: &[Range<usize>], a: &Attribution) {
        let cue_at = a.cue.as_ref().map(|(span, _)| span.start);
        let first_at = self.ctx.tokens[turns[0].start].start as usize;
        let anchor = if cue_at.is_some_and(|c| c < first_at) {
            0
        } else {
            turns.len() - 1
        };
        for (i, turn) in turns.iter().enumerate() {
            let turn = self.trim_piece(turn.clone());
            if turn.is_empty() {
                continue;
            }
            let (cue, speaker, rule) = if i == anchor {
                (a.cue.clone(), a.speaker.clone(), a.rule)
            } else {
                let next = if i < anchor { i + 1 } else { i - 1 };
                (
                    None,
                    self.vocative_at_end(turns[next].clone()),
                    QuoteRule::DialogueTurn,
                )
            };
            self.push_quote(RawQuote {
                kind: QuoteKind::Direct,
                content: self.span_of(turn.clone()),
                cue,
                speaker,
                via: None,
                first_token: turn.start,
                dialogue: false,
                open_ended: p.close.is_none(),
                rule,
            });
        }
    }

    /// A short date or time line ("Mardi au soir.", "12 décembre.",
    /// "Saint-André, 30 novembre.") with no verb of saying in it.
    fn is_dateline(&self, r: Range<usize>) -> bool {
        let ctx = self.ctx;
        let words = r.clone().filter(|&t| !ctx.is_punct(t)).count();
        words > 0
            && words <= 8
            && r.clone().any(|t| ctx.is(t, word::CALENDAR_WORD))
            && !r.clone().any(|t| {
                ctx.is(
                    t,
                    word::SPEECH_VERB | word::AUXILIARY | word::SUBJECT_PRONOUN,
                )
            })
    }

    /// Pair `p` opens a paragraph that follows a date line of its own, as
    /// the entries of a diary or dated letters do.
    fn is_diary_entry(&self, p: &Pair) -> bool {
        let ctx = self.ctx;
        let paragraph = ctx.sentence(p.open).paragraph;
        if paragraph == 0 || ctx.paragraphs[paragraph].tokens.start != p.open {
            return false;
        }
        let previous = ctx.paragraphs[paragraph - 1].tokens.clone();
        previous.clone().all(|t| self.in_pair[t] == NONE) && self.is_dateline(previous)
    }

    pub(super) fn trim_piece(&self, mut r: Range<usize>) -> Range<usize> {
        while r.end > r.start && matches!(self.ctx.lower(r.end - 1), "," | "-" | "—" | "–") {
            r.end -= 1;
        }
        while r.end > r.start && matches!(self.ctx.lower(r.start), "," | "-" | "—" | "–") {
            r.start += 1;
        }
        r
    }

    /// A cue and speaker for pair `k`, from the text around it: an incise
    /// inside it first ("« Trop tard ! fit-il, trop tard ! »"), then a cue
    /// after it, before it, or a colon introducing it.
    pub(super) fn attribution_of(&self, k: usize) -> Option<Attribution> {
        let p = self.pairs[k];
        let inside = self.incise_in(p.content.clone());
        if p.kind == MarkKind::Dialogue {
            return inside.or_else(|| self.colon_before(p.open));
        }
        if inside.is_some() {
            return inside;
        }
        let before = || self.before(p).or_else(|| self.colon_before(p.open));
        match self.after(p) {
            // A cue after the quote that names no one ("« Non » en
            // souriant") yields to one before it that does ("Je répondis :").
            Some(a) if a.speaker.is_none() => {
                Some(before().filter(|b| b.speaker.is_some()).unwrap_or(a))
            }
            Some(a) => Some(a),
            None => before(),
        }
    }

    /// An inverted reporting group inside a dialogue line: "— Oui, dit-il."
    pub(super) fn incise_in(&self, content: Range<usize>) -> Option<Attribution> {
        let gi = self.groups.partition_point(|g| g.start < content.start);
        self.groups[gi..]
            .iter()
            .take_while(|g| g.end <= content.end)
            .filter(|g| {
                // "y penses-tu ?", "voulez-vous" ask the listener; they
                // do not name the speaker.
                let addressed = g
                    .clitic
                    .is_some_and(|c| self.ctx.is(c, word::INVERTED_SECOND));
                !g.negated
                    && !addressed
                    && g.form == VerbForm::Finite
                    && g.start > content.start
                    && matches!(
                        self.ctx.lower(g.start - 1),
                        "," | "!" | "?" | "…" | "-" | "—" | "–" | "»"
                    )
            })
            .find_map(|g| {
                let speaker = self.ctx.inverted_subject(g, content.end)?;
                Some(Attribution {
                    cue: Some(self.cue_of(g)),
                    speaker: Some(speaker),
                    rule: QuoteRule::Incise,
                })
            })
    }

    /// The first noun phrase or pronoun of `[floor, end)` that a verb
    /// follows (past object clitics): a subject, read without a parser.
    pub(super) fn verb_anchored_subject(&self, floor: usize, end: usize) -> Option<MentionTokens> {
        let ctx = self.ctx;
        let verbish = |k: usize| {
            let w = ctx.lower(k);
            let w_flags = ctx.flags(k);
            if ctx.is_punct(k)
                || ctx.is_capitalised(k)
                || (w_flags & word::DETERMINER != 0)
                || (w_flags & word::PREPOSITION != 0)
                || (w_flags & word::SUBORDINATOR != 0)
                || (w_flags & word::ADVERB != 0)
            {
                return false;
            }
            (w_flags & word::AUXILIARY != 0)
                || (w_flags & word::FAIRE_FORM != 0)
                || (w_flags & word::SPEECH_VERB != 0)
                || ["ait", "aient", "èrent", "irent", "urent", "ut", "it"]
                    .iter()
                    .any(|e| w.ends_with(e))
                || (w.ends_with('a') && w.chars().count() >= 4)
        };
        let mut k = floor;
        while k < end {
            let w_flags = ctx.flags(k);
            // A capitalised conjunction or adverb ("Mais", "Puis") opens
            // the clause, not a name.
            let starts = ((w_flags & word::DETERMINER != 0)
                || ctx.is_capitalised_content(k)
                || (w_flags & word::SUBJECT_PRONOUN != 0))
                && (w_flags & word::ADVERB == 0)
                && (w_flags & word::PREPOSITION == 0);
            if !starts {
                k += 1;
                continue;
            }
            // Grow the phrase word by word until a verb follows it. A subject
            // pronoun needs no check: a verb always follows it.
            let mut e = k + 1;
            let mut has_head = w_flags & word::DETERMINER == 0;
            if ctx.is(
                k,
                word::THIRD_PERSON
                    | word::INDEFINITE_ON
                    | word::FIRST_SINGULAR
                    | word::SECOND_SINGULAR
                    | word::FIRST_SECOND_PLURAL,
            ) {
                return Some(MentionTokens {
                    tokens: k..k + 1,
                    pronoun_offset: None,
                    head: None,
                });
            }
            while e < end && e - k < 10 {
                let mut v = e;
                while v < end && ctx.is(v, word::OBJECT_CLITIC) && !ctx.is_capitalised(v) {
                    v += 1;
                }
                // "Hector, ému, tâchait": an apposition between commas.
                if has_head && v < end && ctx.lower(v) == "," {
                    if let Some(next) = (v + 1..end.min(v + 10)).find(|&c| ctx.lower(c) == ",") {
                        let mut after = next + 1;
                        while after < end && ctx.is(after, word::OBJECT_CLITIC) {
                            after += 1;
                        }
                        // After an apposition, a plain lowercase word is the
                        // verb, in any tense ("Son mari, Patrick, hoche la
                        // tête").
                        let plain_word = |a: usize| {
                            ctx.kind(a) == crate::token::TokenKind::Word
                                && !ctx.is_capitalised(a)
                                && !ctx.is(
                                    a,
                                    word::DETERMINER
                                        | word::PREPOSITION
                                        | word::SUBORDINATOR
                                        | word::FUNCTION_WORD,
                                )
                        };
                        if after < end && (verbish(after) || plain_word(after)) {
                            return Some(MentionTokens {
                                tokens: k..e,
                                pronoun_offset: None,
                                head: None,
                            });
                        }
                    }
                }
                // "ne" opens a verb group, whatever the verb's form ("X ne
                // décolère pas", "X n'en dort plus").
                let negated = v > e && ctx.is(e, word::NE);
                if has_head && v < end && (verbish(v) || negated) {
                    return Some(MentionTokens {
                        tokens: k..e,
                        pronoun_offset: None,
                        head: None,
                    });
                }
                let word_flags = ctx.flags(e);
                if ctx.is_punct(e)
                    || (word_flags & word::SUBORDINATOR != 0)
                    || ((word_flags & word::PREPOSITION != 0)
                        && !ctx.is(e, word::DE | word::DE_ARTICLE))
                {
                    break;
                }
                has_head |= word_flags & word::DETERMINER == 0;
                e += 1;
            }
            k = e.max(k + 1);
        }
        None
    }

    /// Pair `k` reopens, at the head of its paragraph, a quotation left
    /// open at the end of the previous one (French multi-paragraph style).
    pub(super) fn continues_previous_paragraph(&self, k: usize) -> bool {
        k > 0
            && starts_line(self.ctx, self.pairs[k].open)
            && self.pairs[k - 1].close.is_none()
            && self.pairs[k - 1].kind != MarkKind::Dialogue
            && self.pairs[k - 1].content.end == self.pairs[k].open
    }

    /// A reporting verb in the sentence just before an unattributed quote,
    /// in the same paragraph and not already reporting anything ("La
    /// porte-parole a nuancé les chiffres. « On a constaté … »").
    pub(super) fn group_in_previous_sentence(
        &self,
        open: usize,
        used_cues: &rustc_hash::FxHashSet<usize>,
    ) -> Option<Attribution> {
        let first = open;
        let ctx = self.ctx;
        let s = ctx.sentence(first);
        let index = ctx.sentence_of[first] as usize;
        if index == 0 || s.tokens.start != first {
            return None;
        }
        let prev = &ctx.sentences[index - 1];
        if prev.paragraph != s.paragraph {
            return None;
        }
        let gi = self.groups.partition_point(|g| g.start < prev.tokens.start);
        let g = self.groups[gi..]
            .iter()
            .take_while(|g| g.end <= prev.tokens.end)
            .filter(|g| !g.negated && g.form == VerbForm::Finite && self.in_pair[g.verb] == NONE)
            .last()?;
        if used_cues.contains(&(ctx.tokens[g.start].start as usize)) {
            return None;
        }
        Some(Attribution {
            cue: Some(self.cue_of(g)),
            speaker: self.subject_of(g),
            rule: QuoteRule::PreviousSentence,
        })
    }
}
