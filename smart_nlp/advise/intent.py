"""Is the text a goal at all? A result already reached, a task or a description of
the present gets no rewrite but a clear statement instead.

The audit's transparent goal detector decides: only its vetoes (past tense, a
state, an action planned with no result) rule a text out, so a terse goal
(« plus de leads ») is never refused for lack of cues.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..text import fold
from .defaults import vague_wish

if TYPE_CHECKING:
    from ..analysis import Analysis
    from ..extract.facts import GoalFacts

_VETOES = {"past": "not_goal_past", "passive": "not_goal_past", "future_action": "not_goal_task",
           "stative_verbs": "not_goal_state", "stative_states": "not_goal_state", "budget": "not_goal_state",
           "market": "not_goal_state"}


def not_a_goal(a: "Analysis", facts: "GoalFacts") -> str | None:
    """Why the text is not a goal (the key of its note in rewrite.yaml), or None when it is one."""
    from ..audit.detect import GoalDetector  # the audit package imports the analyzer

    det = GoalDetector(a.ref_date).detect(a.text, facts=facts)
    if not det.is_goal and det.veto is not None and det.veto.name in _VETOES:
        return _VETOES[det.veto.name]
    action = any(c.name == "action_verb" for c in det.cues)
    if action and facts.kpi is None and not facts.targets and vague_wish(fold(a.text)) is None:
        return "not_goal_task"  # « Moderniser le site »: no result is named
    return None
