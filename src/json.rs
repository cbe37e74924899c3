//! The versioned JSON form of a [`Document`] (`"schema": 1`).
//!
//! Offsets in the JSON are Unicode code points (what Python and JavaScript
//! index strings by); the `"offsets": "codepoints"` field says so. The same
//! form is what the Python `Document.to_dict()` returns and what the command
//! line prints with `--json`. [`Document::from_json`] reads it back.

use crate::document::Document;
use crate::lexicon::Gender;
use crate::quote::{QuoteKind, QuoteRule, Speaker, SpeakerKind};
use crate::span::Span;
use crate::token::TokenKind;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// The version of the JSON schema written by this crate.
pub const SCHEMA_VERSION: u32 = 1;

/// A token in the JSON form.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct TokenJson<'a> {
    /// Code-point offset of the first character.
    pub start: usize,
    /// Code-point offset one past the last character.
    pub end: usize,
    /// The original text.
    #[serde(borrow)]
    pub text: Cow<'a, str>,
    /// Normalised form.
    #[serde(borrow)]
    pub norm: Cow<'a, str>,
    /// Lowercase normalised form.
    #[serde(borrow)]
    pub lower: Cow<'a, str>,
    /// Snowball stem (words) or lowercase form (other kinds).
    #[serde(borrow)]
    pub stem: Cow<'a, str>,
    /// Token kind.
    pub kind: TokenKind,
    /// Sentence index, when sentences were split.
    pub sentence: Option<usize>,
    /// Paragraph index, when sentences were split.
    pub paragraph: Option<usize>,
    /// In the stopword list.
    pub is_stopword: bool,
    /// Starts with a capital.
    pub is_title: bool,
    /// All letters are capitals.
    pub is_upper: bool,
    /// Inside quote content.
    pub in_quote: bool,
}

/// A sentence in the JSON form.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SentenceJson<'a> {
    /// Code-point start.
    pub start: usize,
    /// Code-point end.
    pub end: usize,
    /// Its text.
    #[serde(borrow)]
    pub text: Cow<'a, str>,
    /// `[first, last + 1]` token indices.
    pub tokens: [usize; 2],
    /// Paragraph index.
    pub paragraph: usize,
}

/// A paragraph in the JSON form.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ParagraphJson {
    /// Code-point start.
    pub start: usize,
    /// Code-point end.
    pub end: usize,
    /// `[first, last + 1]` token indices.
    pub tokens: [usize; 2],
    /// `[first, last + 1]` sentence indices.
    pub sentences: [usize; 2],
}

/// A span with its text, in the JSON form.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SpanJson<'a> {
    /// Code-point start.
    pub start: usize,
    /// Code-point end.
    pub end: usize,
    /// The text it covers.
    #[serde(borrow)]
    pub text: Cow<'a, str>,
}

/// A quote's cue in the JSON form.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CueJson<'a> {
    /// Code-point start.
    pub start: usize,
    /// Code-point end.
    pub end: usize,
    /// The cue as written.
    #[serde(borrow)]
    pub text: Cow<'a, str>,
    /// Its lemma.
    #[serde(borrow)]
    pub lemma: Cow<'a, str>,
}

/// A speaker mention in the JSON form.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct MentionJson<'a> {
    /// Code-point start.
    pub start: usize,
    /// Code-point end.
    pub end: usize,
    /// The mention as written.
    #[serde(borrow)]
    pub text: Cow<'a, str>,
    /// Index of the resolved speaker in `speakers`.
    pub speaker: Option<usize>,
    /// The resolved speaker's canonical name.
    #[serde(borrow)]
    pub name: Option<Cow<'a, str>>,
}

/// A quote in the JSON form.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct QuoteJson<'a> {
    /// direct, indirect or mixed.
    pub kind: QuoteKind,
    /// Code-point start of the content.
    pub start: usize,
    /// Code-point end of the content.
    pub end: usize,
    /// The content.
    #[serde(borrow)]
    pub text: Cow<'a, str>,
    /// `[first, last + 1]` sentence indices.
    pub sentences: [usize; 2],
    /// The cue.
    #[serde(borrow)]
    pub cue: Option<CueJson<'a>>,
    /// The speaker mention.
    #[serde(borrow)]
    pub speaker: Option<MentionJson<'a>>,
    /// The relaying outlet.
    #[serde(borrow)]
    pub via: Option<SpanJson<'a>>,
    /// The construction that produced the quote ("verb-que", "incise").
    pub rule: QuoteRule,
}

/// A speaker in the JSON form.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SpeakerJson<'a> {
    /// Canonical name.
    #[serde(borrow)]
    pub name: Cow<'a, str>,
    /// person, organisation or anonymous.
    pub kind: SpeakerKind,
    /// masculine, feminine or unknown: a grammatical cue of the text.
    pub gender: Gender,
    /// How many mentions carry a gender cue.
    #[serde(default)]
    pub gender_cues: u32,
    /// Every mention.
    #[serde(borrow)]
    pub mentions: Vec<SpanJson<'a>>,
    /// Indices of its quotes.
    pub quotes: Vec<usize>,
}

/// The whole document in the JSON form.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct DocumentJson<'a> {
    /// Always [`SCHEMA_VERSION`] when written by this crate.
    pub schema: u32,
    /// Always `"codepoints"`: the unit of every offset.
    #[serde(borrow)]
    pub offsets: Cow<'a, str>,
    /// The original text.
    #[serde(borrow)]
    pub text: Cow<'a, str>,
    /// Tokens.
    #[serde(borrow)]
    pub tokens: Vec<TokenJson<'a>>,
    /// Sentences.
    #[serde(borrow)]
    pub sentences: Vec<SentenceJson<'a>>,
    /// Paragraphs.
    pub paragraphs: Vec<ParagraphJson>,
    /// Quotes.
    #[serde(borrow, default)]
    pub quotes: Vec<QuoteJson<'a>>,
    /// Speakers.
    #[serde(borrow, default)]
    pub speakers: Vec<SpeakerJson<'a>>,
    /// Every named person mentioned, quoted or not.
    #[serde(borrow, default)]
    pub people: Vec<SpeakerJson<'a>>,
    /// Quoted terms (quotation marks that report no speech).
    #[serde(borrow, default)]
    pub quoted_terms: Vec<SpanJson<'a>>,
}

/// A speaker (or a person) in the JSON form; `span_json` converts its spans.
fn speaker_json<'d>(s: &'d Speaker, span_json: &impl Fn(Span) -> SpanJson<'d>) -> SpeakerJson<'d> {
    SpeakerJson {
        name: Cow::Borrowed(&s.name),
        kind: s.kind,
        gender: s.gender,
        gender_cues: s.gender_cues,
        mentions: s.mentions.iter().map(|&m| span_json(m)).collect(),
        quotes: s.quotes.clone(),
    }
}

impl<'t> Document<'t> {
    /// The JSON-ready form of this document, with code-point offsets.
    pub fn to_json_form(&self) -> DocumentJson<'_> {
        let c = |b: usize| self.char_offset(b);
        let mut sentence_of = vec![None; self.tokens.len()];
        let mut paragraph_of = vec![None; self.tokens.len()];
        for (i, s) in self.sentences.iter().enumerate() {
            for t in s.tokens.clone() {
                sentence_of[t] = Some(i);
                paragraph_of[t] = Some(s.paragraph);
            }
        }
        let tokens = self
            .tokens()
            .map(|t| {
                let span = t.span();
                TokenJson {
                    start: c(span.start),
                    end: c(span.end),
                    text: Cow::Borrowed(t.text()),
                    norm: Cow::Borrowed(t.norm()),
                    lower: Cow::Borrowed(t.lower()),
                    stem: Cow::Borrowed(t.stem()),
                    kind: t.kind(),
                    sentence: sentence_of[t.index()],
                    paragraph: paragraph_of[t.index()],
                    is_stopword: t.is_stopword(),
                    is_title: t.is_title(),
                    is_upper: t.is_upper(),
                    in_quote: t.in_quote(),
                }
            })
            .collect();
        let sentences = self
            .sentences
            .iter()
            .map(|s| SentenceJson {
                start: c(s.span.start),
                end: c(s.span.end),
                text: Cow::Borrowed(self.slice(s.span)),
                tokens: [s.tokens.start, s.tokens.end],
                paragraph: s.paragraph,
            })
            .collect();
        let paragraphs = self
            .paragraphs
            .iter()
            .map(|p| ParagraphJson {
                start: c(p.span.start),
                end: c(p.span.end),
                tokens: [p.tokens.start, p.tokens.end],
                sentences: [p.sentences.start, p.sentences.end],
            })
            .collect();
        let span_json = |sp: Span| SpanJson {
            start: c(sp.start),
            end: c(sp.end),
            text: Cow::Borrowed(self.slice(sp)),
        };
        let quotes = self
            .quotes
            .iter()
            .map(|q| QuoteJson {
                kind: q.kind,
                start: c(q.span.start),
                end: c(q.span.end),
                text: Cow::Borrowed(self.slice(q.span)),
                sentences: [q.sentences.start, q.sentences.end],
                cue: q.cue.as_ref().map(|cue| CueJson {
                    start: c(cue.span.start),
                    end: c(cue.span.end),
                    text: Cow::Borrowed(self.slice(cue.span)),
                    lemma: Cow::Borrowed(&cue.lemma),
                }),
                speaker: q.speaker.as_ref().map(|m| MentionJson {
                    start: c(m.span.start),
                    end: c(m.span.end),
                    text: Cow::Borrowed(self.slice(m.span)),
                    speaker: m.speaker,
                    name: m
                        .speaker
                        .map(|i| Cow::Borrowed(self.speakers[i].name.as_str())),
                }),
                via: q.via.map(span_json),
                rule: q.rule,
            })
            .collect();
        let speakers = self.speakers.iter().map(|s| speaker_json(s, &span_json));
        let people = self.people.iter().map(|s| speaker_json(s, &span_json));
        DocumentJson {
            schema: SCHEMA_VERSION,
            offsets: Cow::Borrowed("codepoints"),
            text: Cow::Borrowed(self.text()),
            tokens,
            sentences,
            paragraphs,
            quotes,
            speakers: speakers.collect(),
            people: people.collect(),
            quoted_terms: self.quoted_terms.iter().copied().map(span_json).collect(),
        }
    }

    /// The document as a JSON string (schema 1, code-point offsets).
    pub fn to_json(&self) -> String {
        serde_json::to_string(&self.to_json_form()).expect("a document always serialises")
    }

    /// The document as pretty-printed JSON.
    pub fn to_json_pretty(&self) -> String {
        serde_json::to_string_pretty(&self.to_json_form()).expect("a document always serialises")
    }
}
