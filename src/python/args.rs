//! Arguments that Python cannot hand over as they are: strings with a lone
//! surrogate and dicts that are not JSON. Each becomes a typed error of the
//! package (`OptionError`, `SerializationError`), never a bare
//! `UnicodeEncodeError`, `TypeError` or `RecursionError`.

use super::to_py;
use crate::Error;
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyFloat, PyInt, PyList, PyString, PyTuple};

/// Depth past which a dict is not read: the JSON reader's own limit.
const MAX_DEPTH: usize = 128;

/// The code-point position of the first lone surrogate of `s`, if any.
fn surrogate_at(s: &Bound<'_, PyString>) -> Option<usize> {
    s.to_str().err().map(|err| {
        err.value(s.py())
            .getattr("start")
            .and_then(|p| p.extract::<usize>())
            .unwrap_or(0)
    })
}

/// The words of a list option (`abbreviations=…`): `None` is none; a word
/// with a lone surrogate is an `OptionError`; anything but an iterable of
/// `str` is a `TypeError`.
pub(crate) fn word_list(option: &str, value: Option<&Bound<'_, PyAny>>) -> PyResult<Vec<String>> {
    let Some(value) = value.filter(|v| !v.is_none()) else {
        return Ok(Vec::new());
    };
    if value.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(format!(
            "{option} expects a list of str, got a str"
        )));
    }
    let mut words = Vec::new();
    for (i, item) in value.try_iter()?.enumerate() {
        let item = item?;
        let word = item.cast::<PyString>().map_err(|_| {
            PyTypeError::new_err(format!(
                "{option}[{i}] must be a str, got {}",
                item.get_type()
                    .name()
                    .map_or_else(|_| "?".to_string(), |n| n.to_string())
            ))
        })?;
        match word.to_str() {
            Ok(w) => words.push(w.to_owned()),
            Err(_) => {
                let at = surrogate_at(word).unwrap_or(0);
                return Err(to_py(Error::invalid_option(
                    &format!("{option}[{i}]"),
                    &format!("a str with a lone surrogate at {at}"),
                    &["text that can be written in UTF-8"],
                )));
            }
        }
    }
    Ok(words)
}

/// A size option (`max_document_bytes=…`): `None` is `default`; an int
/// below 0 or above `max` is an `OptionError` (not an `OverflowError`);
/// anything but an int is a `TypeError`.
pub(crate) fn size_option(
    option: &str,
    value: Option<&Bound<'_, PyAny>>,
    default: usize,
    max: usize,
    allowed: &str,
) -> PyResult<usize> {
    let Some(value) = value.filter(|v| !v.is_none()) else {
        return Ok(default);
    };
    let int = value.cast::<PyInt>().map_err(|_| {
        PyTypeError::new_err(format!(
            "{option} expects an int, got {}",
            value
                .get_type()
                .name()
                .map_or_else(|_| "?".to_string(), |n| n.to_string())
        ))
    })?;
    match int.extract::<usize>() {
        Ok(size) if size <= max => Ok(size),
        _ => Err(to_py(Error::invalid_option(
            option,
            &int.to_string(),
            &[allowed],
        ))),
    }
}

/// The text of a serialised form (`from_json`): a lone surrogate is a
/// `SerializationError`.
pub(crate) fn json_text(json: &Bound<'_, PyString>) -> PyResult<String> {
    match json.to_str() {
        Ok(s) => Ok(s.to_owned()),
        Err(_) => Err(to_py(Error::Deserialize(format!(
            "document: a lone surrogate at character {}",
            surrogate_at(json).unwrap_or(0)
        )))),
    }
}

/// The path (`tokens[3].stem`) of the first value in `data` that JSON
/// cannot hold: not a dict, list, tuple, str, int, finite float, bool or
/// None, a key that is not a str, or nesting deeper than the reader takes.
/// Read without recursion.
pub(crate) fn non_json_path(data: &Bound<'_, PyAny>) -> Option<(String, String)> {
    let mut stack = vec![(String::from("document"), data.clone(), 0usize)];
    while let Some((path, value, depth)) = stack.pop() {
        if depth > MAX_DEPTH {
            return Some((path, format!("nested over {MAX_DEPTH} levels")));
        }
        if value.is_none()
            || value.is_instance_of::<PyString>()
            || value.is_instance_of::<PyBool>()
            || value.is_instance_of::<PyInt>()
        {
            continue;
        }
        if let Ok(f) = value.cast::<PyFloat>() {
            if f.value().is_finite() {
                continue;
            }
            return Some((path, "not a finite number".into()));
        }
        let child = |key: String| {
            if path == "document" {
                key
            } else {
                format!("{path}.{key}")
            }
        };
        if let Ok(dict) = value.cast::<PyDict>() {
            let items: Vec<_> = dict.iter().collect();
            for (key, item) in items.into_iter().rev() {
                match key.cast::<PyString>() {
                    Ok(k) => stack.push((child(k.to_string_lossy().into_owned()), item, depth + 1)),
                    Err(_) => return Some((path, format!("a key is not a str: {key}"))),
                }
            }
            continue;
        }
        let items: Option<Vec<Bound<'_, PyAny>>> = if let Ok(list) = value.cast::<PyList>() {
            Some(list.iter().collect())
        } else {
            value.cast::<PyTuple>().ok().map(|t| t.iter().collect())
        };
        match items {
            Some(items) => {
                for (i, item) in items.into_iter().enumerate().rev() {
                    stack.push((format!("{path}[{i}]"), item, depth + 1));
                }
            }
            None => {
                let type_name = value
                    .get_type()
                    .name()
                    .map_or_else(|_| "?".to_string(), |n| n.to_string());
                return Some((path, format!("a {type_name} is not JSON")));
            }
        }
    }
    None
}

/// The JSON text of the dict `data` (`from_dict`): what JSON cannot hold
/// (found by [`non_json_path`] once `json.dumps` has failed) is a
/// `SerializationError` naming its path.
pub(crate) fn dict_json(py: Python<'_>, data: &Bound<'_, PyAny>) -> PyResult<String> {
    let kwargs = PyDict::new(py);
    kwargs.set_item("allow_nan", false)?;
    let dumped = py
        .import("json")?
        .getattr("dumps")?
        .call((data,), Some(&kwargs));
    match dumped {
        Ok(json) => json.extract(),
        Err(err) => {
            let message = match non_json_path(data) {
                Some((path, what)) => format!("{path}: {what}"),
                None => format!("document: {err}"),
            };
            Err(to_py(Error::Deserialize(message)))
        }
    }
}
