//! The analyzer: configuration, lexicons and the pipeline
//! normalise → tokenise → split sentences → stem and count → find quotes →
//! attribute speakers.

use crate::document::Document;
use crate::error::{Error, Result};
use crate::forms::assign_forms;
use crate::lexicon::Lexicons;
use crate::limits::{self, Interrupt};
use crate::sentence;
use crate::tokenize::Tokenizer;
use std::borrow::Cow;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;

/// Default for [`AnalyzerConfig::max_document_bytes`]: 100 MiB.
pub const DEFAULT_MAX_DOCUMENT_BYTES: usize = 100 * 1024 * 1024;

/// Default for [`AnalyzerConfig::max_quote_depth`].
pub const DEFAULT_MAX_QUOTE_DEPTH: usize = 32;

/// What an analyzer adds to the built-in lexicons, and its limits.
///
/// With the `serde` feature it reads from JSON (or any serde format), every
/// field optional:
///
/// ```
/// # #[cfg(feature = "serde")] {
/// let config: guillemet::AnalyzerConfig =
///     serde_json::from_str(r#"{"abbreviations": ["hab."], "max_document_bytes": 1000000}"#).unwrap();
/// let analyzer = guillemet::Analyzer::with_config(config);
/// # }
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(default, deny_unknown_fields))]
pub struct AnalyzerConfig {
    /// Extra abbreviations, written with their period ("hab.").
    pub abbreviations: Vec<String>,
    /// Words added to the stopword list.
    pub add_stopwords: Vec<String>,
    /// Words removed from the stopword list.
    pub remove_stopwords: Vec<String>,
    /// Extra speech verbs: an infinitive gives all its forms ("gazouiller":
    /// groups 1 and 2, -dre and -enir verbs); a "form:lemma" pair
    /// ("gazouille:gazouiller") or a lone form adds that form only.
    pub speech_verbs: Vec<String>,
    /// Documents larger than this many bytes are refused with
    /// [`Error::DocumentTooLarge`] rather than analysed.
    pub max_document_bytes: usize,
    /// Quotation marks nested deeper than this are read as flat text.
    pub max_quote_depth: usize,
    /// Keeps a time such as `20h45` as one token, as a news reader may
    /// prefer; by default it is `20 h 45`, as in UD French.
    pub join_times: bool,
}

impl Default for AnalyzerConfig {
    fn default() -> Self {
        AnalyzerConfig {
            abbreviations: Vec::new(),
            add_stopwords: Vec::new(),
            remove_stopwords: Vec::new(),
            speech_verbs: Vec::new(),
            max_document_bytes: DEFAULT_MAX_DOCUMENT_BYTES,
            max_quote_depth: DEFAULT_MAX_QUOTE_DEPTH,
            join_times: false,
        }
    }
}

/// Builds an [`Analyzer`] step by step.
///
/// ```
/// let analyzer = guillemet::Analyzer::builder()
///     .abbreviations(["hab."])
///     .add_stopwords(["selon"])
///     .max_document_bytes(10_000_000)
///     .build();
/// ```
#[derive(Debug, Clone, Default)]
pub struct AnalyzerBuilder {
    config: AnalyzerConfig,
}

macro_rules! list_setter {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        pub fn $name<I: IntoIterator<Item = S>, S: Into<String>>(mut self, items: I) -> Self {
            self.config.$name.extend(items.into_iter().map(Into::into));
            self
        }
    };
}

impl AnalyzerBuilder {
    list_setter!(
        /// Adds abbreviations (with their period).
        abbreviations
    );
    list_setter!(
        /// Adds stopwords.
        add_stopwords
    );
    list_setter!(
        /// Removes stopwords.
        remove_stopwords
    );
    list_setter!(
        /// Adds speech verbs: infinitives ("gazouiller", conjugated),
        /// "form:lemma" pairs or lone forms.
        speech_verbs
    );

    /// Sets the document size limit in bytes.
    pub fn max_document_bytes(mut self, limit: usize) -> Self {
        self.config.max_document_bytes = limit;
        self
    }

    /// Sets the quote nesting limit.
    pub fn max_quote_depth(mut self, depth: usize) -> Self {
        self.config.max_quote_depth = depth;
        self
    }

    /// Keeps times such as `20h45` as one token (UD French: `20 h 45`).
    pub fn join_times(mut self, join: bool) -> Self {
        self.config.join_times = join;
        self
    }

    /// The analyzer.
    pub fn build(self) -> Analyzer {
        Analyzer::with_config(self.config)
    }
}

/// A reusable, thread-safe French news analyzer. With `serde` it
/// serialises as its [`AnalyzerConfig`] (and reads back from one).
///
/// ```
/// let analyzer = guillemet::Analyzer::new();
/// let doc = analyzer.analyze("« Bien sûr », a déclaré M. Poutine.").unwrap();
/// assert_eq!(doc.token(0).text(), "«");
/// ```
#[derive(Debug, Clone)]
pub struct Analyzer {
    config: AnalyzerConfig,
    lex: Arc<Lexicons>,
}

impl Default for Analyzer {
    fn default() -> Self {
        Analyzer::new()
    }
}

thread_local! {
    /// The thread's kept gaps between tokens ([`crate::scratch`]).
    static GAPS: std::cell::Cell<Vec<u8>> = const { std::cell::Cell::new(Vec::new()) };
}

/// Flags the tokens that lie inside a quote's content.
fn mark_in_quote(tokens: &mut [crate::Token], quotes: &[crate::Quote]) {
    let mut spans: Vec<crate::Span> = quotes.iter().map(|q| q.span).collect();
    spans.sort();
    let mut k = 0;
    let mut i = 0;
    while i < tokens.len() {
        limits::every(i);
        let start = tokens[i].start as usize;
        while k < spans.len() && spans[k].end <= start {
            k += 1;
        }
        let Some(next) = spans.get(k) else {
            break; // no quote from here on
        };
        if next.start > start {
            // No span from `k` on starts at or before this token (they are
            // sorted by their starts): go to the first token at `next`.
            let to = i + tokens[i..].partition_point(|t| (t.start as usize) < next.start);
            limits::every_jump(i, to);
            i = to;
            continue;
        }
        // Quotes may overlap (a direct quote inside mixed speech): look at
        // the next few spans starting before the token.
        if spans[k..]
            .iter()
            .take(4)
            .any(|s| s.start <= start && start < s.end)
        {
            tokens[i].flags |= crate::token::FLAG_IN_QUOTE;
        }
        i += 1;
    }
}

/// Which stages to run.
#[derive(Debug, Clone, Copy)]
enum Stages {
    TokensOnly,
    Full,
}

impl Analyzer {
    /// An analyzer with the built-in lexicons and default limits.
    pub fn new() -> Self {
        Analyzer {
            config: AnalyzerConfig::default(),
            lex: Lexicons::builtin(),
        }
    }

    /// A builder for a configured analyzer.
    pub fn builder() -> AnalyzerBuilder {
        AnalyzerBuilder::default()
    }

    /// An analyzer from a configuration.
    pub fn with_config(config: AnalyzerConfig) -> Self {
        let builtin = Lexicons::builtin();
        let lex = if config.abbreviations.is_empty()
            && config.add_stopwords.is_empty()
            && config.remove_stopwords.is_empty()
            && config.speech_verbs.is_empty()
        {
            builtin
        } else {
            let mut lex = (*builtin).clone();
            lex.add_abbreviations(&config.abbreviations);
            lex.add_stopwords(&config.add_stopwords);
            lex.remove_stopwords(&config.remove_stopwords);
            lex.add_speech_verbs(&config.speech_verbs);
            Arc::new(lex)
        };
        Analyzer { config, lex }
    }

    /// The configuration.
    pub fn config(&self) -> &AnalyzerConfig {
        &self.config
    }

    /// The lexicons in use.
    pub(crate) fn lexicons(&self) -> &Lexicons {
        &self.lex
    }

    /// Runs the whole pipeline on `text`, borrowing it.
    pub fn analyze<'t>(&self, text: &'t str) -> Result<Document<'t>> {
        self.run(Cow::Borrowed(text), Stages::Full)
    }

    /// Runs the whole pipeline on an owned text.
    pub fn analyze_owned(&self, text: String) -> Result<Document<'static>> {
        self.run(Cow::Owned(text), Stages::Full)
    }

    /// Runs the whole pipeline on UTF-8 bytes; invalid UTF-8 is an
    /// [`Error::InvalidUtf8`] with the position of the first bad byte.
    pub fn analyze_bytes<'t>(&self, bytes: &'t [u8]) -> Result<Document<'t>> {
        let text = std::str::from_utf8(bytes).map_err(|e| Error::InvalidUtf8 {
            position: e.valid_up_to(),
        })?;
        self.analyze(text)
    }

    /// Tokens and their forms only: no sentences, quotes or speakers.
    pub fn tokenize<'t>(&self, text: &'t str) -> Result<Document<'t>> {
        self.run(Cow::Borrowed(text), Stages::TokensOnly)
    }

    /// Tokens and their forms of an owned text, without copying it.
    pub fn tokenize_owned(&self, text: String) -> Result<Document<'static>> {
        self.run(Cow::Owned(text), Stages::TokensOnly)
    }

    /// Runs the whole pipeline on an owned text, stopping with
    /// [`Error::Interrupted`] soon after `interrupt` is set (from another
    /// thread): a long document need not be analysed to its end.
    ///
    /// ```
    /// use std::sync::{atomic::AtomicBool, Arc};
    /// let analyzer = guillemet::Analyzer::new();
    /// let stop = Arc::new(AtomicBool::new(true));
    /// let text = "« Oui », dit-il. ".repeat(10_000);
    /// assert_eq!(
    ///     analyzer.analyze_interruptible(text, stop).unwrap_err(),
    ///     guillemet::Error::Interrupted
    /// );
    /// ```
    pub fn analyze_interruptible(
        &self,
        text: String,
        interrupt: Arc<AtomicBool>,
    ) -> Result<Document<'static>> {
        let interrupt = Interrupt {
            flag: Some(interrupt),
            poll: None,
        };
        self.analyze_owned_with(text, interrupt)
    }

    /// [`Analyzer::analyze_owned`] under `interrupt` (the Python binding's
    /// check for signals, a batch's cancellation).
    pub(crate) fn analyze_owned_with(
        &self,
        text: String,
        interrupt: Interrupt,
    ) -> Result<Document<'static>> {
        self.run_with(Cow::Owned(text), Stages::Full, interrupt)
    }

    fn run<'t>(&self, text: Cow<'t, str>, stages: Stages) -> Result<Document<'t>> {
        self.run_with(text, stages, Interrupt::default())
    }

    fn run_with<'t>(
        &self,
        text: Cow<'t, str>,
        stages: Stages,
        interrupt: Interrupt,
    ) -> Result<Document<'t>> {
        // Offsets are stored on 32 bits: no limit goes above 4 GiB - 1.
        let limit = self.config.max_document_bytes.min(u32::MAX as usize);
        if text.len() > limit {
            return Err(Error::DocumentTooLarge {
                size: text.len(),
                limit,
            });
        }
        limits::run(text.len(), interrupt, || self.pipeline(text, stages))
    }

    fn pipeline<'t>(&self, text: Cow<'t, str>, stages: Stages) -> Result<Document<'t>> {
        let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
        Tokenizer::new(&self.lex)
            .join_times(self.config.join_times)
            .tokenize_into(&text, &mut tokens);
        let full = matches!(stages, Stages::Full);
        let (forms, form_flags) = assign_forms(&text, &mut tokens, &self.lex, full);
        // The line breaks before each token, read once by the budget.
        let mut gaps = crate::scratch::take(&GAPS);
        let mut ambiguous_marks = false;
        if let Stages::Full = stages {
            // What the sentence and quote stages may hold, before they run.
            gaps.reserve_exact(tokens.len());
            let needed = crate::budget::needed(&text, &tokens, &form_flags, &mut gaps);
            limits::commit(needed.bytes + needed.pairs * crate::budget::cost::QUOTE);
            limits::prepaid_quotes(needed.pairs);
            ambiguous_marks = needed.ambiguous_marks;
        }
        let mut doc = Document::from_parts(text, tokens, forms);
        if let Stages::Full = stages {
            let (sentences, paragraphs) = sentence::split_gapped(
                &doc.text,
                &doc.tokens,
                &doc.forms,
                &form_flags,
                &self.lex,
                &gaps,
                ambiguous_marks,
            );
            doc.sentences = sentences;
            doc.paragraphs = paragraphs;
            let found = {
                let ctx = crate::quote::Ctx::with_gaps(
                    &doc,
                    &self.lex,
                    form_flags,
                    &gaps,
                    ambiguous_marks,
                );
                crate::quote::analyse(&ctx, self.config.max_quote_depth)
            };
            mark_in_quote(&mut doc.tokens, &found.quotes);
            doc.set_quotes(found);
        }
        crate::scratch::keep(&GAPS, gaps);
        Ok(doc)
    }

    /// Analyses many texts, in parallel with the `parallel` feature, keeping
    /// their order. One failing text does not affect the others.
    pub fn analyze_many<S: AsRef<str> + Sync>(
        &self,
        texts: &[S],
    ) -> Vec<Result<Document<'static>>> {
        let one = |t: &S| self.analyze(t.as_ref()).map(Document::into_owned);
        #[cfg(feature = "parallel")]
        {
            use rayon::prelude::*;
            texts.par_iter().map(one).collect()
        }
        #[cfg(not(feature = "parallel"))]
        {
            texts.iter().map(one).collect()
        }
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Analyzer {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        self.config.serialize(serializer)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Analyzer {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        AnalyzerConfig::deserialize(deserializer).map(Analyzer::with_config)
    }
}
