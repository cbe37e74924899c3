"""The ``guillemet`` command: default seed article, files, stdin and --json."""

from __future__ import annotations

import json
import subprocess
import sys

import guillemet


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "guillemet", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )


def test_default_is_the_seed_article() -> None:
    out = run()
    assert out.returncode == 0, out.stderr
    assert "seed article" in out.stdout
    doc = guillemet.analyze(guillemet.SEED_ARTICLE)
    assert f"{len(doc.tokens)} tokens" in out.stdout
    assert f"{len(doc.sentences)} sentences" in out.stdout


def test_json_is_the_document_schema() -> None:
    out = run("--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["schema"] == 1 and data["offsets"] == "codepoints"
    assert data["text"] == guillemet.SEED_ARTICLE
    text = data["text"]
    for t in data["tokens"]:
        assert text[t["start"] : t["end"]] == t["text"]


def test_file_and_stdin(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "a.txt"
    path.write_text("Il pleut. « Oui », dit-elle.", encoding="utf-8")
    out = run(str(path), "--json")
    assert out.returncode == 0, out.stderr
    assert len(json.loads(out.stdout)["sentences"]) == 2
    out = run("-", "--json", stdin="Un. Deux. Trois.")
    assert len(json.loads(out.stdout)["sentences"]) == 3


def test_missing_file_is_a_clear_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = run(str(tmp_path / "nope.txt"))
    assert out.returncode == 2
    assert "cannot read" in out.stderr
