//! Term frequencies: counts per document and per corpus, by surface,
//! lowercase or stem form, as n-grams that never cross a sentence end (nor a
//! punctuation mark), with document frequency, tf-idf, keyness between two
//! sets of documents, and a document-term matrix in CSR parts.
//!
//! Counting works on the interned forms of each document (integers), and
//! turns them into strings once per distinct term.

use crate::document::Document;
use crate::error::{Error, Result};
use crate::span::Span;
use crate::token::TokenKind;
use rustc_hash::FxHashMap;
use std::borrow::Cow;

mod corpus;

pub use corpus::{corpus_terms, doc_term_matrix, keyness, DocTermMatrix, Keyness, TermStat};

/// Which form of a token a term is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum TermForm {
    /// The text as written ("Poutine", "l’").
    Surface,
    /// The lowercase normalised form ("poutine", "l'").
    #[default]
    Lower,
    /// The Snowball stem ("poutin", "le").
    Stem,
}

impl TermForm {
    /// Parses "surface", "lower" or "stem".
    pub fn from_name(name: &str) -> Result<Self> {
        match name {
            "surface" | "text" => Ok(TermForm::Surface),
            "lower" | "lowercase" => Ok(TermForm::Lower),
            "stem" => Ok(TermForm::Stem),
            _ => Err(Error::invalid_option(
                "by",
                name,
                &["surface", "lower", "stem"],
            )),
        }
    }
}

/// Which tokens count.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum Scope {
    /// The whole document.
    #[default]
    All,
    /// Only the words inside quotes (direct, indirect and mixed content).
    InQuotes,
    /// Only the words outside quotes.
    OutsideQuotes,
    /// Only the words of this speaker's quotes (canonical name, compared
    /// with case and accents folded).
    Speaker(String),
}

/// How terms are counted.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(default))]
pub struct CountOptions {
    /// Surface, lowercase or stem forms.
    pub by: TermForm,
    /// Smallest n-gram size (1 to 3).
    pub min_n: usize,
    /// Largest n-gram size (1 to 3).
    pub max_n: usize,
    /// Count stopwords too.
    pub stopwords: bool,
    /// Count punctuation and symbols too.
    pub punctuation: bool,
    /// Count numbers.
    pub numbers: bool,
    /// Which part of the text.
    pub scope: Scope,
}

impl Default for CountOptions {
    fn default() -> Self {
        CountOptions {
            by: TermForm::Lower,
            min_n: 1,
            max_n: 1,
            stopwords: false,
            punctuation: false,
            numbers: true,
            scope: Scope::All,
        }
    }
}

impl CountOptions {
    /// Checks the n-gram range.
    pub fn validate(&self) -> Result<()> {
        if self.min_n == 0 || self.min_n > self.max_n || self.max_n > 3 {
            return Err(Error::InvalidOption {
                option: "ngrams".into(),
                value: format!("({}, {})", self.min_n, self.max_n),
                allowed: "(min, max) with 1 <= min <= max <= 3".into(),
            });
        }
        Ok(())
    }
}

/// Term counts of one document or a corpus, sorted by count (descending),
/// then term.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct TermCounts {
    /// (term, count) pairs.
    pub terms: Vec<(String, u64)>,
    /// For stems: the most frequent lowercase form of each term, in the same
    /// order ("alliance" for "allianc"); for other forms, the term itself.
    pub forms: Vec<String>,
}

impl TermCounts {
    /// The count of one term (0 when absent).
    pub fn get(&self, term: &str) -> u64 {
        self.terms
            .iter()
            .find(|(t, _)| t == term)
            .map_or(0, |(_, c)| *c)
    }

    /// As a map.
    pub fn to_map(&self) -> std::collections::HashMap<String, u64> {
        self.terms.iter().cloned().collect()
    }
}

/// The spans of a document's text that a scope keeps.
fn scope_spans(doc: &Document<'_>, scope: &Scope) -> Option<Vec<Span>> {
    let quotes = doc.quotes();
    let mut spans: Vec<Span> = match scope {
        Scope::All | Scope::OutsideQuotes => return None,
        Scope::InQuotes => quotes.iter().map(|q| q.span).collect(),
        Scope::Speaker(name) => {
            let wanted = crate::lexicon::fold(name);
            quotes
                .iter()
                .filter(|q| {
                    q.speaker
                        .as_ref()
                        .and_then(|m| m.speaker)
                        .is_some_and(|i| crate::lexicon::fold(&doc.speakers()[i].name) == wanted)
                })
                .map(|q| q.span)
                .collect()
        }
    };
    spans.sort();
    Some(spans)
}

/// One document's terms as id n-grams, with the per-term id of the
/// representative lowercase form.
struct DocTerms<'d> {
    /// n-gram of ids (unused slots are u32::MAX) -> count
    counts: FxHashMap<[u32; 3], u64>,
    /// For surface terms: the distinct surfaces, and each one's form id.
    surfaces: Vec<(&'d str, u32)>,
}

impl<'d> DocTerms<'d> {
    /// The term string and the lowercase form of an id of this document.
    fn strings(&self, doc: &'d Document<'_>, id: u32, by: TermForm) -> (&'d str, &'d str) {
        let (form_id, surface) = match by {
            TermForm::Surface => {
                let (surface, form) = self.surfaces[id as usize];
                (form, Some(surface))
            }
            _ => (id, None),
        };
        let lower = doc.forms.lower(form_id);
        let term = match by {
            TermForm::Lower => lower,
            TermForm::Stem => doc.forms.stem_of(form_id),
            TermForm::Surface => surface.unwrap_or(lower),
        };
        (term, lower)
    }
}

/// Per-document token ids for the chosen form: `None` for a token left out.
fn token_ids(doc: &Document<'_>, options: &CountOptions) -> Vec<Option<u32>> {
    let keep_span = scope_spans(doc, &options.scope);
    let mut span_index = 0;
    doc.raw_tokens()
        .iter()
        .map(|t| {
            let kind = t.kind();
            let is_punct = matches!(kind, TokenKind::Punct | TokenKind::Symbol);
            if is_punct && !options.punctuation
                || kind == TokenKind::Number && !options.numbers
                || t.is_stopword() && !options.stopwords
            {
                return None;
            }
            let start = t.span().start;
            match (&options.scope, &keep_span) {
                (Scope::OutsideQuotes, _) if t.in_quote() => return None,
                (_, Some(spans)) => {
                    while span_index < spans.len() && spans[span_index].end <= start {
                        span_index += 1;
                    }
                    if !(span_index < spans.len() && spans[span_index].start <= start) {
                        return None;
                    }
                }
                _ => {}
            }
            Some(t.form)
        })
        .collect()
}

fn doc_terms<'d>(doc: &'d Document<'_>, options: &CountOptions) -> DocTerms<'d> {
    let mut ids = token_ids(doc, options);
    // Surface terms: ids of distinct surfaces instead of lowercase forms.
    let mut surfaces: Vec<(&'d str, u32)> = Vec::new();
    if options.by == TermForm::Surface {
        let mut index: FxHashMap<&str, u32> = FxHashMap::default();
        for (i, id) in ids.iter_mut().enumerate() {
            if let Some(form) = *id {
                let t = &doc.raw_tokens()[i];
                let surface = &doc.text()[t.span().start..t.span().end];
                *id = Some(*index.entry(surface).or_insert_with(|| {
                    surfaces.push((surface, form));
                    (surfaces.len() - 1) as u32
                }));
            }
        }
    }
    let mut counts: FxHashMap<[u32; 3], u64> = FxHashMap::default();
    let tokens = doc.raw_tokens();
    // Segments: runs of kept tokens inside one sentence, broken by
    // punctuation (kept or not).
    let sentence_bounds: Vec<std::ops::Range<usize>> = if doc.sentences().is_empty() {
        std::iter::once(0..tokens.len()).collect()
    } else {
        doc.sentences().iter().map(|s| s.tokens.clone()).collect()
    };
    let mut window: Vec<u32> = Vec::with_capacity(16);
    for range in sentence_bounds {
        window.clear();
        for i in range {
            let is_punct = matches!(tokens[i].kind(), TokenKind::Punct | TokenKind::Symbol);
            if is_punct && options.max_n > 1 {
                // Punctuation ends an n-gram run (and may count alone).
                window.clear();
                if let Some(id) = ids[i] {
                    if options.min_n == 1 {
                        *counts.entry([id, u32::MAX, u32::MAX]).or_default() += 1;
                    }
                }
                continue;
            }
            let Some(id) = ids[i] else { continue };
            window.push(id);
            let len = window.len();
            for n in options.min_n..=options.max_n.min(len) {
                let mut key = [u32::MAX; 3];
                key[..n].copy_from_slice(&window[len - n..]);
                *counts.entry(key).or_default() += 1;
            }
            if window.len() >= 3 {
                window.remove(0);
            }
        }
    }
    DocTerms { counts, surfaces }
}

/// Accumulates terms over documents: counts, document frequency and the
/// lowercase forms seen for each term.
#[derive(Debug, Default, Clone)]
pub struct TermAccumulator {
    index: FxHashMap<String, usize>,
    terms: Vec<String>,
    counts: Vec<u64>,
    df: Vec<u64>,
    forms: Vec<FxHashMap<String, u64>>,
    documents: u64,
    total: u64,
}

impl TermAccumulator {
    /// An empty accumulator.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds one document's terms; returns its (term index, count) pairs.
    pub fn add(&mut self, doc: &Document<'_>, options: &CountOptions) -> Vec<(usize, u64)> {
        let terms = doc_terms(doc, options);
        self.documents += 1;
        // Several keys (forms) can give one term (a stem, a surface): sum
        // them per document first, so that document frequency counts once.
        let mut per_term: FxHashMap<usize, u64> = FxHashMap::default();
        // Reused buffers: a term is allocated only the first time it is seen.
        let mut term = String::new();
        let mut lowers = String::new();
        for (key, count) in &terms.counts {
            let count = *count;
            term.clear();
            lowers.clear();
            for &id in key.iter().take_while(|&&id| id != u32::MAX) {
                let (part, lower) = terms.strings(doc, id, options.by);
                if !term.is_empty() {
                    term.push(' ');
                    lowers.push(' ');
                }
                term.push_str(part);
                lowers.push_str(lower);
            }
            let index = match self.index.get(term.as_str()) {
                Some(&i) => i,
                None => {
                    let i = self.terms.len();
                    self.index.insert(term.clone(), i);
                    self.terms.push(term.clone());
                    self.counts.push(0);
                    self.df.push(0);
                    self.forms.push(FxHashMap::default());
                    i
                }
            };
            *per_term.entry(index).or_default() += count;
            let forms = &mut self.forms[index];
            match forms.get_mut(lowers.as_str()) {
                Some(c) => *c += count,
                None => {
                    forms.insert(lowers.clone(), count);
                }
            }
        }
        let mut row: Vec<(usize, u64)> = per_term.into_iter().collect();
        for &(index, count) in &row {
            self.counts[index] += count;
            self.df[index] += 1;
            self.total += count;
        }
        row.sort_unstable();
        row
    }

    /// Number of documents added.
    pub fn documents(&self) -> u64 {
        self.documents
    }

    /// Total of all counts.
    pub fn total(&self) -> u64 {
        self.total
    }

    /// Number of distinct terms.
    pub fn len(&self) -> usize {
        self.terms.len()
    }

    /// True when no term was counted.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// The most frequent lowercase form of term `i` (ties: the smallest).
    fn representative(&self, i: usize) -> String {
        self.forms[i]
            .iter()
            .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
            .map_or_else(|| self.terms[i].clone(), |(f, _)| f.clone())
    }

    /// Per-term statistics, sorted by count (descending) then term, keeping
    /// terms with at least `min_count` occurrences in at least `min_df`
    /// documents.
    pub fn stats(&self, min_count: u64, min_df: u64) -> Vec<TermStat> {
        let n = self.documents as f64;
        let mut out: Vec<TermStat> = (0..self.terms.len())
            .filter(|&i| self.counts[i] >= min_count && self.df[i] >= min_df)
            .map(|i| {
                let df = self.df[i];
                let idf = ((1.0 + n) / (1.0 + df as f64)).ln() + 1.0;
                TermStat {
                    term: self.terms[i].clone(),
                    form: self.representative(i),
                    count: self.counts[i],
                    df,
                    idf,
                    tfidf: self.counts[i] as f64 * idf,
                }
            })
            .collect();
        out.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.term.cmp(&b.term)));
        out
    }

    /// The counts of one term (0 when absent).
    pub fn count(&self, term: &str) -> u64 {
        self.index.get(term).map_or(0, |&i| self.counts[i])
    }
}

impl Document<'_> {
    /// This document's term counts.
    ///
    /// Same result as a [`TermAccumulator`] over this one document, without
    /// its per-term allocations: terms borrow the document's strings until
    /// the result is built.
    pub fn term_counts(&self, options: &CountOptions) -> Result<TermCounts> {
        options.validate()?;
        let terms = doc_terms(self, options);
        // (term, lowercase form, count), one per id n-gram.
        let mut entries: Vec<(Cow<'_, str>, Cow<'_, str>, u64)> =
            Vec::with_capacity(terms.counts.len());
        for (key, &count) in &terms.counts {
            let n = key.iter().take_while(|&&id| id != u32::MAX).count();
            let (term, lower) = if n == 1 {
                let (term, lower) = terms.strings(self, key[0], options.by);
                (Cow::Borrowed(term), Cow::Borrowed(lower))
            } else {
                let mut term = String::new();
                let mut lower = String::new();
                for (i, &id) in key[..n].iter().enumerate() {
                    let (t, l) = terms.strings(self, id, options.by);
                    if i > 0 {
                        term.push(' ');
                        lower.push(' ');
                    }
                    term.push_str(t);
                    lower.push_str(l);
                }
                (Cow::Owned(term), Cow::Owned(lower))
            };
            entries.push((term, lower, count));
        }
        // Several ids can make one term (the forms of a stem): group them,
        // and keep the most frequent form (ties: the smallest).
        entries.sort_unstable_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.cmp(&b.1)));
        let mut grouped: Vec<(&str, &str, u64)> = Vec::new();
        let mut best_form_count = 0;
        for (term, lower, count) in &entries {
            match grouped.last_mut() {
                Some(last) if last.0 == term.as_ref() => {
                    last.2 += count;
                    if *count > best_form_count {
                        best_form_count = *count;
                        last.1 = lower;
                    }
                }
                _ => {
                    grouped.push((term, lower, *count));
                    best_form_count = *count;
                }
            }
        }
        grouped.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| a.0.cmp(b.0)));
        Ok(TermCounts {
            forms: grouped.iter().map(|g| g.1.to_owned()).collect(),
            terms: grouped.iter().map(|g| (g.0.to_owned(), g.2)).collect(),
        })
    }
}
