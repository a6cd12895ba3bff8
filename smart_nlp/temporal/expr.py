"""What a deadline says, before knowing when it was written.

A parsed deadline is one of three shapes; ``resolve`` turns it into a date once the
reference date is known. Keeping them apart lets the grammar run in ``nlp.pipe``
batches while every goal keeps its own ``ref_date``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Union

Unit = Literal["week", "month", "quarter", "semester", "year"]


@dataclass(frozen=True)
class Offset:
    """A duration from the reference date: « d'ici 3 mois », « sous six semaines »."""

    months: int = 0
    days: int = 0


@dataclass(frozen=True)
class Period:
    """A named calendar period, ending on its last day.

    ``index`` numbers the period inside its year (quarter 2, month 3…); ``year``
    is absolute when the text gives it; otherwise ``shift`` counts periods from the
    current one (0 « ce trimestre », 1 « le trimestre prochain ») or, when ``index``
    is set, the first such period ending on or after the reference date is meant.
    """

    unit: Unit
    index: int | None = None
    year: int | None = None
    shift: int = 0


@dataclass(frozen=True)
class Day:
    """A day of a month, with or without its year (« le 31/12 », « Noël »)."""

    day: int
    month: int
    year: int | None = None


TimeExpr = Union[Offset, Period, Day]
