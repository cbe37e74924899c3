"""An adversarial corpus, generated here: every case gives a result, every
span slices the original text, and time grows linearly with the input."""

from __future__ import annotations

import itertools
import os
import signal
import statistics
import string
import subprocess
import sys
import time
from collections.abc import Callable

import pytest

import guillemet


def check_spans(text: str, doc: guillemet.Document) -> None:
    """Tokens, sentences, quotes, cues, mentions slice the text exactly."""
    columns = doc._columns("tokens")
    prev = 0
    for start, end, token in zip(columns["start"], columns["end"], columns["text"], strict=False):
        assert prev <= start < end <= len(text)
        assert text[start:end] == token
        prev = end
    for s in doc.sentences:
        assert text[s.start : s.end] == s.text
    for q in doc.quotes:
        assert 0 <= q.start <= q.end <= len(text) and text[q.start : q.end] == q.text
        for part in (q.cue, q.speaker, q.via):
            if part is not None:
                assert text[part.start : part.end] == part.text
        if q.speaker is not None:
            # A speaker is named outside the words credited to it, or in an
            # incise of them, right after its cue ("« …, dit-il, … »").
            sp = q.speaker
            outside = sp.end <= q.start or sp.start >= q.end
            in_incise = q.cue is not None and q.cue.start <= sp.start and sp.start - q.cue.end < 40
            assert outside or in_incise, (q, sp)


def namesakes(n: int) -> str:
    """n people who share a surname, each quoted once."""
    firsts = itertools.product(string.ascii_uppercase, string.ascii_lowercase, repeat=2)
    return "".join(
        f"« Oui », a dit {a}{b}{c}{d}ie Dupont. " for a, b, c, d in itertools.islice(firsts, n)
    )


CASES: dict[str, Callable[[int], str]] = {
    "empty": lambda n: "",
    "whitespace": lambda n: " \n\t\u00a0\u202f\u2028" * n,
    "single character": lambda n: "x",
    "open guillemets": lambda n: "« " * n,
    "nested guillemets": lambda n: "« " * n + "texte" + " »" * n,
    "straight quotes": lambda n: '"a ' * n,
    "inverted pronouns": lambda n: "a-t-il " * n,
    "long word": lambda n: "a" * (20 * n),
    "long hyphenated word": lambda n: "-".join(["mot"] * n),
    "elisions chain": lambda n: "l'" * n + "homme",
    "controls": lambda n: (
        "".join(chr(c) for c in list(range(0, 32)) + list(range(127, 160))) * (n // 60 + 1)
    ),
    "zalgo": lambda n: ("Z" + "\u0336\u0337\u0338\u0300\u0301" * 20 + " ") * (n // 20 + 1),
    "bidi": lambda n: "\u202eمرحبا\u202c \u2067שלום\u2069 « citation » " * (n // 10 + 1),
    "zwj emoji": lambda n: "👩\u200d👩\u200d👧\u200d👦 🏳️\u200d🌈 🇫🇷 " * (n // 5 + 1),
    "mixed newlines": lambda n: "Un.\r\nDeux.\rTrois.\u2028Quatre.\n\nCinq.\u2029" * (n // 10 + 1),
    "html left in": lambda n: (
        "<p>Il a dit &laquo;&nbsp;oui&nbsp;&raquo; &amp; <b>« non »</b></p>\n" * (n // 10 + 1)
    ),
    "mojibake": lambda n: "Ã©tÃ© Â« bonjour Â» lâ€™OTSC " * (n // 5 + 1),
    "periods": lambda n: "." * n + "M." * n + " etc." * n,
    "url with brackets": lambda n: "http://x.fr/" + ")" * n + "(" * n,
    "dashes": lambda n: "\n— " * n + "— Oui, dit-il." * (n // 10 + 1),
    "speech verbs": lambda n: "a déclaré que " * n,
    "selon": lambda n: "selon lui, " * n,
    "nominal incises": lambda n: "le maire parle bien, dit Paul, " * (n // 4 + 1),
    "pour qui": lambda n: "Le maire, pour qui " * (n // 4 + 1),
    "numbers": lambda n: "1 000 " * n + "3,5 %" * n,
    "nested speech": lambda n: (
        "« " + "il m'a dit : « non » puis " * (n // 5 + 1) + "», a dit Paul."
    ),
    "quoted story": lambda n: "Il commença : " + "« Il fut là et vint.\n" * (n // 5 + 1),
    "appositions": lambda n: "Jules, indigné, ravi, cria : « non » et " * (n // 8 + 1),
    "repeated quotes": lambda n: (
        "« On a tout perdu ici », dit Paul. « On a tout perdu »\n" * (n // 8 + 1)
    ),
    "namesakes": lambda n: namesakes(n // 25 + 1),
    "diary": lambda n: "Mardi, 22 novembre.\n« Journée calme. »\n" * (n // 8 + 1),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_every_case_gives_a_result_with_exact_spans(name: str) -> None:
    text = CASES[name](2000)
    doc = guillemet.analyze(text)
    check_spans(text, doc)
    assert guillemet.Document.from_json(doc.to_json()) == doc


def cpu_ratio(
    small: str, large: str, rounds: int = 9, run: Callable[[str], object] = guillemet.analyze
) -> float:
    """How many times longer `large` takes to analyse than `small`, in CPU
    time of this thread (analyze runs on it), which leaves out the other
    processes of a busy machine. The texts alternate, and each time of
    `large` is compared with the mean of the times of `small` just before
    and just after it, so that both sides of a ratio run in the same
    conditions; the result is the median ratio."""

    def cpu(text: str) -> float:
        t = time.thread_time()
        run(text)
        return time.thread_time() - t

    before = cpu(small)
    ratios = []
    for _ in range(rounds):
        large_time = cpu(large)
        after = cpu(small)
        ratios.append(large_time / max((before + after) / 2, 1e-4))
        before = after
    return statistics.median(ratios)


@pytest.mark.parametrize(
    "name",
    [
        "open guillemets",
        "nested guillemets",
        "inverted pronouns",
        "long word",
        "elisions chain",
        "speech verbs",
        "selon",
        "nominal incises",
        "pour qui",
        "url with brackets",
        "dashes",
        "straight quotes",
        "periods",
        "nested speech",
        "quoted story",
        "appositions",
        "diary",
        "repeated quotes",
        "namesakes",
    ],
)
def test_time_is_linear(name: str) -> None:
    """Ten times the input takes about ten times as long (a quadratic rule
    would take a hundred times): a complexity check, not a speed test."""
    small, large = CASES[name](10_000), CASES[name](100_000)
    ratio = cpu_ratio(small, large)
    size_ratio = len(large) / max(len(small), 1)
    assert ratio < 3 * size_ratio, f"{name}: x{size_ratio:.0f} input took x{ratio:.1f} time"


def casings(n: int) -> str:
    """n lines quoting one person, each writing the surname in another casing."""
    name = "dupontdupontdupon"  # 2**17 casings
    lines = []
    for i in range(n):
        cased = "".join(c.upper() if i >> b & 1 else c for b, c in enumerate(name))
        lines.append(f"« Oui », a dit Jean {cased[0].upper()}{cased[1:]}.\n")
    return "".join(lines)


# Shapes an outside attack found quadratic (issue 18), each with the size n
# at which it is timed against 10 n: large enough (100 to 300 kB) that the
# small one takes some milliseconds and outgrows the CPU's private caches.
ATTACKS: dict[str, tuple[Callable[[int], str], int]] = {
    # Each incise made a quote running to the sentence end: overlapping
    # quotes, quadratic time and output.
    "chain of incises": (lambda n: "oui, dit-il, " * n + ".", 20_000),
    # Two surnames compared with an edit distance over their whole length.
    "long surnames": (
        lambda n: f"« Oui », a dit Paul D{'a' * n}b. « Non », a dit Paul D{'a' * n}c. ",
        100_000,
    ),
    # One name in many casings: every variant was compared with every other.
    "case variants of a name": (casings, 10_000),
    # A colon searched back through every reporting verb before it (x25 for
    # 10x at n = 5,000). Timed at 5,000: at 10,000 the larger text (3 MB)
    # leaves the CPU's shared cache and a linear run measured x12.0 to x12.6
    # on a busy host (x10.9 to x11.5 at 5,000; per unit, 30,000 and 100,000
    # cost the same, 5.0 and 5.1 microseconds).
    "colons after many cues": (lambda n: "Il a dit. " * n + "Bon : « a b c d e »\n" * n, 5_000),
    # One sentence with no end and many reports: each que-clause looked
    # ahead to the sentence end for a later ", tandis que Y affirme" (x65
    # for 10x at n = 2,000).
    "reports in an unended sentence": (
        lambda n: "le projet avance, tandis que Marie affirme que tout va bien " * n,
        2_000,
    ),
    # A report inside a report ran to the sentence end, past the outer
    # quote: overlapping quotes, each read again for its relay (x105).
    "reports within reports in an unended sentence": (
        lambda n: "Paul a dit que tout va bien, avant d'ajouter que rien ne change " * n,
        1_000,
    ),
    # Each quoted word followed by a comma read the rest of the sentence
    # for a year, as a cited title would have (x109 at n = 4,000).
    "quoted words and commas": (lambda n: "« non », " * n, 4_000),
}


# How many times longer ten times the input may take (see assert_linear).
LINEAR_BOUND = 15


@pytest.mark.parametrize("name", sorted(ATTACKS))
def test_attack_shapes_are_linear(name: str) -> None:
    """Ten times the input of each attack shape takes at most fifteen times as
    long (it took 25 to 100 times). The sixth shape, a long word, is timed in
    test_long_words_are_not_stemmed."""
    make, n = ATTACKS[name]
    small, large = make(n), make(10 * n)
    assert_linear(name, small, large)


def assert_linear(
    name: str, small: str, large: str, run: Callable[[str], object] = guillemet.analyze
) -> None:
    """`large` (ten times `small`) takes at most fifteen times as long: a
    quadratic shape takes 100 times, and the attack shapes took 25 to 100
    times before their fixes. A linear shape's ratio is not 10: the larger
    text outgrows the CPU's caches, and the heap left by the tests before
    it matters. On a quiet two-core host (2026-11-30), the linear shapes
    measured x9.3 to x11.9 run alone and x12.9 to x14.1 ("colons after many
    cues") inside this file's run, so the bound of twelve used before failed
    about one run in two with no change of code. A ratio over the bound is
    measured again, up to five times; a quadratic shape is far over it
    every time."""
    size_ratio = len(large) / len(small)
    assert 9 <= size_ratio <= 11
    ratios: list[float] = []
    while len(ratios) < 5 and (not ratios or ratios[-1] > LINEAR_BOUND):
        ratios.append(cpu_ratio(small, large, run=run))
    assert ratios[-1] <= LINEAR_BOUND, f"{name}: x{size_ratio:.0f} input took x{ratios} time"


def test_long_words_are_not_stemmed() -> None:
    """Snowball takes time quadratic in some words ("ququ…"): a word over
    100 bytes is its own stem, so stemming is linear in the word. The stem
    function is timed (the analyzer caches stems, which would hide it), on
    words that stay within the CPU's private cache: it then costs about a
    nanosecond a byte, so on longer ones the ratio would measure the memory."""
    word = "b" * 79 + "constitutionnellement"  # 100 bytes
    assert guillemet.stem(word) == word.removesuffix("lement")
    assert guillemet.stem("B" + word) == "b" + word
    doc = guillemet.analyze(f"Les {word} et les B{word}")
    assert [t.stem for t in doc.tokens] == ["le", guillemet.stem(word), "et", "le", "b" + word]
    assert_linear("stem", "qu" * 30_000, "qu" * 300_000, run=guillemet.stem)
    # The analysis of a long word, a new word each time (the stem cache
    # would hide a repeat), twenty times (one takes some microseconds): on
    # words of 10 and 100 kB, which stay in the CPU's caches.
    fresh = itertools.count()
    letters = str.maketrans("0123456789", "bcdfghjklm")

    def analyse_new_words(word: str) -> None:
        for _ in range(20):
            guillemet.analyze(f"{next(fresh):x}".translate(letters) + word)

    assert_linear("long word", "qu" * 5_000, "qu" * 50_000, run=analyse_new_words)


def test_incises_make_quotes_that_do_not_overlap() -> None:
    """A chain of incises gives quotes that never overlap, so their text and
    the JSON and HTML forms grow with the input (at 800 incises the HTML
    view was 153 MB)."""
    for unit in ("oui, dit-il, ", "oui, a dit Paul, ", "oui, dit-il. ", "— oui, dit-il, "):
        text = unit * 800 + "."
        doc = guillemet.analyze(text)
        check_spans(text, doc)
        spans = sorted((q.start, q.end) for q in doc.quotes)
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False)), unit
        assert sum(end - start for start, end in spans) <= len(text)
        assert len(doc._repr_html_()) < 100 * len(text)
    # A subject before the incise belongs to the content, as with a noun
    # subject ("La réforme, affirme le ministre, est un échec").
    doc = guillemet.analyze("Le pays, dit-il, va bien.")
    assert [(q.text, q.speaker.text) for q in doc.quotes] == [("Le pays, dit-il, va bien", "il")]
    doc = guillemet.analyze("Par ailleurs, dit-il, le pays va bien.")
    assert [(q.text, q.speaker.text) for q in doc.quotes] == [("le pays va bien", "il")]


def test_a_million_open_guillemets() -> None:
    text = "« " * 1_000_000
    doc = guillemet.analyze(text)
    assert len(doc.tokens) == 1_000_000
    assert len(doc.quotes) <= 1


def test_deep_nesting_is_capped() -> None:
    text = "« " * 100_000 + "fin" + " »" * 100_000
    doc = guillemet.analyze(text)
    check_spans(text, doc)
    shallow = guillemet.Analyzer(max_quote_depth=2).analyze("« a « b « c » d » e », dit-il.")
    assert len(shallow.quotes) == 1


def test_fifty_megabyte_document_and_its_memory() -> None:
    """A 50 MB article analyses, within 20 times its size in peak memory."""
    script = (
        "import resource, guillemet\n"
        "unit = guillemet.SEED_ARTICLE + '\\n\\n'\n"
        "text = unit * (50_000_000 // len(unit.encode()) + 1)\n"
        "before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "doc = guillemet.analyze(text)\n"
        "after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "print(len(text.encode()), (after - before) * 1024, len(doc.quotes))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    size, growth, quotes = map(int, out.stdout.split())
    assert size >= 50_000_000
    assert quotes > 10_000
    assert growth < 20 * size, f"peak memory grew by {growth / size:.1f} times the input"


# Documents of 20 MB made of one unit repeated, whose analysis would take 40
# to 100 times their size: very short lines, quotes and dialogue turns, and
# a new person every 12 bytes ("Jean A et Jean B et …").
DENSE = {
    "guillemet lines": "'« a\\n\\n' * (SIZE // 6)",
    "dialogue dashes": "'— a\\n' * (SIZE // 6)",
    "one-word lines": "'a\\n' * (SIZE // 2)",
    "attributed quotes": "'« Non », a dit Paul. ' * (SIZE // 22)",
    "new people": "''.join(f'Jean {name(i)} et ' for i in range(SIZE // 12))",
}


@pytest.mark.parametrize("name", sorted(DENSE))
def test_peak_memory_is_within_thirty_times_the_text(name: str) -> None:
    """The analysis of any text takes at most 30 times its size plus 64 MiB
    (guillemet.MEMORY_FACTOR, MEMORY_ALLOWANCE), or is refused with
    DocumentTooLargeError before it takes more (a 50 MB text of "« a"
    lines took 74 times its size)."""
    script = (
        "import resource, guillemet\n"
        "SIZE = 20_000_000\n"
        "def name(i):\n"
        "    w = chr(65 + i % 26)\n"
        "    while i := i // 26:\n"
        "        w += chr(97 + i % 26)\n"
        "    return w\n"
        f"text = {DENSE[name]}\n"
        "size = len(text.encode())\n"
        "before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024\n"
        "try:\n"
        "    guillemet.analyze(text)\n"
        "    outcome = 'analysed'\n"
        "except guillemet.DocumentTooLargeError as e:\n"
        "    assert e.size == size and 0 < e.limit < size and e.needed > 30 * size, e\n"
        "    outcome = 'refused'\n"
        "after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024\n"
        "print(size, after - before, outcome)\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    size, growth, outcome = out.stdout.split()
    budget = guillemet.MEMORY_FACTOR * int(size) + guillemet.MEMORY_ALLOWANCE
    assert int(growth) <= budget, f"{name} ({outcome}): grew by {int(growth) / int(size):.0f}x"


def test_a_dense_text_under_its_limit_is_analysed() -> None:
    """The limit a refusal gives is about the size up to which texts of the
    same density are analysed (the budget is checked a few thousand quotes
    ahead, hence the margin)."""
    unit = "— Oui, dit-il.\n"
    with pytest.raises(guillemet.DocumentTooLargeError) as refused:
        guillemet.analyze(unit * (10_000_000 // len(unit.encode())))
    limit = refused.value.limit
    text = unit * (limit * 95 // 100 // len(unit.encode()))
    assert len(guillemet.analyze(text).quotes) == text.count("\n")


def peak_growth_over_a_stream(texts: str, tokens: int) -> int:
    """Growth of peak memory (bytes) from the 150th to the 400th document of
    `iter_analyze` on one thread, ten at a time, in a fresh process;
    `texts` is the body of a generator over `i in range(400)`, each text
    `tokens` tokens long."""
    script = (
        "import resource, guillemet\n"
        "letters = str.maketrans('0123456789', 'bcdfghjklm')\n"
        "def texts():\n"
        "    for i in range(400):\n"
        f"        yield {texts}\n"
        "peak = lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024\n"
        "marks = []\n"
        "for i, doc in enumerate(guillemet.iter_analyze(texts(), batch_size=10, n_threads=1)):\n"
        f"    assert len(doc.tokens) == {tokens}\n"
        "    if i in (149, 399):\n"
        "        marks.append(peak())\n"
        "print(marks[1] - marks[0])\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return int(out.stdout)


def test_iter_analyze_memory_is_bounded_by_a_batch_whatever_the_vocabulary() -> None:
    """400 documents of one new half-megabyte word each, ten at a time: the
    stem cache is capped in bytes, so peak memory stops growing once it is
    full (capped by its number of entries, it kept every word: +125 MB from
    the 150th document to the 400th)."""
    growth = peak_growth_over_a_stream("f'{i:03d}'.translate(letters) + 'a' * 500_000", 1)
    assert growth < 20_000_000, f"peak memory grew by {growth / 1e6:.0f} MB over 250 documents"


def test_iter_analyze_memory_stays_bounded_when_every_word_is_new() -> None:
    """400 documents of 1,000 new short words each (names, numbers, typos
    of a large archive): the stem cache is emptied once full, so peak memory
    stops growing early (at 32 MB a thread the cache kept every word to the
    250th document, and a two-thread stream of new words peaked at 173 MB)."""
    new_words = "' '.join(f'mot{i * 1000 + j:x}' for j in range(1000))"
    growth = peak_growth_over_a_stream(new_words, 1000)
    assert growth < 8_000_000, f"peak memory grew by {growth / 1e6:.0f} MB over 250 documents"


NEWS = "(guillemet.SEED_ARTICLE + '\\n\\n') * (SIZE // 5600)"
INTERRUPTED = {
    # A news article repeated to 90 MB, under the 100 MiB default limit:
    # about 4 s of analysis on a quiet host (at 40 MB, 1.7 s once the stages
    # got faster, the analysis could end before a loaded host sent the signal).
    "news": (NEWS, 90_000_000, False),
    # One of the slowest shapes per byte: names of people, each new.
    "many names": (
        "''.join(f'M. {name(i)} Dupont et ' for i in range(SIZE // 17))",
        20_000_000,
        False,
    ),
    # analyze_many over eight documents of 20 MB on two threads.
    "batch": (NEWS, 20_000_000, True),
}


def interrupt_once(name: str, delay: float) -> float:
    """Run one long analysis in a child, send SIGINT after `delay` seconds,
    and return how long after the signal the child raised KeyboardInterrupt."""
    make, size, many = INTERRUPTED[name]
    script = (
        "import sys, time, guillemet\n"
        f"SIZE = {size}\n"
        "def name(i):\n"
        "    w = chr(65 + i % 26)\n"
        "    while i := i // 26:\n"
        "        w += chr(97 + i % 26)\n"
        "    return w\n"
        f"text = {make}\n"
        "try:\n"
        "    print('ready', flush=True)\n"
        f"    run = (lambda t: guillemet.analyze_many([t] * 8, n_threads=2)) if {many} else None\n"
        "    (run or guillemet.analyze)(text)\n"
        "    print('finished', flush=True)\n"
        "except KeyboardInterrupt:\n"
        "    print('interrupted', time.time(), flush=True)\n"
    )
    command = [sys.executable, "-c", script]
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as child:
        try:
            assert child.stdout is not None and child.stdout.readline() == "ready\n"
            time.sleep(delay)
            sent = time.time()
            child.send_signal(signal.SIGINT)
            line = child.stdout.readline()
            assert line.startswith("interrupted"), f"{name}: {line!r} (the analysis ended first)"
            assert child.wait(timeout=60) == 0
            return float(line.split()[1]) - sent
        finally:
            child.kill()


@pytest.mark.parametrize("delay", [0.0, 0.5])
@pytest.mark.parametrize("name", sorted(INTERRUPTED))
def test_ctrl_c_stops_a_long_analysis_within_half_a_second(name: str, delay: float) -> None:
    """SIGINT (Ctrl-C) during a long analysis raises KeyboardInterrupt
    within half a second: the analysis looks for signals every 50 ms, and a
    batch stops the documents in progress (it used to land 12.5 s late, and
    a batch waited for all its documents). A Ctrl-C at once, while the text
    is still being copied for the analysis, counts too (its exception was
    once dropped, and the analysis then ran to its end): it must interrupt,
    but only once the copy is done (one C call, about 0.4 s for 90 MB), so
    its latency is not bounded.

    The latency is wall time, which a busy host stretches (3.1 s was seen
    once at load 8, 0.03-0.09 s alone), so a late run is tried again, up to
    three runs: one run within the bound shows the signal is looked for;
    a real regression (a check that never runs, or runs every few seconds)
    is late in all three. On a host with more runnable processes than
    cores, the bound grows with the load average per core (CI once saw
    0.84-1.07 s with eight builds on two cores): the signal is looked for
    every 50 ms of the analysis's own time, not of wall time."""
    latencies = [interrupt_once(name, delay)]
    bound = late_bound()
    while delay and latencies[-1] >= bound and len(latencies) < 3:
        latencies.append(interrupt_once(name, delay))
        bound = max(bound, late_bound())
    if delay:
        late = f"{name}: interrupted {latencies} s after Ctrl-C (bound {bound:.2f} s)"
        assert min(latencies) < bound, late


def late_bound() -> float:
    """Half a second on an idle host, stretched by the load per core."""
    per_core = os.getloadavg()[0] / (os.cpu_count() or 1)
    return 0.5 * max(1.0, per_core)


def test_size_limit_is_a_clear_error() -> None:
    analyzer = guillemet.Analyzer(max_document_bytes=1000)
    with pytest.raises(guillemet.DocumentTooLargeError, match="max_document_bytes"):
        analyzer.analyze("x" * 1001)
    assert len(analyzer.analyze("x" * 1000).tokens) == 1
