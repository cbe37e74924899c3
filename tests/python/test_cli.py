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
    # The seed's two speakers, as the README's quick start says: one quote is
    # "1 quote".
    assert "Vladimir Poutine (person, masculine cue): 10 quotes\n" in out.stdout
    assert "Kassym-Jomart Tokayev (person, masculine cue): 1 quote\n" in out.stdout


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
    # The summary counts in English: one is singular, none is plural.
    out = run("-", stdin="Un.")
    assert "1 sentence, 1 paragraph, 0 quotes, 0 speakers" in out.stdout


def test_missing_file_is_a_clear_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = run(str(tmp_path / "nope.txt"))
    assert out.returncode == 2
    assert "cannot read" in out.stderr


# --- corpus mode -------------------------------------------------------------


def write_folder(tmp_path):  # type: ignore[no-untyped-def]
    folder = tmp_path / "articles"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("« Nous agirons », a déclaré Anne Martin.", encoding="utf-8")
    (folder / "sub" / "b.txt").write_text(
        "Selon l'AFP, trois personnes ont été arrêtées.", encoding="utf-8"
    )
    (folder / "notes.md").write_text("not an article", encoding="utf-8")
    return folder


def test_folder_to_jsonl(tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = run(str(write_folder(tmp_path)))
    assert out.returncode == 0, out.stderr
    docs = [json.loads(line) for line in out.stdout.splitlines()]
    assert [d["id"] for d in docs] == ["a.txt", "sub/b.txt"]
    assert docs[0]["quotes"][0]["speaker"]["name"] == "Anne Martin"
    assert guillemet.Document.from_dict(
        {k: v for k, v in docs[1].items() if k != "id"}
    ).text.startswith("Selon")


def test_jsonl_with_a_malformed_line(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "export.jsonl"
    path.write_text(
        '{"url": "u1", "body": "« Oui », a dit Paul Durand."}\n'
        "{not json\n"
        '{"url": "u3", "body": "Selon la police, tout va bien."}\n',
        encoding="utf-8",
    )
    args = [str(path), "--id-field", "url", "--text-field", "body", "--table", "quotes"]
    failed = run(*args)
    assert failed.returncode == 1
    assert "export.jsonl, line 2: invalid JSON" in failed.stderr
    skipped = run(*args, "--skip-bad-lines")
    assert skipped.returncode == 0, skipped.stderr
    assert "skipped" in skipped.stderr and "line 2" in skipped.stderr
    rows = list(__import__("csv").DictReader(skipped.stdout.splitlines()))
    assert [(r["doc"], r["kind"], r["speaker_name"]) for r in rows] == [
        ("u1", "direct", "Paul Durand"),
        ("u3", "indirect", "police"),
    ]


def test_jsonl_on_stdin_to_a_terms_table(tmp_path) -> None:  # type: ignore[no-untyped-def]
    stdin = "\n".join(
        json.dumps({"id": i, "text": t})
        for i, t in enumerate(["Le président Poutine parle.", "Poutine parle encore."])
    )
    out = run("--jsonl", "-", "--table", "terms", "--by", "stem", stdin=stdin)
    assert out.returncode == 0, out.stderr
    rows = list(__import__("csv").DictReader(out.stdout.splitlines()))
    assert ("0", "poutin", "1") in [(r["doc"], r["term"], r["count"]) for r in rows]
    assert ("1", "parl", "1") in [(r["doc"], r["term"], r["count"]) for r in rows]


def test_speakers_table_to_parquet(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import pyarrow.parquet as pq

    target = tmp_path / "speakers.parquet"
    out = run(str(write_folder(tmp_path)), "--table", "speakers", "-o", str(target))
    assert out.returncode == 0, out.stderr
    table = pq.read_table(target).to_pylist()
    # One row per speaker across the corpus, with the documents it speaks in.
    assert sorted((r["doc_ids"], r["name"]) for r in table) == [
        ("a.txt", "Anne Martin"),
        ("sub/b.txt", "AFP"),
    ]


def test_help_documents_the_corpus_mode() -> None:
    out = run("--help")
    assert out.returncode == 0
    for flag in ("--table", "--text-field", "--skip-bad-lines", "--threads", "examples:"):
        assert flag in out.stdout


def test_json_round_trip_rust_python_rust() -> None:
    """Rust JSON → Python objects → JSON is the same JSON."""
    doc = guillemet.analyze(guillemet.SEED_ARTICLE)
    first = doc.to_json()
    again = guillemet.Document.from_dict(json.loads(first)).to_json()
    assert json.loads(again) == json.loads(first)
