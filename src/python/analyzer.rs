//! `Analyzer`: the configurable analyzer, holding its lexicon additions.

use super::args::{json_text, size_option, word_list};
use super::document::PyDocument;
use super::{extract_text, guard, interrupt, to_py};
use crate::{Analyzer, AnalyzerConfig};
use pyo3::prelude::*;
use pyo3::types::{PyList, PyString, PyTuple};
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

/// A reusable, configurable French news analyzer.
#[pyclass(frozen, module = "guillemet", name = "Analyzer")]
pub struct PyAnalyzer {
    pub(crate) inner: Analyzer,
}

#[pymethods]
impl PyAnalyzer {
    #[new]
    #[pyo3(
        signature = (*, abbreviations=None, add_stopwords=None, remove_stopwords=None, speech_verbs=None, max_document_bytes=None, max_quote_depth=None, join_times=false),
        text_signature = "(*, abbreviations=None, add_stopwords=None, remove_stopwords=None, speech_verbs=None, max_document_bytes=104857600, max_quote_depth=32, join_times=False)"
    )]
    fn new(
        abbreviations: Option<&Bound<'_, PyAny>>,
        add_stopwords: Option<&Bound<'_, PyAny>>,
        remove_stopwords: Option<&Bound<'_, PyAny>>,
        speech_verbs: Option<&Bound<'_, PyAny>>,
        max_document_bytes: Option<&Bound<'_, PyAny>>,
        max_quote_depth: Option<&Bound<'_, PyAny>>,
        join_times: bool,
    ) -> PyResult<Self> {
        // Offsets are 32-bit: the documented cap.
        let max_document_bytes = size_option(
            "max_document_bytes",
            max_document_bytes,
            crate::DEFAULT_MAX_DOCUMENT_BYTES,
            u32::MAX as usize,
            "a size in bytes up to 4294967295 (4 GiB - 1)",
        )?;
        let max_quote_depth = size_option(
            "max_quote_depth",
            max_quote_depth,
            crate::DEFAULT_MAX_QUOTE_DEPTH,
            usize::MAX,
            "a depth of 0 or more",
        )?;
        let config = AnalyzerConfig {
            abbreviations: word_list("abbreviations", abbreviations)?,
            add_stopwords: word_list("add_stopwords", add_stopwords)?,
            remove_stopwords: word_list("remove_stopwords", remove_stopwords)?,
            speech_verbs: word_list("speech_verbs", speech_verbs)?,
            max_document_bytes,
            max_quote_depth,
            join_times,
        };
        Ok(PyAnalyzer {
            inner: Analyzer::with_config(config),
        })
    }

    /// Analyses one text (str, or UTF-8 bytes) and returns its `Document`.
    /// Ctrl-C interrupts a long analysis (`KeyboardInterrupt`).
    fn analyze(&self, py: Python<'_>, text: &Bound<'_, PyAny>) -> PyResult<PyDocument> {
        let text = extract_text(text, "analyze()")?;
        let analyzer = &self.inner;
        let (interrupt, raised) = interrupt::signal_poll(py, text.len())?;
        let doc = py.detach(|| {
            guard(|| {
                analyzer
                    .analyze_owned_with(text, interrupt)
                    .map_err(|e| interrupt::to_py(e, &raised))
            })
        })?;
        Ok(PyDocument::new(doc))
    }

    /// Tokenises one text: a `Document` with tokens only (no sentences or
    /// quotes).
    fn tokenize(&self, py: Python<'_>, text: &Bound<'_, PyAny>) -> PyResult<PyDocument> {
        let text = extract_text(text, "tokenize()")?;
        let analyzer = &self.inner;
        let doc = py.detach(|| guard(|| analyzer.tokenize_owned(text).map_err(to_py)))?;
        Ok(PyDocument::new(doc))
    }

    /// Analyses one batch in parallel with the GIL released. Returns one
    /// item per text, in order: a `Document`, or (with `store_errors`) the
    /// exception raised for that text.
    #[pyo3(signature = (texts, n_threads=None, store_errors=false))]
    fn _analyze_batch<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyList>,
        n_threads: Option<usize>,
        store_errors: bool,
    ) -> PyResult<Vec<Py<PyAny>>> {
        // Copy the inputs out of Python objects first (with the GIL).
        let mut inputs: Vec<Result<String, PyErr>> = Vec::with_capacity(texts.len());
        for (i, item) in texts.iter().enumerate() {
            let text = extract_text(&item, "analyze_many()").map_err(|e| annotate(py, e, i));
            if let Err(e) = text {
                if !store_errors {
                    return Err(e);
                }
                inputs.push(Err(e));
            } else {
                inputs.push(text);
            }
        }
        let analyzer = &self.inner;
        let pool = pool(n_threads).map_err(to_py)?;
        // The core runs without the GIL, on the rayon pool.
        let owned: Vec<Option<String>> = inputs
            .iter_mut()
            .map(|r| r.as_mut().ok().map(std::mem::take))
            .collect();
        let results = interrupt::run_batch(py, &pool, analyzer, owned)?;
        let mut out = Vec::with_capacity(results.len());
        for (i, (result, input)) in results.into_iter().zip(inputs).enumerate() {
            match (result, input) {
                (Some(Ok(doc)), _) => out.push(Py::new(py, PyDocument::new(doc))?.into_any()),
                (Some(Err(e)), _) => {
                    let err = annotate(py, to_py(e), i);
                    if !store_errors {
                        return Err(err);
                    }
                    out.push(err.into_value(py).into_any());
                }
                (None, Err(e)) => out.push(e.into_value(py).into_any()),
                (None, Ok(_)) => unreachable!("a text without result"),
            }
        }
        Ok(out)
    }

    /// The configuration as a JSON string (what `Analyzer.from_config` reads).
    fn config_json(&self) -> String {
        serde_json::to_string(self.inner.config()).expect("config serialises")
    }

    /// An analyzer from the JSON string `config_json` wrote (or a config file).
    #[staticmethod]
    fn from_config_json(json: &Bound<'_, PyString>) -> PyResult<Self> {
        let json = json_text(json)?;
        let config: AnalyzerConfig = serde_json::from_str(&json)
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

/// Adds the position of the failing text to an error (as `.index`).
fn annotate(py: Python<'_>, err: PyErr, index: usize) -> PyErr {
    let _ = err.value(py).setattr("index", index);
    err
}

/// The rayon pools of this process, by size, and the process they belong to.
struct Pools {
    pid: u32,
    by_size: HashMap<usize, Arc<rayon::ThreadPool>>,
}

/// A rayon pool of `n` threads (as many as the global pool when `None`),
/// built once per size and reused.
///
/// A child made by `fork` inherits the pools but not their threads: a job
/// sent to them would wait forever. So the pools remember the process that
/// built them, and a child builds its own. The parent's pools are leaked in
/// the child, not dropped: dropping would signal threads that are not there,
/// through locks a parent thread may have held at the fork.
fn pool(n: Option<usize>) -> crate::Result<Arc<rayon::ThreadPool>> {
    static POOLS: OnceLock<Mutex<Pools>> = OnceLock::new();
    let n = n.unwrap_or_else(rayon::current_num_threads);
    if n == 0 {
        return Err(crate::Error::invalid_option(
            "n_threads",
            "0",
            &["None", "a positive integer"],
        ));
    }
    let pid = std::process::id();
    let mut pools = POOLS
        .get_or_init(|| {
            Mutex::new(Pools {
                pid,
                by_size: HashMap::new(),
            })
        })
        .lock()
        .unwrap_or_else(|p| p.into_inner());
    if pools.pid != pid {
        for (_, inherited) in pools.by_size.drain() {
            std::mem::forget(inherited);
        }
        pools.pid = pid;
    }
    if let Some(p) = pools.by_size.get(&n) {
        return Ok(p.clone());
    }
    let p = rayon::ThreadPoolBuilder::new()
        .num_threads(n)
        .build()
        .map_err(|e| crate::Error::Internal(e.to_string()))?;
    let p = Arc::new(p);
    pools.by_size.insert(n, p.clone());
    Ok(p)
}
