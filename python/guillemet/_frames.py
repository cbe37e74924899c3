"""Optional DataFrame libraries, imported on demand with a clear message."""

from __future__ import annotations

import importlib
from typing import Any


def _require(module: str, why: str) -> Any:
    """Imports `module`, or raises an ImportError saying why it is needed."""
    try:
        return importlib.import_module(module)
    except ImportError as e:  # pragma: no cover - exercised in a bare venv
        raise ImportError(why) from e


def require_pandas() -> Any:
    """The pandas module, or an ImportError saying how to install it."""
    return _require(
        "pandas",
        "this function returns a pandas DataFrame: install pandas with "
        "`pip install 'guillemet[pandas]'` (or pass as_frame=False for plain dicts)",
    )


def require_polars() -> Any:
    """The polars module, or an ImportError saying how to install it."""
    return _require(
        "polars",
        "this function returns a polars DataFrame: install polars with "
        "`pip install 'guillemet[polars]'`",
    )


def require_scipy_sparse() -> Any:
    """scipy.sparse, or an ImportError saying how to install it."""
    return _require(
        "scipy.sparse",
        "doc_term_matrix returns a scipy.sparse matrix: install scipy with "
        "`pip install 'guillemet[sklearn]'` (or use doc_term_matrix_parts)",
    )


def as_frame(columns: dict[str, list[Any]], as_frame: bool) -> Any:
    """A pandas DataFrame of the columns, or the columns as a list of row
    dicts when `as_frame` is false."""
    if not as_frame:
        names = list(columns)
        return [dict(zip(names, row, strict=False)) for row in zip(*columns.values(), strict=False)]
    return require_pandas().DataFrame(columns)
