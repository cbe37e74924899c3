#!/usr/bin/env python3
"""Score the kind of guillemet's speakers on data outside the Wikinews articles.

Gold: tests/data/speaker-kinds.jsonl (see tests/data/README.md), the kind of each
speaker mention that is not a pronoun in the tuned UD-derived reported speech
(ud-speech: UD French-GSD dev, Sequoia train, ParTUT train; one sentence at a
time) and in fr-litbank's citations (whole texts). A gold mention is matched to
the predicted quote whose speaker mention overlaps it; its kind is the kind of
that mention's resolved speaker (place-as-organisation counts as organisation).
Mentions with no such speaker are counted as unresolved, not scored.

usage: kind_eval.py [--errors]
"""

from __future__ import annotations

import argparse
import json
import pathlib
from collections import defaultdict

ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
GOLD = ROOT / "tests" / "data" / "speaker-kinds.jsonl"
LITBANK = DATA / "fr-litbank-citations" / "brat" / "citations"


def texts() -> dict[tuple[str, str], str]:
    """The text of every UD sentence of the tuned ud-speech files, by (source, doc)."""
    out = {}
    for f in json.loads((ROOT / "tools" / "eval_splits.json").read_text())["ud_speech_tuned"]:
        for line in (DATA / f).read_text(encoding="utf-8").splitlines():
            d = json.loads(line)
            out[(f, d["doc"])] = d["text"]
    return out


KINDS = {"person", "organisation", "place-as-organisation", "anonymous"}


def load_gold(path: pathlib.Path = GOLD) -> dict[tuple[str, str], list[dict]]:
    """The gold mentions by (source, doc), kinds checked."""
    by_doc: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        g = json.loads(line)
        if g["kind"] not in KINDS:
            raise ValueError(f"{path}:{number}: bad kind: {g}")
        by_doc[(g["source"], g["doc"])].append(g)
    return by_doc


def text_of(source: str, doc: str, ud: dict[tuple[str, str], str]) -> str:
    """The text a gold mention's offsets point into."""
    if source.startswith("ud-speech"):
        return ud[(source, doc)]
    return (LITBANK / f"{doc}.txt").read_text(encoding="utf-8")


def main() -> None:
    import guillemet

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", action="store_true", help="list the wrong kinds")
    args = ap.parse_args()
    ud = texts()
    by_doc = load_gold()
    stats: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # items, resolved, right
    for (source, doc), items in by_doc.items():
        text = text_of(source, doc, ud)
        mentions = [q.speaker for q in guillemet.analyze(text).quotes if q.speaker]
        group = source.split("/")[0]
        for g in items:
            s = stats[group]
            s[0] += 1
            if text[g["start"] : g["end"]] != g["mention"]:
                raise ValueError(f"{doc}: {g['mention']!r} not at {g['start']}")
            hit = next(
                (
                    m.speaker
                    for m in mentions
                    if m.speaker is not None and m.start < g["end"] and g["start"] < m.end
                ),
                None,
            )
            if hit is None:
                continue
            s[1] += 1
            want = "organisation" if g["kind"] == "place-as-organisation" else g["kind"]
            s[2] += hit.kind == want
            if args.errors and hit.kind != want:
                print(f"{source} {doc} {g['mention']!r} gold {want} -> {hit.name!r} {hit.kind}")
    total = [sum(s[i] for s in stats.values()) for i in range(3)]
    for group, (n, resolved, right) in [*sorted(stats.items()), ("all", total)]:
        print(
            f"speaker kinds ({group}, {n} mentions, {resolved} with a resolved speaker): "
            f"kind acc {100 * right / max(1, resolved):.1f} ({right}/{resolved})"
        )


if __name__ == "__main__":
    main()
