"""Tokens from Python: code-point offsets that slice the original str exactly,
with accents, emoji, NBSP/NNBSP and soft hyphens; the lazy token sequence."""

from __future__ import annotations

import pytest

import guillemet

CASES = [
    ("a-t-elle", ["a", "-t-elle"]),
    ("l’OTSC", ["l’", "OTSC"]),
    ("d’être", ["d’", "être"]),
    ("aujourd’hui", ["aujourd’hui"]),
    ("Kremlin.ru", ["Kremlin.ru"]),
    ("10 000 euros", ["10 000", "euros"]),
    ("10\u202f000 euros", ["10\u202f000", "euros"]),
    ("pre\u00admier", ["pre\u00admier"]),
    ("«\u00a0Bien sûr\u00a0»", ["«", "Bien", "sûr", "»"]),
    ("👩\u200d👩\u200d👧 bravo", ["👩\u200d👩\u200d👧", "bravo"]),
    ("J.-C.", ["J.-C."]),
    ("3,5\u00a0%", ["3,5", "%"]),
    ("à 20h45", ["à", "20", "h", "45"]),
    ("et/ou 9°C", ["et", "/", "ou", "9", "°C"]),
    ("traité(e)\u00a0!", ["traité(e)", "!"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_token_texts(text: str, expected: list[str]) -> None:
    assert [t.text for t in guillemet.tokenize(text)] == expected


def test_join_times_keeps_a_time_whole() -> None:
    joined = guillemet.Analyzer(join_times=True)
    assert [t.text for t in joined.tokenize("à 20h45").tokens] == ["à", "20h45"]
    restored = guillemet.Analyzer.from_config_json(joined.config_json())
    assert restored.tokenize("20h45").tokens[0].text == "20h45"


@pytest.mark.parametrize(("text", "_"), CASES)
def test_offsets_slice_the_original_string(text: str, _: list[str]) -> None:
    for t in guillemet.analyze(text).tokens:
        assert text[t.start : t.end] == t.text


def test_offsets_are_code_points_after_astral_characters() -> None:
    text = "😀😀 « Élysée »\u202f: pre\u00admier l’été 👩\u200d👩\u200d👧 fin."
    doc = guillemet.analyze(text)
    assert [text[t.start : t.end] for t in doc.tokens] == [t.text for t in doc.tokens]
    fin = [t for t in doc.tokens if t.text == "fin"][0]
    assert fin.start == text.index("fin")
    for s in doc.sentences:
        assert text[s.start : s.end] == s.text


def test_token_fields() -> None:
    doc = guillemet.analyze("L’OTSC pre\u00admier 10\u202f000 Poutine.")
    t = doc.tokens
    assert (t[0].text, t[0].norm, t[0].lower) == ("L’", "L'", "l'")
    assert t[0].stem == "le" and t[0].is_stopword
    assert t[1].is_upper and t[1].is_title and t[1].kind == "word"
    assert (t[2].norm, t[2].lower) == ("premier", "premier")
    assert (t[3].kind, t[3].norm) == ("number", "10 000")
    assert t[4].stem == "poutin" and t[4].is_title and not t[4].is_upper
    assert t[5].kind == "punct" and t[5].is_punct
    assert all(tok.sentence == 0 and tok.paragraph == 0 for tok in t)


def test_token_list_is_a_lazy_sequence() -> None:
    doc = guillemet.analyze("Un deux trois quatre.")
    tokens = doc.tokens
    assert len(tokens) == 5
    assert tokens[-1].text == "."
    assert [t.text for t in tokens[1:3]] == ["deux", "trois"]
    assert [t.text for t in tokens[::2]] == ["Un", "trois", "."]
    with pytest.raises(IndexError):
        tokens[5]
    with pytest.raises(TypeError):
        tokens["a"]  # type: ignore[index]
    assert tokens[0] == tokens[0] and hash(tokens[0]) == hash(tokens[0])


def test_tokenize_has_no_sentences() -> None:
    tokens = guillemet.tokenize("Un. Deux.")
    assert [t.sentence for t in tokens] == [None] * 4


def test_stem_function() -> None:
    assert guillemet.stem("Alliance") == "allianc"
    assert guillemet.stem("Poutine") == "poutin"
    assert guillemet.stem("l’") == guillemet.stem("le")


def test_bytes_input_is_utf8() -> None:
    doc = guillemet.analyze("Élysée".encode())
    assert doc.text == "Élysée"
    assert [t.text for t in doc.tokens] == ["Élysée"]


def test_empty_and_whitespace() -> None:
    for text in ["", " ", "\n\n\u00a0\u202f", "\u00ad"]:
        doc = guillemet.analyze(text)
        assert len(doc.tokens) == 0 and len(doc.sentences) == 0
