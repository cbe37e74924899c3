"""An HTML report of quote clusters: the top clusters, each with its
canonical text, speaker, counts and dates, and its occurrences with their
differences from the canonical text highlighted (words added in green,
canonical words left out struck through in red). Self-contained HTML and
CSS, no JavaScript; every text is escaped."""

from __future__ import annotations

import difflib
import html
import re
import unicodedata
from typing import Any

__all__ = ["diff_html", "render_clusters"]

CSS = """
.g-clusters{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;line-height:1.6;
  max-width:64em;color:inherit}
.g-clusters .g-cluster{border:1px solid rgba(127,127,127,.35);border-radius:6px;
  padding:.5em .8em;margin:0 0 1em}
.g-clusters .g-canonical{font-size:1.05em;font-weight:600}
.g-clusters .g-meta{font-size:.85em;opacity:.8}
.g-clusters table{border-collapse:collapse;font-size:.9em;margin-top:.4em;width:100%}
.g-clusters td,.g-clusters th{text-align:left;vertical-align:top;padding:.15em .5em;
  border-top:1px solid rgba(127,127,127,.2)}
.g-clusters ins{background:rgba(44,160,44,.3);text-decoration:none;border-radius:2px}
.g-clusters del{background:rgba(214,39,40,.25);border-radius:2px}
.g-clusters .g-rel{font-size:.8em;padding:0 .4em;border-radius:3px;
  border:1px solid rgba(127,127,127,.5)}
"""

_WORD = re.compile(r"\w+", re.UNICODE)


def _fold(word: str) -> str:
    s = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in s if not unicodedata.combining(c))


def diff_html(canonical: str, text: str) -> str:
    """``text`` as escaped HTML, its words missing from ``canonical`` in
    ``<ins>`` and the canonical words it leaves out in ``<del>``, compared
    word by word with case and accents folded."""
    ours = list(_WORD.finditer(text))
    theirs = [m.group() for m in _WORD.finditer(canonical)]
    matcher = difflib.SequenceMatcher(
        a=[_fold(w) for w in theirs], b=[_fold(m.group()) for m in ours], autojunk=False
    )
    pieces: list[str] = []
    cursor = 0

    def upto(pos: int) -> None:
        nonlocal cursor
        if pos > cursor:
            pieces.append(html.escape(text[cursor:pos]))
            cursor = pos

    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        if op in ("delete", "replace"):
            at_end = b0 >= len(ours)
            upto(len(text) if at_end else ours[b0].start())
            left = " " if pieces and not pieces[-1][-1:].isspace() else ""
            right = "" if at_end else " "
            pieces.append(f"{left}<del>{html.escape(' '.join(theirs[a0:a1]))}</del>{right}")
        if op in ("insert", "replace"):
            upto(ours[b0].start())
            end = ours[b1 - 1].end()
            pieces.append(f"<ins>{html.escape(text[cursor:end])}</ins>")
            cursor = end
    upto(len(text))
    return "".join(pieces)


def _columns(table: Any) -> dict[str, list[Any]]:
    if isinstance(table, list):
        names = list(table[0]) if table else []
        return {name: [row[name] for row in table] for name in names}
    try:
        return {k: list(v) for k, v in table.to_dict(as_series=False).items()}  # polars
    except TypeError:
        return {k: list(v) for k, v in table.to_dict("list").items()}  # pandas


def _missing(v: Any) -> bool:
    return v is None or v != v  # None, NaN or NaT


def _value(v: Any) -> str:
    return "–" if _missing(v) else html.escape(str(v))


def render_clusters(result: Any, top: int = 10, max_occurrences: int = 20) -> str:
    """The HTML report of the ``top`` clusters of a
    :class:`guillemet.clusters.QuoteClusters`, with at most
    ``max_occurrences`` occurrences each (one per distinct text first)."""
    clusters = _columns(result.clusters)
    occ = _columns(result.occurrences)
    by_cluster: dict[int, list[int]] = {}
    for i, c in enumerate(occ.get("cluster", [])):
        by_cluster.setdefault(c, []).append(i)
    parts = [f'<div class="g-clusters"><style>{CSS}</style>']
    n = len(clusters.get("cluster", []))
    if n == 0:
        parts.append("<p>No quote cluster.</p>")
    for row in range(min(top, n)):
        cid = clusters["cluster"][row]
        canonical = clusters["text"][row]
        speaker = clusters["speaker"][row]
        share = clusters["speaker_share"][row]
        who = (
            f"{html.escape(speaker)} ({share:.0%} of the votes)"
            if not _missing(speaker) and not _missing(share)
            else "no speaker"
        )
        meta = (
            f"{clusters['occurrences'][row]} occurrences in {clusters['documents'][row]} "
            f"documents, {clusters['sources'][row]} sources · first: "
            f"{_value(clusters['first_doc'][row])} ({_value(clusters['first_date'][row])}) · "
            f"last date: {_value(clusters['last_date'][row])}"
        )
        parts.append(
            f'<div class="g-cluster"><div class="g-canonical">#{cid} « {html.escape(canonical)} »'
            f'</div><div class="g-meta">{who} · {meta}</div>'
        )
        members = by_cluster.get(cid, [])
        first_with_text: dict[str, int] = {}
        for i in members:
            first_with_text.setdefault(occ["text"][i], i)
        distinct = list(first_with_text.values())
        first_of_text = set(distinct)
        shown = (distinct + [i for i in members if i not in first_of_text])[:max_occurrences]
        shown.sort()
        parts.append(
            "<table><tr><th>doc</th><th>date</th><th>source</th><th>speaker</th>"
            "<th>relation</th><th>text</th></tr>"
        )
        for i in shown:
            speaker_cell = occ["speaker"][i]
            suggested = occ["suggested_speaker"][i]
            if _missing(speaker_cell) and not _missing(suggested):
                speaker_cell = f"({suggested}?)"
            parts.append(
                f"<tr><td>{_value(occ['doc'][i])}</td><td>{_value(occ['date'][i])}</td>"
                f"<td>{_value(occ['source'][i])}</td><td>{_value(speaker_cell)}</td>"
                f'<td><span class="g-rel">{html.escape(occ["relation"][i])}</span></td>'
                f"<td>{diff_html(canonical, occ['text'][i])}</td></tr>"
            )
        if len(members) > len(shown):
            parts.append(
                f'<tr><td colspan="6" class="g-meta">and {len(members) - len(shown)} more</td></tr>'
            )
        parts.append("</table></div>")
    parts.append("</div>")
    return "".join(parts)
