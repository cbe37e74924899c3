"""The Python API as a newcomer meets it (issue 17): a Document is a
sequence of its tokens, sentences and quotes expose theirs, one default for
`by`, misspelt keywords raise, integer columns stay integers, real
signatures, everything documented to pickle pickles, and the compiled
module never imports the package back."""

from __future__ import annotations

import inspect
import pickle
import subprocess
import sys
from pathlib import Path

import pandas as pd
import polars as pl
import pytest

import guillemet
from guillemet.sklearn import FrenchVectorizer

TEXT = "« Nous partons », a déclaré Anne Martin. Elle a ajouté qu'elle reviendrait."


def test_a_document_is_a_sequence_of_tokens() -> None:
    doc = guillemet.analyze(TEXT)
    tokens = list(doc)
    assert len(tokens) == len(doc) == len(doc.tokens)
    assert [t.text for t in tokens] == [t.text for t in doc.tokens]
    assert doc[0].text == "«" and doc[-1].text == "."
    assert doc[-1] == doc[len(doc) - 1]
    with pytest.raises(IndexError):
        doc[len(doc)]
    span = doc[1:3]
    assert isinstance(span, guillemet.Span)
    assert [t.text for t in span] == ["Nous", "partons"] and len(span) == 2
    assert span.text == "Nous partons" == TEXT[span.start : span.end]
    assert (span.token_start, span.token_end) == (1, 3)
    assert span[0].text == "Nous" and span[-1].text == "partons"
    assert span[1:].text == "partons" and span.doc == doc
    assert doc[5:2].text == "" and len(doc[5:2]) == 0
    with pytest.raises(ValueError, match="step"):
        doc[::2]
    with pytest.raises(TypeError):
        doc["x"]


def test_sentences_paragraphs_and_quotes_expose_their_tokens() -> None:
    doc = guillemet.analyze(TEXT + "\n\nUn autre paragraphe.")
    for part in (*doc.sentences, *doc.paragraphs):
        assert isinstance(part.tokens, guillemet.Span)
        assert part.tokens.text == part.text.strip()
        assert all(isinstance(t, guillemet.Token) for t in part.tokens)
    sentence = doc.sentences[1]
    assert [t.sentence for t in sentence.tokens] == [1] * len(sentence.tokens)
    quote = doc.quotes[0]
    assert [t.text for t in quote.tokens] == ["Nous", "partons"]
    assert all(t.in_quote for t in quote.tokens)
    indirect = doc.quotes[1]
    assert indirect.tokens.text == indirect.text


def test_pickling_keeps_tokens_and_shares_the_document() -> None:
    doc = guillemet.analyze(guillemet.SEED_ARTICLE)
    for obj in (doc.tokens, doc[2:9], doc.sentences[3], doc.paragraphs[1], doc.quotes[2]):
        again = pickle.loads(pickle.dumps(obj))
        assert again == obj
        tokens = again if isinstance(again, (guillemet.TokenList, guillemet.Span)) else again.tokens
        assert [t.text for t in tokens] == [
            t.text for t in (obj if tokens is again else obj.tokens)
        ]
    # Many objects of one document pickle it once.
    one = len(pickle.dumps(doc))
    quotes = pickle.loads(pickle.dumps(doc.quotes))
    assert len(pickle.dumps(doc.quotes)) < 1.5 * one
    assert quotes == doc.quotes
    assert quotes[0].speaker.speaker is quotes[1].speaker.speaker  # shared, as in the original
    # An object whose document is gone still pickles with it.
    sentence = guillemet.analyze(TEXT).sentences[1]
    again = pickle.loads(pickle.dumps(sentence))
    assert again == sentence and again.tokens.text == sentence.text
    # Documents, analyzers and errors too.
    assert pickle.loads(pickle.dumps(doc)) == doc
    error = guillemet.InputError("bad")
    error.position = 3
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is guillemet.InputError and again.position == 3


def test_one_default_for_by_everywhere() -> None:
    texts = ["Les présidents parlent. Le président parle."]
    docs = guillemet.analyze_many(texts)
    defaults = {
        "term_frequencies": inspect.signature(guillemet.term_frequencies).parameters["by"].default,
        "keyness": inspect.signature(guillemet.keyness).parameters["by"].default,
        "doc_term_matrix": inspect.signature(guillemet.doc_term_matrix).parameters["by"].default,
        "Document.term_frequencies": inspect.signature(guillemet.Document.term_frequencies)
        .parameters["by"]
        .default,
        "FrenchVectorizer": FrenchVectorizer().by,
    }
    assert set(defaults.values()) == {"lower"}, defaults
    from guillemet.__main__ import build_parser

    assert build_parser().parse_args([]).by == "lower"
    corpus = guillemet.term_frequencies(docs, as_frame=False)
    assert {r["term"]: r["count"] for r in corpus} == docs[0].term_frequencies(as_frame=False)
    table = guillemet.to_pandas(docs, "terms")
    assert dict(zip(table.term, table["count"], strict=True)) == docs[0].term_frequencies(
        as_frame=False
    )
    _, vocabulary = guillemet.doc_term_matrix(docs)
    assert "présidents" in vocabulary and "président" in vocabulary


def test_unknown_keywords_raise_type_error() -> None:
    doc = guillemet.analyze(TEXT)
    with pytest.raises(TypeError, match="foo"):
        guillemet.to_pandas([doc], "quotes", foo=1)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="foo"):
        doc.to_pandas("quotes", foo=1)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="foo"):
        doc.to_polars("tokens", foo=1)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="kind='terms'"):
        guillemet.to_pandas([doc], "quotes", by="stem")
    with pytest.raises(TypeError, match="foo"):
        guillemet.term_frequencies([doc], foo=1)  # type: ignore[call-overload]
    with pytest.raises(TypeError, match="foo"):
        doc.term_frequencies(foo=1)  # type: ignore[call-overload]
    with pytest.raises(TypeError, match="foo"):
        guillemet.analyze_many(["a"], foo=1)  # type: ignore[call-overload]
    assert guillemet.stem("partons") in set(guillemet.to_pandas([doc], "terms", by="stem").term)


def test_missing_integers_stay_integers() -> None:
    docs = guillemet.analyze_many(["« Oui », a dit Paul Durand.", "« Nous ne céderons jamais. »"])
    frame = guillemet.to_pandas(docs, "quotes")
    assert str(frame["speaker_index"].dtype) == "Int64"
    assert frame["speaker_index"].isna().any() and frame["speaker_index"].iloc[0] == 0
    assert str(frame["start"].dtype) == "int64"
    polars = guillemet.to_polars(docs, "quotes")
    assert polars.schema["speaker_index"] == pl.Int64 and polars.schema["start"] == pl.Int64
    tokens = guillemet.tokenize("a b")
    assert tokens[0].sentence is None
    assert str(pd.DataFrame({"x": [1]}).x.dtype) == "int64"


def public_callables() -> list[tuple[str, object]]:
    out = []
    for name in guillemet.__all__:
        obj = getattr(guillemet, name)
        if inspect.isclass(obj) and not issubclass(obj, BaseException):
            out.append((name, obj))
            for attr, value in vars(obj).items():
                if callable(value) and (not attr.startswith("_") or attr == "_repr_html_"):
                    out.append((f"{name}.{attr}", getattr(obj, attr)))
        elif callable(obj) and not inspect.isclass(obj):
            out.append((name, obj))
    return out


def test_signatures_are_real() -> None:
    """help() and Shift-Tab show real signatures: no (*args, **kwargs), no
    default shown as Ellipsis."""
    bad = []
    for name, obj in public_callables():
        try:
            signature = inspect.signature(obj)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            if inspect.isclass(obj):
                continue  # a class made only by guillemet: no constructor
            bad.append(f"{name}: no signature")
            continue
        kinds = [p.kind for p in signature.parameters.values()]
        if inspect.Parameter.VAR_POSITIONAL in kinds and inspect.Parameter.VAR_KEYWORD in kinds:
            bad.append(f"{name}{signature}")
        if "Ellipsis" in str(signature):
            bad.append(f"{name}{signature}")
    assert not bad, bad
    analyzer = inspect.signature(guillemet.Analyzer).parameters
    assert analyzer["max_document_bytes"].default == 100 * 1024 * 1024
    assert analyzer["max_quote_depth"].default == 32
    assert "kind" in inspect.signature(guillemet.Document.to_pandas).parameters


ISOLATED = r"""
import importlib.util, sys, types
# An empty `guillemet` package: the compiled module may not import from it.
package = types.ModuleType("guillemet")
package.__path__ = []
sys.modules["guillemet"] = package
spec = importlib.util.spec_from_file_location("guillemet._native", sys.argv[1])
native = importlib.util.module_from_spec(spec)
sys.modules["guillemet._native"] = native
spec.loader.exec_module(native)
doc = native.Analyzer().analyze("« Oui », a dit Paul Durand.")
doc.quotes, doc.sentences, doc[0:2], doc.to_dict(), doc.tokens[0]
for bad in (b"\xff", "\ud800"):
    try:
        native.Analyzer().analyze(bad)
    except native.InputError as e:
        assert isinstance(e, native.GuillemetError) and isinstance(e, ValueError)
try:
    native.Document.from_json("{")
except native.SerializationError:
    pass
native.Analyzer()._analyze_batch(["a", 3], None, True)
loaded = sorted(m for m in sys.modules if m.startswith("guillemet."))
assert loaded == ["guillemet._native"], loaded
print("isolated")
"""


def test_the_compiled_module_never_imports_the_package() -> None:
    native = guillemet._native.__file__
    out = subprocess.run(
        [sys.executable, "-c", ISOLATED, native], capture_output=True, text=True, check=False
    )
    assert out.returncode == 0 and out.stdout.strip() == "isolated", out.stderr
    source = Path(__file__).resolve().parents[2] / "src" / "python"
    for path in source.glob("*.rs"):
        assert 'import("guillemet' not in path.read_text(encoding="utf-8"), path


def test_speech_verbs_accept_lemmas_and_conjugate_them() -> None:
    """Analyzer(speech_verbs=["gazouiller"]) reports speech in every tense;
    a "form:lemma" pair or a lone form still adds just that form."""
    texts = [
        "« Nous ne céderons jamais », a gazouillé Paul Martin.",
        "« Nous ne céderons jamais », gazouilla-t-il.",
        "Anne Durand gazouillait que rien ne changerait.",
        "« Nous ne céderons jamais », gazouilleront-ils.",
    ]
    lemma = guillemet.Analyzer(speech_verbs=["gazouiller"])
    for text in texts:
        cues = [q.cue.lemma for q in lemma.analyze(text).quotes if q.cue]
        assert cues == ["gazouiller"], (text, cues)
        assert not [q.cue for q in guillemet.analyze(text).quotes if q.cue]
    one_form = guillemet.Analyzer(speech_verbs=["gazouillé:gazouiller"])
    assert [q.cue.lemma for q in one_form.analyze(texts[0]).quotes if q.cue] == ["gazouiller"]
    assert not [q.cue for q in one_form.analyze(texts[1]).quotes if q.cue]
