//! `Token` and the lazy `TokenList` of a document: tokens are built when
//! read, so a document with a million tokens costs nothing until asked.
//! Offsets are code points.

use super::document::SharedDoc;
use super::span::DocRef;
use crate::Document;
use pyo3::exceptions::{PyIndexError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyList, PySlice, PyTuple};

/// One token. Offsets are code points: `text[t.start:t.end] == t.text`.
#[pyclass(frozen, eq, hash, module = "guillemet", name = "Token")]
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct PyToken {
    /// Position in its document.
    #[pyo3(get)]
    index: usize,
    /// The text as written (exactly `doc.text[start:end]`).
    #[pyo3(get)]
    text: String,
    /// Normalised form: ’ as ', no soft hyphen, NFC.
    #[pyo3(get)]
    norm: String,
    /// Lowercase normalised form.
    #[pyo3(get)]
    lower: String,
    /// Snowball stem (words) or lowercase form (other kinds).
    #[pyo3(get)]
    stem: String,
    /// What it is (a lowercase name).
    #[pyo3(get)]
    kind: &'static str,
    /// Code-point offset of the first character.
    #[pyo3(get)]
    start: usize,
    /// Code-point offset one past the last character.
    #[pyo3(get)]
    end: usize,
    /// Index of its sentence, or None when sentences were not split.
    #[pyo3(get)]
    sentence: Option<usize>,
    /// Index of its paragraph.
    #[pyo3(get)]
    paragraph: Option<usize>,
    /// In the analyzer's stopword list.
    #[pyo3(get)]
    is_stopword: bool,
    /// Starts with a capital letter.
    #[pyo3(get)]
    is_title: bool,
    /// Has letters, all capitals.
    #[pyo3(get)]
    is_upper: bool,
    /// Inside the content of a quote.
    #[pyo3(get)]
    in_quote: bool,
}

impl PyToken {
    pub(crate) fn build(doc: &Document<'_>, index: usize, sentence: Option<usize>) -> Self {
        let t = doc.token(index);
        let span = t.span();
        PyToken {
            index,
            text: t.text().to_owned(),
            norm: t.norm().to_owned(),
            lower: t.lower().to_owned(),
            stem: t.stem().to_owned(),
            kind: t.kind().as_str(),
            start: doc.char_offset(span.start),
            end: doc.char_offset(span.end),
            sentence,
            paragraph: sentence.map(|s| doc.sentences()[s].paragraph),
            is_stopword: t.is_stopword(),
            is_title: t.is_title(),
            is_upper: t.is_upper(),
            in_quote: t.in_quote(),
        }
    }
}

#[pymethods]
impl PyToken {
    #[new]
    #[pyo3(signature = (index, text, norm, lower, stem, kind, start, end, sentence, paragraph, is_stopword, is_title, is_upper, in_quote))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        index: usize,
        text: String,
        norm: String,
        lower: String,
        stem: String,
        kind: &str,
        start: usize,
        end: usize,
        sentence: Option<usize>,
        paragraph: Option<usize>,
        is_stopword: bool,
        is_title: bool,
        is_upper: bool,
        in_quote: bool,
    ) -> PyResult<Self> {
        let kind = crate::TokenKind::from_name(kind)
            .ok_or_else(|| PyValueError::new_err(format!("unknown token kind {kind:?}")))?
            .as_str();
        Ok(PyToken {
            index,
            text,
            norm,
            lower,
            stem,
            kind,
            start,
            end,
            sentence,
            paragraph,
            is_stopword,
            is_title,
            is_upper,
            in_quote,
        })
    }

    /// True for punctuation tokens.
    #[getter]
    fn is_punct(&self) -> bool {
        self.kind == "punct"
    }

    /// True for word tokens (not numbers, punctuation, symbols, URLs...).
    #[getter]
    fn is_word(&self) -> bool {
        self.kind == "word"
    }

    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        let t = slf.get();
        let py = slf.py();
        let args = PyTuple::new(
            py,
            [
                t.index.into_pyobject(py)?.into_any(),
                t.text.as_str().into_pyobject(py)?.into_any(),
                t.norm.as_str().into_pyobject(py)?.into_any(),
                t.lower.as_str().into_pyobject(py)?.into_any(),
                t.stem.as_str().into_pyobject(py)?.into_any(),
                t.kind.into_pyobject(py)?.into_any(),
                t.start.into_pyobject(py)?.into_any(),
                t.end.into_pyobject(py)?.into_any(),
                t.sentence.into_pyobject(py)?.into_any(),
                t.paragraph.into_pyobject(py)?.into_any(),
                t.is_stopword.into_pyobject(py)?.to_owned().into_any(),
                t.is_title.into_pyobject(py)?.to_owned().into_any(),
                t.is_upper.into_pyobject(py)?.to_owned().into_any(),
                t.in_quote.into_pyobject(py)?.to_owned().into_any(),
            ],
        )?;
        Ok((slf.get_type().into_any(), args))
    }

    fn __repr__(&self) -> String {
        format!(
            "Token({:?}, kind={:?}, start={}, end={})",
            self.text, self.kind, self.start, self.end
        )
    }

    fn __str__(&self) -> String {
        self.text.clone()
    }
}

/// The tokens of a document, as a lazy sequence: a `Token` object is made
/// only when an item is read. It pickles as its document's `tokens`.
#[pyclass(frozen, sequence, module = "guillemet", name = "TokenList")]
pub struct TokenList {
    doc: SharedDoc,
    link: DocRef,
}

impl TokenList {
    pub(crate) fn new(link: DocRef) -> Self {
        Self {
            doc: link.doc.clone(),
            link,
        }
    }

    fn item(&self, index: usize) -> PyToken {
        PyToken::build(&self.doc, index, self.doc.sentence_of(index))
    }
}

#[pymethods]
impl TokenList {
    fn __len__(&self) -> usize {
        self.doc.len()
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other.cast::<TokenList>().is_ok_and(|o| {
            std::sync::Arc::ptr_eq(&o.get().doc, &self.doc) || *o.get().doc == *self.doc
        })
    }

    /// Pickles as its document's `tokens`.
    fn __reduce__<'py>(
        &self,
        py: Python<'py>,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        let args = (self.link.document(py)?, "tokens").into_pyobject(py)?;
        Ok((py.import("builtins")?.getattr("getattr")?, args))
    }

    fn __getitem__<'py>(&self, py: Python<'py>, key: &Bound<'py, PyAny>) -> PyResult<Py<PyAny>> {
        let len = self.doc.len();
        if let Ok(slice) = key.cast::<PySlice>() {
            let idx = slice.indices(len as isize)?;
            let mut items = Vec::with_capacity(idx.slicelength);
            let mut i = idx.start;
            for _ in 0..idx.slicelength {
                items.push(self.item(i as usize));
                i += idx.step;
            }
            return Ok(PyList::new(py, items)?.into_any().unbind());
        }
        let Ok(i) = key.extract::<isize>() else {
            return Err(PyTypeError::new_err(
                "token indices must be integers or slices",
            ));
        };
        let i = if i < 0 { i + len as isize } else { i };
        if i < 0 || i as usize >= len {
            return Err(PyIndexError::new_err("token index out of range"));
        }
        Ok(Py::new(py, self.item(i as usize))?.into_any())
    }

    fn __iter__(&self) -> TokenIter {
        TokenIter::new(self.doc.clone(), 0, self.doc.len())
    }

    fn __repr__(&self) -> String {
        format!("<TokenList of {} tokens>", self.doc.len())
    }
}

/// Iterator over the tokens `next..end` of a document.
#[pyclass(module = "guillemet")]
pub struct TokenIter {
    doc: SharedDoc,
    next: usize,
    end: usize,
    sentence: usize,
}

impl TokenIter {
    pub(crate) fn new(doc: SharedDoc, start: usize, end: usize) -> Self {
        let sentence = doc.sentences().partition_point(|s| s.tokens.end <= start);
        let end = end.min(doc.len());
        TokenIter {
            doc,
            next: start,
            end,
            sentence,
        }
    }
}

#[pymethods]
impl TokenIter {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__(&mut self) -> Option<PyToken> {
        let i = self.next;
        if i >= self.end {
            return None;
        }
        self.next += 1;
        let sentences = self.doc.sentences();
        while self.sentence < sentences.len() && sentences[self.sentence].tokens.end <= i {
            self.sentence += 1;
        }
        let sentence = (self.sentence < sentences.len()
            && sentences[self.sentence].tokens.contains(&i))
        .then_some(self.sentence);
        Some(PyToken::build(&self.doc, i, sentence))
    }
}
