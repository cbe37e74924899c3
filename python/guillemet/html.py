"""An HTML view of quotes and speakers, like displaCy for spaCy.

Self-contained HTML and CSS, no JavaScript. Each quote takes its speaker's
colour, in a style of its own kind: direct speech is filled, indirect
speech underlined, mixed speech striped; an unattributed quote has a grey
dashed outline, a style no speaker has. The speaker mention, the cue, the
relaying outlet (``via``) and quoted terms are marked too, and a legend
gives a key for every style and lists the speakers. The palette holds 20
distinct colours (none grey) before it repeats. The text is escaped, and
the colours are translucent so the view reads in light and dark notebook
themes.

>>> import guillemet
>>> html = guillemet.render("« Oui », a dit Paul Durand.")
>>> 'class="g-q g-direct"' in html
True
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from typing import Any

from guillemet import _native

__all__ = ["PALETTE", "render"]

# 20 colours, each at least 25 CIELAB ΔE from the others and none grey: the
# matplotlib tab10 hues without its grey, then hues chosen greedily to stay
# far from those already taken.
PALETTE = [
    (31, 119, 180),
    (255, 127, 14),
    (44, 160, 44),
    (214, 39, 40),
    (148, 103, 189),
    (140, 86, 75),
    (227, 119, 194),
    (188, 189, 34),
    (23, 190, 207),
    (255, 0, 255),
    (0, 0, 128),
    (0, 90, 50),
    (194, 178, 128),
    (128, 0, 64),
    (249, 147, 121),
    (161, 202, 241),
    (136, 45, 23),
    (128, 128, 0),
    (255, 215, 0),
    (246, 166, 0),
]
# Unattributed quotes: grey, which no speaker has, and a dashed outline.
UNATTRIBUTED = (127, 127, 127)

CSS = """
.guillemet{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;line-height:1.8;
  max-width:60em;color:inherit}
.guillemet .g-legend{display:flex;flex-wrap:wrap;gap:.4em 1em;margin:0 0 .8em;
  padding:.4em .6em;border:1px solid rgba(127,127,127,.35);border-radius:6px;font-size:.9em}
.guillemet .g-styles{border-style:dashed}
.guillemet .g-key{display:inline-flex;align-items:center;gap:.35em}
.guillemet .g-swatch{width:.9em;height:.9em;border-radius:2px;display:inline-block}
.guillemet .g-doc-title{font-weight:600;margin:1.2em 0 .3em}
.guillemet p{margin:.5em 0}
.guillemet .g-q{border-radius:3px;padding:.05em 0}
.guillemet .g-direct{background:rgba(var(--c),.22)}
.guillemet .g-indirect{box-shadow:inset 0 -.22em 0 rgba(var(--c),.8)}
.guillemet .g-mixed{background:repeating-linear-gradient(135deg,rgba(var(--c),.3) 0 .25em,
  rgba(var(--c),.06) .25em .5em)}
.guillemet .g-unattributed{outline:1.5px dashed rgba(127,127,127,.9);outline-offset:1px}
.guillemet .g-mention{font-weight:600;border-bottom:2px solid currentColor}
.guillemet .g-cue{font-style:italic;text-decoration:underline dotted}
.guillemet .g-via{font-variant:small-caps;border-bottom:1px dashed currentColor}
.guillemet .g-term{outline:1px dashed rgba(127,127,127,.8);border-radius:2px}
.guillemet .g-kind{font-size:.75em;opacity:.7}
.guillemet .g-terms{font-size:.9em;opacity:.85}
"""


def _rgb(speaker: int | None) -> str:
    r, g, b = UNATTRIBUTED if speaker is None else PALETTE[speaker % len(PALETTE)]
    return f"{r},{g},{b}"


def _spans(doc: _native.Document) -> list[tuple[int, int, str, str]]:
    """(start, end, class names, extra attributes) of every marked span."""
    out = []
    for q in doc.quotes:
        speaker = q.speaker.speaker.index if q.speaker and q.speaker.speaker else None
        who = q.speaker_name or (q.speaker.text if q.speaker else "unattributed")
        cue = f" — {q.cue.text}" if q.cue else ""
        title = html.escape(f"{q.kind} quote #{q.index} — {who}{cue} [{q.rule}]", quote=True)
        classes = f"g-q g-{q.kind}" + (" g-unattributed" if speaker is None else "")
        out.append((q.start, q.end, classes, f'style="--c:{_rgb(speaker)}" title="{title}"'))
        if q.speaker:
            colour = f"rgb({_rgb(speaker)})"
            out.append((q.speaker.start, q.speaker.end, "g-mention", f'style="color:{colour}"'))
        if q.cue:
            out.append((q.cue.start, q.cue.end, "g-cue", ""))
        if q.via:
            out.append((q.via.start, q.via.end, "g-via", ""))
    for t in doc.quoted_terms:
        out.append((t.start, t.end, "g-term", ""))
    return out


def _body(doc: _native.Document) -> str:
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
        for _, _, cls, attrs in sorted(active, key=lambda s: (s[0], -s[1])):
            extra = f" {attrs}" if attrs else ""
            segment = f'<span class="{cls}"{extra}>{segment}</span>'
        pieces.append(segment)
        if b in paragraph_ends and b != len(text):
            pieces.append("</p><p>")
    pieces.append("</p>")
    return "".join(pieces).replace("<p></p>", "")


# The key of every style: (label, sample HTML).
STYLE_KEYS = [
    ("direct speech", '<span class="g-q g-direct" style="--c:{c}">« … »</span>'),
    ("indirect speech", '<span class="g-q g-indirect" style="--c:{c}">que …</span>'),
    ("mixed speech", '<span class="g-q g-mixed" style="--c:{c}">que « … »</span>'),
    ("unattributed", '<span class="g-q g-direct g-unattributed" style="--c:{u}">« … »</span>'),
    ("speaker mention", '<span class="g-mention">Nom</span>'),
    ("cue", '<span class="g-cue">a déclaré</span>'),
    ("via (relaying outlet)", '<span class="g-via">Reuters</span>'),
    ("quoted term (no speaker)", '<span class="g-term">« titre »</span>'),
]


def _style_legend() -> str:
    keys = "".join(
        f'<span class="g-key">{sample.format(c=_rgb(0), u=_rgb(None))} {label}</span>'
        for label, sample in STYLE_KEYS
    )
    return f'<div class="g-legend g-styles">{keys}</div>'


def _speaker_legend(doc: _native.Document) -> str:
    if not doc.speakers:
        return '<div class="g-legend">No quoted speaker.</div>'
    keys = []
    for s in doc.speakers:
        n = len(s.quotes)
        keys.append(
            f'<span class="g-key"><span class="g-swatch" style="background:rgba({_rgb(s.index)},'
            f'.55)"></span>{html.escape(s.name)} <span class="g-kind">{html.escape(s.kind)}, '
            f"{html.escape(s.gender)}</span> · {n} quote{'s' if n != 1 else ''}</span>"
        )
    return '<div class="g-legend">' + "".join(keys) + "</div>"


def _terms(doc: _native.Document) -> str:
    terms = doc.quoted_terms
    if not terms:
        return ""
    items = ", ".join(f"« {html.escape(t.text)} »" for t in terms)
    return f'<div class="g-terms">Quoted terms (no speaker): {items}</div>'


def _document(doc: _native.Document, title: str | None) -> str:
    heading = f'<div class="g-doc-title">{html.escape(title)}</div>' if title else ""
    return f'<div class="g-doc">{heading}{_speaker_legend(doc)}{_body(doc)}{_terms(doc)}</div>'


def render(
    docs: _native.Document | str | bytes | Iterable[_native.Document | str | bytes],
    *,
    ids: Sequence[Any] | None = None,
    page: bool = False,
) -> str:
    """The HTML view of one document or many, as a string, like
    ``displacy.render``: ``docs`` is a ``Document``, a text (analysed with
    the default analyzer), or an iterable of either. With several documents,
    each gets a heading (its id in ``ids``, or its position). ``page=True``
    returns a whole HTML page, to save as a file."""
    from guillemet.terms import _documents

    documents = _documents(docs)
    single = isinstance(docs, (_native.Document, str, bytes))
    if ids is not None and len(ids) != len(documents):
        raise _native.OptionError(f"{len(ids)} ids for {len(documents)} documents")
    if ids is None:
        ids = [f"Document {i}" for i in range(len(documents))]
    body = "".join(
        _document(doc, None if single else str(label))
        for doc, label in zip(documents, ids, strict=True)
    )
    view = f'<div class="guillemet"><style>{CSS}</style>{_style_legend()}{body}</div>'
    if page:
        return (
            '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">'
            f"<title>guillemet</title></head><body>{view}</body></html>"
        )
    return view
