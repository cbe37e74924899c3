"""Quote clusters across a corpus: one case per relation, a false friend,
the speaker vote and its suggestions, dates and sources, the table forms,
the merge of partitions, the HTML report, the command line, and a synthetic
corpus of 10^5 quotes scored against its known truth."""

from __future__ import annotations

import datetime as dt
import json
import random
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

import guillemet
from guillemet.cluster_report import diff_html
from guillemet.clusters import quote_records

CANONICAL = "Nous ne céderons jamais au chantage des terroristes, quoi qu'il nous en coûte"
FIRST = f"« {CANONICAL} », a déclaré le ministre Jean Dupont lundi."

# One article per case, quoting the canonical text of FIRST in some way.
RELATIONS = [
    (
        "« NOUS NE CÉDERONS JAMAIS AU CHANTAGE DES TERRORISTES, QUOI QU’IL NOUS EN COÛTE ! »"
        ", a lancé Jean Dupont.",
        "exact",
    ),
    (
        "“Nous ne céderons jamais au chantage des terroristes, quoi qu'il nous en coûte”, a dit "
        "Jean Dupont.",
        "exact",
    ),
    ("« Nous ne céderons jamais au chantage des terroristes », a déclaré Jean Dupont.", "fragment"),
    (
        "« Nous ne céderons jamais […] quoi qu'il nous en coûte », a déclaré Jean Dupont.",
        "fragment",
    ),
    (
        "Jean Dupont a assuré que la France « ne céderons jamais au chantage des terroristes » "
        "cette année.",
        "fragment",
    ),
    (
        "Jean Dupont a affirmé que nous ne céderons jamais au chantage des terroristes, quoi "
        "qu'il nous en coûte, et que la République restera debout.",
        "extended",
    ),
    (
        "« Nous ne plierons jamais au chantage des terroristes, quoi qu'il nous en coûte », a "
        "déclaré Jean Dupont.",
        "variant",
    ),
]


def rows(result, table: str = "occurrences") -> list[dict]:
    return getattr(result, table)


@pytest.mark.parametrize(("text", "relation"), RELATIONS)
def test_each_relation_joins_the_first_quote(text: str, relation: str) -> None:
    result = guillemet.quote_clusters([FIRST, text], ids=["first", "other"], as_frame=False)
    assert len(result.clusters) == 1, result.clusters
    cluster = result.clusters[0]
    assert cluster["text"] == CANONICAL
    occurrences = {row["doc"]: row for row in result.occurrences}
    assert occurrences["first"]["relation"] == "exact"
    assert occurrences["other"]["relation"] == relation
    assert occurrences["other"]["cluster"] == 0


def test_occurrence_offsets_point_into_the_documents() -> None:
    texts = [FIRST] + [t for t, _ in RELATIONS]
    docs = guillemet.analyze_many(texts)
    result = guillemet.quote_clusters(docs, as_frame=False)
    assert len(result.occurrences) == len(texts)
    for row in result.occurrences:
        doc = docs[row["doc"]]
        assert doc.text[row["start"] : row["end"]] == row["text"]
        assert doc.quotes[row["quote"]].text == row["text"]
        assert row["kind"] == doc.quotes[row["quote"]].kind


def test_two_quotes_sharing_a_phrase_stay_apart() -> None:
    texts = [
        "« Je veux dire aux Français que nous allons baisser les impôts dès l'an prochain », "
        "a déclaré Marie Martin.",
        "« Je veux dire aux Français que la réforme des retraites sera menée à son terme », "
        "a déclaré Paul Leroy.",
        "« Je veux dire aux Français », a-t-il commencé, ému.",
    ]
    result = guillemet.quote_clusters(texts, as_frame=False)
    by_doc = {row["doc"]: row["cluster"] for row in result.occurrences}
    assert by_doc[0] != by_doc[1]
    assert len(result.clusters) == 2


def test_the_speaker_is_voted_and_suggested_for_floating_quotes() -> None:
    quote = "« La réforme des retraites sera menée à son terme, sans faiblir »"
    texts = [
        f"{quote}, a déclaré Hélène Dupré.",
        f"{quote}, a affirmé la ministre Helene Dupre.",  # votes fold accents
        f"{quote}, a assuré Hélène Dupré mardi.",
        f"{quote}, a déclaré Paul Leroy.",
        f"{quote}\n\nLe débat continue à l'Assemblée.",  # floating: no speaker here
    ]
    result = guillemet.quote_clusters(texts, as_frame=False)
    (cluster,) = result.clusters
    assert cluster["speaker"] == "Hélène Dupré"  # the most frequent spelling
    assert cluster["speaker_votes"] == 3
    assert cluster["speaker_share"] == pytest.approx(0.75)
    by_doc = {row["doc"]: row for row in result.occurrences}
    assert by_doc[4]["speaker"] is None
    assert by_doc[4]["suggested_speaker"] == "Hélène Dupré"
    assert all(by_doc[d]["suggested_speaker"] is None for d in range(4))
    # A suggestion never changes the document.
    assert guillemet.analyze(texts[4]).quotes[0].speaker_name is None


def test_counts_dates_and_sources() -> None:
    texts = [FIRST, FIRST, RELATIONS[2][0], RELATIONS[0][0], "Aucune citation ici."]
    dates = [
        dt.date(2024, 3, 2),
        dt.date(2024, 3, 1),
        None,
        dt.date(2024, 3, 9),
        dt.date(2024, 1, 1),
    ]
    result = guillemet.quote_clusters(
        texts,
        ids=["a", "b", "c", "d", "e"],
        dates=dates,
        sources=["Le Monde", "AFP", "AFP", None, "Libération"],
        as_frame=False,
    )
    (cluster,) = result.clusters
    assert cluster["occurrences"] == 4
    assert cluster["documents"] == 4
    assert cluster["sources"] == 2
    assert cluster["variants"] == 2
    assert cluster["first_doc"] == "b"
    assert cluster["first_date"] == dt.date(2024, 3, 1)
    assert cluster["last_date"] == dt.date(2024, 3, 9)
    by_doc = {row["doc"]: row for row in result.occurrences}
    assert by_doc["c"]["date"] is None and by_doc["c"]["source"] == "AFP"


def test_tables_as_pandas_polars_and_dicts() -> None:
    texts = [FIRST, RELATIONS[2][0]]
    plain = guillemet.quote_clusters(texts, as_frame=False)
    frames = guillemet.quote_clusters(texts)
    assert list(frames.clusters.columns) == list(guillemet.clusters.CLUSTER_COLUMNS)
    assert list(frames.occurrences.columns) == list(guillemet.clusters.OCCURRENCE_COLUMNS)
    assert frames.clusters.to_dict("records")[0]["text"] == plain.clusters[0]["text"]
    polars = guillemet.quote_clusters(texts, as_frame="polars")
    assert polars.occurrences["relation"].to_list() == ["exact", "fragment"]
    clusters, occurrences = plain  # a named pair
    assert clusters is plain.clusters and occurrences is plain.occurrences
    empty = guillemet.quote_clusters(["Aucune citation."], as_frame=False)
    assert empty.clusters == [] and empty.occurrences == []


def test_bad_arguments_are_typed_errors() -> None:
    with pytest.raises(guillemet.OptionError):
        guillemet.quote_clusters([FIRST], min_words=0)
    with pytest.raises(guillemet.OptionError):
        guillemet.quote_clusters([FIRST], similarity=0.0)
    with pytest.raises(guillemet.OptionError):
        guillemet.quote_clusters([FIRST], as_frame="excel")
    with pytest.raises(ValueError, match="2 ids for 1 documents"):
        guillemet.quote_clusters([FIRST], ids=["a", "b"])
    with pytest.raises(TypeError, match="comparable"):
        guillemet.quote_clusters([FIRST, FIRST], dates=["2024-01-01", dt.date(2024, 1, 2)])


def test_partitions_merge_to_the_single_machine_result() -> None:
    texts = (
        [FIRST]
        + [t for t, _ in RELATIONS]
        + [
            "« Le budget sera voté avant la fin du mois prochain », a déclaré Paul Leroy.",
            "« Le budget sera voté avant la fin du mois », a ajouté Paul Leroy.",
        ]
    )
    ids = [f"d{i}" for i in range(len(texts))]
    dates = [f"2024-02-{i + 1:02d}" for i in range(len(texts))][::-1]
    whole = guillemet.quote_clusters(texts, ids=ids, dates=dates, as_frame=False)
    parts = [
        guillemet.quote_clusters(texts[i : i + 3], ids=ids[i : i + 3], dates=dates[i : i + 3])
        for i in range(0, len(texts), 3)
    ]
    merged = guillemet.merge_quote_clusters(parts, as_frame=False)
    assert merged == whole
    assert len(whole.clusters) == 2


def test_html_report_highlights_differences() -> None:
    other = "« <b>Le budget</b> sera voté », a dit X."
    floating = "« Nous ne céderons jamais au chantage des terroristes »\n\nFin."
    texts = [FIRST, FIRST] + [t for t, _ in RELATIONS] + [other, floating]
    report = guillemet.quote_clusters(texts).to_html(top=5)
    assert report.count('class="g-cluster"') == 2
    assert "<ins>plierons</ins>" in report
    assert "<del>quoi qu il nous en coûte</del>" in report
    assert "(Jean Dupont?)" in report  # the suggestion for a floating quote
    assert "&lt;b&gt;Le budget&lt;/b&gt;" in report and "<b>Le" not in report
    assert guillemet.quote_clusters(texts)._repr_html_().startswith('<div class="g-clusters">')
    assert diff_html("a b c d", "a X c d") == "a <del>b</del> <ins>X</ins> c d"
    assert diff_html("a b c d", "a b c.") == "a b c. <del>d</del>"
    assert diff_html("a b c d", "b c d") == "<del>a</del> b c d"


def test_command_line_tables(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    lines = [
        {"id": "a", "text": FIRST, "date": "2024-05-02", "outlet": "Le Monde"},
        {"id": "b", "text": RELATIONS[2][0], "date": "2024-05-01", "outlet": "AFP"},
        {"id": "c", "text": RELATIONS[0][0]},
    ]
    corpus.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n")
    common = [
        sys.executable,
        "-m",
        "guillemet",
        str(corpus),
        "--date-field",
        "date",
        "--source-field",
        "outlet",
        "--table",
    ]
    clusters = subprocess.run(
        [*common, "quote-clusters"], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert clusters[0].startswith("cluster,text,speaker,speaker_share")
    assert clusters[1].endswith(",3,3,2,2,b,2024-05-01,2024-05-02")
    occurrences = subprocess.run(
        [*common, "quote-occurrences", "--format", "jsonl"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    rows = [json.loads(x) for x in occurrences]
    assert [(r["doc"], r["relation"], r["source"]) for r in rows] == [
        ("a", "exact", "Le Monde"),
        ("b", "fragment", "AFP"),
        ("c", "exact", None),
    ]


# A synthetic corpus: base quotes (some opening with the same stock phrase)
# repeated with a long-tailed popularity, in articles, with the variations of
# real reuse. Scored pairwise against the base each quote came from.

STOCK = [
    "je veux dire aux Français que",
    "il faut que nous",
    "nous ne pouvons pas accepter que",
    "je le dis très clairement",
    "il est temps de",
    "nous allons faire en sorte que",
    "il n'est pas question de",
    "nous avons le devoir de",
]
FUNCTION = (
    "de la le les et que nous il est pas ne un une des en pour dans sur au qui ce se "
    "plus par avec tout on mais vous je son sa leur très bien aussi sans"
).split()
SYLLABLES = (
    "ré for me gou ver ne ment pré si dent mi nis tre fran çais é co no mie sé cu ri té "
    "tra vail pro jet loi bud get ac cord dé bat par ti pu blic san ta in dus"
).split()
NAMES = [
    f"{first} {last}"
    for first in ("Jean", "Marie", "Paul", "Anne", "Luc", "Sophie", "Marc", "Claire")
    for last in ("Martin", "Dubois", "Leroy", "Moreau", "Girard", "Fournier")
]


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.choice((2, 3))))


def _base(rng: random.Random) -> tuple[list[str], int]:
    words = STOCK[rng.randrange(len(STOCK))].split() if rng.random() < 0.3 else []
    opening = len(words)
    while len(words) < opening + 6 + rng.randrange(15):
        words.append(rng.choice(FUNCTION) if rng.random() < 0.45 else _word(rng))
    return words, opening


def _piece(words: list[str], opening: int, rng: random.Random) -> list[str]:
    """At least half the words and 5, with 4 beyond the opening phrase."""
    low = max(len(words) // 2, 5)
    if len(words) <= low:
        return words
    take = rng.randrange(low, len(words))
    start = max(rng.randrange(len(words) - take + 1), opening + 4 - take)
    return words[start : start + take]


def _typed(words: list[str], rng: random.Random) -> str:
    text = " ".join(words).replace("'", rng.choice(("'", "’")))
    style = rng.randrange(10)
    if style == 9:
        text = text.upper()
    elif style == 8:
        text = text.replace("é", "e").replace("ç", "c")
    return text[:1].upper() + text[1:] + rng.choice(("", ".", " !"))


def _paragraph(words: list[str], opening: int, speaker: str, rng: random.Random) -> str:
    roll = rng.random()
    said = f", a déclaré {speaker}."
    if roll < 0.45:
        return f"« {_typed(words, rng)} »{said}"
    if roll < 0.60:
        return f"« {_typed(_piece(words, opening, rng), rng)} »{said}"
    if roll < 0.70 and len(words) >= 9:
        cut = rng.randrange(2, len(words) // 3 + 1)
        at = rng.randrange(2, len(words) - cut - 1)
        return f"« {_typed(words[:at], rng)} […] {' '.join(words[at + cut :])} »{said}"
    if roll < 0.85:
        edited = list(words)
        at = rng.randrange(len(edited))
        if rng.random() < 0.5:
            edited[at] = _word(rng)
        else:
            edited.insert(at, rng.choice(FUNCTION))
        return f"« {_typed(edited, rng)} »{said}"
    if roll < 0.95:
        quoted = " ".join(_piece(words, opening, rng))
        return f"{speaker} a estimé que le {_word(rng)} « {quoted} » et {_word(rng)}."
    return f"{speaker} a affirmé que {' '.join(words)} selon {_word(rng)}."


def synthetic_corpus(
    n_quotes: int, seed: int
) -> tuple[list[str], list[list[tuple[int, int]]], list[list[int]], list[str]]:
    """Articles of five quotes each; for each article the spans of its
    paragraphs and the base quote of each; the speaker of each base."""
    rng = random.Random(seed)
    bases = [_base(rng) for _ in range(max(1, n_quotes // 3))]
    speakers = [rng.choice(NAMES) for _ in bases]
    weights = [1 / (r + 10) for r in range(len(bases))]
    picks = rng.choices(range(len(bases)), weights=weights, k=n_quotes)
    texts, spans, truth = [], [], []
    for at in range(0, n_quotes, 5):
        paragraphs, doc_spans, doc_truth, offset = [], [], [], 0
        for b in picks[at : at + 5]:
            words, opening = bases[b]
            paragraph = _paragraph(words, opening, speakers[b], rng)
            paragraphs.append(paragraph)
            doc_spans.append((offset, offset + len(paragraph)))
            doc_truth.append(b)
            offset += len(paragraph) + 2
        texts.append("\n\n".join(paragraphs))
        spans.append(doc_spans)
        truth.append(doc_truth)
    return texts, spans, truth, speakers


def pairwise(predicted: list[object], truth: list[int]) -> tuple[float, float]:
    """Pairwise precision and recall of a clustering against the truth."""

    def pairs(counts: Counter) -> int:
        return sum(n * (n - 1) // 2 for n in counts.values())

    both = pairs(Counter(zip(predicted, truth, strict=True)))
    return both / max(1, pairs(Counter(predicted))), both / max(1, pairs(Counter(truth)))


def test_a_synthetic_corpus_of_100000_quotes_matches_its_truth() -> None:
    texts, spans, truth, speakers = synthetic_corpus(100_000, seed=20)
    docs = guillemet.analyze_many(texts)
    result = guillemet.quote_clusters(docs, as_frame=False)
    records = quote_records(docs)
    clustered = {(r["doc"], r["quote"]): r["cluster"] for r in result.occurrences}
    predicted, expected = [], []
    for i in range(len(records["doc"])):
        doc, start = records["doc"][i], records["start"][i]
        paragraph = next(p for p, (a, b) in enumerate(spans[doc]) if a <= start < b)
        key = (doc, records["quote"][i])
        predicted.append(clustered.get(key, ("alone", key)))
        expected.append(truth[doc][paragraph])
    assert len(predicted) >= 99_000  # the analyser found (nearly) every quote
    precision, recall = pairwise(predicted, expected)
    assert precision >= 0.98, precision
    assert recall >= 0.95, recall
    # The speaker vote gives each big cluster the speaker of its base quote.
    clusters = result.clusters
    majority: dict[int, Counter] = {}
    for p, t in zip(predicted, expected, strict=True):
        if isinstance(p, int):
            majority.setdefault(p, Counter())[t] += 1
    big = [c for c in clusters if c["occurrences"] >= 20]
    right = sum(c["speaker"] == speakers[majority[c["cluster"]].most_common(1)[0][0]] for c in big)
    assert right / len(big) >= 0.98


def test_dask_example_agrees_with_the_single_machine_result() -> None:
    from test_scaling_out import load_example

    texts, _, _, _ = synthetic_corpus(400, seed=3)
    articles = [
        {"id": f"a{i}", "text": t, "date": f"2024-01-{i % 28 + 1:02d}", "source": f"s{i % 7}"}
        for i, t in enumerate(texts)
    ]
    articles.append({"id": "seed", "text": guillemet.SEED_ARTICLE})
    example = load_example("dask_corpus")
    distributed = example.run_quote_clusters(articles, n_workers=2)
    single = guillemet.quote_clusters(
        [a["text"] for a in articles],
        ids=[a["id"] for a in articles],
        dates=[a.get("date") for a in articles],
        sources=[a.get("source") for a in articles],
        as_frame=False,
    )
    assert distributed == single
    assert max(c["documents"] for c in single.clusters) > 5  # quotes did travel
