#!/usr/bin/env python3
"""Run the shared evaluations (../shared/eval) on the installed guillemet, on the tuned
and the unseen parts of the data (tools/eval_splits.json), and print one line per figure.

usage: python tools/evaluate.py [tokens] [speech] [quotes] [litbank] [entities] [kinds]
                                [--unseen] [--errors N]

Without a section name every section runs. Unseen parts are scored only with --unseen:
while tuning, leave it off, so that their errors are never read.
"""

import json
import pathlib
import shutil
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EVAL = SHARED / "eval"
DATA = SHARED / "data"
SPLITS = json.loads((ROOT / "tools" / "eval_splits.json").read_text())


def run(args):
    print("$", " ".join(str(a) for a in args), flush=True)
    subprocess.run([sys.executable, *map(str, args)], check=True)


def tokens(unseen):
    files = SPLITS["conllu_unseen"] if unseen else SPLITS["conllu_tuned"]
    for f in files:
        run([EVAL / "ud_eval.py", "guillemet", DATA / f])


def speech(unseen, errors):
    files = SPLITS["ud_speech_unseen"] if unseen else SPLITS["ud_speech_tuned"]
    extra = [] if unseen or not errors else ["--errors", errors]
    run([EVAL / "ud_speech.py", "score", *[DATA / f for f in files], *extra])


def quotes(unseen):
    held = set(SPLITS["wikinews_unseen"])
    src = DATA / "wikinews-dev"
    with tempfile.TemporaryDirectory() as tmp:
        for txt in src.glob("*.txt"):
            if (txt.stem in held) == unseen:
                shutil.copy(txt, tmp)
        run([EVAL / "quote_eval.py", "guillemet", tmp, src / "annotations.jsonl"])


def litbank():
    lit = DATA / "fr-litbank-citations"
    run([EVAL / "quote_eval.py", "guillemet", lit / "brat" / "citations", lit / "gold.jsonl"])


def entities(unseen, errors):
    extra = ["--unseen"] if unseen else (["--errors"] if errors else [])
    run([ROOT / "tools" / "entity_eval.py", *extra])


def kinds(errors):
    run([ROOT / "tools" / "kind_eval.py", *(["--errors"] if errors else [])])


def main(argv):
    unseen = "--unseen" in argv
    errors = None
    if "--errors" in argv:
        errors = argv[argv.index("--errors") + 1]
    sections = ("tokens", "speech", "quotes", "litbank", "entities", "kinds")
    wanted = [a for a in argv if a in sections] or list(sections)
    label = "UNSEEN" if unseen else "tuned"
    for section in wanted:
        print(f"== {section} ({label})", flush=True)
        if section == "tokens":
            tokens(unseen)
        elif section == "speech":
            speech(unseen, errors)
        elif section == "quotes":
            quotes(unseen)
        elif section == "litbank" and not unseen:
            litbank()
        elif section == "entities":
            entities(unseen, errors)
        elif section == "kinds" and not unseen:
            kinds(errors)


if __name__ == "__main__":
    main(sys.argv[1:])
