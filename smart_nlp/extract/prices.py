"""The unit price of what a goal counts (« 60 coffrets à 49 € », « 60 ventes de la formation
complète (197 €) »): a fact the rewrite keeps next to its count, never a target of its own.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang.fr import alternation, load
from .base import Mention, inside
from .roles import MONEY


@lru_cache(maxsize=1)
def _between() -> re.Pattern:
    """What lies between a count and its price: the counted words, then a link (« à », « (»)."""
    w = load("quantities")["unit_price"]
    return re.compile(r"^ (?:[^\s,.;:!?()]+ ){1,%d}%s ?$" % (w["words"], alternation(w["links"])))


@lru_cache(maxsize=1)
def _per() -> re.Pattern:
    """« l'épisode », « pièce »: what a price is per, right after it."""
    return re.compile(r" " + alternation(load("quantities")["unit_price"]["per"]) + r"(?![\w'])")


@lru_cache(maxsize=1)
def _amount_of() -> re.Pattern:
    """« à 40 € de chiffre d'affaires »: an amount of a money measure, no price."""
    return re.compile(r"^ (?:de |d')" + alternation(load("quantities")["money_kpis"]) + r"(?![\w])")


def unit_prices(folded: str, targets: list[Mention], numbers: list[Mention],
                side: list[Mention]) -> list[Mention]:
    """Each amount of money said right after a counted target and its noun (``extra["of"]``:
    the target's start; ``extra["amount_end"]``: where the amount ends, before what it is
    per); none inside ``side`` spans (means, deadlines)."""
    counts = [t for t in targets if t.extra["unit"] is None and t.extra["kind"] in ("level", "delta")]
    out = []
    for n in numbers:
        if n.extra["unit"] not in MONEY or inside(side, n.start, n.end) or _amount_of().match(folded, n.end):
            continue
        count = next((t for t in reversed(counts) if t.end < n.start), None)
        if count is not None and _between().match(folded[count.end:n.start]):
            per = _per().match(folded, n.end)  # « à 800 € l'épisode »: the span runs over what it is per
            out.append(Mention(n.start, per.end() if per else n.end, "PRICE", n.value, rule="unit-price",
                               extra={"unit": n.extra["unit"], "of": count.start, "amount_end": n.end}))
    return out


def priced(folded: str, targets: list[Mention], numbers: list[Mention],
           side: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """(prices, targets): a price read as a target (« (197 €) ») is a target no more."""
    prices = unit_prices(folded, targets, numbers, side)
    return prices, [t for t in targets if all(p.start != t.start for p in prices)]
