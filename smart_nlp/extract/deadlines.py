"""Deadlines: every time expression of a goal, reference-free.

``find_times`` runs the named rules of ``time_grammar`` (so that their numbers are never
read as targets); ``resolve.deadline.pick_deadline`` later chooses the one that states
when the goal is due, against the reference date.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..lang.fr import alternation, load
from ..temporal import Day, Period
from ..text import fold
from .base import Mention, inside, longest_first
from .context import role, starts_at
from .kpi_forms import forms
from .means import mark_means_dates
from .time_grammar import grammar

_RELATIVE = ("duration", "relative", "day-count", "next-relative")  # rules that count from now


def find_times(folded: str) -> list[Mention]:
    """Every time expression of the text, as mentions whose value is a ``TimeExpr``."""
    g = grammar()
    found = []
    for rule in g.runnable(folded):
        name, fn = rule.name, rule.handler
        for m in rule.rx.finditer(folded):
            before = folded[max(0, m.start() - 30):m.start()]
            if g.rate_before.search(before[-16:]):
                continue
            trig = m.groupdict().get("trig")  # None when the rule has no cue, or its cue is absent
            if name in ("relative-day", "weekday") and not trig and g.start_before.search(before):
                continue  # « dès demain », « le monde d'après-demain »
            if name == "relative-day" and trig and g.start_before.search(trig + " "):
                continue
            expr = fn(m)
            if expr is None:
                continue
            firm = bool(g.firm.fullmatch((trig or "").strip()))
            past = bool(g.past_after.match(folded[m.end():]) or (g.compared.search(before) and not firm)
                        or _dateline(folded, m)
                        or g.past_before.search(before) or (not firm and role(folded, m.start()) is not None)
                        or starts_at(folded, m.end("trig") + 1 if trig else m.start()))
            # « dans l'année suivant l'ouverture du compte »: counted from another event
            window = name in _RELATIVE and (bool(g.window_after.match(folded, m.end()))
                                            or _after_repeat(folded, m.start()))
            found.append(Mention(m.start(), m.end(), "DEADLINE", expr, rule=name,
                                 extra={"past": past or window, "trig": trig,
                                        "weak": g.is_weak(trig) or name == "label-year"}))
    times = longest_first(found)
    times = sorted(times + _elided_ordinals(folded, times), key=lambda t: t.start)
    mark_means_dates(folded, times, g.firm)
    _mark_steps(folded, times)
    _weaken_spans(g, folded, times)
    _weaken_action_dates(folded, times)
    return times


@lru_cache(maxsize=1)
def _repeat_forms() -> frozenset[str]:
    """Forms of the verbs whose act is counted again within a span (kpi_verbs.yaml)."""
    verbs = {fold(v) for v in load("kpi_verbs")["window_verbs"]}
    return frozenset(f for f, inf in forms().items() if inf in verbs)


def _after_repeat(folded: str, start: int) -> bool:
    """« qu'un client sur trois revienne dans les 6 mois », « renouvellent sous 90 jours »:
    a span right after a verb of coming back is the window the return is counted in."""
    words = re.findall(r"[a-z]+", folded[max(0, start - 30):start])
    return bool(words) and words[-1] in _repeat_forms()


@lru_cache(maxsize=1)
def _elided() -> re.Pattern:
    tw = load("time_words")
    ends = r"(?= ?(?:[.,;:!?)\n]|$)| " + alternation(tw["elided_ordinal_followers"]) + r"(?![a-z]))"
    return re.compile(r"(?<![\w'])" + alternation(tw["elided_ordinal_links"]) + " (?P<ord>"
                      + alternation(list(tw["ordinals"])) + r")(?![\w'])(?! (?:" + tw["quarter_word"] + "|"
                      + tw["semester_word"] + "))" + ends)


def _elided_ordinals(folded: str, times: list[Mention]) -> list[Mention]:
    """« de 8 % au premier trimestre, puis de 12 % au deuxième »: the ordinal whose noun is
    left out names a period of the kind said before it, in the same year (the next one
    when it comes earlier in the year)."""
    periods = [t for t in times if isinstance(t.value, Period) and t.value.unit in ("quarter", "semester")
               and t.value.index is not None and not t.extra["past"]]
    out: list[Mention] = []
    if not periods:
        return out
    ordinals = load("time_words")["ordinals"]
    for m in _elided().finditer(folded, min(t.end for t in periods)):
        before = [t for t in periods if t.end <= m.start()]
        idx = ordinals[m["ord"]]
        if not before or inside(times, m.start(), m.end()) or idx > (4 if before[-1].value.unit == "quarter" else 2):
            continue
        last = before[-1]
        year = last.value.year + (idx < last.value.index) if last.value.year else None
        out.append(Mention(m.start(), m.end(), "DEADLINE", replace(last.value, index=idx, year=year),
                           rule=last.rule, extra={**last.extra, "weak": False}))
    return out


@lru_cache(maxsize=1)
def _action_clause() -> re.Pattern:
    words = load("time_words")["action_dates"] + load("context")["starts"]
    return re.compile(r"(?<![\w'])" + alternation(words) + r"(?![a-z])[^.;:!?\n]*$")


def _weaken_action_dates(folded: str, times: list[Mention]) -> None:
    """« On démarre les lives en janvier ; on vise 5 000 abonnés d'ici fin mai »: a date in
    the clause of a verb of start or of a planned action dates that action; it loses
    (``weak``) to any firm date. A firm cue of its own (« d'ici Noël ») keeps it."""
    firm = grammar().firm
    for t in times:
        if not t.extra["past"] and not firm.fullmatch((t.extra.get("trig") or "").strip()) \
                and _action_clause().search(folded, max(0, t.start - 120), t.start):
            t.extra["weak"] = True


def _mark_steps(folded: str, times: list[Mention]) -> None:
    """« 3 000 abonnés d'ici fin mars, puis 5 000 d'ici fin juin », « 300 abonnés en mars, 500
    en juin »: the goal is due at its last step, so a date followed by « puis » or by another
    figure and its own date loses to it."""
    g = grammar()
    live = sorted((t for t in times if not t.extra["past"]), key=lambda t: t.start)
    for a, b in zip(live, live[1:]):
        if g.step.search(folded, a.end, b.start) or g.next_step.fullmatch(folded, a.end, b.start):
            a.extra["weak"] = True


def _dateline(folded: str, m) -> bool:
    """« Paris, le 3 mars 2026 – » at the head of a press release dates the writing."""
    g = grammar()
    return bool(g.dateline.match(folded[:m.start()]) and g.dateline_end.match(folded[m.end():m.end() + 3]))


def _cued(m: Mention) -> bool:
    return bool(m.extra.get("trig")) and not m.extra.get("weak") and not m.extra.get("past")


def _weaken_spans(g, folded: str, times: list[Mention]) -> None:
    """« relever les ventes de 12 % en deux ans, d'ici fin 2027 »: a duration of change
    beside a cued date only says how long; « d'ici la fin de l'année scolaire, le 30 juin »:
    a period its day restates. Each loses to the date (``weak``)."""
    ordered = sorted(times, key=lambda t: t.start)
    for t, later in zip(ordered, ordered[1:]):
        if isinstance(later.value, Day) and not later.extra.get("past") and \
                g.restated_by.match(folded[t.end:later.start]):
            t.extra["weak"] = True
    if any(_cued(t) and t.rule != "duration" for t in times):
        for t in times:
            if t.rule == "duration" and (t.extra.get("trig") or "") in g.span_triggers:
                t.extra["weak"] = True
