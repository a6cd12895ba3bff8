"""The user's means and reason as a careful writer says them (issue 11).

- The reason is said once: extraction reads it to the end of its sentence, so « pour financer
  la pédiatrie, d'ici le 31 décembre, avec un appel aux dons » said the deadline and the
  means twice; it ends before the comma of the next fact, and a means said after that fact
  (« , avec des baptêmes gratuits ») stays a means.
- A means is an adverbial phrase: one written as a bare noun phrase (« + la page insta »)
  gets its instrument (« grâce à la page Instagram »), said once for two in a row.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from ..extract.base import Mention
from ..lang.fr import load
from ..text import fold
from .forms import correct, plural_verb, to
from .gerunds import gerund
from .lexicon import clean, rewrite_data, strip_marks
from .user_means import list_text, plan_text

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


def with_lead(said: str) -> str:
    """« la page Instagram » → « grâce à la page Instagram »; a means that opens with a
    preposition, a gerund or anything but a determiner, or holds a finite verb, stays as
    written."""
    words = fold(said).split(" ")
    dets, finite = load("word_forms")["determiners"], set(rewrite_data()["finite_verbs"])
    if words[0] not in dets and not any(words[0].startswith(d) for d in dets if d.endswith("'")) \
            or any(w in finite or plural_verb(w) for w in words[1:]):  # « le budget soit confirmé »: a clause
        return said
    return f"{rewrite_data()['coordination']['bare_means_lead']} {to(said[0].lower() + said[1:])}"


def once(means: list[str]) -> list[str]:
    """« grâce au marché et grâce aux écoles » → « grâce au marché et aux écoles »: two means
    in a row with the same instrument say it once."""
    lead = rewrite_data()["coordination"]["bare_means_lead"] + " "
    return [m[len(lead):] if i and m.startswith(lead) and means[i - 1].startswith(lead) else m
            for i, m in enumerate(means)]


def means_text(text: str, m: Mention) -> str:
    """The user's means as written French: accents back (« degustations ») but never on what
    may be a verb (« on lance »), a gerund when it opens the text, its instrument when bare;
    a plan said as a clause of its own in gerunds (user_means.py)."""
    planned = plan_text(text, m) if m.rule == "means-plan" else list_text(text, m) if m.rule == "means-list" else None
    if planned:
        return planned
    said = correct(clean(strip_marks(text[m.start:m.end])), clause=True)
    return gerund(said) if m.start == 0 or m.rule == "means-before-purpose" else with_lead(said)
