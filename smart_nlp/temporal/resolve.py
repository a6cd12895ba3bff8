"""Resolve a ``TimeExpr`` against a reference date (SPEC section 3)."""
from __future__ import annotations

import calendar
from datetime import date, timedelta
from functools import lru_cache

from .expr import Day, Feast, Offset, Period, Season, TimeExpr, Weekday
from .feasts import FEASTS
from .periods import MONTH_DAYS, UNIT_MONTHS


class BeyondCalendar(OverflowError):
    """The date falls outside the years 1–9999 that ``datetime.date`` can hold."""


_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _days_in(year: int, month: int) -> int:
    """Days in the month (``calendar.monthrange(year, month)[1]`` without its weekday)."""
    return 29 if month == 2 and calendar.isleap(year) else _DAYS[month]


@lru_cache(maxsize=1024, typed=True)  # a few dates and counts, asked again and again by every goal
def add_months(d: date, months: int, clip: bool = True) -> date:
    """Calendar months, the day clipped to the end of the target month.

    Past the years 1–9999 the result is clipped to the calendar's first or last day,
    or, with ``clip=False``, ``BeyondCalendar`` is raised.
    """
    total = d.year * 12 + d.month - 1 + months
    year, month = divmod(total, 12)
    month += 1
    if not 1 <= year <= 9999:
        if clip:
            return date.max if year > 9999 else date.min
        raise BeyondCalendar(f"year {year} is out of range")
    last = _days_in(year, month)
    return date(year, month, min(d.day, last))


def months_between(start: date, end: date) -> float:
    """Length of ``start..end`` in calendar months (« d'ici 3 mois » is exactly 3)."""
    if end <= start:
        return 0.0
    whole = (end.year - start.year) * 12 + end.month - start.month
    if add_months(start, whole) > end:
        whole -= 1
    anchor = add_months(start, whole)
    return whole + (end - anchor).days / MONTH_DAYS


def _month_end(year: int, month: int) -> date:
    if not 1 <= year <= 9999:
        raise BeyondCalendar(f"year {year} is out of range")
    return date(year, month, _days_in(year, month))


def _period_end(unit: str, index: int, year: int) -> date:
    """Last day of the ``index``-th period of ``unit`` in ``year``."""
    size = UNIT_MONTHS[unit]
    return _month_end(year, index * size)


def _days(d: date, n: int) -> date:
    try:
        return d + timedelta(days=n)
    except OverflowError as err:
        raise BeyondCalendar(str(err)) from err


def _resolve_period(expr: Period, ref: date) -> date:
    if expr.unit == "week":
        return _days(ref, 6 - ref.weekday() + 7 * expr.shift)
    size = UNIT_MONTHS[expr.unit]
    if expr.index is None:
        current = (ref.month - 1) // size + 1
        total = ref.year * (12 // size) + current - 1 + expr.shift
        year, idx = divmod(total, 12 // size)
        return _period_end(expr.unit, idx + 1, year)
    if expr.year is not None:
        return _period_end(expr.unit, expr.index, expr.year)
    end = _period_end(expr.unit, expr.index, ref.year)
    # « mars prochain » said in March: the next one that has not begun yet
    begun = expr.shift and ref >= date(ref.year, (expr.index - 1) * size + 1, 1)
    return end if end >= ref and not begun else _period_end(expr.unit, expr.index, ref.year + 1)


def _build(year: int, month: int, day: int) -> date | None:
    if not 1 <= year <= 9999:
        raise BeyondCalendar(f"year {year} is out of range")
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _resolve_day(expr: Day, ref: date) -> date | None:
    if expr.month is None and expr.months_ahead is not None:
        start = add_months(date(ref.year, ref.month, 1), expr.months_ahead, clip=False)
        return _build(start.year, start.month, expr.day)
    if expr.month is None:  # « le 18 »: the next month that has that day
        for k in range(13):
            start = add_months(date(ref.year, ref.month, 1), k, clip=False)
            found = _build(start.year, start.month, expr.day)
            if found is not None and found >= ref:
                return found
        return None
    if expr.year is not None:
        return _build(expr.year, expr.month, expr.day)
    for year in range(ref.year, ref.year + 9):  # « le 29 février »: the next leap year
        found = _build(year, expr.month, expr.day)
        if found is not None and found >= ref:
            return found
    return None


def _resolve_weekday(expr: Weekday, ref: date) -> date:
    start = ref if expr.since is None else _days(ref, (expr.since - ref.weekday() - 1) % 7 + 1)
    ahead = (expr.weekday - start.weekday() - 1) % 7 + 1
    return _days(start, ahead + 7 * expr.weeks)


def _resolve_season(expr: Season, ref: date) -> date | None:
    def bounds(year: int) -> tuple[date, date]:
        first = _build(year, *expr.start)
        last = _build(year + (expr.end < expr.start), *expr.end)
        return first, last

    def answer(first: date, last: date) -> date:
        return _days(first, -1) if expr.before else last

    if expr.year is not None:
        return answer(*bounds(expr.year))
    for year in range(max(ref.year - 1, 1), ref.year + 2):
        first, last = bounds(year)
        if (first > ref) if expr.upcoming else (answer(first, last) >= ref):
            return answer(first, last)
    return None


def _resolve_feast(expr: Feast, ref: date) -> date:
    def on(year: int) -> date:
        if not 1 <= year <= 9999:
            raise BeyondCalendar(f"year {year} is out of range")
        return FEASTS[expr.key](year)

    if expr.year is not None:
        return on(expr.year)
    found = on(ref.year)
    return found if found >= ref else on(ref.year + 1)


def _resolve_offset(expr: Offset, ref: date) -> date:
    return _days(add_months(ref, expr.months, clip=False), expr.days)


_RESOLVERS = {Offset: _resolve_offset, Period: _resolve_period, Day: _resolve_day,
              Weekday: _resolve_weekday, Season: _resolve_season, Feast: _resolve_feast}


def resolve_strict(expr: TimeExpr, ref: date) -> date | None:
    """Like ``resolve``, but raises ``BeyondCalendar`` past the year 9999."""
    return _RESOLVERS[type(expr)](expr, ref)


def resolve(expr: TimeExpr, ref: date) -> date | None:
    """The last day of the period ``expr`` names, seen from ``ref``; None if impossible
    (no such day, or beyond the calendar). Never raises."""
    try:
        return resolve_strict(expr, ref)
    except BeyondCalendar:
        return None
