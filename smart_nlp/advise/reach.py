"""Reach said with a word that counts nothing (« notoriété », « audience », « visibilité »):
the measure it most likely means, by that word and what it is about — the share of people
who know the brand, a radio's listeners, a podcast's plays, the people reached, the views
of a local shop's Google listing (a survey is no measure for a shop: ``sectors``) — never
a count of « vues » the user did not speak of. People the goal makes something known to
(« Faire connaître nos contrats obsèques à 500 familles ») are counted as reached, with the
user's verb and object, never as sales of the thing shown.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..extract.facts import extract
from . import trade
from .forms import Noun
from .lexicon import preps, rewrite_data
from .opening_verb import said_verb

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


def reached_count(r: "TextReader") -> Noun | None:
    """« Faire connaître nos contrats obsèques à 500 familles supplémentaires »: a goal that
    opens on a verb of reach and counts people after it counts them, the verb and its
    object kept as the user said them (``r.unknown_verb``)."""
    t = r.a.targets[0] if r.a.targets else None
    reach = rewrite_data()["reach_kpi"]
    if t is None or t.unit is not None or not any(k.value == reach and k.end <= t.start for k in r.facts.kpis):
        return None
    said = said_verb(r.text, r.a.targets, [(m.start, m.end) for m in r.roles if m.label != "TARGET"])
    if said is None or not any(k.value == reach and k.start < len(said) for k in r.facts.kpis):
        return None
    ws, we = r.window(t.end)
    words = r.said_words(ws, we) if we > ws else ""
    if not words or preps().match(words):
        return None
    r.span = (0, we)  # the verb, its object, the count and the people: all the KPI's words
    r.kept.append(r.span)
    r.unknown_verb, r.counted, r.own_narrowing = said, True, True
    return Noun(words, "m", "p" if t.value >= 2 else "s")
