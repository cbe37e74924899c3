"""Term frequencies, document-term matrices, keyness and the scikit-learn
vectorizer."""

from __future__ import annotations

from collections import Counter

import pytest

import guillemet
from guillemet import errors

FUNCTION_WORDS = {
    "le",
    "la",
    "les",
    "l'",
    "de",
    "d'",
    "du",
    "des",
    "un",
    "une",
    "et",
    "à",
    "au",
    "aux",
    "en",
    "que",
    "qu'",
    "qui",
    "il",
    "ne",
    "n'",
    "pas",
    "a",
    "ont",
    "est",
    "se",
    "s'",
    "son",
    "sa",
    "ses",
    "sur",
    "dans",
    "par",
    "pour",
    "ce",
    "cette",
    "nous",
    "plus",
    "-t-il",
}


def test_seed_counts_by_stem(seed_doc: guillemet.Document) -> None:
    counts = seed_doc.term_frequencies(by="stem", as_frame=False)
    assert counts["poutin"] == 8
    assert counts["kazakhstan"] == 6
    top20 = list(counts)[:20]
    assert not FUNCTION_WORDS & set(top20), top20


def test_dataframe_has_readable_forms(seed_doc: guillemet.Document) -> None:
    df = seed_doc.term_frequencies(by="stem")
    assert list(df.columns) == ["term", "form", "count"]
    row = df[df.term == "poutin"].iloc[0]
    assert row.form == "poutine" and row["count"] == 8
    assert list(df["count"]) == sorted(df["count"], reverse=True)


def test_corpus_frequencies_with_ngrams_and_df() -> None:
    texts = ["Le président Poutine parle.", "Le président Macron parle.", "La ministre parle."]
    df = guillemet.term_frequencies(texts, by="lower", ngrams=(1, 2))
    rows = {r.term: r for r in df.itertuples()}
    assert rows["parle"].count == 3 and rows["parle"].df == 3
    assert rows["président"].df == 2
    assert "président poutine" in rows
    assert "parle le" not in rows  # no n-gram across sentences
    frequent = guillemet.term_frequencies(texts, by="lower", min_df=2, as_frame=False)
    assert {r["term"] for r in frequent} == {"parle", "président"}


def test_scopes_and_speaker() -> None:
    doc = guillemet.analyze("« La guerre est finie », a déclaré Paul Martin. La guerre continue.")
    inside = doc.term_frequencies(scope="in_quotes", as_frame=False)
    outside = doc.term_frequencies(scope="outside_quotes", as_frame=False)
    assert inside["guerre"] == 1 and outside["guerre"] == 1
    assert doc.term_frequencies(speaker="Paul Martin", as_frame=False) == inside


def test_invalid_options_name_the_allowed_values() -> None:
    doc = guillemet.analyze("un deux")
    with pytest.raises(errors.OptionError, match="surface, lower, stem"):
        doc.term_frequencies(by="lemma")
    with pytest.raises(ValueError, match="in_quotes"):
        doc.term_frequencies(scope="elsewhere")
    with pytest.raises(ValueError, match="1 <= min <= max <= 3"):
        doc.term_frequencies(ngrams=(1, 4))


def test_doc_term_matrix_is_csr() -> None:
    matrix, vocabulary = guillemet.doc_term_matrix(["chat chien chat", "souris"])
    assert vocabulary == ["chat", "chien", "souris"]
    assert matrix.format == "csr"
    assert matrix.toarray().tolist() == [[2, 1, 0], [0, 0, 1]]


def test_keyness() -> None:
    a = ["guerre guerre guerre paix", "guerre armée"]
    b = ["paix paix traité", "paix accord"]
    df = guillemet.keyness(a, b, by="lower", direction="both")
    assert df.iloc[0].term == "guerre" and df.iloc[0].log_ratio > 0
    paix = df[df.term == "paix"].iloc[0]
    assert paix.log_ratio < 0 and (paix.count_a, paix.count_b) == (1, 3)


def test_keyness_direction_sorts_by_signed_effect() -> None:
    """The first set's key terms by default: never a term it uses less."""
    a = ["guerre guerre guerre paix armée", "guerre armée soldat"]
    b = ["paix paix traité accord", "paix accord signé"]
    ahead = guillemet.keyness(a, b, as_frame=False)
    assert ahead and all(r["log_ratio"] > 0 for r in ahead)
    assert [r["term"] for r in ahead][0] == "guerre"
    assert [r["g2"] for r in ahead] == sorted((r["g2"] for r in ahead), reverse=True)
    behind = guillemet.keyness(a, b, direction="b", as_frame=False)
    assert {"paix", "accord"} <= {r["term"] for r in behind}
    assert all(r["log_ratio"] < 0 for r in behind)
    both = guillemet.keyness(a, b, direction="both", as_frame=False)
    signed = [r["g2"] * (1 if r["log_ratio"] > 0 else -1) for r in both]
    assert signed == sorted(signed, reverse=True) and len(both) >= len(ahead) + len(behind)
    with pytest.raises(errors.OptionError, match="a, b, both"):
        guillemet.keyness(a, b, direction="up")  # type: ignore[call-overload]


def test_keyness_refuses_empty_inputs() -> None:
    docs = ["guerre et paix", "paix"]
    with pytest.raises(errors.OptionError, match="docs_b is empty"):
        guillemet.keyness(docs, [])
    with pytest.raises(errors.OptionError, match="docs_a is empty"):
        guillemet.keyness([], docs)
    with pytest.raises(errors.OptionError, match="docs_b .* has no term"):
        guillemet.keyness(docs, ["", "le la les"])
    with pytest.raises(TypeError, match="Document or a str"):
        guillemet.keyness(docs, [3])  # type: ignore[list-item]
    # One text or one document is a set of one, not a set of characters.
    one = guillemet.keyness("guerre guerre paix", docs, as_frame=False)
    assert [r["term"] for r in one] == ["guerre"]


def test_french_vectorizer_in_a_pipeline() -> None:
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline

    from guillemet.sklearn import FrenchVectorizer

    sport = [
        "Le match de football a été gagné.",
        "L’équipe a marqué trois buts.",
        "Le joueur a marqué un but magnifique.",
        "Les footballeurs gagnent le match.",
    ]
    politique = [
        "Le président a déclaré que la loi passera.",
        "Le ministre estime que la réforme avance.",
        "Les députés ont voté la loi.",
        "Le gouvernement présente la réforme.",
    ]
    pipe = Pipeline(
        [
            ("vec", FrenchVectorizer(by="stem", use_idf=True, norm="l2")),
            ("clf", LogisticRegression()),
        ]
    )
    pipe.fit(sport + politique, [0] * 4 + [1] * 4)
    assert list(pipe.predict(["Un but marqué pendant le match.", "La loi du gouvernement."])) == [
        0,
        1,
    ]
    vec = pipe.named_steps["vec"]
    names = list(vec.get_feature_names_out())
    assert "marqu" in names and "loi" in names
    assert vec.transform(["match"]).shape == (1, len(names))


def test_vectorizer_matches_counts() -> None:
    from guillemet.sklearn import FrenchVectorizer

    vec = FrenchVectorizer(by="lower")
    x = vec.fit_transform(["chat chien chat", "souris"])
    assert list(vec.get_feature_names_out()) == ["chat", "chien", "souris"]
    assert x.toarray().tolist() == [[2, 1, 0], [0, 0, 1]]


def test_stem_counts_agree_with_pystemmer() -> None:
    """Counting by stem equals collections.Counter over PyStemmer's stems of
    the same words (the speed ratio is in benchmarks/compare.py)."""
    import Stemmer  # PyStemmer

    text = guillemet.SEED_ARTICLE
    ours = guillemet.analyze(text).term_frequencies(by="stem", stopwords=True, as_frame=False)
    stemmer = Stemmer.Stemmer("french")
    words = [t.lower for t in guillemet.tokenize(text) if t.kind == "word" and "'" not in t.lower]
    theirs = Counter(stemmer.stemWords(words))
    for stem, n in theirs.items():
        assert ours[stem] >= n, stem
    assert ours["poutin"] == theirs["poutin"] == 8
