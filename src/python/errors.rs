//! The exception classes of guillemet, made here (the Python package
//! re-exports them from `guillemet.errors`), and the mapping of
//! [`crate::Error`] and caught panics to them.
//!
//! They are built with Python's `type()` because `InputError` derives from
//! both `GuillemetError` and `ValueError`, which `create_exception!` cannot
//! express. The native module never imports the Python package.

use crate::Error;
use pyo3::exceptions::{PyException, PyRuntimeError, PyValueError};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyTuple, PyType};
use std::panic::{catch_unwind, AssertUnwindSafe};

/// The exception classes, in the order they are built (each base first):
/// name, base names ("Exception", "ValueError", "RuntimeError" or an
/// earlier class), docstring.
const CLASSES: [(&str, &[&str], &str); 6] = [
    (
        "GuillemetError",
        &["Exception"],
        "Base class of every error raised by guillemet.",
    ),
    (
        "InputError",
        &["GuillemetError", "ValueError"],
        "The input text cannot be analysed: invalid UTF-8 bytes or a lone \
         surrogate. ``position`` is the byte (bytes input) or character (str \
         input) position of the problem.",
    ),
    (
        "DocumentTooLargeError",
        &["InputError"],
        "The document is larger than the analyzer's ``max_document_bytes``, \
         or its analysis would take more than ``MEMORY_FACTOR`` times its \
         size plus ``MEMORY_ALLOWANCE`` bytes (a text of several megabytes \
         made only of very short lines or quotes); then ``needed`` is that \
         memory and ``limit`` the size analysed at its density. ``size``, \
         ``limit`` and ``needed`` are in bytes.",
    ),
    (
        "OptionError",
        &["GuillemetError", "ValueError"],
        "An option has a value outside its allowed set; the message lists them.",
    ),
    (
        "SerializationError",
        &["GuillemetError", "ValueError"],
        "A serialised document or configuration could not be read.",
    ),
    (
        "InternalError",
        &["GuillemetError", "RuntimeError"],
        "A bug inside guillemet (a caught Rust panic). Please report it with \
         the input that caused it.",
    ),
];

/// The exception classes, built once per interpreter.
fn classes(py: Python<'_>) -> PyResult<&Vec<Py<PyType>>> {
    static BUILT: PyOnceLock<Vec<Py<PyType>>> = PyOnceLock::new();
    BUILT.get_or_try_init(py, || {
        let type_ = py.get_type::<PyType>();
        let mut built: Vec<Py<PyType>> = Vec::with_capacity(CLASSES.len());
        for (name, bases, doc) in CLASSES {
            let bases = bases
                .iter()
                .map(|base| match *base {
                    "Exception" => Ok(py.get_type::<PyException>()),
                    "ValueError" => Ok(py.get_type::<PyValueError>()),
                    "RuntimeError" => Ok(py.get_type::<PyRuntimeError>()),
                    earlier => CLASSES
                        .iter()
                        .position(|c| c.0 == earlier)
                        .map(|i| built[i].bind(py).clone())
                        .ok_or_else(|| PyRuntimeError::new_err(format!("no class {earlier}"))),
                })
                .collect::<PyResult<Vec<_>>>()?;
            let namespace = PyDict::new(py);
            namespace.set_item("__doc__", doc)?;
            namespace.set_item("__module__", "guillemet")?;
            let class = type_.call1((name, PyTuple::new(py, bases)?, namespace))?;
            built.push(class.cast_into::<PyType>()?.unbind());
        }
        Ok(built)
    })
}

/// Adds the exception classes to the module.
pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    for (class, (name, _, _)) in classes(m.py())?.iter().zip(CLASSES) {
        m.add(name, class.bind(m.py()))?;
    }
    Ok(())
}

/// A `<class_name>` exception with `message`, and extra attributes set on
/// it (such as `position`).
pub(crate) fn raise(class_name: &str, message: String, attrs: &[(&str, usize)]) -> PyErr {
    Python::attach(|py| {
        let build = || -> PyResult<PyErr> {
            let index = CLASSES
                .iter()
                .position(|c| c.0 == class_name)
                .ok_or_else(|| PyRuntimeError::new_err(format!("no class {class_name}")))?;
            let exc = classes(py)?[index].bind(py).call1((message.clone(),))?;
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
        Error::TooDense {
            size,
            needed,
            limit,
        } => raise(
            "DocumentTooLargeError",
            message,
            &[("size", size), ("limit", limit), ("needed", needed)],
        ),
        // Only a batch's cancellation ends so without an exception of its
        // own to raise (see `interrupt`).
        Error::Interrupted => pyo3::exceptions::PyKeyboardInterrupt::new_err(message),
        Error::InvalidOption { .. } => raise("OptionError", message, &[]),
        Error::Deserialize(_) => raise("SerializationError", message, &[]),
        Error::Internal(_) => raise("InternalError", message, &[]),
    }
}

/// Runs `f`, turning a Rust panic into `InternalError` so that no panic
/// crosses into Python.
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
