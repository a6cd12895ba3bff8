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
    its folded ``noun``) in the goal's trade, else in its kind of ``org`` (first when that
    body is a small one: a club counts tens whatever trade it names), or ``None`` when
    nothing sizes it."""
    if _few().search(noun):
        return tuple(_table()["few"]["pair"])
    found = trade.sector(folded, aside)
    own = _table()["by_organisation"].get(org or "")
    rows = [own] if own and org in _table()["small_bodies"] else []  # a club's blog, not a school's
    rows.append(_table()["by_sector"].get(found[0]) if found else own)
    families = load("means")["kpi_families"]
    family = next((name for name, kpis in families.items() if kpi_id in kpis), None)
    cell = next((c for row in rows if row for c in (row.get(kpi_id or "more") or row.get(family or ""),) if c), None)
    return tuple(cell) if cell else None
