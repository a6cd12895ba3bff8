"""The size of a default count: a starting value and target that fit the trade (a bakery
counts tens of new customers a month, an app thousands of downloads) and what is counted
(a few contracts), instead of one magnitude for every business.

The figures live in ``lang/fr/scales.yaml``; a figure the user states is never replaced.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang.fr import load
from . import trade


@lru_cache(maxsize=1)
def _table() -> dict:
    return load("scales")


@lru_cache(maxsize=1)
def _few() -> re.Pattern:
    return re.compile(r"(?<![\w])(?:" + _table()["few"]["pattern"] + r")(?![\w])")


def pair(kpi_id: str | None, noun: str, folded: str, aside: list[tuple[int, int]] = (),
         org: str | None = None) -> tuple[float, float] | None:
    """The typical (start, target) of a count of ``kpi_id`` (``None``: the user's own object,
    its folded ``noun``) in the goal's trade, else in its kind of ``org``, or ``None`` when
    nothing sizes it."""
    if _few().search(noun):
        return tuple(_table()["few"]["pair"])
    found = trade.sector(folded, aside)
    row = _table()["by_sector"].get(found[0]) if found else _table()["by_organisation"].get(org or "")
    if not row:
        return None
    families = load("means")["kpi_families"]
    family = next((name for name, kpis in families.items() if kpi_id in kpis), None)
    cell = row.get(kpi_id or "more") or row.get(family or "")
    return tuple(cell) if cell else None
