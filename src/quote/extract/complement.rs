//! What a reporting verb group governs or stands after: where its reported
//! content starts (que-clause, colon, reported infinitive), the verb that
//! governs an infinitive group, the comma before an inverted group.

use super::*;
use crate::pos::Tag;

impl Extractor<'_, '_> {
    /// "affirment avoir découvert", "a dit vouloir", "assure ne pas
    /// savoir", "affirme n'avoir jamais": an infinitive auxiliary or modal
    /// (`infinitive_aux`) reported right after a speech verb, perhaps
    /// negated.
    pub(super) fn reported_infinitive(&self, g: &VerbGroup, limit: usize) -> Option<usize> {
        if g.form != VerbForm::Finite {
            return None;
        }
        let mut k = g.end;
        if k < limit && self.ctx.is(k, word::NE) {
            k += 1;
            if k < limit && self.ctx.is(k, word::NEGATION) && !self.ctx.is(k, word::INFINITIVE_AUX)
            {
                k += 1;
            }
        }
        // "avoir"/"être" after a verb of saying ("affirment avoir"); a
        // modal after one of opinion too ("estime pouvoir", "espère pouvoir").
        let speech = g.class == crate::lexicon::VerbClass::Speech;
        if k < limit
            && self.ctx.is(k, word::INFINITIVE_AUX)
            && (speech || !matches!(self.ctx.lower(k), "avoir" | "être"))
        {
            return Some(g.end);
        }
        // A verb of wish the group grew over ("a dit espérer une décision",
        // "a déclaré souhaiter un accord"): the hope is what was said.
        let last = g.end - 1;
        (speech && last > g.verb && self.ctx.is(last, word::INFINITIVE_AUX)).then_some(last)
    }

    /// "il est prévu que": an impersonal passive reports nobody's words.
    pub(super) fn impersonal(&self, g: &VerbGroup) -> bool {
        g.start > 0 && self.ctx.lower(g.start - 1) == "il" && g.clitic.is_none()
    }

    /// Where the content of a group's que-clause starts (after "que" or
    /// "si", at an interrogative: "expliquent comment …"), within a few
    /// words. Between the verb and "que" may stand adverbs ("constate
    /// également fort justement que"), dates, prepositional phrases, even
    /// between commas ("a conclu, après plusieurs enquêtes, que"), but not
    /// a direct object ("assurer la sécurité … que"), except the person told
    /// after a verb of telling ("prévenait sa famille qu'elle était …").
    pub(super) fn que_after(&self, g: &VerbGroup, limit: usize) -> Option<usize> {
        use crate::pos::Tag;
        let ctx = self.ctx;
        // An infinitive reports when a finite verb governs it: "je voudrais
        // seulement rappeler que", "a tenu à préciser que".
        // So does one after "avant de": "…, avant d'ajouter que".
        if g.form == VerbForm::Infinitive
            && !self.governed_infinitive(g)
            && self.avant_de(g).is_none()
        {
            return None;
        }
        // "ne … que" restricts: "ne rapporteront que 3 milliards".
        let restrictive = !g.litotes && (g.start..g.verb).any(|k| ctx.is(k, word::NE));
        let stop = limit.min(g.end + 16);
        let tells = g.lemma_is(word::OBJECT_REPORT_VERB);
        let asks_verb = g.lemma_is(word::QUESTION_VERB);
        let mut k = g.end;
        let (mut in_phrase, mut object) = (false, false);
        // Whether the phrase is one of addressee ("au président du club"):
        // its de-complement continues it only after a verb of telling
        // ("souriait aux flèches d'or que" hangs a relative on the noun).
        let mut to_phrase = false;
        // Whether the words since the verb end in a noun of a phrase that a
        // relative "que" could hang on ("dit avec la solennité qu'il
        // apportait"): only phrases of addressee, time, place or medium
        // may stand before the que-clause, or any phrase set off by a comma.
        let mut open_phrase = false;
        // "a exprimé l'espoir que", "n'a pas écarté la possibilité que",
        // "a fait part de sa crainte que": a content noun's que-clause.
        // (Asked only at an article: most groups meet none.)
        let content_noun = || {
            g.litotes
                || ctx
                    .g
                    .content_noun_verbs
                    .contains(g.lemma.rsplit(' ').next().unwrap_or_default())
        };
        while k < stop {
            let w = ctx.lower(k);
            let tag = ctx.tag(k);
            if !in_phrase && !object && matches!(tag, Tag::Det | Tag::P | Tag::PD) && content_noun()
            {
                let clause = if g.lemma.contains(' ') {
                    crate::quote::cues::content_after_de(ctx, k, limit)
                } else {
                    crate::quote::cues::content_noun_clause(ctx, k, limit, false)
                };
                if let Some(start) = clause {
                    return (!restrictive || g.negated).then_some(start);
                }
            }
            if w == "que" || w == "qu'" {
                if (restrictive && !g.negated) || (object && !tells) || open_phrase {
                    return None;
                }
                // ", tandis que", ", alors que": an adverbial clause, not
                // the verb's complement.
                if k >= 2 && ctx.is(k - 1, word::QUE_LOCUTION) && ctx.lower(k - 2) == "," {
                    return None;
                }
                // "ce que" is a relative ("ce que je dis"), but "à ce que"
                // introduces a clause.
                if k > 0 && ctx.lower(k - 1) == "ce" && !(k > 1 && ctx.lower(k - 2) == "à") {
                    return None;
                }
                // A content noun right before "que" whose verb takes it as
                // object: a relative ("dit tout, jusqu'à la peur qu'elle
                // avait de ses baisers").
                let noun = if k > 1 && ctx.tag(k - 1) == Tag::Adj {
                    k - 2
                } else {
                    k.saturating_sub(1)
                };
                if k > 0
                    && ctx.g.content_nouns.contains(ctx.lower(noun))
                    && crate::quote::cues::relative_on_noun(ctx, k + 1, limit)
                {
                    return None;
                }
                // A completive "que" opens a clause with a subject; before
                // an infinitive it compares ("plutôt craindre qu'aimer").
                if k + 1 < limit && ctx.tag(k + 1) == Tag::VInf {
                    return None;
                }
                return Some(k + 1);
            }
            // An indirect question: "a demandé si …", "expliquent comment …"
            // ("si fort que" is a degree, not a question).
            let asks = !object && !in_phrase && asks_verb;
            let clause_follows = k + 1 < stop
                && matches!(
                    ctx.tag(k + 1),
                    Tag::Cls | Tag::Det | Tag::Npp | Tag::Nc | Tag::Pro
                );
            if asks && ctx.is(k, word::QUESTION_IF) && tag == Tag::Cs && clause_follows {
                return Some(k + 1);
            }
            if asks && ctx.is(k, word::QUESTION_WORD) {
                return Some(k);
            }
            // "a indiqué au « Parisien » que", "a déclaré à la « Voix du
            // Nord » que": a name in marks after "à" is the addressee.
            if in_phrase && to_phrase && !open_phrase {
                if let Some(after) = self.name_in_marks(k, stop) {
                    k = after;
                    continue;
                }
            }
            if self.in_pair[k] != NONE || self.group_starting[k] != NONE {
                return None;
            }
            // (Only a phrase counts here: a word that opens none is passed.)
            let phrase = ctx.g.adverbs.may_open_phrase(w);
            let adverb = if phrase {
                ctx.g.adverbs.match_len(ctx.lowers_from(k))
            } else {
                0
            };
            if adverb > 1 {
                k += adverb; // "tout de même"
                continue;
            }
            // An emphatic pronoun: "affirmait lui-même que".
            if w.ends_with("-même") || w.ends_with("-mêmes") {
                k += 1;
                continue;
            }
            // "plus haute qu'il n'était nécessaire", "une telle souplesse
            // que": a comparison or a consequence, not a report.
            if ctx.is(k, word::DEGREE_WORD) {
                return None;
            }
            if let Some(len) = self.time_phrase_len(k, stop) {
                k += len; // "a annoncé cette semaine que"
                continue;
            }
            match tag {
                _ if ctx.is_punct(k) => {
                    if !matches!(w, "," | "(" | ")") {
                        return None;
                    }
                    // ", cité par l'agence Reuters, que": a participle
                    // phrase of the interview, set off by commas.
                    if let Some(comma) = self.interview_phrase(k, stop) {
                        k = comma;
                    }
                    in_phrase = false;
                    open_phrase = false;
                }
                // A de-complement continues the phrase it hangs on: "lors
                // de la conférence de presse", "sous couvert d'anonymat"
                // ("des" may be a partitive article: "a rappelé lors de la
                // réunion des promesses que …").
                Tag::P | Tag::PD
                    if in_phrase
                        && !open_phrase
                        && (tells || !to_phrase)
                        && matches!(w, "de" | "d'" | "du") => {}
                // "lors", "avant", "après" whatever their tag.
                _ if tag != Tag::Clo && ctx.is(k, word::REPORT_PREPOSITION) => {
                    in_phrase = true;
                    open_phrase = false;
                    to_phrase = ctx.is(k, word::A | word::A_ARTICLE);
                }
                Tag::P | Tag::PD => {
                    in_phrase = true;
                    open_phrase = true;
                }
                Tag::Adv | Tag::Num => {}
                _ if ctx.is(k, word::TIME_WORD | word::CALENDAR_WORD) => {}
                // "de réintroduire les codes qu'": an infinitive starts
                // another verb.
                Tag::VInf | Tag::V | Tag::Vpr => return None,
                Tag::Det | Tag::Nc | Tag::Npp | Tag::Adj | Tag::Pro | Tag::Clo => {
                    if !in_phrase {
                        object = true;
                        if !tells {
                            return None; // a direct object
                        }
                    }
                }
                _ if in_phrase => {}
                _ => return None,
            }
            k += 1;
        }
        None
    }

    /// Where "que" stands after a pair of marks opening at `k` that holds a
    /// name of at most six words (its first capitalised) and is followed
    /// by "que": an outlet the words were told to ("au « Parisien » que").
    pub(super) fn name_in_marks(&self, k: usize, stop: usize) -> Option<usize> {
        let ctx = self.ctx;
        let p = self.pairs[self.pair_opening_at(k)?];
        let close = p.close?;
        let words = p.content.len();
        let que = close + 1;
        let named = (1..=6).contains(&words)
            && ctx.is_capitalised(p.content.start)
            && que < stop
            && matches!(ctx.lower(que), "que" | "qu'");
        named.then_some(que)
    }

    /// The length of a time phrase with its determiner at `k`, no direct
    /// object before "que": "cette semaine", "ce matin-là", "la veille",
    /// "le lendemain", "le même jour", "la semaine dernière". An article
    /// with another time noun may open a relative ("a rappelé le jour
    /// qu'il …"), so it needs "même" or a word of date after the noun.
    /// The word lists are sections of grammar.txt (`demonstratives`,
    /// `relative_day_nouns`, `dating_adjectives`, `time_nouns`).
    fn time_phrase_len(&self, k: usize, stop: usize) -> Option<usize> {
        let ctx = self.ctx;
        if k + 1 >= stop {
            return None;
        }
        let noun = |w: &str| {
            ctx.lex
                .is(w.strip_suffix("-là").unwrap_or(w), word::TIME_NOUN)
        };
        if ctx.is(k, word::DEMONSTRATIVE) {
            return noun(ctx.lower(k + 1)).then_some(2);
        }
        if !ctx.is(k, word::SINGULAR_DEFINITE) {
            return None;
        }
        let g = &ctx.lex.grammar;
        let next = ctx.lower(k + 1);
        if g.relative_day_nouns.contains(next) {
            return Some(2);
        }
        if k + 2 >= stop {
            return None;
        }
        let third = ctx.lower(k + 2);
        let dated = g.dating_adjectives.contains(third);
        ((next == "même" && noun(third)) || (noun(next) && dated)).then_some(3)
    }

    /// An infinitive group governed by a finite verb, past adverbs, clitics
    /// and "de" / "à" / "par": "voudrais seulement rappeler", "tient à
    /// préciser", "a fini par admettre", when the governing verb's polarity
    /// lets it report.
    pub(super) fn governed_infinitive(&self, g: &VerbGroup) -> bool {
        self.governing_group_start(g).is_some()
    }

    /// For an infinitive group governed by a finite verb, the first token
    /// of the governing group ("a" of "a tenu à préciser", "n'" of "n'a
    /// pas manqué de souligner"), when the infinitive is asserted: a
    /// negated governor asserts nothing ("ne veut pas dire que"), unless it
    /// is a verb of refusal, omission or failure, whose negation asserts
    /// ("n'a pas manqué de") while its affirmative denies ("a refusé de
    /// confirmer que").
    pub(super) fn governing_group_start(&self, g: &VerbGroup) -> Option<usize> {
        use crate::pos::Tag;
        let ctx = self.ctx;
        let s = ctx.sentence_tokens(g.start);
        let floor = s.start.max(g.start.saturating_sub(8));
        let mut k = g.start;
        let mut negation = false;
        let (governor, start) = loop {
            if k <= floor {
                return None;
            }
            let before = k - 1;
            if ctx.is(before, word::NEGATION) {
                negation = true;
                k = before;
                continue;
            }
            match ctx.tag(before) {
                Tag::Adv | Tag::Clo | Tag::Clr => k = before,
                // "finir par" and "commencer par" are the verbs "par" links
                // to an infinitive.
                Tag::P if ctx.is(before, word::DE | word::A) || ctx.lower(before) == "par" => {
                    k = before
                }
                // "il faut espérer que" is the writer's own statement.
                Tag::V if ctx.is(before, word::IMPERSONAL_VERB) => return None,
                Tag::V => break (before, before),
                // A compound tense: "a tenu à préciser", "avait décidé de
                // rappeler", "n'a pas manqué de souligner" (a participle
                // form the tagger took for a noun, "hésité", is one after
                // its auxiliary).
                tag if tag == Tag::Vpp
                    || (tag == Tag::Nc && crate::pos::ends_like_participle(ctx.lower(before))) =>
                {
                    let mut a = before;
                    while a > floor && (ctx.is(a - 1, word::NEGATION) || ctx.tag(a - 1) == Tag::Adv)
                    {
                        negation |= ctx.is(a - 1, word::NEGATION);
                        a -= 1;
                    }
                    if a > floor && ctx.is(a - 1, word::AUXILIARY) {
                        break (before, a - 1);
                    }
                    // An inverted clitic after the auxiliary: "a-t-il tenu
                    // à rappeler".
                    if a > floor + 1
                        && ctx.is(a - 1, word::CLITIC_SUBJECT)
                        && ctx.is(a - 2, word::AUXILIARY)
                    {
                        break (before, a - 2);
                    }
                    return None;
                }
                _ => return None,
            }
        };
        // "Cela veut dire que", "ça voulait simplement dire, pour eux,
        // que": the locution "vouloir dire", to mean, reports nothing; with
        // the person told between ("veut dire aux Français que", "veut
        // leur dire que") it does.
        let meaning = ctx.is(governor, word::MEANING_GOVERNOR)
            && &*g.lemma == "dire"
            && (governor + 1..g.verb).all(|k| ctx.tag(k) == Tag::Adv || ctx.is(k, word::NEGATION))
            && g.end < s.end
            && matches!(ctx.lower(g.end), "que" | "qu'" | ",");
        if meaning {
            return None;
        }
        let negated = negation && start > s.start && ctx.is(start - 1, word::NE);
        let denying = ctx.is(governor, word::DENYING_GOVERNOR);
        (negated == denying).then_some(if negated { start - 1 } else { start })
    }

    /// The colon after a group: within two words ("a dit ceci :"), or
    /// after a phrase of addressee, time or place ("a déclaré à la presse
    /// :", "l'a assuré à plusieurs reprises :").
    pub(super) fn colon_after(&self, g: &VerbGroup, limit: usize) -> Option<usize> {
        let ctx = self.ctx;
        let stop = limit.min(g.end + 3);
        if let Some(colon) = (g.end..stop).find(|&k| ctx.lower(k) == ":") {
            return Some(colon);
        }
        if g.end >= limit || !matches!(ctx.tag(g.end), Tag::P | Tag::PD) {
            return None;
        }
        for k in g.end + 1..limit.min(g.end + 6) {
            if ctx.lower(k) == ":" {
                return Some(k);
            }
            let verb_or_clause = matches!(
                ctx.tag(k),
                Tag::V | Tag::VInf | Tag::Vpp | Tag::Vpr | Tag::Cs | Tag::ProRel
            );
            if ctx.is_punct(k) || verb_or_clause || self.in_pair[k] != NONE {
                return None;
            }
        }
        None
    }

    /// For a group in inverted position after a comma ("…, a indiqué la
    /// police"), that comma.
    pub(super) fn incise_comma(&self, g: &VerbGroup) -> Option<usize> {
        // "…, a tenu à préciser le rectorat": the governing verb stands
        // where the incise's verb does.
        let first = match g.form {
            VerbForm::Finite => g.start,
            VerbForm::Infinitive => self.governing_group_start(g)?,
            VerbForm::PresentParticiple => return None,
        };
        if first == 0 {
            return None;
        }
        let before = first - 1;
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
}
