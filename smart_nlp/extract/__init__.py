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
    (envelope.py), the whole message kept in ``message`` when there was one."""
    from .envelope import unwrap
    from .facts import extract

    core = unwrap(text)
    facts = extract(core, locale)
    facts.message = None if core is text else text
    return facts
