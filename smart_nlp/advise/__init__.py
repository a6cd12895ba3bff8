"""The rewrite a coach would hand back: facts → one French sentence (SPEC section 6).

``advise(analysis, facts)`` says whether the text is a goal at all and, if it is,
composes the plan of the rewrite (``compose``) and writes it (``realise``) with the
French grammar of ``forms``; ``defaults`` fills in what the goal leaves out.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..text import typography
from .check import guard
from .compose import Advice, compose
from .intent import not_a_goal
from .lexicon import note, rewrite_data
from .outcome import is_question, next_step, task_outcome

if TYPE_CHECKING:
    from ..analysis import Analysis
    from ..extract.facts import GoalFacts

__all__ = ["Advice", "advise"]


def advise(a: "Analysis", facts: "GoalFacts") -> Advice:
    """``Advice(None, [why, …])`` for a text that is not a goal (with the goal it points to
    when there is one), else the rewrite."""
    why = not_a_goal(a, facts)
    if why:
        pointer = task_outcome(a, facts) if why == "not_goal_task" else \
            next_step(a, facts) if why == "not_goal_past" else None
        return Advice(None, [typography(rewrite_data()["notes"][why])] + ([pointer] if pointer else []))
    advice = compose(a, facts)
    if is_question(a.text):
        advice.notes.insert(0, note("question"))
    return guard(a, advice, facts)
