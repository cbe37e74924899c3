"""Tables of analysed documents as pandas or polars DataFrames.

Kinds: ``tokens``, ``sentences``, ``paragraphs``, ``quotes``, ``speakers``
and ``terms``. Every table has a ``doc`` column holding the document id
(its position in the list, or the ids you pass). pandas and polars are
optional extras; a missing one raises an ImportError saying how to install
it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal, TypedDict, overload

from guillemet import _native
from guillemet._frames import as_frame as _as_frame
from guillemet._frames import require_pandas, require_polars
from guillemet.speakers import CorpusSpeakers, speaker_columns
from guillemet.terms import Documents, _Scope, _TermForm

if TYPE_CHECKING:
    import pandas as _pandas
    import polars as _polars

__all__ = [
    "COLUMN_TYPES",
    "KINDS",
    "SpeakerRow",
    "columns",
    "speaker_table",
    "to_pandas",
    "to_polars",
]

# A union of one-value Literals, as in guillemet.terms.
_TableKind = (
    Literal["tokens"]
    | Literal["sentences"]
    | Literal["paragraphs"]
    | Literal["quotes"]
    | Literal["speakers"]
    | Literal["terms"]
)

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
        "rule": "str",
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
        "rule": [q.rule for q in quotes],
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


# The term options of the "terms" table, with their defaults.
TERM_OPTIONS: dict[str, Any] = {
    "by": "lower",
    "ngrams": (1, 1),
    "stopwords": False,
    "punctuation": False,
    "numbers": True,
    "scope": "all",
    "speaker": None,
}


def _term_options(kind: str, given: dict[str, Any]) -> dict[str, Any]:
    """The term options for ``kind``: the defaults with the given ones (not
    None); a term option given for another kind is a TypeError."""
    given = {k: v for k, v in given.items() if v is not None}
    if kind != "terms":
        if given:
            raise TypeError(
                f"{', '.join(sorted(given))}: term options apply to kind='terms', not kind={kind!r}"
            )
        return {}
    return {**TERM_OPTIONS, **given}


def columns(doc: _native.Document, kind: str, **options: Any) -> dict[str, list[Any]]:
    """One document's table as a dict of equal-length lists. ``options``
    (``by``, ``ngrams``, ``stopwords``, ``punctuation``, ``numbers``,
    ``scope``, ``speaker``) are for ``kind="terms"`` only; any other
    keyword is a TypeError."""
    unknown = sorted(set(options) - set(TERM_OPTIONS))
    if unknown:
        raise TypeError(f"unexpected keyword argument(s): {', '.join(unknown)}")
    options = _term_options(kind, options)
    if kind in ("tokens", "sentences", "paragraphs"):
        return dict(doc._columns(kind))
    if kind == "quotes":
        return _quote_columns(doc)
    if kind == "speakers":
        return _speaker_columns(doc)
    if kind == "terms":
        cols = _native._corpus_terms([doc], **options)
        return {k: cols[k] for k in ("term", "form", "count")}
    from guillemet.errors import OptionError

    raise OptionError(f"invalid table kind {kind!r}: expected one of {', '.join(KINDS)}")


def _stacked(
    docs: Documents, kind: str, ids: Sequence[Any] | None, **options: Any
) -> dict[str, list[Any]]:
    documents = _as_docs(docs)
    ids = list(range(len(documents))) if ids is None else list(ids)
    if len(ids) != len(documents):
        raise _native.OptionError(f"{len(ids)} ids for {len(documents)} documents")
    out: dict[str, list[Any]] = {"doc": []}
    # Quote and speaker rows carry the corpus id of their speaker.
    corpus = CorpusSpeakers() if kind in ("quotes", "speakers") else None
    positions: list[int] = []
    for position, (doc_id, doc) in enumerate(zip(ids, documents, strict=False)):
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


def _as_docs(docs: Documents) -> list[_native.Document]:
    from guillemet.terms import _documents

    return _documents(docs)


def _dtypes(kind: str) -> dict[str, str]:
    """pandas dtypes of a table's columns: nullable Int64 for an integer
    that may be missing (never float64), ``object`` for text."""
    names = {"int": "int64", "int?": "Int64", "bool": "bool"}
    return {c: names[t] for c, t in COLUMN_TYPES.get(kind, {}).items() if t in names}


def to_pandas(
    docs: Documents,
    kind: _TableKind = "tokens",
    *,
    ids: Sequence[Any] | None = None,
    by: _TermForm | None = None,
    ngrams: tuple[int, int] | None = None,
    stopwords: bool | None = None,
    punctuation: bool | None = None,
    numbers: bool | None = None,
    scope: _Scope | None = None,
    speaker: str | None = None,
) -> _pandas.DataFrame:
    """A pandas DataFrame of one table (``tokens``, ``sentences``,
    ``paragraphs``, ``quotes``, ``speakers`` or ``terms``) over one document
    or many, with a ``doc`` id column (``ids``, or positions). The term
    options (default: ``by="lower"``, unigrams, no stopwords or punctuation,
    numbers kept, whole text) apply to ``kind="terms"`` only; given for
    another kind, or misspelt, they raise TypeError."""
    pd = require_pandas()
    options = {
        "by": by,
        "ngrams": ngrams,
        "stopwords": stopwords,
        "punctuation": punctuation,
        "numbers": numbers,
        "scope": scope,
        "speaker": speaker,
    }
    frame = pd.DataFrame(_stacked(docs, kind, ids, **options))
    return frame.astype(_dtypes(kind))


def to_polars(
    docs: Documents,
    kind: _TableKind = "tokens",
    *,
    ids: Sequence[Any] | None = None,
    by: _TermForm | None = None,
    ngrams: tuple[int, int] | None = None,
    stopwords: bool | None = None,
    punctuation: bool | None = None,
    numbers: bool | None = None,
    scope: _Scope | None = None,
    speaker: str | None = None,
) -> _polars.DataFrame:
    """The same table as :func:`to_pandas`, as a polars DataFrame (a missing
    integer is a null in an Int64 column there too)."""
    pl = require_polars()
    options = {
        "by": by,
        "ngrams": ngrams,
        "stopwords": stopwords,
        "punctuation": punctuation,
        "numbers": numbers,
        "scope": scope,
        "speaker": speaker,
    }
    types = {"int": pl.Int64, "int?": pl.Int64, "bool": pl.Boolean, "str": pl.String}
    types["str?"] = pl.String
    schema = {c: types[t] for c, t in COLUMN_TYPES.get(kind, {}).items()}
    return pl.DataFrame(_stacked(docs, kind, ids, **options), schema_overrides=schema, strict=False)


class SpeakerRow(TypedDict):
    """One row of :func:`speaker_table` with ``as_frame=False`` (the list
    columns ``variants`` and ``doc_ids`` are joined with " | ")."""

    speaker_id: str
    name: str
    variants: str
    kind: str
    gender: str
    gender_cues: int
    quotes: int
    words_quoted: int
    documents: int
    doc_ids: str


@overload
def speaker_table(
    docs: Documents, *, ids: Sequence[Any] | None = None, as_frame: Literal[True] = ...
) -> _pandas.DataFrame: ...
@overload
def speaker_table(
    docs: Documents, *, ids: Sequence[Any] | None = None, as_frame: Literal[False]
) -> list[SpeakerRow]: ...
def speaker_table(
    docs: Documents, *, ids: Sequence[Any] | None = None, as_frame: bool = True
) -> _pandas.DataFrame | list[SpeakerRow]:
    """One row per speaker across documents (see :mod:`guillemet.speakers`
    for how speakers merge): ``speaker_id``, ``name`` (the fullest),
    ``variants``, ``kind``, ``gender`` and ``gender_cues`` (the cue all
    documents agree on, and how many mentions carry one), ``quotes``,
    ``words_quoted``, ``documents`` and ``doc_ids`` (positions, or ``ids``),
    most quoted first. The command line's ``--table speakers`` writes the same
    table. This is the table parity studies start from; the gender column is
    a grammatical cue read from the text, not an identity."""
    return _as_frame(speaker_columns(_as_docs(docs), ids), as_frame)  # type: ignore[no-any-return]
