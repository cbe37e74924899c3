#!/usr/bin/env python3
"""Speed of guillemet against the anchors, in one process on the same texts.

    python benchmarks/compare.py [--size-mb 2] [--out results.md]

The corpus is the seed article plus ../shared/data/wikinews-dev/*.txt when
present, repeated to about --size-mb megabytes. Every tool runs on the same
texts in this process (slow pipelines on a prefix, marked); each prints MB/s
and its ratio to guillemet's full analysis. Peak memory is measured apart, in
a fresh process per tool (peak RSS growth while the tool runs on the corpus). Anchors that are not
installed are skipped with a note. It also times term counting against
collections.Counter over PyStemmer and NLTK stems, and analyze_many on every
core against one thread.
"""

from __future__ import annotations

import argparse
import datetime
import gc
import os
import platform
import resource
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import guillemet

ROOT = Path(__file__).resolve().parents[1]


def corpus(size_mb: float) -> list[str]:
    texts = [guillemet.SEED_ARTICLE]
    wiki = ROOT.parent / "shared" / "data" / "wikinews-dev"
    texts += [p.read_text(encoding="utf-8") for p in sorted(wiki.glob("*.txt"))]
    size = sum(len(t.encode()) for t in texts)
    return texts * max(1, round(size_mb * 1e6 / size))


def mb(texts: list[str]) -> float:
    return sum(len(t.encode()) for t in texts) / 1e6


def best_of(fn: Callable[[], object], repeat: int) -> float:
    """Best wall time of `repeat` runs; results are freed after timing."""
    times = []
    for _ in range(repeat):
        gc.collect()
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
        del result
    return min(times)


def peak_rss_mb(name: str, size_mb: float) -> float | None:
    """Peak RSS growth (MB) of one tool over the corpus, in a fresh process:
    ru_maxrss after running it, minus ru_maxrss once the corpus is built and
    the tool imported."""
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, __file__, "--memory-of", name, "--size-mb", str(size_mb)],
        capture_output=True,
        text=True,
        check=False,
    )
    try:
        return float(result.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        return None


def _peak_rss_kb() -> int:
    """This process's peak RSS in KiB. On Linux, VmHWM: ru_maxrss survives
    fork+exec and starts at the parent's peak, which would hide the tool's
    growth whenever the benchmarking parent is larger than the child."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def memory_of(name: str, size_mb: float) -> None:
    texts = corpus(size_mb)
    for tool, share, factory in TOOLS:
        fn = _load(factory) if tool == name else None
        if fn is not None:
            part = texts[: max(1, int(len(texts) * share))]
            before = _peak_rss_kb()
            kept = fn(part)
            after = _peak_rss_kb()
            del kept
            print((after - before) / 1024)
            return


Runner = Callable[[list[str]], object]


def _guillemet_full() -> Runner:
    analyzer = guillemet.Analyzer()
    return lambda ts: [analyzer.analyze(t) for t in ts]


def _guillemet_tokens() -> Runner:
    analyzer = guillemet.Analyzer()
    return lambda ts: [analyzer.tokenize(t) for t in ts]


def _spacy_tokenizer() -> Runner:
    import spacy

    nlp = spacy.blank("fr")
    return lambda ts: [nlp.make_doc(t) for t in ts]


def _spacy_sm() -> Runner:
    import spacy

    nlp = spacy.load("fr_core_news_sm")
    return lambda ts: [nlp(t) for t in ts]


def _blingfire_words() -> Runner:
    import blingfire

    return lambda ts: [blingfire.text_to_words(t) for t in ts]


def _blingfire_sentences() -> Runner:
    import blingfire

    return lambda ts: [blingfire.text_to_sentences(t) for t in ts]


def _sacremoses() -> Runner:
    from sacremoses import MosesTokenizer

    moses = MosesTokenizer(lang="fr")
    return lambda ts: [moses.tokenize(t, escape=False) for t in ts]


def _pysbd() -> Runner:
    import pysbd

    seg = pysbd.Segmenter(language="fr", clean=False)
    return lambda ts: [seg.segment(t) for t in ts]


def _pystemmer() -> Runner:
    import Stemmer

    st = Stemmer.Stemmer("french")
    return lambda ts: [st.stemWords(t.lower().split()) for t in ts]


def _nltk() -> Runner:
    from nltk.stem.snowball import FrenchStemmer

    stemmer = FrenchStemmer()
    return lambda ts: [[stemmer.stem(w) for w in t.lower().split()] for t in ts]


# (name, share of the corpus it runs on, factory importing the tool)
TOOLS: list[tuple[str, float, Callable[[], Runner]]] = [
    ("guillemet full analysis", 1.0, _guillemet_full),
    ("guillemet tokenize only", 1.0, _guillemet_tokens),
    ("spaCy fr tokenizer", 1.0, _spacy_tokenizer),
    ("spaCy fr_core_news_sm pipeline", 0.01, _spacy_sm),
    ("blingfire words", 1.0, _blingfire_words),
    ("blingfire sentences", 1.0, _blingfire_sentences),
    ("sacremoses", 0.1, _sacremoses),
    ("pysbd", 0.05, _pysbd),
    ("PyStemmer over str.split", 1.0, _pystemmer),
    ("NLTK Snowball over str.split", 0.05, _nltk),
]


def _load(factory: Callable[[], Runner]) -> Runner | None:
    try:
        return factory()
    except (ImportError, OSError):
        return None


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--size-mb", type=float, default=2.0)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--memory-of", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory_of:
        memory_of(args.memory_of, args.size_mb)
        return
    texts = corpus(args.size_mb)
    lines = [
        f"Run on {datetime.date.today()} — {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, guillemet {guillemet.__version__}; "
        f"corpus {mb(texts):.2f} MB ({len(texts)} articles).",
        "",
        "| tool (single thread) | MB/s | × guillemet full | peak RSS (MB) |",
        "|---|---:|---:|---:|",
    ]
    speeds: dict[str, float] = {}
    for name, share, factory in TOOLS:
        fn = _load(factory)
        if fn is None:
            print(f"note: {name} is not installed, skipped")
            lines.append(f"| {name} | not installed | | |")
            continue
        part = texts[: max(1, int(len(texts) * share))]
        dt = best_of(lambda fn=fn, part=part: fn(part), args.repeat if share >= 1 else 1)
        speed = mb(part) / dt
        speeds[name] = speed
        ref = speeds["guillemet full analysis"]
        rss = peak_rss_mb(name, args.size_mb)
        label = name + (" (prefix)" if share < 1 else "")
        lines.append(
            f"| {label} | {speed:.2f} | {speed / ref:.3g} | {rss:.0f} |"
            if rss is not None
            else f"| {label} | {speed:.2f} | {speed / ref:.3g} | – |"
        )
        print(lines[-1], flush=True)

    # Counting: text -> stem counts.
    lines += ["", "| term counting, text → stem counts | MB/s | × guillemet |", "|---|---:|---:|"]
    docs = [guillemet.analyze(t) for t in texts]
    counting = {
        "guillemet analyze + term_frequencies": lambda: guillemet.term_frequencies(
            texts, by="stem", stopwords=True, as_frame=False
        ),
        "guillemet term_frequencies on analysed docs": lambda: guillemet.term_frequencies(
            docs, by="stem", stopwords=True, as_frame=False
        ),
    }
    try:
        import Stemmer

        st = Stemmer.Stemmer("french")
        counting["Counter over PyStemmer (str.split)"] = lambda: Counter(
            w for t in texts for w in st.stemWords(t.lower().split())
        )
    except ImportError:
        pass
    try:
        from nltk.stem.snowball import FrenchStemmer

        fs = FrenchStemmer()
        prefix = texts[: max(1, len(texts) // 20)]
        counting["Counter over NLTK Snowball (str.split, prefix)"] = lambda: Counter(
            fs.stem(w) for t in prefix for w in t.lower().split()
        )
    except ImportError:
        pass
    count_speed: dict[str, float] = {}
    for name, fn in counting.items():
        size = mb(texts[: max(1, len(texts) // 20)]) if "prefix" in name else mb(texts)
        dt = best_of(fn, 1 if "NLTK" in name else args.repeat)
        count_speed[name] = size / dt
        ref = count_speed["guillemet analyze + term_frequencies"]
        lines.append(f"| {name} | {size / dt:.2f} | {(size / dt) / ref:.3g} |")
        print(lines[-1], flush=True)

    # Batch analysis on every core, over 10,000 articles.
    articles = (texts * (10_000 // len(texts) + 1))[:10_000]
    lines += [
        "",
        f"| analyze_many, {len(articles):,} articles ({mb(articles):.1f} MB) | MB/s | speed-up |",
        "|---|---:|---:|",
    ]
    one = best_of(lambda: guillemet.analyze_many(articles, n_threads=1), args.repeat)
    cores = os.cpu_count() or 1
    many = best_of(lambda: guillemet.analyze_many(articles, n_threads=cores), args.repeat)
    lines.append(f"| 1 thread | {mb(articles) / one:.2f} | 1.00 |")
    lines.append(f"| {cores} threads | {mb(articles) / many:.2f} | {one / many:.2f} |")
    print("\n".join(lines[-2:]), flush=True)
    if args.out:
        args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
