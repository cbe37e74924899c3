#!/usr/bin/env python3
"""Speed of guillemet against the anchors, in one process on the same texts.

    python benchmarks/compare.py [--size-mb 2] [--stream-mb 200] [--out results.md]

Two corpora, each repeated to about --size-mb megabytes:
- news: the seed article plus ../shared/data/wikinews-dev/*.txt when present;
- short: one to three consecutive sentences of the tuned UD French files of
  tools/eval_splits.json (GSD dev, Sequoia train, ParTUT train), the length of
  a headline or a social-media post, where the cost per document shows.

Every tool runs on the same texts in this process (slow pipelines on a prefix,
marked); each prints MB/s, documents/s and its ratio to guillemet's full
analysis. Peak memory is measured apart, in a fresh process per tool (peak RSS
growth while the tool runs on the news corpus). Anchors that are not
installed are skipped with a note.

Then the ratios that issue 16 sets as targets, each timed by alternating the
two sides five times (best of each), so that a host whose load drifts treats
both alike: guillemet's full analysis and tokenising against blingfire words,
pickling (size against the text, unpickling against analysing),
analyze_many on every core against one thread, and with --stream-mb the peak
resident memory of iter_analyze over that many megabytes of text (in a fresh
process). It also times term counting against collections.Counter over
PyStemmer and NLTK stems.
"""

from __future__ import annotations

import argparse
import datetime
import gc
import json
import os
import pickle
import platform
import resource
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import guillemet

ROOT = Path(__file__).resolve().parents[1]


DATA = ROOT.parent / "shared" / "data"


def _repeat(texts: list[str], size_mb: float) -> list[str]:
    size = sum(len(t.encode()) for t in texts)
    return texts * max(1, round(size_mb * 1e6 / size))


def corpus(size_mb: float) -> list[str]:
    """News: the seed article and the Wikinews articles."""
    texts = [guillemet.SEED_ARTICLE]
    texts += [p.read_text(encoding="utf-8") for p in sorted((DATA / "wikinews-dev").glob("*.txt"))]
    return _repeat(texts, size_mb)


def short_corpus(size_mb: float) -> list[str]:
    """Short texts: runs of one, two, three, one… consecutive sentences of the
    tuned UD French files (the seed article's sentences when they are
    missing)."""
    splits = json.loads((ROOT / "tools" / "eval_splits.json").read_text(encoding="utf-8"))
    sentences: list[str] = []
    for name in splits["conllu_tuned"]:
        path = DATA / name
        if path.exists():
            with path.open(encoding="utf-8") as f:
                sentences += [line[9:].strip() for line in f if line.startswith("# text = ")]
    if not sentences:
        sentences = [s.text for s in guillemet.analyze(guillemet.SEED_ARTICLE).sentences]
    texts, i, k = [], 0, 0
    while i < len(sentences):
        n = 1 + k % 3
        texts.append(" ".join(sentences[i : i + n]))
        i, k = i + n, k + 1
    return _repeat(texts, size_mb)


CORPORA: dict[str, Callable[[float], list[str]]] = {"news": corpus, "short": short_corpus}


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


def alternate(a: Callable[[], object], b: Callable[[], object], rounds: int) -> tuple[float, float]:
    """Best wall times of `a` and `b`, run alternately `rounds` times."""
    ta, tb = [], []
    for _ in range(rounds):
        ta.append(best_of(a, 1))
        tb.append(best_of(b, 1))
    return min(ta), min(tb)


def speed_table(name: str, texts: list[str], repeat: int, size_mb: float) -> list[str]:
    """One row per installed tool on `texts`; peak RSS on the news corpus."""
    lines = [
        f"{name} corpus: {mb(texts):.2f} MB, {len(texts):,} texts "
        f"({mb(texts) * 1e6 / len(texts):,.0f} bytes each on average).",
        "",
        "| tool (single thread) | MB/s | documents/s | × guillemet full | peak RSS (MB) |",
        "|---|---:|---:|---:|---:|",
    ]
    speeds: dict[str, float] = {}
    for tool, share, factory in TOOLS:
        fn = _load(factory)
        if fn is None:
            print(f"note: {tool} is not installed, skipped")
            lines.append(f"| {tool} | not installed | | | |")
            continue
        part = texts[: max(1, int(len(texts) * share))]
        dt = best_of(lambda fn=fn, part=part: fn(part), repeat if share >= 1 else 1)
        speed = mb(part) / dt
        speeds[tool] = speed
        ref = speeds["guillemet full analysis"]
        rss = peak_rss_mb(tool, size_mb) if name == "news" else None
        label = tool + (" (prefix)" if share < 1 else "")
        memory = f"{rss:.0f}" if rss is not None else "–"
        lines.append(
            f"| {label} | {speed:.2f} | {len(part) / dt:,.0f} | {speed / ref:.3g} | {memory} |"
        )
        print(lines[-1], flush=True)
    return lines


def target_ratios(corpora: dict[str, list[str]], rounds: int) -> list[str]:
    """guillemet against blingfire words, each pair timed alternately."""
    lines = [
        "| ratio (issue 16 target), alternating runs | guillemet MB/s | blingfire MB/s | ratio |",
        "|---|---:|---:|---:|",
    ]
    words = _load(_blingfire_words)
    if words is None:
        return ["note: blingfire is not installed, no target ratios"]
    analyzer = guillemet.Analyzer()
    cases = [
        ("full analysis / blingfire words, news (≥ 1.2)", "news", analyzer.analyze),
        ("full analysis / blingfire words, short (≥ 1.0)", "short", analyzer.analyze),
        (
            "tokenise (tokens, norms, stems) / blingfire words, news (≥ 3)",
            "news",
            analyzer.tokenize,
        ),
    ]
    for label, corpus_name, run in cases:
        texts = corpora[corpus_name]
        ours, theirs = alternate(
            lambda run=run, texts=texts: [run(t) for t in texts],
            lambda texts=texts: words(texts),
            rounds,
        )
        size = mb(texts)
        lines.append(f"| {label} | {size / ours:.2f} | {size / theirs:.2f} | {theirs / ours:.2f} |")
        print(lines[-1], flush=True)
    return lines


def pickle_figures(texts: list[str], rounds: int) -> list[str]:
    """Pickle size against the text, and unpickling against analysing."""
    unique = list(dict.fromkeys(texts))
    docs = [guillemet.analyze(t) for t in unique]
    blobs = [pickle.dumps(d) for d in docs]
    assert all(pickle.loads(b) == d for b, d in zip(blobs, docs, strict=True))
    sizes = [len(t.encode()) for t in unique]
    worst = max(len(b) / (4 * n + 1024) for b, n in zip(blobs, sizes, strict=True))
    total = sum(len(b) for b in blobs) / sum(sizes)
    reps = max(1, len(texts) // len(unique))
    analyse, unpickle = alternate(
        lambda: [guillemet.analyze(t) for _ in range(reps) for t in unique],
        lambda: [pickle.loads(b) for _ in range(reps) for b in blobs],
        rounds,
    )
    size = mb(unique) * reps
    return [
        "| pickled Document, news corpus | value | target |",
        "|---|---:|---|",
        f"| pickle bytes / text bytes (all documents) | {total:.2f} | |",
        f"| largest pickle / (4 × text + 1 kB) | {worst:.2f} | ≤ 1 |",
        f"| unpickling MB/s / analysing MB/s | {size / unpickle:.1f} / {size / analyse:.1f}"
        f" = {analyse / unpickle:.2f} | ≥ 1 |",
    ]


def stream_memory(stream_mb: float) -> float:
    """Peak resident MB of iter_analyze over `stream_mb` MB of news text, each
    text made unique by a word of its own (so caches meet new forms), in a
    fresh process."""
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, __file__, "--stream-of", str(stream_mb)],
        capture_output=True,
        text=True,
        check=True,
    )
    return float(result.stdout.strip().splitlines()[-1])


def _stream_of(stream_mb: float) -> None:
    base = corpus(0)

    def texts() -> Iterator[str]:
        total, i = 0, 0
        while total < stream_mb * 1e6:
            text = f"{base[i % len(base)]} mot{i:x}"
            total += len(text.encode())
            i += 1
            yield text

    for doc in guillemet.iter_analyze(texts()):
        del doc
    print(_peak_rss_kb() / 1024)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--size-mb", type=float, default=2.0)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--rounds", type=int, default=5, help="alternations for the ratios")
    parser.add_argument("--stream-mb", type=float, default=0, help="iter_analyze memory test")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--memory-of", help=argparse.SUPPRESS)
    parser.add_argument("--stream-of", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory_of:
        memory_of(args.memory_of, args.size_mb)
        return
    if args.stream_of:
        _stream_of(args.stream_of)
        return
    corpora = {name: build(args.size_mb) for name, build in CORPORA.items()}
    texts = corpora["news"]
    lines = [
        f"Run on {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC — "
        f"{platform.node()}, {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, guillemet {guillemet.__version__}.",
        "",
    ]
    for name, corpus_texts in corpora.items():
        lines += speed_table(name, corpus_texts, args.repeat, args.size_mb) + [""]
    lines += target_ratios(corpora, args.rounds) + [""]
    lines += pickle_figures(texts, args.rounds)
    print("\n".join(lines[-5:]), flush=True)

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
    cores = os.cpu_count() or 1
    one, many = alternate(
        lambda: guillemet.analyze_many(articles, n_threads=1),
        lambda: guillemet.analyze_many(articles, n_threads=cores),
        args.repeat,
    )
    lines += [
        "",
        f"| analyze_many, {len(articles):,} articles ({mb(articles):.1f} MB) | MB/s | speed-up |",
        "|---|---:|---:|",
        f"| 1 thread | {mb(articles) / one:.2f} | 1.00 |",
        f"| {cores} threads | {mb(articles) / many:.2f} | {one / many:.2f} |",
    ]
    print("\n".join(lines[-2:]), flush=True)
    if args.stream_mb:
        peak = stream_memory(args.stream_mb)
        lines += ["", f"iter_analyze over {args.stream_mb:g} MB of text: peak RSS {peak:.0f} MB."]
        print(lines[-1], flush=True)
    if args.out:
        args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
