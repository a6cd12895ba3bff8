"""The user's own verb before a count (issue 11): « Inscrire 30 entreprises au challenge
mobilité », « Référencer nos jus de pomme bio dans 20 épiceries fines », « Faire adhérer 60
commerçants » keep their verb — and the object it acts on — rather than a bare « Atteindre
20 épiceries », which loses the product and what is done.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..text import fold
from .forms import Noun
from .opening_verb import said_verb

if TYPE_CHECKING:
    from .kpi_reader import GoalReader


def verb_phrase(r: "GoalReader", noun: Noun) -> str | None:
    """``said_verb`` of a goal being read, the other facts as its roles, when the rewrite
    counts the user's own noun (« Prendre 20 rdv » is no « Prendre 20 leads »)."""
    t = r.a.targets[0] if r.a.targets else None
    first = fold(noun.text).split(" ")[0]
    if t is None or not re.match(r"\s*" + re.escape(first) + r"(?![\w])", r.folded[t.end:]):
        return None
    others = [(m.start, m.end) for m in [*r.roles, *r.facts.kpis] if m.label != "TARGET"]
    return said_verb(r.text, r.a.targets, others)


def own_verb(r: "GoalReader", noun: Noun, aside: bool) -> str | None:
    """« Référencer nos jus de pomme dans »: ``verb_phrase`` unless a verb of ours is said or
    the count is another's (``aside``), its object narrowing the KPI, a gain of new ones
    counted with it (« Faire adhérer 60 nouveaux commerçants »)."""
    said = None if aside or r.user_verb() else verb_phrase(r, noun)
    if said:
        r.own_narrowing = r.own_narrowing or " " in said
        r.counted = r.counted or r.a.targets[0].kind == "delta"
    return said
