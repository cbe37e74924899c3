"""The seed article's expected output (seeds/*.expected.json, checked by
hand) against the analysis, through the Python API and the command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import guillemet

ROOT = Path(__file__).resolve().parents[2]
EXPECTED = json.loads((ROOT / "seeds" / "otsc-poutine-kazakhstan.expected.json").read_text("utf-8"))


def summary(doc: guillemet.Document) -> dict[str, object]:
    return {
        "sentences": [s.text for s in doc.sentences],
        "quotes": [
            {
                "kind": q.kind,
                "text": q.text,
                "cue": q.cue.text if q.cue else None,
                "speaker": q.speaker.text if q.speaker else None,
                "speaker_name": q.speaker_name,
                "via": q.via.text if q.via else None,
                "rule": q.rule,
            }
            for q in doc.quotes
        ],
        "speakers": [
            {"name": s.name, "kind": s.kind, "gender": s.gender, "quotes": len(s.quotes)}
            for s in doc.speakers
        ],
        "quoted_terms": [t.text for t in doc.quoted_terms],
    }


def test_seed_matches_expected_output(seed_doc: guillemet.Document) -> None:
    expected = {k: v for k, v in EXPECTED.items() if not k.startswith("_")}
    assert summary(seed_doc) == expected


def test_seed_headline_is_one_sentence(seed_doc: guillemet.Document) -> None:
    assert seed_doc.sentences[0].text.startswith("Présidant La Réunion")
    assert seed_doc.sentences[0].text.endswith("Coup D’État.")


def test_cli_json_carries_the_same_quotes() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "guillemet", "--json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    )
    data = json.loads(out.stdout)
    got = [
        (q["kind"], q["text"], q["speaker"]["name"] if q["speaker"] else None)
        for q in data["quotes"]
    ]
    want = [(q["kind"], q["text"], q["speaker_name"]) for q in EXPECTED["quotes"]]
    assert got == want
