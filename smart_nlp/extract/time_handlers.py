"""Deadline handlers: one method per named time rule, turning its match into a ``TimeExpr``.

A handler returns ``None`` when the match names no date after all (« le vendredi » is
every Friday, « la campagne de rentrée » an event). The patterns live in ``time_grammar``.
"""
from __future__ import annotations

import re

from ..temporal import Day, Feast, Offset, Period, Season, TimeExpr, Weekday, impossible
from .numbers import parse_words


def _num(raw: str, one: list[str]) -> int | None:
    raw = raw.strip()
    if raw.isdigit():
        return int(raw)
    if raw in one:  # « un an »: a lone « un » is a number here
        return 1
    value = parse_words(raw)
    return int(value) if value else None



def _valid_day(d: int, month: int | None) -> bool:
    """A day some month has: « le 31 février » is read (and said impossible), never « le 32 »."""
    return 1 <= d <= 31 and (month is None or 1 <= month <= 12)



class TimeHandlers:
    """Mixin of ``TimeGrammar``: reads the word lists (``tw``) and context patterns it compiles."""

    def month_of(self, raw: str) -> int:
        return self.tw["months"][raw.rstrip(".")]

    def is_weak(self, trig: str | None) -> bool:
        return bool(trig) and bool(self.weak.fullmatch(trig.strip()))

    def duration(self, m: re.Match) -> TimeExpr | None:
        said_next = m["nb"] or (m["na"] and self.next_plural.fullmatch(m["na"])) or \
            (m["tail"] and self.next_plural.fullmatch(m["tail"]))
        if not (m["trig"] or said_next):
            return None
        n = _num(m["n"], self.tw["one_words"])
        if not n or n > 60:
            return None
        units, half = self.tw["duration_units"], bool(m["half"])  # « un an et demi »
        for pat, k in units["months"].items():
            if re.fullmatch(pat, m["unit"]):
                return Offset(months=n * k + (k // 2 if half else 0), days=15 if half and k % 2 else 0)
        for pat, k in units["days"].items():
            if re.fullmatch(pat, m["unit"]):
                return Offset(days=n * k + (k // 2 if half else 0))
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
        if not y and m["sep"] == "." and (self.is_weak(m["trig"]) or impossible(Day(d, mo))):
            return None  # « de 1.5 à 2.2 % », « 31.04 » are decimal numbers
        if not y and m["sep"] == "/" and (m["trig"] or "").strip() in self.tw["score_cues"] \
                and m["mo"] in self.tw["score_totals"]:
            return None  # « une note de 9/10 » is a score
        return Day(d, mo, int(y) + (2000 if len(y) == 2 else 0) if y else None)

    def month_day(self, m: re.Match) -> TimeExpr | None:
        first = self._first(m["d"])
        if first and self.is_weak(m["trig"]):
            return None  # « devenir le 1er » is a rank
        d = 1 if first else int(m["d"])
        ahead = self.tw["month_day_tails"][m["tail"]] if m["tail"] else None
        return Day(d, months_ahead=ahead) if _valid_day(d, None) else None

    def weekday(self, m: re.Match) -> TimeExpr | None:
        ends = m.end() == len(m.string.rstrip()) or self.bare_weekday_end.match(m.string, m.end())
        bare = not m["trig"] and ends and \
            not self.bare_weekday_not_after.search(m.string, max(0, m.start() - 12), m.start())
        if not (m["next"] or m["later"] or bare) and (not m["trig"] or self.is_weak(m["trig"])):
            return None  # « le vendredi » is every Friday; « TODO jeudi : » is this Thursday
        if self.weekday_span.search(m.string[:m.start()]):
            return None  # « du lundi au vendredi » is every working day
        weeks = self.tw["weeks_later"][m["later"]] if m["later"] else 0
        return Weekday(self.tw["weekdays"][m["wd"]], weeks)

    def weekday_range(self, m: re.Match) -> TimeExpr | None:
        days = self.tw["weekdays"]
        return Weekday(days[m["wd"]], since=days[m["wd1"]])

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
        mon, y = self.month_of(m["mon"]), int(m["y"]) if m["y"] else None
        if m["trig"] and self.exclusive.fullmatch(m["trig"].strip()) and not m["edge"]:
            # « avant septembre »: by the end of August
            return Period("month", 12, y - 1 if y else None) if mon == 1 else Period("month", mon - 1, y)
        return Period("month", mon, y, 1 if m["next"] else 0)

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

    def school_year(self, m: re.Match) -> TimeExpr | None:
        """« d'ici la fin de l'année scolaire »: the school year under way ends in summer."""
        if self.event.fullmatch((m["trig"] or "").strip()) or not (m["trig"] or m["edge"] or m["sart"]):
            return None  # « le spectacle de fin d'année scolaire » names an event
        return Period("month", self.tw["school_year"]["end_month"], None)

    def label_period(self, m: re.Match) -> TimeExpr:
        """« KPI du mois : … »: the label's period under way is the deadline, unless a cue says another."""
        return Period(self.tw["relative_units"][m["unit"]], None, None, 0)

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
        """« les œufs de Pâques », « le marché de Noël »: the day names a product or an event;
        one that says it is the next (« la saison prochaine ») dates the goal on its own."""
        if not (m["trig"] or m["edge"]) and self.self_dated.search(m[0]):
            return False
        return not (m["trig"] or m["edge"]) or (self.event.fullmatch(m["trig"] or "") and not m["edge"])

    def feast(self, m: re.Match) -> TimeExpr | None:
        if self._names_event(m):
            return None
        key = next(v for k, v in self.tw["feasts"].items() if re.fullmatch(k, m["feast"]))
        return Feast(key, int(m["y"]) if m["y"] else None)

    def year_value(self, raw: str) -> int | None:
        """A year in digits, or in words between 2001 and 2099 (« deux mille vingt-sept »)."""
        if raw.isdigit():
            return int(raw)
        value = parse_words(raw.replace("-", " "))
        return int(value) if value and value == int(value) and 2000 < value < 2100 else None

    def year(self, m: re.Match) -> TimeExpr | None:
        y = self.year_value(m["y"])
        if y is None:
            return None
        if m["y0"] and int(m["y0"]) >= y:
            return None  # « 2027-2026 » is no span of years
        trig = (m["trig"] or "").strip()
        if self.exclusive.fullmatch(trig) and not (m["edge"] or m["link"]):
            y -= 1  # « avant 2027 »: by the end of 2026
        if m["link"] and m["link"].strip() in self.tw["school_year"]["links"]:
            return Period("month", self.tw["school_year"]["end_month"], y)  # a school year ends in summer
        if m["edge"] and re.match(r"[a-z]+", m["edge"]).group() in self.tw["mid_edges"]:
            return Period("semester", 1, y)  # « d'ici mi-2027 »: the end of its first half
        return Period("year", 1, y)

    def year_scope(self, m: re.Match) -> TimeExpr:
        """« pour les salons de l'année (prochaine) »: the end of that year."""
        return Period("year", None, None, 1 if m["next"] else 0)

    def label_year(self, m: re.Match) -> TimeExpr | None:
        """« Plan de collecte 2026 : … »: a year in the goal's heading, near its start."""
        if m.start() > self.tw["label_year_within"] or self.heading_break.search(m.string, 0, m.start()):
            return None
        return Period("year", 1, int(m["y"]))
