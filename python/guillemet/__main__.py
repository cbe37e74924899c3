"""The ``guillemet`` command: analyse one article, or a whole corpus.

One article (the bundled seed article by default) prints a readable summary,
or the full analysis as JSON with ``--json``. A corpus (a folder of .txt
files, a JSONL file, or JSONL on stdin with ``--jsonl``) streams through
every core and writes one JSON document per line, or a table of quotes,
speakers or terms as CSV or Parquet.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import deque
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

import guillemet
from guillemet.batch import iter_analyze

EXAMPLES = """\
examples:
  guillemet                                  summary of the bundled seed article
  guillemet article.txt --json --indent 2    one article as JSON (schema 1)
  cat article.txt | guillemet -              an article from stdin
  guillemet articles/ -o corpus.jsonl        a folder of .txt: one JSON document per line
  guillemet export.jsonl --text-field body --id-field url --table quotes -o quotes.csv
  guillemet export.jsonl --table speakers -o speakers.parquet
  cat export.jsonl | guillemet --jsonl - --table terms --by stem > terms.csv
  guillemet export.jsonl --skip-bad-lines --table quotes -o quotes.csv

Offsets in the JSON are Unicode code points. Tables: quotes (one row per
quote), speakers (one row per speaker per document), terms (one row per term
per document). A malformed JSONL line stops the run with its line number,
unless --skip-bad-lines reports it on stderr and goes on.
"""


class InputLineError(Exception):
    """A corpus line that cannot be read (its line number is in the message)."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="guillemet",
        description="Analyse French news text: tokens, sentences, stems, quotes and speakers.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "input",
        nargs="?",
        help="a .txt file, a folder of .txt files, a .jsonl file, or - for stdin "
        "(default: the bundled seed article)",
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help="one article: print the whole analysis as JSON (schema 1)",
    )
    parser.add_argument("--indent", type=int, default=None, help="indent the JSON output")
    parser.add_argument(
        "--jsonl",
        action="store_true",
        help="read the input (or stdin) as JSONL even without a .jsonl suffix",
    )
    parser.add_argument(
        "--text-field", default="text", help="JSONL field holding the text (default: text)"
    )
    parser.add_argument(
        "--id-field",
        default="id",
        help="JSONL field holding the document id (default: id; line number if absent)",
    )
    parser.add_argument(
        "--table",
        choices=["quotes", "speakers", "terms"],
        help="write a table instead of one JSON document per line",
    )
    parser.add_argument(
        "--format",
        choices=["jsonl", "csv", "parquet"],
        help="output format (default: from the --output suffix, else jsonl or csv)",
    )
    parser.add_argument("-o", "--output", help="output file (default: stdout)")
    parser.add_argument(
        "--by",
        choices=["surface", "lower", "stem"],
        default="stem",
        help="term form for --table terms (default: stem)",
    )
    parser.add_argument(
        "--skip-bad-lines",
        action="store_true",
        help="report malformed JSONL lines and unreadable files on stderr and go on",
    )
    parser.add_argument(
        "--threads", type=int, default=None, help="threads to use (default: all cores)"
    )
    parser.add_argument("--batch-size", type=int, default=256, help="documents analysed at a time")
    parser.add_argument(
        "--progress",
        choices=["auto", "on", "off"],
        default="auto",
        help="progress bar on stderr (default: when stderr is a terminal)",
    )
    return parser


def summary(doc: guillemet.Document, name: str) -> str:
    """A readable summary of one analysed document."""
    lines = [f"guillemet {guillemet.__version__} — {name}"]
    words = sum(1 for t in doc.tokens if t.kind == "word")
    lines.append(
        f"{len(doc.tokens)} tokens ({words} words), {len(doc.sentences)} sentences, "
        f"{len(doc.paragraphs)} paragraphs, {len(doc.quotes)} quotes, {len(doc.speakers)} speakers"
    )
    lines += ["", "Speakers:"]
    for speaker in doc.speakers:
        lines.append(
            f"  {speaker.name} ({speaker.kind}, {speaker.gender} cue): {len(speaker.quotes)} quotes"
        )
    lines += ["", "Quotes:"]
    for q in doc.quotes:
        text = q.text if len(q.text) <= 90 else q.text[:87] + "..."
        who = q.speaker_name or (q.speaker.text if q.speaker else "unattributed")
        cue = f" [{q.cue.text}]" if q.cue else ""
        via = f" via {q.via.text}" if q.via else ""
        lines.append(f"  {q.kind:<8} {who}{cue}{via}: {text}")
    terms = doc.term_frequencies(by="stem", as_frame=False)
    top = ", ".join(f"{t} ({n})" for t, n in list(terms.items())[:10])
    lines += ["", f"Top stems: {top}", "", "Sentences:"]
    for s in doc.sentences:
        preview = s.text if len(s.text) <= 100 else s.text[:97] + "..."
        lines.append(f"  [{s.index:>2}] {s.start:>5}-{s.end:<5} {preview}")
    return "\n".join(lines)


def _warn(message: str) -> None:
    print(f"guillemet: {message}", file=sys.stderr)


def _records_from_jsonl(stream: TextIO, args: argparse.Namespace) -> Iterator[tuple[Any, str]]:
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError("not a JSON object")
            text = record[args.text_field]
            if not isinstance(text, str):
                raise ValueError(f"field {args.text_field!r} is not a string")
        except (ValueError, KeyError) as e:
            message = f"line {number}: {e if not isinstance(e, KeyError) else f'no field {e}'}"
            if args.skip_bad_lines:
                _warn(f"skipped {message}")
                continue
            raise InputLineError(message) from e
        yield record.get(args.id_field, number), text


def _records(args: argparse.Namespace) -> Iterator[tuple[Any, str]]:
    source = args.input
    if source == "-" or (source is None and args.jsonl):
        yield from _records_from_jsonl(sys.stdin, args)
        return
    path = Path(source)
    if path.is_dir():
        for file in sorted(path.rglob("*.txt")):
            try:
                yield str(file.relative_to(path)), file.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as e:
                if not args.skip_bad_lines:
                    raise InputLineError(f"{file}: {e}") from e
                _warn(f"skipped {file}: {e}")
        return
    with path.open(encoding="utf-8") as stream:
        yield from _records_from_jsonl(stream, args)


def _rows(kind: str, doc_id: Any, doc: guillemet.Document, by: str) -> list[dict[str, Any]]:
    from guillemet.tables import columns

    cols = columns(doc, kind, by=by) if kind == "terms" else columns(doc, kind)
    names = list(cols)
    rows = zip(*cols.values(), strict=True)
    return [{"doc": doc_id, **dict(zip(names, values, strict=True))} for values in rows]


class _Writer:
    """Streams rows or documents to CSV, JSONL or Parquet."""

    def __init__(self, args: argparse.Namespace) -> None:
        fmt = args.format
        if fmt is None:
            suffix = Path(args.output).suffix.lower() if args.output else ""
            fmt = {".csv": "csv", ".parquet": "parquet", ".jsonl": "jsonl"}.get(
                suffix, "csv" if args.table else "jsonl"
            )
        if fmt == "parquet" and not args.output:
            raise SystemExit("guillemet: Parquet needs --output FILE")
        self.format = fmt
        self.output = args.output
        self.stream: TextIO | None = None
        self.csv: Any = None
        self.parquet: Any = None
        self.pending: list[dict[str, Any]] = []
        if fmt != "parquet":
            self.stream = (
                open(args.output, "w", encoding="utf-8", newline="") if args.output else sys.stdout
            )

    def document(self, doc_id: Any, doc: guillemet.Document) -> None:
        assert self.stream is not None
        data = doc.to_dict()
        data["id"] = doc_id
        self.stream.write(json.dumps(data, ensure_ascii=False) + "\n")

    def rows(self, rows: list[dict[str, Any]]) -> None:
        if self.format == "jsonl":
            assert self.stream is not None
            for row in rows:
                self.stream.write(json.dumps(row, ensure_ascii=False) + "\n")
        elif self.format == "csv":
            if rows and self.csv is None:
                assert self.stream is not None
                self.csv = csv.DictWriter(self.stream, fieldnames=list(rows[0]))
                self.csv.writeheader()
            if self.csv is not None:
                self.csv.writerows(rows)
        else:
            self.pending.extend(rows)
            if len(self.pending) >= 50_000:
                self._flush_parquet()

    def _flush_parquet(self) -> None:
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError as e:
            raise SystemExit("guillemet: Parquet output needs pyarrow: pip install pyarrow") from e
        if not self.pending:
            return
        table = pa.Table.from_pylist(self.pending)
        if self.parquet is None:
            self.parquet = pq.ParquetWriter(self.output, table.schema)
        self.parquet.write_table(table.cast(self.parquet.schema))
        self.pending = []

    def close(self) -> None:
        if self.format == "parquet":
            self._flush_parquet()
            if self.parquet is not None:
                self.parquet.close()
        elif self.stream is not None and self.stream is not sys.stdout:
            self.stream.close()


def run_corpus(args: argparse.Namespace) -> int:
    """Corpus mode: stream the inputs through analyze_many and write them."""
    records = _records(args)
    # Ids wait here between reading a text and writing its result: at most
    # one batch of them, so memory stays flat on a corpus of any length.
    ids: deque[Any] = deque()

    def texts() -> Iterator[str]:
        for doc_id, text in records:
            ids.append(doc_id)
            yield text

    progress: bool | str = {"auto": sys.stderr.isatty(), "on": True, "off": False}[args.progress]
    writer = _Writer(args)
    failures = 0
    try:
        for result in iter_analyze(
            texts(),
            n_threads=args.threads,
            batch_size=args.batch_size,
            progress=progress,
            errors="store",
        ):
            doc_id = ids.popleft()
            if isinstance(result, BaseException):
                failures += 1
                if not args.skip_bad_lines:
                    raise InputLineError(f"document {doc_id!r}: {result}") from result
                _warn(f"skipped document {doc_id!r}: {result}")
                continue
            if args.table:
                writer.rows(_rows(args.table, doc_id, result, args.by))
            else:
                writer.document(doc_id, result)
    finally:
        writer.close()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    corpus = (
        args.table is not None
        or args.jsonl
        or args.output is not None
        or (
            args.input not in (None, "-")
            and (Path(args.input).is_dir() or args.input.endswith(".jsonl"))
        )
    )
    try:
        if corpus:
            return run_corpus(args)
        if args.input is None:
            name, text = "seed article (seeds/otsc-poutine-kazakhstan.txt)", guillemet.SEED_ARTICLE
        elif args.input == "-":
            name, text = "stdin", sys.stdin.read()
        else:
            name, text = args.input, Path(args.input).read_text(encoding="utf-8")
        doc = guillemet.analyze(text)
    except InputLineError as e:
        _warn(str(e))
        return 1
    except (OSError, UnicodeDecodeError) as e:
        _warn(f"cannot read {args.input}: {e}")
        return 2
    except guillemet.GuillemetError as e:
        _warn(str(e))
        return 1
    if args.json:
        print(json.dumps(doc.to_dict(), ensure_ascii=False, indent=args.indent))
    else:
        print(summary(doc, name))
    return 0


if __name__ == "__main__":
    sys.exit(main())
