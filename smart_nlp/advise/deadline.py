"""The deadline of the rewrite: the user's written as a date (never a second one), a
past or missing one replaced by a default date in brackets.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from ..extract.scan import FirstOf
from ..lang.fr import load
from ..lang.fr.format import format_date, format_duration
from ..temporal import Offset, Period, Weekday, add_months, impossible, months_between, resolve
from ..text import fold
from .deadline_fix import closest_real, next_year
from .deadline_said import (event_time, month_list, months_said, named_said, next_occurrence, season_said,
                            stated_period)
from .forms import correct
from .lexicon import clean, note, rewrite_data
from .realise import bracket

if TYPE_CHECKING:
    from .kpi_reader import GoalReader


@lru_cache(maxsize=1)
def _kept_opener() -> re.Pattern:
    return re.compile(r"(?:" + "|".join(rewrite_data()["deadline_kept_openers"]) + ") ")


def deadline(r: "GoalReader", ref: date, months: int, event: tuple[int, int] | None = None,
             until: date | None = None) -> str:
    """The user's deadline written as a date (never a second one); a past or missing
    one replaced by a default date in brackets; an ``event`` the goal is tied to
    (``event_phrase``) kept in the user's words with its date; ``until``: the default date."""
    a, w = r.a, rewrite_data()
    if event is not None:
        return _event_said(r, ref, event)
    if until is not None:
        return _said(ref, until)
    if a.deadline and a.deadline.date <= ref:
        r.kept.append((a.deadline.start, a.deadline.end))
        mention = next((t for t in r.facts.times if t.start == a.deadline.start), None)
        again = next_occurrence(r, ref, mention, find_event(r.folded) is not None)
        if again is not None or (again := next_year(r, ref, mention)) is not None:
            return again
        return _new_deadline(r, ref, months, note("deadline_past", said=clean(a.deadline.text)))
    if a.deadline:
        if any(ks <= a.deadline.start and a.deadline.end <= ke for ks, ke in r.kept):
            return ""
        said = fold(a.deadline.text)
        expr = next((t.value for t in r.facts.times if t.start == a.deadline.start), None)
        if _kept_opener().match(said) and re.search(r"\d{4}", said):
            said = correct(clean(a.deadline.text))  # « Pour l'exercice 2027 » opened the user's sentence
            return said[:1].lower() + said[1:] if said[1:2].islower() or said[1:2] == "'" else said
        said_so = season_said(r) or named_said(r) or months_said(r) or stated_period(r, ref)
        if said_so is not None:
            return said_so
        if over_season(a):
            return w["deadline_season"]["form"].format(said=clean(a.deadline.text), date=format_date(a.deadline.date))
        text = w["deadline"].format(date=format_date(a.deadline.date))
        if isinstance(expr, Offset):
            text += " " + w["deadline_span"].format(duration=duration(ref, a.deadline.date))
        return text
    past = [t for t in r.facts.times if not t.extra.get("past")]
    event = find_event(r.folded)
    wrong = next((t for t in past if impossible(t.value)), None)
    if wrong is not None:  # « le 31 février »: neither corrected nor kept
        cue = len(wrong.extra.get("trig") or "")
        if (real := closest_real(r, ref, wrong, r.text[wrong.start + cue:wrong.end].strip())) is not None:
            return real
        why = note("deadline_impossible", said=clean(r.text[wrong.start + cue:wrong.end].strip()))
    elif past and (again := next_occurrence(r, ref, past[0], event is not None) or next_year(r, ref, past[0])):
        return again
    elif past:
        why = note("deadline_past", said=clean(r.text[past[0].start:past[0].end]))
    elif event is not None:
        when = event_date(event, ref) or default_date(ref, months)
        key = "deadline_event" if event["date"] else "deadline_event_unknown"
        r.notes.append(note(key, event=event["name"], date=bracket(format_date(when))))
        return _said(ref, when)
    else:
        why = note("deadline_default", months=months)
    return _new_deadline(r, ref, months, why)


def over_season(a) -> bool:
    """« cet été », « cet hiver », « en juin et en septembre »: the goal is measured over the
    season or the months it names, kept in its words."""
    season = rewrite_data()["deadline_season"]
    d = a.deadline
    return d is not None and (d.rule in season["rules"] and fold(d.text).split(" ")[0] in season["openers"]
                              or bool(month_list(d)))


@lru_cache(maxsize=1)
def _event_rx() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    e = rewrite_data()["event_phrase"]
    determiner = r"(?:(?:" + "|".join(e["determiners"]) + r")(?: |(?<=')))?(?:(?:" + "|".join(e["adjectives"]) + ") )?"
    cued = r"(?:" + "|".join(e["cues"]) + r")(?: |(?<='))" + determiner
    opener = r"(?:" + cued + "|(?:" + "|".join(e["demonstratives"]) + ") )"
    head = r"(?<![\w])" + opener + r"(?:" + "|".join(e["nouns"]) + r")(?![\w])"
    named = r"(?<![\w])(?:" + "|".join(e["name_cues"]) + r")(?: |(?<='))" + determiner + r"(?=\w)"
    stops = "|".join([*e["stops"], *load("means")["stops"]])
    return re.compile(head), re.compile(stops), re.compile(named)


def _event_head(r: "GoalReader") -> re.Match | None:
    """The first event the text names: by its noun (« la fête de la pomme »), or by its own
    capitalised name after « pendant », « lors de » (« pendant les Francofolies »)."""
    head, _, named = _event_rx()
    found = [m for m in (head.search(r.folded),) if m]
    found += [m for m in named.finditer(r.folded) if r.text[m.end()].isupper()][:1]
    return min(found, key=lambda m: m.start(), default=None)


def event_phrase(r: "GoalReader") -> tuple[int, int] | None:
    """Where the goal ties itself to an event or a season that has no date of its own
    (« avant l'ouverture des pistes », « pendant le festival de ce mois-ci »); a date read
    in the phrase only by a weak cue (« pour le salon de mars ») is the event's own."""
    stops = _event_rx()[1]
    found = _event_head(r)
    if found is None:
        return None
    stop = stops.search(r.folded, found.end())
    end = len(r.folded[:stop.start() if stop else len(r.folded)].rstrip(" .!"))
    for role in r.roles:  # a weak date inside (« de mars ») is the event's own
        if found.start() < role.start < end and not (role.label == "DEADLINE" and role.extra.get("weak")):
            end = len(r.folded[:role.start].rstrip())
    d = r.a.deadline
    if d is not None and not (found.start() <= d.start < end and _weak(r, d.start)):
        return None
    return found.start(), end


def _weak(r: "GoalReader", start: int) -> bool:
    """« le salon de mars »: a month said by a weak cue names the event, never a day said."""
    return any(t.start == start and t.extra.get("weak") and isinstance(t.value, Period) for t in r.facts.times)


def _event_said(r: "GoalReader", ref: date, span: tuple[int, int]) -> str:
    """« avant l'ouverture des pistes (le [5 décembre 2027]) »: the user's words, then the
    date of the event as a placeholder (its own, the period it names, else a near one)."""
    e, folded = rewrite_data()["event_phrase"], r.folded[span[0]:span[1]]
    said = correct(clean(r.text[span[0]:span[1]]))
    said = said[:1].lower() + said[1:] if span[0] == 0 and not said[1:2].isupper() else said
    known = find_event(folded)
    when = r.a.deadline.date if r.a.deadline else event_date(known, ref) if known else None
    own, in_year = event_time(folded, ref) if when is None else (None, None)
    when = when or own
    unit = next((u for words, u in e["periods"].items() if re.search(r"(?<![\w])" + words, folded)), None)
    if when is None and unit:
        when = resolve(Period(unit), ref)
    day = re.search(r"(?<![\w])(" + "|".join(load("time_words")["weekdays"]) + r")(?![\w])", folded)
    if when is None and day:  # « le concert de samedi »: the next such day
        when = resolve(Weekday(load("time_words")["weekdays"][day.group(1)]), ref)
    when = when or add_months(ref, e["months"])
    cue = next((c for c in e["forms"] if folded.startswith(c)), "default")
    period = re.search(r"(?<![\w])(?:" + e["period_nouns"] + r")(?![\w])", folded)
    if period and folded.split(" ")[0] in e["period_openers"]:
        cue = "period"  # « pour la saison jeune public »: a period, over by then
    if re.search(r"(?<![\w])(?:" + e["through_nouns"]["nouns"] + r")(?![\w])", folded):
        cue = e["through_nouns"]["form"]  # « pour les soldes d'hiver qui commencent le 7 janvier (jusqu'au …) »
    if cue in e["through_cues"] and known and known.get("end") and not r.a.deadline:
        when = event_date({**known, "date": known["end"]}, ref) or when  # « pendant les vacances »: until their end
    date_said = bracket(in_year or format_date(when))
    r.notes.append(note("deadline_event_said", said=said, date=date_said))
    return said + " " + (f"({date_said})" if in_year else e["forms"][cue].format(date=date_said))


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
def _events() -> FirstOf:
    return FirstOf([(re.compile(r"(?<![\w])(?:" + e["pattern"] + r")(?![\w])"), e) for e in rewrite_data()["events"]])


@lru_cache(maxsize=1)
def _shops() -> re.Pattern:
    return re.compile(r"(?<![\w])(?:" + rewrite_data()["shop_salons"] + r")(?![\w])")


def find_event(folded: str) -> dict | None:
    """The season or event the goal is for (« pour les soldes d'été »), when no deadline was
    read; a shop named « salon de … » (coiffure, thé) is no event."""
    folded = _shops().sub(lambda m: " " * len(m.group()), folded)
    first = _events().search(folded)
    if first is None:
        return None
    found, e = first  # « les vacances de printemps 2028 »: the year said is the event's
    year = re.match(r" (20\d\d)(?!\d)", folded[found.end():])
    return {**e, "year": int(year.group(1))} if year else e


def over_event(a, folded: str) -> bool:
    """« pour la saison 2027 », « cet été », « les stages des vacances de Pâques »: the goal is
    counted over a season or an event, not per month."""
    d, e = a.deadline, rewrite_data()["event_phrase"]
    said = d is not None and re.search(r"(?<![\w])(?:" + e["period_nouns"] + r")(?![\w])", fold(d.text))
    held = d is not None and d.rule in rewrite_data()["event_rules"]
    return over_season(a) or held or bool(said) or find_event(folded) is not None


def event_date(event: dict, ref: date) -> date | None:
    """The next date of the event at least two weeks after ``ref``, or in the year the user
    gave (``None``: not known)."""
    if not event["date"]:
        return None
    month, day = event["date"]
    if event.get("year"):
        return date(event["year"], month, day)
    when = date(ref.year, month, day)
    return when if when >= ref + timedelta(days=14) else date(ref.year + 1, month, day)


def duration(ref: date, when: date) -> str:
    """« 6 semaines », « 3 mois »: how far the date is from the reference date."""
    return format_duration(months_between(ref, when))
