"""Extractors: one module per dimension, pure functions over (text, folded text).

They know nothing of spaCy so they can be tested alone; ``components.goal`` runs
them inside a spaCy pipeline and stores their spans on the ``Doc``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .facts import GoalFacts


def extract_goal(text: str, locale: str | None = None) -> "GoalFacts":
    """The stage's entry point: the facts of a goal read without the message around it
    (envelope.py), the whole message kept in ``message`` when there was one, and each goal
    read alone when the text holds two (goal_parts.py)."""
    from .envelope import unwrap
    from .facts import extract
    from .goal_parts import lead_kpi, split_goals

    core = unwrap(text)
    facts = extract(core, locale)
    facts.message = None if core is text else text
    if len(facts.targets) > 1:
        facts.goals = split_goals(facts, lambda part: extract(part, locale))
    if facts.goals:
        lead_kpi(facts)
    return facts
