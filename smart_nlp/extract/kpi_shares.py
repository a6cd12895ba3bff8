"""The KPI of a share of people or things doing an act (lang/fr/kpi_verbs.yaml share_acts).

« 1 visiteur sur 50 passe commande », « qu'un client sur trois revienne », « 3 devis sur
10 soient signés », « un mail sur quatre ouvert »: the share measures the rate of the act
(conversion, retention, opening, clicks), not the people it counts.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang.fr import alternation, load
from .base import Mention



@lru_cache(maxsize=1)
def _acts() -> list[tuple[str, re.Pattern]]:
    d = load("kpi_verbs")
    between = alternation([re.escape(w) for w in d["share_act_between"]])
    of = alternation(d["share_act_complement"])
    lead = r"(?: " + of + r" ?[a-z'-]+(?: [a-z'-]+)?)?(?: (?:" + between + r")(?: |(?<=')))*? ?"
    return [(kpi, re.compile(lead + alternation(stems))) for kpi, stems in d["share_acts"].items()]


def share_kpi(folded: str, targets: list[Mention], baseline: Mention | None) -> str | None:
    """The rate a share in the goal measures, from the act said right after it, or None."""
    link = " " + load("grammar_words")["proportions"]["one_in_link"] + " "
    for share in [*targets, *([baseline] if baseline else [])]:
        if share.extra.get("unit") != "%" or link not in folded[share.start:share.end]:
            continue  # « 1 visiteur sur 50 », said as a target or as the start
        for kpi, rx in _acts():
            if rx.match(folded, share.end):
                return kpi
    return None
