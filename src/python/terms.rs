//! Term counting entry points. They return plain columns (dicts of lists,
//! CSR parts); `guillemet.terms` turns them into DataFrames and matrices.

use super::document::{PyDocument, SharedDoc};
use super::{guard, set_column, to_py};
use crate::terms::{self, CountOptions, Scope, TermForm};
use crate::Error;
use pyo3::prelude::*;
use pyo3::types::PyDict;

/// Reads the counting options shared by every entry point.
#[allow(clippy::too_many_arguments)]
fn options(
    by: &str,
    ngrams: (usize, usize),
    stopwords: bool,
    punctuation: bool,
    numbers: bool,
    scope: &str,
    speaker: Option<String>,
) -> PyResult<CountOptions> {
    let by = TermForm::from_name(by).map_err(to_py)?;
    let scope = match (scope, speaker) {
        (_, Some(name)) => Scope::Speaker(name),
        ("all", None) => Scope::All,
        ("in_quotes" | "quotes", None) => Scope::InQuotes,
        ("outside_quotes", None) => Scope::OutsideQuotes,
        (other, None) => {
            return Err(to_py(Error::invalid_option(
                "scope",
                other,
                &["all", "in_quotes", "outside_quotes"],
            )))
        }
    };
    let options = CountOptions {
        by,
        min_n: ngrams.0,
        max_n: ngrams.1,
        stopwords,
        punctuation,
        numbers,
        scope,
    };
    options.validate().map_err(to_py)?;
    Ok(options)
}

fn docs_of(docs: Vec<PyRef<'_, PyDocument>>) -> Vec<SharedDoc> {
    docs.iter().map(|d| d.doc.clone()).collect()
}

/// Term statistics over documents: columns term, form, count, df, idf, tfidf.
#[pyfunction]
#[pyo3(
    signature = (docs, by="lower", ngrams=(1, 1), stopwords=false, punctuation=false, numbers=true, scope="all", speaker=None, min_count=1, min_df=1),
    text_signature = "(docs, by='lower', ngrams=(1, 1), stopwords=False, punctuation=False, numbers=True, scope='all', speaker=None, min_count=1, min_df=1)"
)]
#[allow(clippy::too_many_arguments)]
pub fn _corpus_terms<'py>(
    py: Python<'py>,
    docs: Vec<PyRef<'py, PyDocument>>,
    by: &str,
    ngrams: (usize, usize),
    stopwords: bool,
    punctuation: bool,
    numbers: bool,
    scope: &str,
    speaker: Option<String>,
    min_count: u64,
    min_df: u64,
) -> PyResult<Bound<'py, PyDict>> {
    let options = options(by, ngrams, stopwords, punctuation, numbers, scope, speaker)?;
    let docs = docs_of(docs);
    let stats = py.detach(|| {
        guard(|| {
            terms::corpus_terms(docs.iter().map(|d| &**d), &options, min_count, min_df)
                .map_err(to_py)
        })
    })?;
    let out = PyDict::new(py);
    set_column(&out, "term", stats.iter().map(|s| s.term.as_str()))?;
    set_column(&out, "form", stats.iter().map(|s| s.form.as_str()))?;
    set_column(&out, "count", stats.iter().map(|s| s.count))?;
    set_column(&out, "df", stats.iter().map(|s| s.df))?;
    set_column(&out, "idf", stats.iter().map(|s| s.idf))?;
    set_column(&out, "tfidf", stats.iter().map(|s| s.tfidf))?;
    Ok(out)
}

/// CSR parts of the document-term matrix: (data, indices, indptr, vocabulary).
#[pyfunction]
#[pyo3(
    signature = (docs, by="lower", ngrams=(1, 1), stopwords=false, punctuation=false, numbers=true, scope="all", speaker=None, vocabulary=None, min_count=1, min_df=1),
    text_signature = "(docs, by='lower', ngrams=(1, 1), stopwords=False, punctuation=False, numbers=True, scope='all', speaker=None, vocabulary=None, min_count=1, min_df=1)"
)]
#[allow(clippy::too_many_arguments, clippy::type_complexity)]
pub fn _doc_term_matrix(
    py: Python<'_>,
    docs: Vec<PyRef<'_, PyDocument>>,
    by: &str,
    ngrams: (usize, usize),
    stopwords: bool,
    punctuation: bool,
    numbers: bool,
    scope: &str,
    speaker: Option<String>,
    vocabulary: Option<Vec<String>>,
    min_count: u64,
    min_df: u64,
) -> PyResult<(Vec<u64>, Vec<u32>, Vec<u64>, Vec<String>)> {
    let options = options(by, ngrams, stopwords, punctuation, numbers, scope, speaker)?;
    let docs = docs_of(docs);
    let m = py.detach(|| {
        guard(|| {
            terms::doc_term_matrix(
                docs.iter().map(|d| &**d),
                &options,
                vocabulary.as_deref(),
                min_count,
                min_df,
            )
            .map_err(to_py)
        })
    })?;
    Ok((m.data, m.indices, m.indptr, m.vocabulary))
}

/// Keyness of terms between two sets of documents: columns term, form,
/// count_a, count_b, g2, log_ratio.
#[pyfunction]
#[pyo3(
    signature = (docs_a, docs_b, by="lower", ngrams=(1, 1), stopwords=false, punctuation=false, numbers=true, scope="all", speaker=None, min_count=1),
    text_signature = "(docs_a, docs_b, by='lower', ngrams=(1, 1), stopwords=False, punctuation=False, numbers=True, scope='all', speaker=None, min_count=1)"
)]
#[allow(clippy::too_many_arguments)]
pub fn _keyness<'py>(
    py: Python<'py>,
    docs_a: Vec<PyRef<'py, PyDocument>>,
    docs_b: Vec<PyRef<'py, PyDocument>>,
    by: &str,
    ngrams: (usize, usize),
    stopwords: bool,
    punctuation: bool,
    numbers: bool,
    scope: &str,
    speaker: Option<String>,
    min_count: u64,
) -> PyResult<Bound<'py, PyDict>> {
    let options = options(by, ngrams, stopwords, punctuation, numbers, scope, speaker)?;
    let (a, b) = (docs_of(docs_a), docs_of(docs_b));
    let rows = py.detach(|| {
        guard(|| {
            terms::keyness(
                a.iter().map(|d| &**d),
                b.iter().map(|d| &**d),
                &options,
                min_count,
            )
            .map_err(to_py)
        })
    })?;
    let out = PyDict::new(py);
    set_column(&out, "term", rows.iter().map(|k| k.term.as_str()))?;
    set_column(&out, "form", rows.iter().map(|k| k.form.as_str()))?;
    set_column(&out, "count_a", rows.iter().map(|k| k.count_a))?;
    set_column(&out, "count_b", rows.iter().map(|k| k.count_b))?;
    set_column(&out, "g2", rows.iter().map(|k| k.g2))?;
    set_column(&out, "log_ratio", rows.iter().map(|k| k.log_ratio))?;
    Ok(out)
}
