"""Objects survive processes: the Dask example on a small corpus gives the
same quotes as analysing sequentially, and everything pickles."""

from __future__ import annotations

import importlib.util
import pickle
from pathlib import Path

import pytest

import guillemet

ROOT = Path(__file__).resolve().parents[2]


def load_example(name: str):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(name, ROOT / "examples" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


CORPUS = [
    ("seed", guillemet.SEED_ARTICLE),
    (
        "a",
        "« Nous agirons vite », a déclaré la ministre Anne Martin. "
        "Elle a ajouté que rien n'était joué.",
    ),
    ("b", "Selon l'AFP, trois personnes ont été arrêtées. « C'est grave », a dit Paul Durand."),
    ("c", "Aucune citation ici."),
]


def test_dask_example_matches_sequential_analysis() -> None:
    example = load_example("dask_corpus")
    rows = example.run(CORPUS, n_workers=2)
    expected = [
        row
        for doc_id, text in CORPUS
        for row in example.quote_rows(guillemet.analyze(text), doc_id)
    ]
    assert rows == expected
    assert {r["doc"] for r in rows} == {"seed", "a", "b"}


def test_public_objects_pickle() -> None:
    doc = guillemet.analyze(guillemet.SEED_ARTICLE)
    analyzer = guillemet.Analyzer(abbreviations=["fasc."], max_document_bytes=10_000)
    again = pickle.loads(pickle.dumps(analyzer))
    assert again.config_json() == analyzer.config_json()
    assert again.analyze("le fasc. 3").tokens[1].text == "fasc."
    assert pickle.loads(pickle.dumps(doc)) == doc
    for obj in [doc.tokens[3], doc.sentences[0], doc.paragraphs[0], doc.quotes[0], doc.speakers[0]]:
        assert pickle.loads(pickle.dumps(obj)) == obj


def test_a_pickled_document_is_its_text_and_a_compact_analysis() -> None:
    # Dask and Spark ship documents by pickle: at most 4 times the text's
    # UTF-8 size plus 1 kB, and back exactly as it was.
    for _, text in CORPUS:
        doc = guillemet.analyze(text)
        data = pickle.dumps(doc)
        assert len(data) <= 4 * len(text.encode()) + 1024, (len(data), len(text.encode()))
        assert pickle.loads(data) == doc
        assert guillemet.Document.from_bytes(doc.to_bytes()) == doc
    # A document an analyzer of its own made keeps that analysis.
    analyzer = guillemet.Analyzer(add_stopwords=["poutine"], speech_verbs=["gazouiller"])
    doc = analyzer.analyze("Le président Poutine a gazouillé que tout allait bien.")
    again = pickle.loads(pickle.dumps(doc))
    assert again == doc and [t.is_stopword for t in again] == [t.is_stopword for t in doc]
    assert again.quotes[0].cue.lemma == "gazouiller"


def test_damaged_bytes_raise_serialization_error() -> None:
    data = guillemet.analyze(guillemet.SEED_ARTICLE).to_bytes()
    for bad in [b"", data[:-1], data[: len(data) // 2], b"GLM\x01" + b"\xff" * 20]:
        with pytest.raises(guillemet.SerializationError):
            guillemet.Document.from_bytes(bad)


def test_to_dict_round_trip_is_the_cli_json() -> None:
    doc = guillemet.analyze(guillemet.SEED_ARTICLE)
    data = doc.to_dict()
    assert data["schema"] == 1 and data["offsets"] == "codepoints"
    assert guillemet.Document.from_dict(data) == doc
