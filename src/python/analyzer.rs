//! `Analyzer`: the configurable analyzer, holding its lexicon additions.

use super::document::PyDocument;
use super::{extract_text, guard, to_py};
use crate::{Analyzer, AnalyzerConfig};
use pyo3::prelude::*;
use pyo3::types::PyTuple;

/// A reusable, configurable French news analyzer.
#[pyclass(frozen, module = "guillemet", name = "Analyzer")]
pub struct PyAnalyzer {
    pub(crate) inner: Analyzer,
}

#[pymethods]
impl PyAnalyzer {
    #[new]
    #[pyo3(signature = (*, abbreviations=None, add_stopwords=None, remove_stopwords=None, speech_verbs=None, max_document_bytes=crate::DEFAULT_MAX_DOCUMENT_BYTES, max_quote_depth=crate::DEFAULT_MAX_QUOTE_DEPTH))]
    fn new(
        abbreviations: Option<Vec<String>>,
        add_stopwords: Option<Vec<String>>,
        remove_stopwords: Option<Vec<String>>,
        speech_verbs: Option<Vec<String>>,
        max_document_bytes: usize,
        max_quote_depth: usize,
    ) -> Self {
        let config = AnalyzerConfig {
            abbreviations: abbreviations.unwrap_or_default(),
            add_stopwords: add_stopwords.unwrap_or_default(),
            remove_stopwords: remove_stopwords.unwrap_or_default(),
            speech_verbs: speech_verbs.unwrap_or_default(),
            max_document_bytes,
            max_quote_depth,
        };
        PyAnalyzer {
            inner: Analyzer::with_config(config),
        }
    }

    /// Analyses one text (str, or UTF-8 bytes) and returns its `Document`.
    fn analyze(&self, py: Python<'_>, text: &Bound<'_, PyAny>) -> PyResult<PyDocument> {
        let text = extract_text(text, "analyze()")?;
        let analyzer = &self.inner;
        let doc = py.detach(|| guard(|| analyzer.analyze_owned(text).map_err(to_py)))?;
        Ok(PyDocument::new(doc))
    }

    /// Tokenises one text: a `Document` with tokens only (no sentences or
    /// quotes).
    fn tokenize(&self, py: Python<'_>, text: &Bound<'_, PyAny>) -> PyResult<PyDocument> {
        let text = extract_text(text, "tokenize()")?;
        let analyzer = &self.inner;
        let doc = py.detach(|| {
            guard(|| {
                analyzer
                    .tokenize(&text)
                    .map(crate::Document::into_owned)
                    .map_err(to_py)
            })
        })?;
        Ok(PyDocument::new(doc))
    }

    /// The configuration as a JSON string (what `Analyzer.from_config` reads).
    fn config_json(&self) -> String {
        serde_json::to_string(self.inner.config()).expect("config serialises")
    }

    /// An analyzer from the JSON string `config_json` wrote (or a config file).
    #[staticmethod]
    fn from_config_json(json: &str) -> PyResult<Self> {
        let config: AnalyzerConfig = serde_json::from_str(json)
            .map_err(|e| to_py(crate::Error::Deserialize(e.to_string())))?;
        Ok(PyAnalyzer {
            inner: Analyzer::with_config(config),
        })
    }

    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        let json = slf.get().config_json();
        Ok((
            slf.get_type().getattr("from_config_json")?,
            PyTuple::new(slf.py(), [json])?,
        ))
    }

    fn __repr__(&self) -> String {
        format!("Analyzer({})", self.config_json())
    }
}
