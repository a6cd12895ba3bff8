"""« Lancer la gamme X et vendre 5 000 pots »: a first clause on its own verb, before the
measured goal, is a milestone on the way. The rewrite keeps it as a means (« en lançant la
gamme X ») instead of dropping it or pasting its words into the KPI.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .defaults import verb_rx
from .forms import gerund, infinitive
from .lexicon import rewrite_data

if TYPE_CHECKING:
    from .kpi_reader import GoalReader


@lru_cache(maxsize=1)
def _links() -> re.Pattern:
    return re.compile("|".join(re.escape(x) for x in rewrite_data()["milestone_links"]))


def lead_clause(r: "GoalReader") -> tuple[int, int] | None:
    """Where the milestone clause stands (from the start of the text), or None: it opens on
    a verb that is no goal verb, holds no KPI nor target, and the next clause opens on a verb."""
    folded, facts = r.folded, r.facts
    first = re.match(r"\s*([\w-]+)", folded)
    if first is None or gerund(first.group(1)) == first.group(1) or not (facts.targets or facts.kpi):
        return None
    if verb_rx("increase").match(folded, first.start(1)) or verb_rx("lower_goal").match(folded, first.start(1)):
        return None
    for link in _links().finditer(folded):
        after = re.match(r"([\w-]+)", folded[link.end():])
        if after is None or not _verb(after.group(1)):
            continue
        end = len(folded[:link.start()].rstrip())
        inside = [m for m in [*facts.kpis, *facts.targets, *facts.means] if m.start < link.end()]
        return None if inside or end < 8 else (0, end)
    return None


def _verb(word: str) -> bool:
    """Whether the (folded) word opening a clause is a verb in the infinitive."""
    return (infinitive(word) or gerund(word) != word or word in rewrite_data()["level_verbs"]
            or bool(verb_rx("increase").match(word)))
