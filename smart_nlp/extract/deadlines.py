"""Deadline grammar: French time expressions → ``TimeExpr`` (unresolved).

Each rule is a named regex over folded text, built from the word lists of
``lang/fr/time_words.yaml``; its handler turns the match into a ``TimeExpr``
(``Offset``, ``Period``, ``Day``, ``Weekday`` or ``Season``). ``find_times`` returns
every time expression (so that their numbers are never read as targets);
``pick_deadline`` chooses the one that states when the goal is due.
"""
from __future__ import annotations

import calendar
import re
from datetime import date
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Callable

from ..lang.fr import alternation, load
from ..temporal import (BeyondCalendar, Day, Feast, Offset, Period, Season, TimeExpr, Weekday, explicit_year,
                        resolve_strict)
from .base import Mention, longest_first
from .numbers import parse_words

_YEAR = r"(?:20\d\d)"
_DAY = r"(?:[0-3]?\d)"
Handler = Callable[[re.Match], "TimeExpr | None"]


def _num(raw: str, one: list[str]) -> int | None:
    raw = raw.strip()
    if raw.isdigit():
        return int(raw)
    if raw in one:  # « un an »: a lone « un » is a number here
        return 1
    value = parse_words(raw)
    return int(value) if value else None


def _words(items) -> str:
    """Optional words each followed by a space, except elided ones (« l' », « d' »)."""
    return alternation([w if w.endswith("'") else w + " " for w in items])


def _valid_day(d: int, month: int | None) -> bool:
    return 1 <= d <= (calendar.monthrange(2000, month)[1] if month else 31)


@dataclass
class _Rule:
    """A named pattern, compiled the first time a text holds its ``anchor``."""

    name: str
    source: str
    handler: Handler
    anchor: re.Pattern

    @cached_property
    def rx(self) -> re.Pattern:
        return re.compile(self.source)


class _Grammar:
    """The compiled rules and the context patterns, built once from the data."""

    def __init__(self) -> None:
        tw = self.tw = load("time_words")
        a = lambda key: alternation(tw[key])  # noqa: E731 - a one-word shorthand
        self.months = a("months")
        self.cues = a("cues")
        self.first_day = a("first_day")
        art = rf"(?:{_words(tw['articles'])})"
        edge = rf"(?:{a('edges')}(?: |-)(?:{_words(tw['edge_links'])})?(?:{_words(tw['edge_articles'])})?)"
        self.edge = edge
        self.pre = rf"(?:(?P<trig>{self.cues}) {art}?)?(?P<edge>{edge})?"
        self.art = art
        whole = lambda key: re.compile(rf"(?<![\w])(?:{a(key)})(?![\w])")  # noqa: E731
        self.weak = whole("weak_cues")
        self.period_cues = whole("period_cues")
        self.exclusive = whole("exclusive_cues")
        self.firm = whole("firm_cues")
        self.event = whole("event_cues")
        self.vague = whole("vague_cues")
        self.this = whole("this_articles")
        self.next_plural = whole("next_plural")
        self.rate_before = re.compile(rf"(?<![\w])(?:{a('rate_before')})\s*$")
        self.compared = re.compile(rf"(?:(?<![\w])(?:{a('compared_before')}))[^,;()]{{0,20}}$")
        self.past_before = re.compile(rf"(?<![\w])(?:{a('past_before')}) $")
        self.past_after = re.compile(rf"^\s*(?:{a('past_after')})")
        self.start_before = re.compile(rf"(?<![\w])(?:{_words(tw['start_cues'])})$")
        self.weekday_span = re.compile(rf"(?<![\w])(?:{a('weekdays')}) (?:(?:{a('range_links')}) )?$")
        self.rules = self._rules()

    def month_of(self, raw: str) -> int:
        return self.tw["months"][raw.rstrip(".")]

    def is_weak(self, trig: str | None) -> bool:
        return bool(trig) and bool(self.weak.fullmatch(trig.strip()))

    def _rules(self) -> list[_Rule]:
        tw, pre, months = self.tw, self.pre, self.months
        a = lambda key: alternation(tw[key])  # noqa: E731
        units = tw["duration_units"]
        dur_units = alternation(list(units["months"]) + list(units["days"]))
        num_words = r"(?:\d{1,3}|[a-z]+(?:-[a-z]+)*)"
        rel_units = alternation(list(tw["relative_units"]))
        cur = alternation([c if c.startswith("-") else " " + c for c in tw["current_marks"]])
        nxt = a("next_marks")
        year_opt = rf"(?: (?:{_words(tw['year_of'])})?(?P<y>{_YEAR}))?"
        day = rf"(?:{self.first_day}|{_DAY})"
        day_art = rf"(?:{_words(tw['day_articles'])})?"
        day_words = rf"[a-z]+(?:(?:-| |{alternation([f' {w} ' for w in tw['number_links']])})[a-z]+){{0,2}}"
        opens = rf"(?:(?P<trig>{self.cues}) )?(?:{a('range_opens')}) {day_art}"
        links = rf"(?:{a('range_links')}) {day_art}"
        named_pre = rf"(?:(?P<trig>{self.cues}|{a('named_day_cues')}) {self.art}?)?(?P<edge>{self.edge})?"
        rules: list[tuple[str, str, Handler]] = [
            ("duration", rf"(?:(?P<trig>{a('duration_triggers')}) )?(?:{_words(tw['duration_articles'])})?"
                         rf"(?:(?P<nb>{a('next_plural')}) )?(?P<n>{num_words}) (?:(?P<na>{a('duration_after')}) )?"
                         rf"(?P<unit>{dur_units})(?: (?P<tail>{a('duration_tail')}))?", self.duration),
            ("day-count", rf"(?P<trig>{a('duration_triggers')}) (?:{_words(tw['day_count_articles'])})?"
                          rf"(?P<unit>{a('day_counts')})(?: {a('day_counts_tail')})?", self.day_count),
            ("day-named", rf"{pre}(?:{a('weekdays')} )?(?P<d>{day}) (?P<mon>{months}){year_opt}(?: {nxt})?",
             self.day_named),
            ("day-words", rf"(?P<trig>{self.cues}) {self.art}?(?:{a('weekdays')} )?(?P<dw>{day_words}) (?P<mon>{months})"
                          rf"{year_opt}(?: {nxt})?", self.day_named),
            ("day-iso", rf"{pre}(?P<y>{_YEAR})-(?P<mo>[01]\d)-(?P<d>[0-3]\d)", self.day_iso),
            ("day-numeric", rf"{pre}(?P<d>{_DAY})(?P<sep>[/.-])(?P<mo>[01]?\d)(?:(?P=sep)(?P<y>{_YEAR}|\d\d))?(?![\d/])",
             self.day_numeric),
            ("month-day", rf"(?P<trig>{a('month_day_cues')}) (?:{a('weekdays')} )?(?P<d>{day})(?: (?P<tail>{a('month_day_tails')}))?"
                          rf"(?![.,]\d)(?=\s*(?:$|[,.;:!?)(]|(?:{a('day_followers')})(?![\w])))", self.month_day),
            ("weekday", rf"(?:(?P<trig>{a('day_cues')}) )?(?P<wd>{a('weekdays')})(?: (?P<next>{nxt}))?"
                        rf"(?: (?P<later>{a('weeks_later')}))?", self.weekday),
            ("relative-day", rf"(?:(?P<trig>{self.cues}) )?(?P<rel>{a('relative_days')})", self.relative_day),
            ("range", rf"{opens}(?P<d1>{day})(?: (?P<mon1>{months}))?(?: {_YEAR})? {links}"
                      rf"(?P<d>{day}) (?P<mon>{months}){year_opt}", self.day_range),
            ("range-dash", rf"{pre}(?P<d1>{_DAY}) ?- ?(?P<d>{_DAY}) (?P<mon>{months}){year_opt}", self.day_range),
            ("range-numeric", rf"{opens}(?P<d1>{_DAY})[/.](?P<mo1>[01]?\d)(?:[/.](?:{_YEAR}|\d\d))? {links}"
                              rf"(?P<d>{_DAY})[/.](?P<mo>[01]?\d)(?:[/.](?P<y>{_YEAR}|\d\d))?(?![\d/])", self.numeric_range),
            ("fortnight", rf"{pre}{self.art}?(?P<half>{a('fortnight_halves')}) {tw['fortnight']['word']} "
                          rf"(?:{_words(tw['fortnight']['of'])})(?P<mon>{months}){year_opt}", self.fortnight),
            ("quarter", rf"{pre}(?:(?:{a('quarter_letters')})(?P<qi>[1-4])|(?P<ord>{a('ordinals')}) {tw['quarter_word']}){year_opt}",
             self.quarter),
            ("semester", rf"{pre}(?:(?:{a('semester_letters')})(?P<si>[12])|(?P<ord>{a('ordinals')}) {tw['semester_word']}){year_opt}",
             self.semester),
            ("month", rf"{pre}(?:{_words(tw['month_intro'])})?(?:(?P<open>{a('range_opens')}) )?"
                      rf"(?:(?P<mon1>{months})(?: (?:{a('month_links')}) |-))?"
                      rf"(?P<mon>{months})(?: (?P<y>{_YEAR}))?", self.month),
            ("relative", rf"{pre}(?P<art>{self.art})?(?P<unit>{rel_units})(?P<cur>{cur})?(?: (?P<next>{nxt}))?",
             self.relative),
            ("next-relative", rf"{pre}(?P<art>{self.art})?(?P<next>{nxt}) (?P<unit>{rel_units})(?P<cur>)", self.relative),
            ("season", rf"{pre}(?:(?P<sart>{_words(tw['season_articles'])}))?(?P<season>{a('seasons')})"
                       rf"(?: (?P<y>{_YEAR}))?(?: (?P<next>{nxt}))?", self.season),
            ("rentree", rf"(?:(?P<trig>{self.cues}|{a('named_day_cues')}) )?(?P<art>{self.art})?"
                        rf"(?P<w>{tw['rentree']['word']})(?: (?:{a('rentree_tails')}))?(?: (?P<y>{_YEAR}))?"
                        rf"(?! (?:{a('rentree_not')}))", self.rentree),
            ("holiday", rf"{named_pre}(?P<hol>{a('holidays')})(?: (?P<y>{_YEAR}))?", self.holiday),
            ("feast", rf"{named_pre}(?P<feast>{a('feasts')})(?: (?P<y>{_YEAR}))?", self.feast),
            ("year", rf"(?:(?P<trig>{self.cues}|{a('year_cues')}) (?P<link>{_words(tw['year_links'])})?|(?P<edge>{self.edge}))"
                     rf"(?:(?P<y0>{_YEAR})(?: ?[-/] ?| (?:{a('range_links')}) ))?(?P<y>{_YEAR})(?!\d|[,.]\d)", self.year),
        ]
        # A rule only runs on a text holding its key word (cheap to search for): most
        # goals name one or two kinds of time, and the full patterns are slow to try.
        digit = r"\d"
        anchors = {"duration": dur_units, "day-count": a("day_counts"), "day-named": months, "range": months,
                   "day-words": months,
                   "fortnight": tw["fortnight"]["word"], "month": months, "weekday": a("weekdays"),
                   "relative-day": a("relative_days"), "relative": rel_units, "next-relative": nxt,
                   "quarter": rf"{tw['quarter_word']}|{a('quarter_letters')}[1-4]",
                   "semester": rf"{tw['semester_word']}|{a('semester_letters')}[12]",
                   "season": a("seasons"), "rentree": tw["rentree"]["word"], "holiday": a("holidays"),
                   "feast": a("feasts")}
        return [_Rule(name, r"(?<![\w])" + rx + r"(?![\w])", fn,
                      re.compile(rf"(?<![\w])(?:{anchors[name]})(?![\w])" if name in anchors else digit))
                for name, rx, fn in rules]

    # ------------------------------------------------------------------ handlers

    def duration(self, m: re.Match) -> TimeExpr | None:
        said_next = m["nb"] or (m["na"] and self.next_plural.fullmatch(m["na"])) or \
            (m["tail"] and self.next_plural.fullmatch(m["tail"]))
        if not (m["trig"] or said_next):
            return None
        n = _num(m["n"], self.tw["one_words"])
        if not n or n > 60:
            return None
        units = self.tw["duration_units"]
        for pat, k in units["months"].items():
            if re.fullmatch(pat, m["unit"]):
                return Offset(months=n * k)
        for pat, k in units["days"].items():
            if re.fullmatch(pat, m["unit"]):
                return Offset(days=n * k)
        return None

    def day_count(self, m: re.Match) -> TimeExpr:
        return Offset(days=self.tw["day_counts"][m["unit"]])

    def day_named(self, m: re.Match) -> TimeExpr | None:
        if m.groupdict().get("dw"):  # « le quinze mars », « le trente et un décembre »
            value = parse_words(m["dw"])
            d = int(value) if value and value == int(value) else 0
        else:
            d = 1 if self._first(m["d"]) else int(m["d"])
        mon = self.month_of(m["mon"])
        if not _valid_day(d, mon):
            return None
        return Day(d, mon, int(m["y"]) if m["y"] else None)

    def _first(self, raw: str) -> bool:
        return raw in self.tw["first_day"]

    def day_iso(self, m: re.Match) -> TimeExpr | None:
        d, mo = int(m["d"]), int(m["mo"])
        return Day(d, mo, int(m["y"])) if 1 <= mo <= 12 and _valid_day(d, mo) else None

    def day_numeric(self, m: re.Match) -> TimeExpr | None:
        d, mo, y = int(m["d"]), int(m["mo"]), m["y"]
        if not (1 <= mo <= 12 and _valid_day(d, mo)):
            return None
        bare_ok = m["sep"] == "/" and len(m["d"]) == 2 and len(m["mo"]) == 2
        if not y and (m["sep"] == "-" or not (m["trig"] or bare_ok)):
            return None
        return Day(d, mo, int(y) + (2000 if len(y) == 2 else 0) if y else None)

    def month_day(self, m: re.Match) -> TimeExpr | None:
        first = self._first(m["d"])
        if first and self.is_weak(m["trig"]):
            return None  # « devenir le 1er » is a rank
        d = 1 if first else int(m["d"])
        ahead = self.tw["month_day_tails"][m["tail"]] if m["tail"] else None
        return Day(d, months_ahead=ahead) if _valid_day(d, None) else None

    def weekday(self, m: re.Match) -> TimeExpr | None:
        if not (m["next"] or m["later"]) and (not m["trig"] or self.is_weak(m["trig"])):
            return None  # « le vendredi » is every Friday
        if self.weekday_span.search(m.string[:m.start()]):
            return None  # « du lundi au vendredi » is every working day
        weeks = self.tw["weeks_later"][m["later"]] if m["later"] else 0
        return Weekday(self.tw["weekdays"][m["wd"]], weeks)

    def relative_day(self, m: re.Match) -> TimeExpr | None:
        return Offset(days=self.tw["relative_days"][m["rel"]])

    def day_range(self, m: re.Match) -> TimeExpr | None:
        mon = self.month_of(m["mon"])
        d1 = 1 if self._first(m["d1"]) else int(m["d1"])
        d = 1 if self._first(m["d"]) else int(m["d"])
        mon1 = self.month_of(m["mon1"]) if m.groupdict().get("mon1") else mon
        if not (_valid_day(d1, mon1) and _valid_day(d, mon)) or (mon1 == mon and d1 >= d):
            return None
        return Day(d, mon, int(m["y"]) if m["y"] else None)

    def numeric_range(self, m: re.Match) -> TimeExpr | None:
        d1, mo1, d, mo = int(m["d1"]), int(m["mo1"]), int(m["d"]), int(m["mo"])
        if not (1 <= mo1 <= 12 and 1 <= mo <= 12 and _valid_day(d1, mo1) and _valid_day(d, mo)):
            return None
        y = m["y"]
        return Day(d, mo, int(y) + (2000 if len(y) == 2 else 0) if y else None)

    def fortnight(self, m: re.Match) -> TimeExpr:
        mon, y = self.month_of(m["mon"]), int(m["y"]) if m["y"] else None
        if self.tw["fortnight_halves"][m["half"]] == 1:
            return Day(15, mon, y)
        return Period("month", mon, y)

    def quarter(self, m: re.Match) -> TimeExpr:
        idx = int(m["qi"]) if m["qi"] else self.tw["ordinals"][m["ord"]]
        return Period("quarter", idx, int(m["y"]) if m["y"] else None)

    def semester(self, m: re.Match) -> TimeExpr | None:
        idx = int(m["si"]) if m["si"] else self.tw["ordinals"][m["ord"]]
        if idx > 2:
            return None  # « quatrième semestre » does not exist
        return Period("semester", idx, int(m["y"]) if m["y"] else None)

    def month(self, m: re.Match) -> TimeExpr | None:
        if not (m["trig"] or m["edge"] or m["y"] or (m["open"] and m["mon1"])):
            return None
        return Period("month", self.month_of(m["mon"]), int(m["y"]) if m["y"] else None)

    def relative(self, m: re.Match) -> TimeExpr | None:
        unit = self.tw["relative_units"][m["unit"]]
        nxt = bool(m["next"])
        this = bool(m["art"] and self.this.fullmatch(m["art"].strip()))
        trig = (m["trig"] or "").strip()
        said = nxt or this or bool(m["edge"]) or bool(m["cur"])
        if self.event.fullmatch(trig):
            return None  # « le spectacle de fin d'année » names an event, not a deadline
        if self.vague.fullmatch(trig) and unit in ("month", "week") and not said:
            return None  # « dans le mois » is vague
        if not (said or self.period_cues.fullmatch(trig)):
            return None
        return Period(unit, None, None, 1 if nxt else 0)

    def season(self, m: re.Match) -> TimeExpr | None:
        if not (m["trig"] or m["sart"] or m["edge"]) or (self.is_weak(m["trig"]) and not m["edge"]):
            return None
        s = self.tw["seasons"][m["season"]]
        before = bool(m["trig"] and self.exclusive.fullmatch(m["trig"].strip()) and not m["edge"])
        return Season(tuple(s["start"]), tuple(s["end"]), int(m["y"]) if m["y"] else None, before, bool(m["next"]))

    def rentree(self, m: re.Match) -> TimeExpr | None:
        if not (m["trig"] or m["art"]) or self.event.fullmatch((m["trig"] or "").strip()):
            return None  # « la campagne de rentrée » names an event
        r = self.tw["rentree"]
        return Day(r["day"], r["month"], int(m["y"]) if m["y"] else None)

    def holiday(self, m: re.Match) -> TimeExpr | None:
        if self._names_event(m):
            return None
        key = next(k for k in self.tw["holidays"] if re.fullmatch(k, m["hol"]))
        mo, d = self.tw["holidays"][key]
        return Day(d, mo, int(m["y"]) if m["y"] else None)

    def _names_event(self, m: re.Match) -> bool:
        """« les œufs de Pâques », « le marché de Noël »: the day names a product or an event."""
        return not (m["trig"] or m["edge"]) or (self.event.fullmatch(m["trig"] or "") and not m["edge"])

    def feast(self, m: re.Match) -> TimeExpr | None:
        if self._names_event(m):
            return None
        key = next(v for k, v in self.tw["feasts"].items() if re.fullmatch(k, m["feast"]))
        return Feast(key, int(m["y"]) if m["y"] else None)

    def year(self, m: re.Match) -> TimeExpr | None:
        y = int(m["y"])
        if m["y0"] and int(m["y0"]) >= y:
            return None  # « 2027-2026 » is no span of years
        trig = (m["trig"] or "").strip()
        if self.exclusive.fullmatch(trig) and not (m["edge"] or m["link"]):
            y -= 1  # « avant 2027 »: by the end of 2026
        return Period("year", 1, y)


@lru_cache(maxsize=1)
def _grammar() -> _Grammar:
    return _Grammar()


def find_times(folded: str) -> list[Mention]:
    """Every time expression of the text, as mentions whose value is a ``TimeExpr``."""
    g = _grammar()
    found = []
    for rule in g.rules:
        if not rule.anchor.search(folded):
            continue
        name, fn = rule.name, rule.handler
        for m in rule.rx.finditer(folded):
            before = folded[max(0, m.start() - 30):m.start()]
            if g.rate_before.search(before[-16:]):
                continue
            if name in ("relative-day", "weekday") and not m["trig"] and g.start_before.search(before):
                continue  # « dès demain », « le monde d'après-demain »
            if name == "relative-day" and m["trig"] and g.start_before.search(m["trig"] + " "):
                continue
            expr = fn(m)
            if expr is None:
                continue
            firm = bool(g.firm.fullmatch((m.groupdict().get("trig") or "").strip()))
            past = bool(g.past_after.match(folded[m.end():]) or (g.compared.search(before) and not firm)
                        or g.past_before.search(before))
            found.append(Mention(m.start(), m.end(), "DEADLINE", expr, rule=name,
                                 extra={"past": past, "trig": m.groupdict().get("trig")}))
    return longest_first(found)


def _rank(m: Mention) -> int:
    expr = m.value
    if isinstance(expr, Period):
        return {"week": 1, "month": 1, "quarter": 2, "semester": 3, "year": 4}[expr.unit]
    return {Day: 0, Weekday: 0, Feast: 0, Offset: 1, Season: 2}[type(expr)]


def pick_deadline(times: list[Mention], ref: date, keep_past: bool = False) -> tuple[Mention, date] | None:
    """The most precise time expression still ahead of ``ref``, with its date.

    With ``keep_past``, a date whose year the text states (« en 2020 ») is kept when no
    date lies ahead, even if it is before ``ref``: the goal is time-bound, but late.
    """
    g = _grammar()
    ahead, late = [], []
    for m in times:
        if m.extra.get("past"):
            continue
        try:
            when = resolve_strict(m.value, ref)
        except BeyondCalendar:
            continue
        if when is None:
            continue
        weak = g.is_weak(m.extra.get("trig"))
        key = (weak, _rank(m), m.start, m, when)
        if when >= ref:
            ahead.append(key)
        elif keep_past and explicit_year(m.value) and not weak:
            late.append(key)
    pool = ahead or late
    if not pool:
        return None
    *_, m, when = min(pool, key=lambda c: (c[0], c[1], c[2]))
    return m, when


def beyond_calendar(times: list[Mention], ref: date) -> Mention | None:
    """The first time expression that would end after the year 9999 (« dans 3 mois » on
    9999-12-31): it cannot be a date, and the analysis says so."""
    for m in times:
        try:
            resolve_strict(m.value, ref)
        except BeyondCalendar:
            return m
    return None
