//! Term statistics over a corpus: document frequency and tf-idf, the
//! document-term matrix, and keyness between two sets of documents.

use super::{CountOptions, TermAccumulator};
use crate::document::Document;
use crate::error::Result;
use rustc_hash::FxHashMap;

/// Statistics of one term over a corpus.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct TermStat {
    /// The term.
    pub term: String,
    /// Its most frequent lowercase form (for stems: a readable word).
    pub form: String,
    /// Occurrences.
    pub count: u64,
    /// Documents it occurs in.
    pub df: u64,
    /// Smoothed inverse document frequency: `ln((1 + N) / (1 + df)) + 1`.
    pub idf: f64,
    /// `count × idf` over the corpus.
    pub tfidf: f64,
}

/// Term statistics over a corpus.
pub fn corpus_terms<'a, I>(
    docs: I,
    options: &CountOptions,
    min_count: u64,
    min_df: u64,
) -> Result<Vec<TermStat>>
where
    I: IntoIterator<Item = &'a Document<'a>>,
{
    options.validate()?;
    let mut acc = TermAccumulator::new();
    for doc in docs {
        acc.add(doc, options);
    }
    Ok(acc.stats(min_count, min_df))
}

/// A document-term matrix in compressed sparse row parts, ready for
/// `scipy.sparse.csr_matrix((data, indices, indptr))`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct DocTermMatrix {
    /// Column names: the terms, in column order.
    pub vocabulary: Vec<String>,
    /// Row start offsets into `indices` and `data` (length rows + 1).
    pub indptr: Vec<u64>,
    /// Column index of each stored value.
    pub indices: Vec<u32>,
    /// The counts.
    pub data: Vec<u64>,
}

/// Builds the document-term matrix; with a `vocabulary`, only its terms are
/// counted, in its column order (as a fitted vectorizer does).
pub fn doc_term_matrix<'a, I>(
    docs: I,
    options: &CountOptions,
    vocabulary: Option<&[String]>,
    min_count: u64,
    min_df: u64,
) -> Result<DocTermMatrix>
where
    I: IntoIterator<Item = &'a Document<'a>>,
{
    options.validate()?;
    let mut acc = TermAccumulator::new();
    let rows: Vec<Vec<(usize, u64)>> = docs.into_iter().map(|d| acc.add(d, options)).collect();
    // Column of each accumulated term.
    let (columns, vocab): (Vec<Option<u32>>, Vec<String>) = match vocabulary {
        Some(v) => {
            let position: FxHashMap<&str, u32> = v
                .iter()
                .enumerate()
                .map(|(i, t)| (t.as_str(), i as u32))
                .collect();
            let cols = acc
                .terms
                .iter()
                .map(|t| position.get(t.as_str()).copied())
                .collect();
            (cols, v.to_vec())
        }
        None => {
            let mut kept: Vec<usize> = (0..acc.terms.len())
                .filter(|&i| acc.counts[i] >= min_count && acc.df[i] >= min_df)
                .collect();
            kept.sort_by(|&a, &b| acc.terms[a].cmp(&acc.terms[b]));
            let mut cols = vec![None; acc.terms.len()];
            for (c, &i) in kept.iter().enumerate() {
                cols[i] = Some(c as u32);
            }
            let vocab = kept.iter().map(|&i| acc.terms[i].clone()).collect();
            (cols, vocab)
        }
    };
    let mut m = DocTermMatrix {
        vocabulary: vocab,
        indptr: Vec::with_capacity(rows.len() + 1),
        indices: Vec::new(),
        data: Vec::new(),
    };
    m.indptr.push(0);
    for row in rows {
        let mut cells: Vec<(u32, u64)> = row
            .into_iter()
            .filter_map(|(i, c)| columns[i].map(|col| (col, c)))
            .collect();
        cells.sort_unstable();
        for (col, c) in cells {
            m.indices.push(col);
            m.data.push(c);
        }
        m.indptr.push(m.indices.len() as u64);
    }
    Ok(m)
}

/// How much a term distinguishes corpus A from corpus B.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Keyness {
    /// The term.
    pub term: String,
    /// Its readable form.
    pub form: String,
    /// Occurrences in A.
    pub count_a: u64,
    /// Occurrences in B.
    pub count_b: u64,
    /// Dunning's log-likelihood G²: how surprising the difference is.
    pub g2: f64,
    /// Effect size, the log ratio (Hardie 2014): log2 of the ratio of the
    /// relative frequencies, with 0.5 added to a zero count; positive when
    /// the term is more frequent in A.
    pub log_ratio: f64,
}

/// Keyness of every term between two sets of documents, by G² (descending).
pub fn keyness<'a, A, B>(a: A, b: B, options: &CountOptions, min_count: u64) -> Result<Vec<Keyness>>
where
    A: IntoIterator<Item = &'a Document<'a>>,
    B: IntoIterator<Item = &'a Document<'a>>,
{
    options.validate()?;
    let mut acc_a = TermAccumulator::new();
    for d in a {
        acc_a.add(d, options);
    }
    let mut acc_b = TermAccumulator::new();
    for d in b {
        acc_b.add(d, options);
    }
    let (total_a, total_b) = (acc_a.total as f64, acc_b.total as f64);
    let mut terms: Vec<&String> = acc_a.terms.iter().chain(acc_b.terms.iter()).collect();
    terms.sort();
    terms.dedup();
    let mut out = Vec::new();
    for term in terms {
        let (ca, cb) = (acc_a.count(term), acc_b.count(term));
        if ca + cb < min_count.max(1) {
            continue;
        }
        let (fa, fb) = (ca as f64, cb as f64);
        let expected_a = total_a * (fa + fb) / (total_a + total_b);
        let expected_b = total_b * (fa + fb) / (total_a + total_b);
        let part = |o: f64, e: f64| {
            if o > 0.0 && e > 0.0 {
                o * (o / e).ln()
            } else {
                0.0
            }
        };
        let g2 = 2.0 * (part(fa, expected_a) + part(fb, expected_b));
        let ra = if ca == 0 { 0.5 } else { fa } / total_a.max(1.0);
        let rb = if cb == 0 { 0.5 } else { fb } / total_b.max(1.0);
        let form = acc_a
            .index
            .get(term)
            .map(|&i| acc_a.representative(i))
            .or_else(|| acc_b.index.get(term).map(|&i| acc_b.representative(i)))
            .unwrap_or_else(|| term.clone());
        out.push(Keyness {
            term: term.clone(),
            form,
            count_a: ca,
            count_b: cb,
            g2,
            log_ratio: (ra / rb).log2(),
        });
    }
    out.sort_by(|x, y| y.g2.total_cmp(&x.g2).then_with(|| x.term.cmp(&y.term)));
    Ok(out)
}
