"""Term frequencies, document-term matrices and keyness for corpus analysis.

Terms are counted by ``by`` form: ``"surface"`` (as written), ``"lower"``
(lowercase, normalised; the default everywhere, as in scikit-learn's
``CountVectorizer``) or ``"stem"`` (Snowball French). ``ngrams=(1, 2)``
counts unigrams and bigrams; an n-gram never crosses a sentence end or a
punctuation mark, and is built after stopwords are left out (as
scikit-learn's ``CountVectorizer`` does). Stopwords and punctuation are left
out by default, numbers kept. ``scope`` restricts counting to ``"in_quotes"``
or ``"outside_quotes"``, and ``speaker="Vladimir Poutine"`` to one
speaker's quotes.

tf-idf uses scikit-learn's smoothed formula: ``idf = ln((1 + N) / (1 + df)) + 1``
and ``tfidf = count × idf``, with ``N`` documents and ``df`` the number of
documents holding the term.

Keyness compares two sets of documents with Dunning's log-likelihood G²
(how surprising the difference is) and the log ratio (Hardie 2014:
``log2`` of the ratio of relative frequencies, 0.5 for a zero count) as the
effect size: positive when the term is more frequent in the first set.
``direction="a"`` (the default) keeps the terms the first set uses more,
``"b"`` those the second set uses more, each by G² descending; ``"both"``
keeps every term, sorted by signed G² (G² with the sign of the log ratio):
the first set's key terms on top, the second set's at the bottom.

Every ``docs`` argument is a ``Document``, a text, or an iterable of either
(texts are analysed with the default analyzer).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Literal, TypedDict, overload

from guillemet import _native
from guillemet._frames import as_frame as _as_frame
from guillemet._frames import require_scipy_sparse
from guillemet.errors import OptionError

if TYPE_CHECKING:
    import pandas as _pandas
    import scipy.sparse as _sparse

__all__ = [
    "Documents",
    "KeynessRow",
    "TermRow",
    "doc_term_matrix",
    "doc_term_matrix_parts",
    "document_term_frequencies",
    "keyness",
    "term_frequencies",
]

# Option values. Unions of one-value Literals rather than one Literal: a
# union at run time too, as mypy.stubtest wants of a type alias.
_TermForm = Literal["surface"] | Literal["lower"] | Literal["stem"]
_Scope = Literal["all"] | Literal["in_quotes"] | Literal["outside_quotes"]
_Direction = Literal["a"] | Literal["b"] | Literal["both"]
#: What every ``docs`` argument takes: one document or text, or many.
Documents = _native.Document | str | bytes | Iterable[_native.Document | str | bytes]


class TermRow(TypedDict):
    """One row of :func:`term_frequencies` with ``as_frame=False``."""

    term: str
    form: str
    count: int
    df: int
    idf: float
    tfidf: float


class KeynessRow(TypedDict):
    """One row of :func:`keyness` with ``as_frame=False``."""

    term: str
    form: str
    count_a: int
    count_b: int
    g2: float
    log_ratio: float


def _documents(docs: Documents) -> list[_native.Document]:
    """Documents as given, analysing any text with the default analyzer; a
    single Document or text is a list of one."""
    from guillemet import analyze

    if isinstance(docs, (_native.Document, str, bytes)):
        docs = [docs]
    out = []
    for d in docs:
        if isinstance(d, _native.Document):
            out.append(d)
        elif isinstance(d, (str, bytes)):
            out.append(analyze(d))
        else:
            raise TypeError(f"expected a Document or a str, got {type(d).__name__}")
    return out


def _options(
    by: str,
    ngrams: tuple[int, int],
    stopwords: bool,
    punctuation: bool,
    numbers: bool,
    scope: str,
    speaker: str | None,
) -> dict[str, object]:
    return {
        "by": by,
        "ngrams": tuple(ngrams),
        "stopwords": stopwords,
        "punctuation": punctuation,
        "numbers": numbers,
        "scope": scope,
        "speaker": speaker,
    }


@overload
def term_frequencies(
    docs: Documents,
    by: _TermForm = ...,
    ngrams: tuple[int, int] = ...,
    *,
    stopwords: bool = ...,
    punctuation: bool = ...,
    numbers: bool = ...,
    scope: _Scope = ...,
    speaker: str | None = ...,
    min_count: int = ...,
    min_df: int = ...,
    as_frame: Literal[True] = ...,
) -> _pandas.DataFrame: ...
@overload
def term_frequencies(
    docs: Documents,
    by: _TermForm = ...,
    ngrams: tuple[int, int] = ...,
    *,
    stopwords: bool = ...,
    punctuation: bool = ...,
    numbers: bool = ...,
    scope: _Scope = ...,
    speaker: str | None = ...,
    min_count: int = ...,
    min_df: int = ...,
    as_frame: Literal[False],
) -> list[TermRow]: ...
def term_frequencies(
    docs: Documents,
    by: _TermForm = "lower",
    ngrams: tuple[int, int] = (1, 1),
    *,
    stopwords: bool = False,
    punctuation: bool = False,
    numbers: bool = True,
    scope: _Scope = "all",
    speaker: str | None = None,
    min_count: int = 1,
    min_df: int = 1,
    as_frame: bool = True,
) -> _pandas.DataFrame | list[TermRow]:
    """Term counts over documents, sorted by count: a DataFrame with columns
    ``term``, ``form`` (the most frequent lowercase form, readable for
    stems), ``count``, ``df``, ``idf`` and ``tfidf``; or a list of row dicts
    with ``as_frame=False`` (no pandas needed)."""
    columns = _native._corpus_terms(
        _documents(docs),
        **_options(by, ngrams, stopwords, punctuation, numbers, scope, speaker),  # type: ignore[arg-type]
        min_count=min_count,
        min_df=min_df,
    )
    return _as_frame(columns, as_frame)  # type: ignore[no-any-return]


@overload
def document_term_frequencies(
    doc: _native.Document,
    by: _TermForm = ...,
    ngrams: tuple[int, int] = ...,
    *,
    stopwords: bool = ...,
    punctuation: bool = ...,
    numbers: bool = ...,
    scope: _Scope = ...,
    speaker: str | None = ...,
    as_frame: Literal[True] = ...,
) -> _pandas.DataFrame: ...
@overload
def document_term_frequencies(
    doc: _native.Document,
    by: _TermForm = ...,
    ngrams: tuple[int, int] = ...,
    *,
    stopwords: bool = ...,
    punctuation: bool = ...,
    numbers: bool = ...,
    scope: _Scope = ...,
    speaker: str | None = ...,
    as_frame: Literal[False],
) -> dict[str, int]: ...
def document_term_frequencies(
    doc: _native.Document,
    by: _TermForm = "lower",
    ngrams: tuple[int, int] = (1, 1),
    *,
    stopwords: bool = False,
    punctuation: bool = False,
    numbers: bool = True,
    scope: _Scope = "all",
    speaker: str | None = None,
    as_frame: bool = True,
) -> _pandas.DataFrame | dict[str, int]:
    """One document's term counts (``Document.term_frequencies``): a DataFrame
    with ``term``, ``form`` and ``count``, or a ``{term: count}`` dict with
    ``as_frame=False``."""
    columns = _native._corpus_terms(
        [doc],
        **_options(by, ngrams, stopwords, punctuation, numbers, scope, speaker),  # type: ignore[arg-type]
    )
    if not as_frame:
        return dict(zip(columns["term"], columns["count"], strict=False))
    return _as_frame({k: columns[k] for k in ("term", "form", "count")}, True)  # type: ignore[no-any-return]


def doc_term_matrix_parts(
    docs: Documents,
    by: _TermForm = "lower",
    ngrams: tuple[int, int] = (1, 1),
    *,
    stopwords: bool = False,
    punctuation: bool = False,
    numbers: bool = True,
    scope: _Scope = "all",
    speaker: str | None = None,
    vocabulary: list[str] | None = None,
    min_count: int = 1,
    min_df: int = 1,
) -> tuple[list[int], list[int], list[int], list[str]]:
    """The document-term matrix as CSR parts ``(data, indices, indptr,
    vocabulary)``, without scipy."""
    return _native._doc_term_matrix(
        _documents(docs),
        **_options(by, ngrams, stopwords, punctuation, numbers, scope, speaker),  # type: ignore[arg-type]
        vocabulary=vocabulary,
        min_count=min_count,
        min_df=min_df,
    )


def doc_term_matrix(
    docs: Documents,
    by: _TermForm = "lower",
    ngrams: tuple[int, int] = (1, 1),
    *,
    stopwords: bool = False,
    punctuation: bool = False,
    numbers: bool = True,
    scope: _Scope = "all",
    speaker: str | None = None,
    vocabulary: list[str] | None = None,
    min_count: int = 1,
    min_df: int = 1,
) -> tuple[_sparse.csr_matrix, list[str]]:
    """The document-term matrix as ``(scipy.sparse.csr_matrix, vocabulary)``:
    one row per document, one column per term (sorted), counts as values.
    Takes the options of :func:`term_frequencies`, and a fixed
    ``vocabulary``."""
    sparse = require_scipy_sparse()
    data, indices, indptr, vocabulary = doc_term_matrix_parts(
        docs,
        by,
        ngrams,
        stopwords=stopwords,
        punctuation=punctuation,
        numbers=numbers,
        scope=scope,
        speaker=speaker,
        vocabulary=vocabulary,
        min_count=min_count,
        min_df=min_df,
    )
    import numpy as np

    matrix = sparse.csr_matrix(
        (
            np.asarray(data, dtype=np.int64),
            np.asarray(indices, dtype=np.int32),
            np.asarray(indptr, dtype=np.int64),
        ),
        shape=(len(indptr) - 1, len(vocabulary)),
    )
    return matrix, vocabulary


def _signed_order(columns: dict[str, list[object]], direction: str) -> list[int]:
    """Row positions kept for ``direction``, in their order: by G² for one
    side, by signed G² for both."""
    g2: list[float] = columns["g2"]  # type: ignore[assignment]
    ratio: list[float] = columns["log_ratio"]  # type: ignore[assignment]
    signed = [g if r > 0 else -g if r < 0 else 0.0 for g, r in zip(g2, ratio, strict=True)]
    rows = range(len(signed))
    if direction == "a":
        return sorted((i for i in rows if ratio[i] > 0), key=lambda i: -signed[i])
    if direction == "b":
        return sorted((i for i in rows if ratio[i] < 0), key=lambda i: signed[i])
    return sorted(rows, key=lambda i: -signed[i])


@overload
def keyness(
    docs_a: Documents,
    docs_b: Documents,
    by: _TermForm = ...,
    ngrams: tuple[int, int] = ...,
    *,
    direction: _Direction = ...,
    stopwords: bool = ...,
    punctuation: bool = ...,
    numbers: bool = ...,
    scope: _Scope = ...,
    speaker: str | None = ...,
    min_count: int = ...,
    as_frame: Literal[True] = ...,
) -> _pandas.DataFrame: ...
@overload
def keyness(
    docs_a: Documents,
    docs_b: Documents,
    by: _TermForm = ...,
    ngrams: tuple[int, int] = ...,
    *,
    direction: _Direction = ...,
    stopwords: bool = ...,
    punctuation: bool = ...,
    numbers: bool = ...,
    scope: _Scope = ...,
    speaker: str | None = ...,
    min_count: int = ...,
    as_frame: Literal[False],
) -> list[KeynessRow]: ...
def keyness(
    docs_a: Documents,
    docs_b: Documents,
    by: _TermForm = "lower",
    ngrams: tuple[int, int] = (1, 1),
    *,
    direction: _Direction = "a",
    stopwords: bool = False,
    punctuation: bool = False,
    numbers: bool = True,
    scope: _Scope = "all",
    speaker: str | None = None,
    min_count: int = 1,
    as_frame: bool = True,
) -> _pandas.DataFrame | list[KeynessRow]:
    """The terms that ``docs_a`` uses more than ``docs_b`` (``direction="a"``),
    less (``"b"``), or both, ranked by G²: ``term``, ``form``, ``count_a``,
    ``count_b``, ``g2`` and ``log_ratio`` (positive when more frequent in
    ``docs_a``). Each side needs at least one document with a counted term:
    otherwise an ``OptionError`` says which side is empty."""
    if direction not in ("a", "b", "both"):
        raise OptionError(
            f"invalid value {direction!r} for option `direction`: expected one of a, b, both"
        )
    a, b = _documents(docs_a), _documents(docs_b)
    options = _options(by, ngrams, stopwords, punctuation, numbers, scope, speaker)
    columns = _native._keyness(a, b, **options, min_count=min_count)  # type: ignore[arg-type]
    for name, side, counts in (("docs_a", a, "count_a"), ("docs_b", b, "count_b")):
        if not side:
            raise OptionError(f"keyness compares two sets of documents: {name} is empty")
        if not any(columns[counts]):
            raise OptionError(
                f"keyness compares two sets of documents: {name} ({len(side)} document(s)) "
                "has no term to count with these options"
            )
    order = _signed_order(columns, direction)
    kept = {name: [values[i] for i in order] for name, values in columns.items()}
    return _as_frame(kept, as_frame)  # type: ignore[no-any-return]
