"""Where the ``guillemet`` command writes: stdout, or a file in a format
told by its suffix.

A regular output file is written under a temporary name beside it and
renamed when the run succeeds, so a failed run leaves no partial or empty
file; a device or a pipe (``/dev/stdout``, a FIFO) is written directly.
Every write error names the output (exit code 4).
"""

from __future__ import annotations

import csv
import json
import os
import sys
from pathlib import Path
from typing import Any, TextIO

from guillemet._cli_input import EXIT_OUTPUT, EXIT_USAGE, CliError

__all__ = ["OUTPUT_SUFFIXES", "Output", "output_format"]

OUTPUT_SUFFIXES = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".tsv": "tsv",
    ".parquet": "parquet",
    ".txt": "summary",
}

# Parquet column types for the table kinds' type names (tables.COLUMN_TYPES).
_ARROW_TYPES = {
    "int": "int64",
    "int?": "int64",
    "float?": "float64",
    "str": "string",
    "str?": "string",
    "bool": "bool",
}


def output_format(output: str | None, declared: str | None, *, table: bool, single: bool) -> str:
    """The output format: declared, else from the output's suffix, else the
    default for stdout (also for a device or a pipe). Combinations that
    cannot work are a usage error."""
    fmt = declared
    if output is not None and Path(output).is_dir():
        raise CliError(f"cannot write {output}: it is a folder", EXIT_OUTPUT)
    # A device or a pipe (/dev/stdout, a FIFO) is written like stdout.
    special = output is not None and Path(output).exists() and not Path(output).is_file()
    if fmt is None and output is not None and not special:
        suffix = Path(output).suffix.lower()
        fmt = OUTPUT_SUFFIXES.get(suffix)
        if fmt is None:
            known = ", ".join(sorted(OUTPUT_SUFFIXES))
            raise CliError(
                f"cannot tell the output format of {output!r} from its suffix "
                f"({suffix or 'none'}): use one of {known}, or --format",
                EXIT_USAGE,
            )
    if fmt is None:
        fmt = "csv" if table else ("summary" if single else "jsonl")
    if table and fmt in ("json", "summary"):
        raise CliError(f"a table is written as csv, tsv, parquet or jsonl, not {fmt}", EXIT_USAGE)
    if not table and fmt in ("csv", "tsv", "parquet"):
        raise CliError(
            f"{fmt} output holds a table: choose one with --table "
            "(quotes, speakers, terms, tokens, sentences, paragraphs)",
            EXIT_USAGE,
        )
    if not single and fmt in ("json", "summary"):
        raise CliError(
            f"a corpus is written one document per line: use jsonl, not {fmt} "
            "(or --table for a table)",
            EXIT_USAGE,
        )
    if fmt == "parquet":
        if output is None or special:
            raise CliError("Parquet output needs a file: -o FILE.parquet", EXIT_USAGE)
        try:
            import pyarrow  # noqa: F401
        except ImportError as e:
            raise CliError("Parquet output needs pyarrow: pip install pyarrow", EXIT_USAGE) from e
    return fmt


class Output:
    """One output target: text lines, CSV/TSV rows or Parquet batches."""

    def __init__(self, target: str | None, fmt: str, columns: dict[str, str] | None) -> None:
        self.name = target or "stdout"
        self.format = fmt
        self.columns = columns
        self.final: Path | None = None
        self.path: Path | None = None
        self.stream: TextIO | None = None
        self.csv: Any = None
        self.parquet: Any = None
        self.pending: list[dict[str, Any]] = []
        if target is None:
            self.stream = sys.stdout
        else:
            path = Path(target)
            if path.is_dir():
                raise CliError(f"cannot write {target}: it is a folder", EXIT_OUTPUT)
            if path.exists() and not path.is_file():
                self.path = path  # a device or a pipe: written directly
            else:
                if not path.parent.is_dir():
                    raise CliError(f"cannot write {target}: no folder {path.parent}", EXIT_OUTPUT)
                self.final = path
                self.path = path.parent / f".{path.name}.{os.getpid()}.part"
            if fmt != "parquet":
                self.stream = self._guard(
                    lambda: open(self.path, "w", encoding="utf-8", newline="")  # noqa: SIM115
                )
        if fmt in ("csv", "tsv"):
            assert self.stream is not None and columns is not None
            self.csv = csv.writer(self.stream, delimiter="\t" if fmt == "tsv" else ",")
            self._guard(lambda: self.csv.writerow(columns))

    def _guard(self, write: Any) -> Any:
        """Runs one write; an OS error becomes an output error naming the
        output (a closed stdout pipe is left to the caller)."""
        try:
            return write()
        except BrokenPipeError:
            if self.stream is sys.stdout:
                raise
            raise CliError(f"cannot write {self.name}: broken pipe", EXIT_OUTPUT) from None
        except OSError as e:
            raise CliError(f"cannot write {self.name}: {e.strerror or e}", EXIT_OUTPUT) from e

    def text(self, text: str) -> None:
        """Writes text as it is (a summary, one JSON document)."""
        assert self.stream is not None
        self._guard(lambda: self.stream.write(text))  # type: ignore[union-attr]

    def json_line(self, value: Any) -> None:
        """Writes one JSON value on its own line."""
        self.text(json.dumps(value, ensure_ascii=False, allow_nan=False) + "\n")

    def rows(self, rows: list[dict[str, Any]]) -> None:
        """Writes table rows (dicts with the table's columns, in order)."""
        if self.format == "jsonl":
            for row in rows:
                self.json_line(row)
        elif self.csv is not None:
            self._guard(lambda: self.csv.writerows(r.values() for r in rows))
        else:
            self.pending.extend(rows)
            if len(self.pending) >= 50_000:
                self._flush_parquet()

    def _flush_parquet(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        assert self.columns is not None
        if self.parquet is None:
            schema = pa.schema(
                [(name, getattr(pa, _ARROW_TYPES[t])()) for name, t in self.columns.items()]
            )
            self.parquet = self._guard(lambda: pq.ParquetWriter(str(self.path), schema))
        names = list(self.columns)
        data = {name: [row[name] for row in self.pending] for name in names}
        if "doc" in data:  # ids are labels: text in Parquet
            data["doc"] = [str(d) for d in data["doc"]]
        table = pa.table(data, schema=self.parquet.schema)
        self._guard(lambda: self.parquet.write_table(table))
        self.pending = []

    def commit(self) -> None:
        """Finishes the output: flushes it and gives the file its name."""
        if self.format == "parquet":
            self._flush_parquet()
            self._guard(self.parquet.close)
        elif self.stream is not None:
            self._guard(self.stream.flush)
            if self.stream is not sys.stdout:
                self._guard(self.stream.close)
        if self.final is not None:
            self._guard(lambda: os.replace(self.path, self.final))  # type: ignore[arg-type]

    def discard(self) -> None:
        """Drops the output of a failed run (a regular file is never left
        half-written)."""
        try:
            if self.parquet is not None:
                self.parquet.close()
            if self.stream is not None and self.stream is not sys.stdout:
                self.stream.close()
        except OSError:
            pass
        if self.final is not None and self.path is not None:
            self.path.unlink(missing_ok=True)
