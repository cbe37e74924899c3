"""Tables of analysed documents as pandas or polars DataFrames.

Kinds: ``tokens``, ``sentences``, ``paragraphs``, ``quotes``, ``speakers``
and ``terms``. Every table has a ``doc`` column holding the document id
(its position in the list, or the ids you pass). pandas and polars are
optional extras; a missing one raises an ImportError saying how to install
it.
"""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from guillemet import _native
from guillemet._frames import as_frame as _as_frame
from guillemet._frames import require_pandas, require_polars

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
    },
    "speakers": {
        "speaker": "int",
        "name": "str",
        "kind": "str",
        "gender": "str",
        "quotes": "int",
        "words_quoted": "int",
        "mentions": "int",
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
    for doc_id, doc in zip(ids, docs, strict=False):
        cols = columns(doc, kind, **options)
        n = len(next(iter(cols.values()), []))
        out["doc"].extend([doc_id] * n)
        for name, values in cols.items():
            out.setdefault(name, []).extend(values)
    if len(out) == 1:  # no document: still give the table its columns
        empty = _native.Analyzer().analyze("")
        out.update({name: [] for name in columns(empty, kind, **options)})
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


def _fold(name: str) -> str:
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return " ".join(s.lower().replace("’", "'").split())


def speaker_table(docs: Iterable[Any], *, as_frame: bool = True) -> Any:
    """One row per speaker across documents, merged by canonical name (case
    and accents folded): ``name``, ``kind``, ``gender`` (the majority of the
    known text cues), ``quotes``, ``words_quoted`` and ``documents``, sorted
    by quotes. This is the table parity studies start from; the gender
    column is a grammatical cue read from the text, not an identity."""
    rows: dict[str, dict[str, Any]] = {}
    names: dict[str, Counter[str]] = defaultdict(Counter)
    kinds: dict[str, Counter[str]] = defaultdict(Counter)
    genders: dict[str, Counter[str]] = defaultdict(Counter)
    for doc in _as_docs(docs):
        words = doc._quote_word_counts()
        for s in doc.speakers:
            key = _fold(s.name)
            row = rows.setdefault(key, {"quotes": 0, "words_quoted": 0, "documents": 0})
            row["quotes"] += len(s.quotes)
            row["words_quoted"] += sum(words[i] for i in s.quotes)
            row["documents"] += 1
            names[key][s.name] += len(s.quotes)
            kinds[key][s.kind] += 1
            if s.gender != "unknown":
                genders[key][s.gender] += 1
    table: dict[str, list[Any]] = {
        "name": [],
        "kind": [],
        "gender": [],
        "quotes": [],
        "words_quoted": [],
        "documents": [],
    }
    order = sorted(rows, key=lambda k: (-rows[k]["quotes"], k))
    for key in order:
        g = genders[key].most_common(2)
        gender = g[0][0] if g and (len(g) == 1 or g[0][1] > g[1][1]) else "unknown"
        table["name"].append(names[key].most_common(1)[0][0])
        table["kind"].append(kinds[key].most_common(1)[0][0])
        table["gender"].append(gender)
        for col in ("quotes", "words_quoted", "documents"):
            table[col].append(rows[key][col])
    return _as_frame(table, as_frame)
