"""Tables of analysed documents as pandas or polars DataFrames.

Kinds: ``tokens``, ``sentences``, ``paragraphs``, ``quotes``, ``speakers``
and ``terms``. Every table has a ``doc`` column holding the document id
(its position in the list, or the ids you pass). pandas and polars are
optional extras; a missing one raises an ImportError saying how to install
it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from guillemet import _native
from guillemet._frames import as_frame as _as_frame
from guillemet._frames import require_pandas, require_polars
from guillemet.speakers import CorpusSpeakers, speaker_columns

__all__ = ["KINDS", "columns", "speaker_table", "to_pandas", "to_polars"]

KINDS = ("tokens", "sentences", "paragraphs", "quotes", "speakers", "terms")

# The columns of each table and their types: "int", "str", "bool", and
# "int?" / "str?" for a value that may be missing (None). A missing integer
# is a nullable Int64 in pandas and polars, never a float.
COLUMN_TYPES: dict[str, dict[str, str]] = {
    "tokens": {
        "text": "str",
        "norm": "str",
        "lower": "str",
        "stem": "str",
        "kind": "str",
        "start": "int",
        "end": "int",
        "sentence": "int?",
        "paragraph": "int?",
        "in_quote": "bool",
        "is_stopword": "bool",
    },
    "sentences": {
        "sentence": "int",
        "text": "str",
        "start": "int",
        "end": "int",
        "paragraph": "int",
        "n_tokens": "int",
    },
    "paragraphs": {
        "paragraph": "int",
        "text": "str",
        "start": "int",
        "end": "int",
        "n_sentences": "int",
    },
    "quotes": {
        "quote": "int",
        "kind": "str",
        "text": "str",
        "start": "int",
        "end": "int",
        "words": "int",
        "speaker": "str?",
        "speaker_name": "str?",
        "speaker_index": "int?",
        "cue": "str?",
        "cue_lemma": "str?",
        "via": "str?",
        "sentence": "int",
        "speaker_id": "str?",
    },
    "speakers": {
        "speaker": "int",
        "name": "str",
        "kind": "str",
        "gender": "str",
        "gender_cues": "int",
        "quotes": "int",
        "words_quoted": "int",
        "mentions": "int",
        "speaker_id": "str?",
    },
    "terms": {"term": "str", "form": "str", "count": "int"},
}


def _quote_columns(doc: _native.Document) -> dict[str, list[Any]]:
    quotes = doc.quotes
    words = doc._quote_word_counts()
    return {
        "quote": [q.index for q in quotes],
        "kind": [q.kind for q in quotes],
        "text": [q.text for q in quotes],
        "start": [q.start for q in quotes],
        "end": [q.end for q in quotes],
        "words": words,
        "speaker": [q.speaker.text if q.speaker else None for q in quotes],
        "speaker_name": [q.speaker_name for q in quotes],
        "speaker_index": [
            q.speaker.speaker.index if q.speaker and q.speaker.speaker else None for q in quotes
        ],
        "cue": [q.cue.text if q.cue else None for q in quotes],
        "cue_lemma": [q.cue.lemma if q.cue else None for q in quotes],
        "via": [q.via.text if q.via else None for q in quotes],
        "sentence": [q.sentences.start for q in quotes],
    }


def _speaker_columns(doc: _native.Document) -> dict[str, list[Any]]:
    speakers = doc.speakers
    words = doc._quote_word_counts()
    return {
        "speaker": [s.index for s in speakers],
        "name": [s.name for s in speakers],
        "kind": [s.kind for s in speakers],
        "gender": [s.gender for s in speakers],
        "gender_cues": [s.gender_cues for s in speakers],
        "quotes": [len(s.quotes) for s in speakers],
        "words_quoted": [sum(words[i] for i in s.quotes) for s in speakers],
        "mentions": [len(s.mentions) for s in speakers],
    }


def _term_columns(doc: _native.Document, **options: Any) -> dict[str, list[Any]]:
    from guillemet.terms import _options

    opts: dict[str, Any] = {
        "by": "lower",
        "ngrams": (1, 1),
        "stopwords": False,
        "punctuation": False,
        "numbers": True,
        "scope": "all",
        "speaker": None,
    }
    opts.update(options)
    cols = _native._corpus_terms([doc], **_options(**opts))
    return {k: cols[k] for k in ("term", "form", "count")}


def columns(doc: _native.Document, kind: str, **options: Any) -> dict[str, list[Any]]:
    """One document's table as a dict of equal-length lists."""
    if kind in ("tokens", "sentences", "paragraphs"):
        return dict(doc._columns(kind))
    if kind == "quotes":
        return _quote_columns(doc)
    if kind == "speakers":
        return _speaker_columns(doc)
    if kind == "terms":
        return _term_columns(doc, **options)
    from guillemet.errors import OptionError

    raise OptionError(f"invalid table kind {kind!r}: expected one of {', '.join(KINDS)}")


def _stacked(
    docs: Iterable[_native.Document], kind: str, ids: Sequence[Any] | None, **options: Any
) -> dict[str, list[Any]]:
    docs = list(docs)
    ids = list(range(len(docs))) if ids is None else list(ids)
    if len(ids) != len(docs):
        raise ValueError(f"{len(ids)} ids for {len(docs)} documents")
    out: dict[str, list[Any]] = {"doc": []}
    # Quote and speaker rows carry the corpus id of their speaker.
    corpus = CorpusSpeakers() if kind in ("quotes", "speakers") else None
    positions: list[int] = []
    for position, (doc_id, doc) in enumerate(zip(ids, docs, strict=False)):
        cols = columns(doc, kind, **options)
        n = len(next(iter(cols.values()), []))
        out["doc"].extend([doc_id] * n)
        for name, values in cols.items():
            out.setdefault(name, []).extend(values)
        if corpus is not None:
            corpus.add(doc_id, doc)
            positions.extend([position] * n)
    if len(out) == 1:  # no document: still give the table its columns
        empty = _native.Analyzer().analyze("")
        out.update({name: [] for name in columns(empty, kind, **options)})
    if corpus is not None:
        key = "speaker_index" if kind == "quotes" else "speaker"
        out["speaker_id"] = [
            corpus.speaker_id(p, i) for p, i in zip(positions, out[key], strict=True)
        ]
    return out


def _as_docs(docs: Any) -> list[_native.Document]:
    if isinstance(docs, _native.Document):
        return [docs]
    from guillemet.terms import _documents

    return _documents(docs)


def to_pandas(
    docs: Any, kind: str = "tokens", *, ids: Sequence[Any] | None = None, **options: Any
) -> Any:
    """A pandas DataFrame of one table over one document or many, with a
    ``doc`` id column (``ids`` or positions). ``options`` go to the term
    counter for ``kind="terms"``."""
    pandas = require_pandas()
    return pandas.DataFrame(_stacked(_as_docs(docs), kind, ids, **options))


def to_polars(
    docs: Any, kind: str = "tokens", *, ids: Sequence[Any] | None = None, **options: Any
) -> Any:
    """The same table as :func:`to_pandas`, as a polars DataFrame."""
    polars = require_polars()
    return polars.DataFrame(_stacked(_as_docs(docs), kind, ids, **options), strict=False)


def speaker_table(
    docs: Iterable[Any], *, ids: Sequence[Any] | None = None, as_frame: bool = True
) -> Any:
    """One row per speaker across documents (see :mod:`guillemet.speakers`
    for how speakers merge): ``speaker_id``, ``name`` (the fullest),
    ``variants``, ``kind``, ``gender`` and ``gender_cues`` (the cue all
    documents agree on, and how many mentions carry one), ``quotes``,
    ``words_quoted``, ``documents`` and ``doc_ids`` (positions, or ``ids``),
    most quoted first. The command line's ``--table speakers`` writes the same
    table. This is the table parity studies start from; the gender column is
    a grammatical cue read from the text, not an identity."""
    return _as_frame(speaker_columns(_as_docs(docs), ids), as_frame)
