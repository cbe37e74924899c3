"""analyze_many: order, equality with analyze, any iterable, error modes,
progress bar, threads, and one Analyzer shared by many threads."""

from __future__ import annotations

import sys
from concurrent.futures import ThreadPoolExecutor

import pandas as pd
import pytest

import guillemet
from guillemet import errors

TEXTS = [
    guillemet.SEED_ARTICLE,
    "« Nous agirons », a déclaré Anne Martin.",
    "",
    "Selon l'AFP, trois personnes ont été arrêtées.",
    "😀 « » \u00a0 pre\u00admier",
] * 7


def test_equals_sequential_analysis_in_order() -> None:
    expected = [guillemet.analyze(t) for t in TEXTS]
    for n_threads in (None, 1, 2):
        assert guillemet.analyze_many(TEXTS, n_threads=n_threads, batch_size=4) == expected


def test_iter_analyze_keeps_no_reference_to_what_it_yielded() -> None:
    # The loop variable and getrefcount's argument are the only references:
    # a document the caller drops is freed at once, so a stream holds one
    # batch at most (not the batch being read and the next one).
    seen = 0
    for doc in guillemet.iter_analyze(TEXTS, batch_size=4, n_threads=2):
        assert sys.getrefcount(doc) <= 2
        seen += 1
    assert seen == len(TEXTS)


def test_any_iterable() -> None:
    expected = [guillemet.analyze(t) for t in TEXTS[:6]]
    assert guillemet.analyze_many(iter(TEXTS[:6])) == expected
    assert guillemet.analyze_many(t for t in TEXTS[:6]) == expected
    assert guillemet.analyze_many(pd.Series(TEXTS[:6])) == expected
    assert guillemet.analyze_many([]) == []


def test_error_modes() -> None:
    texts = ["un", 3, b"\xff", "deux"]
    with pytest.raises(TypeError) as info:
        guillemet.analyze_many(texts)
    assert info.value.index == 1  # type: ignore[attr-defined]
    skipped = guillemet.analyze_many(texts, errors="skip")
    assert [d.text for d in skipped] == ["un", "deux"]
    stored = guillemet.analyze_many(texts, errors="store", batch_size=3)
    assert isinstance(stored[1], TypeError) and isinstance(stored[2], errors.InputError)
    assert stored[2].index == 2  # type: ignore[attr-defined]
    assert [stored[0].text, stored[3].text] == ["un", "deux"]


def test_a_failing_document_does_not_lose_the_others() -> None:
    small = guillemet.Analyzer(max_document_bytes=10)
    out = small.analyze_many(["court", "beaucoup trop long", "bref"], errors="store")
    assert out[0].text == "court" and out[2].text == "bref"
    assert isinstance(out[1], errors.DocumentTooLargeError)


def test_invalid_options_are_value_errors() -> None:
    for kwargs in ({"errors": "ignore"}, {"batch_size": 0}, {"n_threads": 0}, {"progress": "yes"}):
        with pytest.raises(errors.OptionError):
            guillemet.analyze_many(["a"], **kwargs)
    with pytest.raises(TypeError, match="single str"):
        guillemet.analyze_many("un texte")


def test_progress_bar(capsys: pytest.CaptureFixture[str]) -> None:
    guillemet.analyze_many(TEXTS, progress=True, batch_size=10)
    err = capsys.readouterr().err
    assert "guillemet" in err and f"{len(TEXTS)}/{len(TEXTS)}" in err
    guillemet.analyze_many(TEXTS, progress="auto")  # not a notebook: no bar
    assert capsys.readouterr().err == ""


def test_one_analyzer_many_threads() -> None:
    analyzer = guillemet.Analyzer()
    expected = [analyzer.analyze(t) for t in TEXTS]
    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(analyzer.analyze, TEXTS))
        batches = list(pool.map(lambda _: analyzer.analyze_many(TEXTS[:10]), range(4)))
    assert got == expected
    assert all(b == expected[:10] for b in batches)


def _analyse_in_child(texts: list[str]) -> list[int]:
    """Run in a forked child: batch analysis on every thread count."""
    return [
        len(doc.quotes) for n in (None, 1, 2) for doc in guillemet.analyze_many(texts, n_threads=n)
    ]


@pytest.mark.filterwarnings("ignore:This process .* is multi-threaded:DeprecationWarning")
def test_a_forked_child_analyses_in_parallel() -> None:
    """A child made by fork (multiprocessing's default on Linux) after the
    parent used the thread pools gets pools of its own: the inherited ones
    have no threads, and a batch sent to them never returned."""
    import multiprocessing

    texts = TEXTS[:10]
    expected = [
        len(doc.quotes) for n in (None, 1, 2) for doc in guillemet.analyze_many(texts, n_threads=n)
    ]
    context = multiprocessing.get_context("fork")
    with context.Pool(2) as workers:
        results = [workers.apply_async(_analyse_in_child, (texts,)) for _ in range(2)]
        try:
            assert [r.get(timeout=60) for r in results] == [expected, expected]
        finally:
            workers.terminate()
