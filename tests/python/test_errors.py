"""Typed errors: wrong types, invalid UTF-8, lone surrogates, size limits."""

from __future__ import annotations

import pytest

import guillemet
from guillemet import errors


@pytest.mark.parametrize("bad", [None, 3, 4.5, ["a"], object()])
def test_non_str_raises_type_error_naming_the_type(bad: object) -> None:
    with pytest.raises(TypeError) as info:
        guillemet.analyze(bad)  # type: ignore[arg-type]
    assert type(bad).__name__ in str(info.value)


def test_invalid_utf8_reports_the_byte_position() -> None:
    data = "Élysée ".encode() + b"\xff\xfe" + b" fin"
    with pytest.raises(guillemet.InputError) as info:
        guillemet.analyze(data)
    assert info.value.position == len("Élysée ".encode())
    assert f"position {len('Élysée '.encode())}" in str(info.value)
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, guillemet.GuillemetError)


def test_lone_surrogate_reports_the_character_position() -> None:
    text = "abc é \ud800 fin"
    with pytest.raises(guillemet.InputError) as info:
        guillemet.analyze(text)
    assert info.value.position == 6


def test_document_too_large() -> None:
    small = guillemet.Analyzer(max_document_bytes=10)
    with pytest.raises(guillemet.DocumentTooLargeError) as info:
        small.analyze("x" * 11)
    assert (info.value.size, info.value.limit) == (11, 10)
    assert isinstance(info.value, guillemet.InputError)
    assert len(small.analyze("x" * 10).tokens) == 1


def test_error_hierarchy() -> None:
    for cls in (
        errors.InputError,
        errors.DocumentTooLargeError,
        errors.OptionError,
        errors.SerializationError,
        errors.InternalError,
    ):
        assert issubclass(cls, guillemet.GuillemetError)
    assert issubclass(errors.OptionError, ValueError)
    assert issubclass(errors.InternalError, RuntimeError)


def test_bad_json_is_a_serialization_error() -> None:
    with pytest.raises(guillemet.SerializationError):
        guillemet.Document.from_json("{not json")
    with pytest.raises(guillemet.SerializationError):
        guillemet.Document.from_json('{"schema": 99}')


@pytest.mark.parametrize(
    "options",
    [
        {"max_document_bytes": -1},
        {"max_document_bytes": 2**40},
        {"max_quote_depth": -1},
        {"max_quote_depth": 2**70},
    ],
)
def test_sizes_out_of_range_are_option_errors(options: dict[str, int]) -> None:
    """Not a bare OverflowError (issue 18, item 11)."""
    with pytest.raises(guillemet.OptionError, match=next(iter(options))):
        guillemet.Analyzer(**options)
    with pytest.raises(TypeError):
        guillemet.Analyzer(max_quote_depth="3")  # type: ignore[arg-type]


def test_mismatched_ids_are_option_errors() -> None:
    docs = [guillemet.analyze("« Oui », a dit Paul Durand.")]
    with pytest.raises(guillemet.OptionError, match="2 ids for 1 documents"):
        guillemet.speaker_table(docs, ids=[1, 2])
    with pytest.raises(guillemet.OptionError, match="2 ids for 1 documents"):
        guillemet.render(docs, ids=[1, 2])
