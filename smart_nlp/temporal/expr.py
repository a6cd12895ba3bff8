"""What a deadline says, before knowing when it was written.

A parsed deadline is one of a few shapes; ``resolve`` turns it into a date once the
reference date is known. Keeping them apart lets the grammar run in ``nlp.pipe``
batches while every goal keeps its own ``ref_date``.
"""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from typing import Literal, Union

Unit = Literal["week", "month", "quarter", "semester", "year"]


@dataclass(frozen=True)
class Offset:
    """A duration from the reference date: « d'ici 3 mois », « sous six semaines », « demain »."""

    months: int = 0
    days: int = 0


@dataclass(frozen=True)
class Period:
    """A named calendar period, ending on its last day.

    ``index`` numbers the period inside its year (quarter 2, month 3…); ``year``
    is absolute when the text gives it; otherwise ``shift`` counts periods from the
    current one (0 « ce trimestre », 1 « le trimestre prochain ») or, when ``index``
    is set, the first such period ending on or after the reference date is meant (with
    ``shift`` 1, « mars prochain », the first one not yet begun).
    """

    unit: Unit
    index: int | None = None
    year: int | None = None
    shift: int = 0


@dataclass(frozen=True)
class Day:
    """A day, with or without its month and year (« le 31/12 », « Noël », « le 18 »).

    Without a year it is the next such day on or after the reference date; without a
    month, the next such day of a month, or, with ``months_ahead``, that day of the
    month so many months after the reference date's (« le 15 du mois prochain » is 1).
    """

    day: int
    month: int | None = None
    year: int | None = None
    months_ahead: int | None = None


@dataclass(frozen=True)
class Weekday:
    """« d'ici vendredi »: the next such weekday after the reference date (Monday is 0),
    then ``weeks`` more weeks (« jeudi en huit » is 1); a span (« entre vendredi et
    lundi ») ends on the first such weekday after its opening day ``since``."""

    weekday: int
    weeks: int = 0
    since: int | None = None


@dataclass(frozen=True)
class Season:
    """A season or another yearly stretch that may run into the next year (winter).

    ``start`` and ``end`` are (month, day); ``year`` is the year it starts in when the
    text gives it. ``before`` means the day before it starts (« avant l'été »), else its
    last day; ``upcoming`` skips the one under way (« l'été prochain »).
    """

    start: tuple[int, int]
    end: tuple[int, int]
    year: int | None = None
    before: bool = False
    upcoming: bool = False


@dataclass(frozen=True)
class Feast:
    """A day that moves every year (« Pâques », « la fête des mères »), by its id in
    ``temporal.feasts.FEASTS``: the next one on or after the reference date."""

    key: str
    year: int | None = None


TimeExpr = Union[Offset, Period, Day, Weekday, Season, Feast]


def impossible(expr: TimeExpr) -> bool:
    """A day no calendar has (« le 31 février », « le 31/04 »): kept as said, so that it is
    never read as a nearby day nor its month, and the analysis says it does not exist."""
    return isinstance(expr, Day) and expr.month is not None and \
        expr.day > calendar.monthrange(2000 if expr.year is None else expr.year, expr.month)[1]


def explicit_year(expr: TimeExpr) -> bool:
    """Whether the text fixed the year itself (« en 2020 », « le 3 mars 2027 »), so that
    a date before the reference date is still what it says."""
    return getattr(expr, "year", None) is not None
