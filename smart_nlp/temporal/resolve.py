"""Resolve a ``TimeExpr`` against a reference date (SPEC section 3)."""
from __future__ import annotations

import calendar
from datetime import date, timedelta

from .expr import Day, Offset, Period, TimeExpr

_MONTHS_PER_UNIT = {"month": 1, "quarter": 3, "semester": 6, "year": 12}


def add_months(d: date, months: int) -> date:
    """Calendar months, the day clipped to the end of the target month."""
    total = d.year * 12 + d.month - 1 + months
    year, month = divmod(total, 12)
    month += 1
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(d.day, last))


def months_between(start: date, end: date) -> float:
    """Length of ``start..end`` in calendar months (« d'ici 3 mois » is exactly 3)."""
    if end <= start:
        return 0.0
    whole = (end.year - start.year) * 12 + end.month - start.month
    if add_months(start, whole) > end:
        whole -= 1
    anchor = add_months(start, whole)
    return whole + (end - anchor).days / 30.436875


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _period_end(unit: str, index: int, year: int) -> date:
    """Last day of the ``index``-th period of ``unit`` in ``year``."""
    size = _MONTHS_PER_UNIT[unit]
    return _month_end(year, index * size)


def _resolve_period(expr: Period, ref: date) -> date:
    if expr.unit == "week":
        sunday = ref + timedelta(days=6 - ref.weekday())
        return sunday + timedelta(weeks=expr.shift)
    size = _MONTHS_PER_UNIT[expr.unit]
    if expr.index is None:
        current = (ref.month - 1) // size + 1
        total = ref.year * (12 // size) + current - 1 + expr.shift
        year, idx = divmod(total, 12 // size)
        return _period_end(expr.unit, idx + 1, year)
    if expr.year is not None:
        return _period_end(expr.unit, expr.index, expr.year)
    end = _period_end(expr.unit, expr.index, ref.year)
    return end if end >= ref else _period_end(expr.unit, expr.index, ref.year + 1)


def _resolve_day(expr: Day, ref: date) -> date | None:
    def build(year: int) -> date | None:
        try:
            return date(year, expr.month, expr.day)
        except ValueError:
            return None

    if expr.year is not None:
        return build(expr.year)
    for year in range(ref.year, ref.year + 9):  # « le 29 février »: the next leap year
        found = build(year)
        if found is not None and found >= ref:
            return found
    return None


def resolve(expr: TimeExpr, ref: date) -> date | None:
    """The last day of the period ``expr`` names, seen from ``ref``; None if impossible."""
    if isinstance(expr, Offset):
        return add_months(ref, expr.months) + timedelta(days=expr.days)
    if isinstance(expr, Period):
        return _resolve_period(expr, ref)
    return _resolve_day(expr, ref)
