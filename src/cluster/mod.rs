//! Quote clusters across a corpus: the same words in many articles, who said
//! them, where and when they were first seen.
//!
//! [`cluster_quotes`] groups quote occurrences ([`QuoteRecord`]s, one per
//! quote of each document) into [`QuoteCluster`]s. Two occurrences join when
//! their folded words are equal (case, accents, apostrophes, quotation
//! marks and spacing do not count); when one lies inside the other (a quote
//! cut short, a cut marked `[…]`, the quoted words of a mixed quote, an
//! indirect clause repeating the words); or when they are near-duplicates
//! (word-bigram Jaccard similarity of at least [`ClusterOptions::similarity`],
//! found with MinHash LSH). Each occurrence is then related to its cluster's
//! canonical text, the longest complete version: [`Relation`].
//!
//! Cost grows linearly with the number of quotes: texts are deduplicated,
//! near-duplicates come from LSH buckets and containment from one rare
//! anchor k-gram per text, never from all pairs. The result depends only on
//! the multiset of records and their order, so clustering the union of
//! several partitions' occurrences gives the single-machine result.
//!
//! ```
//! use guillemet::cluster::{cluster_quotes, ClusterOptions, QuoteRecord, Relation};
//! use guillemet::QuoteKind;
//! let quote = |text, doc| QuoteRecord { text, kind: QuoteKind::Direct, doc, speaker: None, date: None, source: None };
//! let records = [
//!     quote("Nous ne céderons jamais au chantage des terroristes", 0),
//!     quote("nous ne céderons jamais au chantage", 1),
//!     quote("Le budget sera voté avant la fin du mois", 2),
//! ];
//! let clusters = cluster_quotes(&records, &ClusterOptions::default()).unwrap();
//! assert_eq!(clusters.clusters.len(), 2);
//! let second = clusters.assignments[1].unwrap();
//! assert_eq!(second.cluster, clusters.assignments[0].unwrap().cluster);
//! assert_eq!(second.relation, Relation::Fragment);
//! ```

mod assemble;
mod matching;
mod text;

use crate::{Document, Error, QuoteKind, Result, SpeakerKind};

/// One occurrence of a quote, as clustering needs it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct QuoteRecord<'a> {
    /// The quote's text as written (a mixed quote with its inner marks).
    pub text: &'a str,
    /// Direct, indirect or mixed.
    pub kind: QuoteKind,
    /// The document it comes from (any number; equal numbers are one
    /// document).
    pub doc: u32,
    /// The speaker who gets this occurrence's vote, if any (a named person
    /// or organisation; [`QuoteRecord::from_document`] leaves anonymous
    /// sources out).
    pub speaker: Option<&'a str>,
    /// The document's date as an ordered key (days since an epoch, a rank…):
    /// only its order matters.
    pub date: Option<i64>,
    /// The document's source (outlet) as a number; equal numbers are one
    /// source.
    pub source: Option<u32>,
}

impl<'a> QuoteRecord<'a> {
    /// The records of every quote of `doc`, in order, numbered `doc_index`,
    /// with no date or source (set them with struct update syntax).
    pub fn from_document(
        doc: &'a Document<'_>,
        doc_index: u32,
    ) -> impl Iterator<Item = QuoteRecord<'a>> + 'a {
        doc.quotes().iter().map(move |q| {
            let speaker = q
                .speaker
                .as_ref()
                .and_then(|m| m.speaker)
                .map(|i| &doc.speakers()[i])
                .filter(|s| s.kind != SpeakerKind::Anonymous)
                .map(|s| s.name.as_str());
            QuoteRecord {
                text: doc.slice(q.span),
                kind: q.kind,
                doc: doc_index,
                speaker,
                date: None,
                source: None,
            }
        })
    }
}

/// Clustering settings.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct ClusterOptions {
    /// Fewest words an occurrence needs to join any cluster (a mixed quote:
    /// fewest quoted words to match by them alone), and the length of the
    /// shared run that anchors containment. Default 4.
    pub min_words: usize,
    /// Smallest Jaccard similarity of two texts' word bigrams (with start
    /// and end markers) for them to be near-duplicates. Default 0.5: one
    /// changed word in ten gives 0.69, two shared words in ten 0.1.
    pub similarity: f64,
}

impl Default for ClusterOptions {
    fn default() -> Self {
        ClusterOptions {
            min_words: 4,
            similarity: 0.5,
        }
    }
}

impl ClusterOptions {
    /// Checks the options: `min_words` at least 1, `similarity` in (0, 1].
    pub fn validate(&self) -> Result<()> {
        if self.min_words == 0 {
            return Err(Error::invalid_option(
                "min_words",
                "0",
                &["an integer of at least 1"],
            ));
        }
        if !(self.similarity > 0.0 && self.similarity <= 1.0) {
            return Err(Error::invalid_option(
                "similarity",
                &self.similarity.to_string(),
                &["a number in (0, 1]"],
            ));
        }
        Ok(())
    }
}

/// How an occurrence relates to its cluster's canonical text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum Relation {
    /// The same words.
    Exact,
    /// Part of the canonical words: a quote cut short, cut with `[…]`, or
    /// the quoted fragments of a mixed quote.
    Fragment,
    /// The canonical words and more (an indirect clause around them, a
    /// longer cut version).
    Extended,
    /// A near-duplicate: small edits.
    Variant,
}

impl Relation {
    /// The lowercase name used in tables.
    pub fn as_str(&self) -> &'static str {
        match self {
            Relation::Exact => "exact",
            Relation::Fragment => "fragment",
            Relation::Extended => "extended",
            Relation::Variant => "variant",
        }
    }
}

/// The cluster of one record and how it relates to the canonical text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Assignment {
    /// Index in [`QuoteClusters::clusters`].
    pub cluster: usize,
    /// Relation to the cluster's canonical text.
    pub relation: Relation,
}

/// One quote followed across the corpus.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct QuoteCluster {
    /// The record whose text is the canonical text: the longest complete
    /// version (a direct quote without cut if any, else a cut or mixed
    /// one, else indirect speech; ties go to the most repeated, then the
    /// first).
    pub canonical: usize,
    /// The speaker with most votes (one per occurrence with a speaker;
    /// names compared with case and accents folded), in its most frequent
    /// spelling; ties go to the first voted.
    pub speaker: Option<String>,
    /// Votes for [`QuoteCluster::speaker`].
    pub speaker_votes: usize,
    /// Occurrences with a speaker (all votes).
    pub votes: usize,
    /// Number of occurrences.
    pub occurrences: usize,
    /// Number of distinct documents.
    pub documents: usize,
    /// Number of distinct sources (occurrences without one not counted).
    pub sources: usize,
    /// Number of distinct texts after folding.
    pub variants: usize,
    /// The first occurrence: the earliest dated one (then the first in
    /// record order), or the first in record order when none is dated.
    pub first: usize,
    /// The earliest date.
    pub first_date: Option<i64>,
    /// The latest date.
    pub last_date: Option<i64>,
}

impl QuoteCluster {
    /// The speaker's share of the votes, when there is a speaker.
    pub fn speaker_share(&self) -> Option<f64> {
        (self.votes > 0 && self.speaker.is_some())
            .then(|| self.speaker_votes as f64 / self.votes as f64)
    }
}

/// The clusters of a set of records.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct QuoteClusters {
    /// Clusters, most occurrences first (ties: first seen first).
    pub clusters: Vec<QuoteCluster>,
    /// For each record, in order: its cluster and relation, or `None` for an
    /// occurrence with fewer than `min_words` words.
    pub assignments: Vec<Option<Assignment>>,
}

/// Clusters quote occurrences; see the [module documentation](self).
pub fn cluster_quotes(
    records: &[QuoteRecord<'_>],
    options: &ClusterOptions,
) -> Result<QuoteClusters> {
    options.validate()?;
    Ok(assemble::run(records, options))
}
