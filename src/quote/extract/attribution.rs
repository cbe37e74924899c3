//! Step 2's attribution of a pair of marks from outside it: a cue after
//! the closing mark ("», a-t-il dit", "», selon X", "» (X)"), before the
//! opening one ("X a déclaré : «", the headline "X : «"), a quoted fragment
//! named by its verb ("se dit « rassuré »"), a colon ending a clause.

use super::*;
use crate::pos::Tag;

impl<'a> Extractor<'_, 'a> {
    /// A cue after the closing mark: "», a-t-il dit", "» indique X",
    /// "», selon X", "» (X)", "» – X".
    pub(super) fn after(&self, p: &Pair) -> Option<Attribution> {
        let ctx = self.ctx;
        let close = p.close?;
        let mut s = ctx.sentence_tokens(close);
        let mut t = close + 1;
        if t < s.end && ctx.lower(t) == "," {
            t += 1;
        }
        if t >= s.end {
            // "« … » — Sonia Martin, journaliste": a dash after a quote that
            // ends its sentence, in the same paragraph, signs it.
            // The signature is short, verbless and ends the paragraph (a
            // dialogue turn after the quote is none).
            let signed = t < ctx.len()
                && matches!(ctx.lower(t), "—" | "–" | "-")
                && ctx.sentence(t).paragraph == ctx.sentence(close).paragraph
                && {
                    let sig = ctx.sentence_tokens(t);
                    let paragraph = &ctx.paragraphs[ctx.sentence(t).paragraph];
                    sig.len() <= 12
                        && sig.end == paragraph.tokens.end
                        && sig.clone().all(|k| {
                            !ctx.is(k, word::SPEECH_VERB | word::QUOTATION_MARK)
                                && !matches!(ctx.lower(k), "!" | "?" | "…")
                        })
                };
            if !signed {
                return None;
            }
            s = ctx.sentence_tokens(t);
        }
        if self.group_starting[t] != NONE {
            let g = &self.groups[self.group_starting[t] as usize];
            if g.negated {
                return None;
            }
            // With no comma and no inverted clitic, marks inside a phrase
            // ("Le film « … » raconte", "La chanson « … » a été reprise")
            // name a title that is the verb's subject: no incise. Marks
            // that open their clause ("« … » a déclaré X") are one.
            let inside_phrase =
                p.open > s.start && ctx.kind(p.open - 1) == crate::token::TokenKind::Word;
            if t == close + 1 && g.clitic.is_none() && inside_phrase {
                return None;
            }
            let speaker = self.ctx.inverted_subject(g, s.end.min(g.end + WINDOW));
            return Some(Attribution {
                cue: Some(self.cue_of(g)),
                speaker,
                rule: QuoteRule::Incise,
            });
        }
        if let Some(a) = self.governed_incise(t, s.end) {
            return Some(a);
        }
        match ctx.lower(t) {
            ":" => self.speech_noun_source(t + 1, s.end),
            "selon" | "d'" => {
                let len = if ctx.lower(t) == "d'" {
                    if t + 1 < s.end && ctx.lower(t + 1) == "après" {
                        2
                    } else {
                        return None;
                    }
                } else {
                    1
                };
                let np = ctx.np_after(t + len, s.end)?;
                Some(Attribution {
                    cue: Some((self.span_of(t..t + len), ctx.lower(t).into())),
                    speaker: Some(np),
                    rule: QuoteRule::Selon,
                })
            }
            "(" | "-" | "–" | "—" => {
                let np = ctx.np_after(t + 1, s.end.min(t + 8))?;
                let closes =
                    ctx.lower(t) != "(" || ctx.lower(np.tokens.end.min(ctx.len() - 1)) == ")";
                // "« zone d'éducation prioritaire » (ZEP)": the term's own
                // abbreviation, not who said it.
                if np.tokens.len() == 1 && self.abbreviates(np.tokens.start, p.content.clone()) {
                    return None;
                }
                (closes && ctx.is_capitalised(np.tokens.start)).then_some(Attribution {
                    cue: None,
                    speaker: Some(np),
                    rule: QuoteRule::Attribution,
                })
            }
            _ => None,
        }
    }

    /// An incise whose governing verb stands where its speech verb would,
    /// at `t` after the closing mark, past a reflexive clitic: "», a tenu à
    /// préciser le maire", "», s'est empressé de préciser X", "», a-t-il
    /// tenu à rappeler" (the infinitive's governing group,
    /// [`Extractor::governing_group_start`], opens at `t`). The subject is
    /// the inverted clitic after the auxiliary, or the phrase after the
    /// infinitive.
    fn governed_incise(&self, t: usize, end: usize) -> Option<Attribution> {
        let ctx = self.ctx;
        let from = t + usize::from(ctx.is(t, word::REFLEXIVE));
        let gi = self.groups.partition_point(|g| g.start <= from);
        let g = self.groups[gi..]
            .iter()
            .take_while(|g| g.start < end && g.start <= from + 6)
            .find(|g| g.form == VerbForm::Infinitive)?;
        if g.negated || self.governing_group_start(g)? != from {
            return None;
        }
        let speaker = if from + 1 < end && ctx.is(from + 1, word::CLITIC_SUBJECT) {
            let with_clitic = VerbGroup {
                clitic: Some(from + 1),
                ..g.clone()
            };
            ctx.inverted_subject(&with_clitic, end)
        } else {
            ctx.inverted_subject(g, end.min(g.end + WINDOW))
        };
        Some(Attribution {
            cue: Some(self.cue_of(g)),
            speaker,
            rule: QuoteRule::Incise,
        })
    }

    /// Whether the all-capital token `t` spells the initials of the content
    /// words of `content` ("ZEP" for "zone d'éducation prioritaire").
    pub(super) fn abbreviates(&self, t: usize, content: Range<usize>) -> bool {
        let ctx = self.ctx;
        if !ctx.tokens[t].is_upper() {
            return false;
        }
        let initials: String = content
            .filter(|&k| {
                !ctx.is_punct(k) && !ctx.is(k, word::FUNCTION_WORD) && !ctx.lower(k).ends_with('\'')
            })
            .filter_map(|k| crate::lexicon::fold(ctx.surface(k)).chars().next())
            .collect();
        initials.len() >= 2 && initials == crate::lexicon::fold(ctx.surface(t))
    }

    /// The headline form "« … » : le cri d'alarme des médecins", "« … » :
    /// l'appel de Zelensky": a speech noun, then its source after "de".
    pub(super) fn speech_noun_source(&self, from: usize, limit: usize) -> Option<Attribution> {
        let ctx = self.ctx;
        let window = limit.min(from + 6);
        let (noun, len) = (from..window)
            .map(|k| (k, ctx.g.speech_nouns.match_len(ctx.lowers_from(k))))
            .find(|&(_, len)| len > 0)?;
        let of = (noun + len..window.max(noun + len)).find(|&k| {
            ctx.is(k, word::DE_ARTICLE)
                || (ctx.is(k, word::DE)
                    && k + 1 < limit
                    && (ctx.is_capitalised(k + 1) || ctx.is(k + 1, word::DETERMINER)))
        })?;
        let start = if ctx.is(of, word::DE_ARTICLE) {
            of
        } else {
            of + 1
        };
        let mut speaker = ctx.np_after(start, limit)?;
        if ctx.lower(of) == "du" {
            speaker.tokens.start = of + 1; // "du gouvernement" names "gouvernement"
        }
        let cue = self.span_of(noun..noun + len);
        Some(Attribution {
            cue: Some((cue, cue.slice(ctx.text).to_lowercase().into())),
            speaker: Some(speaker),
            rule: QuoteRule::SpeechNoun,
        })
    }

    /// The headline form "Emmanuel Macron : « … »", "La CGT : « … »": a
    /// verbless phrase that can speak, alone before the colon that opens
    /// its sentence's quotation.
    pub(super) fn headline_speaker(&self, from: usize, colon: usize) -> Option<MentionTokens> {
        let ctx = self.ctx;
        if colon <= from || colon - from > 8 {
            return None;
        }
        // A party or an acronym in parentheses after the phrase ("Nadia
        // Ferhat (Renaissance) : « … »") is no part of the speaking phrase.
        let end = match colon.checked_sub(1) {
            Some(close) if ctx.lower(close) == ")" => (from..close)
                .rev()
                .find(|&k| ctx.lower(k) == "(")
                .filter(|&open| open > from && close - open <= 4)?,
            _ => colon,
        };
        let end = self.before_apposition(from, end).unwrap_or(end);
        let phrase = from..end;
        // Nouns, names, adjectives and their "de" complements only, in the
        // sentence of the quotation (so tagged).
        let nominal = phrase.clone().all(|k| {
            self.in_pair[k] == NONE
                && (matches!(ctx.tag(k), Tag::Det | Tag::Nc | Tag::Npp | Tag::Adj)
                    || ctx.is(k, word::DE | word::DE_ARTICLE)
                    || ctx.lower(k) == "-")
        });
        let head = self
            .common_first_name_run(phrase.clone())
            .or_else(|| {
                ctx.phrase_head(phrase.clone()).filter(|&h| {
                    nominal && matches!(ctx.tag(h), Tag::Nc | Tag::Npp) && ctx.can_speak(h)
                })
            })
            .or_else(|| self.unknown_name(phrase.clone()))?;
        Some(MentionTokens {
            tokens: phrase,
            pronoun_offset: None,
            head: Some(head),
        })
    }

    /// Where a name of two or three capitalised words ends when a short
    /// verbless apposition follows it ("Jeanne Hollier, 92 ans : « … »",
    /// "Gilles Morvan, agriculteur à Plouzélec : « … »"): the name speaks,
    /// its age, role or place does not. A lone word before the comma
    /// ("Paris, le 3 mai : « … »", a dateline) is refused.
    fn before_apposition(&self, from: usize, end: usize) -> Option<usize> {
        let ctx = self.ctx;
        let comma = (from..end).find(|&k| ctx.lower(k) == ",")?;
        let name = (2..=3).contains(&(comma - from))
            && (from..comma).all(|k| self.in_pair[k] == NONE && ctx.is_capitalised_content(k));
        let apposition = (1..=5).contains(&(end - comma - 1))
            && (comma + 1..end).all(|k| {
                self.in_pair[k] == NONE
                    && (matches!(
                        ctx.tag(k),
                        Tag::Det | Tag::Nc | Tag::Npp | Tag::Adj | Tag::Num | Tag::P | Tag::PD
                    ) || ctx.is(k, word::DE | word::DE_ARTICLE)
                        || matches!(ctx.lower(k), "," | "-"))
            });
        (name && apposition).then_some(comma)
    }

    /// A headline's name the tagger cannot know ("Vantorel : « … »",
    /// "Ségolène Royal : « … »"): opening the sentence, its capital tells
    /// nothing, so an unknown first word gets a common noun's suffix guess.
    /// One to three capitalised words, the first unknown to the tagger's
    /// lexicon, make a name when French spelling shows it: a second
    /// capitalised word ("Royal"), or the word capitalised after another
    /// word further on ("le groupe Vantorel"), as no common noun is; a topic
    /// ("Canicule : « … »") is written "la canicule". The last word is the
    /// head.
    fn unknown_name(&self, phrase: std::ops::Range<usize>) -> Option<usize> {
        /// How far on a single word is looked for again (linear time).
        const REACH: usize = 2000;
        let ctx = self.ctx;
        let names = phrase.len() <= 3
            && phrase
                .clone()
                .all(|k| self.in_pair[k] == NONE && ctx.is_capitalised_content(k));
        if !names || ctx.lex.pos.is_known(ctx.lower(phrase.start)) {
            return None;
        }
        let first = ctx.lower(phrase.start);
        let spelt_as_name = phrase.len() > 1 || {
            // The first position at or after the phrase's end where `first`
            // is capitalised after a word, within REACH tokens.
            let index = self.capitalised_after_word();
            let at = index.partition_point(|&(w, k)| (w, k as usize) < (first, phrase.end));
            index
                .get(at)
                .is_some_and(|&(w, k)| w == first && (k as usize) < phrase.end + REACH)
        };
        spelt_as_name.then(|| phrase.end - 1)
    }

    /// A headline's name opened by a first name that is also a common noun
    /// ("Clémence Rioual : « … »", "Rose Vasseur : « … »"): tagged a noun,
    /// the first name heads the phrase and cannot speak, where the subject
    /// reader takes the same words as a name ("Clémence Rioual a affirmé").
    /// Two or three capitalised words, the first listed in
    /// `common_word_first_names`, a surname's particle between ("Violette Le
    /// Guennec"), make a name headed, as the subject reader heads it, by the
    /// first name (so the whole name is read, not the surname alone); a
    /// lone word ("Prudence : « … »") or a heading's noun ("Sécurité",
    /// "Affaire Clearstream") stays a topic.
    fn common_first_name_run(&self, phrase: std::ops::Range<usize>) -> Option<usize> {
        let ctx = self.ctx;
        let last = phrase.end.checked_sub(1)?;
        ((2..=3).contains(&phrase.len())
            && ctx.is(phrase.start, word::COMMON_FIRST_NAME)
            && phrase.clone().all(|k| {
                let particle = k > phrase.start
                    && k < last
                    && ctx.is(k, word::NAME_PARTICLE | word::SURNAME_PARTICLE);
                self.in_pair[k] == NONE
                    && (particle
                        || ctx.is_capitalised_content(k)
                            && !ctx.is(k, word::DEMONYM | word::ORG_NOUN))
            }))
        .then_some(phrase.start)
    }

    /// Every word capitalised after another word, by lowercase form and
    /// position (built once a document, when first asked).
    fn capitalised_after_word(&self) -> &[(&'a str, u32)] {
        self.capitalised_after_word.get_or_init(|| {
            let ctx = self.ctx;
            let mut index: Vec<(&'a str, u32)> = (1..ctx.len())
                .filter(|&k| {
                    ctx.kind(k - 1) == crate::token::TokenKind::Word && ctx.is_capitalised(k)
                })
                .map(|k| (ctx.lower(k), k as u32))
                .collect();
            index.sort_unstable();
            index
        })
    }

    /// A cue before the opening mark: "X a déclaré : «", "X : «", or a
    /// reporting verb earlier in the sentence ("un message disant «").
    pub(super) fn before(&self, p: &Pair) -> Option<Attribution> {
        let ctx = self.ctx;
        if p.open == 0 {
            return None;
        }
        // A name inside a noun phrase ("le « Nautilus »", "du « Queen of the
        // Waves »") is a quoted term, whatever verb governs the phrase.
        let words = p.content.clone().filter(|&t| !ctx.is_punct(t)).count();
        if words <= 8 && ctx.is(p.open - 1, word::NAME_ARTICLE) {
            return None;
        }
        if words <= 8 && self.is_work_title(p) {
            return None;
        }
        let s = ctx.sentence_tokens(p.open);
        let floor = s.start.max(p.open.saturating_sub(WINDOW));
        // The last group before the mark, in the same sentence, outside quotes.
        let gi = self.groups.partition_point(|g| g.end <= p.open);
        let group = self.groups[..gi]
            .iter()
            .rev()
            .take_while(|g| g.start >= floor)
            .find(|g| self.in_pair[g.verb] == NONE);
        if let Some(g) = group {
            if g.negated || g.passive {
                return None;
            }
            // Close enough to be its complement ("disant « … »", "parlant
            // d'un « … »"), with no other quote in between.
            // "a décrit son agresseur comme un homme « … »": a naming word
            // just before the marks lets the object be longer.
            let naming = (p.open.saturating_sub(3)..p.open)
                .any(|k| ctx.lower(k) == "comme" || (k + 1 == p.open && ctx.is(k, word::DE)));
            // "« … », a affirmé X, « … »": the incise of the marks closed
            // before it.
            let incise =
                g.start >= 2 && ctx.lower(g.start - 1) == "," && self.closing[g.start - 2] != NONE;
            // "La réforme, a concédé X, « … »": an incise splitting the
            // clause, its inverted subject the speaker.
            let split = if incise || ctx.lower(p.open - 1) != "," || g.start < 2 {
                None
            } else {
                self.split_incise_speaker(g, p.open)
            };
            let reach = if (incise || split.is_some()) && ctx.lower(p.open - 1) == "," {
                // The incise's subject may carry an apposition before the
                // second half: "», reconnaît le colonel X, commandant des
                // pompiers de l'Aude, « …".
                16
            } else if words <= 3 && !(naming && self.is_fragment(g, p)) {
                3
            } else {
                8
            };
            let between_quote = (g.end..p.open).any(|t| self.in_pair[t] != NONE);
            if !between_quote && p.open <= g.end + reach {
                let colon = (g.end..p.open).any(|t| ctx.lower(t) == ":");
                return Some(Attribution {
                    cue: Some(self.cue_of(g)),
                    speaker: split.clone().or_else(|| self.subject_of(g)),
                    rule: if colon {
                        QuoteRule::VerbColon
                    } else if incise || split.is_some() {
                        QuoteRule::Incise
                    } else if self.is_fragment(g, p) {
                        QuoteRule::Fragment
                    } else {
                        QuoteRule::VerbQuote
                    },
                });
            }
        }
        self.naming_fragment(p, floor)
    }

    /// Whether the marks hold the title of a work that the words around
    /// them name: a work word right before them ("un éditorial intitulé
    /// « … »", "le roman « … »"), or heading a phrase in apposition after
    /// them, within its determiner and two modifiers ("publie « Les Années
    /// grises », un roman sur …", "« … », son troisième long métrage"), or
    /// after a headline's colon when the marks hold no verb ("« La Nuit des
    /// veilleurs » : le film de X primé à Cannes").
    pub(super) fn is_work_title(&self, p: &Pair) -> bool {
        let ctx = self.ctx;
        if p.open > 0 && ctx.is(p.open - 1, word::WORK_TITLE_WORD) {
            return true;
        }
        let Some(close) = p.close else {
            return false;
        };
        let det = close + 2;
        let colon = det < ctx.len()
            && ctx.lower(close + 1) == ":"
            && !p.content.clone().any(|t| ctx.tag(t) == Tag::V);
        if det + 1 >= ctx.len()
            || !(ctx.lower(close + 1) == "," || colon)
            || !ctx.is(det, word::DETERMINER)
        {
            return false;
        }
        (det + 1..ctx.len().min(det + 4))
            .take_while(|&k| !ctx.is_punct(k) && !ctx.is(k, word::DE))
            .any(|k| ctx.is(k, word::WORK_TITLE_WORD))
    }

    /// A few words in marks that the verb before them names or describes
    /// with: "se dit « rassuré »", "qualifie l'affaire de « … »", "l'a
    /// décrite comme une femme « remarquable »".
    pub(super) fn is_fragment(&self, g: &VerbGroup, p: &Pair) -> bool {
        let ctx = self.ctx;
        let words = p.content.clone().filter(|&t| !ctx.is_punct(t)).count();
        let reflexive = (g.start..g.verb).any(|k| ctx.is(k, word::REFLEXIVE));
        let naming = (g.end..p.open).any(|k| ctx.is(k, word::DE) || ctx.lower(k) == "comme");
        // An adjective attribute of the object: "juge « inacceptable » la
        // décision", "trouve la mesure « injuste »" (not "dénonce une
        // « mascarade »", the object itself).
        let attribute = g.lemma_is(word::ATTRIBUTE_VERB)
            && words <= 4
            && !ctx.is(p.open - 1, word::DETERMINER)
            && p.content
                .clone()
                .find(|&t| !ctx.is_punct(t))
                .is_some_and(|t| matches!(ctx.tag(t), Tag::Adj | Tag::Vpp));
        words <= 8 && (naming || attribute || (reflexive && p.open == g.end))
    }

    /// "Il traite sa fille de « petite-bourgeoise »": a naming verb that is
    /// no reporting verb, with "de" right before the marks, gives the
    /// fragment to its subject.
    pub(super) fn naming_fragment(&self, p: &Pair, floor: usize) -> Option<Attribution> {
        let ctx = self.ctx;
        let words = p.content.clone().filter(|&t| !ctx.is_punct(t)).count();
        if words > 8 || p.open == 0 || !ctx.is(p.open - 1, word::DE) {
            return None;
        }
        let verb = (floor.max(p.open.saturating_sub(6))..p.open - 1)
            .rev()
            .find(|&k| ctx.is(k, word::FRAGMENT_VERB))?;
        if (verb + 1..p.open).any(|k| self.in_pair[k] != NONE || ctx.is_punct(k)) {
            return None;
        }
        let mut start = verb;
        // Its clitics and auxiliary: "l'a traitée de", "a traité X de".
        while start > floor
            && (matches!(ctx.tag(start - 1), Tag::Clo | Tag::Clr)
                || ctx.is(start - 1, word::AUXILIARY))
        {
            start -= 1;
        }
        let lemma = if ctx.lower(verb).starts_with("tax") {
            "taxer"
        } else {
            "traiter"
        };
        let g = VerbGroup {
            start,
            end: verb + 1,
            verb,
            lemma: lemma.into(),
            lemma_flags: ctx.lex.word_flags(lemma),
            class: crate::lexicon::VerbClass::Speech,
            form: VerbForm::Finite,
            negated: false,
            litotes: false,
            passive: false,
            clitic: None,
        };
        if start > floor && ctx.is(start - 1, word::NEGATION) {
            return None;
        }
        let speaker = ctx.subject_before(&g, floor)?;
        Some(Attribution {
            cue: Some((self.span_of(verb..verb + 1), g.lemma.clone())),
            speaker: Some(speaker),
            rule: QuoteRule::Fragment,
        })
    }

    /// "…, il s'était pris au président : « … »": a colon (ending this
    /// sentence's clause or the previous sentence) with no reporting verb
    /// attributes the quote to the clause's subject.
    pub(super) fn colon_before(&self, open: usize) -> Option<Attribution> {
        let ctx = self.ctx;
        if open == 0 {
            return None;
        }
        let mut colon = open - 1;
        // ": — « …" and ":-- « …": a dialogue dash may stand between.
        if colon > 0 && matches!(ctx.lower(colon), "—" | "–" | "-" | "--") {
            colon -= 1;
        }
        if ctx.lower(colon) != ":" {
            return None;
        }
        let s = ctx.sentence_tokens(colon);
        let floor = s.start.max(colon.saturating_sub(WINDOW));
        // Reported speech ending at the colon: "Selon X, le boson … : « … »"
        // goes on in X's words.
        let colon_at = ctx.tokens[colon].start as usize;
        let before_colon = colon
            .checked_sub(1)
            .map_or(colon_at, |b| ctx.tokens[b].end as usize);
        if let Some(q) = self.found.quotes.iter().rev().take(8).find(|q| {
            q.content.end <= colon_at && q.content.end >= before_colon && q.speaker.is_some()
        }) {
            return Some(Attribution {
                cue: Some((self.span_of(colon..colon + 1), ":".into())),
                speaker: q.speaker.clone(),
                rule: QuoteRule::Colon,
            });
        }
        // A verb group right before the colon ("elle ajouta très vite :").
        // Groups are sorted by end: the walk back stops at the first one
        // ending before the window, so a colon after many cues costs no more
        // than one after a few.
        let gi = self.groups.partition_point(|g| g.end <= colon);
        let mut cue = Some((self.span_of(colon..colon + 1), ":".into()));
        let last_group = self.groups[..gi]
            .iter()
            .rev()
            .take_while(|g| g.end > floor)
            .find(|g| g.start >= floor);
        if let Some(g) = last_group {
            if g.negated {
                return None;
            }
            cue = Some(self.cue_of(g));
            if let Some(speaker) = self.subject_of(g) {
                return Some(Attribution {
                    cue,
                    speaker: Some(speaker),
                    rule: QuoteRule::VerbColon,
                });
            }
        }
        if last_group.is_none() {
            if let Some(speaker) = self.headline_speaker(s.start, colon) {
                return Some(Attribution {
                    cue,
                    speaker: Some(speaker),
                    rule: QuoteRule::HeadlineColon,
                });
            }
        }
        // Otherwise the clause's subject: a pronoun, or the first phrase
        // followed by a verb ("Le vieux la regarda en hochant la tête :"),
        // after the last ";" ("les femmes se turent ; et Rachel … :").
        // With no subject there ("Il rouvrit les yeux ; puis … :"), the
        // sentence's.
        let clause = (floor..colon)
            .rev()
            .find(|&k| ctx.lower(k) == ";")
            .map_or(floor, |k| k + 1);
        let speaker = [clause, floor]
            .into_iter()
            .find_map(|from| self.clause_subject(from, colon))
            .or_else(|| self.subject_puis_continues(s, colon, open));
        Some(Attribution {
            cue,
            speaker,
            rule: QuoteRule::Colon,
        })
    }
}

impl Extractor<'_, '_> {
    /// The subject of the clause `from..end` outside quotes: its last subject
    /// pronoun, else (in a tagged sentence) the subject of its first finite
    /// verb ("Un rapport de la Ligue arabe apporte la même conclusion :"),
    /// else the first phrase followed by a verb.
    pub(super) fn clause_subject(&self, from: usize, end: usize) -> Option<MentionTokens> {
        let ctx = self.ctx;
        ctx.last_pronoun(from, end)
            .or_else(|| {
                (from..end)
                    .find(|&k| self.in_pair[k] == NONE && ctx.tag(k) == Tag::V)
                    .and_then(|v| ctx.subject_of_verb(v, from))
            })
            .or_else(|| self.verb_anchored_subject(from, end))
    }

    /// "Il a d'abord gardé la tête baissée. Puis, d'une voix à peine
    /// audible : « … »": a sentence opened by "Puis" ("Et puis") with no
    /// finite verb before its colon, followed by quotation marks, goes on
    /// with the subject of the sentence before in its paragraph: that
    /// sentence's last subject pronoun before any quote of its own, else
    /// its first finite verb's subject. A dialogue dash after the colon is
    /// left to the dialogue's alternation.
    fn subject_puis_continues(
        &self,
        s: Range<usize>,
        colon: usize,
        open: usize,
    ) -> Option<MentionTokens> {
        let ctx = self.ctx;
        let opens = match ctx.lower(s.start) {
            "puis" => true,
            "et" => s.start + 1 < colon && ctx.lower(s.start + 1) == "puis",
            _ => false,
        };
        if !opens || open != colon + 1 || s.start == 0 || !ctx.is(open, word::QUOTATION_MARK) {
            return None;
        }
        let gi = self.groups.partition_point(|g| g.start < s.start);
        let finite = self.groups[gi..]
            .iter()
            .take_while(|g| g.start < colon)
            .any(|g| g.form == VerbForm::Finite);
        let previous = ctx.sentence_tokens(s.start - 1);
        if finite || ctx.sentence(previous.start).paragraph != ctx.sentence(s.start).paragraph {
            return None;
        }
        let end = previous
            .clone()
            .find(|&k| self.in_pair[k] != NONE)
            .unwrap_or(previous.end);
        self.clause_subject(previous.start, end)
    }
}

#[cfg(test)]
mod tests {
    /// The speaker's name of the headline quote opening `text`, if any.
    fn headline_speaker(text: &str) -> Option<String> {
        let doc = crate::Analyzer::new().analyze(text).unwrap();
        let quote = doc.quotes().first()?;
        let id = quote.speaker.as_ref()?.speaker?;
        Some(doc.speakers()[id].name.clone())
    }

    /// A one-word headline name the tagger cannot know is a name when the
    /// text writes it capitalised after a word within 2,000 tokens after the
    /// headline: not before it, not further on, not opening a sentence.
    #[test]
    fn a_headline_word_is_a_name_when_capitalised_after_a_word_further_on() {
        let headline = "Orvanis : « Nous recruterons 200 techniciens »\n\n";
        let named = "Le groupe Orvanis a confirmé son plan lundi.\n\n";
        let opening = "Orvanis a confirmé son plan lundi.\n\n";
        // About 1,000 tokens, no capitals.
        let filler = "la chaleur dure depuis des jours dans la région, ".repeat(100);
        let filler = format!("Et {filler}rien ne change.\n\n");
        let cases = [
            (format!("{headline}{named}"), true),
            (format!("{headline}{filler}{named}"), true),
            (format!("{headline}{opening}"), false),
            (format!("{named}{headline}"), false),
            (format!("{headline}{filler}{filler}{named}"), false),
        ];
        for (text, name) in cases {
            let expected = name.then(|| "Orvanis".to_string());
            assert_eq!(
                headline_speaker(&text),
                expected,
                "{}",
                &text[..120.min(text.len())]
            );
        }
    }
}
