"""Follow a quote across a corpus: the same words in many articles, who said
them, where and when they were first seen.

:func:`quote_clusters` groups the quotes of analysed documents into clusters
(the clustering itself runs in Rust, ``guillemet::cluster``, with the GIL
released) and returns two tables:

- ``clusters``, one row per cluster, most repeated first: ``cluster``,
  ``text`` (the canonical text: the longest complete version), ``speaker``
  (by vote over the occurrences) and ``speaker_share``, ``speaker_votes``,
  ``occurrences``, ``documents``, ``sources``, ``variants`` (distinct texts
  after folding), ``first_doc``, ``first_date``, ``last_date``;
- ``occurrences``, one row per quote that joined a cluster, in corpus order:
  ``cluster``, ``doc``, ``quote``, ``start``, ``end``, ``kind``,
  ``relation`` (``exact``, ``fragment``, ``extended`` or ``variant``, to the
  canonical text), ``text``, ``speaker``, ``speaker_kind``,
  ``suggested_speaker`` (the cluster's speaker, for an occurrence that has
  none: a suggestion, the document is not changed), ``date``, ``source``.

Occurrences match when their words are equal after folding case, accents,
apostrophes, quotation marks and spacing; when one lies inside the other (a
quote cut short or cut with ``[…]``, the quoted words of a mixed quote, an
indirect clause repeating the words); or when they are near-duplicates
(small edits, found with MinHash LSH over word bigrams). Quotes with fewer
than ``min_words`` words join no cluster.

The result depends only on the occurrences and their order, so
:func:`merge_quote_clusters` over the results of partitions (in corpus
order) equals :func:`quote_clusters` over the whole corpus: see
``examples/dask_corpus.py``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from guillemet import _native

__all__ = [
    "CLUSTER_COLUMNS",
    "OCCURRENCE_COLUMNS",
    "QuoteClusters",
    "cluster_records",
    "merge_quote_clusters",
    "quote_clusters",
    "quote_records",
]

CLUSTER_COLUMNS = (
    "cluster",
    "text",
    "speaker",
    "speaker_share",
    "speaker_votes",
    "occurrences",
    "documents",
    "sources",
    "variants",
    "first_doc",
    "first_date",
    "last_date",
)
OCCURRENCE_COLUMNS = (
    "cluster",
    "doc",
    "quote",
    "start",
    "end",
    "kind",
    "relation",
    "text",
    "speaker",
    "speaker_kind",
    "suggested_speaker",
    "date",
    "source",
)
# The record columns clustering reads (an occurrence table holds them all).
RECORD_COLUMNS = (
    "doc",
    "quote",
    "start",
    "end",
    "kind",
    "text",
    "speaker",
    "speaker_kind",
    "date",
    "source",
)
VOTING_KINDS = ("person", "organisation")


class QuoteClusters(NamedTuple):
    """The two tables of :func:`quote_clusters`; in a notebook it shows the
    HTML report of the top clusters."""

    clusters: Any
    occurrences: Any

    def to_html(self, top: int = 10, max_occurrences: int = 20) -> str:
        """An HTML report of the ``top`` clusters with their occurrences,
        the differences from the canonical text highlighted."""
        from guillemet.cluster_report import render_clusters

        return render_clusters(self, top=top, max_occurrences=max_occurrences)

    def _repr_html_(self) -> str:
        return self.to_html()


def _missing(value: Any) -> bool:
    """None, NaN or NaT."""
    return value is None or (value != value)  # noqa: PLR0124 - NaN is not itself


def _per_doc(values: Sequence[Any] | None, n: int, name: str) -> list[Any]:
    if values is None:
        return [None] * n
    values = list(values)
    if len(values) != n:
        raise _native.OptionError(f"{len(values)} {name} for {n} documents")
    return values


def quote_records(
    docs: Any,
    ids: Sequence[Any] | None = None,
    dates: Sequence[Any] | None = None,
    sources: Sequence[Any] | None = None,
) -> dict[str, list[Any]]:
    """One row per quote of the documents, as columns: ``doc`` (its id),
    ``quote``, ``start``, ``end``, ``kind``, ``text``, ``speaker``,
    ``speaker_kind``, ``date`` and ``source`` (the document's). Records of
    several batches, concatenated in order, cluster like the whole corpus
    (the command line keeps only these, never the documents)."""
    from guillemet.tables import _as_docs

    docs = _as_docs(docs)
    n = len(docs)
    ids = list(range(n)) if ids is None else _per_doc(ids, n, "ids")
    dates = _per_doc(dates, n, "dates")
    sources = _per_doc(sources, n, "sources")
    cols = _native._quote_records(docs)
    positions = cols.pop("doc")
    out: dict[str, list[Any]] = {"doc": [ids[p] for p in positions]}
    out.update(cols)
    out["date"] = [dates[p] for p in positions]
    out["source"] = [sources[p] for p in positions]
    return {name: out[name] for name in RECORD_COLUMNS}


def _codes(values: list[Any]) -> list[int | None]:
    """Each value's number in order of first appearance (None when missing)."""
    numbers: dict[Any, int] = {}
    return [None if _missing(v) else numbers.setdefault(v, len(numbers)) for v in values]


def _doc_codes(ids: list[Any]) -> list[int]:
    """Each document id's number in order of first appearance."""
    numbers: dict[Any, int] = {}
    return [numbers.setdefault(v, len(numbers)) for v in ids]


def _date_ranks(values: list[Any]) -> tuple[list[int | None], list[Any]]:
    """Each date's rank among the distinct dates (None when missing), and
    the dates by rank. Dates may be of any mutually comparable type."""
    distinct = {v for v in values if not _missing(v)}
    try:
        ordered = sorted(distinct)
    except TypeError as e:
        raise TypeError(f"dates must be comparable with each other: {e}") from None
    rank = {v: i for i, v in enumerate(ordered)}
    return [None if _missing(v) else rank[v] for v in values], ordered


def _frame(columns: dict[str, list[Any]], as_frame: bool | str) -> Any:
    if as_frame == "polars":
        from guillemet._frames import require_polars

        return require_polars().DataFrame(columns, strict=False)
    if as_frame not in (True, False, "pandas"):
        from guillemet.errors import OptionError

        raise OptionError(
            f"invalid value {as_frame!r} for option `as_frame`: "
            "expected one of True, False, 'pandas', 'polars'"
        )
    from guillemet._frames import as_frame as _as_frame

    return _as_frame(columns, bool(as_frame))


def cluster_records(
    records: dict[str, list[Any]],
    min_words: int = 4,
    *,
    similarity: float = 0.5,
    as_frame: bool | str = True,
) -> QuoteClusters:
    """Clusters quote records given as columns (those of
    :func:`quote_records`, or an occurrence table's); see the module
    documentation for the tables."""
    if isinstance(min_words, bool) or not isinstance(min_words, int) or min_words < 1:
        from guillemet.errors import OptionError

        raise OptionError(f"min_words must be an integer of at least 1, got {min_words!r}")
    cols = {name: list(records[name]) for name in RECORD_COLUMNS}
    n = len(cols["text"])
    doc_codes = _doc_codes(cols["doc"])
    source_codes = _codes(cols["source"])
    date_ranks, by_rank = _date_ranks(cols["date"])
    voters = [
        s if not _missing(s) and k in VOTING_KINDS else None
        for s, k in zip(cols["speaker"], cols["speaker_kind"], strict=True)
    ]
    clusters, assigned = _native._cluster_records(
        cols["text"],
        cols["kind"],
        doc_codes,
        voters,
        date_ranks,
        source_codes,
        min_words=min_words,
        similarity=similarity,
    )

    def date(rank: int | None) -> Any:
        return None if rank is None else by_rank[rank]

    speakers = clusters["speaker"]
    table = {
        "cluster": list(range(len(speakers))),
        "text": [cols["text"][r] for r in clusters["canonical"]],
        "speaker": speakers,
        "speaker_share": [
            v / total if s is not None and total else None
            for s, v, total in zip(
                speakers, clusters["speaker_votes"], clusters["votes"], strict=True
            )
        ],
        "speaker_votes": clusters["speaker_votes"],
        "occurrences": clusters["occurrences"],
        "documents": clusters["documents"],
        "sources": clusters["sources"],
        "variants": clusters["variants"],
        "first_doc": [cols["doc"][r] for r in clusters["first"]],
        "first_date": [date(r) for r in clusters["first_date"]],
        "last_date": [date(r) for r in clusters["last_date"]],
    }
    rows = [r for r in range(n) if assigned["cluster"][r] is not None]
    occurrences: dict[str, list[Any]] = {
        "cluster": [assigned["cluster"][r] for r in rows],
        **{name: [cols[name][r] for r in rows] for name in ("doc", "quote", "start", "end")},
        "kind": [cols["kind"][r] for r in rows],
        "relation": [assigned["relation"][r] for r in rows],
        "text": [cols["text"][r] for r in rows],
        "speaker": [None if _missing(cols["speaker"][r]) else cols["speaker"][r] for r in rows],
        "speaker_kind": [
            None if _missing(cols["speaker_kind"][r]) else cols["speaker_kind"][r] for r in rows
        ],
        "suggested_speaker": [
            speakers[assigned["cluster"][r]] if voters[r] is None else None for r in rows
        ],
        "date": [None if _missing(cols["date"][r]) else cols["date"][r] for r in rows],
        "source": [None if _missing(cols["source"][r]) else cols["source"][r] for r in rows],
    }
    return QuoteClusters(_frame(table, as_frame), _frame(occurrences, as_frame))


def quote_clusters(
    docs: Any,
    ids: Sequence[Any] | None = None,
    dates: Sequence[Any] | None = None,
    sources: Sequence[Any] | None = None,
    min_words: int = 4,
    *,
    similarity: float = 0.5,
    as_frame: bool | str = True,
) -> QuoteClusters:
    """Clusters the quotes of analysed documents (or texts, analysed with the
    default analyzer): ``(clusters, occurrences)`` tables, see the module
    documentation. ``ids``, ``dates`` (any comparable values: ISO strings,
    ``date``, ``datetime``, ``Timestamp``) and ``sources`` give one value
    per document. ``similarity`` is the smallest word-bigram Jaccard
    similarity of near-duplicates. ``as_frame``: ``True`` or ``"pandas"``
    for pandas DataFrames, ``"polars"``, or ``False`` for lists of row
    dicts."""
    return cluster_records(
        quote_records(docs, ids=ids, dates=dates, sources=sources),
        min_words,
        similarity=similarity,
        as_frame=as_frame,
    )


def _columns_of(table: Any) -> dict[str, list[Any]]:
    """The columns of a pandas or polars DataFrame or a list of row dicts."""
    if isinstance(table, list):
        return {name: [row[name] for row in table] for name in RECORD_COLUMNS}
    if hasattr(table, "to_dict"):
        try:
            return {k: list(v) for k, v in table.to_dict(as_series=False).items()}  # polars
        except TypeError:
            return {k: list(v) for k, v in table.to_dict("list").items()}  # pandas
    raise TypeError(f"expected a DataFrame or a list of dicts, got {type(table).__name__}")


def merge_quote_clusters(
    parts: Iterable[QuoteClusters],
    min_words: int = 4,
    *,
    similarity: float = 0.5,
    as_frame: bool | str = True,
) -> QuoteClusters:
    """The clusters of a corpus from the results of its partitions, given in
    corpus order (each computed with the same ``min_words``): their
    occurrence tables are concatenated and clustered together, which equals
    :func:`quote_clusters` over the whole corpus."""
    merged: dict[str, list[Any]] = {name: [] for name in RECORD_COLUMNS}
    for part in parts:
        cols = _columns_of(part.occurrences)
        for name in RECORD_COLUMNS:
            merged[name].extend(cols[name])
    return cluster_records(merged, min_words, similarity=similarity, as_frame=as_frame)
