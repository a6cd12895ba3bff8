"""A figure's own KPI (issue 11): « Notre taux de conversion … est de 1,8 %, on veut le
monter à 3 % avant l'ouverture de la saison » is about conversion, not the « ouverture »
nearer to the 3 %. A target with no noun of its own restates the stated figure of the
same kind, so it takes the KPI that stated figure is said of (the subject of its clause).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang.fr import load
from .base import Mention
from .roles import MONEY


def _words() -> dict:
    return load("grammar_words")["facts"]


@lru_cache(maxsize=1)
def _figure_of() -> re.Pattern:
    return re.compile(r" (?:" + "|".join(_words()["figure_of"]) + r")")


@lru_cache(maxsize=1)
def _subject_break() -> re.Pattern:
    return re.compile("|".join(_words()["subject_breaks"]))


def _kind(m: Mention) -> str | None:
    unit = m.extra.get("unit")
    return "rate" if unit in ("%", "pt") else "money" if unit in MONEY else None


@lru_cache(maxsize=1)
def _orders() -> re.Pattern:
    return re.compile(r" (?:" + "|".join(_words()["figure_of"]) + r")(?:" + "|".join(_words()["orders_in_money"])
                      + r")(?![a-z])")


def orders_in_money(target: Mention, folded: str) -> bool:
    """« 180 000 € de commandes signées »: an amount of orders is sales counted in money."""
    return bool(_orders().match(folded, target.end))


def has_own_noun(target: Mention, kpis: list[Mention], folded: str) -> bool:
    """« 30 % de conversion »: a KPI noun joined right after the figure."""
    return any(k.start >= target.end and _figure_of().fullmatch(folded, target.end, k.start) for k in kpis)


def subject_kpi(figure: Mention, kpis: list[Mention], folded: str) -> Mention | None:
    """The KPI a stated figure is said of: the nearest one of its kind before it in its clause
    (« le taux de transformation de notre boutique plafonne à 1,2 % »)."""
    kind = _kind(figure)
    table = load("kpis")
    for k in sorted((k for k in kpis if k.end <= figure.start), key=lambda k: -k.end):
        if figure.start - k.end > _words()["subject_reach"] or _subject_break().search(folded, k.end, figure.start):
            return None
        if table[k.value].get(kind):
            return k
    return None


def restated_kpi(target: Mention, baseline: Mention | None, kpis: list[Mention], folded: str) -> Mention | None:
    """The stated figure's KPI for a later target of the same kind with no noun of its own."""
    if baseline is None or baseline.end > target.start or _kind(target) is None or \
            _kind(target) != _kind(baseline) or has_own_noun(target, kpis, folded):
        return None
    if any(baseline.end <= k.start and k.end <= target.start for k in kpis):  # a KPI named between: its own
        return None
    if not _subject_break().search(folded, baseline.end, target.start):  # « de 1 800 € à 1 200 € »: one clause
        return None
    return subject_kpi(baseline, kpis, folded)
