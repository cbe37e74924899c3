"""A scikit-learn vectorizer that tokenises, stems and counts French text
with guillemet: ``FrenchVectorizer`` works like ``CountVectorizer`` (or, with
``use_idf=True``, like ``TfidfVectorizer``) inside a ``Pipeline``."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from guillemet._native import OptionError
from guillemet.terms import _documents, _TermForm, doc_term_matrix

try:
    from sklearn.base import BaseEstimator, TransformerMixin
except ImportError as e:  # pragma: no cover - exercised in a bare venv
    raise ImportError(
        "guillemet.sklearn needs scikit-learn: `pip install 'guillemet[sklearn]'`"
    ) from e

__all__ = ["FrenchVectorizer"]


class FrenchVectorizer(TransformerMixin, BaseEstimator):  # type: ignore[misc]
    """Turns French texts (``str`` or ``guillemet.Document``) into a sparse
    document-term matrix.

    Parameters mirror scikit-learn's: ``ngram_range``, ``min_df``; ``by`` is
    the term form (``"stem"``, ``"lower"``, ``"surface"``); ``stopwords`` keeps
    stopwords; ``use_idf`` and ``norm`` turn counts into tf-idf weights like
    ``TfidfVectorizer`` (smoothed idf, then L2 row normalisation)."""

    def __init__(
        self,
        by: _TermForm = "lower",
        ngram_range: tuple[int, int] = (1, 1),
        stopwords: bool = False,
        numbers: bool = True,
        min_df: int = 1,
        use_idf: bool = False,
        norm: str | None = None,
    ) -> None:
        self.by = by
        self.ngram_range = ngram_range
        self.stopwords = stopwords
        self.numbers = numbers
        self.min_df = min_df
        self.use_idf = use_idf
        self.norm = norm

    def _counts(self, docs: list[Any], vocabulary: list[str] | None) -> tuple[Any, list[str]]:
        return doc_term_matrix(
            docs,
            self.by,
            ngrams=(self.ngram_range[0], self.ngram_range[1]),
            stopwords=self.stopwords,
            numbers=self.numbers,
            vocabulary=vocabulary,
            min_df=self.min_df if vocabulary is None else 1,
        )

    def _weight(self, counts: Any) -> Any:
        import numpy as np

        x = counts.astype(np.float64)
        if self.use_idf:
            x = x.multiply(self.idf_).tocsr()
        if self.norm == "l2":
            from sklearn.preprocessing import normalize

            x = normalize(x, norm="l2")
        elif self.norm is not None:
            raise OptionError(f"norm must be None or 'l2', got {self.norm!r}")
        return x if (self.use_idf or self.norm) else counts

    def fit(self, raw_documents: Iterable[Any], y: Any = None) -> FrenchVectorizer:
        """Learns the vocabulary (and the idf weights with ``use_idf``)."""
        self.fit_transform(raw_documents, y)
        return self

    def fit_transform(self, raw_documents: Iterable[Any], y: Any = None) -> Any:
        """Learns the vocabulary and returns the matrix of ``raw_documents``."""
        import numpy as np

        docs = _documents(raw_documents)
        counts, vocabulary = self._counts(docs, None)
        self.vocabulary_ = {term: i for i, term in enumerate(vocabulary)}
        self._features = np.asarray(vocabulary, dtype=object)
        n = counts.shape[0]
        df = np.bincount(counts.indices, minlength=len(vocabulary))
        self.idf_ = np.log((1.0 + n) / (1.0 + df)) + 1.0
        return self._weight(counts)

    def transform(self, raw_documents: Iterable[Any]) -> Any:
        """The matrix of ``raw_documents`` over the fitted vocabulary."""
        if not hasattr(self, "vocabulary_"):
            from sklearn.exceptions import NotFittedError

            raise NotFittedError("FrenchVectorizer is not fitted yet: call fit first")
        counts, _ = self._counts(_documents(raw_documents), list(self._features))
        return self._weight(counts)

    def get_feature_names_out(self, input_features: Any = None) -> Any:
        """The terms, in column order."""
        return self._features
