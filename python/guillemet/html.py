"""An HTML view of a document's quotes and speakers, like displaCy for spaCy.

Self-contained HTML and CSS, no JavaScript: each quote is highlighted in its
speaker's colour, the speaker mention and the cue are marked, a legend lists
the speakers with their quote counts, and quoted terms (titles, scare quotes)
are shown apart. The text is escaped, and the colours are translucent so the
view reads in light and dark notebook themes.
"""

from __future__ import annotations

import html
from typing import Any

__all__ = ["render"]

# Translucent hues: readable on white and on dark backgrounds.
PALETTE = [
    (31, 119, 180),
    (255, 127, 14),
    (44, 160, 44),
    (214, 39, 40),
    (148, 103, 189),
    (140, 86, 75),
    (227, 119, 194),
    (127, 127, 127),
    (188, 189, 34),
    (23, 190, 207),
]

CSS = """
.guillemet{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;line-height:1.7;
  max-width:60em;color:inherit}
.guillemet .g-legend{display:flex;flex-wrap:wrap;gap:.4em 1em;margin:0 0 .8em;
  padding:.4em .6em;border:1px solid rgba(127,127,127,.35);border-radius:6px;font-size:.9em}
.guillemet .g-key{display:inline-flex;align-items:center;gap:.35em}
.guillemet .g-swatch{width:.9em;height:.9em;border-radius:2px;display:inline-block}
.guillemet p{margin:.5em 0}
.guillemet .g-q{border-radius:3px;padding:.05em 0}
.guillemet .g-mention{font-weight:600;border-bottom:2px solid currentColor}
.guillemet .g-cue{font-style:italic;text-decoration:underline dotted}
.guillemet .g-via{font-variant:small-caps;border-bottom:1px dashed currentColor}
.guillemet .g-term{outline:1px dashed rgba(127,127,127,.8);border-radius:2px}
.guillemet .g-kind{font-size:.75em;opacity:.7}
.guillemet .g-terms{font-size:.9em;opacity:.85}
"""


def _colour(index: int | None, alpha: float) -> str:
    if index is None:
        return f"rgba(127,127,127,{alpha})"
    r, g, b = PALETTE[index % len(PALETTE)]
    return f"rgba({r},{g},{b},{alpha})"


def _spans(doc: Any) -> list[tuple[int, int, str, str]]:
    """(start, end, class names, inline style) of every marked span."""
    out = []
    for q in doc.quotes:
        speaker = q.speaker.speaker.index if q.speaker and q.speaker.speaker else None
        who = q.speaker_name or (q.speaker.text if q.speaker else "unattributed")
        cue = f" — {q.cue.text}" if q.cue else ""
        title = html.escape(f"{q.kind} quote #{q.index} — {who}{cue}", quote=True)
        out.append(
            (
                q.start,
                q.end,
                f"g-q g-{q.kind}",
                f'background:{_colour(speaker, 0.22)}" title="{title}',
            )
        )
        if q.speaker:
            out.append(
                (q.speaker.start, q.speaker.end, "g-mention", f"color:{_colour(speaker, 1)}")
            )
        if q.cue:
            out.append((q.cue.start, q.cue.end, "g-cue", ""))
        if q.via:
            out.append((q.via.start, q.via.end, "g-via", ""))
    for t in doc.quoted_terms:
        out.append((t.start, t.end, "g-term", ""))
    return out


def _body(doc: Any) -> str:
    text = doc.text
    spans = [s for s in _spans(doc) if s[0] < s[1]]
    cuts = {0, len(text)}
    for start, end, _, _ in spans:
        cuts.update((start, end))
    for p in doc.paragraphs:
        cuts.update((p.start, p.end))
    bounds = sorted(cuts)
    paragraph_ends = {p.end for p in doc.paragraphs}
    paragraph_starts = {p.start for p in doc.paragraphs}
    pieces = ["<p>"]
    # Active spans per segment: each segment is wrapped in one element per
    # active span, so overlapping spans nest correctly.
    by_start: dict[int, list[tuple[int, int, str, str]]] = {}
    for s in spans:
        by_start.setdefault(s[0], []).append(s)
    active: list[tuple[int, int, str, str]] = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        if a in paragraph_starts and a != 0 and pieces[-1] != "<p>":
            pieces.append("</p><p>")
        active = [s for s in active if s[1] > a] + by_start.get(a, [])
        segment = html.escape(text[a:b])
        for _, _, cls, style in sorted(active, key=lambda s: (s[0], -s[1])):
            segment = (
                f'<span class="{cls}" style="{style}">{segment}</span>'
                if style
                else f'<span class="{cls}">{segment}</span>'
            )
        pieces.append(segment)
        if b in paragraph_ends and b != len(text):
            pieces.append("</p><p>")
    pieces.append("</p>")
    return "".join(pieces).replace("<p></p>", "")


def _legend(doc: Any) -> str:
    if not doc.speakers:
        return '<div class="g-legend">No quoted speaker.</div>'
    keys = []
    for s in doc.speakers:
        n = len(s.quotes)
        swatch = _colour(s.index, 0.55)
        keys.append(
            f'<span class="g-key"><span class="g-swatch" style="background:{swatch}">'
            f'</span>{html.escape(s.name)} <span class="g-kind">{html.escape(s.kind)}, '
            f"{html.escape(s.gender)}</span> · {n} quote{'s' if n != 1 else ''}</span>"
        )
    return '<div class="g-legend">' + "".join(keys) + "</div>"


def _terms(doc: Any) -> str:
    terms = doc.quoted_terms
    if not terms:
        return ""
    items = ", ".join(f"« {html.escape(t.text)} »" for t in terms)
    return f'<div class="g-terms">Quoted terms (no speaker): {items}</div>'


def render(doc: Any) -> str:
    """The HTML view of one analysed document, as a string."""
    return (
        f'<div class="guillemet"><style>{CSS}</style>{_legend(doc)}{_body(doc)}{_terms(doc)}</div>'
    )
