"""A bare amount in the currency said before it (SPEC section 1: units).

« L'entreprise, qui a réalisé 11,3 millions d'euros de chiffre d'affaires l'an dernier, vise
13 millions cette année »: writers name the currency once; the second amount, of the same
size and naming nothing else it counts, is in that currency too.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang.fr import alternation, load
from .base import Mention
from .roles import MONEY

__all__ = ["carry_currency"]


def carry_currency(folded: str, targets: list[Mention], numbers: list[Mention]) -> None:
    """Give each bare level or change of a large amount the currency of the last amount of
    money before it, when the two are of one size (within a factor of ten)."""
    reach = load("quantities")["carried_unit_reach"]
    for t in targets:
        if t.extra["kind"] not in ("level", "delta") or t.extra["unit"] is not None \
                or not (t.extra.get("has_scale") or abs(t.value) >= 1000) or _grammar().match(folded, t.end):
            continue
        money = [n for n in numbers if n.end <= t.start and t.start - n.end <= reach and n.extra["unit"] in MONEY]
        if money and 0.1 <= abs(t.value) / max(abs(money[-1].value), 1e-9) <= 10:
            t.extra["unit"] = money[-1].extra["unit"]


@lru_cache(maxsize=1)
def _grammar() -> re.Pattern:
    """A word after the amount that names what it counts (« 13 millions de visiteurs »)."""
    q = load("quantities")
    return re.compile(r" (?:de |d')?(?!" + alternation(q["bare_after"]) + r"(?![a-z]))[a-z]{3,}")
