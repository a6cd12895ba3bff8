"""What a goal turns people into (lang/fr/kpi_grammar.yaml): « j'ai 4 200 abonnés mais
quasi aucune vente, je voudrais que ça se transforme en commandes » counts orders; the
followers are where the writer starts from, not the measure."""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang.fr import alternation, load
from .base import Mention

_WITHIN = 16  # characters: « en de nouvelles commandes »


@lru_cache(maxsize=1)
def _turned() -> re.Pattern:
    g = load("kpi_grammar")
    return re.compile(r"(?<![a-z])" + alternation(g["turned_into"]) + r"[a-z]*(?: [a-z'-]+){0,4}? "
                      + g["turned_link"] + " ")


def turned_into(folded: str, kpis: list[Mention]) -> Mention | None:
    """The KPI mention right after « transformer / convertir … en », if any."""
    for m in _turned().finditer(folded):
        k = next((k for k in kpis if m.end() <= k.start <= m.end() + _WITHIN
                  and re.fullmatch(r"(?:[a-z'-]+ )*", folded[m.end():k.start])), None)
        if k is not None:
            return k
    return None


def counts_other(folded: str, start: Mention | None, kpis: list[Mention], turned: Mention) -> bool:
    """Whether a start counts the people turned (« 4 200 abonnés »), not what they become."""
    if start is None:
        return False
    k = next((k for k in kpis if start.end <= k.start <= start.end + 4), None)
    return k is not None and k.value != turned.value
