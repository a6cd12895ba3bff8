"""Verb forms the KPI grammar reads, from tables distilled offline (build_verb_forms.py).

kpi_verb_forms.tsv maps every form of the verbs of kpi_verbs.yaml to its infinitive;
verb_forms.tsv tags the infinitives and third person plurals of every French verb. One
dictionary lookup a word, and a misspelt form (« reviene ») put back by one consonant.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from ..lang.fr import load


@lru_cache(maxsize=1)
def forms() -> dict[str, str]:
    """Folded verb form → folded infinitive (kpi_verb_forms.tsv)."""
    text = resources.files("smart_nlp.lang.fr").joinpath("kpi_verb_forms.tsv").read_text(encoding="utf-8")
    return dict(line.split("\t") for line in text.splitlines() if "\t" in line)


@lru_cache(maxsize=1)
def _verb_tags() -> dict[str, str]:
    """verb_forms.tsv: folded infinitives and third person plurals of every French verb."""
    text = resources.files("smart_nlp.lang.fr").joinpath("verb_forms.tsv").read_text(encoding="utf-8")
    return dict(line.split("\t") for line in text.splitlines() if "\t" in line)


@lru_cache(maxsize=1)
def third_plurals() -> frozenset[str]:
    return frozenset(w for w, tag in _verb_tags().items() if tag == "3pl")


def is_infinitive(word: str) -> bool:
    return _verb_tags().get(word) == "inf"


@lru_cache(maxsize=8192)
def misspelt_form(word: str) -> str | None:
    """The infinitive of a KPI verb form written with a consonant single that the form
    doubles, or double that it writes single (« reviene », « apelent »), else None."""
    d = load("kpi_verbs")["misspelt"]
    if len(word) < d["min_length"] or word in third_plurals():
        return None
    for i in range(1, len(word) - 1):
        c = word[i]
        if c in d["consonants"] and word[i - 1] in d["vowels"]:
            variant = word[:i] + c + word[i:] if word[i + 1] != c else word[:i] + word[i + 1:]
            if variant in forms():
                return forms()[variant]
    return None
