"""The ``guillemet`` command: analyse an article and print a summary or JSON.

    guillemet                  # the bundled seed article
    guillemet article.txt      # a file
    cat article.txt | guillemet -
    guillemet --json article.txt
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

import guillemet


def _read_input(path: str | None) -> tuple[str, str]:
    if path is None:
        return "seed article (seeds/otsc-poutine-kazakhstan.txt)", guillemet.SEED_ARTICLE
    if path == "-":
        return "stdin", sys.stdin.read()
    with open(path, encoding="utf-8") as f:
        return path, f.read()


def summary(doc: guillemet.Document, name: str) -> str:
    """A readable summary of one analysed document."""
    lines = [f"guillemet {guillemet.__version__} — {name}"]
    words = sum(1 for t in doc.tokens if t.kind == "word")
    lines.append(
        f"{len(doc.tokens)} tokens ({words} words), {len(doc.sentences)} sentences, "
        f"{len(doc.paragraphs)} paragraphs"
    )
    lines.append("")
    lines.append("Sentences:")
    for s in doc.sentences:
        preview = s.text if len(s.text) <= 100 else s.text[:97] + "..."
        lines.append(f"  [{s.index:>2}] {s.start:>5}-{s.end:<5} {preview}")
    return "\n".join(lines)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="guillemet",
        description="Analyse French news text: tokens, sentences, stems, quotes and speakers.",
        epilog="Examples:\n  guillemet\n  guillemet article.txt --json\n  cat a.txt | guillemet -",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "input",
        nargs="?",
        help="a UTF-8 text file, or - for stdin (default: the bundled seed article)",
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help="print the whole analysis as JSON (schema 1, code-point offsets)",
    )
    parser.add_argument("--indent", type=int, default=None, help="indent the JSON output")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        name, text = _read_input(args.input)
    except (OSError, UnicodeDecodeError) as e:
        print(f"guillemet: cannot read {args.input}: {e}", file=sys.stderr)
        return 2
    try:
        doc = guillemet.analyze(text)
    except guillemet.GuillemetError as e:
        print(f"guillemet: {e}", file=sys.stderr)
        return 1
    if args.json:
        data = json.loads(doc.to_json())
        print(json.dumps(data, ensure_ascii=False, indent=args.indent))
    else:
        print(summary(doc, name))
    return 0


if __name__ == "__main__":
    sys.exit(main())
