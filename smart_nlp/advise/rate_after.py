"""What narrows a rate said after its figure (issue 11): « un taux de no-show de 20 % sur
les rdv du studio », « un taux de réponse de 40 % à nos sondages »: the words after the
figure are the rate's own complement, kept with its words (the figure is its start or its
target, said by the plan).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lang.fr import load

if TYPE_CHECKING:
    from .reader import TextReader


def after_figure(r: "TextReader", end: int) -> tuple[str, tuple[int, int]] | None:
    """The complement said right after the percent figure that follows the rate's words
    ending at ``end``, and its span; ``None`` when none is."""
    w = load("rate_nouns")
    lead = re.match(r" (?:" + "|".join(map(re.escape, w["figure_leads"])) + ")?", r.folded[end:])
    figures = [q for q in (*r.a.targets, r.a.baseline) if q is not None and q.unit == "%"]
    q = next((q for q in figures if q.start == end + (lead.end() if lead else 0)), None)
    if q is None:
        return None
    opener = "|".join(w["after_figure"])
    if not re.match(r" (?:" + opener + r") ", r.folded[q.end:]):
        return None
    ws, we = r.window(q.end)
    if we <= ws or any(x.start < we and ws < x.end for x in (*r.a.targets, *r.facts.times, *r.facts.means)):
        return None
    return r.said_words(ws, we), (ws, we)
