"""The methods of the compiled classes that are written in Python.

The compiled module ``guillemet._native`` never imports this package: this
package wraps it, and gives ``Document`` and ``Analyzer`` their tables,
HTML view, term counts and batch analysis here, when it loads. Each method
shows its real signature in ``help()`` and notebooks.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Iterable
from typing import Any, Literal

from guillemet import _native
from guillemet.batch import Failure, analyze_many
from guillemet.html import render
from guillemet.tables import to_pandas, to_polars
from guillemet.terms import document_term_frequencies


def _as_method(cls: type, name: str, function: Callable[..., Any]) -> None:
    """Adds ``function`` to ``cls`` as method ``name``; its first parameter
    (the document) is shown as ``self``."""

    @functools.wraps(function)
    def method(self: Any, /, *args: Any, **kwargs: Any) -> Any:
        return function(self, *args, **kwargs)

    signature = inspect.signature(function)
    first, *rest = signature.parameters.values()
    method.__signature__ = signature.replace(  # type: ignore[attr-defined]
        parameters=[first.replace(name="self"), *rest]
    )
    method.__name__ = name
    method.__qualname__ = f"{cls.__name__}.{name}"
    method.__module__ = "guillemet"
    setattr(cls, name, method)


def _analyzer_analyze_many(
    self: _native.Analyzer,
    texts: Iterable[str | bytes],
    *,
    n_threads: int | None = None,
    batch_size: int = 1000,
    progress: bool | Literal["auto"] = False,
    errors: Literal["raise", "skip", "store"] = "raise",
) -> list[_native.Document] | list[_native.Document | Failure]:
    """Analyses many texts on every core with this analyzer: see
    :func:`guillemet.analyze_many`."""
    return analyze_many(  # type: ignore[call-overload, no-any-return]
        texts,
        analyzer=self,
        n_threads=n_threads,
        batch_size=batch_size,
        progress=progress,
        errors=errors,
    )


def _repr_html_(self: _native.Document) -> str:
    """The HTML view of the document (``guillemet.render``)."""
    return render(self)


def install() -> None:
    """Gives the compiled classes their Python methods."""
    _as_method(_native.Document, "term_frequencies", document_term_frequencies)
    _as_method(_native.Document, "to_pandas", to_pandas)
    _as_method(_native.Document, "to_polars", to_polars)
    _as_method(_native.Document, "_repr_html_", _repr_html_)
    _as_method(_native.Analyzer, "analyze_many", _analyzer_analyze_many)
