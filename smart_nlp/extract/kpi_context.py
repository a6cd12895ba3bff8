"""KPI words that, in their context, name no KPI (lang/fr/kpi_grammar.yaml).

« Ca serait top… » is « ça », « PV du CA du 12 mars » a board; « le Conseil demande à la
direction » a verb; « la note de conjoncture » a document; « d'ici la fin du mandat » a
date; « un camping 4 étoiles » the grade of a place. Each test reads a few characters
around the mention with patterns compiled once.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang.fr import alternation, load
from .base import Mention


def _grammar() -> dict:
    return load("kpi_grammar")


@lru_cache(maxsize=1)
def _time_anchor_rx() -> tuple[re.Pattern, tuple[str, ...]]:
    g = _grammar()
    links = [w + ("" if w.endswith("'") else " ") for w in g["time_anchor_links"]]
    ends = alternation(re.escape(w) for w in links)
    return re.compile(rf"(?<![a-z]){alternation(g['time_anchor_nouns'])} {ends}$"), tuple(links)


def _time_anchor(folded: str, k: Mention) -> bool:
    """« d'ici la fin du mandat »: the KPI noun dates the goal."""
    rx, links = _time_anchor_rx()
    return folded.endswith(links, 0, k.start) and bool(rx.search(folded, max(0, k.start - 20), k.start))


@lru_cache(maxsize=1)
def _not_turnover_rx() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """« ça » the pronoun written « Ca », and a board's « CA » (« PV du CA du 12 mars »)."""
    g = _grammar()
    months = alternation(load("time_words")["months"])
    return (re.compile(rf"(?:{alternation(re.escape(w) for w in g['pronoun_ca'])}) "
                       rf"{alternation(re.escape(w) for w in g['pronoun_after'])}(?: |(?<=')|$)"),
            re.compile(rf"(?<![a-z]){alternation(g['board_before'])} $"),
            re.compile(rf" {g['board_dated']} {months}(?![a-z])"),
            re.compile(rf" {alternation(g['board_verbs'])}"))


def _not_turnover(folded: str, k: Mention) -> bool:
    if folded[k.start:k.end] != _grammar()["turnover_acronym"]:
        return False
    pronoun, board_before, board_after, board_acts = _not_turnover_rx()
    owned = folded.endswith(tuple(load("heads")["determiners"]), 0, k.start)  # « notre CA est »: turnover
    return bool(pronoun.match(folded, k.start) and not owned
                or board_before.search(folded, max(0, k.start - 30), k.start)
                or board_after.match(folded, k.end) or board_acts.match(folded, k.end))


@lru_cache(maxsize=1)
def _document_rx() -> re.Pattern:
    g, dets = _grammar(), [re.escape(d) for d in load("heads")["determiners"]]
    return re.compile(rf" (?:de |d')(?!{alternation(g['rating_of'])}(?![a-z])|{alternation(dets)})[a-z]")


def _document_note(folded: str, k: Mention) -> bool:
    """« la note de conjoncture »: a document, no rating."""
    return folded[k.start:k.end] in _grammar()["document_note"] and _document_rx().match(folded, k.end) is not None


@lru_cache(maxsize=1)
def _homograph_rx() -> tuple[frozenset[str], re.Pattern, re.Pattern]:
    g, h = _grammar(), load("heads")
    dets = alternation(re.escape(d.strip()) for d in h["determiners"] + [f"{p} " for p in h["channel_prepositions"]])
    return (frozenset(g["verb_homographs"]), re.compile(rf"(?:^|(?<![a-z']){dets} ?|\d )$"),
            re.compile(rf" {alternation(re.escape(w) for w in g['verb_after'])}(?: |(?<='))"))


def _verb_homograph(folded: str, k: Mention) -> bool:
    """« le Conseil demande à la direction de… »: a verb, not the noun « demande »."""
    words, noun_before, verb_after = _homograph_rx()
    return folded[k.start:k.end] in words and verb_after.match(folded, k.end) is not None and \
        not noun_before.search(folded, max(0, k.start - 20), k.start)


@lru_cache(maxsize=1)
def _grade_rx() -> re.Pattern:
    g = _grammar()
    return re.compile(rf"(?<![a-z]){alternation(re.escape(w) for w in g['graded'])} ?[1-5] $")


def _graded(folded: str, k: Mention) -> bool:
    """« un camping 4 étoiles »: the grade of a place, no rating."""
    return folded[k.start:k.end] in _grammar()["grades"] and \
        bool(_grade_rx().search(folded, max(0, k.start - 16), k.start))




@lru_cache(maxsize=1)
def _words_in_doubt() -> frozenset[str]:
    """The mentions a test below may rule out besides a time anchor (a set: one lookup)."""
    g = _grammar()
    return frozenset([*g["grades"], g["turnover_acronym"], *g["verb_homographs"], *g["document_note"]])


def not_a_kpi(folded: str, k: Mention) -> bool:
    """Whether the KPI mention ``k`` names no KPI in its context."""
    if folded[k.start:k.end] in _words_in_doubt() and (
            _graded(folded, k) or _not_turnover(folded, k) or _verb_homograph(folded, k) or _document_note(folded, k)):
        return True
    return _time_anchor(folded, k)
