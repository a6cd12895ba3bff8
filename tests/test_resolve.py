"""Table tests of ``smart_nlp.temporal.resolve`` (SPEC section 3): a deadline is the
last day of the period the text names, seen from the reference date."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from smart_nlp.temporal import Day, Offset, Period, add_months, months_between, resolve

REF = date(2026, 1, 15)  # a Thursday


def _case(expr, ref, expected, label):
    return pytest.param(expr, ref, expected, id=label)


OFFSETS = [
    _case(Offset(months=3), REF, date(2026, 4, 15), "d'ici 3 mois"),
    _case(Offset(months=12), REF, date(2027, 1, 15), "en un an"),
    _case(Offset(months=3), REF, date(2026, 4, 15), "d'ici un trimestre"),
    _case(Offset(months=6), REF, date(2026, 7, 15), "d'ici un semestre"),
    _case(Offset(days=42), REF, date(2026, 2, 26), "sous six semaines"),
    _case(Offset(days=7), date(2026, 12, 28), date(2027, 1, 4), "une semaine across the year"),
    _case(Offset(months=1), date(2026, 1, 31), date(2026, 2, 28), "Jan 31 + 1 month clipped to Feb 28"),
    _case(Offset(months=1), date(2024, 1, 31), date(2024, 2, 29), "Jan 31 + 1 month in a leap year"),
    _case(Offset(months=3), date(2026, 1, 31), date(2026, 4, 30), "Jan 31 + 3 months clipped to Apr 30"),
    _case(Offset(months=1), date(2026, 3, 31), date(2026, 4, 30), "Mar 31 + 1 month"),
    _case(Offset(months=12), date(2024, 2, 29), date(2025, 2, 28), "Feb 29 + 1 year"),
    _case(Offset(months=48), date(2024, 2, 29), date(2028, 2, 29), "Feb 29 + 4 years"),
    _case(Offset(months=2), date(2025, 12, 31), date(2026, 2, 28), "Dec 31 + 2 months"),
    _case(Offset(months=1, days=7), date(2026, 1, 31), date(2026, 3, 7), "months first, then days"),
    _case(Offset(), REF, REF, "zero offset"),
]

PERIODS = [
    # Weeks end on Sunday.
    _case(Period("week"), REF, date(2026, 1, 18), "cette semaine from a Thursday"),
    _case(Period("week"), date(2026, 1, 18), date(2026, 1, 18), "cette semaine on the Sunday itself"),
    _case(Period("week"), date(2026, 1, 19), date(2026, 1, 25), "cette semaine from a Monday"),
    _case(Period("week", shift=1), REF, date(2026, 1, 25), "la semaine prochaine"),
    _case(Period("week", shift=1), date(2026, 1, 18), date(2026, 1, 25), "la semaine prochaine from a Sunday"),
    _case(Period("week"), date(2026, 12, 28), date(2027, 1, 3), "week across the new year"),
    # Current and next periods.
    _case(Period("month"), REF, date(2026, 1, 31), "fin du mois"),
    _case(Period("month", shift=1), REF, date(2026, 2, 28), "le mois prochain"),
    _case(Period("month", shift=1), date(2028, 1, 15), date(2028, 2, 29), "le mois prochain, leap year"),
    _case(Period("month", shift=1), date(2026, 12, 10), date(2027, 1, 31), "le mois prochain in December"),
    _case(Period("quarter"), REF, date(2026, 3, 31), "fin du trimestre"),
    _case(Period("quarter", shift=1), REF, date(2026, 6, 30), "le trimestre prochain"),
    _case(Period("quarter", shift=1), date(2026, 11, 1), date(2027, 3, 31), "le trimestre prochain in Q4"),
    _case(Period("semester"), date(2026, 7, 1), date(2026, 12, 31), "ce semestre, second half"),
    _case(Period("year"), REF, date(2026, 12, 31), "cette année"),
    _case(Period("year", shift=1), REF, date(2027, 12, 31), "l'année prochaine"),
    # Named periods with a year.
    _case(Period("quarter", 2, 2027), REF, date(2027, 6, 30), "fin T2 2027"),
    _case(Period("semester", 1, 2027), REF, date(2027, 6, 30), "S1 2027"),
    _case(Period("semester", 2, 2026), REF, date(2026, 12, 31), "S2 2026"),
    _case(Period("year", 1, 2026), REF, date(2026, 12, 31), "fin 2026"),
    _case(Period("month", 2, 2028), REF, date(2028, 2, 29), "fin février 2028 (leap)"),
    _case(Period("month", 2, 2027), REF, date(2027, 2, 28), "fin février 2027"),
    _case(Period("month", 2, 2100), REF, date(2100, 2, 28), "fin février 2100 (not leap)"),
    _case(Period("month", 2, 2000), REF, date(2000, 2, 29), "fin février 2000 (leap)"),
    # Named periods without a year: the first one ending on or after ref_date.
    _case(Period("month", 3), REF, date(2026, 3, 31), "fin mars"),
    _case(Period("quarter", 3), REF, date(2026, 9, 30), "au T3"),
    _case(Period("month", 9), REF, date(2026, 9, 30), "en septembre"),
    _case(Period("month", 1), date(2026, 1, 31), date(2026, 1, 31), "fin janvier on Jan 31"),
    _case(Period("month", 1), date(2026, 2, 1), date(2027, 1, 31), "fin janvier already past"),
    _case(Period("month", 9), date(2026, 10, 1), date(2027, 9, 30), "en septembre already past"),
    _case(Period("quarter", 1), date(2026, 5, 10), date(2027, 3, 31), "au T1 already past"),
    _case(Period("quarter", 4), date(2026, 12, 31), date(2026, 12, 31), "au T4 on Dec 31"),
    _case(Period("semester", 1), date(2026, 7, 1), date(2027, 6, 30), "au S1 already past"),
    _case(Period("month", 2), date(2027, 3, 1), date(2028, 2, 29), "fin février past, next is leap"),
]

DAYS = [
    _case(Day(31, 12), REF, date(2026, 12, 31), "avant le 31/12"),
    _case(Day(25, 12), REF, date(2026, 12, 25), "avant Noël"),
    _case(Day(15, 3, 2027), REF, date(2027, 3, 15), "avant le 15 mars 2027"),
    _case(Day(31, 12, 2025), REF, date(2025, 12, 31), "explicit year kept even if past"),
    _case(Day(15, 1), REF, date(2026, 1, 15), "today is on or after ref_date"),
    _case(Day(10, 1), REF, date(2027, 1, 10), "day already past → next year"),
    _case(Day(14, 2), date(2026, 2, 15), date(2027, 2, 14), "Saint-Valentin past → next year"),
    _case(Day(29, 2), date(2028, 1, 10), date(2028, 2, 29), "29 février in a leap year"),
    _case(Day(29, 2), date(2027, 3, 1), date(2028, 2, 29), "29 février past → next (leap) year"),
    _case(Day(29, 2, 2027), REF, None, "29 février 2027 does not exist"),
    _case(Day(31, 4), REF, None, "31 avril does not exist"),
    _case(Day(30, 2, 2028), REF, None, "30 février does not exist"),
]


@pytest.mark.parametrize("expr, ref, expected", OFFSETS)
def test_offset(expr, ref, expected):
    assert resolve(expr, ref) == expected


@pytest.mark.parametrize("expr, ref, expected", PERIODS)
def test_period(expr, ref, expected):
    assert resolve(expr, ref) == expected


@pytest.mark.parametrize("expr, ref, expected", DAYS)
def test_day(expr, ref, expected):
    assert resolve(expr, ref) == expected


@pytest.mark.parametrize("ref", [date(2026, 1, d) for d in range(12, 19)] + [date(2028, 2, 29), date(2026, 12, 31)])
@pytest.mark.parametrize("shift", [0, 1, 2])
def test_every_week_ends_on_sunday(ref, shift):
    end = resolve(Period("week", shift=shift), ref)
    assert end.weekday() == 6
    assert 0 <= (end - ref).days - 7 * shift <= 6


@pytest.mark.parametrize("unit", ["month", "quarter", "semester", "year"])
@pytest.mark.parametrize("ref", [date(2026, 1, 1), REF, date(2026, 6, 30), date(2026, 12, 31), date(2028, 2, 29)])
def test_current_period_ends_on_a_month_end_on_or_after_ref(unit, ref):
    end = resolve(Period(unit), ref)
    assert end >= ref
    assert (end + timedelta(days=1)).day == 1


@pytest.mark.parametrize("d, months, expected", [
    (date(2026, 1, 31), 1, date(2026, 2, 28)),
    (date(2026, 3, 31), -1, date(2026, 2, 28)),
    (date(2024, 3, 31), -1, date(2024, 2, 29)),
    (date(2026, 1, 15), -1, date(2025, 12, 15)),
    (date(2026, 1, 15), 24, date(2028, 1, 15)),
    (date(2026, 8, 31), 1, date(2026, 9, 30)),
])
def test_add_months(d, months, expected):
    assert add_months(d, months) == expected


@pytest.mark.parametrize("start, end, expected", [
    (REF, date(2026, 4, 15), 3.0),
    (REF, date(2027, 1, 15), 12.0),
    (date(2026, 1, 31), date(2026, 2, 28), 1.0),
    (REF, REF, 0.0),
    (REF, date(2025, 1, 1), 0.0),
])
def test_months_between(start, end, expected):
    assert months_between(start, end) == pytest.approx(expected)


def test_february_29_without_year_is_the_next_leap_year():
    assert resolve(Day(29, 2), date(2026, 1, 15)) == date(2028, 2, 29)
    assert resolve(Day(31, 4), date(2026, 1, 15)) is None
