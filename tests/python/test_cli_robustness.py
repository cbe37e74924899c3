"""The ``guillemet`` command under bad inputs and outputs (issue 18, CLI):
output errors name the output, undecodable, over-deep, over-long and
non-finite lines are bad lines with their number, and non-regular files in
a folder are skipped."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

A = "« Nous agirons », a déclaré Anne Martin."


def run(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "guillemet", "--progress", "off", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        timeout=timeout,
    )


def jsonl(tmp_path: Path, *lines: bytes) -> Path:
    path = tmp_path / "export.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


GOOD = json.dumps({"id": "ok", "text": A}).encode()


def test_output_errors_name_the_output(tmp_path: Path) -> None:
    source = jsonl(tmp_path, GOOD)
    for target, why in (
        ("/nonexistent/x.jsonl", "no folder /nonexistent"),
        (str(tmp_path), "it is a folder"),
        ("/dev/full", "No space left on device"),
    ):
        out = run(str(source), "-o", target)
        assert out.returncode == 4, out.stderr
        assert out.stderr == f"guillemet: cannot write {target}: {why}\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.jsonl"]  # nothing left


def test_an_undecodable_line_is_a_bad_line_with_its_number(tmp_path: Path) -> None:
    source = jsonl(tmp_path, GOOD, b'{"id": "bad", "text": "caf\xe9"}', GOOD)
    failed = run(str(source))
    assert failed.returncode == 1
    assert "export.jsonl, line 2: invalid UTF-8 at byte 26 of the line" in failed.stderr
    skipped = run(str(source), "--skip-bad-lines")
    assert skipped.returncode == 0, skipped.stderr
    assert "skipped" in skipped.stderr and "line 2: invalid UTF-8" in skipped.stderr
    assert [json.loads(line)["id"] for line in skipped.stdout.splitlines()] == ["ok", "ok"]


def test_deep_nesting_is_a_bad_line(tmp_path: Path) -> None:
    deep = b'{"id": 1, "text": "a", "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    source = jsonl(tmp_path, deep, GOOD)
    out = run(str(source), "--skip-bad-lines")
    assert out.returncode == 0, out.stderr
    assert "line 1: JSON nested too deeply" in out.stderr
    assert "Traceback" not in out.stderr
    assert len(out.stdout.splitlines()) == 1


def test_non_finite_numbers_are_refused(tmp_path: Path) -> None:
    source = jsonl(
        tmp_path,
        b'{"id": 1e999, "text": "a"}',
        b'{"id": NaN, "text": "a"}',
        b'{"id": -Infinity, "text": "a"}',
        GOOD,
    )
    out = run(str(source), "--skip-bad-lines")
    assert out.returncode == 0, out.stderr
    assert "line 1: number 1e999 is out of range" in out.stderr
    assert "line 2: NaN is not a JSON number" in out.stderr
    assert "line 3: -Infinity is not a JSON number" in out.stderr
    assert "Infinity" not in out.stdout and "NaN" not in out.stdout
    assert [json.loads(line)["id"] for line in out.stdout.splitlines()] == ["ok"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_in_a_folder_is_skipped(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(A, encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")
    out = run(str(folder), timeout=60)  # used to block forever on the FIFO
    assert out.returncode == 0, out.stderr
    assert "pipe.txt: not a regular file" in out.stderr
    assert [json.loads(line)["id"] for line in out.stdout.splitlines()] == ["a.txt"]


# Runs the command and prints its peak resident memory (VmHWM, KiB), reset
# first: a forked child otherwise inherits the parent's peak.
PEAK = """
import sys
from guillemet.__main__ import main
with open("/proc/self/clear_refs", "w") as f:
    f.write("5")
code = main(sys.argv[1:])
status = open("/proc/self/status").read()
print("PEAK", status.split("VmHWM:")[1].split()[0], file=sys.stderr)
sys.exit(code)
"""


def peak_kib(*args: str) -> tuple[int, str]:
    out = subprocess.run(
        [sys.executable, "-c", PEAK, "--progress", "off", *args],
        capture_output=True,
        text=True,
        check=False,
    )
    peak = int(out.stderr.rsplit("PEAK ", 1)[1].split()[0])
    return peak, out.stderr


@pytest.mark.skipif(not Path("/proc/self/clear_refs").exists(), reason="needs Linux /proc")
def test_an_over_long_line_is_refused_without_being_held(tmp_path: Path) -> None:
    small = jsonl(tmp_path, GOOD)
    base, _ = peak_kib(str(small), "-o", str(tmp_path / "a.jsonl"))
    big = tmp_path / "big.jsonl"
    with open(big, "wb") as f:  # a 64 MB line, then a good one
        f.write(b'{"id": "big", "text": "')
        for _ in range(64):
            f.write(b"a" * (1 << 20))
        f.write(b'"}\n' + GOOD + b"\n")
    peak, err = peak_kib(
        str(big),
        "--max-document-bytes",
        "1000000",
        "--skip-bad-lines",
        "-o",
        str(tmp_path / "b.jsonl"),
    )
    assert "big.jsonl, line 1: longer than 2000000 bytes" in err
    assert (tmp_path / "b.jsonl").read_text(encoding="utf-8").count("\n") == 1
    assert peak - base < 16 * 1024, (base, peak)  # KiB: far below the 64 MB line
