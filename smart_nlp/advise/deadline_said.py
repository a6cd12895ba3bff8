"""How the rewrite says a deadline that names a period the user lives by (a season, the
school year, a feast, an event), so that it never contradicts nor doubles the user's:
a season a rate holds over is a period (« au printemps 2027 (du 20 mars au 20 juin 2027) »),
« d'ici l'été » is its start, a named day keeps its name next to its date, and a yearly
deadline already past points to its next occurrence rather than to a generic 6 months.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ..lang.fr import load
from ..lang.fr.format import format_date
from ..temporal import Day, Feast, Season, resolve
from ..text import fold
from .deadline_fix import same_day
from .forms import correct
from .lexicon import clean, note, rewrite_data
from .realise import bracket

if TYPE_CHECKING:
    from ..extract.base import Mention
    from .kpi_reader import GoalReader


def _expr(r: "GoalReader"):
    d = r.a.deadline
    return next((t.value for t in r.facts.times if t.start == d.start), None)


def _season_key(expr: Season) -> str | None:
    return next((k for k, v in load("time_words")["seasons"].items() if tuple(v["start"]) == tuple(expr.start)), None)


def _season_start(expr: Season, end: date) -> date:
    """The first day of the season that ends (or starts the day after) on ``end``."""
    year = end.year - (tuple(expr.end) < tuple(expr.start) and end.month <= expr.end[0])
    return date(year, *expr.start)


def _user_words(text: str) -> str:
    said = correct(clean(text))
    return said[:1].lower() + said[1:] if said[1:2].islower() or said[1:2] == "'" else said


def _has_rate(r: "GoalReader") -> bool:
    return any(t.period for t in r.a.targets)


def season_said(r: "GoalReader") -> str | None:
    """A season deadline in the words the user meant: the period a rate holds over (« 40
    kayaks par semaine au printemps », « 25 paddles par jour pour l'été ») or a goal is
    counted over (« pendant l'été »), or its last day said as the season's end for « d'ici
    l'été », « pour l'automne » (SPEC section 3), « avant l'été » kept with the day before it;
    ``None``: its end (« fin de l'hiver ») is already what the user said, and a bare « au
    printemps » may date a past fact."""
    d, expr = r.a.deadline, _expr(r)
    if d is None or d.rule != "season" or not isinstance(expr, Season):
        return None
    w, said = rewrite_data()["season_said"], fold(d.text)
    if expr.before:  # « d'ici le 20 juin 2027, avant l'été »: the day meant, the user's words kept
        said = re.sub(rf" {d.date.year}$", "", _user_words(d.text))  # (the year once, in the date)
        return w["before"].format(date=format_date(d.date), said=said)
    key = _season_key(expr)
    if key is None or re.search(r"(?<![\w])(?:" + "|".join(w["end_words"]) + r")(?![\w])", said):
        return None
    first = _season_start(expr, d.date)
    opener = said.split(" ")[0]
    if opener in w["start_openers"] or (opener in w["for_openers"] and not _has_rate(r)):
        return w["by_end"].format(date=format_date(d.date), of=w["names"][key]["of"])
    if _has_rate(r) or opener in w["period_openers"]:
        return period_form(key, first, d.date)
    return None


def period_form(key: str, first: date, last: date, placeholder: bool = False) -> str:
    """« au printemps 2027 (du 20 mars au 20 juin 2027) », « pendant l'hiver 2027-2028 (…) »."""
    w = rewrite_data()["season_said"]
    year = str(first.year) if first.year == last.year else f"{first.year}-{last.year}"
    start = format_date(first) if first.year != last.year else format_date(first).rsplit(" ", 1)[0]
    end = format_date(last)
    if placeholder:
        start, end = bracket(start), bracket(end)
    return w["period"].format(during=w["names"][key]["during"], year=year, start=start, end=end)


def named_said(r: "GoalReader") -> str | None:
    """« d'ici la fin de l'année scolaire (le 31 juillet 2027) », « pour le Ramadan (vers le
    8 février 2027) », « d'ici la saison prochaine (le 1er septembre 2027) »: a deadline named
    by the user's calendar keeps its name when its date alone would not say it."""
    d, w, expr = r.a.deadline, rewrite_data()["named_said"], _expr(r)
    if d is None or d.rule not in w["yearly"]:
        return None
    said = _user_words(d.text)
    for wrong, right in w["spelled"].items():
        said = re.sub(wrong, right, said, flags=re.IGNORECASE)
    if (isinstance(expr, Feast) and expr.key in w["approximate"]) or \
            (d.rule == "holiday" and re.search(r"(?<![\w])(?:" + w["approximate_seasons"] + ")", fold(d.text))):
        return w["approximate_form"].format(said=said, date=format_date(d.date))
    days = (d.date - r.a.ref_date).days
    if d.rule in w["period_starts"] and 0 < days <= w["soon_days"]:
        when = bracket(format_date(d.date))
        r.notes.append(note("deadline_period_start_soon", said=said, days=days, date=when))
        return w["form"].format(said=_cued(said), date=when)
    if d.rule in w["rules"] or _cued(said) != said:
        when = format_date(d.date)
        if re.search(r"(?<![\w])(?:" + w["conventional"] + r")(?![\w])", fold(d.text)):
            when = bracket(when)
        return w["form"].format(said=_cued(said), date=when)
    return None


def _cued(said: str) -> str:
    """« la saison prochaine » said without a cue (« … pour le club la saison prochaine »)
    gets one: « d'ici la saison prochaine »."""
    w = rewrite_data()["named_said"]
    bare = re.match(r"(?:" + "|".join(w["bare"]) + r")(?: |')", fold(said))
    return w["cue"] + " " + said if bare else said


def _yearly(r: "GoalReader", m: "Mention", event: bool) -> bool:
    """Whether the past deadline comes back every year: a season, a feast or a holiday by
    nature, a day when the goal names an ``event`` held on it (« la braderie, le 5 septembre »)."""
    if isinstance(m.value, (Season, Feast)) or m.rule in rewrite_data()["named_said"]["yearly"]:
        return True
    nouns = "|".join(rewrite_data()["event_phrase"]["nouns"])
    named = re.search(r"(?<![\w])(?:" + nouns + r")(?![\w])", r.folded) is not None
    return isinstance(m.value, Day) and (event or named)


def next_occurrence(r: "GoalReader", ref: date, m: "Mention | None", event: bool) -> str | None:
    """A yearly deadline already past (« pour Noël 2026 » written in January 2027), said at
    its next occurrence, in brackets, with a note; ``None`` when it is no yearly one.
    ``event``: the goal names a known event (the table of advise/deadline)."""
    if m is None or (past := resolve(m.value, ref)) is None or not _yearly(r, m, event):
        return None
    expr, soon = m.value, ref + timedelta(days=14)
    if isinstance(expr, (Season, Feast)):
        when = resolve(replace(expr, year=None), soon)
    else:
        when, years = past, 0
        while when < soon and years < 10:
            years += 1
            when = same_day(past, past.year + years)
    if when is None:
        return None
    w, text = rewrite_data()["next_occurrence"], r.text[m.start:m.end]
    r.notes.append(note("deadline_past_next", said=clean(text), date=bracket(format_date(when))))
    ends = r"(?<![\w])(?:" + "|".join(rewrite_data()["season_said"]["end_words"]) + r")(?![\w])"
    if isinstance(expr, Season) and not expr.before and not re.search(ends, fold(text)) \
            and (key := _season_key(expr)):
        return period_form(key, _season_start(expr, when), when, placeholder=True)
    if isinstance(expr, Day) and m.rule not in rewrite_data()["named_said"]["yearly"]:
        return w["day"].format(date=bracket(format_date(when)))
    said = _user_words(text).replace(str(past.year), str(when.year))
    return w["named"].format(said=_cued(said), date=bracket(format_date(when)))


def event_time(folded: str, ref: date) -> tuple[date | None, str | None]:
    """What an event's own words say of its date (« la tournée d'automne 2027 »: autumn 2027
    starts on 23 September; « la tournée 2027 »: some day of 2027, to be set by the user),
    as a date or a placeholder's words; (None, None) when they say nothing."""
    w, seasons = rewrite_data()["event_phrase"], load("time_words")["seasons"]
    year = re.search(r"(?<![\d])(20\d\d)(?![\d])", folded)
    key = next((k for k in seasons if re.search(r"(?<![\w])" + k + r"(?![\w])", folded)), None)
    if key is not None:
        expr = Season(tuple(seasons[key]["start"]), tuple(seasons[key]["end"]), int(year.group(1)) if year else None)
        end = resolve(expr, ref)
        return (_season_start(expr, end), None) if end else (None, None)
    return (None, w["in_year"].format(year=year.group(1))) if year else (None, None)


def month_list(d) -> list[int]:
    """The months a deadline names when it names two or more (« en juin et en septembre »):
    a period the goal is measured over, not a date to reach it by."""
    if d is None or d.rule != "month":
        return []
    months = load("time_words")["months"]
    found = re.findall(r"(?<![\w])(" + "|".join(months) + r")(?![\w])", fold(d.text))
    return [months[m] for m in found] if len(found) > 1 else []


def months_said(r: "GoalReader") -> str | None:
    """« en mai et en octobre » kept as said, with the year it falls in (« … 2027 »);
    ``None`` when the user gave the year, or when the months straddle two years or the
    first is already over."""
    d = r.a.deadline
    months = month_list(d)
    if not months or re.search(r"\d{4}", d.text) or months[0] > months[-1] \
            or (d.date.year, months[0]) < (r.a.ref_date.year, r.a.ref_date.month):
        return None
    return f"{_user_words(d.text)} {d.date.year}"


def stated_period(r: "GoalReader", ref: date) -> str | None:
    """« L'an passé 2 800 visiteurs pendant le temps des sucres ; cette année, 3 500 »: a goal
    for the year whose starting figure was counted over a yearly period is counted over that
    period this year, said in the user's words with its date (``None``: no such period)."""
    d, w = r.a.deadline, rewrite_data()["named_said"]
    if d is None or d.rule not in w["this_year"] or r.a.baseline is None:
        return None
    m = next((t for t in r.facts.times if t.extra.get("past") and t.end <= d.start and _yearly(r, t, False)), None)
    when = resolve(replace(m.value, year=None), ref) if m is not None else None
    if when is None or when > d.date:
        return None
    said = _user_words(r.text[m.start:m.end])
    approximate = re.search(r"(?<![\w])(?:" + w["approximate_seasons"] + ")", fold(said))
    return w["approximate_form" if approximate else "form"].format(said=said, date=format_date(when))
