"""The exceptions guillemet raises. All derive from :class:`GuillemetError`."""

from __future__ import annotations

__all__ = [
    "GuillemetError",
    "InputError",
    "DocumentTooLargeError",
    "OptionError",
    "SerializationError",
    "InternalError",
]


class GuillemetError(Exception):
    """Base class of every error raised by guillemet."""


class InputError(GuillemetError, ValueError):
    """The input text cannot be analysed: invalid UTF-8 bytes or a lone
    surrogate. ``position`` is the byte (bytes input) or character (str input)
    position of the problem."""

    position: int


class DocumentTooLargeError(InputError):
    """The document is larger than the analyzer's ``max_document_bytes``.
    ``size`` and ``limit`` are in bytes."""

    size: int
    limit: int


class OptionError(GuillemetError, ValueError):
    """An option has a value outside its allowed set; the message lists them."""


class SerializationError(GuillemetError, ValueError):
    """A serialised document or configuration could not be read."""


class InternalError(GuillemetError, RuntimeError):
    """A bug inside guillemet (a caught Rust panic). Please report it with the
    input that caused it."""
