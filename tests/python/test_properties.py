"""Hypothesis: never a panic, tokens in order and slicing exactly, sentences
tiling the tokens, on arbitrary text and French-like text."""

from __future__ import annotations

import json
import pickle

from hypothesis import given, settings
from hypothesis import strategies as st

import guillemet
from guillemet import _native

FRAGMENTS = [
    "le",
    "président",
    "Poutine",
    "a",
    "déclaré",
    "que",
    "l’",
    "l'",
    "OTSC",
    "a-t-il",
    "États-Unis",
    "M.",
    "etc.",
    "10\u202f000",
    "3,5",
    "%",
    "Kremlin.ru",
    "«",
    "»",
    "\u00a0",
    "“",
    "”",
    '"',
    ".",
    ",",
    "!",
    "?",
    "…",
    "—",
    "(",
    ")",
    "\n",
    "\n\n",
    "pre\u00admier",
    "😀",
    "👩\u200d👩\u200d👧",
    "e\u0301",
    "\u200b",
    "\r\n",
    "\x00",
    "Ã©",
    "<b>",
    "selon",
    "20h45",
    "et/ou",
    "°C",
    "traité(e)",
    "Aussitôt",
    "Photos",
    "Jean",
    "1.",
]

text_strategy = st.one_of(
    st.text(max_size=200),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=3)), max_size=60).map(" ".join),
)


def check(text: str, doc: guillemet.Document) -> None:
    prev = 0
    for t in doc.tokens:
        assert t.start >= prev and t.end > t.start
        assert text[t.start : t.end] == t.text
        prev = t.end
    expected_token = 0
    for s in doc.sentences:
        r = s.tokens
        assert r.token_start == expected_token and r.token_end > r.token_start
        assert text[s.start : s.end] == s.text
        assert text[r.start : r.end] == r.text and s.start <= r.start <= r.end <= s.end
        expected_token = r.token_end
    assert expected_token == len(doc.tokens)


@settings(max_examples=300, deadline=None)
@given(text_strategy)
def test_analysis_slices_and_tiles(text: str) -> None:
    check(text, guillemet.analyze(text))


@settings(max_examples=100, deadline=None)
@given(text_strategy)
def test_python_objects_equal_the_rust_json(text: str) -> None:
    doc = guillemet.analyze(text)
    data = json.loads(doc.to_json())
    assert data["schema"] == guillemet.SCHEMA_VERSION
    assert data["offsets"] == "codepoints"
    assert [(t["start"], t["end"], t["text"], t["kind"]) for t in data["tokens"]] == [
        (t.start, t.end, t.text, t.kind) for t in doc.tokens
    ]
    assert [(s["start"], s["end"]) for s in data["sentences"]] == [
        (s.start, s.end) for s in doc.sentences
    ]
    assert guillemet.Document.from_json(doc.to_json()) == doc


@settings(max_examples=100, deadline=None)
@given(text_strategy)
def test_pickle_is_exact_and_compact(text: str) -> None:
    doc = guillemet.analyze(text)
    data = pickle.dumps(doc)
    assert len(data) <= 4 * len(text.encode()) + 1024
    again = pickle.loads(data)
    assert again == doc
    assert again.to_json() == doc.to_json()
    assert [t.stem for t in again] == [t.stem for t in doc]


@settings(max_examples=50, deadline=None)
@given(st.lists(text_strategy, max_size=12), st.integers(min_value=1, max_value=5))
def test_analyze_many_equals_analyze(texts: list[str], batch_size: int) -> None:
    expected = [guillemet.analyze(t) for t in texts]
    assert guillemet.analyze_many(texts, batch_size=batch_size) == expected


@settings(max_examples=200, deadline=None)
@given(text_strategy)
def test_boundary_candidates_are_token_starts(text: str) -> None:
    """The training tool's view (tools/train_boundaries.py): candidate positions
    are token starts, and the rules alone start sentences at token starts only."""
    starts = {t.start for t in guillemet.tokenize(text)}
    rule_starts, candidates = _native._boundary_candidates(text)
    assert set(rule_starts) <= starts
    assert all(offset in starts for offset, _ in candidates)
    assert all(features[0] == "bias" for _, features in candidates)
