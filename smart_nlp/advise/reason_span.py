"""Where the user's reason ends (issue 11: « pour financer la pédiatrie, d'ici le 31
décembre, avec un appel aux dons » said the deadline and the means twice). Extraction reads
a reason to the end of its sentence; the rewrite says it once, up to the comma before the
next fact, and a means said after that fact (« , avec des baptêmes gratuits ») stays a means.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from ..extract.base import Mention
from .lexicon import rewrite_data

if TYPE_CHECKING:
    from ..extract.facts import GoalFacts


@lru_cache(maxsize=1)
def _opener() -> re.Pattern:
    """A means said after a comma: an instrument (« avec des », « grâce à ») or a gerund."""
    w = rewrite_data()["coordination"]
    return re.compile(r"(?:" + "|".join(w["instruments"]) + r")(?= )|" + w["gerund"])


def reason_end(facts: "GoalFacts", folded: str, start: int, end: int) -> int:
    """The end of the reason opening at ``start`` (extraction's end: ``end``): before the
    comma that the next deadline, target or means follows."""
    for fact in sorted([*facts.times, *facts.targets, *facts.means], key=lambda m: m.start):
        if start < fact.start < end:
            m = re.search(r",\s*$", folded[start:fact.start])
            if m:
                return start + m.start()
    return end


def means_after(facts: "GoalFacts", folded: str, cut: int, end: int) -> Mention | None:
    """The means said after the reason's cut, past the facts read there (« , d'ici le 30
    juin, avec des baptêmes gratuits »), when no means was read for it."""
    pos = cut
    for fact in sorted([*facts.times, *facts.targets], key=lambda m: m.start):
        if pos <= fact.start < end and not folded[pos:fact.start].strip(" ,"):
            pos = fact.end
    pos += len(folded[pos:end]) - len(folded[pos:end].lstrip(" ,"))
    if pos >= end or not _opener().match(folded, pos) or any(pos <= m.start < end for m in facts.means):
        return None
    stop = len(folded[:end].rstrip(" .,;"))
    return Mention(pos, stop, "MEANS", rule="means-after-reason")


def trimmed(facts: "GoalFacts", folded: str) -> "GoalFacts":
    """``facts`` with the reason cut before the next fact, and the means said after it kept."""
    j = facts.justification
    if j is None:
        return facts
    cut = reason_end(facts, folded, j.start, j.end)
    if cut >= j.end:
        return facts
    means = means_after(facts, folded, cut, j.end)
    return replace(facts, justification=replace(j, end=cut), means=[*facts.means, *([means] if means else [])])
