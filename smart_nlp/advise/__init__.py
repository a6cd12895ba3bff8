"""The rewrite a coach would hand back: facts → one French sentence (SPEC section 6).

``advise(analysis, facts)`` says whether the text is a goal at all and, if it is,
composes the plan of the rewrite (``compose``) and writes it (``realise``) with the
French grammar of ``forms``; ``defaults`` fills in what the goal leaves out.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .action_count import advise_count
from .check import guard
from .compose import Advice, compose
from .intent import ask, not_a_goal, note_for, stated_figures
from .lexicon import note
from .outcome import is_question, next_step, task_outcome
from .tidy import tidy
from .wishes import fitted

if TYPE_CHECKING:
    from ..analysis import Analysis
    from ..extract.facts import GoalFacts

__all__ = ["Advice", "advise"]


def advise(a: "Analysis", facts: "GoalFacts") -> Advice:
    """``Advice(None, [why, …])`` for a text that is not a goal (with the goal it points to,
    or the question that would make it one, when there is one), else the rewrite."""
    why = not_a_goal(a, facts)
    if why:
        pointer = task_outcome(a, facts) if why == "not_goal_task" else \
            next_step(a, facts) if why == "not_goal_past" else ask(why)
        return Advice(None, [note_for(why)] + ([pointer] if pointer else []), why=why)
    if stated_figures(a, facts):  # the figures say where things stand: the wish's own measure, from its default
        a, facts = replace(a, targets=[], baseline=None), replace(facts, targets=[], baseline=None)
    advice = advise_count(a, facts) or compose(a, facts)
    if is_question(a.text):
        advice.notes.insert(0, note("question"))
    return tidy(guard(a, fitted(advice), facts), a.text)
