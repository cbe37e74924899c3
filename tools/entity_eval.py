#!/usr/bin/env python3
"""Score guillemet's speaker entities against tests/data/wikinews-entities.jsonl.

Each gold line is one attributed quote of the Wikinews dev articles with the entity
its speaker mention refers to (an id per article), the entity's kind and its gender cue
as the text gives it (see tests/data/README.md). Each gold quote is matched to a
predicted quote as quote_eval.py does (the prediction covering the largest share of
it, more than 30 %); the quote's predicted entity is the resolved speaker of its
mention. A gold quote with no match, or whose match has no resolved speaker, is an
entity of its own.

- entity links: B³ (Bagga & Baldwin 1998) over the gold quotes of each article,
  precision and recall averaged over quotes;
- kind accuracy: over quotes with a resolved speaker, predicted kind equals gold
  kind (place-as-organisation counts as organisation);
- gender cues: over the same quotes, a contradiction is a masculine cue where the
  text gives a feminine one or the reverse; an unsupported cue is a masculine or
  feminine cue where the text gives none (or contradictory ones).

usage: entity_eval.py [--unseen] [--errors] [GOLD.jsonl]
The split comes from tools/eval_splits.json; --errors lists the tuned split's errors
(never use it with --unseen).
"""

from __future__ import annotations

import argparse
import json
import pathlib
from collections import defaultdict

ROOT = pathlib.Path(__file__).resolve().parent.parent
TEXTS = ROOT.parent / "shared" / "data" / "wikinews-dev"
GOLD = ROOT / "tests" / "data" / "wikinews-entities.jsonl"
SPLITS = json.loads((ROOT / "tools" / "eval_splits.json").read_text())
THRESHOLD = 0.3
KINDS = {"person", "organisation", "place-as-organisation", "anonymous"}
GENDERS = {"masculine", "feminine", "unknown"}


def overlap(p: tuple[int, int], g: tuple[int, int]) -> float:
    return max(0, min(p[1], g[1]) - max(p[0], g[0])) / max(1, g[1] - g[0])


def load_gold(path: pathlib.Path) -> dict[str, list[dict]]:
    gold: dict[str, list[dict]] = defaultdict(list)
    seen: dict[str, tuple[str, str, str]] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        a = json.loads(line)
        if a["kind"] not in KINDS or a["gender"] not in GENDERS:
            raise ValueError(f"{path}:{number}: bad kind or gender: {a}")
        attrs = (a["name"], a["kind"], a["gender"])
        if seen.setdefault(a["entity"], attrs) != attrs:
            raise ValueError(f"{path}:{number}: entity {a['entity']} described two ways")
        gold[a["doc"]].append(a)
    return gold


def locate(text: str, item: dict) -> tuple[int, int]:
    start = -1
    for _ in range(item.get("occurrence", 1)):
        start = text.find(item["quote"], start + 1)
    if start < 0:
        raise ValueError(f"quote not in {item['doc']}: {item['quote'][:60]!r}")
    return start, start + len(item["quote"])


def predicted_entities(doc, items: list[dict], text: str) -> list[dict | None]:
    """For each gold item, the predicted speaker of the quote matched to it."""
    quotes = list(doc.quotes)
    used: set[int] = set()
    out: list[dict | None] = []
    for item in items:
        span = locate(text, item)
        best, pick = THRESHOLD, None
        for i, q in enumerate(quotes):
            ov = overlap((q.start, q.end), span)
            if i not in used and ov > best:
                best, pick = ov, i
        speaker = None
        if pick is not None:
            used.add(pick)
            mention = quotes[pick].speaker
            if mention is not None and mention.speaker is not None:
                s = mention.speaker
                speaker = {
                    "id": s.index,
                    "name": s.name,
                    "kind": s.kind,
                    "gender": s.gender,
                    "mention": mention.text,
                }
        out.append(speaker)
    return out


def b_cubed(gold_ids: list[str], pred_ids: list[object]) -> tuple[float, float]:
    """Sums of B³ precision and recall over the items of one article."""
    p_sum = r_sum = 0.0
    for i in range(len(gold_ids)):
        g = {j for j in range(len(gold_ids)) if gold_ids[j] == gold_ids[i]}
        s = {j for j in range(len(pred_ids)) if pred_ids[j] == pred_ids[i]}
        both = len(g & s)
        p_sum += both / len(s)
        r_sum += both / len(g)
    return p_sum, r_sum


def evaluate(gold: dict[str, list[dict]], docs: list[str], errors: bool = False) -> dict:
    import guillemet

    n = p_sum = r_sum = 0.0
    resolved = kind_right = gender_right = contradictions = unsupported = 0
    lines: list[str] = []
    for d in docs:
        items = gold.get(d, [])
        if not items:
            continue
        text = (TEXTS / f"{d}.txt").read_text(encoding="utf-8")
        preds = predicted_entities(guillemet.analyze(text), items, text)
        gold_ids = [a["entity"] for a in items]
        pred_ids: list[object] = [
            ("speaker", p["id"]) if p else ("none", i) for i, p in enumerate(preds)
        ]
        ps, rs = b_cubed(gold_ids, pred_ids)
        n += len(items)
        p_sum += ps
        r_sum += rs
        for a, p in zip(items, preds, strict=True):
            if errors:
                who = f"{p['name']!r} ({p['kind']}, {p['gender']})" if p else "none"
                lines.append(
                    f"{d} {a['entity']} {a['mention']!r} gold {a['name']!r} "
                    f"({a['kind']}, {a['gender']}) -> {who}"
                )
            if p is None:
                continue
            resolved += 1
            gold_kind = "organisation" if a["kind"] == "place-as-organisation" else a["kind"]
            kind_right += p["kind"] == gold_kind
            gender_right += p["gender"] == a["gender"]
            contradictions += {p["gender"], a["gender"]} == {"masculine", "feminine"}
            unsupported += a["gender"] == "unknown" and p["gender"] != "unknown"
    prec, rec = p_sum / max(1, n), r_sum / max(1, n)
    return {
        "quotes": int(n),
        "resolved": resolved,
        "b3_precision": 100 * prec,
        "b3_recall": 100 * rec,
        "b3_f1": 100 * 2 * prec * rec / max(1e-9, prec + rec),
        "kind_accuracy": 100 * kind_right / max(1, resolved),
        "gender_accuracy": 100 * gender_right / max(1, resolved),
        "gender_contradictions": contradictions,
        "gender_unsupported": unsupported,
        "errors": lines,
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="?", default=str(GOLD))
    parser.add_argument("--unseen", action="store_true", help="score the unseen articles")
    parser.add_argument("--errors", action="store_true", help="list each tuned quote's result")
    args = parser.parse_args(argv)
    if args.unseen and args.errors:
        parser.error("--errors is for the tuned split only")
    held = set(SPLITS["wikinews_unseen"])
    docs = sorted(p.stem for p in TEXTS.glob("*.txt") if (p.stem in held) == args.unseen)
    r = evaluate(load_gold(pathlib.Path(args.gold)), docs, errors=args.errors)
    for line in r["errors"]:
        print(line)
    label = "UNSEEN" if args.unseen else "tuned"
    print(
        f"entities ({label}, {len(docs)} articles, {r['quotes']} attributed quotes, "
        f"{r['resolved']} with a resolved speaker): "
        f"B3 F1 {r['b3_f1']:.1f} (P {r['b3_precision']:.1f} R {r['b3_recall']:.1f}) | "
        f"kind acc {r['kind_accuracy']:.1f} | gender acc {r['gender_accuracy']:.1f}, "
        f"contradictions {r['gender_contradictions']}, unsupported {r['gender_unsupported']}"
    )


if __name__ == "__main__":
    main()
