"""The rewrite a coach would hand back: facts → one French sentence (SPEC section 6).

``advise(analysis, facts)`` says whether the text is a goal at all and, if it is,
composes the plan of the rewrite (``compose``) and writes it (``realise``) with the
French grammar of ``forms``; ``defaults`` fills in what the goal leaves out.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .compose import Advice, compose
from .intent import not_a_goal

if TYPE_CHECKING:
    from ..analysis import Analysis
    from ..extract.facts import GoalFacts

__all__ = ["Advice", "advise"]


def advise(a: "Analysis", facts: "GoalFacts") -> Advice:
    """``Advice(None, [why])`` for a text that is not a goal, else the rewrite."""
    why = not_a_goal(a, facts)
    if why:
        return Advice(None, [why])
    return compose(a, facts)
