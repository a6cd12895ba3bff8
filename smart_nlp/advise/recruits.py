"""Goals that recruit people (volunteers, donors, staff, a choir's singers): the means,
segment and reason that fit hiring or enlisting, never clients or offers.

The words live in ``lang/fr/rewrite.yaml`` (``recruits``, ``recruit_cue``); this module
only finds the entry that fits.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang.fr import load
from . import organisation


@lru_cache(maxsize=1)
def _recruits() -> list[tuple[re.Pattern, dict]]:
    return [(re.compile(r"(?<![\w])(?:" + e["pattern"] + r")(?![\w])"), e) for e in load("rewrite")["recruits"]]


@lru_cache(maxsize=1)
def _cue() -> re.Pattern:
    return re.compile(r"(?<![\w])(?:" + load("rewrite")["recruit_cue"] + ")")


@lru_cache(maxsize=1)
def _count() -> re.Pattern:
    return re.compile(load("rewrite")["user_phrase"]["count_noun"] + r" d(?:e |')")


def recruit(kpi_noun: str, folded: str, own: bool = False) -> dict | None:
    """The people a goal counts (its folded KPI noun) and recruits, with the means and reason
    that fit: volunteers and donors always, staff only after a recruiting cue (« recruter », « candidatures »);
    with ``own`` (the noun is the user's, none of our KPIs), whoever a goal opening with « Recruter » counts."""
    cue, count = _cue().search(folded), _count().match(kpi_noun)
    kpi_noun = kpi_noun[count.end():] if count else kpi_noun  # « le nombre de bénévoles »: the volunteers
    for rx, entry in _recruits():
        if rx.match(kpi_noun) and (entry.get("always") or cue) and not _unless(entry, folded) \
                and ("orgs" not in entry or (organisation.kind(folded) or {}).get("name") in entry["orgs"]):
            return entry
    staff = next((e for _, e in _recruits() if e.get("any_hire")), None) if own else None  # the user's own noun:
    return staff if staff and re.match(r"[ \-•*]*(?:" + staff["any_hire"] + ")", folded) else None  # any trade


def _unless(entry: dict, folded: str) -> bool:
    """« 800 coureurs inscrits pour l'édition 2027 »: runners of a race are its participants."""
    return "unless" in entry and re.search(r"(?<![\w])(?:" + entry["unless"] + r")(?![\w])", folded) is not None
