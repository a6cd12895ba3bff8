"""Means: the actions, resources and budgets a goal commits to (lang/fr/means.yaml).

A means span runs from its cue to the end of its phrase; numbers inside it are the
means' own (« poster 3x/sem », « tester 3 accroches »), never targets. Besides the cues
of the word list, three shapes of informal and reported French open one: a clause
that starts with a verb of action or a rhythm of actions after a figure of the goal
(« …, tester 3 accroches », « …, 1 envoi/15j »), a rhythm of actions before a purpose
(« 3 épisodes par mois pour atteindre… ») or after a verb of action (« on publie 5 reels
par semaine »),
an arrow after such a figure (« 5 % -> monter les prix »), and « pour y arriver », which makes
means of the sentence it ends or of the words it opens.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import Callable, Iterable

from ..lang.fr import alternation, load
from .base import Mention, SpanIndex, inside
from .plan_means import find_plan_means


@lru_cache(maxsize=None)
def _grammar() -> dict:
    data, w = load("means"), load("grammar_words")["means"]
    pronouns = "|".join(w["gerund_pronouns"])
    return {
        "cue": re.compile(r"(?<![\w])(?:" + "|".join(data["cues"]) + ")"),
        "not_gerund": re.compile("^" + w["gerund"] + r" (?:(?:" + pronouns + r") ?)?(?:" + "|".join(data["not_gerunds"])
                                 + r")\b|^" + w["gerund"] + r" (?:" + "|".join(data["measure_pronouns"]) + r") ?(?:"
                                 + "|".join(data["anaphoric_gerunds"]) + r")\b"),
        "nil": re.compile(r"(?<![\w])(?:" + "|".join(data["nil"]) + r")(?![\w])"),
        "stop": re.compile("|".join(data["stops"])),
        "joining": tuple(w["joining_cues"]),
        "trailing_link": re.compile("(?:" + "|".join(" " + link for link in w["trailing_links"]) + ")$"),
        "after_figure": tuple(data["after_figure"]),
        "clause_action": re.compile(r"(?:(?<=[,;.!?)] )|(?<= - )|(?<=\n))(?:" + alternation(data["clause_leads"])
                                    + " )?" + alternation(_action_forms(data["clause_actions"])) + r"(?![a-z])"
                                    + "(?! " + alternation(data["not_action_after"]) + ")"),
        "rhythm": re.compile(r"(?:(?<=[,;.!?)] )|(?<= - )|(?<=\n)|(?<=\+ ))\d+ ?x? ?"
                             + alternation(data["rhythm_nouns"]) + r"(?![a-z]) ?" + alternation(data["rhythm_marks"])),
        # « On publie 5 reels par semaine ; but : 20 000 vues »: a verb of action on a rhythm of actions
        "rhythm_action": re.compile(r"(?<![\w'])" + alternation(_action_forms(data["clause_actions"]))
                                    + r"(?: [a-z']+){0,2}? (?=\d+ ?x? ?" + alternation(data["rhythm_nouns"])
                                    + r"(?![a-z]) ?" + alternation(data["rhythm_marks"]) + ")"),
        "rhythm_purpose": re.compile(
            r"(?<![\w.,])(?:\d+|" + alternation(load("numbers")["number_words"]) + r")(?= ?x? ?"
            + alternation(data["rhythm_nouns"]) + r"(?![a-z]) ?" + alternation(data["rhythm_marks"])
            + r"[a-z' ]{0,24}?(?= " + alternation(data["purpose_links"])
            + r" ?[a-z]+" + alternation(load("quantities")["infinitive_endings"]) + r"(?![a-z])))"),
        "of_goal": re.compile(r"(?<![\w])" + alternation(data["means_of_goal"]) + r"(?![a-z])"),
        # What every match of the rules above holds, searched for first: without their
        # look-behinds (which make the engine try every character) these are quick, and
        # most goals hold none of them. Keyed by the rules they let run.
        "said": {
            ("nil",): re.compile("(?:" + "|".join(data["nil"]) + r")(?![\w])"),
            ("clause_action",): re.compile(r"[,;.!?)] | - |\n"),
            ("rhythm", "rhythm_purpose", "rhythm_action"): re.compile(
                alternation(data["rhythm_nouns"]) + r"(?![a-z]) ?" + alternation(data["rhythm_marks"])),
            ("of_goal",): re.compile(alternation(data["means_of_goal"]) + r"(?![a-z])"),
        },
        "lead_action": re.compile(r"^[ \t\-•*]*(?:(" + alternation(data["lead_actions"]) + ")|"
                                  + alternation(data["lead_dated"]) + r")(?![a-z])"),
        "lead_end": re.compile(alternation(data["lead_ends"])),
        "lead_owned": re.compile(r" (?:(?:de|d') ?)?" + alternation(data["lead_owned"]) + " "),
        "sentence_end": re.compile(r"[.;!?\n](?!\d)"),
        "clause_end": re.compile(r"[.;:!?\n](?!\d)|, "),
    }


def _action_forms(verbs: list[str]) -> list[str]:
    """A verb of action as written in notes and chats (lang/fr/means.yaml action_inflection);
    phrases and other verbs as listed."""
    rules = load("means")["action_inflection"]
    forms = []
    for verb in verbs:
        forms.append(verb)
        if " " not in verb and verb.endswith(rules["ending"]):
            stem = verb[:-len(rules["ending"])]
            soft = stem[:-1] + rules["soft"].get(stem[-1:], stem[-1:])
            forms += [f.format(stem=stem, soft=soft) for f in rules["forms"]]
    return sorted(forms, key=len, reverse=True)


@lru_cache(maxsize=256)
def _cue_matches(folded: str) -> tuple[re.Match, ...]:
    """The cues that open a means (no gerund that is none), read once for a text's dates and its means."""
    g = _grammar()
    return tuple(m for m in g["cue"].finditer(folded) if not g["not_gerund"].match(m.group(0)))


def find_means(folded: str, times: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """Return (means, nil_means): spans from each cue to the end of its phrase."""
    g = _grammar()
    said = _said(folded, g)
    nil = [Mention(m.start(), m.end(), "NIL_MEANS", rule="nil") for m in said("nil")]
    nil_index, time_index = SpanIndex(nil), SpanIndex(times)
    cues = [m for m in _cue_matches(folded) if not nil_index.any(m.start(), m.end())
            and not time_index.any(m.start(), m.end()) and _opens(folded, m, g, times)]
    actions = [*said("clause_action"), *said("rhythm")]
    cues = sorted(cues + [m for m in actions
                          if not time_index.any(m.start(), m.end()) and _after_figure(folded, m.start(), times)]
                  + [m for rule in ("rhythm_purpose", "rhythm_action") for m in said(rule)
                     if not time_index.any(m.start(), m.end())],
                  key=lambda m: m.start())
    opening = [i for i, c in enumerate(cues) if not c.group(0).startswith(g["joining"])]
    time_starts = sorted(t.start for t in times)
    means: list[Mention] = []
    for i, cue in enumerate(cues):
        if means and means[-1].end > cue.start():
            continue
        j = bisect_right(opening, i)  # the next cue that opens a means of its own
        limit = cues[opening[j]].start() if j < len(opening) else len(folded)
        k = bisect_left(time_starts, cue.end())  # a deadline ends the phrase too
        if k < len(time_starts) and time_starts[k] < limit:
            limit = time_starts[k]
        stop = g["stop"].search(folded, cue.end(), limit)
        end = stop.start() if stop else limit
        while end > cue.start() and folded[end - 1] in " ,;:-":
            end -= 1
        trimmed = g["trailing_link"].sub("", folded[cue.start():end])
        end = cue.start() + len(trimmed.rstrip(" ,"))
        if end - cue.start() > len(cue.group(0).strip()) + 1:
            means.append(Mention(cue.start(), end, "MEANS", rule="means"))
    lead = _lead_action(folded, times, g)
    if lead and not inside(means, lead.start, lead.end):
        means = [lead] + [m for m in means if m.start >= lead.end]
    return find_plan_means(folded, _with_means_of_goal(folded, means, g, said)), nil


def _lead_action(folded: str, times: list[Mention], g: dict) -> Mention | None:
    """The first clause when it launches an action (``lead_actions``, or ``lead_dated`` with
    the action's date in it) that is not the writer's own product (« Nous lançons notre
    application »), holds no figure outside its dates, and the goal after it does."""
    m = g["lead_action"].match(folded)
    stop = g["lead_end"].search(folded, m.end()) if m else None
    if not stop:
        return None
    dated = any(m.end() <= t.start and t.end <= stop.start() for t in times)
    figures = [d for d in _DIGITS.finditer(folded, m.start(), stop.start()) if not inside(times, d.start(), d.end())]
    if figures or not (m.group(1) or dated) or not _DIGITS.search(folded, stop.end()) or \
            g["lead_owned"].match(folded, m.end()):
        return None
    start = m.start() + len(m.group(0)) - len(m.group(0).lstrip(" \t-•*"))
    return Mention(start, stop.start(), "MEANS", rule="means-lead")


def _said(folded: str, g: dict) -> Callable[[str], Iterable[re.Match]]:
    """``finditer`` of a rule over ``folded``, nothing for a rule whose words it lacks."""
    runs = {rule for rules, rx in g["said"].items() if rx.search(folded) for rule in rules}
    return lambda rule: g[rule].finditer(folded) if rule in runs else ()


def _opens(folded: str, cue: re.Match, g: dict, times: list[Mention]) -> bool:
    """An arrow opens a means only after a figure (« CA -> 50 k€ » aims; a deadline's
    « T3 » is none), and an arrow between two figures is a change (« de 20 -> 35
    clients »), not an action."""
    if not cue.group(0).startswith(g["after_figure"]):
        return True
    between = folded[max(0, cue.start() - 20):cue.start()].rstrip()[-1:].isdigit() and \
        folded[cue.end():cue.end() + 1].isdigit()
    return _after_figure(folded, cue.start(), times) and not between


def _after_figure(folded: str, start: int, times: list[Mention] = ()) -> bool:
    """Whether a figure stands before ``start``: notes state the goal first, then the
    actions (« …, tester 3 accroches »); a clause of action before it sets the scene. The
    day of a date (« Suite au webinaire du 3 avril, relancer… ») is no figure of the goal."""
    return any(not inside(times, m.start(), m.end()) for m in _DIGITS.finditer(folded, 0, start))


_DIGITS = re.compile(r"\d+")
_REACH = 300


def _with_means_of_goal(folded: str, means: list[Mention], g: dict,
                        said: Callable[[str], Iterable[re.Match]]) -> list[Mention]:
    """« Faut closer 40 deals pour y arriver. »: the sentence the phrase ends is a means;
    « Pour y arriver, nous recruterons » / « …, pour cela on lance… »: what follows it."""
    for m in said("of_goal"):
        stop = g["sentence_end"].search(folded, m.end())
        end = stop.start() if stop else len(folded)
        if folded[m.end():end].strip(" ,"):
            start = m.end() + len(folded[m.end():end]) - len(folded[m.end():end].lstrip(" ,"))
        else:
            lo = max(0, m.start() - _REACH)  # a clause is read back this far at most
            ends = [e.end() for e in g["clause_end"].finditer(folded, lo, m.start())]
            start, end = (ends[-1] if ends else lo), m.start()
            start += len(folded[start:end]) - len(folded[start:end].lstrip())
            end = start + len(folded[start:end].rstrip(" ,"))
        if end > start and not inside(means, start, end):
            means.append(Mention(start, end, "MEANS", rule="means-of-goal"))
    return sorted(means, key=lambda m: m.start)


@lru_cache(maxsize=1)
def _purpose_rx() -> re.Pattern:
    return re.compile(r"(?<![\w])(?:" + "|".join(load("means")["purpose_clause"]) + ")")


def find_purpose(folded: str) -> Mention | None:
    """The first purpose clause (« pour atteindre… », « pour que… »), to the end of its
    sentence: the place where a goal that opens with its means states its target."""
    m = _purpose_rx().search(folded, 1)
    if not m:
        return None
    stop = _grammar()["sentence_end"].search(folded, m.end())
    return Mention(m.start(), stop.start() if stop else len(folded), "PURPOSE", rule="purpose")


@lru_cache(maxsize=1)
def _co_target_rx() -> tuple[re.Pattern, re.Pattern]:
    v = load("verbs")
    change = "|".join(v["increase"] + v["decrease"] + list(v["factor_words"]))
    return (re.compile("(?:" + "|".join(load("means")["co_target_openers"]) + ") ?"),
            re.compile(r"\d|(?<![a-z])(?:" + change + ")"))


@lru_cache(maxsize=1)
def _co_target_measure() -> re.Pattern:
    """(« avec un » matches before « avec une »: the rest of the article may come first.)"""
    return re.compile("[a-z]? ?(?:" + "|".join(load("means")["co_target_measures"]) + r")(?![a-z])")


def co_target(folded: str, means: Mention, kpis: list[Mention]) -> bool:
    """« avec un churn net inférieur à 1 % par mois »: a KPI right after the opener, then a
    figure (or a change verb), makes a second target of the phrase."""
    opener, figure = _co_target_rx()
    m = opener.match(folded, means.start, means.end)
    if not m:
        return False
    k = next((k for k in kpis if m.end() <= k.start <= m.end() + 25 and k.end <= means.end), None)
    if k is None:
        measure = _co_target_measure().match(folded, m.end(), means.end)
        return bool(measure and figure.search(folded, measure.end(), means.end))
    return bool(figure.search(folded, k.end, means.end)) or (
        folded.startswith(gerund := load("grammar_words")["means"]["gerund"], means.start)
        and bool(figure.search(folded, means.start + len(gerund) + 1, k.start)))


def mark_means_dates(folded: str, times: list[Mention], firm: re.Pattern) -> None:
    """Mark (``extra["in_means"]``) each time said inside a means phrase: « avec un code
    envoyé en janvier », « via des coffrets pour la fête des mères ». It dates the action,
    not the goal, so any other date outranks it; a firm cue (« avant le 15 ») keeps it.

    A time is in a means phrase when a cue opens one before it and no stop lies between, or
    inside a plan said as a clause (« On va organiser une expo en mars »).
    """
    if not times:
        return
    g = _grammar()
    cues = _cue_matches(folded)
    ends = [c.end() for c in cues]
    plans = find_plan_means(folded, [])
    for t in times:
        i = bisect_right(ends, t.start)
        if firm.fullmatch((t.extra.get("trig") or "").strip()):
            continue
        if inside(plans, t.start, t.end) or i and not g["stop"].search(folded, cues[i - 1].end(), t.start):
            t.extra["in_means"] = True
