"""Whether the KPI the rewrite names is narrowed (SPEC section 6: specific), and the body the
writer names as the subject that can narrow it (« licenciés du club de handball ») instead
of a placeholder asking for the public.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..extract.phrase import phrase_narrows
from ..lang.fr import load
from ..text import fold
from .clauses import subject_body
from .deadline import find_event
from .forms import of
from .lexicon import PLACEHOLDER
from .realise import GoalPlan, main_clause

if TYPE_CHECKING:
    from .reader import TextReader


@lru_cache(maxsize=1)
def channel_labels() -> frozenset[str]:
    """The channels' labels, folded (« linkedin », « google ads »)."""
    return frozenset(fold(c["label"]) for c in load("channels").values())


def body_narrows(r: "TextReader", plan: GoalPlan, hires: dict | None) -> bool:
    """« Le club de handball souhaite passer à 180 licenciés » → « licenciés du club de
    handball »: the body the writer names as the subject narrows the KPI, when that is
    enough (else a placeholder asks for the public). Unlike the user's own complements,
    it is new to the KPI's words: any narrowing it makes counts."""
    body = None if hires else subject_body(r.text, r.folded)
    if not body or fold(body.split(" ", 1)[-1]) in fold(main_clause(plan)):
        return False
    said = plan.inline
    plan.inline = " ".join(x for x in (said, of(body)) if x)
    if narrowed(plan):
        return True
    plan.inline = said
    return False


def narrowed(plan: GoalPlan, strict: bool = False) -> bool:
    """Whether the words kept for the KPI still narrow it once written in the rewrite;
    ``strict`` (the goal was judged not specific): only a segment, a qualifier (people, a
    time slot) or a named town counts, not any complement."""
    return _clause_narrows(PLACEHOLDER.sub(r"\1", main_clause(plan)), strict)


@lru_cache(maxsize=64)  # a pure function of the clause: compose asks it twice of one plan when not strict
def _clause_narrows(clause: str, strict: bool) -> bool:
    return phrase_narrows(clause, ("segment", "qualifier") if strict else None) or _named_place(clause)


def _named_place(clause: str) -> bool:
    """« les ventes à Lausanne »: a town the user names (a capital after « à ») narrows the
    KPI; an event (« à Noël ») or a platform does not."""
    labels = {label.split(" ")[0] for label in channel_labels()}
    preps = load("specificity")["place_preps"]
    for m in _CAPITALISED.finditer(clause):
        word = fold(m.group(2))
        if fold(m.group(1)) in preps and word not in labels and not find_event(word):
            return True
    return False


_CAPITALISED = re.compile(r"(?<![\w])(\w+) (?=([A-ZÀ-Ý][\w'-]+))")  # a word, then a capitalised one
