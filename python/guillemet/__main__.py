"""The ``guillemet`` command: analyse one article, or a whole corpus.

One text (a file, stdin, or the bundled seed article by default) prints a
readable summary, or the full analysis as JSON with ``--json``. A corpus (a
folder of .txt files, a JSONL, CSV or TSV file) streams through every core
and writes one JSON document per line, or a table (quotes, speakers, terms,
tokens, sentences, paragraphs) as CSV, TSV, Parquet or JSONL. Every input
form works with every output form that can hold it; the others are a usage
error that says why.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import deque
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import guillemet
from guillemet._cli_clusters import CLUSTER_TABLES, QuoteClusterTable
from guillemet._cli_input import (
    EXIT_BAD_INPUT,
    EXIT_EMPTY,
    EXIT_USAGE,
    CliError,
    Record,
    input_kind,
    open_source,
    read_text,
)
from guillemet._cli_output import Output, output_format
from guillemet.batch import iter_analyze
from guillemet.speakers import CORPUS_COLUMN_TYPES, CorpusTableStream
from guillemet.tables import KINDS

EXAMPLES = """\
examples:
  guillemet                                  summary of the bundled seed article
  guillemet article.txt --json --indent 2    one article as JSON (schema 1)
  cat article.txt | guillemet -              an article from stdin
  guillemet article.txt --table quotes       the quotes of one article as CSV
  guillemet articles/ -o corpus.jsonl        a folder of .txt: one JSON document per line
  guillemet export.jsonl --text-field body --id-field url --table quotes -o quotes.csv
  guillemet export.csv --table speakers -o speakers.parquet
  cat export.jsonl | guillemet --jsonl - --table terms --by stem -o terms.tsv
  guillemet export.jsonl --skip-bad-lines --table quotes -o quotes.csv

Inputs: a file ending in .jsonl/.ndjson, .csv or .tsv is a corpus with one
document per line or row (--text-field, --id-field); any other file, or
stdin, is one text (--input-format or --jsonl says otherwise); a folder is a
corpus of its .txt files (other kinds of file, such as pipes, are skipped).

Outputs: the format comes from the --output suffix (.csv, .tsv, .parquet,
.jsonl, .json for one document, .txt for one summary) or --format; an
unknown suffix is an error. On stdout: a summary (one text), JSONL (a
corpus) or CSV (--table). A file is written under a temporary name and
renamed at the end, so a failed run leaves no partial file. Offsets in the
JSON are Unicode code points. Tables have one row per item per document,
with the document id in the doc column, except speakers: one row per speaker
across the corpus (as guillemet.speaker_table); quote rows carry the corpus
speaker_id.

A malformed line or file stops the run with its line number, unless
--skip-bad-lines reports it on stderr and goes on. Lines longer than twice
the 100 MiB document limit are refused as they are read.

exit codes: 0 done (also when the reader of stdout closed it early);
  1 a line, file or document could not be read or analysed; 2 usage error or
  unreadable input; 3 the input holds nothing to analyse; 4 the output cannot
  be written.
"""


def _positive_int(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a positive integer, got {value}")
    return number


def build_parser() -> argparse.ArgumentParser:
    """The command's argument parser."""
    parser = argparse.ArgumentParser(
        prog="guillemet",
        description="Analyse French news text: tokens, sentences, stems, quotes and speakers.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "input",
        nargs="?",
        help="a text file, a folder of .txt files, a .jsonl, .csv or .tsv file, or - for "
        "stdin (default: the bundled seed article)",
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help="one text: write the whole analysis as JSON (schema 1)",
    )
    parser.add_argument("--indent", type=int, default=None, help="indent the JSON of one text")
    parser.add_argument(
        "--input-format",
        choices=["text", "jsonl", "csv", "tsv"],
        help="how to read the input (default: from its suffix; stdin is one text)",
    )
    parser.add_argument("--jsonl", action="store_true", help="same as --input-format jsonl")
    parser.add_argument(
        "--text-field",
        default="text",
        help="JSONL field or CSV column holding the text (default: text)",
    )
    parser.add_argument(
        "--id-field",
        default="id",
        help="JSONL field or CSV column holding the document id (default: id; the line "
        "number if absent)",
    )
    parser.add_argument(
        "--table",
        choices=(*KINDS, *CLUSTER_TABLES),
        help="write a table instead of the documents (quote-clusters and quote-occurrences "
        "follow quotes across the corpus)",
    )
    parser.add_argument(
        "--date-field",
        help="JSONL field or CSV column holding the document date, for the quote-clusters "
        "tables (ISO dates order correctly)",
    )
    parser.add_argument(
        "--source-field",
        help="JSONL field or CSV column holding the document source (outlet), for the "
        "quote-clusters tables",
    )
    parser.add_argument(
        "--min-words",
        type=_positive_int,
        default=4,
        help="fewest words of a quote that joins a cluster (default: 4)",
    )
    parser.add_argument(
        "--format",
        choices=["jsonl", "json", "csv", "tsv", "parquet", "summary"],
        help="output format (default: from the --output suffix)",
    )
    parser.add_argument("-o", "--output", help="output file (default: stdout)")
    parser.add_argument(
        "--by",
        choices=["surface", "lower", "stem"],
        default="lower",
        help="term form for --table terms (default: lower)",
    )
    parser.add_argument(
        "--skip-bad-lines",
        action="store_true",
        help="report malformed lines, unreadable files and failing documents on stderr and go on",
    )
    parser.add_argument(
        "--max-document-bytes",
        type=_positive_int,
        default=None,
        help="refuse texts larger than this (default: 104857600, i.e. 100 MiB); JSONL "
        "and CSV lines may be twice as long",
    )
    parser.add_argument(
        "--threads", type=_positive_int, default=None, help="threads to use (default: all cores)"
    )
    parser.add_argument(
        "--batch-size", type=_positive_int, default=256, help="documents analysed at a time"
    )
    parser.add_argument(
        "--progress",
        choices=["auto", "on", "off"],
        default="auto",
        help="progress bar on stderr, with a percentage when the input size is known "
        "(default: when stderr is a terminal)",
    )
    return parser


def _count(n: int, noun: str) -> str:
    """`n` and the noun, singular only for one ("1 quote", "0 quotes"), as
    English, the language of the summary, writes it."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def summary(doc: guillemet.Document, name: str) -> str:
    """A readable summary of one analysed document."""
    lines = [f"guillemet {guillemet.__version__} — {name}"]
    words = sum(1 for t in doc.tokens if t.kind == "word")
    lines.append(
        f"{_count(len(doc.tokens), 'token')} ({_count(words, 'word')}), "
        f"{_count(len(doc.sentences), 'sentence')}, {_count(len(doc.paragraphs), 'paragraph')}, "
        f"{_count(len(doc.quotes), 'quote')}, {_count(len(doc.speakers), 'speaker')}"
    )
    lines += ["", "Speakers:"]
    for speaker in doc.speakers:
        lines.append(
            f"  {speaker.name} ({speaker.kind}, {speaker.gender} cue): "
            f"{_count(len(speaker.quotes), 'quote')}"
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
    print(f"guillemet: {message}", file=sys.stderr, flush=True)


def _progress_bar(setting: str, total: int | None) -> Any:
    """A tqdm bar on stderr counting input bytes (so it has a percentage
    and an ETA whenever the input size is known), or None."""
    if setting == "off" or (setting == "auto" and not sys.stderr.isatty()):
        return None
    try:
        from tqdm import tqdm
    except ImportError as e:
        if setting == "on":
            raise CliError("--progress on needs tqdm: pip install tqdm", EXIT_USAGE) from e
        return None
    return tqdm(total=total, unit="B", unit_scale=True, desc="guillemet", file=sys.stderr)


def _rows(kind: str, doc_id: Any, doc: guillemet.Document, by: str) -> list[dict[str, Any]]:
    from guillemet.tables import columns

    cols = columns(doc, kind, by=by) if kind == "terms" else columns(doc, kind)
    names = list(cols)
    rows = zip(*cols.values(), strict=True)
    return [{"doc": doc_id, **dict(zip(names, values, strict=True))} for values in rows]


def _write(out: Output, args: argparse.Namespace, doc_id: Any, doc: guillemet.Document) -> None:
    """Writes one analysed document in the output's format."""
    if args.table:
        out.rows(args.table_stream.add(doc_id, doc))
    elif out.format == "jsonl":
        out.json_line({**doc.to_dict(), "id": doc_id})
    elif out.format == "json":
        out.text(json.dumps(doc.to_dict(), ensure_ascii=False, indent=args.indent) + "\n")
    else:
        out.text(summary(doc, doc_id) + "\n")


def _analyzer(args: argparse.Namespace) -> guillemet.Analyzer:
    if args.max_document_bytes is None:
        return guillemet.default_analyzer()
    return guillemet.Analyzer(max_document_bytes=args.max_document_bytes)


def _document_limit(analyzer: guillemet.Analyzer) -> int:
    return int(json.loads(analyzer.config_json())["max_document_bytes"])


def run_single(args: argparse.Namespace, out: Output) -> int:
    """One text: the seed article, a file or stdin."""
    analyzer = _analyzer(args)
    name, text = read_text(args.input, _document_limit(analyzer))
    try:
        doc = analyzer.analyze(text)
    except guillemet.GuillemetError as e:
        raise CliError(f"{name}: {e}", EXIT_BAD_INPUT) from e
    doc_id = name if args.input is not None else "seed"
    _write(out, args, doc_id if out.format != "summary" else name, doc)
    return 0


def run_corpus(args: argparse.Namespace, kind: str, out: Output) -> int:
    """A corpus: stream its records through every core and write each result."""
    analyzer = _analyzer(args)
    source = open_source(kind, args, _document_limit(analyzer), _warn)
    # Records wait here between reading a text and writing its result: at
    # most one batch of them, so memory stays flat on a corpus of any length.
    pending: deque[Record] = deque()

    def texts() -> Iterator[str]:
        for record in source:
            pending.append(record)
            yield record.text

    bar = _progress_bar(args.progress, source.total)
    written = failed = 0
    try:
        for result in iter_analyze(
            texts(),
            analyzer=analyzer,
            n_threads=args.threads,
            batch_size=args.batch_size,
            errors="store",
        ):
            record = pending.popleft()
            if bar is not None:
                bar.update(record.end - bar.n)
            if isinstance(result, BaseException):
                message = f"{source.name}, document {record.id!r}: {result}"
                if not args.skip_bad_lines:
                    raise CliError(message, EXIT_BAD_INPUT) from result
                failed += 1
                _warn(f"skipped {message}")
                continue
            if args.table in CLUSTER_TABLES:  # with the record's date and source
                args.table_stream.add(record.id, result, record.date, record.source)
            else:
                _write(out, args, record.id, result)
            written += 1
        if bar is not None:
            bar.update(source.consumed - bar.n)  # trailing blank or skipped lines
    finally:
        source.close()
        if bar is not None:
            bar.close()
    if written == 0:
        skipped = source.skipped + failed
        if skipped:
            raise CliError(
                f"no document could be read from {source.name} ({skipped} skipped)",
                EXIT_BAD_INPUT,
            )
        what = "no .txt file in" if kind == "folder" else "no record in"
        raise CliError(f"{what} {source.name}: nothing to analyse", EXIT_EMPTY)
    return 0


def _table_columns(args: argparse.Namespace) -> dict[str, str] | None:
    if not args.table:
        return None
    from guillemet._cli_clusters import COLUMN_TYPES as CLUSTER_TYPES
    from guillemet.tables import COLUMN_TYPES

    if args.table == "speakers":  # one row per speaker across the corpus
        return dict(CORPUS_COLUMN_TYPES)
    if args.table == "quote-clusters":  # one row per cluster: no doc column
        return dict(CLUSTER_TYPES[args.table])
    return {"doc": "str", **{**COLUMN_TYPES, **CLUSTER_TYPES}[args.table]}


def _silence_stdout() -> None:
    """After the reader of stdout went away (``guillemet … | head``): no
    more writes, and no error when Python flushes stdout at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _run(args: argparse.Namespace) -> int:
    declared = "jsonl" if args.jsonl else args.input_format
    kind = input_kind(args.input, declared)
    single = kind in ("seed", "text")
    if args.indent is not None and not single:
        raise CliError("--indent applies to one document written as JSON", EXIT_USAGE)
    fmt = output_format(
        args.output,
        "json" if args.json and single and args.format is None and not args.table else args.format,
        table=bool(args.table),
        single=single,
    )
    if args.input not in (None, "-") and not Path(args.input).exists():
        raise CliError(f"cannot read {args.input}: no such file or folder", EXIT_USAGE)
    out = Output(args.output, fmt, _table_columns(args))
    # Quote and speaker rows need the whole corpus (corpus speaker ids).
    if args.table in CLUSTER_TABLES:  # clusters need the whole corpus too
        args.table_stream = QuoteClusterTable(args.table, args.min_words)
    else:
        args.table_stream = CorpusTableStream(
            args.table, lambda i, d: _rows(args.table, i, d, args.by)
        )
    try:
        code = run_single(args, out) if single else run_corpus(args, kind, out)
        for rows in args.table_stream.finish():
            out.rows(rows)
        out.commit()
    except BaseException:
        out.discard()
        raise
    return code


def main(argv: Sequence[str] | None = None) -> int:
    """Runs the command; returns its exit code (see ``guillemet --help``)."""
    args = build_parser().parse_args(argv)
    try:
        return _run(args)
    except BrokenPipeError:
        _silence_stdout()
        return 0
    except CliError as e:
        _warn(str(e))
        return e.code


if __name__ == "__main__":
    sys.exit(main())
