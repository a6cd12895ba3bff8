"""A goal that counts the time its organisation takes names no KPI (lang/fr/off_topic.yaml).

« ramener le délai d'ouverture de compte de 21 à 7 jours », « délai d'expédition inférieur
à 24 h pour 95 % des commandes »: the target is a duration and the sentence names a delay;
the orders or the accounts only say what the delay is of. Operations (SPEC section 4):
``kpi`` is null, unless a KPI of time is named (« le temps passé sur l'appli »).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang.fr import alternation, load
from .base import Mention

_SENTENCE = re.compile(r"[.;!?](?:\s|$)")
_DURATION_UNITS = ("min", "h")


@lru_cache(maxsize=1)
def _rx() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    o = load("off_topic")
    return (re.compile(rf"(?<![a-z]){alternation(o['durations'])}(?![a-z])"),
            re.compile(rf" ?(?:{alternation(o['time_units'])})(?![a-z])"),
            re.compile(alternation(o["second_goal"])))


def _counts_time(folded: str, target: Mention) -> bool:
    return target.extra.get("unit") in _DURATION_UNITS or bool(_rx()[1].match(folded, target.end))


def times_operations(folded: str, targets: list[Mention], kpis: list[Mention]) -> bool:
    """Whether the first target counts time taken and its sentence names a delay, no KPI of time."""
    if not targets or not _counts_time(folded, targets[0]):
        return False
    t = targets[0]
    if any(_rx()[2].search(folded, t.end, o.start) for o in targets[1:]):
        return False  # « réduire le délai de livraison à 48 h et porter la note moyenne à 4,7 »
    starts = [m.end() for m in _SENTENCE.finditer(folded, 0, t.start)]
    stop = _SENTENCE.search(folded, t.end)
    lo, hi = (starts[-1] if starts else 0), (stop.start() if stop else len(folded))
    times = set(load("off_topic")["kpi_times"])
    if any(lo <= k.start < hi and folded[k.start:k.end].split(" ")[0] in times for k in kpis):
        return False
    return bool(_rx()[0].search(folded, lo, hi))
