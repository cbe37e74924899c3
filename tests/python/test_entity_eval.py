"""The speaker-entity annotation and its scorer (tools/entity_eval.py)."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("entity_eval", ROOT / "tools" / "entity_eval.py")
assert _spec and _spec.loader
entity_eval = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(entity_eval)


def test_b_cubed_counts_split_and_merged_entities() -> None:
    # Perfect clustering.
    assert entity_eval.b_cubed(["a", "a", "b"], [1, 1, 2]) == (3.0, 3.0)
    # One gold entity of two quotes split in two: recall 1/2 for each of them.
    p, r = entity_eval.b_cubed(["a", "a", "b"], [1, 2, 3])
    assert (p, r) == (3.0, 2.0)
    # Two gold entities merged: precision 1/2 for the first two, 1 for the third.
    p, r = entity_eval.b_cubed(["a", "b", "c"], [1, 1, 2])
    assert (p, r) == (2.0, 3.0)


def test_annotation_is_consistent(tmp_path: Path) -> None:
    gold = entity_eval.load_gold(entity_eval.GOLD)
    assert sum(len(v) for v in gold.values()) == 107
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        '{"doc": "1", "quote": "x", "mention": "il", "entity": "1-e1", "name": "A",'
        ' "kind": "person", "gender": "masculine"}\n'
        '{"doc": "1", "quote": "y", "mention": "elle", "entity": "1-e1", "name": "A",'
        ' "kind": "person", "gender": "feminine"}\n',
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match="described two ways"):
        entity_eval.load_gold(bad)


@pytest.mark.skipif(
    not entity_eval.TEXTS.exists() and not os.environ.get("GUILLEMET_REQUIRE_SHARED"),
    reason="../shared/data/wikinews-dev is not beside the checkout",
)
def test_every_annotated_quote_is_in_its_article() -> None:
    gold = entity_eval.load_gold(entity_eval.GOLD)
    for doc, items in gold.items():
        text = (entity_eval.TEXTS / f"{doc}.txt").read_text(encoding="utf-8")
        for item in items:
            start, end = entity_eval.locate(text, item)
            assert text[start:end] == item["quote"]
            assert item["mention"] in text


_kspec = importlib.util.spec_from_file_location("kind_eval", ROOT / "tools" / "kind_eval.py")
assert _kspec and _kspec.loader
kind_eval = importlib.util.module_from_spec(_kspec)
_kspec.loader.exec_module(kind_eval)


def test_kind_annotation_rejects_unknown_kinds(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        '{"source": "s", "doc": "d", "start": 0, "end": 1, "mention": "X", "kind": "place"}\n',
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match="bad kind"):
        kind_eval.load_gold(bad)


@pytest.mark.skipif(
    not kind_eval.DATA.exists() and not os.environ.get("GUILLEMET_REQUIRE_SHARED"),
    reason="../shared/data is not beside the checkout",
)
def test_every_kind_mention_is_at_its_offsets() -> None:
    ud = kind_eval.texts()
    gold = kind_eval.load_gold()
    assert sum(len(v) for v in gold.values()) == 332
    for (source, doc), items in gold.items():
        text = kind_eval.text_of(source, doc, ud)
        for g in items:
            assert text[g["start"] : g["end"]] == g["mention"]
