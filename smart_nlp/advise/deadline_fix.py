"""A deadline the user dated but that cannot stand as said: a day no calendar has
(« le 31 juin 2027 ») or a full date already past (« le 15 mars 2026 » written in
September). The user still told when: the closest real day, or the same day next year,
is a better proposal than a generic default that halves or doubles the delay.
"""
from __future__ import annotations

import calendar
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ..lang.fr.format import format_date
from ..temporal import Day, Period, resolve
from .lexicon import clean, note, rewrite_data
from .realise import bracket

if TYPE_CHECKING:
    from ..extract.base import Mention
    from .kpi_reader import GoalReader


def _said(r: "GoalReader", when: date, key: str, text: str) -> str:
    r.notes.append(note(key, said=clean(text), date=bracket(format_date(when))))
    return rewrite_data()["deadline"].format(date=bracket(format_date(when)))


def closest_real(r: "GoalReader", ref: date, m: "Mention", text: str) -> str | None:
    """« le 31 juin 2027 »: the last day of the month it names, in brackets; ``None`` when
    that day is past too or the month is unknown."""
    expr = m.value
    if not isinstance(expr, Day) or expr.month is None:
        return None
    last = calendar.monthrange(2001 if expr.year is None else expr.year, expr.month)[1]
    when = resolve(replace(expr, day=last), ref)
    if when is None or when <= ref:
        return None
    return _said(r, when, "deadline_impossible_closest", text)


def next_year(r: "GoalReader", ref: date, m: "Mention | None") -> str | None:
    """A full date already past (day, month and year said): the same day in the first year
    it lies two weeks ahead, in brackets; a year already past (« avant la fin de l'année
    2024 »): the end of the first year far enough ahead; ``None`` for any other."""
    if m is not None and isinstance(m.value, Period) and m.value.unit == "year" and m.value.year is not None:
        return _year_end(r, ref, r.text[m.start:m.end])
    if m is None or not isinstance(m.value, Day) or m.value.month is None or m.value.year is None:
        return None
    past, soon = resolve(m.value, ref), ref + timedelta(days=14)
    if past is None:
        return None
    when, years = past, 0
    while when < soon and years < 10:
        years += 1
        when = same_day(past, past.year + years)
    return _said(r, when, "deadline_past_year", r.text[m.start:m.end]) if when >= soon else None


def same_day(day: date, year: int) -> date:
    """The day in ``year``; 29 February becomes the 28th."""
    try:
        return day.replace(year=year)
    except ValueError:
        return day.replace(year=year, day=28)


def _year_end(r: "GoalReader", ref: date, text: str) -> str:
    """The end of the year under way, or of the next one when the year under way ends
    within ``past_year_min_months``: the user meant a year's end, not six months."""
    end = date(ref.year, 12, 31)
    if (end.year - ref.year) * 12 + end.month - ref.month < rewrite_data()["past_year_min_months"]:
        end = date(ref.year + 1, 12, 31)
    r.notes.append(note("deadline_past_year_end", said=clean(text), year=end.year, date=bracket(format_date(end))))
    return rewrite_data()["deadline"].format(date=bracket(format_date(end)))
