//! `Document` and the value objects `Sentence` and `Paragraph`. Offsets
//! are code points.

use super::quotes::{PyQuote, PySpeaker, PyTextSpan};
use super::span::{get_item, reduce_part, DocRef, PySpan};
use super::tokens::{TokenIter, TokenList};
use super::{guard, index_range, preview, set_column, to_py};
use crate::Document;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBytes, PyDict, PyString, PyTuple};
use std::sync::Arc;

/// The Rust document shared by the Python objects that read it.
pub(crate) type SharedDoc = Arc<Document<'static>>;

/// One sentence. `text[s.start:s.end] == s.text`; `s.tokens` is a `Span`
/// of its tokens. It pickles with its document.
#[pyclass(frozen, module = "guillemet", name = "Sentence")]
pub struct PySentence {
    /// Position in its document.
    #[pyo3(get)]
    index: usize,
    /// Code-point offset of the first character.
    #[pyo3(get)]
    start: usize,
    /// Code-point offset one past the last character.
    #[pyo3(get)]
    end: usize,
    /// The text as written (exactly `doc.text[start:end]`).
    #[pyo3(get)]
    text: String,
    token_start: usize,
    token_end: usize,
    /// Index of its paragraph.
    #[pyo3(get)]
    paragraph: usize,
    link: DocRef,
}

impl PySentence {
    fn key(&self) -> (usize, usize, usize, &str, usize, usize, usize) {
        let s = self;
        let (i, a, b, p) = (s.index, s.start, s.end, s.paragraph);
        (i, a, b, &s.text, s.token_start, s.token_end, p)
    }
}

#[pymethods]
impl PySentence {
    /// Its tokens, as a `Span` (iterate or index it for `Token`s).
    #[getter]
    fn tokens(&self, py: Python<'_>) -> PySpan {
        PySpan::new(self.link.clone_ref(py), self.token_start, self.token_end)
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<PySentence>()
            .is_ok_and(|o| o.get().key() == self.key())
    }

    /// Pickles as sentence `index` of its document.
    fn __reduce__<'py>(
        &self,
        py: Python<'py>,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        reduce_part(py, &self.link, "sentences", self.index)
    }

    fn __repr__(&self) -> String {
        let preview = preview(&self.text);
        format!(
            "Sentence({preview:?}, start={}, end={})",
            self.start, self.end
        )
    }

    fn __str__(&self) -> String {
        self.text.clone()
    }
}

/// One paragraph, with its tokens (a `Span`) and the range of its sentence
/// indices. It pickles with its document.
#[pyclass(frozen, module = "guillemet", name = "Paragraph")]
pub struct PyParagraph {
    /// Position in its document.
    #[pyo3(get)]
    index: usize,
    /// Code-point offset of the first character.
    #[pyo3(get)]
    start: usize,
    /// Code-point offset one past the last character.
    #[pyo3(get)]
    end: usize,
    /// The text as written (exactly `doc.text[start:end]`).
    #[pyo3(get)]
    text: String,
    token_start: usize,
    token_end: usize,
    sentence_start: usize,
    sentence_end: usize,
    link: DocRef,
}

#[pymethods]
impl PyParagraph {
    /// Its tokens, as a `Span` (iterate or index it for `Token`s).
    #[getter]
    fn tokens(&self, py: Python<'_>) -> PySpan {
        PySpan::new(self.link.clone_ref(py), self.token_start, self.token_end)
    }

    /// The sentence indices of the paragraph, as a `range`.
    #[getter]
    fn sentences<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        index_range(py, self.sentence_start, self.sentence_end)
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other.cast::<PyParagraph>().is_ok_and(|o| {
            let o = o.get();
            (o.index, o.start, o.end, &o.text, o.token_start, o.token_end)
                == (
                    self.index,
                    self.start,
                    self.end,
                    &self.text,
                    self.token_start,
                    self.token_end,
                )
                && (o.sentence_start, o.sentence_end) == (self.sentence_start, self.sentence_end)
        })
    }

    /// Pickles as paragraph `index` of its document.
    fn __reduce__<'py>(
        &self,
        py: Python<'py>,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        reduce_part(py, &self.link, "paragraphs", self.index)
    }

    fn __repr__(&self) -> String {
        let preview = preview(&self.text);
        format!(
            "Paragraph({preview:?}, start={}, end={})",
            self.start, self.end
        )
    }
}

/// `Speaker` objects for `list` (the document's speakers or people), made
/// once and kept in `cell`.
fn speaker_tuple<'py>(
    py: Python<'py>,
    doc: &Document<'static>,
    list: &[crate::Speaker],
    cell: &PyOnceLock<Py<PyTuple>>,
) -> PyResult<Bound<'py, PyTuple>> {
    cell.get_or_try_init(py, || {
        let objects = (list.iter().enumerate())
            .map(|(i, s)| Py::new(py, PySpeaker::build(doc, s, i)))
            .collect::<PyResult<Vec<_>>>()?;
        Ok::<_, PyErr>(PyTuple::new(py, objects)?.unbind())
    })
    .map(|t| t.bind(py).clone())
}

/// The analysis of one text. Every offset is in code points of `text`. It
/// is a sequence of its tokens: `len(doc)`, `doc[i]` (a `Token`),
/// `doc[i:j]` (a `Span`) and iteration, as in spaCy.
#[pyclass(frozen, weakref, module = "guillemet", name = "Document")]
pub struct PyDocument {
    pub(crate) doc: SharedDoc,
    sentences: PyOnceLock<Py<PyTuple>>,
    paragraphs: PyOnceLock<Py<PyTuple>>,
    quotes: PyOnceLock<Py<PyTuple>>,
    speakers: PyOnceLock<Py<PyTuple>>,
    people: PyOnceLock<Py<PyTuple>>,
}

impl PyDocument {
    pub(crate) fn new(doc: Document<'static>) -> Self {
        Self::from_shared(Arc::new(doc))
    }

    /// A Python document over a Rust document that others may share.
    pub(crate) fn from_shared(doc: SharedDoc) -> Self {
        PyDocument {
            doc,
            sentences: PyOnceLock::new(),
            paragraphs: PyOnceLock::new(),
            quotes: PyOnceLock::new(),
            speakers: PyOnceLock::new(),
            people: PyOnceLock::new(),
        }
    }
}

#[pymethods]
impl PyDocument {
    /// The original text.
    #[getter]
    fn text(&self) -> &str {
        self.doc.text()
    }

    /// The tokens, as a lazy sequence of `Token`.
    #[getter]
    fn tokens(slf: &Bound<'_, Self>) -> PyResult<TokenList> {
        let weak = DocRef::weak(slf)?;
        Ok(TokenList::new(DocRef::new(
            slf.get().doc.clone(),
            Some(&weak),
        )))
    }

    /// The sentences, in text order.
    #[getter]
    pub(crate) fn sentences<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        let py = slf.py();
        let this = slf.get();
        let doc = &this.doc;
        this.sentences
            .get_or_try_init(py, || {
                let weak = DocRef::weak(slf)?;
                let items = doc.sentences().iter().enumerate().map(|(i, s)| PySentence {
                    index: i,
                    start: doc.char_offset(s.span.start),
                    end: doc.char_offset(s.span.end),
                    text: doc.slice(s.span).to_owned(),
                    token_start: s.tokens.start,
                    token_end: s.tokens.end,
                    paragraph: s.paragraph,
                    link: DocRef::new(doc.clone(), Some(&weak)),
                });
                let objects = items
                    .map(|s| Py::new(py, s))
                    .collect::<PyResult<Vec<_>>>()?;
                Ok::<_, PyErr>(PyTuple::new(py, objects)?.unbind())
            })
            .map(|t| t.bind(py).clone())
    }

    /// The paragraphs, in text order.
    #[getter]
    pub(crate) fn paragraphs<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        let py = slf.py();
        let this = slf.get();
        let doc = &this.doc;
        this.paragraphs
            .get_or_try_init(py, || {
                let weak = DocRef::weak(slf)?;
                let items = doc
                    .paragraphs()
                    .iter()
                    .enumerate()
                    .map(|(i, p)| PyParagraph {
                        index: i,
                        start: doc.char_offset(p.span.start),
                        end: doc.char_offset(p.span.end),
                        text: doc.slice(p.span).to_owned(),
                        token_start: p.tokens.start,
                        token_end: p.tokens.end,
                        sentence_start: p.sentences.start,
                        sentence_end: p.sentences.end,
                        link: DocRef::new(doc.clone(), Some(&weak)),
                    });
                let objects = items
                    .map(|p| Py::new(py, p))
                    .collect::<PyResult<Vec<_>>>()?;
                Ok::<_, PyErr>(PyTuple::new(py, objects)?.unbind())
            })
            .map(|t| t.bind(py).clone())
    }

    /// The reported speech, in text order.
    #[getter]
    pub(crate) fn quotes<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        let py = slf.py();
        let this = slf.get();
        let speakers: Vec<Py<PySpeaker>> = this
            .speakers(py)?
            .iter()
            .map(|s| {
                s.cast_into::<PySpeaker>()
                    .map(Bound::unbind)
                    .map_err(PyErr::from)
            })
            .collect::<PyResult<_>>()?;
        let doc = &this.doc;
        this.quotes
            .get_or_try_init(py, || {
                let weak = DocRef::weak(slf)?;
                let objects = (0..doc.quotes().len())
                    .map(|i| {
                        let link = DocRef::new(doc.clone(), Some(&weak));
                        Py::new(py, PyQuote::build(py, link, i, &speakers)?)
                    })
                    .collect::<PyResult<Vec<_>>>()?;
                Ok::<_, PyErr>(PyTuple::new(py, objects)?.unbind())
            })
            .map(|t| t.bind(py).clone())
    }

    /// The resolved speakers, in order of their first quote.
    #[getter]
    fn speakers<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        speaker_tuple(py, &self.doc, self.doc.speakers(), &self.speakers)
    }

    /// Every named person the text mentions, quoted or not, in order of
    /// first mention (`Speaker` objects; `index` is the position in this
    /// tuple, `quotes` is empty for a person who is only mentioned).
    #[getter]
    fn people<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        speaker_tuple(py, &self.doc, self.doc.people(), &self.people)
    }

    /// Quotation marks that report no speech (titles, names, terms).
    #[getter]
    fn quoted_terms(&self) -> Vec<PyTextSpan> {
        self.doc
            .quoted_terms()
            .iter()
            .map(|s| PyTextSpan::build(&self.doc, *s))
            .collect()
    }

    /// The JSON form (schema 1, code-point offsets) as a string.
    fn to_json(&self, py: Python<'_>) -> PyResult<String> {
        let doc = self.doc.clone();
        py.detach(move || guard(|| Ok(doc.to_json())))
    }

    /// Reads a document from its JSON form (as written by `to_json`).
    #[staticmethod]
    fn from_json(py: Python<'_>, json: &Bound<'_, PyString>) -> PyResult<PyDocument> {
        let json = super::args::json_text(json)?;
        let doc = py.detach(move || guard(|| Document::from_json(&json).map_err(to_py)))?;
        Ok(PyDocument::new(doc))
    }

    /// The compact binary form: the text and the whole analysis in about
    /// 2.5 times the text's UTF-8 size (what a pickle carries).
    fn to_bytes<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyBytes>> {
        let bytes = guard(|| Ok(self.doc.to_bytes()))?;
        Ok(PyBytes::new(py, &bytes))
    }

    /// Reads a document from the bytes `to_bytes` returned, exactly as it
    /// was; malformed bytes raise `SerializationError`.
    #[staticmethod]
    fn from_bytes(data: &[u8]) -> PyResult<PyDocument> {
        let doc = guard(|| Document::from_bytes(data).map_err(to_py))?;
        Ok(PyDocument::new(doc))
    }

    /// Columns of one table ("tokens", "sentences" or "paragraphs") as a
    /// dict of lists, for DataFrame builders.
    fn _columns<'py>(&self, py: Python<'py>, kind: &str) -> PyResult<Bound<'py, PyDict>> {
        let doc = &self.doc;
        let out = PyDict::new(py);
        match kind {
            "tokens" => {
                let n = doc.len();
                let mut sentence = vec![None; n];
                let mut paragraph = vec![None; n];
                for (i, s) in doc.sentences().iter().enumerate() {
                    for t in s.tokens.clone() {
                        sentence[t] = Some(i);
                        paragraph[t] = Some(s.paragraph);
                    }
                }
                let tokens: Vec<_> = doc.tokens().collect();
                set_column(&out, "text", tokens.iter().map(|t| t.text()))?;
                set_column(&out, "norm", tokens.iter().map(|t| t.norm()))?;
                set_column(&out, "lower", tokens.iter().map(|t| t.lower()))?;
                set_column(&out, "stem", tokens.iter().map(|t| t.stem()))?;
                set_column(&out, "kind", tokens.iter().map(|t| t.kind().as_str()))?;
                set_column(
                    &out,
                    "start",
                    tokens.iter().map(|t| doc.char_offset(t.span().start)),
                )?;
                set_column(
                    &out,
                    "end",
                    tokens.iter().map(|t| doc.char_offset(t.span().end)),
                )?;
                out.set_item("sentence", sentence)?;
                out.set_item("paragraph", paragraph)?;
                set_column(&out, "in_quote", tokens.iter().map(|t| t.in_quote()))?;
                set_column(&out, "is_stopword", tokens.iter().map(|t| t.is_stopword()))?;
            }
            "sentences" => {
                let s = doc.sentences();
                set_column(&out, "sentence", 0..s.len())?;
                set_column(&out, "text", s.iter().map(|s| doc.slice(s.span)))?;
                set_column(
                    &out,
                    "start",
                    s.iter().map(|s| doc.char_offset(s.span.start)),
                )?;
                set_column(&out, "end", s.iter().map(|s| doc.char_offset(s.span.end)))?;
                set_column(&out, "paragraph", s.iter().map(|s| s.paragraph))?;
                set_column(&out, "n_tokens", s.iter().map(|s| s.tokens.len()))?;
            }
            "paragraphs" => {
                let p = doc.paragraphs();
                set_column(&out, "paragraph", 0..p.len())?;
                set_column(&out, "text", p.iter().map(|p| doc.slice(p.span)))?;
                set_column(
                    &out,
                    "start",
                    p.iter().map(|p| doc.char_offset(p.span.start)),
                )?;
                set_column(&out, "end", p.iter().map(|p| doc.char_offset(p.span.end)))?;
                set_column(&out, "n_sentences", p.iter().map(|p| p.sentences.len()))?;
            }
            other => {
                return Err(to_py(crate::Error::invalid_option(
                    "kind",
                    other,
                    &["tokens", "sentences", "paragraphs"],
                )))
            }
        }
        Ok(out)
    }

    /// The number of word tokens in each quote's content, in quote order.
    fn _quote_word_counts(&self) -> Vec<usize> {
        let doc = &self.doc;
        doc.quotes()
            .iter()
            .map(|q| {
                doc.tokens_in(q.span)
                    .filter(|&i| doc.raw_tokens()[i].kind() == crate::TokenKind::Word)
                    .count()
            })
            .collect()
    }

    /// The JSON form as a dict (what `guillemet --json` prints).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let json = self.to_json(py)?;
        py.import("json")?.getattr("loads")?.call1((json,))
    }

    /// Reads a document from the dict `to_dict` returned.
    #[staticmethod]
    fn from_dict(py: Python<'_>, data: &Bound<'_, PyAny>) -> PyResult<PyDocument> {
        let json = super::args::dict_json(py, data)?;
        let doc = py.detach(move || guard(|| Document::from_json(&json).map_err(to_py)))?;
        Ok(PyDocument::new(doc))
    }

    fn __len__(&self) -> usize {
        self.doc.len()
    }

    /// `doc[i]` is token `i` (negative from the end); `doc[i:j]` is a `Span`.
    fn __getitem__(slf: &Bound<'_, Self>, key: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        let weak = DocRef::weak(slf)?;
        let link = DocRef::new(slf.get().doc.clone(), Some(&weak));
        get_item(slf.py(), &link, 0, slf.get().doc.len(), key)
    }

    fn __iter__(&self) -> TokenIter {
        TokenIter::new(self.doc.clone(), 0, self.doc.len())
    }

    /// Pickles as its compact binary form (`to_bytes`).
    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyAny>, (Bound<'py, PyBytes>,))> {
        let bytes = slf.get().to_bytes(slf.py())?;
        Ok((slf.get_type().getattr("from_bytes")?, (bytes,)))
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<PyDocument>()
            .is_ok_and(|o| *o.get().doc == *self.doc)
    }

    fn __repr__(&self) -> String {
        let preview: String = self.doc.text().chars().take(40).collect();
        format!(
            "<Document {:?}… tokens={} sentences={}>",
            preview,
            self.doc.len(),
            self.doc.sentences().len()
        )
    }
}
