"""The exceptions guillemet raises. All derive from :class:`GuillemetError`;
the input and option errors are also ``ValueError``\\ s.

They are defined by the compiled module (which raises them) and re-exported
here.
"""

from __future__ import annotations

from guillemet._native import (
    DocumentTooLargeError,
    GuillemetError,
    InputError,
    InternalError,
    OptionError,
    SerializationError,
)

__all__ = [
    "GuillemetError",
    "InputError",
    "DocumentTooLargeError",
    "OptionError",
    "SerializationError",
    "InternalError",
]
