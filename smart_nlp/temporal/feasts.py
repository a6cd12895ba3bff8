"""Days that move from year to year (Easter and the days counted from it, Mother's Day,
Black Friday, Ramadan and Eid by the tabular Hijri calendar, a day or so from the
sighted moon), computed for a given year. French usage: Mother's Day is the last Sunday
of May unless that is Pentecost, then the first Sunday of June."""
from __future__ import annotations

import math
from datetime import date, timedelta
from typing import Callable


def easter(year: int) -> date:
    """Gregorian Easter Sunday (the anonymous Gregorian computus)."""
    golden = year % 19
    century, rest = divmod(year, 100)
    leap_skips, leap_left = divmod(century, 4)
    moon_fix = (century + 8) // 25
    epact_fix = (century - moon_fix + 1) // 3
    epact = (19 * golden + century - leap_skips - epact_fix + 15) % 30
    quarter, rest4 = divmod(rest, 4)
    weekday_fix = (32 + 2 * leap_left + 2 * quarter - epact - rest4) % 7
    late = (golden + 11 * epact + 22 * weekday_fix) // 451
    month, day = divmod(epact + weekday_fix - 7 * late + 114, 31)
    return date(year, month, day + 1)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The ``n``-th ``weekday`` of the month (``n`` = -1: the last one)."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _mothers_day(year: int) -> date:
    day = _nth_weekday(year, 5, 6, -1)
    return day + timedelta(weeks=1) if day == easter(year) + timedelta(days=49) else day


_HIJRI_EPOCH = date(622, 7, 19).toordinal()  # 1 Muharram 1 (Gregorian, civil epoch)


def _hijri(year: int, month: int, day: int) -> date:
    """A day of the tabular (arithmetical) Hijri calendar, 30-year cycle."""
    days = day + math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + (3 + 11 * year) // 30
    return date.fromordinal(_HIJRI_EPOCH - 1 + days)


def _hijri_in(year: int, month: int) -> date:
    """The first day of the Hijri ``month`` that falls in the Gregorian ``year`` (the
    lunar year is 11 days shorter: some years hold two, the earlier is meant)."""
    guess = round((year - 622) * 365.2425 / 354.367)
    days = [d for h in range(guess - 2, guess + 3) if (d := _hijri(h, month, 1)).year == year]
    return min(days)


FEASTS: dict[str, Callable[[int], date]] = {
    "easter": easter,
    "easter_monday": lambda y: easter(y) + timedelta(days=1),
    "shrove_tuesday": lambda y: easter(y) - timedelta(days=47),
    "ascension": lambda y: easter(y) + timedelta(days=39),
    "pentecost": lambda y: easter(y) + timedelta(days=49),
    "whit_monday": lambda y: easter(y) + timedelta(days=50),
    "mothers_day": _mothers_day,
    "fathers_day": lambda y: _nth_weekday(y, 6, 6, 3),
    "black_friday": lambda y: _nth_weekday(y, 11, 3, 4) + timedelta(days=1),
    "cyber_monday": lambda y: _nth_weekday(y, 11, 3, 4) + timedelta(days=4),
    "fasting_month": lambda y: _hijri_in(y, 9),
    "eid_al_fitr": lambda y: _hijri_in(y, 10),
}
