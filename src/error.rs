//! The one error type of the crate.

use thiserror::Error;

/// Everything that can go wrong in guillemet.
///
/// Each variant maps to one Python exception class (see the `python` module):
/// all of them derive from `guillemet.GuillemetError`.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub enum Error {
    /// Input bytes are not valid UTF-8; `position` is the byte offset of the
    /// first invalid byte.
    #[error("input is not valid UTF-8: invalid byte at position {position}")]
    InvalidUtf8 {
        /// Byte offset of the first invalid byte.
        position: usize,
    },
    /// Input text contains a lone UTF-16 surrogate (possible in Python `str`),
    /// at this character position.
    #[error("input contains a lone surrogate at character position {position}")]
    LoneSurrogate {
        /// Code-point offset of the surrogate.
        position: usize,
    },
    /// The document is larger than the analyzer's `max_document_bytes`.
    #[error("document is {size} bytes, above the limit of {limit} bytes (raise max_document_bytes to analyse it)")]
    DocumentTooLarge {
        /// Size of the rejected document in bytes.
        size: usize,
        /// The configured limit.
        limit: usize,
    },
    /// The document would take more memory to analyse than
    /// [`crate::MEMORY_FACTOR`] times its size plus
    /// [`crate::MEMORY_ALLOWANCE`]: it is several megabytes made almost only of
    /// very short lines, sentences or quotes. Documents of its density are
    /// analysed up to `limit` bytes.
    #[error("document is {size} bytes of very short lines, sentences or quotes: its analysis would take about {needed} bytes, over 30 times its size plus 64 MiB; at this density documents are analysed up to {limit} bytes (split it)")]
    TooDense {
        /// Size of the rejected document in bytes.
        size: usize,
        /// The memory its analysis may take, in bytes.
        needed: usize,
        /// The largest size analysed at this density, in bytes.
        limit: usize,
    },
    /// The analysis was interrupted before its end (its interruption flag
    /// was set; in Python, a signal such as Ctrl-C).
    #[error("analysis interrupted")]
    Interrupted,
    /// An option has a value outside its allowed set.
    #[error("invalid value {value:?} for option `{option}`: expected one of {allowed}")]
    InvalidOption {
        /// Name of the option.
        option: String,
        /// The rejected value.
        value: String,
        /// The allowed values, comma separated.
        allowed: String,
    },
    /// A serialised document or configuration could not be read.
    #[error("invalid serialised data: {0}")]
    Deserialize(String),
    /// A bug: an internal invariant failed (a caught panic). Please report it.
    #[error("internal error (please report it): {0}")]
    Internal(String),
}

/// Shorthand for `Result<T, guillemet::Error>`.
pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    /// An [`Error::InvalidOption`] for `option`, with its allowed values.
    pub fn invalid_option(option: &str, value: &str, allowed: &[&str]) -> Self {
        Error::InvalidOption {
            option: option.to_string(),
            value: value.to_string(),
            allowed: allowed.join(", "),
        }
    }
}
