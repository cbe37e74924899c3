"""The HTML view: escaped text, one colour per speaker (20 distinct), one
style per kind of speech, a key for every style, quoted terms apart, no
JavaScript, and ``render`` of documents, a document or a text."""

from __future__ import annotations

import math
import re

import pytest

import guillemet


def test_text_is_escaped() -> None:
    doc = guillemet.analyze(
        "<script>alert('x')</script> « Bonjour & merci », a dit <b>Paul Martin</b>."
    )
    html = guillemet.render(doc)
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "&amp; merci" in html
    assert "<b>" not in html


def test_quotes_speakers_and_legend(seed_doc: guillemet.Document) -> None:
    html = seed_doc._repr_html_()
    assert html == guillemet.render(seed_doc)
    assert html.count('class="g-q') >= len(seed_doc.quotes)
    assert "Vladimir Poutine" in html and "10 quotes" in html
    assert "Kassym-Jomart Tokayev" in html and "1 quote<" in html
    colours = set(re.findall(r'class="g-swatch" style="background:(rgba\([^)]*\))', html))
    assert len(colours) == len(seed_doc.speakers)
    assert 'class="g-mention"' in html and 'class="g-cue"' in html and 'class="g-via"' in html
    # Each quote's tooltip names the construction that produced it.
    assert "a déclaré [incise]" in html and "[verb-que]" in html
    assert "<script" not in html.lower() and "javascript:" not in html.lower()


def test_quoted_terms_shown_apart() -> None:
    doc = guillemet.analyze("Il a vu la série « Game of Thrones » hier.")
    html = guillemet.render(doc)
    assert 'class="g-term"' in html
    assert "Quoted terms (no speaker): « Game of Thrones »" in html


def test_empty_document() -> None:
    html = guillemet.render(guillemet.analyze(""))
    assert "No quoted speaker." in html


SURNAMES = [
    "Durand", "Martin", "Bernard", "Petit", "Robert", "Richard", "Moreau", "Simon",
    "Laurent", "Michel", "Garcia", "Lefebvre", "Roux", "Fournier", "Girard", "Bonnet",
    "Dupont", "Lambert", "Fontaine", "Chevalier",
]  # fmt: skip


def lab(rgb: tuple[int, int, int]) -> tuple[float, float, float]:
    """CIELAB of an sRGB colour (D65)."""

    def linear(u: int) -> float:
        v = u / 255
        return ((v + 0.055) / 1.055) ** 2.4 if v > 0.04045 else v / 12.92

    r, g, b = map(linear, rgb)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def test_direct_indirect_and_mixed_speech_look_different(seed_doc: guillemet.Document) -> None:
    html = guillemet.render(seed_doc)
    for kind in ("direct", "indirect", "mixed"):
        assert f'class="g-q g-{kind}"' in html
    rules = {
        kind: re.search(rf"\.guillemet \.g-{kind}\{{([^}}]*)\}}", html).group(1)  # type: ignore[union-attr]
        for kind in ("direct", "indirect", "mixed", "unattributed")
    }
    assert len(set(rules.values())) == 4, rules


def test_the_legend_has_a_key_for_every_style(seed_doc: guillemet.Document) -> None:
    html = guillemet.render(seed_doc)
    legend = html.split('<div class="g-legend g-styles">', 1)[1].split("</div>", 1)[0]
    for cls, label in (
        ("g-direct", "direct speech"),
        ("g-indirect", "indirect speech"),
        ("g-mixed", "mixed speech"),
        ("g-unattributed", "unattributed"),
        ("g-mention", "speaker mention"),
        ("g-cue", "cue"),
        ("g-via", "via"),
        ("g-term", "quoted term"),
    ):
        assert cls in legend and label in legend, label


def test_twenty_speakers_get_twenty_distinct_colours_and_none_is_unattributed() -> None:
    text = " ".join(f"« Phrase {i}. », a déclaré Jean {n}." for i, n in enumerate(SURNAMES))
    doc = guillemet.analyze("« Nous ne céderons jamais. »\n\n" + text)
    assert len(doc.speakers) == 20
    html = guillemet.render(doc)
    colours = re.findall(r'g-swatch" style="background:rgba\((\d+),(\d+),(\d+),', html)
    rgbs = [tuple(map(int, c)) for c in colours]
    assert len(set(rgbs)) == 20
    pairs = [(a, b) for i, a in enumerate(rgbs) for b in rgbs[i + 1 :]]
    assert min(math.dist(lab(a), lab(b)) for a, b in pairs) > 20  # type: ignore[arg-type]
    assert all(max(c) - min(c) > 40 for c in rgbs)  # no grey
    unattributed = [q for q in doc.quotes if q.speaker is None]
    assert unattributed
    assert 'g-unattributed" style="--c:127,127,127"' in html
    assert (127, 127, 127) not in rgbs


def test_render_takes_documents_a_document_or_a_text(seed_doc: guillemet.Document) -> None:
    text = "« Oui », a dit Paul Durand."
    from_text = guillemet.render(text)
    assert from_text == guillemet.render(guillemet.analyze(text))
    assert "Paul Durand" in from_text and 'class="g-doc-title"' not in from_text
    many = guillemet.render([seed_doc, text], ids=["seed", "court"])
    assert many.count('<div class="g-doc">') == 2 and many.count("<style>") == 1
    assert '<div class="g-doc-title">seed</div>' in many and ">court</div>" in many
    page = guillemet.render(text, page=True)
    assert page.startswith("<!DOCTYPE html>") and page.endswith("</html>")
    with pytest.raises(ValueError, match="1 ids for 2 documents"):
        guillemet.render([text, text], ids=["a"])
