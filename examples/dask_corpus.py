"""Analyse a corpus with Dask on a local distributed cluster.

    python examples/dask_corpus.py [FOLDER]

Each worker process analyses a partition of the texts with guillemet (the
documents travel back pickled), and the quotes are gathered into one table.
The same pattern runs on Spark with ``rdd.mapPartitions``: see the README.
"""

from __future__ import annotations

import sys
from pathlib import Path

import guillemet


def quote_rows(doc: guillemet.Document, doc_id: str) -> list[dict[str, object]]:
    """One row per quote, for a corpus table."""
    return [
        {
            "doc": doc_id,
            "kind": q.kind,
            "text": q.text,
            "speaker": q.speaker_name,
            "cue": q.cue.lemma if q.cue else None,
        }
        for q in doc.quotes
    ]


def analyse_partition(items: list[tuple[str, str]]) -> list[dict[str, object]]:
    """Runs in a worker: analyses one partition, on the worker's cores."""
    ids = [i for i, _ in items]
    docs = guillemet.analyze_many([t for _, t in items])
    return [row for doc_id, doc in zip(ids, docs, strict=False) for row in quote_rows(doc, doc_id)]


def run(items: list[tuple[str, str]], n_workers: int = 2) -> list[dict[str, object]]:
    """The quote table of a corpus of (id, text) pairs, computed on a local
    Dask cluster, in corpus order."""
    import dask.bag as db
    from dask.distributed import Client, LocalCluster

    with (
        LocalCluster(
            n_workers=n_workers, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster),
    ):
        bag = db.from_sequence(items, npartitions=max(1, min(len(items), 4 * n_workers)))
        return bag.map_partitions(analyse_partition).compute()


def main(argv: list[str]) -> int:
    folder = Path(argv[1]) if len(argv) > 1 else None
    if folder is None:
        items = [("seed", guillemet.SEED_ARTICLE)]
    else:
        items = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.txt"))]
    rows = run(items)
    for row in rows:
        print(f"{row['doc']}\t{row['kind']}\t{row['speaker']}\t{str(row['text'])[:60]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
