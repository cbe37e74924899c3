"""Analyse a corpus with Dask on a local distributed cluster.

    python examples/dask_corpus.py [FOLDER]
    python examples/dask_corpus.py --clusters CORPUS.jsonl

Each worker process analyses a partition of the texts with guillemet (the
documents travel back pickled), and the quotes are gathered into one table.
The same pattern runs on Spark with ``rdd.mapPartitions``: see the README.

With ``--clusters``, the quotes are followed across the corpus: each worker
clusters the quotes of its partition with ``guillemet.quote_clusters``
(tables as plain dicts, cheap to pickle), and the merge step,
``guillemet.merge_quote_clusters``, clusters the partitions' occurrence
tables together. Clustering depends only on the occurrences and their
order, so the result equals ``quote_clusters`` over the whole corpus on one
machine (the test suite checks it). Each JSONL line holds ``id``, ``text``
and optionally ``date`` and ``source``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

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


def on_dask(items: list[Any], partition: Callable[[list[Any]], list[Any]], n_workers: int) -> list:
    """``partition`` run on each partition of ``items`` on a local Dask
    cluster; the results concatenated in corpus order."""
    import dask.bag as db
    from dask.distributed import Client, LocalCluster

    with (
        LocalCluster(
            n_workers=n_workers, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster),
    ):
        bag = db.from_sequence(items, npartitions=max(1, min(len(items), 4 * n_workers)))
        return bag.map_partitions(partition).compute()


def run(items: list[tuple[str, str]], n_workers: int = 2) -> list[dict[str, object]]:
    """The quote table of a corpus of (id, text) pairs, computed on a local
    Dask cluster, in corpus order."""
    return on_dask(items, analyse_partition, n_workers)


def cluster_partition(articles: list[dict[str, Any]]) -> list[guillemet.QuoteClusters]:
    """Runs in a worker: analyses one partition and clusters its quotes."""
    docs = guillemet.analyze_many([a["text"] for a in articles])
    return [
        guillemet.quote_clusters(
            docs,
            ids=[a["id"] for a in articles],
            dates=[a.get("date") for a in articles],
            sources=[a.get("source") for a in articles],
            as_frame=False,
        )
    ]


def run_quote_clusters(
    articles: list[dict[str, Any]], n_workers: int = 2
) -> guillemet.QuoteClusters:
    """The quote clusters of a corpus of articles (dicts with id, text,
    date, source): partitions clustered on Dask, then the merge step."""
    parts = on_dask(articles, cluster_partition, n_workers)
    return guillemet.merge_quote_clusters(parts, as_frame=False)


def main(argv: list[str]) -> int:
    if len(argv) > 2 and argv[1] == "--clusters":
        lines = Path(argv[2]).read_text(encoding="utf-8").splitlines()
        result = run_quote_clusters([json.loads(line) for line in lines if line.strip()])
        for c in result.clusters[:20]:
            print(f"{c['occurrences']:>4} {c['speaker'] or '?':<24} {str(c['text'])[:70]}")
        return 0
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
