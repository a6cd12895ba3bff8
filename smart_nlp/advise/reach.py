"""Reach said with a word that counts nothing (« notoriété », « audience », « visibilité »):
the measure it most likely means, by that word and what it is about — the share of people
who know the brand, a radio's listeners, a podcast's plays, the people reached, the views
of a local shop's Google listing (a survey is no measure for a shop: ``sectors``) — never
a count of « vues » the user did not speak of.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..extract.facts import extract
from . import trade
from .lexicon import rewrite_data

if TYPE_CHECKING:
    from .reader import TextReader


@lru_cache(maxsize=1)
def _entries() -> list[tuple[re.Pattern, re.Pattern | None, dict]]:
    w = rewrite_data()
    base = w["kpis"][w["reach_kpi"]]
    return [(re.compile(e["said"]), re.compile(r"(?<![\w])(?:" + e["about"] + ")") if "about" in e else None,
             {"family": base["family"], "default": base["default"], **e}) for e in w["reach_measures"]]


def reach_measure(r: "TextReader", kpi_id: str | None, wish: tuple[str, int, int] | None) -> dict | None:
    """The measure of reach the user's words mean (its noun, family and default target),
    or None when they name a count themselves (« vues », « abonnés »)."""
    if kpi_id != rewrite_data()["reach_kpi"] or r.a.targets:
        return None
    m = r.facts.kpi if r.a.kpi == kpi_id else None
    start, end = (m.start, m.end) if m is not None else (wish[1], wish[2]) if wish else (0, 0)
    said, about = r.folded[start:end], r.folded[end:end + 80]
    after = r.said_words(*r.window(end)) if end else ""
    found = trade.sector(r.folded)
    for rx, topic, entry in _entries():
        local = "sectors" in entry and found is not None and found[0] in entry["sectors"] \
            and not r.facts.channels  # a shop, and no platform named: its Google listing
        if rx.search(said) and (topic is None or topic.search(about) or local) and _read_back(entry, after):
            return entry
    return None


def _read_back(entry: dict, after: str) -> bool:
    """Whether the measure said with the user's words after it, target last as the
    rewrite says it, is still read as reach (« … auprès des parents » could be read as a
    count of customers: the KPI never changes)."""
    probe = rewrite_data()["reach_probe"][entry["family"]].format(noun=entry["noun"][0], after=after)
    read = extract(probe).kpi
    return read is not None and read.value == rewrite_data()["reach_kpi"]
