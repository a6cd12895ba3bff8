"""The deadline of a goal: the time expression that says when it is due, dated against ``ref``."""
from __future__ import annotations

from datetime import date

from ..extract.base import Mention
from ..temporal import BeyondCalendar, Day, Feast, Offset, Period, Season, Weekday, explicit_year, resolve_strict

_PERIOD_RANK = {"week": 1, "month": 1, "quarter": 2, "semester": 3, "year": 4}
_RANK = {Day: 0, Weekday: 0, Feast: 0, Offset: 1, Season: 2}


def _rank(m: Mention) -> int:
    """Precision of an expression: a day beats a month, which beats a quarter…"""
    expr = m.value
    return _PERIOD_RANK[expr.unit] if isinstance(expr, Period) else _RANK[type(expr)]


def pick_deadline(times: list[Mention], ref: date, keep_past: bool = False) -> tuple[Mention, date] | None:
    """The most precise time expression still ahead of ``ref``, with its date.

    With ``keep_past``, a date whose year the text states (« en 2020 ») is kept when no
    date lies ahead, even if it is before ``ref``: the goal is time-bound, but late.
    A ``weak`` trigger (marked by the extractor) loses to any firm one; a heading's year
    and a date inside the means lose to both.
    """
    ahead, late = [], []
    for m in times:
        if m.extra.get("past"):
            continue
        try:
            when = resolve_strict(m.value, ref)
        except BeyondCalendar:
            continue
        if when is None:
            continue
        weak = bool(m.extra.get("weak"))
        # « Présents au salon les 7 et 8 octobre, … d'ici la fin de l'année »: a date that
        # a cue introduces says when the goal is due; a bare one may name an event; a
        # year in the goal's heading only when the sentence says no date; a date inside
        # the means (« avec un code envoyé en janvier ») dates an action, last of all.
        level = 3 if m.extra.get("in_means") else 2 if m.rule == "label-year" else int(weak or not m.extra.get("trig"))
        key = (level, _rank(m), m.start, m, when)
        if when >= ref:
            ahead.append(key)
        elif keep_past and explicit_year(m.value) and not weak:
            late.append(key)
    pool = ahead or late
    if not pool:
        return None
    *_, m, when = min(pool, key=lambda c: (c[0], c[1], c[2]))
    return m, when


def beyond_calendar(times: list[Mention], ref: date) -> Mention | None:
    """The first time expression that would end after the year 9999 (« dans 3 mois » on
    9999-12-31): it cannot be a date, and the analysis says so."""
    for m in times:
        try:
            resolve_strict(m.value, ref)
        except BeyondCalendar:
            return m
    return None
