"""What a vague wish was read as, said in the explanation: the measures of ``rewrite.yaml``
(``vague_wishes``, ``reach_measures``) that carry an ``assumption`` say it when the
rewrite uses them (« taux d'autofinancement » is the share of costs paid by own revenue).
"""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from ..text import typography
from .lexicon import rewrite_data

if TYPE_CHECKING:
    from .compose import Advice


@lru_cache(maxsize=1)
def _assumptions() -> dict[str, str]:
    data = rewrite_data()
    measures = [w["measure"] for w in data["vague_wishes"] if "measure" in w] + list(data["reach_measures"])
    return {m["noun"][0]: m["assumption"] for m in measures if "assumption" in m}


def assumption(advice: "Advice") -> list[str]:
    """The assumption behind the measure the rewrite names, if it has one."""
    plan = advice.plan
    said = _assumptions().get(plan.kpi.text) if plan is not None else None
    return [typography(said)] if said else []
