"""Score guillemet on the lead's held-out constructed cases (session 4).

`speech.txt`: `sentence => content | head`, or `sentence => none` for a
sentence that holds no reported speech. A quote is found when it covers at
least half of the expected content and is at most about twice its length;
its speaker is right when the mention, or the name it resolves to, holds the
head word (alternatives separated by `/`). `kinds.txt`: `text || head |
kind | gender` for the speaker of the first quote whose mention, or the
name it resolves to, holds the head (alternatives separated by `/`); gender
is scored only where the text gives a cue. `articles.txt` (from session 14):
multi-paragraph articles, each opened by `=== id`, its paragraphs one per
line, then its expected items `=> content | head` (`=>? ` for an optional
item, e.g. an infinitive complement); every quote found, its speaker, and
the quotes predicted where no item is (false alarms) are counted.

Run: `python tools/holdout/score.py [-v] [DIR]` with guillemet installed; DIR is
the folder of the two files (default: session 4's set, beside this script;
`tools/holdout/session5` to `session8`, `session10` to `session14` and
`session16` to `session20` hold those sessions' sets).
"""

from __future__ import annotations

import sys
from pathlib import Path

import guillemet

HERE = Path(__file__).parent
for arg in sys.argv[1:]:
    if not arg.startswith("-"):
        HERE = Path(arg)


def cases(name: str) -> list[str]:
    lines = (HERE / name).read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


def matching_quote(doc, start: int, end: int):
    """The first quote covering at least half of the expected content and at
    most about twice its length, or None."""
    length = end - start
    return next(
        (
            q
            for q in doc.quotes
            if min(q.end, end) - max(q.start, start) >= length / 2
            and q.end - q.start <= 2 * length + 4
        ),
        None,
    )


def said(quote) -> list[str]:
    """The speaker mention's text and the name it resolves to (none: [])."""
    mention = quote.speaker
    return [] if mention is None else [mention.text, quote.speaker_name or ""]


def speaker_right(quote, head: str) -> bool:
    """The mention, or the name it resolves to, holds the head (`-`: no one)."""
    names = said(quote)
    return (head == "-" and not names) or any(
        h.lower() in n.lower() for h in head.split("/") for n in names
    )


def speech(verbose: bool) -> str:
    found = right = expected = free = free_ok = 0
    for line in cases("speech.txt"):
        sentence, rest = line.split(" => ", 1)
        doc = guillemet.analyze(sentence)
        if rest.strip() == "none":
            free += 1
            free_ok += not doc.quotes
            if verbose and doc.quotes:
                print("FALSE ALARM", sentence, [(q.text, q.rule) for q in doc.quotes])
            continue
        content, head = (part.strip() for part in rest.split(" | "))
        start = sentence.index(content)
        end = start + len(content)
        expected += 1
        quote = matching_quote(doc, start, end)
        if quote is None:
            if verbose:
                print("MISSED", sentence, [(q.text, q.rule) for q in doc.quotes])
            continue
        found += 1
        ok = speaker_right(quote, head)
        right += ok
        if verbose and not ok:
            print("SPEAKER", sentence, "->", said(quote), quote.rule)
    return (
        f"speech: content found {found}/{expected}, speaker right {right}/{expected}, "
        f"speech-free sentences without a quote {free_ok}/{free}"
    )


def parse_articles() -> list[tuple[str, str, list[tuple[str, str, bool]]]]:
    """(id, text, [(content, head, optional)]) for each article of articles.txt."""
    articles: list[tuple[str, str, list[tuple[str, str, bool]]]] = []
    paragraphs: list[str] = []
    items: list[tuple[str, str, bool]] = []
    name = ""

    def close() -> None:
        if name:
            articles.append((name, "\n\n".join(paragraphs), list(items)))

    for line in cases("articles.txt"):
        if line.startswith("=== "):
            close()
            name, paragraphs, items = line[4:].strip(), [], []
        elif line.startswith("=>"):
            optional = line.startswith("=>?")
            content, head = (part.strip() for part in line[3:].rsplit(" | ", 1))
            items.append((content, head, optional))
        else:
            paragraphs.append(line.strip())
    close()
    return articles


def articles(verbose: bool) -> str:
    expected = found = right = alarms = predicted = 0
    for name, text, items in parse_articles():
        doc = guillemet.analyze(text)
        predicted += len(doc.quotes)
        spans = []
        for content, head, optional in items:
            start = text.index(content)
            spans.append((start, start + len(content)))
            if optional:
                continue
            expected += 1
            end = start + len(content)
            quote = matching_quote(doc, start, end)
            if quote is None:
                if verbose:
                    print("MISSED", name, content)
                continue
            found += 1
            ok = speaker_right(quote, head)
            right += ok
            if verbose and not ok:
                print("SPEAKER", name, content[:60], "->", said(quote), quote.rule)
        for q in doc.quotes:
            if not any(min(q.end, e) > max(q.start, s) for s, e in spans):
                alarms += 1
                if verbose:
                    print("FALSE ALARM", name, q.text[:80], q.rule)
    return (
        f"articles: content found {found}/{expected}, speaker right {right}/{expected}, "
        f"false alarms {alarms} of {predicted} predicted"
    )


def kinds(verbose: bool) -> str:
    total = kind_ok = cued = gender_ok = 0
    for line in cases("kinds.txt"):
        text, rest = line.split(" || ")
        head, kind, gender = (part.strip() for part in rest.split(" | "))
        total += 1
        speaker = None
        for quote in guillemet.analyze(text).quotes:
            mention = quote.speaker
            if mention is not None and mention.speaker is not None:
                said = " ".join((mention.text, mention.name or "", mention.speaker.name or ""))
                if any(h.lower() in said.lower() for h in head.split("/")):
                    speaker = mention.speaker
                    break
        if speaker is None:
            if verbose:
                print("NO SPEAKER", text)
            continue
        kind_ok += speaker.kind in kind.split("/")
        if verbose and speaker.kind not in kind.split("/"):
            print("KIND", text, "->", speaker.name, speaker.kind)
        if gender != "unknown":
            cued += 1
            gender_ok += speaker.gender == gender
            if verbose and speaker.gender != gender:
                print("GENDER", text, "->", speaker.name, speaker.gender)
    return (
        f"kinds: kind right {kind_ok}/{total}, "
        f"gender right {gender_ok}/{cued} where the text gives a cue"
    )


if __name__ == "__main__":
    verbose = "-v" in sys.argv
    for part, score in (("speech", speech), ("kinds", kinds), ("articles", articles)):
        if (HERE / f"{part}.txt").exists():
            print(score(verbose))
