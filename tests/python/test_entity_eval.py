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
