"""Quotes and speakers from Python: attributes, exact offsets, pickling, and
the attribute shape that the evaluation adapters read."""

from __future__ import annotations

import pickle

import guillemet

TEXT = (
    "Le président Vladimir Poutine est arrivé.\n\n"
    "« Bien sûr\u00a0», a déclaré le président Poutine, citant Reuters. "
    "« Nous agirons », a-t-il souligné 😀.\n\n"
    "Selon la ministre Anne Martin, la situation est grave."
)


def test_quote_attributes_and_offsets() -> None:
    doc = guillemet.analyze(TEXT)
    kinds = [q.kind for q in doc.quotes]
    assert kinds == ["direct", "direct", "indirect"]
    for q in doc.quotes:
        assert TEXT[q.start : q.end] == q.text
        if q.cue:
            assert TEXT[q.cue.start : q.cue.end] == q.cue.text
        if q.speaker:
            assert TEXT[q.speaker.start : q.speaker.end] == q.speaker.text
        if q.via:
            assert TEXT[q.via.start : q.via.end] == q.via.text
    first, second, third = doc.quotes
    assert first.cue.lemma == "déclarer"
    assert first.via.text == "Reuters"
    assert first.speaker.name == "Vladimir Poutine"
    assert second.speaker.text == "il" and second.speaker.name == "Vladimir Poutine"
    assert third.speaker_name == "Anne Martin"
    assert list(first.sentences) == [1]


def test_each_quote_says_which_construction_made_it() -> None:
    doc = guillemet.analyze(TEXT)
    assert [q.rule for q in doc.quotes] == ["incise", "incise", "selon"]
    assert guillemet.to_pandas(doc, "quotes")["rule"].tolist() == ["incise", "incise", "selon"]
    back = guillemet.Document.from_json(doc.to_json())
    assert [q.rule for q in back.quotes] == ["incise", "incise", "selon"]
    assert '"rule": "selon"' in doc.to_json() or '"rule":"selon"' in doc.to_json()


def test_speakers_table() -> None:
    doc = guillemet.analyze(TEXT)
    by_name = {s.name: s for s in doc.speakers}
    assert set(by_name) == {"Vladimir Poutine", "Anne Martin"}
    poutine = by_name["Vladimir Poutine"]
    assert poutine.kind == "person" and poutine.gender == "masculine"
    assert poutine.quotes == [0, 1]
    assert by_name["Anne Martin"].gender == "feminine"
    for m in poutine.mentions:
        assert TEXT[m.start : m.end] == m.text
    assert doc.quotes[0].speaker.speaker == poutine


def test_quoted_terms_and_in_quote_tokens() -> None:
    doc = guillemet.analyze(
        "Il a vu la série « Game of Thrones ». « Nous partons », a dit Paul Martin."
    )
    assert [t.text for t in doc.quoted_terms] == ["Game of Thrones"]
    quoted = [t.text for t in doc.tokens if t.in_quote]
    assert quoted == ["Nous", "partons"]


def test_value_objects_pickle() -> None:
    doc = guillemet.analyze(TEXT)
    for obj in [
        *doc.quotes,
        *doc.speakers,
        doc.quotes[0].cue,
        doc.quotes[0].speaker,
        doc.quotes[0].via,
    ]:
        assert pickle.loads(pickle.dumps(obj)) == obj


def test_eval_adapter_shape() -> None:
    # ../shared/eval/quote_eval.py reads q.kind, q.start, q.end, and the
    # speaker mention's .text/.start/.end and resolved .name.
    doc = guillemet.analyze(TEXT)
    q = doc.quotes[1]
    assert str(q.kind).lower().split(".")[-1] == "direct"
    assert (q.speaker.text, q.speaker.name) == ("il", "Vladimir Poutine")
    assert isinstance(q.speaker.start, int) and isinstance(q.speaker.end, int)


def test_json_round_trip_keeps_quotes() -> None:
    doc = guillemet.analyze(TEXT)
    back = guillemet.Document.from_json(doc.to_json())
    assert back == doc
    assert [q.text for q in back.quotes] == [q.text for q in doc.quotes]
    assert [s.name for s in back.speakers] == [s.name for s in doc.speakers]
