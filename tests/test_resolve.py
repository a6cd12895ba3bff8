"""Table tests of ``smart_nlp.temporal.resolve`` (SPEC section 3): a deadline is the
last day of the period the text names, seen from the reference date."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import REF_DATE, load_examples
from smart_nlp.errors import SmartNLPError
from smart_nlp.extract.deadlines import find_times
from smart_nlp.lang.fr import load
from smart_nlp.temporal import (BeyondCalendar, Day, Feast, Offset, Period, Season, Weekday, add_months, months_between,
                                resolve, resolve_strict)
from smart_nlp.lang.fr.format import format_date
from smart_nlp.resolve.deadline import beyond_calendar, pick_deadline
from smart_nlp.text import fold, typography

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


DAYS_OF_MONTH = [
    _case(Day(18), REF, date(2026, 1, 18), "d'ici le 18"),
    _case(Day(15), REF, date(2026, 1, 15), "le 15 on the 15th"),
    _case(Day(10), REF, date(2026, 2, 10), "le 10, already past this month"),
    _case(Day(31), date(2026, 2, 5), date(2026, 3, 31), "le 31 skips February"),
    _case(Day(30), date(2026, 1, 31), date(2026, 3, 30), "le 30 from 31 January skips February"),
    _case(Day(29), date(2028, 2, 1), date(2028, 2, 29), "le 29 in a leap February"),
    _case(Day(1), date(2026, 12, 31), date(2027, 1, 1), "le 1er across the new year"),
    _case(Day(32), REF, None, "no month has a 32nd"),
]

FRIDAY, SUNDAY, MONDAY, THURSDAY = 4, 6, 0, 3
WEEKDAYS = [
    _case(Weekday(FRIDAY), REF, date(2026, 1, 16), "d'ici vendredi, from a Thursday"),
    _case(Weekday(THURSDAY), REF, date(2026, 1, 22), "jeudi on a Thursday is next week's"),
    _case(Weekday(MONDAY), REF, date(2026, 1, 19), "avant lundi prochain"),
    _case(Weekday(THURSDAY, 1), REF, date(2026, 1, 29), "jeudi en huit"),
    _case(Weekday(MONDAY, 2), REF, date(2026, 2, 2), "lundi en quinze"),
    _case(Weekday(SUNDAY), date(2026, 1, 18), date(2026, 1, 25), "dimanche, from a Sunday"),
    _case(Weekday(FRIDAY), date(2026, 12, 30), date(2027, 1, 1), "vendredi across the new year"),
]

SPRING, SUMMER, AUTUMN, WINTER = ((3, 20), (6, 20)), ((6, 21), (9, 22)), ((9, 23), (12, 20)), ((12, 21), (3, 19))
SEASONS = [
    _case(Season(*SUMMER), REF, date(2026, 9, 22), "cet été: its last day"),
    _case(Season(*SUMMER, before=True), REF, date(2026, 6, 20), "avant l'été: the day before it starts"),
    _case(Season(*SUMMER, before=True), date(2026, 6, 20), date(2026, 6, 20), "avant l'été on 20 June"),
    _case(Season(*SUMMER, before=True), date(2026, 7, 1), date(2027, 6, 20), "avant l'été in July: next year's"),
    _case(Season(*SUMMER), date(2026, 8, 1), date(2026, 9, 22), "cet été during the summer"),
    _case(Season(*SPRING), REF, date(2026, 6, 20), "au printemps"),
    _case(Season(*AUTUMN, year=2027), REF, date(2027, 12, 20), "l'automne 2027"),
    _case(Season(*WINTER), REF, date(2026, 3, 19), "cet hiver, in January: the winter under way"),
    _case(Season(*WINTER), date(2026, 3, 20), date(2027, 3, 19), "cet hiver, after it ended"),
    _case(Season(*WINTER, upcoming=True), REF, date(2027, 3, 19), "l'hiver prochain, in January"),
    _case(Season(*WINTER, upcoming=True), date(2026, 11, 2), date(2027, 3, 19), "l'hiver prochain, in November"),
    _case(Season(*WINTER, year=2026), REF, date(2027, 3, 19), "l'hiver 2026 starts in December 2026"),
    _case(Season(*WINTER, year=2026, before=True), REF, date(2026, 12, 20), "avant l'hiver 2026"),
    _case(Season(*SUMMER, year=2024), REF, date(2024, 9, 22), "an explicit past summer is kept"),
]

FEASTS = [
    _case(Feast("easter"), REF, date(2026, 4, 5), "avant Pâques"),
    _case(Feast("easter"), date(2026, 4, 6), date(2027, 3, 28), "Pâques already past → next year's"),
    _case(Feast("easter", 2038), REF, date(2038, 4, 25), "Pâques 2038, a late Easter"),
    _case(Feast("easter", 2008), REF, date(2008, 3, 23), "Pâques 2008, an early Easter"),
    _case(Feast("ascension"), REF, date(2026, 5, 14), "l'Ascension: Easter + 39 days"),
    _case(Feast("pentecost"), REF, date(2026, 5, 24), "la Pentecôte: Easter + 49 days"),
    _case(Feast("mothers_day"), REF, date(2026, 5, 31), "la fête des mères: last Sunday of May"),
    _case(Feast("mothers_day", 2012), REF, date(2012, 6, 3), "fête des mères moved a week when it is Pentecost"),
    _case(Feast("fathers_day"), REF, date(2026, 6, 21), "la fête des pères: third Sunday of June"),
    _case(Feast("black_friday"), REF, date(2026, 11, 27), "Black Friday: after the 4th Thursday of November"),
    _case(Feast("black_friday", 2025), REF, date(2025, 11, 28), "Black Friday 2025"),
    _case(Feast("easter"), date(9999, 12, 31), None, "no Easter after 9999"),
    _case(Day(15, months_ahead=1), REF, date(2026, 2, 15), "le 15 du mois prochain"),
    _case(Day(28, months_ahead=0), REF, date(2026, 1, 28), "le 28 courant"),
    _case(Day(10, months_ahead=0), REF, date(2026, 1, 10), "le 10 de ce mois, already past, stays past"),
    _case(Day(30, months_ahead=1), REF, None, "le 30 du mois prochain in February does not exist"),
]

EDGES = [
    _case(Offset(months=3), date(9999, 12, 31), None, "d'ici 3 mois on the calendar's last day"),
    _case(Offset(days=1), date(9999, 12, 31), None, "demain on the calendar's last day"),
    _case(Period("week", shift=1), date(9999, 12, 31), None, "la semaine prochaine past 9999"),
    _case(Period("year", shift=1), date(9999, 6, 1), None, "l'année prochaine past 9999"),
    _case(Period("year"), date(9999, 6, 1), date(9999, 12, 31), "cette année in 9999"),
    _case(Day(10, 1), date(9999, 12, 31), None, "le 10 janvier after the last one"),
    _case(Day(31, 12), date(9999, 12, 31), date(9999, 12, 31), "le 31 décembre, last day of the calendar"),
    _case(Day(20), date(9999, 12, 31), None, "le 20 after the last one"),
    _case(Weekday(FRIDAY), date(9999, 12, 31), None, "vendredi after the last day"),
    _case(Season(*WINTER, year=9999), REF, None, "l'hiver 9999 ends in 10000"),
    _case(Season(*SUMMER, before=True), date(1, 1, 1), date(1, 6, 20), "avant l'été in year 1"),
    _case(Period("month", 3), date(1, 1, 1), date(1, 3, 31), "fin mars in year 1"),
]


@pytest.mark.parametrize("expr, ref, expected", DAYS_OF_MONTH + WEEKDAYS + SEASONS + FEASTS + EDGES)
def test_day_level_and_seasonal_forms(expr, ref, expected):
    assert resolve(expr, ref) == expected


def test_beyond_the_calendar_is_said_not_raised():
    last = date(9999, 12, 31)
    with pytest.raises(BeyondCalendar):
        resolve_strict(Offset(months=1), last)
    assert resolve(Offset(months=1), last) is None
    assert add_months(last, 1) == date.max  # callers that plan ahead are clipped
    assert add_months(date(1, 1, 1), -1) == date.min
    with pytest.raises(BeyondCalendar):
        add_months(last, 1, clip=False)


_WARNED = [e for e in load_examples("deadlines") if "warning" in e]
_PLAIN = [e for e in load_examples("deadlines") if "warning" not in e][::10]


@pytest.mark.parametrize("example", _WARNED + _PLAIN, ids=lambda e: e["text"][:40])
def test_deadline_warnings(analyzer, example):
    """A past explicit deadline is kept and flagged; one past 9999 is dropped and flagged."""
    messages = load("messages")["warnings"]
    got = analyzer.analyze(example["text"], example.get("ref_date", REF_DATE))
    ref = got.ref_date
    passed = []
    if got.deadline:
        passed = [typography(messages["deadline_passed"].format(
            text=got.deadline.text, date=format_date(got.deadline.date), ref=format_date(ref)))]
    head, tail = (typography(part) for part in messages["deadline_beyond_calendar"].split("{text}"))
    beyond = [w for w in got.warnings if w.startswith(head) and w.endswith(tail)]
    assert (bool(passed) and passed[0] in got.warnings) == (example.get("warning") == "passed")
    assert bool(beyond) == (example.get("warning") == "beyond")


_TIME_WORDS = sorted({w for key in ("months", "weekdays", "relative_days", "seasons", "day_counts", "weeks_later")
                      for w in load("time_words")[key]} | {"d'ici", "avant", "pour le", "le", "du", "au", "entre",
                                                          "et", "fin", "prochain", "en", "l'", "cet", "horizon"})
_tokens = st.one_of(st.sampled_from(_TIME_WORDS), st.integers(0, 40).map(str), st.sampled_from(["/", ".", "-", " "]),
                    st.sampled_from(["2020", "2027", "9999", "0001", "1er", "15/03", "31/02", "29/02/2027"]),
                    st.text(max_size=4))
_texts = st.one_of(st.text(max_size=80), st.lists(_tokens, max_size=14).map(" ".join))


@settings(max_examples=300, deadline=None, database=None)
@given(_texts, st.dates(min_value=date.min, max_value=date.max))
def test_any_text_and_any_reference_date_never_raise(text, ref):
    folded = fold(text)
    times = find_times(folded)
    for m in times:
        when = resolve(m.value, ref)
        assert when is None or isinstance(when, date)
    picked = pick_deadline(times, ref, keep_past=True)
    if picked:
        assert folded[picked[0].start:picked[0].end]
    beyond_calendar(times, ref)


@settings(max_examples=40, deadline=None, database=None)
@given(_texts.filter(lambda t: any(c.isalpha() for c in t)),
       st.sampled_from([date.min, date(1, 12, 31), REF_DATE, date(9999, 1, 1), date(9999, 12, 31)]))
def test_any_goal_at_the_ends_of_the_calendar_is_analysed(analyzer, text, ref):
    try:
        d = analyzer.analyze(text, ref).to_dict()
    except SmartNLPError:  # bad input (binary bytes…) gets its clear error, nothing else
        return
    assert d["deadline"] is None or d["deadline"]["date"] <= "9999-12-31"


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
