"""Batch analysis: many texts on every core, in order, with a progress bar.

The texts are read from any iterable (a list, a pandas Series, a generator)
in batches of ``batch_size``; each batch is analysed in parallel by the Rust
core with the GIL released, so other Python threads keep running.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any, Literal, overload

from guillemet import _native
from guillemet.errors import GuillemetError, OptionError

__all__ = ["analyze_many", "iter_analyze"]

ERROR_MODES = ("raise", "skip", "store")


def _in_notebook() -> bool:
    shell = getattr(sys.modules.get("IPython"), "get_ipython", lambda: None)()
    return type(shell).__name__ == "ZMQInteractiveShell"


def _progress_bar(progress: bool | str, total: int | None) -> Any:
    if progress == "auto":
        progress = _in_notebook()
    elif progress not in (True, False):
        raise OptionError(
            f"invalid value {progress!r} for option `progress`: expected one of True, False, 'auto'"
        )
    if not progress:
        return None
    notebook = _in_notebook()
    try:
        # tqdm's notebook bar needs ipywidgets; without it tqdm.auto warns
        # (TqdmWarning) and falls back to text: take the text bar directly.
        if notebook and importlib.util.find_spec("ipywidgets") is not None:
            from tqdm.notebook import tqdm
        else:
            from tqdm import tqdm
    except ImportError as e:
        raise ImportError("progress bars need tqdm: `pip install 'guillemet[progress]'`") from e
    # A notebook shows stderr in red: there the text bar goes to stdout.
    file = sys.stdout if notebook else sys.stderr
    return tqdm(total=total, unit="doc", desc="guillemet", file=file)


Texts = Iterable[str | bytes]
#: What ``errors="store"`` puts in a failing text's slot.
Failure = GuillemetError | TypeError


@overload
def iter_analyze(
    texts: Texts,
    *,
    analyzer: _native.Analyzer | None = ...,
    n_threads: int | None = ...,
    batch_size: int = ...,
    progress: bool | Literal["auto"] = ...,
    errors: Literal["raise", "skip"] = ...,
) -> Iterator[_native.Document]: ...
@overload
def iter_analyze(
    texts: Texts,
    *,
    analyzer: _native.Analyzer | None = ...,
    n_threads: int | None = ...,
    batch_size: int = ...,
    progress: bool | Literal["auto"] = ...,
    errors: Literal["store"],
) -> Iterator[_native.Document | Failure]: ...
def iter_analyze(
    texts: Texts,
    *,
    analyzer: _native.Analyzer | None = None,
    n_threads: int | None = None,
    batch_size: int = 1000,
    progress: bool | Literal["auto"] = False,
    errors: Literal["raise", "skip", "store"] = "raise",
) -> Iterator[_native.Document | Failure]:
    """Analyses texts lazily, yielding one result per text in order. Memory
    stays bounded by ``batch_size`` whatever the input's length."""
    if errors not in ERROR_MODES:
        raise OptionError(
            f"invalid value {errors!r} for option `errors`: "
            f"expected one of {', '.join(ERROR_MODES)}"
        )
    if not isinstance(batch_size, int) or batch_size < 1:
        raise OptionError(
            f"invalid value {batch_size!r} for option `batch_size`: expected a positive integer"
        )
    if n_threads is not None and (not isinstance(n_threads, int) or n_threads < 1):
        raise OptionError(
            f"invalid value {n_threads!r} for option `n_threads`: "
            "expected None or a positive integer"
        )
    if isinstance(texts, (str, bytes)):
        raise TypeError(
            "analyze_many() expects an iterable of texts, got a single str: use analyze()"
        )
    if analyzer is None:
        from guillemet import default_analyzer

        analyzer = default_analyzer()
    total = len(texts) if hasattr(texts, "__len__") else None  # type: ignore[arg-type]
    bar = _progress_bar(progress, total)
    iterator = iter(texts)
    offset = 0
    try:
        while True:
            batch = list(islice(iterator, batch_size))
            if not batch:
                break
            try:
                results = analyzer._analyze_batch(batch, n_threads, errors != "raise")
            except Exception as e:
                if hasattr(e, "index"):
                    e.index += offset  # type: ignore[attr-defined]
                    e.add_note(f"while analysing text #{e.index}")  # type: ignore[attr-defined]
                raise
            size = len(batch)
            del batch
            # Hand each result over without keeping a reference to it: a
            # document the caller lets go is freed at once, and no batch is
            # still held while the next one is analysed (the peak is one
            # batch, not two).
            results.reverse()
            while results:
                if isinstance(results[-1], BaseException):
                    error = results.pop()
                    error.index = getattr(error, "index", 0) + offset
                    if errors != "skip":
                        yield error
                    continue
                yield results.pop()
            offset += size
            if bar is not None:
                bar.update(size)
    finally:
        if bar is not None:
            bar.close()


@overload
def analyze_many(
    texts: Texts,
    *,
    analyzer: _native.Analyzer | None = ...,
    n_threads: int | None = ...,
    batch_size: int = ...,
    progress: bool | Literal["auto"] = ...,
    errors: Literal["raise", "skip"] = ...,
) -> list[_native.Document]: ...
@overload
def analyze_many(
    texts: Texts,
    *,
    analyzer: _native.Analyzer | None = ...,
    n_threads: int | None = ...,
    batch_size: int = ...,
    progress: bool | Literal["auto"] = ...,
    errors: Literal["store"],
) -> list[_native.Document | Failure]: ...
def analyze_many(
    texts: Texts,
    *,
    analyzer: _native.Analyzer | None = None,
    n_threads: int | None = None,
    batch_size: int = 1000,
    progress: bool | Literal["auto"] = False,
    errors: Literal["raise", "skip", "store"] = "raise",
) -> list[_native.Document] | list[_native.Document | Failure]:
    """Analyses many texts (any iterable: a list, a pandas Series, a
    generator) on every core, with the default analyzer or ``analyzer``, and
    returns their documents, in order.

    ``n_threads``: threads to use (default: all cores). ``batch_size``: texts
    read from the iterable and analysed at a time. ``progress``: a tqdm bar
    (``True``, or ``"auto"`` to show it only in a notebook). ``errors``: what
    a failing text does: ``"raise"`` (the default) raises its error, with its
    position as ``.index``; ``"skip"`` leaves it out; ``"store"`` keeps the
    exception in its slot. The result equals ``[analyze(t) for t in texts]``.
    """
    return list(
        iter_analyze(
            texts,
            analyzer=analyzer,
            n_threads=n_threads,
            batch_size=batch_size,
            progress=progress,
            errors=errors,
        )
    )
