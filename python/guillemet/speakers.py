"""Speakers across a corpus: one row per person or organisation, one id each.

Within a document the core resolves mentions to speakers (names, titles,
pronouns). Across documents, speakers are merged here, in one place shared by
:func:`guillemet.speaker_table`, the ``speaker_id`` column of the quote tables
and the command line's ``--table speakers`` and ``--table quotes``:

- a named speaker (person or organisation) is keyed by its canonical name,
  case, accents and apostrophes folded ("Vladimir Poutine");
- a shorter form — the surname alone ("Poutine"), or initials and surname
  ("V. Poutine") — joins the one full name of the corpus it abbreviates, when
  the corpus has exactly one such person and their gender cues agree; with two
  full names of that surname ("Marine Le Pen", "Jean-Marie Le Pen") "Le Pen"
  stays a row of its own;
- an anonymous speaker ("un porte-parole de la police") is never merged: the
  same description in two articles need not be the same person.

A corpus gender cue is the one gender all its documents' cues agree on, and
``unknown`` as soon as they disagree; ``gender_cues`` counts the mentions
behind it. The gender column is a grammatical cue read from the text (il/elle,
la ministre), not a statement about anyone's identity.
"""

from __future__ import annotations

import json
import re
import tempfile
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from guillemet._native import OptionError

__all__ = ["CORPUS_COLUMN_TYPES", "CorpusSpeakers", "CorpusTableStream", "speaker_columns"]

# The corpus speaker table's columns and their types.
CORPUS_COLUMN_TYPES: dict[str, str] = {
    "speaker_id": "str",
    "name": "str",
    "variants": "str",
    "kind": "str",
    "gender": "str",
    "gender_cues": "int",
    "quotes": "int",
    "words_quoted": "int",
    "documents": "int",
    "doc_ids": "str",
}
COLUMNS = tuple(CORPUS_COLUMN_TYPES)

# Separator of the list columns (variants, doc_ids), so that CSV, Parquet and
# DataFrames hold the same strings.
LIST_SEPARATOR = " | "


def fold(name: str) -> str:
    """Case, accents, apostrophes and spacing folded: the merge key of a name."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return " ".join(s.lower().replace("’", "'").split())


def _slug(key: str) -> str:
    return re.sub(r"[^0-9a-z]+", "-", key).strip("-") or "speaker"


def _is_initial(word: str) -> bool:
    """ "v." or "j.-m.": initials standing for a first name."""
    return bool(re.fullmatch(r"[a-z]\.(-[a-z]\.)*", word))


# Particles that open a surname ("le pen", "de gaulle"): a name starting with
# one is a surname alone, not a first name and a surname.
_PARTICLES = frozenset({"le", "la", "de", "du", "d'", "van", "von", "di", "da", "del"})


def _initials(first: str) -> set[str]:
    """The ways to abbreviate a folded first name: "v." for "vladimir",
    "j.-m." and "j." for "jean-marie"."""
    parts = [p for p in first.split("-") if p]
    if not parts:
        return set()
    return {parts[0][0] + ".", "-".join(p[0] + "." for p in parts)}


class _Group:
    """The speakers of the corpus merged under one key."""

    def __init__(self, key: str) -> None:
        self.key = key
        self.records: list[dict[str, Any]] = []

    def gender(self) -> tuple[str, int]:
        genders = {r["gender"] for r in self.records if r["gender_cues"]}
        cues = sum(r["gender_cues"] for r in self.records)
        return (genders.pop() if len(genders) == 1 else "unknown"), cues


class CorpusSpeakers:
    """Collects the speakers of documents as they come (``add``), then merges
    them across the corpus (``finish``): ``columns()`` is the corpus speaker
    table, ``speaker_id(position, index)`` the corpus id of speaker ``index``
    of the ``position``-th document added."""

    def __init__(self) -> None:
        self._records: list[dict[str, Any]] = []
        self._doc_ids: list[Any] = []
        self._ids: dict[tuple[int, int], str] | None = None
        self._groups: list[_Group] = []

    def add(self, doc_id: Any, doc: Any) -> int:
        """Records the speakers of one document; returns its position."""
        position = len(self._doc_ids)
        self._doc_ids.append(doc_id)
        words = doc._quote_word_counts()
        for s in doc.speakers:
            self._records.append(
                {
                    "position": position,
                    "index": s.index,
                    "name": s.name,
                    "kind": s.kind,
                    "gender": s.gender,
                    "gender_cues": s.gender_cues,
                    "quotes": len(s.quotes),
                    "words": sum(words[i] for i in s.quotes),
                }
            )
        self._ids = None
        return position

    def finish(self) -> None:
        """Merges the speakers collected so far (called by the readers)."""
        named: dict[str, _Group] = {}
        anonymous: list[_Group] = []
        for r in self._records:
            if r["kind"] == "anonymous":
                key = f"anonymous:{self._doc_ids[r['position']]}:{r['index']}"
                group = _Group(key)
                group.records.append(r)
                anonymous.append(group)
            else:
                key = fold(r["name"])
                named.setdefault(key, _Group(key)).records.append(r)
        # Full names (a first name and a surname) and the shorter forms each
        # can be written as.
        short_forms: dict[str, list[str]] = {}
        for key, group in named.items():
            words = key.split()
            if (
                len(words) < 2
                or _is_initial(words[0])
                or words[0] in _PARTICLES
                or group.records[0]["kind"] != "person"
            ):
                continue
            forms = {" ".join(words[i:]) for i in range(1, len(words))}
            forms |= {f"{i} {' '.join(words[1:])}" for i in _initials(words[0])}
            for form in forms:
                short_forms.setdefault(form, []).append(key)
        for key in list(named):
            targets = short_forms.get(key, [])
            if len(targets) != 1 or targets[0] == key:
                continue
            short, full = named[key], named[targets[0]]
            genders = {short.gender()[0], full.gender()[0]} - {"unknown"}
            if len(genders) > 1:
                continue
            full.records.extend(short.records)
            del named[key]
        self._groups = list(named.values()) + anonymous
        self._ids = {}
        for group in self._groups:
            group_id = group.key if group.key.startswith("anonymous:") else _slug(group.key)
            for r in group.records:
                self._ids[(r["position"], r["index"])] = group_id

    def speaker_id(self, position: int, index: int | None) -> str | None:
        """The corpus id of speaker ``index`` of the ``position``-th document."""
        if self._ids is None:
            self.finish()
        assert self._ids is not None
        return None if index is None else self._ids.get((position, index))

    def columns(self) -> dict[str, list[Any]]:
        """The corpus speaker table: one row per merged speaker, most quoted first."""
        if self._ids is None:
            self.finish()
        table: dict[str, list[Any]] = {c: [] for c in COLUMNS}
        rows = []
        for group in self._groups:
            recs = group.records
            quotes = sum(r["quotes"] for r in recs)
            names: Counter[str] = Counter()
            for r in recs:
                names[r["name"]] += r["quotes"]
            # The fullest name, then the most quoted form.
            name = max(names, key=lambda n: (len(n.split()), names[n], n))
            kinds: Counter[str] = Counter()
            for r in recs:
                kinds[r["kind"]] += r["quotes"]
            kind = min(kinds, key=lambda k: (-kinds[k], k))
            gender, cues = group.gender()
            positions = sorted({r["position"] for r in recs})
            first = recs[0]
            rows.append(
                {
                    "speaker_id": self._ids[(first["position"], first["index"])],  # type: ignore[index]
                    "name": name,
                    "variants": LIST_SEPARATOR.join(sorted(names)),
                    "kind": kind,
                    "gender": gender,
                    "gender_cues": cues,
                    "quotes": quotes,
                    "words_quoted": sum(r["words"] for r in recs),
                    "documents": len(positions),
                    "doc_ids": LIST_SEPARATOR.join(str(self._doc_ids[p]) for p in positions),
                }
            )
        rows.sort(key=lambda r: (-r["quotes"], fold(r["name"]), r["speaker_id"]))
        for row in rows:
            for c in COLUMNS:
                table[c].append(row[c])
        return table


def speaker_columns(docs: Iterable[Any], ids: Iterable[Any] | None = None) -> dict[str, list[Any]]:
    """The corpus speaker table of ``docs`` (ids: positions, or ``ids``)."""
    corpus = CorpusSpeakers()
    docs = list(docs)
    doc_ids = list(range(len(docs))) if ids is None else list(ids)
    if len(doc_ids) != len(docs):
        raise OptionError(f"{len(doc_ids)} ids for {len(docs)} documents")
    for doc_id, doc in zip(doc_ids, docs, strict=True):
        corpus.add(doc_id, doc)
    return corpus.columns()


RowMaker = Callable[[Any, Any], list[dict[str, Any]]]


class CorpusTableStream:
    """The rows of a corpus table for a stream of documents, as the command
    line writes them. ``add(doc_id, doc)`` returns the rows ready now: a
    document's term rows at once; quote rows, which carry the corpus
    ``speaker_id``, and speaker rows, one per speaker of the corpus, only once
    the whole corpus is read: ``finish()`` gives them. Quote rows wait in a
    temporary file meanwhile, so memory holds only the speakers."""

    def __init__(self, kind: str, rows: RowMaker) -> None:
        self.kind = kind
        self._rows = rows
        self._corpus = CorpusSpeakers()
        self._spool: Any = None
        if kind == "quotes":
            self._spool = tempfile.TemporaryFile("w+", encoding="utf-8")

    def add(self, doc_id: Any, doc: Any) -> list[dict[str, Any]]:
        if self.kind not in ("quotes", "speakers"):
            return self._rows(doc_id, doc)
        position = self._corpus.add(doc_id, doc)
        if self._spool is not None:
            for row in self._rows(doc_id, doc):
                self._spool.write(json.dumps([position, row], ensure_ascii=False) + "\n")
        return []

    def finish(self) -> Iterator[list[dict[str, Any]]]:
        if self.kind == "speakers":
            cols = self._corpus.columns()
            rows = zip(*cols.values(), strict=True)
            yield [dict(zip(cols, values, strict=True)) for values in rows]
        elif self._spool is not None:
            self._spool.seek(0)
            batch: list[dict[str, Any]] = []
            for line in self._spool:
                position, row = json.loads(line)
                row["speaker_id"] = self._corpus.speaker_id(position, row.get("speaker_index"))
                batch.append(row)
                if len(batch) >= 10_000:
                    yield batch
                    batch = []
            yield batch
            self._spool.close()
