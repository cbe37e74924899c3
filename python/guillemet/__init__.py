"""guillemet: French news text analytics with exact offsets.

Tokens, sentences and paragraphs, Snowball stems, term frequencies, and
reported speech (direct « » quotes, indirect speech) with resolved speakers.
Every offset is a code-point offset into the original ``str``:
``text[token.start:token.end] == token.text``.

>>> import guillemet
>>> doc = guillemet.analyze("« Bien sûr », a-t-il souligné.")
>>> [t.text for t in doc][:4]
['«', 'Bien', 'sûr', '»']
"""

from __future__ import annotations

from guillemet import (
    _alloc,  # noqa: F401  (before the extension loads)
    _methods,
)
from guillemet._native import (
    MEMORY_ALLOWANCE,
    MEMORY_FACTOR,
    SCHEMA_VERSION,
    SEED_ARTICLE,
    Analyzer,
    Cue,
    Document,
    Mention,
    Paragraph,
    Quote,
    Sentence,
    Span,
    Speaker,
    TextSpan,
    Token,
    TokenList,
    __version__,
    stem,
)
from guillemet.batch import analyze_many, iter_analyze
from guillemet.clusters import QuoteClusters, merge_quote_clusters, quote_clusters
from guillemet.errors import (
    DocumentTooLargeError,
    GuillemetError,
    InputError,
    InternalError,
    OptionError,
    SerializationError,
)
from guillemet.html import render
from guillemet.tables import speaker_table, to_pandas, to_polars
from guillemet.terms import doc_term_matrix, keyness, term_frequencies

__all__ = [
    "MEMORY_ALLOWANCE",
    "MEMORY_FACTOR",
    "SCHEMA_VERSION",
    "SEED_ARTICLE",
    "Analyzer",
    "Cue",
    "Document",
    "DocumentTooLargeError",
    "GuillemetError",
    "InputError",
    "InternalError",
    "Mention",
    "OptionError",
    "Paragraph",
    "Quote",
    "QuoteClusters",
    "SerializationError",
    "Sentence",
    "Span",
    "Speaker",
    "TextSpan",
    "Token",
    "TokenList",
    "__version__",
    "analyze",
    "analyze_many",
    "default_analyzer",
    "doc_term_matrix",
    "keyness",
    "merge_quote_clusters",
    "quote_clusters",
    "render",
    "speaker_table",
    "stem",
    "term_frequencies",
    "to_pandas",
    "to_polars",
    "iter_analyze",
    "tokenize",
]

_methods.install()

_DEFAULT: Analyzer | None = None


def default_analyzer() -> Analyzer:
    """The shared :class:`Analyzer` with default settings, used by the
    module-level functions."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Analyzer()
    return _DEFAULT


def analyze(text: str | bytes) -> Document:
    """Analyse one text with the default analyzer."""
    return default_analyzer().analyze(text)


def tokenize(text: str | bytes) -> TokenList:
    """The tokens of one text (no sentences or quotes), as a lazy sequence."""
    return default_analyzer().tokenize(text).tokens
