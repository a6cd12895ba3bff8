"""Deadlines: every time expression of a goal, and the one that says when it is due.

``find_times`` runs the named rules of ``time_grammar`` (so that their numbers are never
read as targets); ``pick_deadline`` chooses the one that states when the goal is due.
"""
from __future__ import annotations

from datetime import date

from ..temporal import BeyondCalendar, Day, Feast, Offset, Period, Season, Weekday, explicit_year, resolve_strict
from .base import Mention, longest_first
from .time_grammar import grammar


def find_times(folded: str) -> list[Mention]:
    """Every time expression of the text, as mentions whose value is a ``TimeExpr``."""
    g = grammar()
    found = []
    for rule in g.rules:
        if not rule.anchor.search(folded):
            continue
        name, fn = rule.name, rule.handler
        for m in rule.rx.finditer(folded):
            before = folded[max(0, m.start() - 30):m.start()]
            if g.rate_before.search(before[-16:]):
                continue
            if name in ("relative-day", "weekday") and not m["trig"] and g.start_before.search(before):
                continue  # « dès demain », « le monde d'après-demain »
            if name == "relative-day" and m["trig"] and g.start_before.search(m["trig"] + " "):
                continue
            expr = fn(m)
            if expr is None:
                continue
            firm = bool(g.firm.fullmatch((m.groupdict().get("trig") or "").strip()))
            past = bool(g.past_after.match(folded[m.end():]) or (g.compared.search(before) and not firm)
                        or g.past_before.search(before))
            found.append(Mention(m.start(), m.end(), "DEADLINE", expr, rule=name,
                                 extra={"past": past, "trig": m.groupdict().get("trig")}))
    return longest_first(found)


def _rank(m: Mention) -> int:
    expr = m.value
    if isinstance(expr, Period):
        return {"week": 1, "month": 1, "quarter": 2, "semester": 3, "year": 4}[expr.unit]
    return {Day: 0, Weekday: 0, Feast: 0, Offset: 1, Season: 2}[type(expr)]


def pick_deadline(times: list[Mention], ref: date, keep_past: bool = False) -> tuple[Mention, date] | None:
    """The most precise time expression still ahead of ``ref``, with its date.

    With ``keep_past``, a date whose year the text states (« en 2020 ») is kept when no
    date lies ahead, even if it is before ``ref``: the goal is time-bound, but late.
    """
    g = grammar()
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
        weak = g.is_weak(m.extra.get("trig"))
        key = (weak, _rank(m), m.start, m, when)
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
