"""Which KPI mention a target is about (« une marge brute de 60 % », « 500 clients et un CA
de 2 M€ »): the one its value is joined to, else the nearest in its clause, after it first.
A percentage looks for a rate and an amount for a money KPI in its own sentence first."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from ..lang.fr import load
from .base import Mention
from .roles import MONEY

_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def kpi_for(target: Mention, kpis: list[Mention], folded: str) -> Mention | None:
    """The KPI a target is about: the nearest mention in its clause, after it first; a
    rate's KPI if one stands in its clause (« de 35 % à 50 % »), an amount's KPI for money."""
    unit, table = target.extra.get("unit"), load("kpis")
    if unit in ("%", "pt") and target.extra.get("kind") in ("level", "delta"):
        kind = "rate"
    elif _score().match(folded, target.end) or _score().search(folded, target.start, target.end):
        kind = "score"  # « porter la note de satisfaction de l'espace adhérent à 8,5/10 »
    else:
        kind = "money" if unit in MONEY else None
    fitting = [k for k in kpis if table[k.value].get(kind)] if kind else []
    if any(not _SENTENCE_END.search(folded, min(k.end, target.end), max(k.start, target.start)) for k in fitting):
        return _nearest_kpi(target, fitting, folded)
    return _nearest_kpi(target, kpis, folded)  # « un 3 étoiles. … les réservations de 35 % à 50 % »


def _nearest_kpi(target: Mention, kpis: list[Mention], folded: str) -> Mention | None:
    best, best_d = None, 10**6
    starts = [k.start for k in kpis]
    i = bisect_left(starts, target.start)
    if i and _value_of().fullmatch(folded, kpis[i - 1].end, target.start):
        return kpis[i - 1]
    for k in kpis[bisect_left(starts, target.start - 200):bisect_right(starts, target.end + 81)]:
        if k.start >= target.end:
            d = k.start - target.end
            gap = folded[target.end:k.start][:81]
        else:
            d = (target.start - k.end) * 1.5 + 5
            gap = folded[k.end:target.start][-81:]
        if d > 80 or _clause_break().search(gap) or (k.start >= target.end and (
                _next_item().fullmatch(gap) or _next_item().match(gap) or _instrument().search(gap)
                or _subject_clause().search(gap))):
            continue
        if d < best_d:
            best, best_d = k, d
    return best


@lru_cache(maxsize=1)
def _score() -> re.Pattern:
    return re.compile("|".join(load("grammar_words")["facts"]["score_marks"]))


@lru_cache(maxsize=1)
def _clause_break() -> re.Pattern:
    """« , afin de… », « , en proposant… »: the end of the clause a target's KPI is sought in."""
    return re.compile(r"[.;!?]|, (?:" + "|".join(load("grammar_words")["facts"]["clause_breaks"]) + ")")


@lru_cache(maxsize=1)
def _instrument() -> re.Pattern:
    """« … de 50 % via le référencement »: the words that end a gap before a KPI noun of the means."""
    dets = "|".join(re.escape(d.strip()) for d in load("heads")["determiners"])
    return re.compile(r"(?<![a-z])(?:" + "|".join(load("grammar_words")["facts"]["instruments"])
                      + rf")(?: (?:{dets}))? ?$")


@lru_cache(maxsize=1)
def _next_item() -> re.Pattern:
    """The words that open the next item of a list: « … et le taux d'ouverture »."""
    dets = "|".join(re.escape(d) for d in load("heads")["determiners"])
    links = "|".join(re.escape(c) for c in load("quantities")["coordinations"])
    endings = "|".join(load("grammar_words")["facts"]["infinitive_endings"])
    return re.compile(rf" ?(?:{links}) (?:[a-z]+(?:{endings}) )?(?:{dets})")


@lru_cache(maxsize=1)
def _value_of() -> re.Pattern:
    """« une marge brute de 60 % », « un NPS d'au moins 60 »: the KPI whose value the target
    states, joined to it by « de » (a word or two between, a bound after)."""
    bounds = "|".join(load("grammar_words")["facts"]["value_bounds"])
    return re.compile(r"(?: [a-z'-]+){0,2} (?:" + "|".join(load("verbs")["value_of"]) + r")(?: |(?<='))"
                      rf"(?:(?:{bounds})(?: |(?<=')))?")


@lru_cache(maxsize=1)
def _subject_clause() -> re.Pattern:
    """« , on perd trop de monde »: a clause of its own after the target (``subject_clauses``)."""
    words = "|".join(load("grammar_words")["facts"]["subject_clauses"])
    return re.compile(r", (?:" + words + r")(?![a-z])")

