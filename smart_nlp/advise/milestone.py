"""The clauses around the measured goal. « Lancer la gamme X et vendre 5 000 pots »: a first
clause on its own verb is a milestone on the way, kept as a means (« en lançant la gamme X »)
instead of dropped or pasted into the KPI. « … pour sauver plus de vies »: a purpose the
extraction did not mark is the user's reason, never narrowing of the KPI.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .defaults import verb_rx
from .forms import infinitive
from .gerunds import gerund
from ..lang.fr import load
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
        named = [c for c in facts.channels if load("channels")[c.value]["label"][:1].isupper()]  # « insta »
        inside = [m for m in [*facts.kpis, *facts.targets, *facts.means, *named] if m.start < link.end()]
        return None if inside or end < 8 else (0, end)
    return None


@lru_cache(maxsize=1)
def _purpose() -> re.Pattern:
    w = rewrite_data()
    openers, adverbs = "|".join(w["purpose_openers"]), "|".join(w["purpose_adverbs"])
    return re.compile(r"(?<![\w])(?:" + openers + r") ?(?:(?:" + adverbs + r") )?([\w-]+)")


def purpose_clause(r: "GoalReader") -> tuple[int, int] | None:
    """Where the user's purpose stands (« pour » + a verb, up to punctuation or the next
    fact), or None when extraction already found it or the clause holds a target."""
    facts = r.facts
    if facts.justification:
        return None
    for m in _purpose().finditer(r.folded):
        word = m.group(1)
        if not _verb(word) or word in rewrite_data()["level_verbs"] or verb_rx("increase").match(word) \
                or r.role_index.any(m.start(), m.start() + 1):
            continue
        ends = [i for i in range(m.end(), len(r.text)) if r.text[i] in ",.;:!?()"][:1]
        ends += [x.start for x in r.roles if x.start >= m.end()]
        end = len(r.text[:min(ends + [len(r.text)])].rstrip())
        if end <= m.end() or any(m.start() <= t.start <= end + 1 for t in [*facts.targets, *facts.kpis]) \
                or any(ks < end and m.start() < ke for ks, ke in r.kept):  # the goal itself, read as the KPI
            continue
        return m.start(), end
    return None


def _verb(word: str) -> bool:
    """Whether the (folded) word opening a clause is a verb in the infinitive."""
    w = rewrite_data()
    return (infinitive(word) or gerund(word) != word or word in w["level_verbs"] or word in w["milestone_goal_verbs"]
            or bool(verb_rx("increase").match(word)))
