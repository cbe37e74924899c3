//! `Quote`, `Cue`, `Mention`, `Speaker` and `TextSpan`: value objects built
//! from the Rust document, with code-point offsets.

use super::index_range;
use super::span::{reduce_part, DocRef, PySpan};
use crate::{Document, Span};
use pyo3::prelude::*;
use pyo3::types::PyTuple;

/// An optional name as Python writes it: `None` or a quoted string.
fn py_repr(name: Option<&str>) -> String {
    name.map_or_else(|| "None".to_string(), |n| format!("{n:?}"))
}

/// A span of the text: `text[s.start:s.end] == s.text`.
#[pyclass(frozen, eq, hash, module = "guillemet", name = "TextSpan")]
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct PyTextSpan {
    /// The text as written (exactly `doc.text[start:end]`).
    #[pyo3(get)]
    text: String,
    /// Code-point offset of the first character.
    #[pyo3(get)]
    start: usize,
    /// Code-point offset one past the last character.
    #[pyo3(get)]
    end: usize,
}

impl PyTextSpan {
    pub(crate) fn build(doc: &Document<'_>, span: Span) -> Self {
        PyTextSpan {
            text: doc.slice(span).to_owned(),
            start: doc.char_offset(span.start),
            end: doc.char_offset(span.end),
        }
    }
}

#[pymethods]
impl PyTextSpan {
    #[new]
    fn new(text: String, start: usize, end: usize) -> Self {
        PyTextSpan { text, start, end }
    }

    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        let s = slf.get();
        let args = (s.text.clone(), s.start, s.end).into_pyobject(slf.py())?;
        Ok((slf.get_type().into_any(), args))
    }

    fn __repr__(&self) -> String {
        format!(
            "TextSpan({:?}, start={}, end={})",
            self.text, self.start, self.end
        )
    }

    fn __str__(&self) -> String {
        self.text.clone()
    }
}

/// The reporting verb group or marker of a quote ("a-t-il souligné",
/// "selon", ":"), with its lemma.
#[pyclass(frozen, eq, hash, module = "guillemet", name = "Cue")]
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct PyCue {
    /// The text as written (exactly `doc.text[start:end]`).
    #[pyo3(get)]
    text: String,
    /// Code-point offset of the first character.
    #[pyo3(get)]
    start: usize,
    /// Code-point offset one past the last character.
    #[pyo3(get)]
    end: usize,
    /// The lemma of the cue ("déclarer", "selon", ":").
    #[pyo3(get)]
    lemma: String,
}

#[pymethods]
impl PyCue {
    #[new]
    fn new(text: String, start: usize, end: usize, lemma: String) -> Self {
        PyCue {
            text,
            start,
            end,
            lemma,
        }
    }

    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        let c = slf.get();
        let args = (c.text.clone(), c.start, c.end, c.lemma.clone()).into_pyobject(slf.py())?;
        Ok((slf.get_type().into_any(), args))
    }

    fn __repr__(&self) -> String {
        format!(
            "Cue({:?}, lemma={:?}, start={}, end={})",
            self.text, self.lemma, self.start, self.end
        )
    }

    fn __str__(&self) -> String {
        self.text.clone()
    }
}

/// A resolved speaker: its canonical name, kind, gender cue, mentions and
/// quotes.
#[pyclass(frozen, eq, module = "guillemet", name = "Speaker")]
#[derive(Clone, PartialEq, Eq)]
pub struct PySpeaker {
    /// Position in its document.
    #[pyo3(get)]
    index: usize,
    /// Canonical name: the fullest name the article gives.
    #[pyo3(get)]
    name: String,
    /// What it is (a lowercase name).
    #[pyo3(get)]
    kind: &'static str,
    /// Grammatical gender cue read from the text: masculine, feminine or unknown.
    #[pyo3(get)]
    gender: &'static str,
    /// How many mentions carry a gender cue (the evidence behind `gender`).
    #[pyo3(get)]
    gender_cues: u32,
    mentions: Vec<PyTextSpan>,
    quotes: Vec<usize>,
}

impl PySpeaker {
    /// Speaker (or person) `s` of `doc`, at position `index` of its list.
    pub(crate) fn build(doc: &Document<'_>, s: &crate::Speaker, index: usize) -> Self {
        PySpeaker {
            index,
            name: s.name.clone(),
            kind: s.kind.as_str(),
            gender: s.gender.as_str(),
            gender_cues: s.gender_cues,
            mentions: s
                .mentions
                .iter()
                .map(|m| PyTextSpan::build(doc, *m))
                .collect(),
            quotes: s.quotes.clone(),
        }
    }
}

#[pymethods]
impl PySpeaker {
    #[new]
    #[pyo3(signature = (index, name, kind, gender, mentions, quotes, gender_cues=0))]
    fn new(
        index: usize,
        name: String,
        kind: &str,
        gender: &str,
        mentions: Vec<PyRef<'_, PyTextSpan>>,
        quotes: Vec<usize>,
        gender_cues: u32,
    ) -> PyResult<Self> {
        let kind = match kind {
            "person" => "person",
            "organisation" => "organisation",
            "anonymous" => "anonymous",
            other => {
                return Err(pyo3::exceptions::PyValueError::new_err(format!(
                    "unknown speaker kind {other:?}"
                )))
            }
        };
        let gender = match gender {
            "masculine" => "masculine",
            "feminine" => "feminine",
            _ => "unknown",
        };
        Ok(PySpeaker {
            index,
            name,
            kind,
            gender,
            gender_cues,
            mentions: mentions.iter().map(|m| (**m).clone()).collect(),
            quotes,
        })
    }

    /// Every mention of the speaker in the text.
    #[getter]
    fn mentions(&self) -> Vec<PyTextSpan> {
        self.mentions.clone()
    }

    /// Indices of the speaker's quotes in `Document.quotes`.
    #[getter]
    fn quotes(&self) -> Vec<usize> {
        self.quotes.clone()
    }

    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        let s = slf.get();
        let py = slf.py();
        let mentions: Vec<Py<PyTextSpan>> = s
            .mentions
            .iter()
            .map(|m| Py::new(py, m.clone()))
            .collect::<PyResult<_>>()?;
        let args = (
            s.index,
            s.name.clone(),
            s.kind,
            s.gender,
            mentions,
            s.quotes.clone(),
            s.gender_cues,
        )
            .into_pyobject(py)?;
        Ok((slf.get_type().into_any(), args))
    }

    fn __repr__(&self) -> String {
        format!(
            "Speaker({:?}, kind={:?}, gender={:?}, quotes={})",
            self.name,
            self.kind,
            self.gender,
            self.quotes.len()
        )
    }
}

/// Where the text names a quote's speaker (`text`, `start`, `end`), and the
/// speaker it resolves to (`speaker`, and its canonical `name`). Mentions of
/// one speaker share one `Speaker` object.
#[pyclass(frozen, module = "guillemet", name = "Mention")]
pub struct PyMention {
    /// The text as written (exactly `doc.text[start:end]`).
    #[pyo3(get)]
    text: String,
    /// Code-point offset of the first character.
    #[pyo3(get)]
    start: usize,
    /// Code-point offset one past the last character.
    #[pyo3(get)]
    end: usize,
    speaker: Option<Py<PySpeaker>>,
}

#[pymethods]
impl PyMention {
    #[new]
    #[pyo3(signature = (text, start, end, speaker=None))]
    fn new(text: String, start: usize, end: usize, speaker: Option<Py<PySpeaker>>) -> Self {
        PyMention {
            text,
            start,
            end,
            speaker,
        }
    }

    /// The resolved speaker, or None when the mention stays unresolved.
    #[getter]
    fn speaker(&self, py: Python<'_>) -> Option<Py<PySpeaker>> {
        self.speaker.as_ref().map(|s| s.clone_ref(py))
    }

    /// The resolved speaker's canonical name ("Vladimir Poutine" for "il").
    #[getter]
    fn name(&self, py: Python<'_>) -> Option<String> {
        self.speaker.as_ref().map(|s| s.bind(py).get().name.clone())
    }

    fn __eq__(&self, py: Python<'_>, other: &Bound<'_, PyAny>) -> bool {
        let Ok(other) = other.cast::<PyMention>() else {
            return false;
        };
        let o = other.get();
        let same_speaker = match (&self.speaker, &o.speaker) {
            (None, None) => true,
            (Some(a), Some(b)) => a.bind(py).get() == b.bind(py).get(),
            _ => false,
        };
        self.text == o.text && self.start == o.start && self.end == o.end && same_speaker
    }

    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        let m = slf.get();
        let py = slf.py();
        let speaker = m.speaker.as_ref().map(|s| s.clone_ref(py));
        let args = (m.text.clone(), m.start, m.end, speaker).into_pyobject(py)?;
        Ok((slf.get_type().into_any(), args))
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        format!(
            "Mention({:?}, name={}, start={}, end={})",
            self.text,
            py_repr(self.name(py).as_deref()),
            self.start,
            self.end
        )
    }

    fn __str__(&self) -> String {
        self.text.clone()
    }
}

/// One piece of reported speech: `kind` (direct, indirect, mixed), its
/// content (`text`, `start`, `end`, and its `tokens`), the `sentences` it
/// covers, its `cue`, its `speaker` mention, the relaying outlet `via`, and
/// the `rule` (the construction that produced it: "verb-que", "incise",
/// "selon"…). It pickles with its document.
#[pyclass(frozen, module = "guillemet", name = "Quote")]
pub struct PyQuote {
    /// Position in its document.
    #[pyo3(get)]
    index: usize,
    /// What it is (a lowercase name).
    #[pyo3(get)]
    kind: &'static str,
    /// The text as written (exactly `doc.text[start:end]`).
    #[pyo3(get)]
    text: String,
    /// Code-point offset of the first character.
    #[pyo3(get)]
    start: usize,
    /// Code-point offset one past the last character.
    #[pyo3(get)]
    end: usize,
    sentence_start: usize,
    sentence_end: usize,
    /// The reporting verb group or marker, or None.
    #[pyo3(get)]
    cue: Option<PyCue>,
    speaker: Option<Py<PyMention>>,
    /// The outlet relaying the words, when it is not the speaker.
    #[pyo3(get)]
    via: Option<PyTextSpan>,
    /// The construction that produced the quote ("verb-que", "incise",
    /// "selon", "headline-colon", "fragment", "dialogue-turn"…).
    #[pyo3(get)]
    rule: &'static str,
    token_start: usize,
    token_end: usize,
    link: DocRef,
}

impl PyQuote {
    /// Quote `index` of `doc`; `speakers` are the document's shared Speaker
    /// objects, which its mention refers to.
    pub(crate) fn build(
        py: Python<'_>,
        link: DocRef,
        index: usize,
        speakers: &[Py<PySpeaker>],
    ) -> PyResult<Self> {
        let doc = &*link.doc;
        let q = &doc.quotes()[index];
        let tokens = doc.tokens_in(q.span);
        let speaker = match &q.speaker {
            Some(m) => Some(Py::new(
                py,
                PyMention {
                    text: doc.slice(m.span).to_owned(),
                    start: doc.char_offset(m.span.start),
                    end: doc.char_offset(m.span.end),
                    speaker: m.speaker.map(|i| speakers[i].clone_ref(py)),
                },
            )?),
            None => None,
        };
        Ok(PyQuote {
            index,
            kind: q.kind.as_str(),
            text: doc.slice(q.span).to_owned(),
            start: doc.char_offset(q.span.start),
            end: doc.char_offset(q.span.end),
            sentence_start: q.sentences.start,
            sentence_end: q.sentences.end,
            cue: q.cue.as_ref().map(|c| PyCue {
                text: doc.slice(c.span).to_owned(),
                start: doc.char_offset(c.span.start),
                end: doc.char_offset(c.span.end),
                lemma: c.lemma.to_string(),
            }),
            speaker,
            via: q.via.map(|v| PyTextSpan::build(doc, v)),
            rule: q.rule.as_str(),
            token_start: tokens.start,
            token_end: tokens.end,
            link,
        })
    }
}

#[pymethods]
impl PyQuote {
    /// The tokens of its content, as a `Span` (iterate or index it for
    /// `Token`s).
    #[getter]
    fn tokens(&self, py: Python<'_>) -> PySpan {
        PySpan::new(self.link.clone_ref(py), self.token_start, self.token_end)
    }

    /// The speaker mention, or None when unattributed.
    #[getter]
    fn speaker(&self, py: Python<'_>) -> Option<Py<PyMention>> {
        self.speaker.as_ref().map(|m| m.clone_ref(py))
    }

    /// The sentence indices the quote covers, as a `range`.
    #[getter]
    fn sentences<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        index_range(py, self.sentence_start, self.sentence_end)
    }

    /// The resolved speaker's canonical name, or None.
    #[getter]
    fn speaker_name(&self, py: Python<'_>) -> Option<String> {
        self.speaker
            .as_ref()
            .and_then(|m| m.bind(py).get().name(py))
    }

    fn __eq__(&self, py: Python<'_>, other: &Bound<'_, PyAny>) -> PyResult<bool> {
        let Ok(other) = other.cast::<PyQuote>() else {
            return Ok(false);
        };
        let o = other.get();
        let same_speaker = match (&self.speaker, &o.speaker) {
            (None, None) => true,
            (Some(a), Some(b)) => a.bind(py).eq(b.bind(py))?,
            _ => false,
        };
        Ok(self.index == o.index
            && self.kind == o.kind
            && self.text == o.text
            && (self.start, self.end) == (o.start, o.end)
            && (self.sentence_start, self.sentence_end) == (o.sentence_start, o.sentence_end)
            && self.cue == o.cue
            && self.via == o.via
            && self.rule == o.rule
            && same_speaker)
    }

    /// Pickles as quote `index` of its document.
    fn __reduce__<'py>(
        &self,
        py: Python<'py>,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        reduce_part(py, &self.link, "quotes", self.index)
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        let preview: String = self.text.chars().take(50).collect();
        format!(
            "Quote({}, {:?}, speaker={}, rule={}, start={}, end={})",
            self.kind,
            preview,
            py_repr(self.speaker_name(py).as_deref()),
            self.rule,
            self.start,
            self.end
        )
    }

    fn __str__(&self) -> String {
        self.text.clone()
    }
}
