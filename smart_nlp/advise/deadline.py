"""The deadline of the rewrite: the user's written as a date (never a second one), a
past or missing one replaced by a default date in brackets.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from ..lang.fr.format import format_date, format_duration
from ..temporal import Offset, add_months, months_between
from ..text import fold
from .forms import correct
from .lexicon import clean, note, rewrite_data
from .realise import bracket

if TYPE_CHECKING:
    from .kpi_reader import GoalReader


@lru_cache(maxsize=1)
def _kept_opener() -> re.Pattern:
    return re.compile(r"(?:" + "|".join(rewrite_data()["deadline_kept_openers"]) + ") ")


def deadline(r: "GoalReader", ref: date, months: int) -> str:
    """The user's deadline written as a date (never a second one); a past or missing
    one replaced by a default date in brackets."""
    a, w = r.a, rewrite_data()
    if a.deadline and a.deadline.date <= ref:
        r.kept.append((a.deadline.start, a.deadline.end))
        return _new_deadline(r, ref, months, note("deadline_past", said=clean(a.deadline.text)))
    if a.deadline:
        if any(ks <= a.deadline.start and a.deadline.end <= ke for ks, ke in r.kept):
            return ""
        said = fold(a.deadline.text)
        expr = next((t.value for t in r.facts.times if t.start == a.deadline.start), None)
        if _kept_opener().match(said) and re.search(r"\d{4}", said):
            said = correct(clean(a.deadline.text))  # « Pour l'exercice 2027 » opened the user's sentence
            return said[:1].lower() + said[1:] if said[1:2].islower() or said[1:2] == "'" else said
        text = w["deadline"].format(date=format_date(a.deadline.date))
        if isinstance(expr, Offset):
            text += " " + w["deadline_span"].format(duration=duration(ref, a.deadline.date))
        return text
    past = [t for t in r.facts.times if not t.extra.get("past")]
    event = find_event(r.folded)
    if past:
        why = note("deadline_past", said=clean(r.text[past[0].start:past[0].end]))
    elif event is not None:
        when = event_date(event, ref) or default_date(ref, months)
        key = "deadline_event" if event["date"] else "deadline_event_unknown"
        r.notes.append(note(key, event=event["name"], date=bracket(format_date(when))))
        return _said(ref, when)
    else:
        why = note("deadline_default", months=months)
    return _new_deadline(r, ref, months, why)


def _new_deadline(r: "GoalReader", ref: date, months: int, why: str) -> str:
    """A default date, said as such: « d'ici le [31 juillet 2027] (soit 6 mois) »."""
    r.notes.append(why)
    return _said(ref, default_date(ref, months))


def _said(ref: date, when: date) -> str:
    w = rewrite_data()
    return w["deadline"].format(date=bracket(format_date(when))) + " " + \
        w["deadline_span"].format(duration=duration(ref, when))


def default_date(ref: date, months: int) -> date:
    """The end of month a plan would use (« 31 mai 2027 ») when one lies within ten days of
    ``months`` after ``ref`` and is still said « soit {months} mois », else that day itself."""
    when = add_months(ref, months)
    before = when.replace(day=1) - timedelta(days=1)
    after = add_months(when.replace(day=1), 1) - timedelta(days=1)
    said = format_duration(months)
    ends = [d for d in (before, after) if abs((d - when).days) <= 10 and d > ref and duration(ref, d) == said]
    return min(ends, key=lambda d: abs((d - when).days)) if ends else when


@lru_cache(maxsize=1)
def _events() -> list[tuple[re.Pattern, dict]]:
    return [(re.compile(r"(?<![\w])(?:" + e["pattern"] + r")(?![\w])"), e) for e in rewrite_data()["events"]]


def find_event(folded: str) -> dict | None:
    """The season or event the goal is for (« pour les soldes d'été »), when no deadline was read."""
    return next((e for rx, e in _events() if rx.search(folded)), None)


def event_date(event: dict, ref: date) -> date | None:
    """The next date of the event at least two weeks after ``ref`` (``None``: not known)."""
    if not event["date"]:
        return None
    month, day = event["date"]
    when = date(ref.year, month, day)
    return when if when >= ref + timedelta(days=14) else date(ref.year + 1, month, day)


def duration(ref: date, when: date) -> str:
    """« 6 semaines », « 3 mois »: how far the date is from the reference date."""
    return format_duration(months_between(ref, when))
