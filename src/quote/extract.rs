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
//!    earlier in its sentence ("un message disant « … »").
//! 3. Unattributed marks: titles and short terms become quoted terms; longer
//!    quotes inherit the speaker of the quote before them in the same or the
//!    previous paragraph, or stay unattributed.
//! 4. The relaying outlet ("citant Reuters") of each quote.

use super::cues::{VerbForm, VerbGroup};
use super::marks::{MarkKind, Pair};
use super::mentions::MentionTokens;
use super::{Ctx, QuoteKind};
use crate::lexicon::word;
use crate::span::Span;
use std::ops::Range;

const NONE: u32 = u32::MAX;
/// How far (in tokens) rules look around a cue.
const WINDOW: usize = 40;

/// Dates and times that may stand between a verb and its "que".
fn is_time_word(w: &str) -> bool {
    matches!(
        w,
        "hier"
            | "aujourd'hui"
            | "lundi"
            | "mardi"
            | "mercredi"
            | "jeudi"
            | "vendredi"
            | "samedi"
            | "dimanche"
            | "soir"
            | "matin"
            | "midi"
            | "dernier"
            | "dernière"
            | "janvier"
            | "février"
            | "mars"
            | "avril"
            | "mai"
            | "juin"
            | "juillet"
            | "août"
            | "septembre"
            | "octobre"
            | "novembre"
            | "décembre"
            | "prochain"
            | "prochaine"
            | "après-midi"
            | "encore"
            | "déjà"
    )
}

/// A quote before speaker resolution.
#[derive(Debug, Clone)]
pub(crate) struct RawQuote {
    pub(crate) kind: QuoteKind,
    pub(crate) content: Span,
    pub(crate) cue: Option<(Span, Box<str>)>,
    pub(crate) speaker: Option<MentionTokens>,
    pub(crate) via: Option<Range<usize>>,
    /// First token of the content, for ordering and paragraph checks.
    pub(crate) first_token: usize,
    /// A dialogue line (opened by a dash).
    pub(crate) dialogue: bool,
    /// Quotation marks still open at the paragraph end (a quote that goes
    /// on in the next paragraph).
    pub(crate) open_ended: bool,
}

/// Quotes and quoted terms, before speaker resolution.
#[derive(Debug, Default)]
pub(crate) struct Found {
    pub(crate) quotes: Vec<RawQuote>,
    pub(crate) terms: Vec<Span>,
}

#[derive(Debug, Clone, Default)]
struct Attribution {
    cue: Option<(Span, Box<str>)>,
    speaker: Option<MentionTokens>,
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
    found: Found,
}

/// Runs the cascade.
pub(crate) fn extract(ctx: &Ctx<'_>, pairs: &[Pair], groups: &[VerbGroup]) -> Found {
    let top: Vec<&Pair> = pairs.iter().filter(|p| p.depth == 0).collect();
    let mut in_pair = vec![NONE; ctx.len()];
    for (k, p) in top.iter().enumerate() {
        for t in p.content.clone() {
            in_pair[t] = k as u32;
        }
    }
    let mut group_starting = vec![NONE; ctx.len()];
    for (k, g) in groups.iter().enumerate() {
        group_starting[g.start] = k as u32;
    }
    let mut closing = vec![NONE; ctx.len()];
    for (k, p) in top.iter().enumerate() {
        if let Some(c) = p.close {
            closing[c] = k as u32;
        }
    }
    let n = top.len();
    let mut x = Extractor {
        ctx,
        pairs: top,
        groups,
        in_pair,
        group_starting,
        closing,
        attributions: vec![None; n],
        absorbed: vec![false; n],
        found: Found::default(),
    };
    x.indirect_from_groups();
    x.indirect_from_selon();
    x.direct_from_pairs();
    x.found.quotes.sort_by_key(|q| q.content.start);
    x.inherit_floating();
    x.find_via();
    x.found
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
        while r.end > r.start && self.ctx.is_punct(r.end - 1) && !self.is_pair_close(r.end - 1) {
            r.end -= 1;
        }
        while r.end > r.start
            && matches!(self.ctx.lower(r.start), "," | ":" | ";" | "-" | "—" | "–")
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

    /// The clause end after `from`: the first . ! ? ; (or a ": «") in the
    /// sentence, or the sentence end.
    fn clause_end(&self, from: usize) -> usize {
        let s = self.ctx.sentence_tokens(from.min(self.ctx.len() - 1));
        let mut k = from;
        while k < s.end {
            if self.in_pair[k] == NONE {
                if self.ctx.is_clause_end(k) {
                    return k;
                }
                if self.ctx.lower(k) == ":"
                    && k + 1 < s.end
                    && self.pair_opening_at(k + 1).is_some()
                {
                    return k;
                }
            }
            k += 1;
        }
        s.end
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

    /// The grammatical subject of a group, wherever it stands.
    fn subject_of(&self, g: &VerbGroup) -> Option<MentionTokens> {
        let s = self.ctx.sentence_tokens(g.verb);
        let floor = s.start.max(g.start.saturating_sub(WINDOW));
        if g.clitic.is_some() {
            return self.ctx.inverted_subject(g, s.end);
        }
        if g.form == VerbForm::PresentParticiple {
            // "X a …, estimant que" reads X; "Estimant que …, il vota" reads
            // the subject after the participial clause.
            return self.ctx.sentence_subject(floor, g.start).or_else(|| {
                let limit = s.end.min(g.end + WINDOW);
                let comma = (g.end..limit)
                    .find(|&t| self.in_pair[t] == NONE && self.ctx.lower(t) == ",")?;
                let np = self.ctx.np_after(comma + 1, limit)?;
                let w = self.ctx.lower(np.tokens.start);
                (self.ctx.g.subject_pronouns.contains(w)
                    || self.ctx.g.determiners.contains(w)
                    || self.ctx.is_capitalised(np.tokens.start))
                .then_some(np)
            });
        }
        self.ctx
            .preposed_subject(g, floor)
            .or_else(|| self.ctx.inverted_subject(g, s.end.min(g.end + WINDOW)))
    }

    /// Records a quote; quoted fragments inside indirect content make it
    /// mixed and are absorbed into it.
    fn push_clause(
        &mut self,
        content: Range<usize>,
        g_cue: (Span, Box<str>),
        speaker: Option<MentionTokens>,
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
                self.attribute(k, Some(g_cue), speaker);
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
        self.found.quotes.push(RawQuote {
            kind,
            content: self.span_of(content.clone()),
            cue: Some(g_cue),
            speaker,
            via: None,
            first_token: content.start,
            dialogue: false,
            open_ended: false,
        });
    }

    fn attribute(
        &mut self,
        k: usize,
        cue: Option<(Span, Box<str>)>,
        speaker: Option<MentionTokens>,
    ) {
        if self.attributions[k].is_none() {
            self.attributions[k] = Some(Attribution { cue, speaker });
        }
    }

    fn indirect_from_groups(&mut self) {
        let mut covered_until = 0;
        for gi in 0..self.groups.len() {
            let g = &self.groups[gi];
            if g.negated || self.in_pair[g.verb] != NONE || g.start < covered_until {
                continue;
            }
            let s = self.ctx.sentence_tokens(g.verb);
            let before = self.found.quotes.len();
            if let Some(que) = self.que_after(g, s.end) {
                if g.passive && self.impersonal(g) {
                    continue;
                }
                let end = self.clause_end(que + 1);
                let speaker = self.subject_of(g);
                self.push_clause(que + 1..end, self.cue_of(g), speaker);
                covered_until = end;
            } else if let Some(colon) = self.colon_after(g, s.end) {
                if self.pair_opening_at(colon + 1).is_none() && colon + 3 < s.end {
                    let end = self.clause_end(colon + 1);
                    let speaker = self.subject_of(g);
                    self.push_clause(colon + 1..end, self.cue_of(g), speaker);
                    covered_until = end;
                }
            } else if let Some(inf) = self.reported_infinitive(g, s.end) {
                // "affirment avoir découvert …"
                let end = self.clause_end(inf);
                let speaker = self.subject_of(g);
                self.push_clause(inf..end, self.cue_of(g), speaker);
                covered_until = end;
            } else if g.passive && g.end < s.end && self.ctx.lower(g.end) == "par" {
                self.passive(g, s.end);
            } else if let Some(comma) = self.incise_comma(g) {
                self.incise(g, comma, s.clone());
            }
            if self.found.quotes.len() > before {
                covered_until = covered_until.max(g.end);
            }
        }
    }

    /// "… a été annoncé par X": the subject phrase is what X reported.
    fn passive(&mut self, g: &VerbGroup, limit: usize) {
        if !matches!(
            &*g.lemma,
            "annoncer"
                | "déclarer"
                | "affirmer"
                | "confirmer"
                | "indiquer"
                | "révéler"
                | "démentir"
                | "rapporter"
        ) {
            return;
        }
        let start = self.clause_start(g.start);
        let content = start..g.start;
        let relative = content
            .clone()
            .any(|k| matches!(self.ctx.lower(k), "qui" | "que" | "qu'" | "dont"));
        if content.len() >= 2 && content.len() <= 15 && !relative {
            let speaker = self.ctx.np_after(g.end + 1, limit);
            self.push_clause(content, self.cue_of(g), speaker);
        }
    }

    /// An incise after a comma: "…, a indiqué la police." reports the clause
    /// before it; "qui, dit-on, s'étaient rendus" the clause after it.
    fn incise(&mut self, g: &VerbGroup, comma: usize, s: Range<usize>) {
        let ctx = self.ctx;
        let limit = s.end.min(g.end + WINDOW);
        let Some(speaker) = ctx.inverted_subject(g, limit) else {
            return;
        };
        let mut after = speaker.tokens.end;
        // An apposition without comma: "explique Joechen Zaumseil le
        // vice-président de L'Oréal".
        if after < s.end
            && ctx.is(after, word::DETERMINER)
            && !matches!(ctx.lower(after), "de" | "d'" | "du" | "des")
        {
            if let Some(apposition) = ctx.np_after(after, limit) {
                after = apposition.tokens.end;
            }
        }
        let ends = after >= s.end || ctx.is_clause_end(after);
        let comma_after = !ends && ctx.lower(after) == ",";
        if !ends && !comma_after {
            return; // "a confirmé ces incidents à …": an object, not a subject
        }
        // A chain of incises ("…, indique une analyse, a annoncé X"): the
        // last one attributes.
        if comma_after && after + 1 < s.end && self.group_starting[after + 1] != NONE {
            return;
        }
        let start = self.clause_start(comma);
        if comma_after && g.clitic.is_some() {
            let end = self.clause_end(after + 1);
            if end > after + 2 {
                self.push_clause(after + 1..end, self.cue_of(g), Some(speaker));
                return;
            }
        }
        if comma < start + 3 {
            return;
        }
        // "Un haut responsable, a confirmé …": a lone subject phrase before
        // the comma is no report.
        if ctx
            .np_before(comma, start)
            .is_some_and(|np| np.tokens.start == start)
        {
            return;
        }
        self.push_clause(start..comma, self.cue_of(g), Some(speaker));
    }

    /// "affirment avoir découvert": an infinitive "avoir"/"être" reported
    /// right after a speech verb.
    fn reported_infinitive(&self, g: &VerbGroup, limit: usize) -> Option<usize> {
        (g.end < limit
            && g.class == crate::lexicon::VerbClass::Speech
            && g.form == VerbForm::Finite
            && matches!(self.ctx.lower(g.end), "avoir" | "être"))
        .then_some(g.end)
    }

    /// "il est prévu que": an impersonal passive reports nobody's words.
    fn impersonal(&self, g: &VerbGroup) -> bool {
        g.start > 0 && self.ctx.lower(g.start - 1) == "il" && g.clitic.is_none()
    }

    /// The "que" a group introduces, within a few words: adverbs, a date,
    /// or a short prepositional phrase may stand between ("a déclaré lundi à
    /// l'AFP que"), but not a direct object ("assurer la sécurité … que").
    fn que_after(&self, g: &VerbGroup, limit: usize) -> Option<usize> {
        let ctx = self.ctx;
        if g.form == VerbForm::Infinitive {
            return None;
        }
        // "ne … que" restricts: "ne rapporteront que 3 milliards".
        let restrictive = (g.start..g.verb).any(|k| matches!(ctx.lower(k), "ne" | "n'"));
        let stop = limit.min(g.end + 9);
        let mut k = g.end;
        let mut in_phrase = false;
        while k < stop {
            let w = ctx.lower(k);
            let w_flags = ctx.flags(k);
            if w == "que" || w == "qu'" {
                if restrictive && !g.negated {
                    return None;
                }
                // "ce que" is a relative ("ce que je dis"), but "à ce que"
                // introduces a clause.
                if k > 0 && ctx.lower(k - 1) == "ce" && !(k > 1 && ctx.lower(k - 2) == "à") {
                    return None;
                }
                return Some(k);
            }
            if self.in_pair[k] != NONE || self.group_starting[k] != NONE {
                return None;
            }
            let adverb = ctx.g.adverbs.match_len(ctx.lowers_from(k));
            if adverb > 1 {
                k += adverb; // "tout de même"
                continue;
            }
            // An infinitive starts another verb: "de réintroduire les codes qu'".
            if k > g.end
                && matches!(ctx.lower(k - 1), "de" | "d'" | "à")
                && (w.ends_with("er") || w.ends_with("ir") || w.ends_with("re"))
            {
                return None;
            }
            if ctx.is_punct(k) {
                if !matches!(w, "," | "(" | ")") {
                    return None;
                }
                in_phrase = false;
            } else if matches!(
                w,
                "à" | "au"
                    | "aux"
                    | "devant"
                    | "sur"
                    | "dans"
                    | "lors"
                    | "auprès"
                    | "pendant"
                    | "en"
                    | "par"
            ) {
                in_phrase = true;
            } else if (w_flags & word::DETERMINER != 0) && !in_phrase && !matches!(w, "ce") {
                if !matches!(w, "de" | "d'" | "du") {
                    return None; // a direct object
                }
            } else if !(in_phrase
                || (w_flags & word::ADVERB != 0)
                || ctx.kind(k) == crate::token::TokenKind::Number
                || is_time_word(w)
                || w == "ce")
            {
                return None;
            }
            k += 1;
        }
        None
    }

    fn colon_after(&self, g: &VerbGroup, limit: usize) -> Option<usize> {
        let stop = limit.min(g.end + 3);
        (g.end..stop).find(|&k| self.ctx.lower(k) == ":")
    }

    /// For a group in inverted position after a comma ("…, a indiqué la
    /// police"), that comma.
    fn incise_comma(&self, g: &VerbGroup) -> Option<usize> {
        if g.start == 0 || g.form != VerbForm::Finite {
            return None;
        }
        let before = g.start - 1;
        let w = self.ctx.lower(before);
        if w == "," {
            // Quotes right before the comma are attributed as direct speech.
            if before > 0 && self.closing[before - 1] != NONE {
                let p = self.pairs[self.closing[before - 1] as usize];
                if p.open <= self.clause_start(before) + 1 {
                    return None;
                }
            }
            return Some(before);
        }
        None
    }

    fn indirect_from_selon(&mut self) {
        let ctx = self.ctx;
        let mut k = 0;
        while k < ctx.len() {
            let w = ctx.lower(k);
            let len = match w {
                "selon" => 1,
                "d'" if k + 1 < ctx.len() && ctx.lower(k + 1) == "après" => 2,
                "pour" => 1,
                _ => 0,
            };
            if len == 0 || self.in_pair[k] != NONE || self.already_covered(k) {
                k += 1;
                continue;
            }
            let cue_lemma: &str = match w {
                "selon" => "selon",
                "d'" => "d'après",
                _ => "pour",
            };
            let s = ctx.sentence_tokens(k);
            let from = k + len;
            // The source phrase runs to the next comma.
            let stop = (from..s.end.min(from + 20))
                .find(|&t| ctx.lower(t) == "," || ctx.is_clause_end(t) || self.in_pair[t] != NONE)
                .unwrap_or(s.end.min(from + 20));
            // "selon le classement établi par Reporters sans frontières"
            let agent = (from..stop)
                .find(|&t| ctx.lower(t) == "par" && t + 1 < stop && ctx.is_capitalised(t + 1))
                .and_then(|t| ctx.np_after(t + 1, stop));
            let head = agent.or_else(|| ctx.np_after(from, stop));
            let Some(mut head) = head.filter(|np| self.selon_source(np, cue_lemma)) else {
                k += 1;
                continue;
            };
            let cue = (self.span_of(k..k + len), cue_lemma.into());
            let clause_initial = k == s.start
                || matches!(
                    ctx.lower(k - 1),
                    "," | "car" | "mais" | "et" | "-" | "—" | ":"
                );
            if stop < s.end && ctx.lower(stop) == "," && clause_initial {
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
                    }
                }
                let end = self.clause_end(after);
                if !self.relay(after..end, &head) {
                    self.push_clause(after..end, cue, Some(head));
                }
                k = end.max(k + 1);
                continue;
            }
            if cue_lemma != "pour" && k > s.start && ctx.lower(k - 1) == "," {
                let end = self.clause_end(k);
                if end <= k + 15 {
                    // "…, selon X."
                    let head = ctx.np_after(from, end).unwrap_or(head);
                    let start = self.clause_start(k - 1);
                    if !self.relay(start..k - 1, &head) {
                        self.push_clause(start..k - 1, cue, Some(head));
                    }
                }
            }
            k += 1;
        }
    }

    /// When a clause introduced by "selon X" already holds a quote ("Selon
    /// l'AFP, le Conseil a appelé à ce que …"), X relays it: it becomes that
    /// quote's `via` if it is a medium, and no second quote is made.
    fn relay(&mut self, clause: Range<usize>, source: &MentionTokens) -> bool {
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

    fn already_covered(&self, k: usize) -> bool {
        let t = self.ctx.tokens[k].start as usize;
        self.found
            .quotes
            .iter()
            .rev()
            .take(4)
            .any(|q| q.content.start <= t && t < q.content.end)
    }

    /// Whether the phrase after "selon"/"pour" names a source: a person,
    /// an organisation, a pronoun, a document; not "selon les régions".
    fn selon_source(&self, np: &MentionTokens, cue: &str) -> bool {
        let ctx = self.ctx;
        let first = np.tokens.start;
        let words: Vec<&str> = np.tokens.clone().map(|k| ctx.lower(k)).collect();
        if words.iter().any(|w| ctx.g.depending_on.contains(w))
            || words[0] == "que"
            || words[0] == "qu'"
        {
            return false;
        }
        let pronoun = matches!(words[0], "lui" | "elle" | "eux" | "elles");
        if cue != "pour" {
            return !matches!(words[0], "moi" | "nous");
        }
        // "Pour X," is an opinion only when X is someone.
        let someone = np.tokens.clone().any(|k| {
            let w_flags = ctx.flags(k);
            (w_flags & word::TITLE != 0) || (w_flags & word::ORG_NOUN != 0)
        }) || (ctx.is_capitalised(first) && !ctx.g.determiners.contains(words[0]));
        pronoun || someone
    }

    fn direct_from_pairs(&mut self) {
        for k in 0..self.pairs.len() {
            if self.absorbed[k] {
                continue;
            }
            let p = self.pairs[k];
            if self.attributions[k].is_none() {
                let words = p.content.clone().filter(|&t| !self.ctx.is_punct(t)).count();
                let found = self.attribution_of(k).or_else(|| {
                    (p.kind != MarkKind::Dialogue && words >= 4)
                        .then(|| self.group_in_previous_sentence(p.open))
                        .flatten()
                });
                if let Some(a) = found {
                    self.attributions[k] = Some(a);
                }
            }
            let content = p.content.clone();
            if content.is_empty() {
                continue;
            }
            let pieces = vec![content.clone()];
            let attribution = self.attributions[k].clone();
            match attribution {
                Some(a) => {
                    for piece in pieces {
                        let piece = self.trim_piece(piece);
                        if piece.is_empty() {
                            continue;
                        }
                        self.found.quotes.push(RawQuote {
                            kind: QuoteKind::Direct,
                            content: self.span_of(piece.clone()),
                            cue: a.cue.clone(),
                            speaker: a.speaker.clone(),
                            via: None,
                            first_token: piece.start,
                            dialogue: p.kind == MarkKind::Dialogue,
                            open_ended: p.close.is_none() && p.kind != MarkKind::Dialogue,
                        });
                    }
                }
                None if self.is_term(k) => {
                    self.found.terms.push(self.span_of(content));
                }
                None => {
                    let piece = self.trim_piece(content);
                    if !piece.is_empty() {
                        self.found.quotes.push(RawQuote {
                            kind: QuoteKind::Direct,
                            content: self.span_of(piece.clone()),
                            cue: None,
                            speaker: None,
                            via: None,
                            first_token: piece.start,
                            dialogue: p.kind == MarkKind::Dialogue,
                            open_ended: p.close.is_none() && p.kind != MarkKind::Dialogue,
                        });
                    }
                }
            }
        }
    }

    fn trim_piece(&self, mut r: Range<usize>) -> Range<usize> {
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
    fn attribution_of(&self, k: usize) -> Option<Attribution> {
        let p = self.pairs[k];
        let inside = self.incise_in(p.content.clone());
        if p.kind == MarkKind::Dialogue {
            return inside.or_else(|| self.colon_before(p.open));
        }
        inside
            .or_else(|| self.after(p))
            .or_else(|| self.before(p))
            .or_else(|| self.colon_before(p.open))
    }

    /// An inverted reporting group inside a dialogue line: "— Oui, dit-il."
    fn incise_in(&self, content: Range<usize>) -> Option<Attribution> {
        let gi = self.groups.partition_point(|g| g.start < content.start);
        self.groups[gi..]
            .iter()
            .take_while(|g| g.end <= content.end)
            .filter(|g| {
                !g.negated
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
                })
            })
    }

    /// A cue after the closing mark: "», a-t-il dit", "» indique X",
    /// "», selon X", "» (X)", "» – X".
    fn after(&self, p: &Pair) -> Option<Attribution> {
        let ctx = self.ctx;
        let close = p.close?;
        let s = ctx.sentence_tokens(close);
        let mut t = close + 1;
        if t < s.end && ctx.lower(t) == "," {
            t += 1;
        }
        if t >= s.end {
            return None;
        }
        if self.group_starting[t] != NONE {
            let g = &self.groups[self.group_starting[t] as usize];
            if g.negated {
                return None;
            }
            let speaker = self.ctx.inverted_subject(g, s.end.min(g.end + WINDOW));
            return Some(Attribution {
                cue: Some(self.cue_of(g)),
                speaker,
            });
        }
        match ctx.lower(t) {
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
                })
            }
            "(" | "-" | "–" | "—" => {
                let np = ctx.np_after(t + 1, s.end.min(t + 8))?;
                let closes =
                    ctx.lower(t) != "(" || ctx.lower(np.tokens.end.min(ctx.len() - 1)) == ")";
                (closes && ctx.is_capitalised(np.tokens.start)).then_some(Attribution {
                    cue: None,
                    speaker: Some(np),
                })
            }
            _ => None,
        }
    }

    /// A cue before the opening mark: "X a déclaré : «", "X : «", or a
    /// reporting verb earlier in the sentence ("un message disant «").
    fn before(&self, p: &Pair) -> Option<Attribution> {
        let ctx = self.ctx;
        if p.open == 0 {
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
            let words = p.content.clone().filter(|&t| !ctx.is_punct(t)).count();
            let reach = if words <= 3 { 3 } else { 8 };
            let between_quote = (g.end..p.open).any(|t| self.in_pair[t] != NONE);
            if !between_quote && p.open <= g.end + reach {
                return Some(Attribution {
                    cue: Some(self.cue_of(g)),
                    speaker: self.subject_of(g),
                });
            }
        }
        None
    }

    /// "…, il s'était pris au président : « … »": a colon (ending this
    /// sentence's clause or the previous sentence) with no reporting verb
    /// attributes the quote to the clause's subject.
    fn colon_before(&self, open: usize) -> Option<Attribution> {
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
            });
        }
        // A verb group right before the colon ("elle ajouta très vite :").
        let gi = self.groups.partition_point(|g| g.end <= colon);
        let mut cue = Some((self.span_of(colon..colon + 1), ":".into()));
        if let Some(g) = self.groups[..gi].iter().rev().find(|g| g.start >= floor) {
            if g.negated {
                return None;
            }
            cue = Some(self.cue_of(g));
            if let Some(speaker) = self.subject_of(g) {
                return Some(Attribution {
                    cue,
                    speaker: Some(speaker),
                });
            }
        }
        // Otherwise the clause's subject: a pronoun, or the first phrase
        // followed by a verb ("Le vieux la regarda en hochant la tête :").
        let speaker = ctx
            .last_pronoun(floor, colon)
            .or_else(|| self.verb_anchored_subject(floor, colon));
        Some(Attribution { cue, speaker })
    }

    /// The first noun phrase or pronoun of `[floor, end)` that a verb
    /// follows (past object clitics): a subject, read without a parser.
    fn verb_anchored_subject(&self, floor: usize, end: usize) -> Option<MentionTokens> {
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
            let w = ctx.lower(k);
            let w_flags = ctx.flags(k);
            let starts = ((w_flags & word::DETERMINER != 0)
                || ctx.is_capitalised(k)
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
            if matches!(
                w,
                "je" | "j'" | "il" | "elle" | "on" | "nous" | "vous" | "ils" | "elles" | "tu"
            ) {
                return Some(MentionTokens {
                    tokens: k..k + 1,
                    pronoun_offset: None,
                });
            }
            while e < end && e - k < 10 {
                let mut v = e;
                while v < end && ctx.is(v, word::OBJECT_CLITIC) && !ctx.is_capitalised(v) {
                    v += 1;
                }
                // "Hector, ému, tâchait": an apposition between commas.
                if has_head && v < end && ctx.lower(v) == "," {
                    if let Some(next) = (v + 1..end.min(v + 6)).find(|&c| ctx.lower(c) == ",") {
                        let mut after = next + 1;
                        while after < end && ctx.is(after, word::OBJECT_CLITIC) {
                            after += 1;
                        }
                        if after < end && verbish(after) {
                            return Some(MentionTokens {
                                tokens: k..e,
                                pronoun_offset: None,
                            });
                        }
                    }
                }
                if has_head && v < end && verbish(v) {
                    return Some(MentionTokens {
                        tokens: k..e,
                        pronoun_offset: None,
                    });
                }
                let word = ctx.lower(e);
                let word_flags = ctx.flags(e);
                if ctx.is_punct(e)
                    || (word_flags & word::SUBORDINATOR != 0)
                    || ((word_flags & word::PREPOSITION != 0)
                        && !matches!(word, "de" | "du" | "des" | "d'"))
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

    /// Quotation marks that report no speech: a title, a name, a term.
    fn is_term(&self, k: usize) -> bool {
        let ctx = self.ctx;
        let p = self.pairs[k];
        if p.kind == MarkKind::Dialogue {
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
        let before = if p.open > 0 {
            ctx.lower(p.open - 1)
        } else {
            ""
        };
        let naming = ctx.g.naming_words.contains(before) || ctx.g.determiners.contains(before);
        words <= 3 || (naming && words <= 8)
    }

    /// A reporting verb in the sentence just before an unattributed quote,
    /// in the same paragraph and not already reporting anything ("La
    /// porte-parole a nuancé les chiffres. « On a constaté … »").
    fn group_in_previous_sentence(&self, open: usize) -> Option<Attribution> {
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
        let content_start = ctx.tokens[g.start].start as usize;
        let used = self.found.quotes.iter().any(|q| {
            q.cue
                .as_ref()
                .is_some_and(|(span, _)| span.start == content_start)
        });
        if used {
            return None;
        }
        Some(Attribution {
            cue: Some(self.cue_of(g)),
            speaker: self.subject_of(g),
        })
    }

    /// Unattributed quotes take the speaker of the quote before them when it
    /// is in the same or the previous paragraph. Unattributed dialogue lines
    /// alternate: a line answers the one before it, so it goes to the speaker
    /// of the line before that.
    fn inherit_floating(&mut self) {
        let paragraph = |ctx: &Ctx<'_>, t: usize| ctx.sentence(t).paragraph;
        let mut last: Option<usize> = None;
        for i in 0..self.found.quotes.len() {
            if self.found.quotes[i].dialogue {
                self.alternate(i);
                continue;
            }
            let q = &self.found.quotes[i];
            if q.speaker.is_some() || q.cue.is_some() {
                if q.speaker.is_some() {
                    last = Some(i);
                }
                continue;
            }
            // Only a quote standing as its own sentence floats: one inside a
            // sentence belongs to that sentence ("il limogea « … »").
            let open = q.first_token.saturating_sub(1);
            let sentence_start = self.ctx.sentence_tokens(q.first_token).start;
            let standalone = open <= sentence_start
                || (open == sentence_start + 1 && self.ctx.is_punct(sentence_start));
            if let (Some(j), true) = (last, standalone) {
                let pj = paragraph(self.ctx, self.found.quotes[j].first_token);
                let pi = paragraph(self.ctx, q.first_token);
                if pi <= pj + 1 {
                    let (speaker, cue) = {
                        let src = &self.found.quotes[j];
                        (src.speaker.clone(), src.cue.clone())
                    };
                    let q = &mut self.found.quotes[i];
                    q.speaker = speaker;
                    q.cue = cue;
                    last = Some(i);
                }
            }
        }
        self.continue_backwards();
    }

    /// A quote left open at a paragraph end goes on in the next paragraph
    /// (French style reopens it with «); when only the last part is
    /// attributed, the earlier parts share its speaker.
    fn continue_backwards(&mut self) {
        let ctx = self.ctx;
        for i in (0..self.found.quotes.len().saturating_sub(1)).rev() {
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
            }
        }
    }

    /// A dialogue line with no speaker, right after two lines by two
    /// different speakers, goes to the first of them.
    fn alternate(&mut self, i: usize) {
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
        }
    }

    /// The outlet relaying each quote: "citant Reuters", "selon l'AFP",
    /// "(Source : Kremlin.ru)" in its sentence, when it names a medium.
    fn find_via(&mut self) {
        let ctx = self.ctx;
        for q in &mut self.found.quotes {
            let first = ctx
                .tokens
                .partition_point(|t| (t.end as usize) <= q.content.start);
            if first >= ctx.len() {
                continue;
            }
            let last = ctx
                .tokens
                .partition_point(|t| (t.start as usize) < q.content.end)
                .max(first + 1)
                - 1;
            let from = ctx.sentence_tokens(first).start;
            let to = ctx.sentence_tokens(last).end;
            let from = from.max(first.saturating_sub(WINDOW));
            let to = to.min(last + WINDOW);
            for t in from..to {
                let tok_start = ctx.tokens[t].start as usize;
                if q.content.start <= tok_start && tok_start < q.content.end {
                    continue;
                }
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
                } else if !same {
                    q.via = Some(np.tokens);
                }
                break;
            }
        }
    }
}
