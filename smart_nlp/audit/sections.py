"""Where a statement sits says what it is: a section or lead-in that announces goals or
looks back, a lead-in whose intention its items inherit (one sentence split across a
list), a row of a table of targets. Words in ``lang/fr/goal_cues.yaml``."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from ..text import fold
from .cues import Cue, Statement
from .grammar import grammar, opening_infinitive
from .segment import opens_list

_YEAR = re.compile(r"(?<!\d)20\d\d(?!\d)")
_JOINED_TAIL = 200
"""The end of a lead-in and the start of an item read joined: the verb that governs the
list stands at the lead-in's end, and a list of thousands of items stays linear."""


@lru_cache(maxsize=256)
def _polarity(folded: str, lead_in: bool) -> str | None:
    """A heading's polarity by its words of goals or look-back (goals said reached look
    back); a lead-in's also by its intention or its past tense (cached: every item of a
    list asks about the same lead-in)."""
    g = grammar()
    if g["goal_section"].search(folded):
        return "retro" if g["goals_reached"].search(folded) else "goal"
    if g["retro_section"].search(folded):
        return "retro"
    if not lead_in:
        return None
    if g["intention"].search(folded) or g["intent_any"].search(folded):
        return "goal"
    return "retro" if g["past"].search(folded) else None


def section_polarity(contexts: Iterable[str]) -> tuple[str | None, str]:
    """``("goal"|"retro"|None, the heading that decided)``, innermost context first; a
    lead-in (« …, nous souhaitons : », « Ce que nous avons fait : », ending on a colon or a
    comma) by its intention or its past tense too. Goals said reached (« Objectifs
    atteints ») look back."""
    for ctx in contexts:
        folded = fold(ctx)
        polarity = _polarity(folded, folded.rstrip().endswith((":", ",")))
        if polarity:
            return polarity, ctx
    return None, ""


def lead_in_cue(s: Statement, lead_in: str, future: bool) -> list[Cue]:
    """An item under a lead-in stating an intention (« D'ici 2029, nous souhaitons : » ↵
    « – ouvrir deux points d'accueil ; », « Nos résolutions : » ↵ « – zéro plastique d'ici
    septembre »): one sentence split across lines, read joined (« nous voulons » ↵
    « – généraliser… »); the item inherits the lead-in's intention when it opens on an
    infinitive (not a task's) or holds a target or a deadline."""
    g = grammar()
    folded = fold(lead_in).rstrip(" :,")
    body = g["item_conjunction"].sub("", s.body, count=1)
    inf = g["goal_verb"].match(body) or opening_infinitive(body)
    verb = inf.group(0) if isinstance(inf, re.Match) else inf
    if not opens_list(lead_in):
        return []
    polarity = _polarity(folded, True)
    if polarity is None:
        tail = folded[-_JOINED_TAIL:]
        joined = tail + " " + body[:_JOINED_TAIL]
        m = g["intention"].search(joined) or g["intent_any"].search(joined)
        polarity = "goal" if m and m.start() < len(tail) else None
    task = verb and verb.split()[-1] in g["task_verbs"] and not g["every"].match(body, len(verb))
    if polarity != "goal" or (task if verb else not (s.facts.targets or future)):
        return []
    return [Cue("goal_lead_in", 3, lead_in[:60])]


def target_row(orig: str, contexts: list[str], ref_year: int) -> tuple[list[Cue], bool]:
    """A row with a figure in a target column of its table (« Cible 2027 », or a column
    named by a year still ahead), in a section that does not look back; and whether the
    table's only target columns, or all its columns of years, name past years (« Objectif
    2026 » read in 2027: the rows are a look back)."""
    g = grammar()
    header, cells = contexts[0].split(" | "), orig.split(" | ")
    if len(header) < 2:
        return [], False
    past = False
    for name, cell in zip(header, cells):
        folded = fold(name)
        if not g["target_column"].search(folded):
            continue
        if any(int(y) < ref_year for y in _YEAR.findall(folded)):
            past = True
        elif re.search(r"\d", cell) and section_polarity(contexts[1:])[0] != "retro":
            return [Cue("target_row", 3, cell)], False
    years = [(int(name), cell) for name, cell in zip(header[1:], cells[1:]) if re.fullmatch(r"\s*20\d\d\s*", name)]
    for year, cell in years:
        if year > ref_year and re.search(r"\d", cell) and section_polarity(contexts[1:])[0] != "retro":
            return [Cue("target_row", 3, cell)], False
    return [], past or bool(years) and max(y for y, _ in years) < ref_year
