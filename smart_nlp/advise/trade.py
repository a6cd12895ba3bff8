"""The trade a goal is about and the kind of action its KPI asks for: together they pick
a default means that fits (a nursery sells empty places, a hairdresser books the next
appointment, a radio programme is relayed), never one generic phrase for every trade.

The words live in ``lang/fr/means.yaml`` (sectors, KPI families, the sector × family
table); this module only finds the sector and the family and looks the means up.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..extract.scan import WordPatterns
from ..lang.fr import load
from . import organisation


@lru_cache(maxsize=1)
def _sectors() -> tuple[list[str], WordPatterns]:
    sectors = load("means")["sectors"]
    return list(sectors), WordPatterns(list(sectors.values()))


@lru_cache(maxsize=256)  # a pure function of the goal's text, asked by the reader and by the means
def _named(folded: str) -> tuple[tuple[int, int, int], ...]:
    """Where each sector's words are: ``(start, sector index, end)``, in text order."""
    return tuple(_sectors()[1].each(folded))


@lru_cache(maxsize=1)
def _audience() -> re.Pattern:
    return re.compile(r"(?<![\w])" + load("means")["audience_openers"])


def sector(folded: str, aside: list[tuple[int, int]] = ()) -> tuple[str, int, int] | None:
    """The sector of the trade the (folded) goal names first, with where its words are; at
    the same place the longest words win (« salon de coiffure » over « salon »). Words
    ``aside`` (the user's means or reason) name a partner, not the trade; those after
    « auprès des » the people reached; a sector with cues (``sector_cues``) needs them."""
    return _sector(folded, tuple(aside))


@lru_cache(maxsize=128)  # asked again and again of one goal: by the reader, the coach, the means and the reason
def _sector(folded: str, aside: tuple[tuple[int, int], ...]) -> tuple[str, int, int] | None:
    audience, cues = _audience(), load("means")["sector_cues"]
    names, bodies = _sectors()[0], organisation.own_names(folded)  # « la SPA »: the body, no spa
    found = [(start, start - end, names[j]) for start, j, end in _named(folded)
             if not any(s <= start < e for s, e in [*aside, *bodies])
             and not audience.search(folded[max(0, start - 40):start])
             and (names[j] not in cues or re.search(r"(?<![\w])(?:" + cues[names[j]] + ")", folded))]
    if not found:
        return None
    start, length, name = min(found)
    return name, start, start - length


def named(folded: str, channel) -> bool:
    """Whether a channel word is the trade itself, the subject of the wish (« que le magasin
    d'optique soit plus connu »: the shop, not sales « en magasin »)."""
    if channel.value not in load("means")["trade_subject_channels"]:
        return False
    found = sector(folded[channel.start:])
    return found is not None and not folded[channel.start:channel.start + found[1]].strip() \
        and bool(_subject().search(folded[:channel.start + found[1]]))


@lru_cache(maxsize=1)
def _subject() -> re.Pattern:
    return re.compile(load("means")["trade_subject"])


def goal_sector(r) -> str | None:
    """The sector of the trade the goal is about (its reader ``r``): never one named only in
    its means or its reason (« grâce à trois salons étudiants »)."""
    found = sector(r.folded, [(m.start, m.end) for m in r.roles if m.label != "EVENT"])
    return found[0] if found else None


@lru_cache(maxsize=3)
def _cue(key: str) -> re.Pattern:
    return re.compile(r"(?<![\w])(?:" + "|".join(load("means")[key]) + ")")


def keeps(folded: str) -> bool:
    """Whether the goal wants to keep or bring back the people it has (« utilisateurs actifs »)."""
    return bool(_cue("retention_cues").search(folded))


def family(kpi_id: str | None, folded: str, capacity: bool = False) -> str | None:
    """The kind of action the KPI asks for: ``fill`` for a rate of capacity or bookings,
    ``retention`` for customers, sales or revenue the goal wants to keep or bring back,
    ``acquisition`` for an audience or registrations still to win (« faire installer »)."""
    if capacity:
        return "fill"
    families = load("means")["kpi_families"]
    found = next((name for name, kpis in families.items() if kpi_id in kpis), None)
    if found in ("acquisition", "revenue") and keeps(folded):
        return "retention"
    if found in ("acquisition", "revenue") and _cue("fill_cues").search(folded):
        return "fill"
    if found in ("audience", "revenue") and _cue("acquisition_cues").search(folded):
        return "acquisition"
    return found


def means(kpi_id: str | None, fam: str | None, trade: str | None) -> list[str] | None:
    """The means of this sector for the KPI (its own cell, else its family's; the family's
    first when the goal asks for another action than the KPI's usual one); ``None`` when
    the trade is unknown or has nothing of its own for it."""
    cell = load("means")["by_sector"].get(trade or "", {})
    found = cell.get(kpi_id or "") or cell.get(fam or "")
    if fam != family(kpi_id, ""):  # « réservations », « clients qui reviennent »: the action asked wins
        found = cell.get(fam or "") or cell.get(kpi_id or "")
    return list(found) if found else None


def generic(kpi_id: str | None, fam: str | None, own: list[str] | None) -> list[str] | None:
    """Means true for any trade: the KPI's ``own`` when its family is the usual one, else
    (« clients qui reviennent »: retention) those of the family the goal asks for."""
    by_family = load("means")["by_family"].get(fam or "")
    if fam != family(kpi_id, ""):
        return list(by_family or own or []) or None
    return list(own or by_family or []) or None
