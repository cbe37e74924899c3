//! Reported speech: direct quotes in « » (and “ ” or " ", and em-dash
//! dialogue), indirect speech ("a déclaré que…", "selon X, …"), mixed speech,
//! their cues and their speakers, resolved to the people and organisations of
//! the document.
//!
//! The stage runs on the tokens and sentences of the earlier stages, in four
//! steps, each one pass or a bounded look-around per token:
//! 1. [`marks`] pairs the quotation marks of each paragraph, and sets aside
//!    those of a story told within the story;
//! 2. [`cues`] finds the reporting verb groups and their grammatical subject;
//! 3. [`extract`] turns marks and cues into quotes and quoted terms;
//! 4. [`speakers`] merges the speaker mentions into speakers.
//!
//! The steps read the text through [`Ctx`] ([`context`]) and hand each
//! other the types defined here ([`Pair`], [`VerbGroup`], [`MentionTokens`],
//! [`RawQuote`], [`Found`]). Three helper layers read phrases for
//! [`extract`]: [`chunks`] (noun phrases and their heads), [`mentions`] (the
//! mention a cue points to) and [`clause`] (the clause around a verb group).
//! Words are tested by class, `ctx.is(i, word::CLASS)`, the classes being
//! sections of `src/lexicons/grammar.txt` ([`crate::lexicon::word`]).
//!
//! Imports go one way. Every module reads this one and [`context`]; this
//! one runs the steps ([`analyse`]); besides,
//!
//! ```text
//! module     reads                    hands on            uses
//! marks      tokens                   Pair                -
//! cues       tokens                   VerbGroup           -
//! chunks     tags                     phrase heads        -
//! mentions   tokens                   MentionTokens       chunks
//! inverted   tokens, VerbGroup        MentionTokens       mentions
//! clause     VerbGroup                clause segments     chunks
//! extract    Pair, VerbGroup          Found (RawQuote)    clause, mentions, chunks
//! speakers   Found                    quotes, speakers    mentions (name words)
//! ```
//!
//! (Before: extract, mentions, clause and chunks called speakers, which
//! imported extract; marks and this module imported each other.)

mod chunks;
mod clause;
mod context;
mod cues;
mod elided;
mod extract;
mod incidental;
mod inverted;
mod marks;
mod memory;
mod mentions;
mod participle;
mod speakers;

pub(crate) use context::{is_dash, starts_line, Ctx};

use crate::lexicon::Gender;
use crate::span::Span;
use std::ops::Range;

/// The kind of a piece of reported speech.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum QuoteKind {
    /// Words reported verbatim between quotation marks (or in a dialogue
    /// line).
    Direct,
    /// Reported speech or opinion without quotation marks.
    Indirect,
    /// Indirect speech containing a quoted fragment.
    Mixed,
}

impl QuoteKind {
    /// The lowercase name used in tables and JSON.
    pub fn as_str(&self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Indirect => "indirect",
            QuoteKind::Mixed => "mixed",
        }
    }
}

/// The construction that produced a quote: why guillemet reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
pub enum QuoteRule {
    /// A reporting verb and its que-clause: "X a déclaré que …" (direct when
    /// the whole clause is quoted).
    VerbQue,
    /// A reporting verb and a colon: "X a indiqué : …", "X a déclaré : « … »".
    VerbColon,
    /// A reporting verb and a reported infinitive: "affirment avoir découvert …".
    VerbInfinitive,
    /// A reporting verb governing the quotation marks: "un message disant « … »".
    VerbQuote,
    /// A passive report: "… a été annoncé par X".
    Passive,
    /// A reporting clause set in or after the content: "« … », a-t-il dit",
    /// "« …, dit-elle, … »", "La réforme est un échec, a déclaré X".
    Incise,
    /// A source adjunct, wherever it stands: selon X, d'après X, pour X, de
    /// l'avis de X, aux yeux de X.
    Selon,
    /// A name after the marks: "« … » (X)", "« … » — X, journaliste".
    Attribution,
    /// A speech noun and its source: "« … » : l'appel de Zelensky".
    SpeechNoun,
    /// A name and a colon before the marks, as in headlines: "Emmanuel
    /// Macron : « … »".
    HeadlineColon,
    /// A colon ending a clause with no reporting verb: "il s'en prit au
    /// président : « … »"; the clause's subject speaks.
    Colon,
    /// A reporting verb in the sentence just before: "La porte-parole a
    /// nuancé les chiffres. « … »".
    PreviousSentence,
    /// A short quoted fragment that its subject says, names or describes:
    /// "le maire se dit « rassuré »".
    Fragment,
    /// A dialogue turn, attributed by the alternation of two speakers.
    DialogueTurn,
    /// A quote standing alone after one by the same speaker.
    Floating,
    /// A quotation that goes on over several paragraphs, attributed in
    /// another of its parts.
    Continued,
    /// A quote after a narrated sentence, attributed to that sentence's
    /// subject ("Louisa pleurait. – Ne me grondez pas").
    Narration,
    /// The words of an attributed quote, repeated (a headline).
    Repeated,
    /// An outlet that relays the words: "« … », citant Reuters".
    Relay,
    /// Quotation marks with no attribution.
    Unattributed,
}

impl QuoteRule {
    /// Every rule, in declaration order.
    pub const ALL: [QuoteRule; 20] = [
        QuoteRule::VerbQue,
        QuoteRule::VerbColon,
        QuoteRule::VerbInfinitive,
        QuoteRule::VerbQuote,
        QuoteRule::Passive,
        QuoteRule::Incise,
        QuoteRule::Selon,
        QuoteRule::Attribution,
        QuoteRule::SpeechNoun,
        QuoteRule::HeadlineColon,
        QuoteRule::Colon,
        QuoteRule::PreviousSentence,
        QuoteRule::Fragment,
        QuoteRule::DialogueTurn,
        QuoteRule::Floating,
        QuoteRule::Continued,
        QuoteRule::Narration,
        QuoteRule::Repeated,
        QuoteRule::Relay,
        QuoteRule::Unattributed,
    ];

    /// The kebab-case name used in tables and JSON ("verb-que").
    pub fn as_str(&self) -> &'static str {
        match self {
            QuoteRule::VerbQue => "verb-que",
            QuoteRule::VerbColon => "verb-colon",
            QuoteRule::VerbInfinitive => "verb-infinitive",
            QuoteRule::VerbQuote => "verb-quote",
            QuoteRule::Passive => "passive",
            QuoteRule::Incise => "incise",
            QuoteRule::Selon => "selon",
            QuoteRule::Attribution => "attribution",
            QuoteRule::SpeechNoun => "speech-noun",
            QuoteRule::HeadlineColon => "headline-colon",
            QuoteRule::Colon => "colon",
            QuoteRule::PreviousSentence => "previous-sentence",
            QuoteRule::Fragment => "fragment",
            QuoteRule::DialogueTurn => "dialogue-turn",
            QuoteRule::Floating => "floating",
            QuoteRule::Continued => "continued",
            QuoteRule::Narration => "narration",
            QuoteRule::Repeated => "repeated",
            QuoteRule::Relay => "relay",
            QuoteRule::Unattributed => "unattributed",
        }
    }

    /// Parses a name given by [`QuoteRule::as_str`].
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == name)
    }
}

/// The reporting verb group or marker of a quote.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Cue {
    /// Span of the cue ("a-t-il souligné", "selon", ":").
    pub span: Span,
    /// Its lemma ("souligner", "selon", ":").
    pub lemma: Box<str>,
}

/// Where the text names a speaker, and who it is.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Mention {
    /// Span of the mention ("il", "le président Poutine", "Febelfin").
    pub span: Span,
    /// Index of the resolved speaker in [`crate::Document::speakers`].
    pub speaker: Option<usize>,
}

/// One piece of reported speech.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Quote {
    /// Direct, indirect or mixed.
    pub kind: QuoteKind,
    /// The content, without its quotation marks.
    pub span: Span,
    /// The sentences the content covers.
    pub sentences: Range<usize>,
    /// The reporting verb or marker, if any.
    pub cue: Option<Cue>,
    /// The speaker mention, if the quote is attributed.
    pub speaker: Option<Mention>,
    /// The outlet that relays the words, when it is not the speaker
    /// ("citant Reuters").
    pub via: Option<Span>,
    /// The construction that produced the quote.
    pub rule: QuoteRule,
}

/// What kind of source a speaker is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum SpeakerKind {
    /// A named or described person.
    Person,
    /// An organisation, institution or outlet.
    Organisation,
    /// An unnamed source ("un porte-parole", "des témoins").
    Anonymous,
}

impl SpeakerKind {
    /// The lowercase name used in tables and JSON.
    pub fn as_str(&self) -> &'static str {
        match self {
            SpeakerKind::Person => "person",
            SpeakerKind::Organisation => "organisation",
            SpeakerKind::Anonymous => "anonymous",
        }
    }
}

/// A resolved speaker of the document.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Speaker {
    /// The fullest name the article gives ("Vladimir Poutine"), or the
    /// description as written when it names no one.
    pub name: String,
    /// Person, organisation or anonymous.
    pub kind: SpeakerKind,
    /// A grammatical gender cue read from agreement in the text (il/elle, le
    /// or la before a title, "a-t-elle"): a property of the text, not an
    /// identity.
    pub gender: Gender,
    /// How many of its mentions carry a gender cue: the evidence behind
    /// `gender` (cues that disagree give `Unknown`).
    pub gender_cues: u32,
    /// Every mention of the speaker found in the text, in order.
    pub mentions: Vec<Span>,
    /// Indices of its quotes in [`crate::Document::quotes`] (none for a
    /// person who is only mentioned).
    pub quotes: Vec<usize>,
}

/// The output of the quote stage.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct QuoteAnalysis {
    pub(crate) quotes: Vec<Quote>,
    pub(crate) speakers: Vec<Speaker>,
    pub(crate) people: Vec<Speaker>,
    pub(crate) quoted_terms: Vec<Span>,
}

// The types passed from stage to stage: pairs of marks and verb groups to
// the extraction, raw quotes with their mention tokens to the speakers.

/// Which kind of quotation marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MarkKind {
    Guillemets,
    Curly,
    Straight,
    /// A dialogue line opened by a dash.
    Dialogue,
}

/// A pair of quotation marks, as token indices.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Pair {
    pub(crate) kind: MarkKind,
    /// The opening mark.
    pub(crate) open: usize,
    /// The content: the tokens strictly between the marks.
    pub(crate) content: std::ops::Range<usize>,
    /// The closing mark, when the pair is closed in its paragraph.
    pub(crate) close: Option<usize>,
    /// Nesting depth: 0 for the outermost marks.
    pub(crate) depth: usize,
}

impl Pair {
    /// One past the last token of the pair (after its closing mark).
    pub(crate) fn end(&self) -> usize {
        self.close.map_or(self.content.end, |c| c + 1)
    }
}

/// How the verb of a group is inflected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum VerbForm {
    /// A finite form or a compound tense: it has (or is) a subject.
    Finite,
    /// A present participle: "estimant que", "en affirmant".
    PresentParticiple,
    /// An infinitive after a modal: "doit annoncer".
    Infinitive,
}

/// A reporting verb group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct VerbGroup {
    /// First token of the group (an auxiliary, clitic or adverb).
    pub(crate) start: usize,
    /// One past its last token.
    pub(crate) end: usize,
    /// The speech verb token itself.
    pub(crate) verb: usize,
    pub(crate) lemma: Box<str>,
    /// The word classes of `lemma`, looked up once: the rules ask several
    /// of each group (reflexive, object, question, stipulation verbs).
    pub(crate) lemma_flags: crate::lexicon::word::Classes,
    pub(crate) class: crate::lexicon::VerbClass,
    pub(crate) form: VerbForm,
    /// "ne … pas": the group reports nothing.
    pub(crate) negated: bool,
    /// A negated verb whose negation asserts ("n'a pas caché que"): the
    /// group reports, and its "ne" restricts nothing.
    pub(crate) litotes: bool,
    /// An auxiliary "être" with a participle: a passive or impersonal form.
    pub(crate) passive: bool,
    /// The inverted clitic subject token ("-t-il", "-elle"), if any.
    pub(crate) clitic: Option<usize>,
}

impl VerbGroup {
    /// Whether the lemma belongs to one of the `word` classes in `classes`.
    #[inline]
    pub(crate) fn lemma_is(&self, classes: crate::lexicon::word::Classes) -> bool {
        self.lemma_flags & classes != 0
    }

    /// A finite speech verb that is its own group, with no auxiliary or
    /// negation, and its inverted clitic subject (if any) right after it:
    /// the incise forms "», fait-il", "», se souvient-elle".
    pub(crate) fn finite_speech(
        start: usize,
        verb: usize,
        clitic: Option<usize>,
        lemma: &str,
        lex: &crate::lexicon::Lexicons,
    ) -> Self {
        VerbGroup {
            start,
            end: clitic.map_or(verb + 1, |c| c + 1),
            verb,
            lemma: lemma.into(),
            lemma_flags: lex.word_flags(lemma),
            class: crate::lexicon::VerbClass::Speech,
            form: VerbForm::Finite,
            negated: false,
            litotes: false,
            passive: false,
            clitic,
        }
    }
}

/// A speaker mention, as token indices.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct MentionTokens {
    /// The tokens of the whole noun phrase or pronoun.
    pub(crate) tokens: std::ops::Range<usize>,
    /// For an inverted clitic ("-t-il"), the byte offset in the token where
    /// the pronoun starts, so the span is just "il".
    pub(crate) pronoun_offset: Option<usize>,
    /// The head of the phrase, when the parts of speech gave it: a name is
    /// the speaker's only when it is the head, follows a head title
    /// ("le président Poutine") or stands in apposition to it.
    pub(crate) head: Option<usize>,
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
    /// The construction that produced it.
    pub(crate) rule: QuoteRule,
}

/// Quotes and quoted terms, before speaker resolution.
#[derive(Debug, Default)]
pub(crate) struct Found {
    pub(crate) quotes: Vec<RawQuote>,
    pub(crate) terms: Vec<Span>,
}

/// Runs the quote stage on an analysed document's tokens and sentences.
pub(crate) fn analyse(ctx: &Ctx<'_>, max_depth: usize) -> QuoteAnalysis {
    if ctx.len() == 0 {
        return QuoteAnalysis::default();
    }
    let mut pairs = marks::find_pairs(ctx, max_depth);
    marks::lift_embedded_narratives(ctx, &mut pairs);
    let groups = cues::find_groups(ctx);
    let found = extract::extract(ctx, &pairs, &groups);
    crate::limits::commit_quotes(found.quotes.len());
    speakers::resolve(ctx, found)
}

/// Test helpers shared by the stages' unit tests.
#[cfg(test)]
pub(crate) mod testing {
    use super::Ctx;
    use std::ops::Range;

    /// Runs `f` on the quote context of `text` (analysed with the built-in
    /// lexicons).
    pub(crate) fn with_ctx<R>(text: &str, f: impl FnOnce(&Ctx<'_>) -> R) -> R {
        let lex = crate::lexicon::Lexicons::builtin();
        let doc = crate::analyze(text).unwrap();
        let flags = Ctx::lookup_form_flags(&doc.forms, &lex);
        let ctx = Ctx::for_document(&doc, &lex, flags);
        f(&ctx)
    }

    /// The text of tokens `r` ("" when empty).
    pub(crate) fn tokens_text(ctx: &Ctx<'_>, r: Range<usize>) -> String {
        if r.is_empty() {
            return String::new();
        }
        ctx.span(r.start, r.end).slice(ctx.text).to_string()
    }

    /// The index of the first token whose text is `surface`.
    pub(crate) fn token(ctx: &Ctx<'_>, surface: &str) -> usize {
        (0..ctx.len())
            .find(|&k| ctx.surface(k) == surface)
            .unwrap_or_else(|| panic!("no token {surface:?}"))
    }
}
