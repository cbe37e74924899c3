"""Reading documents back (issue 18, items 10 and 11): every index and every
redundant field of the JSON form is checked, anything malformed is a
SerializationError that names the bad field, and nothing else escapes."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import guillemet

TEXT = (
    "« Nous ne céderons pas », a déclaré jeudi Marie Dupont, la présidente.\n\n"
    "Selon elle, l’accord « reste possible ». Paul Martin a dit qu'il viendrait.\n"
    "— Oui, dit-il, c'est sûr."
)


@pytest.fixture(scope="module")
def data() -> dict[str, Any]:
    d = guillemet.analyze(TEXT).to_dict()
    assert d["quotes"] and d["speakers"] and d["speakers"][0]["quotes"]
    return d


def refused(d: dict[str, Any], path: str) -> str:
    with pytest.raises(guillemet.SerializationError) as info:
        guillemet.Document.from_dict(d)
    message = str(info.value).removeprefix("invalid serialised data: ")
    assert message.startswith(path + ":"), message
    return message


def test_an_untouched_document_reads_back_exactly(data: dict[str, Any]) -> None:
    doc = guillemet.Document.from_dict(data)
    assert doc.to_dict() == data
    assert guillemet.Document.from_json(json.dumps(data)) == doc


def test_indices_out_of_range_name_their_field(data: dict[str, Any]) -> None:
    d = copy.deepcopy(data)
    d["speakers"][0]["quotes"].append(len(d["quotes"]))
    refused(d, f"speakers[0].quotes[{len(d['speakers'][0]['quotes']) - 1}]")
    d = copy.deepcopy(data)
    d["sentences"][1]["paragraph"] = 10**9
    refused(d, "sentences[1].paragraph")
    d = copy.deepcopy(data)
    d["quotes"][0]["speaker"]["speaker"] = 99
    refused(d, "quotes[0].speaker.speaker")
    d = copy.deepcopy(data)
    d["paragraphs"][0]["sentences"] = [0, 10**6]
    refused(d, "paragraphs[0].sentences")


def test_redundant_fields_must_agree(data: dict[str, Any]) -> None:
    d = copy.deepcopy(data)
    d["text"] = "X" + d["text"][1:]
    refused(d, "tokens[0].text")
    d = copy.deepcopy(data)
    d["quotes"][0]["speaker"]["name"] = "Jean Valjean"
    refused(d, "quotes[0].speaker.name")
    d = copy.deepcopy(data)
    d["offsets"] = "bytes"
    refused(d, "offsets")
    d = copy.deepcopy(data)
    d["tokens"][2]["lower"] = "autre"
    refused(d, "tokens[2].lower")
    d = copy.deepcopy(data)
    d["tokens"][2]["sentence"] = 1
    refused(d, "tokens[2].sentence")
    d = copy.deepcopy(data)
    d["tokens"][0]["is_title"] = not d["tokens"][0]["is_title"]
    refused(d, "tokens[0].is_title")
    d = copy.deepcopy(data)
    d["speakers"][0]["quotes"] = list(range(len(d["quotes"])))
    other = next(i for i, q in enumerate(d["quotes"]) if (q["speaker"] or {}).get("speaker") != 0)
    assert "is not this speaker's" in refused(d, f"speakers[0].quotes[{other}]")


def test_zero_length_tokens_are_refused(data: dict[str, Any]) -> None:
    d = copy.deepcopy(data)
    empty = dict(d["tokens"][0], end=0, text="", norm="", lower="", stem="", sentence=None)
    d["tokens"] = [empty] * 200_000
    refused(d, "tokens[0]")


def test_a_missing_or_unknown_field_is_named(data: dict[str, Any]) -> None:
    d = copy.deepcopy(data)
    del d["tokens"][3]["stem"]
    assert "missing field `stem`" in refused(d, "tokens[3]")
    d = copy.deepcopy(data)
    d["tokens"][1]["colour"] = "red"
    assert "unknown field" in refused(d, "tokens[1].colour")
    d = copy.deepcopy(data)
    d["tokens"][1]["start"] = "0"
    refused(d, "tokens[1].start")


def test_what_json_cannot_hold_is_a_serialization_error(data: dict[str, Any]) -> None:
    d = copy.deepcopy(data)
    d["quotes"][0]["rule"] = {"a", "b"}
    assert "set" in refused(d, "quotes[0].rule")
    d = copy.deepcopy(data)
    d["tokens"][0]["start"] = float("nan")
    refused(d, "tokens[0].start")
    deep: Any = []
    for _ in range(100_000):
        deep = [deep]
    d = copy.deepcopy(data)
    d["quoted_terms"] = deep
    refused(d, "quoted_terms" + "[0]" * 128)
    with pytest.raises(guillemet.SerializationError):
        guillemet.Document.from_json("[" * 100_000 + "]" * 100_000)


def test_lone_surrogates_and_caps_are_typed_errors(data: dict[str, Any]) -> None:
    with pytest.raises(guillemet.SerializationError, match="lone surrogate"):
        guillemet.Document.from_json(json.dumps(data)[:-1] + '\ud800"}')
    d = copy.deepcopy(data)
    d["speakers"][0]["name"] = "Marie \udc00"
    with pytest.raises(guillemet.SerializationError, match="surrogate"):
        guillemet.Document.from_dict(d)
    with pytest.raises(guillemet.OptionError, match=r"abbreviations\[1\]"):
        guillemet.Analyzer(abbreviations=["etc", "x\ud800"])
    with pytest.raises(TypeError):
        guillemet.Analyzer(speech_verbs="dire")  # type: ignore[arg-type]
    with pytest.raises(guillemet.SerializationError):
        guillemet.Analyzer.from_config_json('{"abbreviations": ["\ud800"]}')
    with pytest.raises(guillemet.OptionError):
        guillemet.Analyzer(max_document_bytes=2**40)


def leaves(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path into a JSON value, containers included."""
    out = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            out += leaves(item, (*path, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            out += leaves(item, (*path, i))
    return out


def get(value: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        value = value[step]
    return value


def agrees(written: Any, given: Any) -> bool:
    """`written` (to_dict of what was read) is `given`, where a field left
    out of `given` was read as its documented default (null, [] or 0)."""
    if isinstance(written, dict) and isinstance(given, dict):
        return all(
            agrees(v, given[k]) if k in given else v in (None, [], 0) for k, v in written.items()
        ) and set(given) <= set(written)
    if isinstance(written, list) and isinstance(given, list):
        return len(written) == len(given) and all(map(agrees, written, given))
    return type(written) is type(given) and written == given


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-2, max_value=2**70)
    | st.floats(allow_nan=False)
    | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=2)
    ),
    max_leaves=4,
)


@st.composite
def mutated(draw: st.DrawFn, base: dict[str, Any]) -> dict[str, Any]:
    d = copy.deepcopy(base)
    for _ in range(draw(st.integers(1, 3))):
        paths = [p for p in leaves(d) if p]
        path = draw(st.sampled_from(paths))
        parent, key = get(d, path[:-1]), path[-1]
        old = parent[key]
        choice = draw(st.integers(0, 5))
        if choice == 0 and isinstance(parent, dict):
            del parent[key]
        elif choice == 0 and isinstance(parent, list):
            parent.pop(key)
        elif choice == 1 and isinstance(old, int) and not isinstance(old, bool):
            parent[key] = old + draw(st.sampled_from([-1, 1, 2, 1000]))
        elif choice == 2 and isinstance(old, str):
            parent[key] = draw(st.sampled_from([old[:-1], old + "e", old.upper(), old.lower()]))
        elif choice == 3 and isinstance(old, bool):
            parent[key] = not old
        elif choice == 4:
            # Another value of the same document: a plausible mistake.
            parent[key] = copy.deepcopy(get(base, draw(st.sampled_from(leaves(base)))))
        else:
            parent[key] = draw(json_values)
    return d


_BASE = guillemet.analyze(TEXT).to_dict()


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated(_BASE))
def test_a_mutated_dict_is_refused_or_read_back_exactly(d: dict[str, Any]) -> None:
    try:
        doc = guillemet.Document.from_dict(d)
    except guillemet.SerializationError:
        return
    assert agrees(doc.to_dict(), d)
    assert guillemet.Document.from_dict(doc.to_dict()) == doc
