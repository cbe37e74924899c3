"""Term frequencies, document-term matrices and keyness for corpus analysis.

Terms are counted by ``by`` form: ``"surface"`` (as written), ``"lower"``
(lowercase, normalised) or ``"stem"`` (Snowball French). ``ngrams=(1, 2)``
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
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from guillemet import _native
from guillemet._frames import as_frame as _as_frame
from guillemet._frames import require_scipy_sparse

__all__ = [
    "doc_term_matrix",
    "doc_term_matrix_parts",
    "document_term_frequencies",
    "keyness",
    "term_frequencies",
]


def _documents(docs: Iterable[Any]) -> list[_native.Document]:
    """Documents as given, analysing any ``str`` with the default analyzer."""
    from guillemet import analyze

    out = []
    for d in docs:
        if isinstance(d, _native.Document):
            out.append(d)
        elif isinstance(d, (str, bytes)):
            out.append(analyze(d))
        else:
            raise TypeError(f"expected Document or str, got {type(d).__name__}")
    return out


def _options(
    by: str,
    ngrams: tuple[int, int],
    stopwords: bool,
    punctuation: bool,
    numbers: bool,
    scope: str,
    speaker: str | None,
) -> dict[str, Any]:
    return {
        "by": by,
        "ngrams": tuple(ngrams),
        "stopwords": stopwords,
        "punctuation": punctuation,
        "numbers": numbers,
        "scope": scope,
        "speaker": speaker,
    }


def term_frequencies(
    docs: Iterable[Any],
    by: str = "stem",
    ngrams: tuple[int, int] = (1, 1),
    *,
    stopwords: bool = False,
    punctuation: bool = False,
    numbers: bool = True,
    scope: str = "all",
    speaker: str | None = None,
    min_count: int = 1,
    min_df: int = 1,
    as_frame: bool = True,
) -> Any:
    """Term counts over documents, sorted by count: a DataFrame with columns
    ``term``, ``form`` (the most frequent lowercase form, readable for
    stems), ``count``, ``df``, ``idf`` and ``tfidf``; or a list of row dicts
    with ``as_frame=False`` (no pandas needed)."""
    columns = _native._corpus_terms(
        _documents(docs),
        **_options(by, ngrams, stopwords, punctuation, numbers, scope, speaker),
        min_count=min_count,
        min_df=min_df,
    )
    return _as_frame(columns, as_frame)


def document_term_frequencies(
    doc: _native.Document,
    by: str = "lower",
    ngrams: tuple[int, int] = (1, 1),
    *,
    stopwords: bool = False,
    punctuation: bool = False,
    numbers: bool = True,
    scope: str = "all",
    speaker: str | None = None,
    as_frame: bool = True,
) -> Any:
    """One document's term counts (``Document.term_frequencies``): a DataFrame
    with ``term``, ``form`` and ``count``, or a ``{term: count}`` dict with
    ``as_frame=False``."""
    columns = _native._corpus_terms(
        [doc], **_options(by, ngrams, stopwords, punctuation, numbers, scope, speaker)
    )
    if not as_frame:
        return dict(zip(columns["term"], columns["count"], strict=False))
    return _as_frame({k: columns[k] for k in ("term", "form", "count")}, True)


def doc_term_matrix_parts(
    docs: Iterable[Any],
    by: str = "lower",
    ngrams: tuple[int, int] = (1, 1),
    *,
    stopwords: bool = False,
    punctuation: bool = False,
    numbers: bool = True,
    scope: str = "all",
    speaker: str | None = None,
    vocabulary: list[str] | None = None,
    min_count: int = 1,
    min_df: int = 1,
) -> tuple[list[int], list[int], list[int], list[str]]:
    """The document-term matrix as CSR parts ``(data, indices, indptr,
    vocabulary)``, without scipy."""
    return _native._doc_term_matrix(
        _documents(docs),
        **_options(by, ngrams, stopwords, punctuation, numbers, scope, speaker),
        vocabulary=vocabulary,
        min_count=min_count,
        min_df=min_df,
    )


def doc_term_matrix(docs: Iterable[Any], by: str = "lower", **kwargs: Any) -> tuple[Any, list[str]]:
    """The document-term matrix as ``(scipy.sparse.csr_matrix, vocabulary)``:
    one row per document, one column per term (sorted), counts as values.
    Takes the options of :func:`doc_term_matrix_parts`."""
    sparse = require_scipy_sparse()
    data, indices, indptr, vocabulary = doc_term_matrix_parts(docs, by, **kwargs)
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


def keyness(
    docs_a: Iterable[Any],
    docs_b: Iterable[Any],
    by: str = "stem",
    ngrams: tuple[int, int] = (1, 1),
    *,
    stopwords: bool = False,
    punctuation: bool = False,
    numbers: bool = True,
    scope: str = "all",
    speaker: str | None = None,
    min_count: int = 1,
    as_frame: bool = True,
) -> Any:
    """Terms that distinguish ``docs_a`` from ``docs_b``, by G² (descending):
    ``term``, ``form``, ``count_a``, ``count_b``, ``g2`` and ``log_ratio``
    (positive when more frequent in ``docs_a``)."""
    columns = _native._keyness(
        _documents(docs_a),
        _documents(docs_b),
        **_options(by, ngrams, stopwords, punctuation, numbers, scope, speaker),
        min_count=min_count,
    )
    return _as_frame(columns, as_frame)
