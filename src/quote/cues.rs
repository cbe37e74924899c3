//! Reporting verb groups: "a déclaré", "a-t-il souligné", "a ensuite
//! précisé", "dit-elle", "estimant", "fait savoir", "n'a pas dit" (negated).
//!
//! A group is found at each inflected form of the speech-verb lexicon, then
//! grown left over auxiliaries, adverbs, object clitics and negation, and
//! right over an inverted clitic subject (-t-il) or a dependent infinitive
//! ("a dit espérer"). Forms preceded by a determiner are nouns ("l'annonce"),
//! and past participles without an auxiliary are adjectives ("la loi dite").

use super::{Ctx, VerbForm, VerbGroup};
use crate::lexicon::{word, VerbClass};
use crate::pos::{ends_like_participle, Tag};

/// The content noun construction ("a exprimé l'espoir que"), apart: the
/// complement reader asks it too, and it is a phrase reader, not a group's.
mod content;
use content::named_fragment_after;
pub(crate) use content::{content_after_de, content_noun_clause, relative_on_noun};

const MAX_GROUP: usize = 8;

/// The support verb of a locution of saying whose complement is token `i`,
/// with the support verb's lemma: "fait savoir", "a laissé entendre",
/// "met en garde" (the noun after "en").
fn locution_head(ctx: &Ctx<'_>, i: usize) -> Option<(usize, &'static str)> {
    if i > 0 && ctx.is(i, word::FAIRE_COMPLEMENT) && ctx.is(i - 1, word::FAIRE_FORM) {
        Some((i - 1, "faire"))
    } else if i > 0 && ctx.is(i, word::LAISSER_COMPLEMENT) && ctx.is(i - 1, word::LAISSER_FORM) {
        Some((i - 1, "laisser"))
    } else if i > 1
        && ctx.is(i, word::METTRE_EN_COMPLEMENT)
        && ctx.lower(i - 1) == "en"
        && ctx.is(i - 2, word::METTRE_FORM)
    {
        Some((i - 2, "mettre en"))
    } else {
        None
    }
}

/// Whether the first verb after the pronoun "nous" or "vous" at `pronoun`
/// (up to the reporting verb `verb`, past other clitics) agrees with it as
/// its subject: "nous avons dit", "vous êtes", not "nous a dit", "nous
/// confie".
fn agrees_with_plural_person(ctx: &Ctx<'_>, pronoun: usize, verb: usize) -> bool {
    let Some(v) = (pronoun + 1..=verb).find(|&k| !ctx.is(k, word::OBJECT_CLITIC | word::NE)) else {
        return true;
    };
    let w = ctx.lower(v);
    if ctx.lower(pronoun) == "nous" {
        w.ends_with("ons") || w == "sommes"
    } else {
        w.ends_with("ez") || w == "êtes" || w == "dites"
    }
}

/// The lemma of a form of `litotes_verbs` or `content_verbs`, as grammar.txt
/// lists it beside the form ("exclu" -> "exclure", "émis" -> "émettre",
/// "soulève" -> "soulever"); the form itself if it has none.
fn verb_lemma(ctx: &Ctx<'_>, form: &str) -> Box<str> {
    ctx.lex.verb_lemma(form).unwrap_or(form).into()
}

/// The reporting verb groups of the document, in text order, none overlapping.
pub(crate) fn find_groups(ctx: &Ctx<'_>) -> Vec<VerbGroup> {
    // A group is found only at a reporting cue (`group_at`): the scan from
    // token to token reads the context's list of them, from the first at or
    // after `i` each time. Each group holds one cue: room for all at once.
    let cues = &ctx.reporting_cues;
    let mut groups: Vec<VerbGroup> = Vec::with_capacity(cues.len());
    let (mut i, mut k) = (0, 0);
    while k < cues.len() {
        let c = cues[k] as usize;
        crate::limits::every_jump(i, c + 1);
        if let Some(group) = group_at(ctx, c) {
            if groups.last().is_none_or(|g| g.end <= group.start) {
                i = group.end;
                groups.push(group);
                k = cues.partition_point(|&x| (x as usize) < i);
                continue;
            }
        }
        i = c + 1;
        k += 1;
    }
    groups
}

/// The group whose verb is token `i`, if `i` is a reporting verb in use.
pub(crate) fn group_at(ctx: &Ctx<'_>, i: usize) -> Option<VerbGroup> {
    if !ctx.is(i, word::REPORTING_CUE) {
        return None; // neither a reporting verb nor "faire" (most tokens)
    }
    let lower = ctx.lower(i);
    // "fait savoir", "a fait remarquer"
    // "fit-il", "— Rien, fit Douce.": faire with an inverted subject, in an
    // incise, reports words.
    let incise_position = i > 0 && matches!(ctx.lower(i - 1), "," | "!" | "?" | "…" | "»");
    let inverted_next = i + 1 < ctx.len()
        && (ctx.is(i + 1, word::CLITIC_SUBJECT)
            || (incise_position
                && (ctx.is_capitalised(i + 1)
                    || ctx.is(i + 1, word::DETERMINER)
                    || ctx.is(i + 1, word::ADVERB))));
    // "Comment se fait-il que": the reflexive "se faire" reports nothing.
    let reflexive = i > 0 && ctx.is(i - 1, word::REFLEXIVE);
    if ctx.is(i, word::FAIRE_INVERTED) && inverted_next && !reflexive {
        let clitic = ctx.is(i + 1, word::CLITIC_SUBJECT).then_some(i + 1);
        return Some(VerbGroup::finite_speech(i, i, clitic, "faire", ctx.lex));
    }
    // "», se souvient Gaëtane Orvellec", "», se rappelle-t-il": a verb of
    // memory reports the quotation it follows as an incise, and nothing
    // elsewhere ("il se souvient que" recalls, like "il sait que").
    if ctx.is(i, word::MEMORY_VERB) {
        if let Some(group) = super::memory::memory_incise(ctx, i) {
            return Some(group);
        }
        if !ctx.is(i, word::SPEECH_VERB) {
            return None;
        }
    }
    // A locution of saying: a support verb and its complement, "fait
    // savoir", "a laissé entendre", "met en garde". `head` is the support
    // verb, where the group starts.
    let locution = locution_head(ctx, i);
    // A verb whose negation asserts: kept here, dropped below unless negated.
    let litotes = locution.is_none() && ctx.is(i, word::LITOTES_VERB);
    // "fait part de", "fait état de" report only a content noun's clause
    // ("a fait part de sa crainte que") or the feeling they put into words
    // in marks ("a fait part de sa « profonde indignation »").
    if locution.is_some() && ctx.g.content_noun_verbs.contains(lower) {
        let limit = ctx.sentence_tokens(i).end;
        if content_after_de(ctx, i + 1, limit).is_none()
            && !named_fragment_after(ctx, i + 1, limit, true)
        {
            return None;
        }
    }
    let (lemma, class) = if let Some((_, support)) = locution {
        (
            format!("{support} {lower}").into_boxed_str(),
            VerbClass::Speech,
        )
    } else if ctx.is(i, word::LEARN_FORM) && !ctx.is(i, word::SPEECH_VERB) {
        // "a-t-on appris", "apprend-on": only with the inverted "on".
        let on_after = i + 1 < ctx.len() && ctx.is(i + 1, word::INVERTED_ON);
        let on_before = i > 1 && ctx.is(i - 1, word::INVERTED_ON) && ctx.is(i - 2, word::AUXILIARY);
        if !(on_after || on_before) {
            return None;
        }
        ("apprendre".into(), VerbClass::Speech)
    } else if litotes {
        // After "ne" or "pas" the form is the verb whatever the tagger says.
        if !(ctx.tag(i).is_verb() || (i > 0 && ctx.is(i - 1, word::NEGATION | word::NE))) {
            return None;
        }
        (verb_lemma(ctx, lower), VerbClass::Speech)
    } else if ctx.is(i, word::CONTENT_VERB) && !ctx.is(i, word::SPEECH_VERB) {
        // "a exprimé l'espoir que", "a émis mardi l'hypothèse que": only
        // with a content noun and its que-clause (adverbs between).
        let limit = ctx.sentence_tokens(i).end;
        let k = (i + 1..limit.min(i + 4))
            .find(|&k| ctx.tag(k) != Tag::Adv)
            .unwrap_or(limit);
        let lemma = verb_lemma(ctx, lower);
        // "a exprimé son « inquiétude »": "exprimer" says the feeling in
        // marks, the subject's words ("formuler", "soulever" do not).
        if content_noun_clause(ctx, k, limit, false).is_none()
            && !(&*lemma == "exprimer" && named_fragment_after(ctx, k, limit, false))
        {
            return None;
        }
        (lemma, VerbClass::Speech)
    } else {
        let verb = ctx.lex.speech_verb(lower)?;
        // Right after the preposition "de" only the infinitive is the verb
        // ("promet de dire"): another form is a noun, as in the locutions
        // of fear "de crainte que", "de crainte qu'il" (Grevisse).
        if i > 0 && matches!(ctx.lower(i - 1), "de" | "d'" | "d’") && *verb.lemma != *lower {
            return None;
        }
        // The tagger reads a noun, adjective or adverb here: "il apparaît
        // maintenant que", "la note", "une remarque". A form right after
        // its subject and right before "que" is the verb all the same:
        // "Mélenchon (LFI) juge que", "Le rapport note que", and after
        // an adjective that follows its noun: "Le rapporteur public juge
        // que", "Le médecin légiste note que".
        // After an apposition closed by its comma too: "La présidente de
        // l'association, Gwendoline Arribat, juge que", and after a
        // stressed pronoun set off by commas: "Le maire, lui, juge que".
        let comma_before = i > 1 && ctx.surface(i - 1) == ",";
        let subject_before = i > 0
            && (matches!(ctx.tag(i - 1), Tag::Nc | Tag::Npp | Tag::Cls)
                || ctx.surface(i - 1) == ")"
                || (comma_before
                    && (matches!(ctx.tag(i - 2), Tag::Nc | Tag::Npp | Tag::Adj)
                        || (i > 2
                            && ctx.is(i - 2, word::STRESSED_THIRD)
                            && ctx.surface(i - 3) == ",")))
                || (ctx.tag(i - 1) == Tag::Adj
                    && i > 1
                    && matches!(ctx.tag(i - 2), Tag::Nc | Tag::Npp)));
        // So is one before quotation marks: "Le syndicat juge « inacceptable »".
        // After such a comma, an object and its attribute in marks too:
        // "Valérie X, juge la décision « injuste »", "M. X, lui, juge la
        // proposition « irrecevable »".
        let que_after = i + 1 < ctx.len()
            && (matches!(ctx.lower(i + 1), "que" | "qu'")
                || matches!(ctx.surface(i + 1), "«" | "“")
                || (comma_before && object_before_marks(ctx, i + 1)));
        let noun_read_as_verb = subject_before && que_after && ctx.tag(i) == Tag::Nc;
        // So is one in an incise, right after the closing mark and before
        // its subject: "», alerte Iris Dambreville", "», note le rapport".
        let after_close = i > 0
            && (matches!(ctx.surface(i - 1), "»" | "”")
                || (ctx.lower(i - 1) == "," && i > 1 && matches!(ctx.surface(i - 2), "»" | "”")));
        let subject_after = i + 1 < ctx.len()
            && (ctx.is_capitalised(i + 1) || ctx.is(i + 1, word::DETERMINER))
            && !ctx.is(i + 1, word::DE | word::DE_ARTICLE);
        let incise_read_as_noun =
            after_close && subject_after && matches!(ctx.tag(i), Tag::Nc | Tag::Adj);
        if !(ctx.tag(i).is_verb() || noun_read_as_verb || incise_read_as_noun) {
            return None;
        }
        (verb.lemma.clone(), verb.class)
    };
    // A determiner before the form makes it a noun: "l'annonce", "la note"
    // ("de" is not one here: "vient d'annoncer", "promet de dire").
    let before = if i > 0 { ctx.lower(i - 1) } else { "" };
    // A capitalised form after a preposition is a name: "sur Twitter".
    if ctx.is_capitalised(i)
        && (i > 0 && ctx.is(i - 1, word::PREPOSITION)
            || (&*lemma == lower && i != ctx.sentence_tokens(i).start))
    {
        return None;
    }
    // A determiner before the form makes it a noun, unless the tagger reads
    // that word as a clitic ("un témoin leur assure que").
    let clitic_before =
        i > 0 && matches!(ctx.tag(i - 1), crate::pos::Tag::Clo | crate::pos::Tag::Clr);
    if i > 0
        && ctx.is(i - 1, word::DETERMINER)
        && !ctx.is(i - 1, word::DE)
        && !ctx.is(i, word::FAIRE_FORM)
        && !clitic_before
    {
        // "le" and "l'" are also object clitics before a verb: "il l'a dit"
        // is handled by the auxiliary, "il le dit" stays ambiguous: keep the
        // verb only when a subject pronoun precedes the clitic.
        let clitic_use =
            ctx.is(i - 1, word::DEFINITE) && i > 1 && ctx.is(i - 2, word::SUBJECT_PRONOUN);
        if !clitic_use {
            return None;
        }
    }
    // Grow left.
    let head = locution.map_or(i, |(head, _)| head);
    let mut start = head;
    let mut has_aux = false;
    let mut negated = false;
    let mut passive = false;
    let mut clitic = None;
    let floor = i.saturating_sub(MAX_GROUP);
    let sentence_start = ctx.sentence_tokens(i).start;
    while start > floor.max(sentence_start) {
        let j = start - 1;
        let w = ctx.lower(j);
        let w_flags = ctx.flags(j);
        if w_flags & word::AUXILIARY != 0 && !is_compass_est(ctx, j, sentence_start) {
            has_aux = true;
            passive |= ctx.is(j, word::ETRE_FORM) && w != "été" || (w == "été" && start == i);
            start = j;
        } else if (w_flags & word::CLITIC_SUBJECT != 0) && j > 0 && ctx.is(j - 1, word::AUXILIARY) {
            clitic = Some(j);
            start = j;
        } else if (w_flags & word::STRESSED_THIRD != 0) && j > 0 && ctx.is(j - 1, word::AUXILIARY) {
            // "ont eux aussi estimé", "avait elle aussi affirmé": a stressed
            // pronoun that repeats the subject inside the group.
            start = j;
        } else if w_flags & word::NE != 0 {
            negated = true;
            start = j;
        } else if let Some(open) = parenthetical_after_auxiliary(ctx, j, sentence_start) {
            // "a, une nouvelle fois, affirmé": a phrase between commas
            // inside the group.
            start = open;
        } else if (w_flags & word::NEGATION != 0) && w != "plus" {
            start = j;
        } else if let Some(len) = adverb_phrase_ending_at(ctx, j) {
            // "pour sa part", "d'ailleurs"
            start = j + 1 - len;
        } else if w_flags & word::DE != 0 {
            // "vient d'annoncer", "vient de déclarer"
            if j > 0 && ctx.is(j - 1, word::VENIR_AUX) {
                has_aux = true;
                start = j - 1;
            } else {
                break;
            }
        } else if w_flags & word::ADVERB != 0
            || ctx.tag(j) == Tag::Adv
            || (w_flags & word::OBJECT_CLITIC != 0) && (w_flags & word::DETERMINER == 0)
            || ctx.is(
                j,
                word::ELIDED_OBJECT | word::DATIVE_CLITIC | word::REFLEXIVE,
            )
        {
            start = j;
        } else {
            break;
        }
    }
    // Trim what the group does not need at its left edge: adverbs and
    // clitics before the first auxiliary belong to the clause.
    while start < i {
        let w_flags = ctx.flags(start);
        if (w_flags & (word::AUXILIARY | word::NE) != 0) || (head < i && start == head) {
            break;
        }
        if ctx.is(start, word::VENIR_AUX) {
            break;
        }
        // "», nous confie Lucie", "nous a dit le maire": "nous" or "vous"
        // before a verb that does not agree with it is its object.
        if ctx.is(start, word::FIRST_SECOND_PLURAL) && !agrees_with_plural_person(ctx, start, i) {
            break;
        }
        if ctx.is(
            start,
            word::ELIDED_OBJECT
                | word::REFLEXIVE
                | word::DATIVE_CLITIC
                | word::CLITIC_Y
                | word::CLITIC_EN
                | word::PERSON_CLITIC,
        ) {
            break;
        }
        start += 1;
    }
    // Grow right: an inverted subject clitic, a dependent infinitive.
    let mut end = i + 1;
    if end < ctx.len() && ctx.is(end, word::CLITIC_SUBJECT) {
        clitic = Some(end);
        end += 1;
    } else if end < ctx.len() && ctx.is(end, word::SPEECH_VERB) {
        if let Some(next) = ctx.lex.speech_verb(ctx.lower(end)) {
            if &*next.lemma == ctx.lower(end) {
                end += 1; // "a dit espérer"
            }
        }
    }
    let form = if lower.ends_with("ant") && !has_aux {
        VerbForm::PresentParticiple
    } else if &*lemma == lower && !has_aux {
        VerbForm::Infinitive
    } else {
        VerbForm::Finite
    };
    // A past participle with no auxiliary is an adjective: "la loi dite";
    // unless it shares an earlier verb's ("a remercié … et rappelé que").
    if !has_aux
        && clitic.is_none()
        && form == VerbForm::Finite
        && ends_like_participle(lower)
        && !super::elided::shares_auxiliary(ctx, i, sentence_start)
    {
        return None;
    }
    if !has_aux && clitic.is_none() && ctx.is(i, word::DIT_FORM) {
        // "dit" is finite after its subject ("il dit", "Paul dit") or in an
        // incise ("», dit Paul", ", écrit le quotidien"); after a noun it is
        // the participle ("la loi dite").
        // A clitic or negation inside the group ("se dit", "lui dit", "ne
        // dit") makes it finite too.
        let finite = i == 0
            || start < i
            || ctx.is(i - 1, word::SUBJECT_PRONOUN)
            || ctx.is_capitalised(i - 1)
            || matches!(
                before,
                "," | "»" | "”" | "\"" | "!" | "?" | "…" | "-" | "—" | "–"
            )
            || ctx.is(i - 1, word::FINITE_DIT_OPENER);
        if !finite {
            return None;
        }
    }
    // A first-person plural with no subject is an imperative addressed to
    // the reader ("Rappelons que", "Notons que").
    if !has_aux
        && clitic.is_none()
        && ((lower.ends_with("ons") && before != "nous")
            || (lower.ends_with("ez") && before != "vous"))
    {
        return None;
    }
    // "le concert se termina", "il se rappelle", "s'assurer": verbs whose
    // reflexive form reports nothing.
    // "s'est dite", "se sont déclarés": a pronominal verb takes être
    // without being passive.
    let lemma_flags = ctx.lex.word_flags(&lemma);
    let lemma_is = |classes: word::Classes| lemma_flags & classes != 0;
    let pronominal = (start..i).any(|k| ctx.is(k, word::REFLEXIVE));
    let reflexive = pronominal || (start == i && i > 0 && ctx.is(i - 1, word::REFLEXIVE));
    if reflexive && lemma_is(word::REFLEXIVE_NOT_SPEECH) {
        return None;
    }
    // "il s'est dit que", "se disait que": a thought told to oneself.
    if reflexive
        && lemma_is(word::REFLEXIVE_THOUGHT)
        && end < ctx.len()
        && matches!(ctx.lower(end), "que" | "qu'")
    {
        return None;
    }
    // "l'inquiéta", "le félicite": these report speech only in their
    // reflexive form ("s'inquiéta", "se félicite").
    if !reflexive && lemma_is(word::REFLEXIVE_ONLY_SPEECH) {
        return None;
    }
    // Negation needs "pas"/"jamais" after "ne": "n'a pas dit". Check right.
    if negated {
        let after_negation = (start..i.min(ctx.len())).any(|k| ctx.is(k, word::NEGATION))
            || (i + 1 < ctx.len() && ctx.is(i + 1, word::NEGATION));
        negated = after_negation;
    }
    if litotes {
        if !negated {
            return None; // "a caché que" reports nothing
        }
        negated = false;
    }
    // "ne nie pas que": a denial's negation asserts the clause.
    let denial_granted = negated && lemma_is(word::DENIAL_VERB);
    let litotes = litotes || denial_granted;
    negated &= !denial_granted;
    // A hypothesis reports nothing either (GUIDELINES): "Si le ministre
    // annonçait que …", "si on lui eût dit que …".
    negated |= form == VerbForm::Finite && in_hypothesis(ctx, start, i);
    let group = VerbGroup {
        start,
        end,
        verb: i,
        lemma,
        lemma_flags,
        class,
        form,
        negated,
        litotes,
        passive: passive && has_aux && !pronominal,
        clitic,
    };
    (group.class != VerbClass::Finding || finding_source(ctx, &group, sentence_start))
        .then_some(group)
}

/// Whether a verb of finding ("montre que") has a study, a survey or a
/// report for its subject (`document_nouns`) that the text introduces ("une
/// étude", "un sondage") or names by its maker with no comma between ("le
/// rapport du Giec", "un sondage Elabe"). "Cela montre que", "il montre
/// que" prove, and "l'enquête a montré que" or "les études montrent que"
/// state what an inquiry found, not what anyone published (the UD files).
fn finding_source(ctx: &Ctx<'_>, g: &VerbGroup, sentence_start: usize) -> bool {
    let floor = sentence_start.max(g.start.saturating_sub(3 * MAX_GROUP));
    let Some(subject) = ctx.subject_before(g, floor) else {
        return false;
    };
    let Some(head) = subject
        .head
        .or_else(|| ctx.phrase_head(subject.tokens.clone()))
    else {
        return false;
    };
    if !ctx.is(head, word::DOCUMENT_NOUN) {
        return false;
    }
    let first = subject.tokens.start;
    let introduced =
        ctx.is(first, word::INDEFINITE_ARTICLE) && !ctx.is(first, word::PLURAL_ARTICLE);
    let named = (head + 1..g.start).all(|k| ctx.lower(k) != ",")
        && (head + 1..g.start).any(|k| ctx.is_capitalised(k));
    introduced || named
}

/// Whether token `j` is the compass point "Est" inside a name ("la région
/// Grand Est", "l'ARS Grand Est", "les pays de l'Est"), not the verb: the
/// capitalised form after a word of the same sentence. The verb is
/// capitalised only where a sentence or a quotation opens ("« Est-ce …").
pub(crate) fn is_compass_est(ctx: &Ctx<'_>, j: usize, sentence_start: usize) -> bool {
    j > sentence_start
        && ctx.surface(j) == "Est"
        && ctx
            .surface(j - 1)
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphabetic() || c == '\'' || c == '’')
}

/// For the comma at `j` closing a short verbless phrase opened by a comma
/// right after an auxiliary ("a, une nouvelle fois, affirmé"), that opening
/// comma.
fn parenthetical_after_auxiliary(ctx: &Ctx<'_>, j: usize, floor: usize) -> Option<usize> {
    if ctx.lower(j) != "," {
        return None;
    }
    let open = (j.saturating_sub(6).max(floor + 1)..j)
        .rev()
        .find(|&k| ctx.is_punct(k))?;
    let verbless = (open + 1..j).all(|k| !ctx.tag(k).is_verb() && ctx.tag(k) != Tag::Cs);
    (ctx.lower(open) == "," && open + 1 < j && verbless && ctx.is(open - 1, word::AUXILIARY))
        .then_some(open)
}

/// Whether the group `start..=verb` is the verb of a clause opened by "si"
/// in the imperfect or pluperfect (a condition, not a report): "si" (not
/// "même si", whose clause is a fact), then at most a short subject with
/// its clitics, no punctuation, verb or "que" between.
fn in_hypothesis(ctx: &Ctx<'_>, start: usize, verb: usize) -> bool {
    let finite = (start..verb)
        .find(|&k| ctx.is(k, word::AUXILIARY))
        .unwrap_or(verb);
    let w = ctx.lower(finite);
    if !["ait", "aient", "ais", "ût"]
        .iter()
        .any(|end| w.ends_with(end))
    {
        return false;
    }
    for k in (start.saturating_sub(6)..start).rev() {
        let l = ctx.lower(k);
        let si = l == "si"
            || (l == "s'" && k + 1 < ctx.len() && matches!(ctx.lower(k + 1), "il" | "ils"));
        if si {
            return !(k > 0 && ctx.lower(k - 1) == "même");
        }
        if ctx.is_punct(k) || ctx.tag(k) == Tag::V || matches!(l, "que" | "qu'") {
            return false;
        }
    }
    false
}

/// The length of a multi-word adverb ("pour sa part") ending at token `j`.
pub(super) fn adverb_phrase_ending_at(ctx: &Ctx<'_>, j: usize) -> Option<usize> {
    if !ctx.g.adverbs.may_close_phrase(ctx.lower(j)) {
        return None;
    }
    for len in [4usize, 3, 2] {
        if j + 1 >= len {
            let from = j + 1 - len;
            if ctx.g.adverbs.match_len(ctx.lowers_from(from)) == len {
                return Some(len);
            }
        }
    }
    None
}

/// Whether a short object phrase opens at `k` and runs to quotation marks:
/// a determiner, then at most three nouns or adjectives, then "«" ("la
/// décision « injuste »").
fn object_before_marks(ctx: &Ctx<'_>, k: usize) -> bool {
    if k >= ctx.len() || ctx.tag(k) != Tag::Det || ctx.is(k, word::DE) {
        return false;
    }
    let end = ctx.len().min(k + 5);
    for j in k + 1..end {
        if matches!(ctx.surface(j), "«" | "“") {
            return j > k + 1;
        }
        if !matches!(ctx.tag(j), Tag::Nc | Tag::Adj) {
            return false;
        }
    }
    false
}

#[cfg(test)]
mod tests;
