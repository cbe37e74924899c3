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
//! The steps read the text through [`Ctx`] and hand each other the types
//! defined here ([`Pair`], [`VerbGroup`], [`MentionTokens`], [`RawQuote`],
//! [`Found`]). Three helper layers read phrases for [`extract`]: [`chunks`]
//! (noun phrases and their heads), [`mentions`] (the mention a cue points
//! to) and [`clause`] (the clause around a verb group). Words are tested by
//! class, `ctx.is(i, word::CLASS)`, the classes being sections of
//! `src/lexicons/grammar.txt` ([`crate::lexicon::word`]). Imports go one
//! way: besides this module (which every stage reads and which runs them),
//!
//! ```text
//! marks     Pair                  -> (nothing)
//! cues      VerbGroup             -> (nothing)
//! chunks    noun phrase heads     -> (nothing)
//! mentions  MentionTokens         -> chunks
//! clause    clause segments       -> chunks
//! extract   Pair, VerbGroup -> Found     -> clause, mentions, chunks
//! speakers  Found -> quotes, speakers    -> mentions (name words)
//! ```

mod chunks;
mod clause;
mod cues;
mod extract;
mod marks;
mod mentions;
mod speakers;

use crate::forms::Forms;
use crate::lexicon::{word, Gender, Grammar, Lexicons, WordInfo};
use crate::pos::{Tag, TagInput, Tagged};
use crate::sentence::{Paragraph, Sentence};
use crate::span::Span;
use crate::token::{Token, TokenKind};
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
    pub(crate) class: crate::lexicon::VerbClass,
    pub(crate) form: VerbForm,
    /// "ne … pas": the group reports nothing.
    pub(crate) negated: bool,
    /// An auxiliary "être" with a participle: a passive or impersonal form.
    pub(crate) passive: bool,
    /// The inverted clitic subject token ("-t-il", "-elle"), if any.
    pub(crate) clitic: Option<usize>,
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

/// Read access to the earlier stages, shared by the quote rules.
pub(crate) struct Ctx<'a> {
    pub(crate) text: &'a str,
    pub(crate) tokens: &'a [Token],
    pub(crate) sentences: &'a [Sentence],
    pub(crate) paragraphs: &'a [Paragraph],
    pub(crate) lex: &'a Lexicons,
    pub(crate) g: &'a Grammar,
    /// Sentence index of each token.
    pub(crate) sentence_of: Vec<u32>,
    /// Word-class bits ([`crate::lexicon::word`]) and part-of-speech
    /// candidates of each form, looked up once per distinct form rather than
    /// at every token.
    form_flags: Vec<WordInfo>,
    /// Whether each token starts a line.
    pub(crate) line_starts: Vec<bool>,
    /// Part of speech of each token of the analysed sentences (those holding
    /// a cue candidate or a quotation mark); `X` elsewhere.
    tags: Vec<Tagged>,
    /// Whether each sentence is analysed (tagged).
    analysed: Vec<bool>,
    /// The lowercase text of each form, read by every rule.
    form_lower: Vec<&'a str>,
}

impl<'a> Ctx<'a> {
    /// The word-class bits of each form of `forms`, looked up in `lex`
    /// (the analyzer gets them from its thread cache instead).
    pub(crate) fn lookup_form_flags(forms: &Forms, lex: &Lexicons) -> Vec<WordInfo> {
        (0..forms.forms.len() as u32)
            .map(|f| lex.word_info(forms.lower(f)))
            .collect()
    }

    /// The context of an analysed document (tokens, sentences and
    /// paragraphs done); `form_flags` holds the word-class bits of each of
    /// its forms.
    pub(crate) fn for_document(
        doc: &'a crate::Document<'_>,
        lex: &'a Lexicons,
        form_flags: Vec<WordInfo>,
    ) -> Self {
        let (text, tokens, forms) = (&*doc.text, &doc.tokens[..], &doc.forms);
        let (sentences, paragraphs) = (&doc.sentences[..], &doc.paragraphs[..]);
        let mut sentence_of = vec![0u32; tokens.len()];
        for (i, s) in sentences.iter().enumerate() {
            for t in s.tokens.clone() {
                sentence_of[t] = i as u32;
            }
        }
        let g = &lex.grammar;
        debug_assert_eq!(form_flags.len(), forms.forms.len());
        let mut ctx = Ctx {
            text,
            tokens,
            sentences,
            paragraphs,
            lex,
            g,
            sentence_of,
            form_flags,
            line_starts: line_starts(text, tokens),
            tags: Vec::new(),
            analysed: Vec::new(),
            form_lower: (0..forms.forms.len() as u32)
                .map(|f| forms.lower(f))
                .collect(),
        };
        ctx.tag_candidate_sentences();
        ctx
    }

    /// Tags the sentences that may hold reported speech: those with a
    /// reporting-verb form, a source marker (selon, pour…), a quotation
    /// mark, or a dash opening a line. The rest of the text is never read
    /// by the quote rules, so it is not tagged.
    fn tag_candidate_sentences(&mut self) {
        const CUE: word::Classes =
            word::SPEECH_VERB | word::FAIRE_FORM | word::SOURCE_MARKER | word::QUOTATION_MARK;
        self.tags = vec![Tagged::default(); self.tokens.len()];
        self.analysed = vec![false; self.sentences.len()];
        let mut back = Vec::new();
        let mut out = Vec::new();
        for (s, sentence) in self.sentences.iter().enumerate() {
            crate::limits::every(s);
            let range = sentence.tokens.clone();
            let candidate = range
                .clone()
                .any(|i| self.is(i, CUE) || (self.line_starts[i] && is_dash(self.surface(i))));
            if !candidate {
                continue;
            }
            self.analysed[s] = true;
            let words = range.clone().map(|i| {
                crate::limits::every(i);
                let t = &self.tokens[i];
                TagInput {
                    pos: self.form_flags[t.form as usize].pos,
                    kind: t.kind,
                    capitalised_inside: i > range.start && t.is_title(),
                }
            });
            self.lex.pos.tag(words, &mut back, &mut out);
            self.tags[range].copy_from_slice(&out);
        }
    }

    /// The part of speech of token `i` (`X` outside analysed sentences).
    #[inline]
    pub(crate) fn tag(&self, i: usize) -> Tag {
        self.tags[i].tag
    }

    /// The word-class bits of token `i`'s form.
    #[inline]
    pub(crate) fn flags(&self, i: usize) -> word::Classes {
        self.form_flags[self.tokens[i].form as usize].flags
    }

    /// True when tokens `[from, to)` name a media outlet: every word is part
    /// of some outlet's name (one bit test each) and the folded phrase is one.
    pub(crate) fn is_media_span(&self, from: usize, to: usize) -> bool {
        from < to
            && (from..to).all(|k| self.is(k, word::MEDIA_WORD))
            && self.lex.is_media(self.span(from, to).slice(self.text))
    }

    /// True when token `i` belongs to one of the `word` classes in `bits`.
    #[inline]
    pub(crate) fn is(&self, i: usize, bits: word::Classes) -> bool {
        self.flags(i) & bits != 0
    }

    /// Number of tokens.
    pub(crate) fn len(&self) -> usize {
        self.tokens.len()
    }

    /// The original text of token `i`.
    pub(crate) fn surface(&self, i: usize) -> &'a str {
        let t = &self.tokens[i];
        &self.text[t.start as usize..t.end as usize]
    }

    /// The lowercase normalised form of token `i`.
    #[inline]
    pub(crate) fn lower(&self, i: usize) -> &'a str {
        self.form_lower[self.tokens[i].form as usize]
    }

    /// Lowercase forms from token `i` on, for phrase matching.
    pub(crate) fn lowers_from(&self, i: usize) -> impl Iterator<Item = &'a str> + Clone + '_ {
        (i..self.len()).map(move |k| self.lower(k))
    }

    pub(crate) fn kind(&self, i: usize) -> TokenKind {
        self.tokens[i].kind
    }

    pub(crate) fn is_punct(&self, i: usize) -> bool {
        matches!(self.tokens[i].kind, TokenKind::Punct | TokenKind::Symbol)
    }

    /// A word starting with a capital letter.
    pub(crate) fn is_capitalised(&self, i: usize) -> bool {
        self.tokens[i].is_title() && self.tokens[i].kind == TokenKind::Word
    }

    /// A capitalised word that is not a function word or an adverb: it may
    /// start a name or a subject, where "Mais" or "Puis" only opens a clause.
    pub(crate) fn is_capitalised_content(&self, i: usize) -> bool {
        self.is_capitalised(i) && !self.is(i, word::FUNCTION_WORD | word::ADVERB)
    }

    /// Byte span of tokens `[from, to)`.
    pub(crate) fn span(&self, from: usize, to: usize) -> Span {
        Span::new(
            self.tokens[from].start as usize,
            self.tokens[to - 1].end as usize,
        )
    }

    /// The sentence of token `i`.
    pub(crate) fn sentence(&self, i: usize) -> &'a Sentence {
        &self.sentences[self.sentence_of[i] as usize]
    }

    /// Token range of the sentence holding token `i`.
    pub(crate) fn sentence_tokens(&self, i: usize) -> Range<usize> {
        self.sentence(i).tokens.clone()
    }

    /// True for a token that ends a clause: . ! ? ; and their clusters.
    pub(crate) fn is_clause_end(&self, i: usize) -> bool {
        self.kind(i) == TokenKind::Punct
            && (self.lower(i) == ";"
                || self
                    .surface(i)
                    .chars()
                    .all(|c| matches!(c, '.' | '!' | '?' | '…')))
    }

    /// Sentences covered by a byte span.
    pub(crate) fn sentences_of_span(&self, span: Span) -> Range<usize> {
        let from = self.sentences.partition_point(|s| s.span.end <= span.start);
        let to = self.sentences.partition_point(|s| s.span.start < span.end);
        from..to.max(from)
    }
}

/// A dash that may open a dialogue line.
pub(crate) fn is_dash(s: &str) -> bool {
    matches!(s, "—" | "–" | "-" | "--" | "―")
}

/// Whether token `i` starts a line (the text before it, back to the previous
/// token, holds a line break, or it is the first token).
pub(crate) fn starts_line(ctx: &Ctx<'_>, i: usize) -> bool {
    ctx.line_starts[i]
}

/// Whether each token starts a line, computed once: a line break in the
/// gap before it (or the first token).
pub(crate) fn line_starts(text: &str, tokens: &[crate::token::Token]) -> Vec<bool> {
    let mut out = Vec::with_capacity(tokens.len());
    let mut previous_end = 0usize;
    for (i, t) in tokens.iter().enumerate() {
        crate::limits::every(i);
        let gap = &text[previous_end..t.start as usize];
        let starts = i == 0
            || match gap.as_bytes() {
                [] | [b' '] => false,
                _ => gap.contains(['\n', '\r', '\u{2028}', '\u{2029}', '\u{85}']),
            };
        out.push(starts);
        previous_end = t.end as usize;
    }
    out
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
