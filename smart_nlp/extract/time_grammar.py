"""Deadline grammar: the named time rules, compiled from ``lang/fr/time_words.yaml``.

Each rule is a regex over folded text built from the word lists; its handler (in
``time_handlers``) turns the match into a ``TimeExpr``. A rule only runs on a text that
holds its anchor word, since most goals name one or two kinds of time.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Callable

from ..lang.fr import alternation, load
from ..temporal import TimeExpr
from .scan import WordPatterns
from .time_handlers import TimeHandlers

_YEAR = r"(?:20\d\d)"
_DAY = r"(?:[0-3]?\d)"
_DIGIT = re.compile(r"\d")
Handler = Callable[[re.Match], "TimeExpr | None"]


def _words(items) -> str:
    """Optional words each followed by a space, except elided ones (« l' », « d' »)."""
    return alternation([w if w.endswith("'") else w + " " for w in items])



@dataclass
class _Rule:
    """A named pattern, compiled the first time a text holds its ``anchor`` (the index of
    its key words in ``TimeGrammar.anchors``, None for a digit) and, for a rule of digits,
    its ``need``: a short pattern that every match holds (« 12/05 » holds a digit, a
    separator and a digit), far cheaper to search for than the rule itself."""

    name: str
    source: str
    handler: Handler
    anchor: int | None
    need: re.Pattern | None = None

    @cached_property
    def rx(self) -> re.Pattern:
        return re.compile(self.source)


class TimeGrammar(TimeHandlers):
    """The compiled rules and the context patterns, built once from the data."""

    def __init__(self) -> None:
        tw = self.tw = load("time_words")
        a = lambda key: alternation(tw[key])  # noqa: E731 - a one-word shorthand
        self.months = a("months")
        self.cues = alternation(tw["cues"] + tw["finish_verbs"])
        self.first_day = a("first_day")
        art = rf"(?:{_words(tw['articles'])})"
        edge_words = rf"(?:{_words(tw['edge_links'])})?(?:{_words(tw['edge_articles'])})?"
        edge = rf"(?:{a('edges')}(?: |-){edge_words})"
        self.edge = edge
        self.pre = rf"(?:(?P<trig>{self.cues}) {art}?)?(?P<edge>{edge})?"
        self.art = art
        whole = lambda key: re.compile(rf"(?<![\w])(?:{a(key)})(?![\w])")  # noqa: E731
        self.weak = whole("weak_cues")
        self.period_cues = re.compile(rf"(?<![\w])(?:{alternation(tw['period_cues'] + tw['finish_verbs'])})(?![\w])")
        self.exclusive = whole("exclusive_cues")
        self.firm = whole("firm_cues")
        self.event = whole("event_cues")
        self.self_dated = re.compile(rf"(?<![\w])(?:{a('next_marks')})$")
        self.vague = whole("vague_cues")
        self.this = whole("this_articles")
        self.next_plural = whole("next_plural")
        self.rate_before = re.compile(rf"(?<![\w])(?:{a('rate_before')})\s*$")
        self.compared = re.compile(rf"(?:(?<![\w])(?:{a('compared_before')}))[^,;()]{{0,20}}$")
        self.past_before = re.compile(rf"(?<![\w])(?:{a('past_before')}) $")
        self.past_after = re.compile(rf"^\s*(?:{a('past_after')})")
        self.start_before = re.compile(rf"(?<![\w])(?:{_words(tw['start_cues'])})$")
        self.dateline = re.compile(rf"^\s*{tw['dateline_place']}$")
        self.dateline_end = re.compile(rf"^ ?(?:{a('dateline_end')})")
        self.step = re.compile(rf"(?<![\w])(?:{alternation(load('quantities')['steps'])})(?![\w])")
        # « …, 500 en juin et 1 000 en décembre », « … à 500 en juin »: the next figure and its own date
        self.next_step = re.compile(rf",? (?:(?:{a('step_links')}) )?\d[\d  .,]*(?: ?[a-z%€$]+){{0,3}} ")
        self.weekday_span = re.compile(rf"(?<![\w])(?:{a('weekdays')}) (?:(?:{a('range_links')}) )?$")
        self.window_after = re.compile(rf" (?:{a('window_after')})")
        self.span_triggers = frozenset(tw["span_triggers"])
        self.restated_by = re.compile(tw["restated_by"])
        self.bare_weekday_end = re.compile(tw["bare_weekday_end"])
        self.bare_weekday_not_after = re.compile(rf"(?<![\w])(?:{a('bare_weekday_not_after')}) $")
        self.heading_break = re.compile(r"[.;!?]")
        number_words = alternation(load("numbers")["number_words"])
        self.year_lead = re.compile(rf"(?<![\w])(?:{a('year_word_leads')})")  # a year in words needs no digit
        # the same words without the look-behind, which the engine searches for from their
        # first letters (the look-behind first makes it try every character)
        self._year_lead_words = re.compile(a("year_word_leads"))
        self.year_words = rf"(?:{a('year_word_leads')})(?:[ -](?:(?:{a('number_links')})[ -])?(?:{number_words}))+"
        self.rules = self._rules()

    def _rules(self) -> list[_Rule]:
        tw, pre, months = self.tw, self.pre, self.months
        a = lambda key: alternation(tw[key])  # noqa: E731
        units = tw["duration_units"]
        dur_units = alternation(list(units["months"]) + list(units["days"]))
        num_words = r"(?:\d{1,3}|[a-z]+(?:-[a-z]+)*)"
        rel_units = alternation(list(tw["relative_units"]))
        school = alternation(tw["school_year"]["words"])
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
                         rf"(?:(?P<nb>{a('next_plural')}) )?(?P<n>{num_words})"
                         rf" (?:(?P<na>{a('duration_after')}) )?"
                         rf"(?P<unit>{dur_units})(?: (?P<half>{a('half_words')}))?(?: (?P<tail>{a('duration_tail')}))?",
             self.duration),
            ("day-count", rf"(?P<trig>{a('duration_triggers')}) (?:{_words(tw['day_count_articles'])})?"
                          rf"(?P<unit>{a('day_counts')})(?: {a('day_counts_tail')})?", self.day_count),
            ("day-named", rf"{pre}(?:{a('weekdays')} )?(?P<d>{day}) (?P<mon>{months}){year_opt}(?: {nxt})?",
             self.day_named),
            ("day-words", rf"(?P<trig>{self.cues}) {self.art}?(?:{a('weekdays')} )?(?P<dw>{day_words})"
                          rf" (?P<mon>{months}){year_opt}(?: {nxt})?", self.day_named),
            ("day-iso", rf"{pre}(?P<y>{_YEAR})-(?P<mo>[01]\d)-(?P<d>[0-3]\d)", self.day_iso),
            ("day-numeric", rf"{pre}(?P<d>{_DAY})(?P<sep>[/.-])(?P<mo>[01]?\d)"
                            rf"(?:(?P=sep)(?P<y>{_YEAR}|\d\d))?(?![\d/])(?! ?[%€$])", self.day_numeric),
            ("month-day", rf"(?P<trig>{a('month_day_cues')}) (?:{a('weekdays')} )?(?P<d>{day})"
                          rf"(?: (?P<tail>{a('month_day_tails')}))?(?![.,]\d)"
                          rf"(?=\s*(?:$|[,.;:!?)(]|(?:{a('day_followers')})(?![\w])))", self.month_day),
            ("weekday", rf"(?:(?P<trig>{a('day_cues')}) )?(?P<wd>{a('weekdays')})(?: (?P<next>{nxt}))?"
                        rf"(?: (?P<later>{a('weeks_later')}))?", self.weekday),
            ("weekday-range", rf"(?:(?P<trig>{self.cues}) )?(?:{a('weekday_range_opens')}) {day_art}"
                              rf"(?P<wd1>{a('weekdays')}) {links}(?P<wd>{a('weekdays')})(?: (?P<next>{nxt}))?",
             self.weekday_range),
            ("relative-day", rf"(?:(?P<trig>{self.cues}) )?(?P<rel>{a('relative_days')})", self.relative_day),
            ("range", rf"{opens}(?P<d1>{day})(?: (?P<mon1>{months}))?(?: {_YEAR})? {links}"
                      rf"(?P<d>{day}) (?P<mon>{months}){year_opt}", self.day_range),
            ("range-dash", rf"{pre}(?P<d1>{_DAY})(?: (?P<mon1>{months}))? ?- ?(?P<d>{_DAY}) (?P<mon>{months})"
                           rf"{year_opt}",
             self.day_range),
            ("range-numeric", rf"{opens}(?P<d1>{_DAY})[/.](?P<mo1>[01]?\d)(?:[/.](?:{_YEAR}|\d\d))? {links}"
                              rf"(?P<d>{_DAY})[/.](?P<mo>[01]?\d)(?:[/.](?P<y>{_YEAR}|\d\d))?(?![\d/])(?! ?[%€$])",
             self.numeric_range),
            ("fortnight", rf"{pre}{self.art}?(?P<half>{a('fortnight_halves')}) {tw['fortnight']['word']} "
                          rf"(?:{_words(tw['fortnight']['of'])})(?P<mon>{months}){year_opt}", self.fortnight),
            ("quarter", rf"{pre}(?:(?:{a('quarter_letters')})(?P<qi>[1-4])"
                        rf"|(?P<ord>{a('ordinals')}) {tw['quarter_word']}){year_opt}", self.quarter),
            ("semester", rf"{pre}(?:(?:{a('semester_letters')})(?P<si>[12])"
                         rf"|(?P<ord>{a('ordinals')}) {tw['semester_word']}){year_opt}", self.semester),
            ("month", rf"{pre}(?:{_words(tw['month_intro'])})?(?:(?P<open>{a('range_opens')}) )?"
                      rf"(?:(?P<mon1>{months})(?: (?:{a('month_links')})(?: (?:{a('month_link_repeats')}))? |-))?"
                      rf"(?P<mon>{months})(?: (?P<y>{_YEAR})| (?P<next>{nxt}))?", self.month),
            ("relative", rf"{pre}(?P<art>{self.art})?(?P<unit>{rel_units})(?P<cur>{cur})?(?: (?P<next>{nxt}))?"
                         rf"(?! (?:{a('relative_not')}))", self.relative),
            ("school-year", rf"{pre}(?:(?P<sart>{a('this_articles')}) |l')?(?:{school})", self.school_year),
            ("label-period", rf"(?P<label>{a('goal_labels')}) {self.art}(?P<unit>{rel_units})"
                             rf"(?= ?(?:{a('goal_label_links')}))", self.label_period),
            ("next-relative", rf"{pre}(?P<art>{self.art})?(?P<next>{nxt}) (?P<unit>{rel_units})(?P<cur>)",
             self.relative),
            ("season", rf"{pre}(?:(?P<sart>{_words(tw['season_articles'])}))?(?P<season>{a('seasons')})"
                       rf"(?: (?P<y>{_YEAR})(?:-{_YEAR})?)?(?: (?P<next>{nxt}))?", self.season),
            ("rentree", rf"(?:(?P<trig>{self.cues}|{a('named_day_cues')}) )?(?P<art>{self.art})?"
                        rf"(?P<w>{tw['rentree']['word']})(?: (?:{a('rentree_tails')}))?(?: (?P<y>{_YEAR}))?"
                        rf"(?! (?:{a('rentree_not')}))", self.rentree),
            ("holiday", rf"{named_pre}(?P<hol>{a('holidays')})(?: (?P<y>{_YEAR}))?", self.holiday),
            ("feast", rf"{named_pre}(?P<feast>{a('feasts')})(?: (?P<y>{_YEAR}))?", self.feast),
            ("year", rf"(?:(?P<trig>{self.cues}|{a('year_cues')}) (?P<link>{_words(tw['year_links'])})?"
                     rf"|(?P<edge>{self.edge}))(?:(?P<y0>{_YEAR})(?: ?[-/] ?| (?:{a('range_links')}) ))?"
                     rf"(?P<y>{_YEAR}|{self.year_words})(?!\d|[,.]\d)", self.year),
            ("year-scope", rf"(?:{a('year_scope_dets')}) [a-z-]+[sx] (?:{a('year_scope_of')})(?: (?P<next>{nxt}))?"
                           rf"(?! (?:{a('past_after')}))",
             self.year_scope),
            ("label-year", rf"(?P<y>{_YEAR})(?=[^:;,.!?]{{0,{tw['label_year_reach']}}}?"
                           rf" ?(?:{a('label_year_ends')}))", self.label_year),
        ]
        # A rule only runs on a text holding its key word (cheap to search for): most
        # goals name one or two kinds of time, and the full patterns are slow to try.
        anchors = {"duration": dur_units, "day-count": a("day_counts"), "day-named": months, "range": months,
                   "day-words": months,
                   "fortnight": tw["fortnight"]["word"], "month": months, "weekday": a("weekdays"),
                   "weekday-range": a("weekdays"),
                   "relative-day": a("relative_days"), "relative": rel_units, "next-relative": nxt,
                   "label-period": a("goal_labels"), "school-year": school, "year-scope": a("year_scope_of"),
                   "quarter": rf"{tw['quarter_word']}|{a('quarter_letters')}[1-4]",
                   "semester": rf"{tw['semester_word']}|{a('semester_letters')}[12]",
                   "season": a("seasons"), "rentree": tw["rentree"]["word"], "holiday": a("holidays"),
                   "feast": a("feasts")}
        words = list(dict.fromkeys(anchors.values()))
        self.anchor_words = words
        self.anchors = WordPatterns(words)  # all looked for in one pass
        # What a match of each rule of digits must hold (see the rules above: a day, a
        # separator and a month number; a dash then a day; a year in digits or in words).
        needs = {"day-iso": r"\d-[01]\d-\d", "day-numeric": r"\d[/.-][01]?\d", "range-numeric": r"\d[/.][01]?\d",
                 "range-dash": r"- ?\d", "label-year": _YEAR, "year": rf"{_YEAR}|{self.year_lead.pattern}"}
        compiled = {need: re.compile(need) for need in needs.values()}
        # a year in digits or in words: found when either is, without searching the two at once
        self._year_need, self._year_digits = compiled[needs["year"]], compiled[_YEAR]
        self.needs = [need for need in compiled.values() if need is not self._year_need]
        return [_Rule(name, r"(?<![\w])" + rx + r"(?![\w])", fn,
                      words.index(anchors[name]) if name in anchors else None,
                      compiled[needs[name]] if name in needs else None) for name, rx, fn in rules]

    def runnable(self, folded: str) -> list[_Rule]:
        """The rules whose anchor (for a rule of digits: a digit and its need) the text holds, in order."""
        held = {j for _, j, _ in self.anchors.matches(folded)}
        lead = self._year_lead_words.search(folded) is not None and self.year_lead.search(folded) is not None
        if not (_DIGIT.search(folded) is not None or lead):
            return [r for r in self.rules if r.anchor in held]
        needs = {need: need.search(folded) is not None for need in self.needs}  # shared by several rules
        needs[self._year_need] = needs[self._year_digits] or lead
        return [r for r in self.rules
                if (r.anchor in held if r.anchor is not None else r.need is None or needs[r.need])]


@lru_cache(maxsize=1)
def grammar() -> TimeGrammar:
    return TimeGrammar()
