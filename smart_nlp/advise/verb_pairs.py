"""Two goals the user joined, each on its own verb (« augmenter le panier moyen de 10 % et
faire descendre le taux de retour sous 8 % »): where the two clauses stand, so that one
sentence keeps both in the user's words (advise/pairs.py) rather than a proposal that keeps
one goal and drops the other.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..extract.base import SpanIndex
from .defaults import verb_rx
from .forms import infinitive

if TYPE_CHECKING:
    from ..extract.facts import GoalFacts
    from .reader import TextReader

_GOAL_VERBS = ("increase", "decrease", "lower_goal", "level")


def goal_verb_at(folded: str, at: int) -> bool:
    """Whether a goal verb opens the text at ``at`` (« faire descendre », « augmenter »)."""
    word = re.match(r"\s*([\w-]+)", folded[at:])
    return word is not None and (any(verb_rx(k).match(folded, at + word.start(1)) for k in _GOAL_VERBS)
                                 or bool(infinitive(word.group(1))))


def verb_clauses(r: "TextReader", facts: "GoalFacts", second_verb: int, end: int) -> int | None:
    """Where the first of the user's two goal clauses opens, when the text opens on a goal
    verb and the second clause (at ``second_verb``) opens on one too; ``None`` when a date,
    a means or a reason stands inside them (up to ``end``)."""
    lead = len(r.folded) - len(r.folded.lstrip())
    if not (goal_verb_at(r.folded, lead) and goal_verb_at(r.folded, second_verb)):
        return None
    roles = SpanIndex([*facts.times, *facts.means, *facts.nil_means])
    if roles.any(lead, end) or (facts.justification and facts.justification.start < end):
        return None
    return lead
