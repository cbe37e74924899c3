//! The cascade that turns quotation marks and reporting verb groups into
//! quotes.
//!
//! 1. Indirect speech from each verb group outside quotation marks: "X a
//!    déclaré que …", "… , a indiqué la police", "X a indiqué : …", the
//!    passive "… a été annoncé par X"; and from "selon / d'après / pour X".
//!    A quoted fragment inside the clause makes it mixed; a clause that is
//!    entirely quoted attributes its quotation marks instead (direct).
//! 2. Direct speech from each outermost pair of quotation marks: a cue after
//!    it ("», a-t-il souligné", "», selon X", "» (X)"), before it ("X a
//!    déclaré : «"), an incise inside it ("« …, dit-il, … »"), or a verb
//!    earlier in its sentence ("un message disant « … »"). Speech that the
//!    quote itself reports with a verb and a speaker of its own is a quote
//!    of its own, cut out of the outer one ([`nested`]).
//! 3. Unattributed marks: titles and short terms become quoted terms; longer
//!    quotes inherit the speaker of the quote before them in the same or the
//!    previous paragraph, or stay unattributed.
//! 4. The relaying outlet ("citant Reuters") of each quote.

use super::{
    is_dash, starts_line, Ctx, Found, MarkKind, MentionTokens, Pair, QuoteKind, QuoteRule,
    RawQuote, VerbForm, VerbGroup,
};
use crate::lexicon::word;
use crate::span::Span;
use std::ops::Range;

mod adjective_colon;
mod attribution;
mod avant_de;
mod comme;
mod complement;
mod coordinated;
mod direct;
mod fronted;
mod indirect;
mod inherit;
mod interview;
mod interview_answers;
mod nested;
mod selon;
mod split_incise;
mod terms;

const NONE: u32 = u32::MAX;
/// Quotes made between two checks of the memory budget.
const QUOTES_CHECKED: usize = 4096;
/// How far (in tokens) rules look around a cue.
const WINDOW: usize = 40;

#[derive(Debug, Clone)]
struct Attribution {
    cue: Option<(Span, Box<str>)>,
    speaker: Option<MentionTokens>,
    rule: QuoteRule,
}

struct Extractor<'c, 'a> {
    ctx: &'c Ctx<'a>,
    pairs: Vec<&'c Pair>,
    groups: &'c [VerbGroup],
    /// Index (into `pairs`) of the outermost pair whose content holds each token.
    in_pair: Vec<u32>,
    /// Index of the group starting at each token.
    group_starting: Vec<u32>,
    /// Index (into `pairs`) of the pair each closing mark closes.
    closing: Vec<u32>,
    attributions: Vec<Option<Attribution>>,
    absorbed: Vec<bool>,
    /// Speech reported inside a quote, with its own cue and speaker ("«
    /// … il m'a dit : « Pars ! » … »"), sorted by opening mark.
    nested: Vec<(&'c Pair, Attribution)>,
    /// The words capitalised after another word, as (lowercase form,
    /// position) sorted: built at the first one-word headline name asked
    /// about (`unknown_name`), so that each asks in one search instead of
    /// reading the text after it.
    capitalised_after_word: std::cell::OnceCell<Vec<(&'a str, u32)>>,
    /// The last answer of `clause_end`, as (start asked, end found).
    last_clause: std::cell::Cell<(usize, usize)>,
    /// Sorted tables built at their first use, so that the rules that look
    /// ahead of a que-clause ask in one search instead of reading the
    /// groups or words after it (a sentence of many reports stays linear).
    ahead: std::cell::OnceCell<Ahead>,
    /// The last answer of `is_cited_title`'s reading of a sentence: its end,
    /// its last verb or quoted word, and the last year after that.
    title_tail: std::cell::Cell<(usize, Option<usize>, Option<usize>)>,
    found: Found,
}

/// What the look-ahead rules search, each sorted (see `Extractor::ahead`).
#[derive(Default)]
struct Ahead {
    /// Indices of the affirmed groups after "avant de" (`avant_de`).
    avant_de_groups: Vec<u32>,
    /// Starts of the affirmed groups whose verb is outside marks.
    report_starts: Vec<u32>,
    /// Commas opening ", tandis que" / ", alors que" … outside marks,
    /// listed at the first que-clause with a report after it.
    contrast_commas: std::cell::OnceCell<Vec<u32>>,
}

/// Runs the cascade.
pub(crate) fn extract(ctx: &Ctx<'_>, pairs: &[Pair], groups: &[VerbGroup]) -> Found {
    let top: Vec<&Pair> = pairs.iter().filter(|p| p.depth == 0).collect();
    let nested = nested::nested_speech(ctx, pairs, &top, groups);
    let mut x = Extractor::new(ctx, top, groups);
    x.nested = nested;
    x.indirect_from_groups();
    x.adjective_colon();
    x.indirect_from_selon();
    x.direct_from_pairs();
    x.push_nested();
    x.found.quotes.sort_by_key(|q| q.content.start);
    x.speaker_from_interview();
    x.speaker_from_sibling_fragment();
    x.speaker_from_next_sentence();
    x.inherit_floating();
    x.speaker_from_narration();
    x.speaker_from_repeated_words();
    x.find_via();
    crate::scratch::keep(&IN_PAIR, std::mem::take(&mut x.in_pair));
    crate::scratch::keep(&GROUP_STARTING, std::mem::take(&mut x.group_starting));
    crate::scratch::keep(&CLOSING, std::mem::take(&mut x.closing));
    x.found
}

thread_local! {
    /// The thread's kept tables over tokens of [`Extractor`] ([`crate::scratch`]).
    static IN_PAIR: std::cell::Cell<Vec<u32>> = const { std::cell::Cell::new(Vec::new()) };
    static GROUP_STARTING: std::cell::Cell<Vec<u32>> = const { std::cell::Cell::new(Vec::new()) };
    static CLOSING: std::cell::Cell<Vec<u32>> = const { std::cell::Cell::new(Vec::new()) };
}

impl<'c, 'a> Extractor<'c, 'a> {
    fn new(ctx: &'c Ctx<'a>, top: Vec<&'c Pair>, groups: &'c [VerbGroup]) -> Self {
        let mut in_pair = crate::scratch::filled(&IN_PAIR, ctx.len(), NONE);
        for (k, p) in top.iter().enumerate() {
            in_pair[p.content.clone()].fill(k as u32);
        }
        let mut group_starting = crate::scratch::filled(&GROUP_STARTING, ctx.len(), NONE);
        for (k, g) in groups.iter().enumerate() {
            group_starting[g.start] = k as u32;
        }
        let mut closing = crate::scratch::filled(&CLOSING, ctx.len(), NONE);
        for (k, p) in top.iter().enumerate() {
            if let Some(c) = p.close {
                closing[c] = k as u32;
            }
        }
        let n = top.len();
        Extractor {
            ctx,
            pairs: top,
            groups,
            in_pair,
            group_starting,
            closing,
            attributions: vec![None; n],
            absorbed: vec![false; n],
            nested: Vec::new(),
            capitalised_after_word: std::cell::OnceCell::new(),
            last_clause: std::cell::Cell::new((0, 0)),
            ahead: std::cell::OnceCell::new(),
            title_tail: std::cell::Cell::new((usize::MAX, None, None)),
            found: Found::default(),
        }
    }
}

impl Extractor<'_, '_> {
    fn span_of(&self, r: Range<usize>) -> Span {
        self.ctx.span(r.start, r.end)
    }

    fn cue_of(&self, g: &VerbGroup) -> (Span, Box<str>) {
        (self.span_of(g.start..g.end), g.lemma.clone())
    }

    /// Drops trailing punctuation and closing marks from a token range.
    fn trim(&self, mut r: Range<usize>) -> Range<usize> {
        // A unit after a figure is content: "de 10 %, selon l'Insee".
        let unit = |t: usize| matches!(self.ctx.surface(t), "%" | "€" | "$" | "£" | "°");
        while r.end > r.start
            && self.ctx.is_punct(r.end - 1)
            && !self.is_pair_close(r.end - 1)
            && !unit(r.end - 1)
        {
            r.end -= 1;
        }
        while r.end > r.start
            && matches!(
                self.ctx.lower(r.start),
                "," | ":" | ";" | "-" | "--" | "—" | "–" | "―"
            )
        {
            r.start += 1;
        }
        r
    }

    fn is_pair_close(&self, t: usize) -> bool {
        matches!(self.ctx.surface(t), "»" | "”" | "\"")
    }

    /// The top-level pair whose opening mark is token `t`.
    fn pair_opening_at(&self, t: usize) -> Option<usize> {
        self.pairs.binary_search_by_key(&t, |p| p.open).ok()
    }

    /// Top-level pairs opening inside the token range.
    fn pairs_within(&self, r: &Range<usize>) -> Vec<usize> {
        let from = self.pairs.partition_point(|p| p.open < r.start);
        (from..self.pairs.len())
            .take_while(|&k| self.pairs[k].open < r.end)
            .collect()
    }

    /// The look-ahead tables, built once (one pass over the groups) at the
    /// first que-clause.
    fn ahead(&self) -> &Ahead {
        self.ahead.get_or_init(|| {
            let mut ahead = Ahead::default();
            for (k, h) in self.groups.iter().enumerate() {
                if h.negated {
                    continue;
                }
                if self.avant_de(h).is_some() {
                    ahead.avant_de_groups.push(k as u32);
                }
                if self.in_pair[h.verb] == NONE {
                    ahead.report_starts.push(h.start as u32);
                }
            }
            ahead
        })
    }

    /// The clause end after `from`: the first . ! ? ; (or a ": «") in the
    /// sentence, or the sentence end.
    fn clause_end(&self, from: usize) -> usize {
        // Every start in [from, end) has the same end: the last answer
        // serves the groups after it, so that a long sentence of many
        // reports is read once, not once a group (the marks, and so
        // `in_pair`, are fixed for the extractor's life).
        let (lo, hi) = self.last_clause.get();
        if lo <= from && from < hi {
            return hi;
        }
        let s = self.ctx.sentence_tokens(from.min(self.ctx.len() - 1));
        let mut k = from;
        while k < s.end {
            if self.in_pair[k] == NONE {
                if self.ctx.is_clause_end(k) {
                    break;
                }
                if self.ctx.lower(k) == ":"
                    && k + 1 < s.end
                    && self.pair_opening_at(k + 1).is_some()
                {
                    break;
                }
            }
            k += 1;
        }
        let end = k.min(s.end);
        self.last_clause.set((from, end));
        end
    }

    /// The clause start before `to`: after the last ; or : in the sentence.
    fn clause_start(&self, to: usize) -> usize {
        let s = self.ctx.sentence_tokens(to.min(self.ctx.len() - 1));
        let floor = s.start.max(to.saturating_sub(4 * WINDOW));
        (floor..to)
            .rev()
            .find(|&k| self.in_pair[k] == NONE && matches!(self.ctx.lower(k), ";" | ":"))
            .map_or(floor, |k| k + 1)
    }

    /// Whether the subject of a reporting verb outside quotation marks is
    /// the writer: "je" or "nous" ("Je pense que …", "Nous estimons que
    /// …"). The writer's own opinion is no reported speech (GUIDELINES), as
    /// "selon moi" is no source.
    fn writer_speaks(&self, subject: &Option<MentionTokens>) -> bool {
        subject.as_ref().is_some_and(|m| {
            m.tokens.len() == 1
                && (self.ctx.is(m.tokens.start, word::FIRST_SINGULAR)
                    || self.ctx.lower(m.tokens.start) == "nous")
        })
    }

    /// Whether group `g` says what a legal text lays down: "Le texte
    /// prévoit que …", "Le décret, qui prévoit que …" report nobody's
    /// words.
    fn stipulates(&self, g: &VerbGroup, subject: &Option<MentionTokens>) -> bool {
        g.lemma_is(word::STIPULATION_VERB)
            && subject
                .as_ref()
                .and_then(|m| m.head)
                .is_some_and(|h| self.ctx.is(h, word::LEGAL_TEXT))
    }

    /// The grammatical subject of a group, wherever it stands.
    fn subject_of(&self, g: &VerbGroup) -> Option<MentionTokens> {
        let s = self.ctx.sentence_tokens(g.verb);
        let floor = s.start.max(g.start.saturating_sub(WINDOW));
        if g.clitic.is_some() {
            return self.ctx.inverted_subject(g, s.end);
        }
        if g.form == VerbForm::PresentParticiple {
            // After "mais", "puis" or ";" a new clause has its own subject
            // ("je voulus me lever, mais le médecin appuya …, en disant").
            let clause = (floor..g.start).rev().find(|&t| {
                self.in_pair[t] == NONE
                    && (self.ctx.is(t, word::NEW_CLAUSE_LINK) || self.ctx.lower(t) == ";")
            });
            if let Some(subject) = clause.and_then(|c| self.verb_anchored_subject(c + 1, g.start)) {
                return Some(subject);
            }
            // A gerund takes the subject of the clause it hangs on ("et
            // comme il insistait, elle se tordit en bégayant").
            let gerund = self.ctx.lower(g.start) == "en"
                || (g.start > floor && self.ctx.lower(g.start - 1) == "en");
            if gerund {
                let clause_start = (floor..g.start)
                    .rev()
                    .find(|&t| {
                        self.in_pair[t] == NONE && matches!(self.ctx.lower(t), "," | ";" | ":")
                    })
                    .map_or(floor, |c| c + 1);
                let pronoun = (clause_start..g.start).find(|&t| {
                    self.in_pair[t] == NONE
                        && self.ctx.is(
                            t,
                            word::THIRD_PERSON
                                | word::INDEFINITE_ON
                                | word::FIRST_SINGULAR
                                | word::SECOND_SINGULAR,
                        )
                });
                if let Some(t) = pronoun {
                    return Some(MentionTokens {
                        tokens: t..t + 1,
                        pronoun_offset: None,
                        head: None,
                    });
                }
            }
            if let Some(subject) = self.ctx.absolute_subject(g, floor) {
                return Some(subject);
            }
            if let Some(subject) = self.incise_subject_before(g, floor) {
                return Some(subject);
            }
            // "X a …, estimant que" reads X; "Estimant que …, il vota" reads
            // the subject after the participial clause.
            let subject = self.ctx.sentence_subject(floor, g.start);
            if let Some(name) = subject
                .as_ref()
                .and_then(|m| self.apposed_name(m, g, floor))
            {
                return Some(name);
            }
            return subject.or_else(|| {
                let limit = s.end.min(g.end + WINDOW);
                let comma = (g.end..limit)
                    .find(|&t| self.in_pair[t] == NONE && self.ctx.lower(t) == ",")?;
                let np = self.ctx.np_after(comma + 1, limit)?;
                let first = np.tokens.start;
                (self.ctx.is(first, word::SUBJECT_PRONOUN | word::DETERMINER)
                    || self.ctx.is_capitalised(first))
                .then_some(np)
            });
        }
        self.ctx
            .subject_before(g, floor)
            .or_else(|| self.ctx.preposed_subject(g, floor))
            .or_else(|| self.ctx.inverted_subject(g, s.end.min(g.end + WINDOW)))
    }

    /// "Son avocat, Me X, a plaidé la relaxe, estimant que": the name in
    /// apposition to the role that opens the clause, as the main verb reads
    /// its subject ("Son avocat, Me X, a estimé que" is X), so that the
    /// participle it governs is X's too, not an anonymous lawyer's.
    fn apposed_name(
        &self,
        role: &MentionTokens,
        g: &VerbGroup,
        floor: usize,
    ) -> Option<MentionTokens> {
        let ctx = self.ctx;
        let comma = role.tokens.end;
        if comma >= g.start || ctx.lower(comma) != "," || self.in_pair[comma] != NONE {
            return None;
        }
        // The first finite verb after the comma, before the participle, is
        // the main one; its subject is read as for any finite verb.
        let main = (comma + 1..g.start).find(|&k| self.in_pair[k] == NONE && ctx.is_finite(k))?;
        let name = ctx.subject_of_verb(main, floor)?;
        // It reaches past the role to a name set off before the verb (the
        // whole "Son avocat, Me X" or "Me X" alone); the speaker stage
        // picks the name out of it as it does for the main verb.
        (name.tokens.end > comma + 1
            && name.tokens.end < main
            && ctx.lower(name.tokens.end) == ","
            && (comma + 1..name.tokens.end).any(|k| ctx.is_capitalised(k)))
        .then_some(name)
    }

    /// "« … », a-t-il déclaré, ajoutant que …", "…, a déclaré le ministre,
    /// précisant que …": a participle after an incise shares the incise's
    /// inverted subject, as it shares a preposed one ("X a …, estimant
    /// que"). The incise is the reporting group just before the comma that
    /// opens the participle, itself after a comma or a closing mark.
    fn incise_subject_before(&self, g: &VerbGroup, floor: usize) -> Option<MentionTokens> {
        let ctx = self.ctx;
        let comma = g
            .start
            .checked_sub(1)
            .filter(|&c| c > floor && ctx.lower(c) == ",")?;
        let at = self.groups.partition_point(|p| p.end <= comma);
        let p = self.groups[..at].last().filter(|p| p.start > floor)?;
        let incise = p.clitic.is_some()
            || (ctx.is_punct(p.start - 1) && self.in_pair[p.start - 1] == NONE)
            || self.is_pair_close(p.start - 1);
        if !incise || p.form != VerbForm::Finite || p.negated {
            return None;
        }
        // No other verb between the incise and the participle.
        if (p.end..comma).any(|t| ctx.tag(t) == crate::pos::Tag::V) {
            return None;
        }
        // An inverted phrase must be able to speak: else it is the verb's
        // object ("…, a annoncé la fermeture, précisant que").
        ctx.inverted_subject(p, comma).filter(|m| {
            m.tokens.end <= comma
                && (p.clitic.is_some()
                    || ctx
                        .phrase_head(m.tokens.clone())
                        .is_some_and(|h| ctx.can_speak(h) || ctx.name_word(h)))
        })
    }

    /// Records a quote; quoted fragments inside indirect content make it
    /// mixed and are absorbed into it.
    fn push_clause(
        &mut self,
        content: Range<usize>,
        g_cue: (Span, Box<str>),
        speaker: Option<MentionTokens>,
        rule: QuoteRule,
    ) {
        let content = self.trim(content);
        if content.len() < 2 {
            return;
        }
        let inner = self.pairs_within(&content);
        // Entirely quoted: the marks are the quote (direct).
        if let [k] = inner[..] {
            let p = self.pairs[k];
            if p.open <= content.start && p.end() >= content.end {
                self.attribute(k, Some(g_cue), speaker, rule);
                return;
            }
        }
        let kind = if inner.is_empty() {
            QuoteKind::Indirect
        } else {
            QuoteKind::Mixed
        };
        for k in inner {
            self.absorbed[k] = true;
        }
        self.push_quote(RawQuote {
            kind,
            content: self.span_of(content.clone()),
            cue: Some(g_cue),
            speaker,
            via: None,
            first_token: content.start,
            dialogue: false,
            open_ended: false,
            rule,
        });
    }

    /// Records a quote. Every [`QUOTES_CHECKED`] quotes, the memory budget
    /// is checked for the next ones first: a quote holds memory through the
    /// rest of the analysis ([`crate::budget::cost::QUOTE`]).
    fn push_quote(&mut self, quote: RawQuote) {
        let n = self.found.quotes.len();
        if n % QUOTES_CHECKED == 0 {
            crate::limits::check_quotes(n + QUOTES_CHECKED);
        }
        self.found.quotes.push(quote);
    }

    fn attribute(
        &mut self,
        k: usize,
        cue: Option<(Span, Box<str>)>,
        speaker: Option<MentionTokens>,
        rule: QuoteRule,
    ) {
        if self.attributions[k].is_none() {
            self.attributions[k] = Some(Attribution { cue, speaker, rule });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quote::testing::{tokens_text, with_ctx};

    /// What the cascade finds in `text`, before speaker resolution: kind,
    /// rule, content, cue lemma and speaker phrase of each quote.
    fn found(text: &str) -> Vec<(QuoteKind, QuoteRule, String, String, String)> {
        with_ctx(text, |ctx| {
            let mut pairs = crate::quote::marks::find_pairs(ctx, crate::DEFAULT_MAX_QUOTE_DEPTH);
            crate::quote::marks::lift_embedded_narratives(ctx, &mut pairs);
            let groups = crate::quote::cues::find_groups(ctx);
            extract(ctx, &pairs, &groups)
                .quotes
                .iter()
                .map(|q| {
                    let speaker = q
                        .speaker
                        .as_ref()
                        .map_or(String::new(), |m| tokens_text(ctx, m.tokens.clone()));
                    let cue = q.cue.as_ref().map_or("", |c| &*c.1).to_string();
                    (
                        q.kind,
                        q.rule,
                        q.content.slice(ctx.text).to_string(),
                        cue,
                        speaker,
                    )
                })
                .collect()
        })
    }

    #[test]
    fn each_construction_gives_its_quote() {
        use QuoteKind::*;
        use QuoteRule::*;
        let cases = [
            (
                "Le ministre a déclaré que la réforme est un succès.",
                (
                    Indirect,
                    VerbQue,
                    "la réforme est un succès",
                    "déclarer",
                    "Le ministre",
                ),
            ),
            (
                "« Nous refusons », a affirmé la CGT.",
                (Direct, Incise, "Nous refusons", "affirmer", "la CGT"),
            ),
            (
                "Le maire a déclaré : « Tout ira bien. »",
                (Direct, VerbColon, "Tout ira bien.", "déclarer", "Le maire"),
            ),
            (
                "Selon l'Insee, le chômage a baissé de 2 %.",
                (
                    Indirect,
                    Selon,
                    "le chômage a baissé de 2 %",
                    "selon",
                    "l'Insee",
                ),
            ),
            (
                "Les syndicats affirment avoir reçu des menaces.",
                (
                    Indirect,
                    VerbInfinitive,
                    "avoir reçu des menaces",
                    "affirmer",
                    "Les syndicats",
                ),
            ),
            (
                "La réforme est un échec, a déclaré Paul Martin.",
                (
                    Indirect,
                    Incise,
                    "La réforme est un échec",
                    "déclarer",
                    "Paul Martin",
                ),
            ),
        ];
        for (text, (kind, rule, content, cue, speaker)) in cases {
            let expected = vec![(
                kind,
                rule,
                content.to_string(),
                cue.to_string(),
                speaker.to_string(),
            )];
            assert_eq!(found(text), expected, "{text}");
        }
    }

    #[test]
    fn a_time_phrase_opening_a_relative_is_no_report() {
        // "le jour qu'il …" is a relative on the object, "cette semaine que"
        // a time phrase before the que-clause.
        for text in [
            "Il a rappelé le jour qu'il avait quitté la ville.",
            "Elle a raconté la semaine qu'elle avait passée à Lyon.",
        ] {
            assert!(found(text).is_empty(), "{text}");
        }
        assert_eq!(
            found("Le maire a annoncé cette semaine que le marché serait déplacé.")[0].2,
            "le marché serait déplacé"
        );
    }

    #[test]
    fn unattributed_short_quotes_are_terms() {
        with_ctx("Le film « Titanic » sort demain.", |ctx| {
            let pairs = crate::quote::marks::find_pairs(ctx, crate::DEFAULT_MAX_QUOTE_DEPTH);
            let groups = crate::quote::cues::find_groups(ctx);
            let found = extract(ctx, &pairs, &groups);
            assert!(found.quotes.is_empty(), "{:?}", found.quotes);
            let terms: Vec<&str> = found.terms.iter().map(|s| s.slice(ctx.text)).collect();
            assert_eq!(terms, ["Titanic"]);
        });
    }
}
