//! The analysed document: the text and every stage's output, all as spans
//! into that text.

use crate::forms::Forms;
use crate::quote::{Quote, QuoteAnalysis, Speaker};
use crate::sentence::{Paragraph, Sentence};
use crate::span::{CharIndex, Span};
use crate::token::{Token, TokenKind, FLAG_NORM_DIFFERS};
use std::borrow::Cow;
use std::sync::OnceLock;

/// The result of analysing one text.
///
/// It owns or borrows its text (`Document<'t>`); every span in it is a byte
/// range of that text. [`Document::char_offset`] converts to code points.
#[derive(Debug, Clone)]
pub struct Document<'t> {
    pub(crate) text: Cow<'t, str>,
    pub(crate) tokens: Vec<Token>,
    pub(crate) forms: Forms,
    pub(crate) sentences: Vec<Sentence>,
    pub(crate) paragraphs: Vec<Paragraph>,
    pub(crate) quotes: Vec<Quote>,
    pub(crate) speakers: Vec<Speaker>,
    pub(crate) people: Vec<Speaker>,
    pub(crate) quoted_terms: Vec<Span>,
    pub(crate) char_index: OnceLock<CharIndex>,
}

impl PartialEq for Document<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.text == other.text
            && self.tokens == other.tokens
            && self.forms == other.forms
            && self.sentences == other.sentences
            && self.paragraphs == other.paragraphs
            && self.quotes == other.quotes
            && self.speakers == other.speakers
            && self.people == other.people
            && self.quoted_terms == other.quoted_terms
    }
}

/// A view of one token with its strings.
#[derive(Debug, Clone, Copy)]
pub struct TokenRef<'d> {
    doc: &'d Document<'d>,
    index: usize,
}

impl<'t> Document<'t> {
    pub(crate) fn from_parts(text: Cow<'t, str>, tokens: Vec<Token>, forms: Forms) -> Self {
        Document {
            text,
            tokens,
            forms,
            sentences: Vec::new(),
            paragraphs: Vec::new(),
            quotes: Vec::new(),
            speakers: Vec::new(),
            people: Vec::new(),
            quoted_terms: Vec::new(),
            char_index: OnceLock::new(),
        }
    }

    /// A document read back from a stored form (JSON or packed bytes), its
    /// parts already checked against its text.
    pub(crate) fn from_stored(
        text: String,
        tokens: Vec<Token>,
        forms: Forms,
        sentences: Vec<Sentence>,
        paragraphs: Vec<Paragraph>,
        found: QuoteAnalysis,
    ) -> Document<'static> {
        let mut doc = Document::from_parts(Cow::Owned(text), tokens, forms);
        doc.sentences = sentences;
        doc.paragraphs = paragraphs;
        doc.set_quotes(found);
        doc
    }

    /// Takes in what the quote stage found.
    pub(crate) fn set_quotes(&mut self, found: QuoteAnalysis) {
        self.quotes = found.quotes;
        self.speakers = found.speakers;
        self.people = found.people;
        self.quoted_terms = found.quoted_terms;
    }

    /// The original text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The tokens, in text order.
    pub fn tokens(&self) -> impl ExactSizeIterator<Item = TokenRef<'_>> + '_ {
        (0..self.tokens.len()).map(move |index| TokenRef { doc: self, index })
    }

    /// Token `index`. Panics when out of range, like slice indexing.
    pub fn token(&self, index: usize) -> TokenRef<'_> {
        assert!(index < self.tokens.len(), "token index out of range");
        TokenRef { doc: self, index }
    }

    /// The compact token records (spans, kinds, flags).
    pub fn raw_tokens(&self) -> &[Token] {
        &self.tokens
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    /// True when the text has no token.
    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }

    /// The sentences, in text order; they tile the paragraphs.
    pub fn sentences(&self) -> &[Sentence] {
        &self.sentences
    }

    /// The paragraphs, in text order.
    pub fn paragraphs(&self) -> &[Paragraph] {
        &self.paragraphs
    }

    /// The reported speech: direct, indirect and mixed quotes, in text order.
    pub fn quotes(&self) -> &[Quote] {
        &self.quotes
    }

    /// The resolved speakers of the quotes, in order of their first quote.
    pub fn speakers(&self) -> &[Speaker] {
        &self.speakers
    }

    /// The resolved speaker of `quote` (one of this document's quotes), or
    /// `None` when it is unattributed or its mention stays unresolved.
    ///
    /// ```
    /// let doc = guillemet::analyze("« Oui », a dit Paul Durand.")?;
    /// assert_eq!(doc.speaker_of(&doc.quotes()[0]).unwrap().name, "Paul Durand");
    /// # Ok::<(), guillemet::Error>(())
    /// ```
    pub fn speaker_of(&self, quote: &Quote) -> Option<&Speaker> {
        quote
            .speaker
            .as_ref()
            .and_then(|mention| mention.speaker)
            .and_then(|i| self.speakers.get(i))
    }

    /// Every named person the text mentions outside quotes or as a speaker,
    /// quoted or not, in order of first mention: who is talked about, where
    /// [`Document::speakers`] is who gets to speak. A quoted person is in
    /// both lists, with the same name, gender cue and quotes.
    pub fn people(&self) -> &[Speaker] {
        &self.people
    }

    /// Contents of quotation marks that report no speech: titles, names,
    /// terms and scare quotes.
    pub fn quoted_terms(&self) -> &[Span] {
        &self.quoted_terms
    }

    /// The text of a span of this document.
    pub fn slice(&self, span: Span) -> &str {
        span.slice(&self.text)
    }

    /// The index converting byte offsets to code points (built on first use).
    pub fn char_index(&self) -> &CharIndex {
        self.char_index.get_or_init(|| CharIndex::new(&self.text))
    }

    /// The code-point offset of byte offset `byte`: what Python's `str`
    /// indexing uses.
    pub fn char_offset(&self, byte: usize) -> usize {
        self.char_index().to_char(&self.text, byte)
    }

    /// The byte offset of code-point offset `char_pos`, or `None` when it is
    /// past the end of the text.
    pub fn byte_offset(&self, char_pos: usize) -> Option<usize> {
        self.char_index().to_byte(&self.text, char_pos)
    }

    /// The index of the sentence holding token `index` (binary search).
    pub fn sentence_of(&self, index: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.tokens.end <= index);
        (i < self.sentences.len() && self.sentences[i].tokens.contains(&index)).then_some(i)
    }

    /// The index of the paragraph holding token `index` (binary search).
    pub fn paragraph_of(&self, index: usize) -> Option<usize> {
        let i = self.paragraphs.partition_point(|p| p.tokens.end <= index);
        (i < self.paragraphs.len() && self.paragraphs[i].tokens.contains(&index)).then_some(i)
    }

    /// Token indices whose span overlaps `span`.
    pub fn tokens_in(&self, span: Span) -> std::ops::Range<usize> {
        let from = self
            .tokens
            .partition_point(|t| (t.end as usize) <= span.start);
        let to = self
            .tokens
            .partition_point(|t| (t.start as usize) < span.end);
        from..to.max(from)
    }

    /// A copy that owns its text.
    pub fn into_owned(self) -> Document<'static> {
        Document {
            text: Cow::Owned(self.text.into_owned()),
            tokens: self.tokens,
            forms: self.forms,
            sentences: self.sentences,
            paragraphs: self.paragraphs,
            quotes: self.quotes,
            speakers: self.speakers,
            people: self.people,
            quoted_terms: self.quoted_terms,
            char_index: self.char_index,
        }
    }

    /// Approximate heap bytes used by the analysis (not counting the text).
    pub fn heap_size(&self) -> usize {
        self.tokens.capacity() * std::mem::size_of::<Token>()
            + self.forms.heap_size()
            + self.sentences.capacity() * std::mem::size_of::<Sentence>()
            + self.paragraphs.capacity() * std::mem::size_of::<Paragraph>()
            + self.char_index.get().map_or(0, CharIndex::heap_size)
    }
}

impl<'d> TokenRef<'d> {
    /// Position of the token in the document.
    pub fn index(&self) -> usize {
        self.index
    }

    fn raw(&self) -> &'d Token {
        &self.doc.tokens[self.index]
    }

    /// Byte span in the original text.
    pub fn span(&self) -> Span {
        self.raw().span()
    }

    /// The original text of the token.
    pub fn text(&self) -> &'d str {
        let t = self.raw();
        &self.doc.text[t.start as usize..t.end as usize]
    }

    /// The normalised form: ’ as ', no soft hyphen, NFC.
    pub fn norm(&self) -> &'d str {
        if self.raw().flags & FLAG_NORM_DIFFERS != 0 {
            if let Some(norm) = self.doc.forms.norms.get(self.index as u32) {
                return norm;
            }
        }
        self.text()
    }

    /// The lowercase normalised form.
    pub fn lower(&self) -> &'d str {
        self.doc.forms.lower(self.raw().form)
    }

    /// The Snowball stem of a word (an elided form stems as its full word);
    /// the lowercase form for other kinds.
    pub fn stem(&self) -> &'d str {
        self.doc.forms.stem_of(self.raw().form)
    }

    /// What the token is.
    pub fn kind(&self) -> TokenKind {
        self.raw().kind
    }

    /// Starts with a capital letter.
    pub fn is_title(&self) -> bool {
        self.raw().is_title()
    }

    /// Has letters, all capitals.
    pub fn is_upper(&self) -> bool {
        self.raw().is_upper()
    }

    /// In the analyzer's stopword list.
    pub fn is_stopword(&self) -> bool {
        self.raw().is_stopword()
    }

    /// Inside the content of a quote.
    pub fn in_quote(&self) -> bool {
        self.raw().in_quote()
    }

    /// Index of its sentence, when sentences were split.
    pub fn sentence(&self) -> Option<usize> {
        self.doc.sentence_of(self.index)
    }

    /// Index of its paragraph, when sentences were split.
    pub fn paragraph(&self) -> Option<usize> {
        self.doc.paragraph_of(self.index)
    }
}

/// A document serialises as its JSON form (schema 1, code-point offsets:
/// what [`Document::to_json`] writes), and reads back from it with every
/// span checked against the text ([`Document::from_json`]).
#[cfg(feature = "serde")]
impl serde::Serialize for Document<'_> {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        self.to_json_form().serialize(serializer)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Document<'static> {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        let form = crate::json::DocumentJson::deserialize(deserializer)?;
        Document::from_json_form(form).map_err(serde::de::Error::custom)
    }
}
