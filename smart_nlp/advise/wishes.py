"""What a vague wish was read as, said in the explanation and kept to its own scope: the
measures of ``rewrite.yaml`` (``vague_wishes``, ``reach_measures``) that carry an
``assumption`` say it when the rewrite uses them (« taux d'autofinancement » is the share
of costs paid by own revenue); those marked ``own_scope`` take no narrowing from the
words after the wish (« vivre sans les aides de la région »: the region is the funder,
not what is financed).
"""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from ..text import typography
from .lexicon import rewrite_data
from .realise import realise

if TYPE_CHECKING:
    from .compose import Advice


@lru_cache(maxsize=1)
def _measures() -> dict[str, dict]:
    data = rewrite_data()
    measures = [w["measure"] for w in data["vague_wishes"] if "measure" in w] + list(data["reach_measures"])
    return {m["noun"][0]: m for m in measures}


def fitted(advice: "Advice") -> "Advice":
    """The advice with the assumption behind its measure said, and the measure's own scope."""
    plan = advice.plan
    measure = _measures().get(plan.kpi.text, {}) if plan is not None else {}
    if measure.get("own_scope") and plan.inline and advice.suggestion:
        plan.inline = ""
        advice.suggestion = typography(realise(plan))
    if "assumption" in measure:
        advice.notes.append(typography(measure["assumption"]))
    return advice
