"""A goal that meets the five criteria but was written as a message (« Bonjour Claire, … on
vise 1 200 entrées … Tu peux me préparer le rétroplanning ? Merci ! »): handed back alone,
as a light polish (SPEC section 6): the user's own sentences that state its targets,
capitalised and closed, without the wrapping (extract/envelope.py blanked it) nor the
sentences that only present the writer."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lang.fr import load
from ..text import typography
from .compose import Advice
from .user_means import plan_text

if TYPE_CHECKING:
    from ..extract.facts import GoalFacts

_FIGURE = re.compile(r"\d")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
_INNER = re.compile(r"(?<=\w) {2,}(?=\w)")  # where envelope.py blanked a request inside the goal


def goal_alone(facts: "GoalFacts") -> Advice:
    """The sentences of ``facts.text`` from the first that holds a target, those with a
    figure (a budget said after the goal stays; the presentation before it goes), all of
    it when no target is read."""
    found = [m for m in _SENTENCE.finditer(facts.text) if m.group().strip()]
    aimed = [i for i, m in enumerate(found) if any(m.start() <= t.start < m.end() for t in facts.targets)]
    planned = [m for m in facts.means if m.rule == "means-plan"]  # the team's to-dos after the goal, as gerunds
    kept = [m.group().strip() for m in found[aimed[0]:] if _FIGURE.search(m.group())
            and not any(m.start() <= p.start < m.end() for p in planned)] if aimed else \
        [m.group().strip() for m in found]
    text = _INNER.sub(", ", " ".join(" ".join(s.split("  ")).strip() for s in kept)).rstrip(" ,;:.!?")
    said = [plan_text(facts.text, p) for p in planned] if aimed else []
    text = ", ".join([text] + [s for s in said if s])
    text = text[0].upper() + text[1:] + ("" if text[-1] in ".!?" else ".")
    return Advice(typography(re.sub(" {2,}", " ", text)), [typography(load("envelope")["note"])])
