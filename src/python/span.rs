//! `Span`: a run of a document's tokens (`doc[2:5]`, `sentence.tokens`,
//! `quote.tokens`), and `DocRef`, the link from a sentence, paragraph, quote
//! or span back to its document.

use super::document::{PyDocument, SharedDoc};
use super::tokens::{PyToken, TokenIter};
use super::{preview, to_py};
use pyo3::exceptions::{PyIndexError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PySlice, PyTuple, PyWeakrefMethods, PyWeakrefReference};

/// The document an object was read from: the Rust document for reading its
/// tokens, and a weak reference to the Python `Document`, so that pickling
/// many objects of one document pickles that document once.
pub(crate) struct DocRef {
    pub(crate) doc: SharedDoc,
    owner: Option<Py<PyWeakrefReference>>,
}

impl DocRef {
    /// A link to `owner` (the Python document of `doc`).
    pub(crate) fn new(doc: SharedDoc, owner: Option<&Bound<'_, PyWeakrefReference>>) -> Self {
        DocRef {
            doc,
            owner: owner.map(|o| o.clone().unbind()),
        }
    }

    /// A weak reference to a Python document, for the objects it makes.
    pub(crate) fn weak<'py>(
        doc: &Bound<'py, PyDocument>,
    ) -> PyResult<Bound<'py, PyWeakrefReference>> {
        PyWeakrefReference::new(doc.as_any())
    }

    /// The Python document: the one this object was read from while it is
    /// alive, else a new one over the same Rust document.
    pub(crate) fn document<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        if let Some(doc) = self.owner.as_ref().and_then(|o| o.bind(py).upgrade()) {
            return Ok(doc);
        }
        Ok(Bound::new(py, PyDocument::from_shared(self.doc.clone()))?.into_any())
    }

    pub(crate) fn clone_ref(&self, py: Python<'_>) -> Self {
        DocRef {
            doc: self.doc.clone(),
            owner: self.owner.as_ref().map(|o| o.clone_ref(py)),
        }
    }
}

/// Token `i` of `doc`, a negative index counting from the end, within
/// `start..end`.
fn token_at(doc: &SharedDoc, start: usize, end: usize, i: isize) -> PyResult<PyToken> {
    let len = (end - start) as isize;
    let i = if i < 0 { i + len } else { i };
    if i < 0 || i >= len {
        return Err(PyIndexError::new_err("token index out of range"));
    }
    let index = start + i as usize;
    Ok(PyToken::build(doc, index, doc.sentence_of(index)))
}

/// The token range a slice selects within `start..end` (a step of 1 only).
fn slice_range(slice: &Bound<'_, PySlice>, start: usize, end: usize) -> PyResult<(usize, usize)> {
    let idx = slice.indices((end - start) as isize)?;
    if idx.step != 1 {
        return Err(PyValueError::new_err(
            "a Span is a contiguous run of tokens: slice with a step of 1",
        ));
    }
    let from = start + idx.start.max(0) as usize;
    let to = start + (idx.start + idx.slicelength as isize).max(0) as usize;
    Ok((from, to.max(from)))
}

/// `doc[key]` over the tokens `start..end` of a document: a `Token` for an
/// integer, a `Span` for a slice.
pub(crate) fn get_item(
    py: Python<'_>,
    link: &DocRef,
    start: usize,
    end: usize,
    key: &Bound<'_, PyAny>,
) -> PyResult<Py<PyAny>> {
    if let Ok(slice) = key.cast::<PySlice>() {
        let (from, to) = slice_range(slice, start, end)?;
        return Ok(Py::new(py, PySpan::new(link.clone_ref(py), from, to))?.into_any());
    }
    let Ok(i) = key.extract::<isize>() else {
        return Err(PyTypeError::new_err(
            "token indices must be integers or slices",
        ));
    };
    Ok(Py::new(py, token_at(&link.doc, start, end, i)?)?.into_any())
}

/// A run of a document's tokens, as spaCy's `Span`: `len(span)` tokens, read
/// by iteration or index. `text[span.start:span.end] == span.text` (code
/// points); `token_start` and `token_end` are token indices.
#[pyclass(frozen, sequence, module = "guillemet", name = "Span")]
pub struct PySpan {
    link: DocRef,
    token_start: usize,
    token_end: usize,
}

impl PySpan {
    pub(crate) fn new(link: DocRef, token_start: usize, token_end: usize) -> Self {
        PySpan {
            link,
            token_start,
            token_end,
        }
    }

    /// The byte span covered, from the first token's start to the last
    /// token's end (empty at the first token's position when there is none).
    fn bytes(&self) -> crate::Span {
        let doc = &self.link.doc;
        let tokens = doc.raw_tokens();
        if self.token_start >= self.token_end {
            let at = tokens
                .get(self.token_start)
                .map_or(doc.text().len(), |t| t.span().start);
            return crate::Span::new(at, at);
        }
        crate::Span::new(
            tokens[self.token_start].span().start,
            tokens[self.token_end - 1].span().end,
        )
    }
}

#[pymethods]
impl PySpan {
    /// The text from the first token to the last, as written.
    #[getter]
    fn text(&self) -> &str {
        self.link.doc.slice(self.bytes())
    }

    /// Code-point offset of the first token.
    #[getter]
    fn start(&self) -> usize {
        self.link.doc.char_offset(self.bytes().start)
    }

    /// Code-point offset one past the last token.
    #[getter]
    fn end(&self) -> usize {
        self.link.doc.char_offset(self.bytes().end)
    }

    /// Index of the first token in the document.
    #[getter]
    fn token_start(&self) -> usize {
        self.token_start
    }

    /// Index one past the last token in the document.
    #[getter]
    fn token_end(&self) -> usize {
        self.token_end
    }

    /// The document the span is part of.
    #[getter]
    fn doc<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.link.document(py)
    }

    fn __len__(&self) -> usize {
        self.token_end - self.token_start
    }

    fn __getitem__(&self, py: Python<'_>, key: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        get_item(py, &self.link, self.token_start, self.token_end, key)
    }

    fn __iter__(&self) -> TokenIter {
        TokenIter::new(self.link.doc.clone(), self.token_start, self.token_end)
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other.cast::<PySpan>().is_ok_and(|o| {
            let o = o.get();
            (o.token_start, o.token_end) == (self.token_start, self.token_end)
                && (std::sync::Arc::ptr_eq(&o.link.doc, &self.link.doc)
                    || *o.link.doc == *self.link.doc)
        })
    }

    /// Pickles as `doc[token_start:token_end]`.
    fn __reduce__<'py>(
        &self,
        py: Python<'py>,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        let slice = PySlice::new(py, self.token_start as isize, self.token_end as isize, 1);
        let args = (self.link.document(py)?, slice).into_pyobject(py)?;
        Ok((py.import("operator")?.getattr("getitem")?, args))
    }

    fn __repr__(&self) -> String {
        format!(
            "Span({:?}, start={}, end={}, tokens={}..{})",
            preview(self.text()),
            self.start(),
            self.end(),
            self.token_start,
            self.token_end
        )
    }

    fn __str__(&self) -> String {
        self.text().to_owned()
    }
}

/// `_part` as the module holds it, so that pickle finds it by name
/// (`guillemet._native._part`).
static PART: pyo3::sync::PyOnceLock<Py<PyAny>> = pyo3::sync::PyOnceLock::new();

/// Adds `_part` to the module.
pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let function = wrap_pyfunction!(_part, m)?;
    m.add_function(function.clone())?;
    let _ = PART.set(m.py(), function.into_any().unbind());
    Ok(())
}

/// What a sentence, paragraph or quote pickles as: `_part(doc, kind, index)`.
pub(crate) fn reduce_part<'py>(
    py: Python<'py>,
    link: &DocRef,
    kind: &str,
    index: usize,
) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
    let part = PART
        .get(py)
        .ok_or_else(|| PyValueError::new_err("guillemet._native is not initialised"))?;
    let args = (link.document(py)?, kind, index).into_pyobject(py)?;
    Ok((part.bind(py).clone(), args))
}

/// The sentence, paragraph or quote `index` of a document (what those
/// objects pickle as: their document and their position in it).
#[pyfunction]
pub(crate) fn _part<'py>(
    doc: &Bound<'py, PyDocument>,
    kind: &str,
    index: usize,
) -> PyResult<Bound<'py, PyAny>> {
    let items = match kind {
        "sentences" => PyDocument::sentences(doc)?,
        "paragraphs" => PyDocument::paragraphs(doc)?,
        "quotes" => PyDocument::quotes(doc)?,
        other => {
            return Err(to_py(crate::Error::invalid_option(
                "kind",
                other,
                &["sentences", "paragraphs", "quotes"],
            )))
        }
    };
    items.get_item(index)
}
