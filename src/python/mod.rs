//! The Python module `guillemet._native` (pyo3), behind the `python` feature.
//!
//! The binding stays thin: it converts inputs, releases the GIL around the
//! core, and converts byte offsets to code points at the boundary. Objects
//! are built lazily: a `Document` holds the Rust document and makes `Token`
//! objects only when they are touched.
//!
//! The module never imports the Python package `guillemet`: that package
//! wraps this one, and adds the methods written in Python (tables, HTML,
//! batches) to these classes when it loads.

mod analyzer;
mod args;
mod cluster;
mod document;
mod errors;
mod interrupt;
mod quotes;
mod span;
mod terms;
mod tokens;

use crate::Error;
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyString};

pub(crate) use errors::{guard, to_py};

/// The extension's allocator: mimalloc, whose thread-local free lists
/// cost a fraction of the system allocator's calls (a tokenised document
/// makes about ten allocations, a full analysis hundreds), and whose
/// threads do not share arenas. Only Rust's allocations go through it;
/// Python objects keep Python's allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// A Python `range(start, end)` of token, sentence or paragraph indices.
pub(crate) fn index_range(py: Python<'_>, start: usize, end: usize) -> PyResult<Bound<'_, PyAny>> {
    let as_isize = |i: usize| isize::try_from(i).unwrap_or(isize::MAX);
    Ok(pyo3::types::PyRange::new(py, as_isize(start), as_isize(end))?.into_any())
}

/// Sets one column of a column table (a dict of equal-length lists, which
/// `pandas.DataFrame` reads as is) from the values of each row.
pub(crate) fn set_column<'py, T: IntoPyObject<'py>>(
    table: &Bound<'py, PyDict>,
    name: &str,
    values: impl Iterator<Item = T>,
) -> PyResult<()> {
    table.set_item(name, values.collect::<Vec<_>>())
}

/// The first 60 characters of a text, for a `repr`.
pub(crate) fn preview(text: &str) -> String {
    text.chars().take(60).collect()
}

/// The text of a `str` or UTF-8 `bytes` argument, or the documented error:
/// `TypeError` naming the type, `InputError` with the position of invalid
/// UTF-8 or of a lone surrogate.
pub(crate) fn extract_text(obj: &Bound<'_, PyAny>, what: &str) -> PyResult<String> {
    if let Ok(s) = obj.cast::<PyString>() {
        return match s.to_str() {
            Ok(text) => Ok(text.to_owned()),
            Err(err) => {
                let py = obj.py();
                let position = err
                    .value(py)
                    .getattr("start")
                    .and_then(|p| p.extract::<usize>())
                    .unwrap_or(0);
                Err(to_py(Error::LoneSurrogate { position }))
            }
        };
    }
    if let Ok(b) = obj.cast::<PyBytes>() {
        return std::str::from_utf8(b.as_bytes())
            .map(str::to_owned)
            .map_err(|e| {
                to_py(Error::InvalidUtf8 {
                    position: e.valid_up_to(),
                })
            });
    }
    let type_name = obj
        .get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "unknown".to_string());
    Err(PyTypeError::new_err(format!(
        "{what} expects a str (or UTF-8 bytes), got {type_name}"
    )))
}

/// Stems one word with the Snowball French stemmer, as tokens are stemmed:
/// lowercased, with ’ read as ' and an elided form read as its full word.
#[pyfunction]
fn stem(word: &Bound<'_, PyAny>) -> PyResult<String> {
    let word = extract_text(word, "stem()")?;
    guard(|| Ok(crate::stem(&word)))
}

/// The candidate sentence boundaries the rules leave open in `text`, as
/// (code-point offset of the token that would start a sentence, features),
/// and the code-point offsets where the rules alone start sentences: what
/// `tools/train_boundaries.py` learns from. Not a stable API.
#[pyfunction]
#[allow(clippy::type_complexity)]
fn _boundary_candidates(
    text: &Bound<'_, PyAny>,
) -> PyResult<(Vec<usize>, Vec<(usize, Vec<String>)>)> {
    let text = extract_text(text, "_boundary_candidates()")?;
    guard(|| {
        let analyzer = crate::default_analyzer();
        let doc = analyzer.tokenize(&text).map_err(to_py)?;
        let (starts, candidates) = crate::bench::boundary_candidates(&doc, analyzer);
        Ok((
            starts.into_iter().map(|b| doc.char_offset(b)).collect(),
            candidates
                .into_iter()
                .map(|(byte, features)| (doc.char_offset(byte), features))
                .collect(),
        ))
    })
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<analyzer::PyAnalyzer>()?;
    m.add_class::<document::PyDocument>()?;
    m.add_class::<tokens::PyToken>()?;
    m.add_class::<tokens::TokenList>()?;
    m.add_class::<span::PySpan>()?;
    m.add_class::<document::PySentence>()?;
    m.add_class::<document::PyParagraph>()?;
    m.add_class::<quotes::PyQuote>()?;
    m.add_class::<quotes::PyCue>()?;
    m.add_class::<quotes::PyMention>()?;
    m.add_class::<quotes::PySpeaker>()?;
    m.add_class::<quotes::PyTextSpan>()?;
    m.add_function(wrap_pyfunction!(stem, m)?)?;
    m.add_function(wrap_pyfunction!(_boundary_candidates, m)?)?;
    m.add_function(wrap_pyfunction!(terms::_corpus_terms, m)?)?;
    m.add_function(wrap_pyfunction!(terms::_doc_term_matrix, m)?)?;
    m.add_function(wrap_pyfunction!(terms::_keyness, m)?)?;
    m.add_function(wrap_pyfunction!(cluster::_quote_records, m)?)?;
    m.add_function(wrap_pyfunction!(cluster::_cluster_records, m)?)?;
    span::register(m)?;
    errors::register(m)?;
    m.add("SEED_ARTICLE", crate::SEED_ARTICLE)?;
    m.add("SCHEMA_VERSION", crate::json::SCHEMA_VERSION)?;
    m.add("MEMORY_FACTOR", crate::MEMORY_FACTOR)?;
    m.add("MEMORY_ALLOWANCE", crate::MEMORY_ALLOWANCE)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
