//! Step 1's source adjuncts, wherever they stand: "selon X", "d'après X",
//! "pour X", "de l'avis de X", "aux yeux de X", "X, pour qui …", and the
//! outlet that relays the words ("a affirmé la CGT, selon l'AFP").

use super::*;
use crate::pos::Tag;

impl Extractor<'_, '_> {
    pub(super) fn indirect_from_selon(&mut self) {
        let ctx = self.ctx;
        let mut k = 0;
        let mut turns = 0;
        // Every source adjunct holds a source marker (selon, après, pour,
        // avis, yeux, vue) in its first four words: a position further than
        // that from the next marker opens none, and is skipped by one scan.
        let mut marker = 0;
        // The next marker read off the context's list of them (`marker`
        // never goes back, nor does `listed`).
        let (markers, mut listed) = (&ctx.source_markers, 0);
        while k < ctx.len() {
            marker = marker.max(k);
            while listed < markers.len() && (markers[listed] as usize) < marker {
                listed += 1;
            }
            marker = markers.get(listed).map_or(ctx.len(), |&m| m as usize);
            if marker == ctx.len() {
                break;
            }
            k = k.max(marker.saturating_sub(3));
            turns += 1;
            crate::limits::every(turns);
            let w = ctx.lower(k);
            let (len, cue_lemma) = match w {
                "selon" => (1, "selon"),
                "d'" if k + 1 < ctx.len() && ctx.lower(k + 1) == "après" => (2, "d'après"),
                "pour" => (1, "pour"),
                _ => self.adjunct_source_at(k).unwrap_or((0, "")),
            };
            // A source between commas inside indirect speech reports speech
            // of its own ("a jugé que si l'État était, selon lui, …").
            let nested = len > 0 && self.already_covered(k);
            let between_commas = k > 0 && ctx.lower(k - 1) == ",";
            if len == 0
                || self.in_pair[k] != NONE
                || (nested && !(between_commas && self.covered_by_indirect(k)))
            {
                k += 1;
                continue;
            }
            let s = ctx.sentence_tokens(k);
            // "la déclaration du ministre selon laquelle …": its author's.
            if cue_lemma == "selon" && self.selon_lequel(k, s.clone()) {
                k += 2;
                continue;
            }
            // "Le maire, pour qui la situation est grave, a …": the opinion
            // of the phrase before the comma.
            if cue_lemma == "pour" && k > s.start + 1 && k + 2 < s.end && ctx.lower(k + 1) == "qui"
            {
                self.pour_qui(k, s.clone());
                k += 1;
                continue;
            }
            let from = k + len;
            // "pour remplacer …", "pour ne pas y aller": an infinitive is a
            // purpose, not a source.
            let mut v = from;
            while v < s.end
                && (matches!(ctx.tag(v), Tag::Clo | Tag::Clr) || ctx.is(v, word::NEGATION))
            {
                v += 1;
            }
            if v < s.end && ctx.tag(v) == Tag::VInf {
                k += 1;
                continue;
            }
            // The source phrase runs to the next comma.
            let stop = (from..s.end.min(from + 20))
                .find(|&t| ctx.lower(t) == "," || ctx.is_clause_end(t) || self.in_pair[t] != NONE)
                .unwrap_or(s.end.min(from + 20));
            // "selon le classement établi par Reporters sans frontières"
            let agent = (from..stop)
                .find(|&t| ctx.lower(t) == "par" && t + 1 < stop && ctx.is_capitalised(t + 1))
                .and_then(|t| ctx.np_after(t + 1, stop))
                .or_else(|| self.document_agent(from, stop));
            let head = agent.or_else(|| ctx.np_after(from, stop));
            let Some(mut head) = head.filter(|np| self.selon_source(np, cue_lemma)) else {
                k += 1;
                continue;
            };
            let cue = (self.span_of(k..k + len), cue_lemma.into());
            // "Toujours selon X,", "Mais, selon X,": adverbs may open the
            // clause before the source.
            let mut opening = k;
            while opening > s.start && ctx.tag(opening - 1) == crate::pos::Tag::Adv {
                opening -= 1;
            }
            // The multiword adjuncts ("de l'avis de X") open their clause;
            // between commas inside one ("est, de l'avis de X, un point de
            // départ") they leave the clause's content around them.
            let multiword =
                !(ctx.lex.is(cue_lemma, word::SOURCE_PREPOSITION) || cue_lemma == "pour");
            let clause_initial = opening == s.start
                || ctx.is(opening - 1, word::ADJUNCT_OPENER)
                || matches!(ctx.lower(opening - 1), "-" | "—" | ":" | "(")
                || (ctx.lower(opening - 1) == "," && !multiword);
            // "…, selon Jacques Despuech, auteur du livre." and "…, auraient
            // dit, selon le site, des agents": what follows the source's comma
            // to the clause end has no verb (an apposition, an inverted
            // subject), so the source ends its clause.
            // A tail that is a complement ("propriétaire, selon lui, des
            // constructions") is not one: its head cannot speak, and no verb
            // stands before the source.
            let verbless_tail = stop < s.end && ctx.lower(stop) == "," && {
                let tail = self.trim(stop + 1..self.clause_end(stop + 1));
                !tail.is_empty()
                    && tail
                        .clone()
                        .all(|t| ctx.tag(t) != Tag::V && self.in_pair[t] == NONE)
                    && (ctx.phrase_head(tail).is_some_and(|h| ctx.can_speak(h))
                        || (opening >= s.start + 2
                            && matches!(ctx.tag(opening - 2), Tag::V | Tag::Vpp)))
            };
            let mid_sentence = opening > s.start && ctx.lower(opening - 1) == ",";
            let media = ctx.is_media_span(head.tokens.start, head.tokens.end)
                || head.tokens.clone().any(|t| ctx.is_media_span(t, t + 1));
            if nested && (verbless_tail || media || stop >= s.end || ctx.lower(stop) != ",") {
                k += 1;
                continue;
            }
            if stop < s.end
                && ctx.lower(stop) == ","
                && clause_initial
                && !(mid_sentence && verbless_tail)
            {
                // "Selon X, …", with a name in apposition: "Selon la
                // fédération, Febelfin, « … »".
                let mut after = stop + 1;
                if let Some(name) = ctx.np_after(after, s.end.min(after + 6)) {
                    let end = name.tokens.end;
                    if ctx.is_capitalised(name.tokens.start)
                        && !ctx.is(name.tokens.start, word::DETERMINER)
                        && end < s.end
                        && ctx.lower(end) == ","
                    {
                        head = name;
                        after = end + 1;
                    } else if let Some(role) = self.role_apposition(&head, after, s.end) {
                        // "Selon Paul Martin, le président de la fédération,
                        // …": the role describes the source.
                        after = role;
                    }
                }
                // "Selon cette note, publiée par Le Monde, …": a participle
                // phrase in apposition to the source is no content.
                if after < s.end && ctx.tag(after) == Tag::Vpp {
                    let comma = (after + 1..s.end.min(after + 12)).find(|&t| ctx.lower(t) == ",");
                    if let Some(comma) = comma.filter(|&c| {
                        (after..c).all(|t| ctx.tag(t) != Tag::V && self.in_pair[t] == NONE)
                    }) {
                        after = comma + 1;
                    }
                }
                let end = self.clause_end(after);
                if nested || !self.relay(after..end, &head) {
                    self.push_clause(after..end, cue, Some(head), QuoteRule::Selon);
                }
                k = end.max(k + 1);
                continue;
            }
            // "… menacés selon la CGT" (a headline, or no comma): a source
            // that can speak, ending the clause.
            let closes_clause = stop >= s.end || ctx.is_clause_end(stop) || verbless_tail;
            if ctx.lex.is(cue_lemma, word::SOURCE_PREPOSITION)
                && k > s.start + 2
                && ctx.lower(k - 1) != ","
                && closes_clause
                && head.tokens.end == stop
                && ctx
                    .phrase_head(head.tokens.clone())
                    .is_some_and(|h| ctx.can_speak(h))
            {
                let start = self.clause_start(k);
                let verbless_source = (from..stop).all(|t| ctx.tag(t) != Tag::V);
                if k >= start + 2 && verbless_source && !self.relay(start..k, &head) {
                    self.push_clause(start..k, cue, Some(head), QuoteRule::Selon);
                }
                k += 1;
                continue;
            }
            // "…, pour le politologue Sacha Martin.": after its content,
            // "pour" names a source only as a role, with its article and the
            // name in apposition ("pour les rameurs du club", "pour Mlle
            // Fauvette" are beneficiaries).
            let named_role = cue_lemma == "pour"
                && ctx.is(head.tokens.start, word::DETERMINER)
                && ctx
                    .phrase_head(head.tokens.clone())
                    .is_some_and(|h| ctx.is(h, word::TITLE | word::PERSON_NOUN))
                && head.tokens.clone().any(|t| ctx.tag(t) == Tag::Npp);
            if (ctx.lex.is(cue_lemma, word::SOURCE_PREPOSITION) || named_role)
                && k > s.start
                && ctx.lower(k - 1) == ","
            {
                let end = self.clause_end(k);
                if end <= k + 15 || verbless_tail {
                    // "…, selon X."
                    let mut head = self
                        .document_agent(from, end)
                        .or_else(|| ctx.np_after(from, end))
                        .unwrap_or(head);
                    // "…, selon le directeur des routes, Gilles Marsaud.":
                    // the name in apposition to the role, closing the
                    // clause, names the source.
                    if let Some(name) = self.name_after_role(&head, end) {
                        head = name;
                    }
                    let start = self.clause_start(k - 1);
                    // "« Nous refusons », a affirmé la CGT, selon l'AFP": the
                    // quote is the CGT's; X only relays it (find_via).
                    if !self.incise_after_pair(start..k - 1) && !self.relay(start..k - 1, &head) {
                        self.push_clause(start..k - 1, cue, Some(head), QuoteRule::Selon);
                    }
                }
            }
            k += 1;
        }
    }

    /// When a clause introduced by "selon X" already holds a quote ("Selon
    /// l'AFP, le Conseil a appelé à ce que …"), X relays it: it becomes that
    /// quote's `via` if it is a medium, and no second quote is made.
    pub(super) fn relay(&mut self, clause: Range<usize>, source: &MentionTokens) -> bool {
        if clause.is_empty() {
            return false;
        }
        let span = self.span_of(clause);
        let ctx = self.ctx;
        let media = ctx.is_media_span(source.tokens.start, source.tokens.end)
            || source.tokens.clone().any(|t| ctx.is_media_span(t, t + 1));
        let mut found = false;
        for q in self.found.quotes.iter_mut().rev().take(8) {
            if q.content.overlaps(&span) {
                found = true;
                if media && q.via.is_none() {
                    q.via = Some(source.tokens.clone());
                }
            }
        }
        found
    }

    /// A multiword source adjunct opening at `k`: "de l'avis de X", "aux
    /// yeux de X", "du point de vue de X", "aux dires de X", "à en croire
    /// X" (its length and cue lemma).
    pub(super) fn adjunct_source_at(&self, k: usize) -> Option<(usize, &'static str)> {
        let ctx = self.ctx;
        let at = |i: usize| {
            if k + i < ctx.len() {
                ctx.lower(k + i)
            } else {
                ""
            }
        };
        let of = |w: &str| ctx.lex.is(w, word::DE | word::DE_ARTICLE);
        // "du" and "des" hold the article: the source starts after them;
        // after "de" and "d'" it starts at its own determiner.
        match (at(0), at(1), at(2), at(3)) {
            ("de", "l'", "avis", d) if of(d) => Some((4, "de l'avis de")),
            ("aux", "yeux", d, _) if of(d) => Some((3, "aux yeux de")),
            ("du", "point", "de", "vue") if of(at(4)) => Some((5, "du point de vue de")),
            // "aux dires de X", "au dire de X", "à en croire X"
            ("aux", "dires", d, _) if of(d) => Some((3, "aux dires de")),
            ("au", "dire", d, _) if of(d) => Some((3, "au dire de")),
            ("à", "en", "croire", _) => Some((3, "à en croire")),
            _ => None,
        }
    }

    /// "X, pour qui …,": the words after "pour qui", up to the next comma or
    /// the clause's end, are the opinion of the phrase before the comma.
    pub(super) fn pour_qui(&mut self, k: usize, s: Range<usize>) {
        let ctx = self.ctx;
        if ctx.lower(k - 1) != "," {
            return;
        }
        let Some(phrase) = ctx.phrase_ending_at(k - 1, s.start) else {
            return;
        };
        let Some(head) = ctx
            .phrase_head(phrase.clone())
            .filter(|&h| ctx.can_speak(h))
        else {
            return;
        };
        let from = k + 2;
        let window = s.end.min(from + WINDOW);
        let end = (from..window)
            .find(|&t| ctx.lower(t) == "," || ctx.is_clause_end(t))
            .unwrap_or(window);
        if end <= from + 1 {
            return;
        }
        let source = MentionTokens {
            tokens: phrase,
            pronoun_offset: None,
            head: Some(head),
        };
        let cue = (self.span_of(k..k + 2), "pour".into());
        self.push_clause(from..end, cue, Some(source), QuoteRule::Selon);
    }

    /// "la déclaration du représentant du Conseil, selon laquelle …",
    /// "l'avis du Parlement selon lequel …": what the author of a report
    /// noun said. The content runs to the clause end or, when the relative
    /// stands inside a subject ("L'affirmation du ministre selon laquelle
    /// la dette sera remboursée laisse …"), to the verb after its own.
    pub(super) fn selon_lequel(&mut self, k: usize, s: Range<usize>) -> bool {
        let ctx = self.ctx;
        if k == s.start
            || k + 3 >= s.end
            || ctx.lower(k + 1) == "qui"
            || !ctx.is(k + 1, word::SUBJECT_RELATIVE)
        {
            return false;
        }
        let before = if ctx.lower(k - 1) == "," { k - 1 } else { k };
        // The report noun and its author's "de" complement, with no verb
        // or punctuation before "selon".
        let floor = s.start.max(before.saturating_sub(10));
        let noun = (floor..before)
            .rev()
            .take_while(|&t| !ctx.is_punct(t) && ctx.tag(t) != Tag::V)
            .find(|&t| ctx.tag(t) == Tag::Nc && ctx.is(t, word::REPORT_NOUN));
        let author = noun
            .and_then(|n| (n + 1..before).find(|&t| ctx.is(t, word::DE | word::DE_ARTICLE)))
            .and_then(|de| ctx.np_after(de + 1, before))
            .filter(|np| {
                ctx.phrase_head(np.tokens.clone())
                    .is_some_and(|h| ctx.can_speak(h))
            });
        let Some(author) = author else {
            return false;
        };
        let from = k + 2;
        let mut end = self.clause_end(from);
        let verb = |t: usize| ctx.tag(t) == Tag::V && self.in_pair[t] == NONE;
        // Between commas, the relative ends at a comma before a verb ("Les
        // propos de X, selon lesquels …, ont fait réagir").
        let between_commas = before < k;
        if let Some(own) = (from..end).find(|&t| verb(t)) {
            let comma = (own + 1..end)
                .find(|&t| ctx.lower(t) == "," && t + 1 < end && verb(t + 1))
                .filter(|_| between_commas);
            let main = (own + 1..end)
                .take_while(|&t| {
                    !ctx.is_punct(t) && !matches!(ctx.tag(t), Tag::Cs | Tag::Cc | Tag::ProRel)
                })
                .find(|&t| verb(t));
            if let Some(main) = comma.or(main) {
                end = main;
            }
        }
        let cue = (self.span_of(k..k + 2), "selon".into());
        self.push_clause(from..end, cue, Some(author), QuoteRule::SpeechNoun);
        true
    }

    /// After "Selon X," the end of a role in apposition to the name X ("le
    /// président de la fédération,"), to skip: it is no content.
    pub(super) fn role_apposition(
        &self,
        source: &MentionTokens,
        from: usize,
        limit: usize,
    ) -> Option<usize> {
        let ctx = self.ctx;
        if !ctx.is_capitalised(source.tokens.start) || ctx.is(source.tokens.start, word::DETERMINER)
        {
            return None;
        }
        let comma = (from..limit.min(from + 10)).find(|&t| ctx.lower(t) == ",")?;
        let head = ctx.phrase_head(from..comma)?;
        // "le président de la fédération," or a bare role: "maire de la
        // commune,".
        if !ctx.is(from, word::DETERMINER) && head != from {
            return None;
        }
        let role = ctx.is(head, word::TITLE | word::PERSON_NOUN);
        let verbless = (from..comma).all(|t| ctx.tag(t) != crate::pos::Tag::V);
        (role && verbless).then_some(comma + 1)
    }

    /// Whether `range` holds a closing quotation mark followed by the verb
    /// group of an incise ("« … », a affirmé la CGT").
    pub(super) fn incise_after_pair(&self, range: Range<usize>) -> bool {
        range.clone().any(|c| {
            let next = if c + 1 < range.end && self.ctx.lower(c + 1) == "," {
                c + 2
            } else {
                c + 1
            };
            self.closing[c] != NONE && next < range.end && self.group_starting[next] != NONE
        })
    }

    /// Whether token `k` is inside the content of a quote made just before.
    pub(super) fn already_covered(&self, k: usize) -> bool {
        self.covering_quote(k, |_| true)
    }

    /// Whether token `k` is inside the content of an indirect or mixed
    /// quote made just before.
    pub(super) fn covered_by_indirect(&self, k: usize) -> bool {
        self.covering_quote(k, |kind| kind != QuoteKind::Direct)
    }

    pub(super) fn covering_quote(&self, k: usize, kind_ok: impl Fn(QuoteKind) -> bool) -> bool {
        let t = self.ctx.tokens[k].start as usize;
        self.found
            .quotes
            .iter()
            .rev()
            .take(4)
            .any(|q| kind_ok(q.kind) && q.content.start <= t && t < q.content.end)
    }

    /// The name in apposition after a role that ends before a comma, when
    /// the name runs to `end`: "le directeur des routes, Gilles Marsaud".
    fn name_after_role(&self, role: &MentionTokens, end: usize) -> Option<MentionTokens> {
        let ctx = self.ctx;
        let comma = role.tokens.end;
        if comma + 1 >= end
            || ctx.lower(comma) != ","
            || !ctx.is(role.tokens.start, word::DETERMINER)
            || !ctx
                .phrase_head(role.tokens.clone())
                .is_some_and(|h| ctx.is(h, word::TITLE | word::PERSON_NOUN))
        {
            return None;
        }
        ctx.np_after(comma + 1, end).filter(|name| {
            name.tokens.end == end
                && ctx.is_capitalised(name.tokens.start)
                && !ctx.is(name.tokens.start, word::DETERMINER)
                && name.tokens.clone().any(|t| ctx.tag(t) == Tag::Npp)
        })
    }

    /// The maker of figures or a document the source phrase `from..stop`
    /// names by a participle and "par" ("les chiffres publiés jeudi par
    /// l'Insee", "une étude réalisée par la fédération"): the phrase after
    /// "par", when it opens with an article and a capitalised word or an
    /// organisation's noun, and the figures themselves name no one ("un
    /// sondage Ifop publié par le JDD" stays Ifop's; "un diplomate
    /// interrogé par l'AFP" is the diplomat).
    fn document_agent(&self, from: usize, stop: usize) -> Option<MentionTokens> {
        let ctx = self.ctx;
        let head = (from..stop).find(|&k| !ctx.is(k, word::DETERMINER))?;
        if !ctx.is(head, word::SOURCE_NOUN | word::DOCUMENT_NOUN) || ctx.is_capitalised(head) {
            return None;
        }
        // The noun's adjectives, then its participle, then up to four
        // words of time or place before "par", none capitalised.
        let mut k = head + 1;
        while k < stop && ctx.tag(k) == Tag::Adj && !ctx.is_capitalised(k) {
            k += 1;
        }
        if k >= stop || ctx.tag(k) != Tag::Vpp {
            return None;
        }
        let par = (k + 1..stop.min(k + 6)).find(|&t| ctx.lower(t) == "par")?;
        use crate::token::TokenKind::{Number, Word};
        if (k + 1..par).any(|t| ctx.is_capitalised(t) || !matches!(ctx.kind(t), Word | Number)) {
            return None;
        }
        let name = par + 2;
        (name < stop
            && ctx.is(par + 1, word::DETERMINER)
            && (ctx.is_capitalised(name) || ctx.is(name, word::ORG_NOUN | word::INSTITUTION_PLACE)))
        .then(|| ctx.np_after(par + 1, stop))
        .flatten()
    }

    /// Whether the phrase after "selon"/"pour" names a source: a person,
    /// an organisation, a pronoun, a document; not "selon les régions".
    pub(super) fn selon_source(&self, np: &MentionTokens, cue: &str) -> bool {
        let ctx = self.ctx;
        let words: Vec<&str> = np.tokens.clone().map(|k| ctx.lower(k)).collect();
        if np
            .tokens
            .clone()
            .any(|k| ctx.g.depending_on.contains(ctx.lower(k)))
            || words[0] == "que"
            || words[0] == "qu'"
        {
            return false;
        }
        let pronoun = ctx.is(np.tokens.start, word::STRESSED_THIRD);
        let head = ctx.phrase_head(np.tokens.clone());
        if ctx.lex.is(cue, word::SOURCE_PREPOSITION) {
            // "selon X" reports X's words when X can speak or reports
            // ("selon la police", "selon al-Jabbouri", "selon un sondage",
            // "selon les chiffres");
            // any other thing is what varies ("selon les années") or a
            // rule followed ("selon les instructions").
            // A known outlet speaks even when its name is an article and
            // adjectives, no noun that speaks for a head ("selon Le
            // Parisien", "d'après Le Républicain lorrain").
            return !ctx.is(np.tokens.start, word::FIRST_PERSON_STRESSED)
                && (pronoun
                    || head.is_some_and(|h| {
                        ctx.can_speak(h)
                            || ctx.is(h, word::DOCUMENT_NOUN | word::SOURCE_NOUN)
                            || ctx.is_capitalised(h)
                            || ctx.name_word(h)
                    })
                    || ctx.is_media_span(np.tokens.start, np.tokens.end));
        }
        // "Pour X," ("aux yeux de X", "de l'avis de X") is an opinion only
        // when X is someone: the head of the
        // phrase names a person or a body ("pour le procureur", "pour la
        // CGT"), not a time or a thing ("pour la première fois", "pour ce
        // premier rendez-vous").
        pronoun || head.is_some_and(|h| ctx.can_speak(h))
    }
}
