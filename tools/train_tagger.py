#!/usr/bin/env python3
"""Learn guillemet's part-of-speech tagger from the tuned UD French CoNLL-U files.

The tagger is a second-order hidden Markov model in the manner of TnT (Brants
2000): tag trigrams smoothed by linear interpolation, word emissions from a
lexicon of the forms seen in training, and, for unseen words, tag
distributions of their last letters learnt from the rare words. It is trained
only on the tuned part of tools/eval_splits.json (GSD dev, Sequoia train,
ParTUT train); Sequoia dev and ParTUT dev are never read.

usage:
  python3 tools/train_tagger.py            # write src/lexicons/pos_*.txt
  python3 tools/train_tagger.py --check    # 10-fold accuracy on the tuned files

The tagset is close to the French Treebank's (Crabbé and Candito 2008), read
off UD parts of speech and features, because the quote rules need the
distinctions it makes: DET, P (preposition), P+D (du, au, des as de+les), NC,
NPP, ADJ, ADV, NUM, CLS (subject clitic), CLO (object clitic), CLR
(reflexive clitic), PRO, PROREL, PROWH, CS (subordinator), CC, V (finite
verb), VINF, VPP (past participle), VPR (present participle), PONCT, SYM, I
(interjection), X. Auxiliaries are tagged as verbs: the lexicons say which
forms are auxiliaries.
"""

from __future__ import annotations

import argparse
import collections
import json
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
SPLITS = json.loads((ROOT / "tools" / "eval_splits.json").read_text())
OUT_LEXICON = ROOT / "src" / "lexicons" / "pos_lexicon.txt"
OUT_MODEL = ROOT / "src" / "lexicons" / "pos_model.txt"

TAGS = [
    "DET",
    "P",
    "P+D",
    "NC",
    "NPP",
    "ADJ",
    "ADV",
    "NUM",
    "CLS",
    "CLO",
    "CLR",
    "PRO",
    "PROREL",
    "PROWH",
    "CS",
    "CC",
    "V",
    "VINF",
    "VPP",
    "VPR",
    "PONCT",
    "SYM",
    "I",
    "X",
]
BOS = "BOS"

SUBJECT_CLITICS = {
    "il",
    "elle",
    "ils",
    "elles",
    "on",
    "je",
    "j'",
    "tu",
    "nous",
    "vous",
    "ce",
    "c'",
    "-il",
    "-elle",
    "-ils",
    "-elles",
    "-on",
    "-je",
    "-tu",
    "-nous",
    "-vous",
    "-ce",
    "-t-il",
    "-t-elle",
    "-t-on",
    "-t-ils",
    "-t-elles",
}
OBJECT_CLITICS = {
    "le",
    "la",
    "l'",
    "les",
    "lui",
    "leur",
    "me",
    "m'",
    "te",
    "t'",
    "se",
    "s'",
    "y",
    "en",
    "nous",
    "vous",
    "-le",
    "-la",
    "-les",
    "-lui",
    "-leur",
    "-moi",
    "-toi",
    "-y",
    "-en",
    "-nous",
    "-vous",
}
# Letters of the suffix model.
MAX_SUFFIX = 5
# Words seen at most this often train the suffix model (TnT uses 10).
RARE = 10
# Suffixes seen fewer times than this are dropped (they overfit).
MIN_SUFFIX_COUNT = 3
# A tag seen for less than this share of a form's occurrences is dropped
# from its entry (annotation noise, and fewer states to decode).
MIN_TAG_SHARE = 0.01
# Candidate tags kept for an unseen word.
MAX_GUESSES = 4
# Forms seen once whose tag the suffix model already predicts are left out of
# the shipped lexicon (the model finds them anyway).
PRUNE_HAPAXES = True


def norm(form: str) -> str:
    return form.replace("’", "'").replace("ʼ", "'").lower()


def parse_feats(s: str) -> dict:
    if s == "_":
        return {}
    return dict(kv.split("=", 1) for kv in s.split("|") if "=" in kv)


def tag_of(form: str, upos: str, feats: dict, deprel: str) -> str:
    low = norm(form)
    if upos == "PUNCT":
        return "PONCT"
    if upos == "ADP":
        return "P"
    if upos == "DET":
        return "DET"
    if upos == "NOUN":
        return "NC"
    if upos == "PROPN":
        return "NPP"
    if upos == "ADJ":
        return "ADJ"
    if upos in ("ADV", "PART"):
        return "ADV"
    if upos == "NUM":
        return "NUM"
    if upos == "SCONJ":
        return "CS"
    if upos == "CCONJ":
        return "CC"
    if upos == "INTJ":
        return "I"
    if upos == "SYM":
        return "SYM"
    if upos == "PRON":
        kind = feats.get("PronType", "")
        if kind == "Rel":
            return "PROREL"
        if kind == "Int":
            return "PROWH"
        if low in SUBJECT_CLITICS and (deprel.startswith("nsubj") or deprel.startswith("expl")):
            return "CLS"
        if low in OBJECT_CLITICS and not deprel.startswith("nsubj"):
            return "CLR" if feats.get("Reflex") == "Yes" else "CLO"
        return "PRO"
    if upos in ("VERB", "AUX"):
        vf = feats.get("VerbForm", "")
        if vf == "Inf":
            return "VINF"
        if vf == "Part":
            return "VPR" if feats.get("Tense") == "Pres" else "VPP"
        if vf == "Ger":
            return "VPR"
        return "V"
    return "X"


def morph_of(feats: dict) -> str:
    g = {"Masc": "m", "Fem": "f"}.get(feats.get("Gender", ""), "")
    n = {"Sing": "s", "Plur": "p"}.get(feats.get("Number", ""), "")
    return g + n


def read_conllu(path: Path):
    """Sentences as lists of (surface form, tag, morph); a multiword token
    (du = de + le) is one token, as guillemet's tokenizer keeps it."""
    sentences, words, mwt = [], [], None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line:
            if words:
                sentences.append(words)
            words, mwt = [], None
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if "-" in cols[0]:
            a, b = cols[0].split("-")
            mwt = [int(a), int(b), cols[1], []]
            continue
        if "." in cols[0]:
            continue
        i = int(cols[0])
        feats = parse_feats(cols[5])
        if mwt and mwt[0] <= i <= mwt[1]:
            mwt[3].append((cols[3], feats))
            if i == mwt[1]:
                parts = [u for u, _ in mwt[3]]
                tag = (
                    "P+D"
                    if parts[0] == "ADP" and parts[-1] == "DET"
                    else ("PROREL" if parts[-1] == "PRON" else "P")
                )
                words.append((mwt[2], tag, morph_of(mwt[3][-1][1])))
                mwt = None
            continue
        words.append((cols[1], tag_of(cols[1], cols[3], feats, cols[7]), morph_of(feats)))
    if words:
        sentences.append(words)
    return sentences


def is_capitalised(form: str) -> bool:
    return form[:1].isupper()


class Model:
    """Counts, and the TnT probabilities derived from them."""

    def __init__(self):
        self.words = collections.defaultdict(collections.Counter)  # lower form -> tag counts
        self.morph = collections.defaultdict(collections.Counter)  # (form, tag) -> morph counts
        self.uni = collections.Counter()
        self.bi = collections.Counter()
        self.tri = collections.Counter()
        # suffix counts of rare words, lowercase and capitalised apart
        self.suffix = {
            False: collections.defaultdict(collections.Counter),
            True: collections.defaultdict(collections.Counter),
        }

    def train(self, sentences):
        for s in sentences:
            t1, t2 = BOS, BOS
            self.uni[BOS] += 2
            self.bi[(BOS, BOS)] += 1
            for form, tag, morph in s:
                self.words[norm(form)][tag] += 1
                if morph:
                    self.morph[(norm(form), tag)][morph] += 1
                self.uni[tag] += 1
                self.bi[(t2, tag)] += 1
                self.tri[(t1, t2, tag)] += 1
                t1, t2 = t2, tag
        freq = collections.Counter()
        for s in sentences:
            for form, _, _ in s:
                freq[norm(form)] += 1
        for s in sentences:
            for k, (form, tag, _) in enumerate(s):
                low = norm(form)
                if freq[low] > RARE or tag == "PONCT":
                    continue
                cap = is_capitalised(form) and k > 0
                for n in range(0, MAX_SUFFIX + 1):
                    if n <= len(low):
                        self.suffix[cap][low[len(low) - n :]][tag] += 1
        for cap in (False, True):
            self.suffix[cap] = collections.defaultdict(
                collections.Counter,
                {
                    suf: c
                    for suf, c in self.suffix[cap].items()
                    if sum(c.values()) >= MIN_SUFFIX_COUNT or len(suf) <= 1
                },
            )
        self._lambdas()

    def _lambdas(self):
        """TnT's deleted interpolation."""
        l1 = l2 = l3 = 0
        n = sum(v for k, v in self.uni.items() if k != BOS)
        for (a, b, c), f in self.tri.items():
            c3 = (f - 1) / (self.bi[(a, b)] - 1) if self.bi[(a, b)] > 1 else 0
            c2 = (self.bi[(b, c)] - 1) / (self.uni[b] - 1) if self.uni[b] > 1 else 0
            c1 = (self.uni[c] - 1) / (n - 1)
            m = max(c1, c2, c3)
            if m == c3:
                l3 += f
            elif m == c2:
                l2 += f
            else:
                l1 += f
        total = l1 + l2 + l3
        self.lambdas = (l1 / total, l2 / total, l3 / total)


class Tagger:
    """The decoder, as the Rust one runs it (log probabilities, candidate
    tags per word, trigram Viterbi)."""

    def __init__(self, lexicon, uni, bi, tri, lambdas, suffix, theta):
        self.lexicon = lexicon  # lower form -> {tag: count}
        self.uni, self.bi, self.tri = uni, bi, tri
        self.lambdas = lambdas
        self.suffix = suffix  # cap -> suffix -> {tag: count}
        self.theta = theta
        self.n = sum(v for k, v in uni.items() if k != BOS)
        self._trans = {}

    def trans(self, a, b, c):
        key = (a, b, c)
        v = self._trans.get(key)
        if v is None:
            l1, l2, l3 = self.lambdas
            p = l1 * self.uni[c] / self.n
            if self.uni[b]:
                p += l2 * self.bi[(b, c)] / self.uni[b]
            if self.bi[(a, b)]:
                p += l3 * self.tri[(a, b, c)] / self.bi[(a, b)]
            v = math.log(p) if p > 0 else -50.0
            self._trans[key] = v
        return v

    def emissions(self, form, first):
        low = norm(form)
        counts = self.lexicon.get(low)
        if counts:
            return {t: math.log(c / self.uni[t]) for t, c in counts.items()}
        cap = is_capitalised(form) and not first
        table = self.suffix[cap]
        probs = None
        for n in range(0, MAX_SUFFIX + 1):
            if n > len(low):
                break
            counts = table.get(low[len(low) - n :])
            if not counts:
                break
            total = sum(counts.values())
            new = {t: c / total for t, c in counts.items()}
            if probs is None:
                probs = new
            else:
                probs = {
                    t: (new.get(t, 0) + self.theta * probs.get(t, 0)) / (1 + self.theta)
                    for t in set(probs) | set(new)
                }
        if not probs:
            return {"NC": 0.0}
        best = sorted(probs.items(), key=lambda kv: -kv[1])[:MAX_GUESSES]
        return {t: math.log(p / (self.uni[t] / self.n)) for t, p in best if p > 0}

    def tag(self, forms):
        """Viterbi over each word's candidates with the trigram transitions,
        the tag two back being the one on the best path to the previous
        candidate (the cost of a bigram decoder; within 0.05 points of
        exact trigram decoding)."""
        # tag at i -> (score, tag at i - 1 on its best path)
        prev = {BOS: (0.0, BOS)}
        layers = []
        for i, form in enumerate(forms):
            em = self.emissions(form, i == 0)
            cur = {}
            for b, (score, a) in prev.items():
                for c, e in em.items():
                    s = score + self.trans(a, b, c) + e
                    if c not in cur or s > cur[c][0]:
                        cur[c] = (s, b)
            layers.append(cur)
            prev = cur
        if not layers:
            return []
        key = max(prev, key=lambda k: prev[k][0])
        out = []
        for layer in reversed(layers):
            out.append(key)
            key = layer[key][1]
        return out[::-1]


def suffix_theta(uni):
    """TnT's theta: the standard deviation of the unconditioned tag probabilities."""
    n = sum(v for k, v in uni.items() if k != BOS)
    probs = [uni[t] / n for t in TAGS if uni[t]]
    mean = sum(probs) / len(probs)
    return math.sqrt(sum((p - mean) ** 2 for p in probs) / (len(probs) - 1))


def tagger_of(model: Model) -> Tagger:
    return Tagger(
        model.words,
        model.uni,
        model.bi,
        model.tri,
        model.lambdas,
        model.suffix,
        suffix_theta(model.uni),
    )


def tuned_sentences():
    out = []
    for f in SPLITS["conllu_tuned"]:
        out.extend(read_conllu(DATA / f))
    return out


def check(folds=10):
    sentences = tuned_sentences()
    right = total = unknown_right = unknown = 0
    confusion = collections.Counter()
    for k in range(folds):
        train = [s for i, s in enumerate(sentences) if i % folds != k]
        test = [s for i, s in enumerate(sentences) if i % folds == k]
        model = Model()
        model.train(train)
        if PRUNE_HAPAXES:
            prune(model)
        tagger = tagger_of(model)
        for s in test:
            pred = tagger.tag([f for f, _, _ in s])
            for (form, gold, _), p in zip(s, pred, strict=True):
                total += 1
                right += p == gold
                if norm(form) not in tagger.lexicon:
                    unknown += 1
                    unknown_right += p == gold
                if p != gold:
                    confusion[(gold, p)] += 1
        print(f"fold {k}: {100 * right / total:.2f}", file=sys.stderr)
    print(
        f"accuracy {100 * right / total:.2f} on {total} tokens; unknown words "
        f"{100 * unknown_right / max(unknown, 1):.2f} on {unknown}"
    )
    for (g, p), n in confusion.most_common(25):
        print(f"  {g:>6} -> {p:<6} {n}")


def prune(model: Model):
    """Drops the rare tags of each form (MIN_TAG_SHARE), and the hapaxes
    that the suffix model tags right on its own: a smaller shipped lexicon
    with the same decisions on them."""
    for form, counts in list(model.words.items()):
        total = sum(counts.values())
        model.words[form] = collections.Counter(
            {t: n for t, n in counts.items() if n / total >= MIN_TAG_SHARE}
        )
    tagger = tagger_of(model)
    saved = model.words
    keep = {}
    for form, counts in saved.items():
        if sum(counts.values()) == 1:
            tagger.lexicon = {}
            em = tagger.emissions(form, False)
            best = max(em, key=em.get)
            if best == next(iter(counts)):
                continue
        keep[form] = counts
    model.words = collections.defaultdict(collections.Counter, keep)


HEADER = """# {what}
# Generated by tools/train_tagger.py from the tuned UD French treebanks of
# tools/eval_splits.json (UD French-GSD dev, CC BY-SA 4.0; UD French-Sequoia
# train, LGPL-LR; UD French-ParTUT train, CC BY-NC-SA 4.0): do not edit by
# hand, edit the script and rerun `python3 tools/train_tagger.py`.
# Licence of these derived counts: those of the treebanks they come from.
"""


def write(model: Model):
    lines = [
        HEADER.format(
            what="Part-of-speech lexicon: each form seen in training with the counts of its tags."
        ).rstrip("\n"),
        "# Format: lowercase form<TAB>TAG:count[:morph] ..., morph being the most frequent",
        "# gender (m/f) and number (s/p) of the form with that tag.",
    ]
    for form in sorted(model.words):
        counts = model.words[form]
        parts = []
        for tag, c in counts.most_common():
            m = model.morph.get((form, tag))
            morph = m.most_common(1)[0][0] if m else ""
            parts.append(f"{tag}:{c}" + (f":{morph}" if morph else ""))
        lines.append(f"{form}\t{' '.join(parts)}")
    OUT_LEXICON.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = [
        HEADER.format(
            what="Part-of-speech model: tag n-gram counts, interpolation weights and suffix counts."
        ).rstrip("\n"),
        "# Sections: =lambdas (l1 l2 l3), =theta, =unigrams (tag count), =bigrams (t1 t2",
        "# count), =trigrams (t1 t2 t3 count), =suffixes (lower|capital suffix TAG:count...),",
        "# suffix '^' standing for the empty one. BOS is the sentence start.",
    ]
    out.append("=lambdas")
    out.append(" ".join(f"{x:.6f}" for x in model.lambdas))
    out.append("=theta")
    out.append(f"{suffix_theta(model.uni):.6f}")
    out.append("=unigrams")
    out += [f"{t} {c}" for t, c in sorted(model.uni.items())]
    out.append("=bigrams")
    out += [f"{a} {b} {c}" for (a, b), c in sorted(model.bi.items())]
    out.append("=trigrams")
    out += [f"{a} {b} {c} {n}" for (a, b, c), n in sorted(model.tri.items())]
    out.append("=suffixes")
    for cap in (False, True):
        for suf in sorted(model.suffix[cap]):
            counts = model.suffix[cap][suf]
            tags = " ".join(f"{t}:{c}" for t, c in counts.most_common())
            out.append(f"{'capital' if cap else 'lower'} {suf or '^'} {tags}")
    OUT_MODEL.write_text("\n".join(out) + "\n", encoding="utf-8")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="10-fold accuracy on the tuned files")
    args = ap.parse_args(argv)
    if args.check:
        check()
        return
    model = Model()
    model.train(tuned_sentences())
    if PRUNE_HAPAXES:
        prune(model)
    write(model)
    print(f"{OUT_LEXICON}: {len(model.words)} forms; {OUT_MODEL}", file=sys.stderr)


if __name__ == "__main__":
    main()
