"""What the ``guillemet`` command reads: one text (a file, stdin, the seed
article) or a corpus (a folder of .txt files, JSONL, CSV or TSV), as
``Record``\\ s, with bad records reported by line number.

Inputs are read as bytes and decoded one line (or one file) at a time, so an
undecodable line is one bad line, and a line longer than the cap is refused
while it is read, without being held whole.
"""

from __future__ import annotations

import csv
import json
import math
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

__all__ = [
    "CliError",
    "Record",
    "Source",
    "input_kind",
    "open_source",
    "read_text",
]

# Exit codes of the command.
EXIT_BAD_INPUT = 1
EXIT_USAGE = 2
EXIT_EMPTY = 3
EXIT_OUTPUT = 4

INPUT_SUFFIXES = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".tsv": "tsv",
}


class CliError(Exception):
    """An error the command reports in one line, with its exit code."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


@dataclass
class Record:
    """One document to analyse: its id, its text, and how many bytes of the
    input were consumed once it was read (for the progress bar)."""

    id: Any
    text: str
    end: int
    # The --date-field and --source-field values of a JSONL or CSV record.
    date: Any = None
    source: Any = None


def input_kind(source: str | None, declared: str | None) -> str:
    """``seed``, ``text``, ``folder``, ``jsonl``, ``csv`` or ``tsv``: the
    declared format, else the suffix, else one text."""
    if source is None and declared is None:
        return "seed"
    if source not in (None, "-") and Path(source).is_dir():
        if declared not in (None, "text"):
            raise CliError(f"{source} is a folder: --input-format {declared} needs a file", 2)
        return "folder"
    if declared is not None:
        return declared
    if source in (None, "-"):
        return "text"
    return INPUT_SUFFIXES.get(Path(source).suffix.lower(), "text")


def _cannot_read(name: str, error: OSError) -> CliError:
    return CliError(f"cannot read {name}: {error.strerror or error}", EXIT_USAGE)


def read_text(source: str | None, limit: int) -> tuple[str, str]:
    """The name and text of a single-text input (a file, ``-`` or the seed
    article). An empty input is an error of its own (exit code 3)."""
    import guillemet

    if source is None:
        return "seed article (seeds/otsc-poutine-kazakhstan.txt)", guillemet.SEED_ARTICLE
    name = "stdin" if source == "-" else source
    try:
        if source == "-":
            data = sys.stdin.buffer.read(limit + 1)
        else:
            with open(source, "rb") as stream:
                data = stream.read(limit + 1)
    except OSError as e:
        raise _cannot_read(name, e) from e
    if not data:
        raise CliError(f"{name} is empty: nothing to analyse", EXIT_EMPTY)
    if len(data) > limit:
        raise CliError(f"{name} is larger than the {limit}-byte document limit", EXIT_BAD_INPUT)
    try:
        return name, data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise CliError(f"{name}: invalid UTF-8 at byte {e.start}", EXIT_BAD_INPUT) from e


def capped_lines(stream: BinaryIO, cap: int) -> Iterator[tuple[int, bytes | None, int]]:
    """(line number, line, its size in bytes) for each line of a binary
    stream; the line is None when it is longer than ``cap`` bytes (it is
    read in chunks and dropped, never held whole)."""
    number = 0
    while True:
        line = stream.readline(cap + 1)
        if not line:
            return
        number += 1
        if len(line) > cap and not line.endswith(b"\n"):
            size = len(line)
            while True:
                rest = stream.readline(1 << 20)
                size += len(rest)
                if not rest or rest.endswith(b"\n"):
                    break
            yield number, None, size
            continue
        yield number, line, len(line)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _finite_float(literal: str) -> float:
    value = float(literal)
    if not math.isfinite(value):
        raise ValueError(f"number {literal[:20]} is out of range")
    return value


def parse_json_line(line: bytes) -> Any:
    """One JSONL line as a Python value; ValueError says what is wrong
    (invalid UTF-8, invalid JSON, a non-finite number, too deep nesting)."""
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as e:
        raise ValueError(f"invalid UTF-8 at byte {e.start} of the line") from e
    try:
        return json.loads(text, parse_constant=_reject_constant, parse_float=_finite_float)
    except json.JSONDecodeError as e:
        raise ValueError(f"invalid JSON at column {e.colno}: {e.msg}") from e
    except RecursionError as e:
        raise ValueError("JSON nested too deeply") from e


class Source:
    """The records of a corpus input (bad ones raised, or skipped with a
    warning), and the total input size in bytes when it is known."""

    def __init__(
        self,
        kind: str,
        path: str | None,
        *,
        text_field: str,
        id_field: str,
        document_limit: int,
        warn: Callable[[str], None],
        skip_bad: bool,
        date_field: str | None = None,
        source_field: str | None = None,
    ) -> None:
        self.kind = kind
        self.date_field = date_field
        self.source_field = source_field
        self.path = path
        self.name = "stdin" if path in (None, "-") else path
        self.text_field = text_field
        self.id_field = id_field
        self.document_limit = document_limit
        # A JSONL or CSV line holds its text escaped: up to twice its size.
        self.line_cap = 2 * document_limit
        self.warn = warn
        self.skip_bad = skip_bad
        self.read = 0
        self.skipped = 0
        self.consumed = 0
        self.total: int | None = None
        self.stream: BinaryIO | None = None
        self.files: list[Path] = []
        if kind == "folder":
            assert path is not None
            self.files = sorted(Path(path).rglob("*.txt"))
            self.total = sum(_size(f) for f in self.files)
        elif path in (None, "-"):
            self.stream = sys.stdin.buffer
        else:
            assert path is not None
            try:
                self.stream = open(path, "rb")  # noqa: SIM115 - closed in close()
                self.total = Path(path).stat().st_size
            except OSError as e:
                raise _cannot_read(path, e) from e

    def close(self) -> None:
        if self.stream is not None and self.stream is not sys.stdin.buffer:
            self.stream.close()

    def _bad(self, where: str, why: str) -> None:
        """A record that cannot be read: reported and skipped, or raised."""
        message = f"{self.name}, {where}: {why}"
        if not self.skip_bad:
            raise CliError(message, EXIT_BAD_INPUT)
        self.skipped += 1
        self.warn(f"skipped {message}")

    def __iter__(self) -> Iterator[Record]:
        if self.kind == "folder":
            yield from self._files()
        elif self.kind == "jsonl":
            yield from self._jsonl()
        else:
            yield from self._table("\t" if self.kind == "tsv" else ",")

    def _files(self) -> Iterator[Record]:
        assert self.path is not None
        for file in self.files:
            name = file.relative_to(self.path).as_posix()
            if not file.is_file():
                # A FIFO or a device named *.txt would block or never end.
                self.warn(f"skipped {file}: not a regular file")
                continue
            try:
                size = file.stat().st_size
                self.consumed += size
                if size > self.document_limit:
                    self._bad(name, f"larger than the {self.document_limit}-byte document limit")
                    continue
                data = file.read_bytes()
            except OSError as e:
                self._bad(name, f"cannot read: {e.strerror or e}")
                continue
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError as e:
                self._bad(name, f"invalid UTF-8 at byte {e.start}")
                continue
            self.read += 1
            yield Record(name, text, self.consumed)

    def _field(self, record: Any, number: int) -> tuple[Any, str]:
        """The id and text of one parsed record (a JSON object or CSV row)."""
        if not isinstance(record, dict):
            raise ValueError("not a JSON object")
        if self.text_field not in record:
            raise ValueError(f"no field {self.text_field!r}")
        text = record[self.text_field]
        if not isinstance(text, str):
            raise ValueError(f"field {self.text_field!r} is not a string")
        doc_id = record.get(self.id_field)
        return (number if doc_id in (None, "") else doc_id), text

    def _date_and_source(self, fields: dict[str, Any]) -> tuple[Any, Any]:
        """The record's date and source fields (None when absent or empty)."""

        def get(name: str | None) -> Any:
            value = fields.get(name) if name else None
            return None if value in (None, "") else value

        return get(self.date_field), get(self.source_field)

    def _jsonl(self) -> Iterator[Record]:
        assert self.stream is not None
        for number, line, size in capped_lines(self.stream, self.line_cap):
            self.consumed += size
            if line is None:
                self._bad(f"line {number}", f"longer than {self.line_cap} bytes")
                continue
            if not line.strip():
                continue
            try:
                fields = parse_json_line(line)
                doc_id, text = self._field(fields, number)
            except ValueError as e:
                self._bad(f"line {number}", str(e))
                continue
            self.read += 1
            yield Record(doc_id, text, self.consumed, *self._date_and_source(fields))

    def _table(self, delimiter: str) -> Iterator[Record]:
        assert self.stream is not None
        bad_lines: list[tuple[int, str]] = []

        def lines() -> Iterator[str]:
            for number, line, size in capped_lines(self.stream, self.line_cap):  # type: ignore[arg-type]
                self.consumed += size
                if line is None:
                    bad_lines.append((number, f"longer than {self.line_cap} bytes"))
                    continue
                try:
                    yield line.decode("utf-8")
                except UnicodeDecodeError as e:
                    bad_lines.append((number, f"invalid UTF-8 at byte {e.start} of the line"))

        csv.field_size_limit(self.line_cap)
        reader = csv.reader(lines(), delimiter=delimiter)
        header: list[str] | None = None
        reported = 0
        while True:
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as e:
                self._bad(f"line {reader.line_num}", str(e))
                continue
            finally:
                for number, why in bad_lines[reported:]:
                    self._bad(f"line {number}", why)
                reported = len(bad_lines)
            if header is None:
                header = row
                missing = [f for f in (self.text_field,) if f not in header]
                if missing:
                    raise CliError(
                        f"{self.name}: no column {self.text_field!r} in the header "
                        f"({', '.join(header)}); choose one with --text-field",
                        EXIT_BAD_INPUT,
                    )
                continue
            if not any(row):
                continue
            if len(row) != len(header):
                self._bad(f"line {reader.line_num}", f"{len(row)} fields for {len(header)} columns")
                continue
            fields = dict(zip(header, row, strict=True))
            try:
                doc_id, text = self._field(fields, reader.line_num)
            except ValueError as e:
                self._bad(f"line {reader.line_num}", str(e))
                continue
            self.read += 1
            yield Record(doc_id, text, self.consumed, *self._date_and_source(fields))


def _size(path: Path) -> int:
    try:
        return path.stat().st_size if path.is_file() else 0
    except OSError:
        return 0


def open_source(kind: str, args: Any, document_limit: int, warn: Callable[[str], None]) -> Source:
    """The corpus source the arguments name."""
    return Source(
        kind,
        args.input,
        text_field=args.text_field,
        id_field=args.id_field,
        document_limit=document_limit,
        warn=warn,
        skip_bad=args.skip_bad_lines,
        date_field=getattr(args, "date_field", None),
        source_field=getattr(args, "source_field", None),
    )
