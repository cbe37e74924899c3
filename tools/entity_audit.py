#!/usr/bin/env python3
"""Audit speaker-entity decisions on unlabelled text in neither evaluation split.

Reads the "# text =" sentences of CoNLL-U files (tuned files only: never the
UD test files, which the maintainers measure on, nor the unseen split), groups
consecutive sentences into pseudo-documents, runs guillemet on each, and lists
a random sample of the firings of each decision type, read back from the
output:

- kinds: ``article-name`` (a name after lowercase le/l'/la made an
  organisation), ``article-role`` (a capitalised common word there made a
  role), ``document-org`` / ``document-anon`` (a document noun with or without
  a named complement), ``plural-place`` (les/des + place), ``company-word``;
- merges (two mentions of one entity): ``role-target`` (a lowercase role
  joined to a named person), ``fuzzy-surname`` (two names whose surnames are
  spelt differently), ``initials`` (an initial joined to a full first name),
  ``org-to-person`` (a one-word name joined to a person though its phrase
  reads as an organisation's).

Judge each firing by hand (y/n) and count precision per type. The inference
from the output is approximate: it lists what looks like a firing of each
rule, which is what a reader of the tables would see.

usage: entity_audit.py [--per N] [--size N] [--seed N] [--only TYPE] FILE.conllu...
"""

from __future__ import annotations

import argparse
import pathlib
import random
import re
import sys
import unicodedata
from collections import defaultdict

import guillemet

ROOT = pathlib.Path(__file__).resolve().parent.parent
GRAMMAR = ROOT / "src" / "lexicons" / "grammar.txt"
PLACES = ROOT / "src" / "lexicons" / "places.txt"


def word_class(name: str) -> set[str]:
    """The words of one ``=name`` section of grammar.txt."""
    out: set[str] = set()
    inside = False
    for line in GRAMMAR.read_text(encoding="utf-8").splitlines():
        if line.startswith("="):
            inside = line[1:].strip() == name
        elif inside and line.strip() and not line.startswith("#"):
            out.add(line.strip().lower())
    return out


def fold(s: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFD", s.lower()) if unicodedata.category(c) != "Mn"
    )


def sentences(path: pathlib.Path) -> list[str]:
    return [
        line[len("# text = ") :]
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.startswith("# text = ")
    ]


CAP = re.compile(r"^[A-ZÀ-ÖØ-Þ]")
ARTICLE_NAME = re.compile(
    r"^(le|l'|l’|la)\s*(?:[a-zà-ÿ-]+\s+)?([A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]*)?)$"
)
PRONOUNS = {"il", "elle", "ils", "elles", "eux", "lui", "on", "je", "nous", "vous", "celui-ci"}


def mention_type(text: str) -> str:
    words = text.split()
    w0 = words[0].lower().removeprefix("-t-").lstrip("-") if words else ""
    if len(words) == 1 and w0 in PRONOUNS:
        return "pronoun"
    if any(CAP.match(w) for w in words[1:]) or (len(words) == 1 and CAP.match(text)):
        return "name"
    return "role"


def firings(doc: guillemet.Document, places: set[str], docs_nouns: set[str], company: set[str]):
    """(type, detail) pairs for one document."""
    text = doc.text
    out = []
    # Kinds, from each quote's speaker mention.
    for q in doc.quotes:
        m = q.speaker
        if m is None or m.speaker is None:
            continue
        kind = m.speaker.kind
        mt = m.text
        low = mt.lower()
        words = low.replace("’", "'").replace("'", "' ").split()
        where = (m.start, m.end)
        am = ARTICLE_NAME.match(mt)
        if am and mt[0].islower():
            out.append(
                ("article-name" if kind == "organisation" else "article-role", mt, kind, where)
            )
        head = [w for w in words[:3]]
        if any(w in docs_nouns for w in head):
            out.append(
                ("document-org" if kind == "organisation" else "document-anon", mt, kind, where)
            )
        if words and words[0] in ("les", "des") and fold(" ".join(mt.split()[1:])) in places:
            out.append(("plural-place", mt, kind, where))
        if (
            kind == "organisation"
            and any(w in company for w in words if w not in docs_nouns)
            and any(CAP.match(w) for w in mt.split())
        ):
            out.append(("company-word", mt, kind, where))
    # Merges, from each entity's mentions.
    seen = set()
    for s in list(doc.speakers) + list(doc.people):
        key = (s.index, s.name)
        if key in seen:
            continue
        seen.add(key)
        ms = [(t.start, t.end, text[t.start : t.end]) for t in s.mentions]
        names = [m for m in ms if mention_type(m[2]) == "name"]
        roles = [m for m in ms if mention_type(m[2]) == "role"]
        if s.kind == "person" and names:
            for r in roles:
                out.append(("role-target", f"{r[2]!r} -> {s.name}", s.kind, (r[0], r[1])))
        surnames = {}
        for st, en, t in names:
            parts = t.split()
            surnames.setdefault(fold(parts[-1]), (st, en, t))
        if len(surnames) > 1 and s.kind == "person":
            items = list(surnames.values())
            for other in items[1:]:
                words = {fold(w) for _, _, t in names for w in t.split()[:-1]}
                # A surname that is another mention's first name: a first-name join.
                kind = "first-name" if fold(other[2].split()[-1]) in words else "fuzzy-surname"
                out.append((kind, f"{other[2]!r} ~ {items[0][2]!r}", s.kind, (other[0], other[1])))
        for st, en, t in names:
            if re.match(r"^[A-ZÀ-Þ]\.", t) and any(
                not re.match(r"^[A-ZÀ-Þ]\.", n[2]) for n in names
            ):
                out.append(("initials", f"{t!r} -> {s.name}", s.kind, (st, en)))
            if s.kind == "person" and len(t.split()) == 1 and len(names) > 1:
                pre = text[max(0, st - 4) : st].lower()
                if pre.endswith(("le ", "l'", "l’", "la ")) or t.isupper():
                    out.append(("org-to-person", f"{t!r} -> {s.name}", s.kind, (st, en)))
    return out


def context(text: str, where: tuple[int, int], width: int = 110) -> str:
    a, b = where
    return (text[max(0, a - width) : a] + "[[" + text[a:b] + "]]" + text[b : b + width]).replace(
        "\n", " / "
    )


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("files", nargs="+", type=pathlib.Path)
    ap.add_argument("--per", type=int, default=40, help="firings listed per type")
    ap.add_argument("--size", type=int, default=8, help="sentences per pseudo-document")
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--only", help="list only this type")
    args = ap.parse_args()
    places = {
        fold(line)
        for line in PLACES.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    }
    docs_nouns = word_class("document_nouns")
    company = {
        "air",
        "media",
        "ltd",
        "inc",
        "pictures",
        "telecom",
        "télécom",
        "group",
        "airlines",
        "airways",
    }
    by_type: dict[str, list[str]] = defaultdict(list)
    for f in args.files:
        sents = sentences(f)
        for i in range(0, len(sents), args.size):
            text = "\n\n".join(sents[i : i + args.size])
            doc = guillemet.analyze(text)
            for kind, detail, ekind, where in firings(doc, places, docs_nouns, company):
                by_type[kind].append(
                    f"{f.name}#{i // args.size} [{ekind}] {detail}\n    {context(text, where)}"
                )
    rng = random.Random(args.seed)
    for kind in sorted(by_type):
        if args.only and kind != args.only:
            continue
        items = by_type[kind]
        sample = items if len(items) <= args.per else rng.sample(items, args.per)
        print(f"== {kind}: {len(items)} firings, {len(sample)} listed")
        for n, item in enumerate(sample, 1):
            print(f"{n:3}. {item}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
