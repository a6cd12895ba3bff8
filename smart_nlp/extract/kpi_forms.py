"""Verb forms the KPI grammar reads, from tables distilled offline (build_verb_forms.py).

kpi_verb_forms.tsv maps every form of the verbs of kpi_verbs.yaml to its infinitive,
means_verb_forms.tsv those of its verbs of action (means_actions), made_verb_forms.tsv those
of its verbs of making or serving (made);
verb_forms.tsv tags the infinitives and third person plurals of every French verb. One
dictionary lookup a word, and a misspelt form (« reviene ») put back by one consonant.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from ..lang.fr import load


def _table(name: str) -> dict[str, str]:
    text = resources.files("smart_nlp.lang.fr").joinpath(name).read_text(encoding="utf-8")
    return dict(line.split("\t") for line in text.splitlines() if "\t" in line)


@lru_cache(maxsize=1)
def forms() -> dict[str, str]:
    """Folded verb form → folded infinitive (kpi_verb_forms.tsv)."""
    return _table("kpi_verb_forms.tsv")


@lru_cache(maxsize=1)
def means_forms() -> dict[str, str]:
    """Folded form → folded infinitive of the verbs of action (means_verb_forms.tsv)."""
    return _table("means_verb_forms.tsv")


@lru_cache(maxsize=1)
def made_forms() -> dict[str, str]:
    """Folded form → folded infinitive of the verbs of making or serving (made_verb_forms.tsv)."""
    return _table("made_verb_forms.tsv")


@lru_cache(maxsize=1)
def _verb_tags() -> dict[str, str]:
    """verb_forms.tsv: folded infinitives and third person plurals of every French verb."""
    return _table("verb_forms.tsv")


@lru_cache(maxsize=1)
def third_plurals() -> frozenset[str]:
    return frozenset(w for w, tag in _verb_tags().items() if tag == "3pl")


def is_infinitive(word: str) -> bool:
    return _verb_tags().get(word) == "inf"


@lru_cache(maxsize=1)
def misspellings() -> dict[str, str]:
    """A KPI verb form misspelt by one consonant after a vowel, written single where it is
    double or double where it is single (« reviene », « apellent ») → its infinitive;
    never a real verb form."""
    d = load("kpi_verbs")["misspelt"]
    out: dict[str, str] = {}
    for form, inf in forms().items():
        for i in range(1, len(form) - 1):
            c = form[i]
            if c in d["consonants"] and form[i - 1] in d["vowels"]:
                out.setdefault(form[:i] + form[i + 1:] if form[i + 1] == c else form[:i] + c + form[i:], inf)
    return {w: inf for w, inf in out.items()
            if len(w) >= d["min_length"] and w not in forms() and w not in _verb_tags()}



@lru_cache(maxsize=1)
def _determiner() -> re.Pattern:
    return re.compile(r"(?<![a-z])(?:" + "|".join(load("context")["determiners"]) + r") ?$")


def after_determiner(folded: str, start: int) -> bool:
    """Whether a determiner stands right before ``start``: « une équipe » is a noun, not
    a form of « équiper »."""
    return bool(_determiner().search(folded, max(0, start - 8), start))


@lru_cache(maxsize=1)
def _impersonal() -> tuple[frozenset[str], re.Pattern]:
    data = load("kpi_verbs")
    return frozenset(data["impersonal"]), re.compile(" (?:" + "|".join(data["impersonal_next"]) + ")")


def impersonal(folded: str, end: int, inf: str | None) -> bool:
    """Whether a verb ending at ``end`` is impersonal before a count (« (il nous) reste 12
    enseignes à signer » says what is left, not who stays)."""
    verbs, count = _impersonal()
    return inf in verbs and bool(count.match(folded, end))

