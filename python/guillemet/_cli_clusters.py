"""The ``--table quote-clusters`` and ``--table quote-occurrences`` outputs
of the ``guillemet`` command: the quote records of each analysed document
are kept (never the documents), then clustered once the corpus is read."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from guillemet.clusters import RECORD_COLUMNS, cluster_records, quote_records

__all__ = ["CLUSTER_TABLES", "COLUMN_TYPES", "QuoteClusterTable"]

CLUSTER_TABLES = ("quote-clusters", "quote-occurrences")

# Column types for the output writers (dates and sources are written as text).
COLUMN_TYPES: dict[str, dict[str, str]] = {
    "quote-clusters": {
        "cluster": "int",
        "text": "str",
        "speaker": "str?",
        "speaker_share": "float?",
        "speaker_votes": "int",
        "occurrences": "int",
        "documents": "int",
        "sources": "int",
        "variants": "int",
        "first_doc": "str",
        "first_date": "str?",
        "last_date": "str?",
    },
    "quote-occurrences": {
        "cluster": "int",
        "quote": "int",
        "start": "int",
        "end": "int",
        "kind": "str",
        "relation": "str",
        "text": "str",
        "speaker": "str?",
        "speaker_kind": "str?",
        "suggested_speaker": "str?",
        "date": "str?",
        "source": "str?",
    },
}


def _label(value: Any) -> str | None:
    return None if value is None else str(value)


class QuoteClusterTable:
    """Collects the quote records of a corpus, one document at a time, and
    writes the clusters or the occurrences at the end."""

    def __init__(self, table: str, min_words: int) -> None:
        self.table = table
        self.min_words = min_words
        self.records: dict[str, list[Any]] = {name: [] for name in RECORD_COLUMNS}

    def add(self, doc_id: Any, doc: Any, date: Any = None, source: Any = None) -> list[Any]:
        """Keeps the quote records of one analysed document; no row is ready
        before the end (the same interface as the other corpus tables)."""
        cols = quote_records([doc], ids=[doc_id], dates=[date], sources=[source])
        for name in RECORD_COLUMNS:
            self.records[name].extend(cols[name])
        return []

    def finish(self) -> Iterator[list[dict[str, Any]]]:
        """The table's rows, once the corpus is read."""
        yield self.rows()

    def rows(self) -> list[dict[str, Any]]:
        """The table's rows, in the order of :data:`COLUMN_TYPES`, with
        ``doc`` first for the occurrences."""
        result = cluster_records(self.records, self.min_words, as_frame=False)
        if self.table == "quote-clusters":
            rows = result.clusters
            for row in rows:
                row["first_doc"] = str(row["first_doc"])
                row["first_date"] = _label(row["first_date"])
                row["last_date"] = _label(row["last_date"])
            names = list(COLUMN_TYPES["quote-clusters"])
        else:
            rows = result.occurrences
            for row in rows:
                row["date"] = _label(row["date"])
                row["source"] = _label(row["source"])
            names = ["doc", *COLUMN_TYPES["quote-occurrences"]]
        return [{name: row[name] for name in names} for row in rows]
