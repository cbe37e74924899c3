"""The ``guillemet`` command: every input form (the seed article, a text
file, stdin, a folder, JSONL, CSV, TSV) with every output form (summary,
JSON, JSONL, CSV, TSV, Parquet), or a usage error that says why and leaves
no file; the output format from the suffix; empty inputs; a closed pipe;
the progress bar's total."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import guillemet
from guillemet.__main__ import main

A = "« Nous agirons », a déclaré Anne Martin."
B = "Selon l'AFP, trois personnes ont été arrêtées."


def make_inputs(tmp: Path) -> dict[str, tuple[list[str], bytes | None]]:
    """Input forms: arguments and stdin bytes. Single texts hold A; corpora
    hold A (id "a") and B (id "b")."""
    inputs = tmp / "in"
    (inputs / "folder").mkdir(parents=True)
    (inputs / "folder" / "a.txt").write_text(A, encoding="utf-8")
    (inputs / "folder" / "b.txt").write_text(B, encoding="utf-8")
    (inputs / "article.txt").write_text(A, encoding="utf-8")
    lines = [json.dumps({"id": "a", "text": A}), json.dumps({"id": "b", "text": B})]
    (inputs / "export.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for name, delimiter in (("export.csv", ","), ("export.tsv", "\t")):
        with open(inputs / name, "w", encoding="utf-8", newline="") as f:
            writer = csv.writer(f, delimiter=delimiter)
            writer.writerows([["id", "text"], ["a", A], ["b", B]])
    return {
        "seed": ([], None),
        "txt": ([str(inputs / "article.txt")], None),
        "stdin": (["-"], A.encode()),
        "folder": ([str(inputs / "folder")], None),
        "jsonl": ([str(inputs / "export.jsonl")], None),
        "csv": ([str(inputs / "export.csv")], None),
        "tsv": ([str(inputs / "export.tsv")], None),
        "stdin-jsonl": (["--jsonl", "-"], "\n".join(lines).encode()),
    }


OUTPUTS: dict[str, list[str]] = {
    "default": [],
    "json": ["--json"],
    "json-file": ["-o", "OUT/x.json"],
    "txt-file": ["-o", "OUT/x.txt"],
    "jsonl-file": ["-o", "OUT/x.jsonl"],
    "table-stdout": ["--table", "quotes"],
    "table-csv": ["--table", "quotes", "-o", "OUT/x.csv"],
    "table-tsv": ["--table", "quotes", "-o", "OUT/x.tsv"],
    "table-parquet": ["--table", "quotes", "-o", "OUT/x.parquet"],
    "table-jsonl": ["--table", "quotes", "-o", "OUT/x.jsonl"],
    "docs-csv": ["-o", "OUT/x.csv"],
}
SINGLE = {"seed", "txt", "stdin"}
# (input is a single text, output) pairs that cannot work: a usage error.
IMPOSSIBLE = {(True, "docs-csv"), (False, "docs-csv"), (False, "json-file"), (False, "txt-file")}


def invoke(
    argv: list[str], stdin: bytes | None, monkeypatch: pytest.MonkeyPatch, capsys
) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    code = main(["--progress", "off", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def quotes_of(fmt: str, data: str | Path) -> list[tuple[str, str | None]]:
    """(doc, speaker_name) of the rows of a quotes table."""
    if fmt == "parquet":
        import pyarrow.parquet as pq

        rows = pq.read_table(data).to_pylist()
    elif fmt == "jsonl":
        rows = [json.loads(line) for line in str(data).splitlines()]
    else:
        rows = list(csv.DictReader(io.StringIO(str(data)), delimiter="\t" if fmt == "tsv" else ","))
    return [(str(r["doc"]), r["speaker_name"] or None) for r in rows]


@pytest.mark.parametrize("output", list(OUTPUTS))
@pytest.mark.parametrize(
    "form", ["seed", "txt", "stdin", "folder", "jsonl", "csv", "tsv", "stdin-jsonl"]
)
def test_every_input_form_with_every_output_form(
    form: str, output: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    args, stdin = make_inputs(tmp_path)[form]
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    extra = [a.replace("OUT", str(out_dir)) for a in OUTPUTS[output]]
    code, stdout, stderr = invoke(args + extra, stdin, monkeypatch, capsys)
    single = form in SINGLE
    if (single, output) in IMPOSSIBLE:
        assert code == 2, stderr
        assert stderr.startswith("guillemet: ") and len(stderr.splitlines()) == 1
        assert not list(out_dir.iterdir())  # no empty or partial file
        return
    assert code == 0, stderr
    files = list(out_dir.iterdir())
    target = files[0] if files else None
    assert len(files) == (1 if "-o" in extra else 0)
    text = target.read_text(encoding="utf-8") if target and target.suffix != ".parquet" else stdout
    expected_text = guillemet.SEED_ARTICLE if form == "seed" else A
    if output.startswith("table"):
        fmt = target.suffix[1:] if target else "csv"
        rows = quotes_of(fmt, target if fmt == "parquet" else text)
        if form == "seed":
            assert len(rows) == len(guillemet.analyze(guillemet.SEED_ARTICLE).quotes)
        elif single:
            assert rows == [(rows[0][0], "Anne Martin")]
        else:
            ids = ("a.txt", "b.txt") if form == "folder" else ("a", "b")
            assert rows == [(ids[0], "Anne Martin"), (ids[1], "AFP")]
    elif single and (output in ("json", "json-file")):
        assert json.loads(text)["text"] == expected_text
    elif single and output in ("default", "txt-file"):
        assert "Speakers:" in text and "Quotes:" in text
    else:  # one JSON document per line
        docs = [json.loads(line) for line in text.splitlines()]
        assert [d["text"] for d in docs] == ([expected_text] if single else [A, B])
        assert all("id" in d for d in docs)


def test_output_format_from_the_suffix(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    folder = make_inputs(tmp_path)["folder"][0]
    code, _, err = invoke(
        [*folder, "--table", "speakers", "-o", str(tmp_path / "q.xlsx")], None, monkeypatch, capsys
    )
    assert code == 2 and "q.xlsx" in err and ".xlsx" in err and "--format" in err
    assert not (tmp_path / "q.xlsx").exists()
    code, _, err = invoke(
        [*folder, "--table", "speakers", "-o", str(tmp_path / "q.tsv")], None, monkeypatch, capsys
    )
    assert code == 0, err
    lines = (tmp_path / "q.tsv").read_text(encoding="utf-8").splitlines()
    # The corpus speaker table: one row per speaker, with its documents.
    assert lines[0].split("\t")[:3] == ["speaker_id", "name", "variants"]
    assert ["Anne Martin", "a.txt"] in [[r.split("\t")[1], r.split("\t")[-1]] for r in lines[1:]]
    # --format overrides the suffix
    code, _, err = invoke(
        [*folder, "--table", "speakers", "--format", "csv", "-o", str(tmp_path / "q.out")],
        None,
        monkeypatch,
        capsys,
    )
    assert code == 0, err
    assert (tmp_path / "q.out").read_text(encoding="utf-8").startswith("speaker_id,name,variants")


def test_an_empty_input_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:  # type: ignore[no-untyped-def]
    empty = tmp_path / "empty"
    empty.mkdir()
    (tmp_path / "empty.jsonl").write_text("\n\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    for argv, stdin, what in (
        ([str(empty), "-o", str(out)], None, "no .txt file in"),
        ([str(tmp_path / "empty.jsonl"), "-o", str(out)], None, "no record in"),
        ([str(tmp_path / "empty.txt")], None, "is empty"),
        (["-"], b"", "stdin is empty"),
    ):
        code, stdout, err = invoke(argv, stdin, monkeypatch, capsys)
        assert code == 3, err
        assert what in err and stdout == ""
        assert not out.exists()


def test_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for i in range(300):
        (folder / f"{i:03}.txt").write_text(guillemet.SEED_ARTICLE, encoding="utf-8")
    with subprocess.Popen(
        [sys.executable, "-m", "guillemet", str(folder), "--table", "tokens", "--batch-size", "8"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        assert proc.stdout.read(200)  # like `| head -c 200`
        proc.stdout.close()
        err = proc.stderr.read().decode()
        assert proc.wait(timeout=120) == 0, err
    assert err == ""


def test_progress_bar_has_a_total(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:  # type: ignore[no-untyped-def]
    inputs = make_inputs(tmp_path)
    for form in ("folder", "jsonl", "csv"):
        args = [*inputs[form][0], "--progress", "on", "-o", str(tmp_path / "o.jsonl")]
        code = main(args)
        err = capsys.readouterr().err
        assert code == 0, err
        assert "100%" in err, err  # a percentage: the bar knows its total


def test_single_text_to_a_table_is_not_read_as_jsonl(tmp_path: Path) -> None:
    """The first-hour failure: a .txt file, or stdin, with --table."""
    path = tmp_path / "article.txt"
    path.write_text(A, encoding="utf-8")
    for args, stdin in (([str(path)], None), (["-"], A)):
        out = subprocess.run(
            [sys.executable, "-m", "guillemet", *args, "--table", "quotes"],
            input=stdin,
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=False,
        )
        assert out.returncode == 0, out.stderr
        rows = list(csv.DictReader(out.stdout.splitlines()))
        assert [(r["kind"], r["speaker_name"]) for r in rows] == [("direct", "Anne Martin")]
