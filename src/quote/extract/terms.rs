//! Step 3's detection of quoted terms: quotation marks that report no
//! speech (a title, a name, a term).

use super::*;

impl Extractor<'_, '_> {
    /// Quotation marks that report no speech: a title, a name, a term.
    /// A title cited with its source and date, as in a list of references:
    /// "« … », Le Monde, 13 septembre 2006", "« … » par Andre Gunthert pour
    /// ARHV, 8 août 2006". What follows the marks to the sentence end has
    /// no verb and holds a year.
    pub(super) fn is_cited_title(&self, p: &Pair) -> bool {
        let ctx = self.ctx;
        let Some(close) = p.close else {
            return false;
        };
        let end = ctx.sentence_tokens(p.open).end;
        if close + 2 >= end || !matches!(ctx.lower(close + 1), "," | "par") {
            return false;
        }
        // The last verb or quoted word of the sentence, and the last year
        // after it, read back from its end once for all its marks: a
        // sentence of many marks stays linear.
        let (known_end, mut blocker, mut year) = self.title_tail.get();
        if known_end != end {
            let is_year = |t: usize| {
                let s = ctx.surface(t);
                s.len() == 4
                    && (s.starts_with("18") || s.starts_with("19") || s.starts_with("20"))
                    && s.bytes().all(|b| b.is_ascii_digit())
            };
            let start = ctx.sentence_tokens(p.open).start;
            (blocker, year) = (None, None);
            for t in (start..end).rev() {
                if ctx.tag(t) == crate::pos::Tag::V || self.in_pair[t] != NONE {
                    blocker = Some(t);
                    break;
                }
                if year.is_none() && is_year(t) {
                    year = Some(t);
                }
            }
            self.title_tail.set((end, blocker, year));
        }
        blocker.is_none_or(|b| b <= close) && year.is_some_and(|y| y > close)
    }

    pub(super) fn is_term(&self, k: usize) -> bool {
        let ctx = self.ctx;
        let p = self.pairs[k];
        if p.kind == MarkKind::Dialogue {
            return false;
        }
        if self.continues_previous_paragraph(k) {
            return false;
        }
        if self.is_cited_title(p) {
            return true;
        }
        // A line opened by a dialogue dash is a turn ("-- « Oui »").
        let dash_turn =
            p.open > 0 && starts_line(ctx, p.open - 1) && is_dash(ctx.surface(p.open - 1));
        if dash_turn {
            return false;
        }
        let words = p.content.clone().filter(|&t| !ctx.is_punct(t)).count();
        // A short unattributed fragment inside a sentence is a term or a
        // scare quote, not a report ("un tas de choses « qui pourraient
        // servir »").
        let sentence_start = ctx.sentence_tokens(p.open).start;
        let standalone = p.open == sentence_start
            || (p.open == sentence_start + 1 && ctx.is_punct(sentence_start));
        if !standalone && words <= 6 {
            return true;
        }
        // Nor is a longer one with no finite verb: a name or a phrase ("mis
        // en examen pour « trafic d'influence et abus de biens sociaux »").
        // Past ten words, a verbless quotation cites a text (a list of
        // themes, a slogan) and stays a quote.
        let finite = p.content.clone().any(|t| ctx.tag(t) == crate::pos::Tag::V);
        if !standalone && !finite && words <= 10 {
            return true;
        }
        // Nor, at any length, is one that names the noun just before it: a
        // document, an event or a definition ("le rapport de la commission
        // « l'avenir des transports … »", "son article 4 « toute mesure
        // … »", "Ichthyostega, « le plus ancien des vertébrés … »").
        if !standalone && !finite && self.names_noun_before(p.open) {
            return true;
        }
        let naming = p.open > 0 && ctx.is(p.open - 1, word::NAMING_WORD | word::DETERMINER);
        words <= 3 || (naming && words <= 8)
    }

    /// The speaker and cue of the attributed fragment that a short pair,
    /// otherwise a term, is coordinated to in the same sentence: "a
    /// qualifié la réforme de « brutale » et d'« injuste »", "décrit des
    /// couloirs « remplis de brancards » et des soignants « à bout »", "a
    /// demandé « des renforts » et non « des opérations coup de poing »"
    /// (GUIDELINES: a short fragment the subject's verb governs is that
    /// subject's words). Between the two pairs: a coordinating
    /// conjunction, then at most "non" or "pas", a preposition, and a
    /// determiner with up to two lowercase nouns or adjectives (the
    /// coordinated object), no verb.
    pub(super) fn coordinated_fragment(&self, k: usize) -> Option<Attribution> {
        let ctx = self.ctx;
        let p = self.pairs[k];
        let prev = self.pairs[k.checked_sub(1)?];
        let close = prev.close?;
        if p.kind == MarkKind::Dialogue || p.open < close + 2 || p.open > close + 7 {
            return None;
        }
        let q = self.found.quotes.last()?;
        if !matches!(q.rule, QuoteRule::VerbQuote | QuoteRule::Fragment)
            || q.speaker.is_none()
            || q.kind != QuoteKind::Direct
            || !prev.content.contains(&q.first_token)
            || ctx.sentence_of[close] != ctx.sentence_of[p.open]
        {
            return None;
        }
        let mut t = close + 1;
        if ctx.lower(t) == "," {
            t += 1;
        }
        if ctx.tag(t) != crate::pos::Tag::Cc {
            return None;
        }
        t += 1;
        if ctx.lex.grammar.fragment_negations.contains(ctx.lower(t)) {
            t += 1;
        }
        if matches!(ctx.tag(t), crate::pos::Tag::P) || ctx.is(t, word::DE) {
            t += 1;
        }
        if t < p.open && ctx.is(t, word::DETERMINER | word::DE_ARTICLE) {
            t += 1;
            let mut words = 0;
            while t < p.open
                && words < 2
                && matches!(ctx.tag(t), crate::pos::Tag::Nc | crate::pos::Tag::Adj)
                && !ctx.is_capitalised(t)
            {
                t += 1;
                words += 1;
            }
            if words == 0 {
                return None;
            }
        }
        (t == p.open).then(|| Attribution {
            cue: q.cue.clone(),
            speaker: q.speaker.clone(),
            rule: QuoteRule::Fragment,
        })
    }

    /// A closed, non-dialogue pair of at most six words and no finite verb
    /// that does not end its sentence: a word or a bracket follows it
    /// ("« … ») désigne", "« … » par X"). A headline's quote ends its line
    /// ("Banques belges piratées : « Le parquet exagère les chiffres »",
    /// where the tagger may miss the verb) and stays a quote.
    pub(super) fn is_short_verbless(&self, p: &Pair) -> bool {
        let ctx = self.ctx;
        let Some(close) = p.close else {
            return false;
        };
        if p.kind == MarkKind::Dialogue {
            return false;
        }
        let end = ctx.sentence_tokens(p.open).end;
        let followed = (close + 1..end).any(|t| !matches!(ctx.lower(t), "." | "!" | "?" | "…"));
        let words = p.content.clone().filter(|&t| !ctx.is_punct(t)).count();
        followed && words <= 6 && !p.content.clone().any(|t| ctx.tag(t) == crate::pos::Tag::V)
    }

    /// The token before the mark that opens at `open` ends a noun phrase
    /// (a noun, a name or a number), or is the comma of an apposition after
    /// one.
    fn names_noun_before(&self, open: usize) -> bool {
        use crate::pos::Tag;
        let ctx = self.ctx;
        let noun = |t: usize| matches!(ctx.tag(t), Tag::Nc | Tag::Npp | Tag::Num);
        match open.checked_sub(1) {
            Some(b) if ctx.lower(b) == "," => b > 0 && noun(b - 1),
            Some(b) => noun(b),
            None => false,
        }
    }
}
