//! Maps [`crate::Error`] and caught panics to the exception classes of
//! `guillemet.errors` (defined in Python so that `InputError` can derive from
//! both `GuillemetError` and `ValueError`).

use crate::Error;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::PyModule;
use std::panic::{catch_unwind, AssertUnwindSafe};

fn errors_module(py: Python<'_>) -> PyResult<&Bound<'_, PyModule>> {
    static MODULE: PyOnceLock<Py<PyModule>> = PyOnceLock::new();
    MODULE
        .get_or_try_init(py, || py.import("guillemet.errors").map(Bound::unbind))
        .map(|m| m.bind(py))
}

/// A `guillemet.errors.<class_name>` exception with `message`, and extra
/// attributes set on it (such as `position`).
pub(crate) fn raise(class_name: &str, message: String, attrs: &[(&str, usize)]) -> PyErr {
    Python::attach(|py| {
        let build = || -> PyResult<PyErr> {
            let class = errors_module(py)?.getattr(class_name)?;
            let exc = class.call1((message.clone(),))?;
            for (name, value) in attrs {
                exc.setattr(*name, *value)?;
            }
            Ok(PyErr::from_value(exc))
        };
        build().unwrap_or_else(|e| e)
    })
}

/// The Python exception for a core error.
pub(crate) fn to_py(err: Error) -> PyErr {
    let message = err.to_string();
    match err {
        Error::InvalidUtf8 { position } => raise("InputError", message, &[("position", position)]),
        Error::LoneSurrogate { position } => {
            raise("InputError", message, &[("position", position)])
        }
        Error::DocumentTooLarge { size, limit } => raise(
            "DocumentTooLargeError",
            message,
            &[("size", size), ("limit", limit)],
        ),
        Error::InvalidOption { .. } => raise("OptionError", message, &[]),
        Error::Deserialize(_) => raise("SerializationError", message, &[]),
        Error::Internal(_) => raise("InternalError", message, &[]),
    }
}

/// Runs `f`, turning a Rust panic into `guillemet.errors.InternalError`
/// so that no panic crosses into Python.
pub(crate) fn guard<T>(f: impl FnOnce() -> PyResult<T>) -> PyResult<T> {
    catch_unwind(AssertUnwindSafe(f)).unwrap_or_else(|panic| {
        let message = panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "panic".to_string());
        Err(to_py(Error::Internal(message)))
    })
}
