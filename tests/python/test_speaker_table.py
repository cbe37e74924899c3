"""Speakers across documents: one corpus table for Python and the command
line, corpus speaker ids on quote rows, and the people a document mentions."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

import guillemet
from guillemet.__main__ import main

CORPUS = {
    "a.txt": (
        "Le président Vladimir Poutine a déclaré que la Russie ne reculerait pas. "
        "« Nous sommes prêts », a-t-il ajouté."
    ),
    "b.txt": "« La situation est stable », a affirmé V. Poutine devant la presse.",
    "c.txt": (
        "Marine Le Pen a estimé que le projet était dangereux. "
        "Jean-Marie Le Pen a jugé que sa fille se trompait."
    ),
    "d.txt": "Selon Le Pen, « rien n'est joué ».",
    "e.txt": "« Le bilan est lourd », a raconté un témoin.",
    "f.txt": "« Le bilan est lourd », a raconté un témoin.",
    "g.txt": "La NASA a annoncé que la capsule était en orbite.",
    "h.txt": "Pour la NASA, « tout va bien ».",
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str], list]:
    folder = tmp_path_factory.mktemp("corpus")
    for name, text in CORPUS.items():
        (folder / name).write_text(text, encoding="utf-8")
    names = sorted(CORPUS)
    docs = [guillemet.analyze(CORPUS[n]) for n in names]
    return folder, names, docs


def _rows(table: dict[str, list]) -> list[dict]:
    return [dict(zip(table, values, strict=True)) for values in zip(*table.values(), strict=True)]


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _as_csv_strings(rows: list[dict]) -> list[dict[str, str]]:
    return [{k: "" if v is None else str(v) for k, v in row.items()} for row in rows]


def test_cli_and_python_speaker_tables_agree(corpus, tmp_path: Path) -> None:
    folder, names, docs = corpus
    out = tmp_path / "speakers.csv"
    assert main([str(folder), "--table", "speakers", "-o", str(out), "--progress", "off"]) == 0
    python_rows = guillemet.speaker_table(docs, ids=names, as_frame=False)
    assert _read_csv(out) == _as_csv_strings(python_rows)
    assert len(python_rows) >= 5


def test_cli_and_python_quote_rows_carry_the_same_corpus_speaker_id(corpus, tmp_path) -> None:
    folder, names, docs = corpus
    out = tmp_path / "quotes.csv"
    assert main([str(folder), "--table", "quotes", "-o", str(out), "--progress", "off"]) == 0
    cli = [(r["doc"], r["text"], r["speaker_id"]) for r in _read_csv(out)]
    table = guillemet.tables._stacked(docs, "quotes", names)
    python = [
        (d, t, s or "")
        for d, t, s in zip(table["doc"], table["text"], table["speaker_id"], strict=True)
    ]
    assert cli == python
    ids = {t: s for _, t, s in python}
    # Vladimir Poutine in a.txt and V. Poutine in b.txt are one corpus speaker.
    assert ids["Nous sommes prêts"] == ids["La situation est stable"] == "vladimir-poutine"


def test_speaker_rows_merge_initials_and_keep_namesakes_and_anonymous_apart(corpus) -> None:
    _, names, docs = corpus
    rows = {r["speaker_id"]: r for r in guillemet.speaker_table(docs, ids=names, as_frame=False)}
    poutine = rows["vladimir-poutine"]
    assert poutine["name"] == "Vladimir Poutine"
    assert poutine["variants"] == "V. Poutine | Vladimir Poutine"
    assert (poutine["quotes"], poutine["documents"], poutine["doc_ids"]) == (3, 2, "a.txt | b.txt")
    assert poutine["gender"] == "masculine" and poutine["gender_cues"] >= 2
    # Two Le Pens in the corpus: "Le Pen" alone joins neither.
    assert rows["marine-le-pen"]["doc_ids"] == rows["jean-marie-le-pen"]["doc_ids"] == "c.txt"
    (surname_only,) = [r for r in rows.values() if r["doc_ids"] == "d.txt"]
    assert surname_only["quotes"] == 1 and surname_only["kind"] == "person"
    assert surname_only["name"] == "Le Pen"  # the particle opens the surname
    # The same description in two articles: two anonymous rows.
    anonymous = [r for r in rows.values() if r["kind"] == "anonymous"]
    assert sorted(r["doc_ids"] for r in anonymous) == ["e.txt", "f.txt"]
    # An organisation merges by name.
    assert rows["nasa"]["documents"] == 2 and rows["nasa"]["kind"] == "organisation"


def test_surname_with_particle_joins_the_one_bearer_of_the_corpus() -> None:
    docs = [
        guillemet.analyze("Marine Le Pen a estimé que le projet était dangereux."),
        guillemet.analyze("Selon Le Pen, « rien n'est joué »."),
    ]
    rows = guillemet.speaker_table(docs, as_frame=False)
    summary = [(r["speaker_id"], r["documents"], r["quotes"]) for r in rows]
    assert summary == [("marine-le-pen", 2, 2)]


def test_corpus_gender_cue_is_unknown_when_documents_disagree() -> None:
    docs = [
        guillemet.analyze("« Je reste », a déclaré Camille Martin. Elle a ajouté que tout allait."),
        guillemet.analyze("« Je pars », a déclaré Camille Martin. Il a ajouté que rien n'allait."),
    ]
    (row,) = guillemet.speaker_table(docs, as_frame=False)
    assert row["name"] == "Camille Martin"
    assert row["gender"] == "unknown" and row["gender_cues"] == 2


def test_people_lists_everyone_mentioned_quoted_or_not() -> None:
    doc = guillemet.analyze(
        "Le ministre Bruno Lemaire a rencontré Christine Lagarde à Paris. "
        "« Nous sommes d'accord », a déclaré Bruno Lemaire."
    )
    people = {p.name: p for p in doc.people}
    assert set(people) == {"Bruno Lemaire", "Christine Lagarde"}
    assert len(people["Bruno Lemaire"].quotes) == 1 and people["Christine Lagarde"].quotes == []
    assert [s.name for s in doc.speakers] == ["Bruno Lemaire"]
    # The JSON form keeps them.
    again = guillemet.Document.from_json(doc.to_json())
    assert [p.name for p in again.people] == [p.name for p in doc.people]


def test_a_person_named_by_a_first_name_alone(tmp_path: Path) -> None:
    """A vox pop's first name in apposition to a role is the speaker's name,
    in Python's table and the command line's (held-out set 18 a06)."""
    text = (
        "Dans la salle d'attente, Quentin, père d'un nourrisson, a patienté six heures. "
        "« C'est long ! » confie-t-il."
    )
    table = guillemet.speaker_table(guillemet.analyze(text))
    assert list(table["name"]) == ["Quentin"]
    assert list(table["kind"]) == ["person"]
    src = tmp_path / "vox.txt"
    src.write_text(text, encoding="utf-8")
    out = tmp_path / "speakers.csv"
    assert main([str(src), "--table", "speakers", "-o", str(out), "--progress", "off"]) == 0
    rows = list(csv.DictReader(out.read_text(encoding="utf-8").splitlines()))
    assert [(r["name"], r["kind"]) for r in rows] == [("Quentin", "person")]
