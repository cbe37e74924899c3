"""The HTML view: escaped text, one colour per speaker, a legend, quoted
terms apart, and no JavaScript."""

from __future__ import annotations

import re

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
    assert "<script" not in html.lower() and "javascript:" not in html.lower()


def test_quoted_terms_shown_apart() -> None:
    doc = guillemet.analyze("Il a vu la série « Game of Thrones » hier.")
    html = guillemet.render(doc)
    assert 'class="g-term"' in html
    assert "Quoted terms (no speaker): « Game of Thrones »" in html


def test_empty_document() -> None:
    html = guillemet.render(guillemet.analyze(""))
    assert "No quoted speaker." in html
