"""Counts that are no target: who the goal aims at, or what it uses (SPEC section 1).

« 25 % de part de marché sur les cliniques de plus de 5 vétérinaires »: the 5 qualifies the
population. « On passe de 1 à 3 commerciaux pour doubler les rendez-vous »: the range counts
a resource, the goal's figure comes after the link. Both are read from the grammar around
the number and from the KPI mentions, never from a list of nouns.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang.fr import alternation, load
from .base import Mention
from .context import SENTENCE

__all__ = ["count_roles"]


def count_roles(folded: str, numbers: list[Mention], kpis: list[Mention], later: list[Mention]) -> dict[int, str]:
    """Index of each number ruled out → the name of the rule; ``later``: figures found
    elsewhere (« doubler »), which can be the goal's own after a range of means."""
    names, out = load("rule_names")["roles"], {}
    for i, num in enumerate(numbers):
        if num.extra["unit"] is None and _counts_noun(folded, num, kpis) and _population(folded, num, kpis):
            out[i] = names["population"]
    for i in range(len(numbers) - 1):
        low, high = numbers[i], numbers[i + 1]
        if _grammar()["range"].fullmatch(folded, low.end, high.start) and _grammar()["from"].search(
                folded, max(0, low.start - 6), low.start) and _counts_noun(folded, high, kpis) \
                and _goal_follows(folded, high, numbers[i + 2:] + list(later)):
            out[i] = out[i + 1] = names["means_range"]
        elif low.extra["unit"] is None is high.extra["unit"] and low.value < high.value \
                and _counts_noun(folded, high, kpis) and not _grammar()["time"].match(folded, high.end) \
                and _grammar()["range"].fullmatch(folded, low.end, high.start) \
                and _population(folded, low, kpis, "range_population"):
            out[i] = out[i + 1] = names["population"]
    return out


def _counts_noun(folded: str, num: Mention, kpis: list[Mention]) -> bool:
    """Whether a word that is no KPI follows the number: what it counts is not the measure."""
    if any(num.end <= k.start <= num.end + 4 for k in kpis):
        return False
    return bool(_grammar()["noun"].match(folded, num.end))


def _population(folded: str, num: Mention, kpis: list[Mention], rule: str = "population") -> bool:
    """A plural noun, not a KPI, then a link of comparison (or « de » before a rising range of
    things, not of time: « les PME de 10 à 50 salariés ») right before the number."""
    m = _grammar()[rule].search(folded, max(0, num.start - 60), num.start)
    return m is not None and not any(k.start <= m.start(1) < k.end for k in kpis)


def _goal_follows(folded: str, high: Mention, others: list[Mention]) -> bool:
    """A link to the goal after the range, in its sentence, with a figure after the link."""
    stop = SENTENCE.search(folded, high.end)
    end = stop.start() if stop else len(folded)
    link = _grammar()["link"].search(folded, high.end, end)
    return link is not None and any(link.end() <= o.start < end for o in others)


@lru_cache(maxsize=1)
def _grammar() -> dict[str, re.Pattern]:
    q = load("quantities")
    plural = r"[a-z][a-z-]{2,}[sx]|" + alternation(q["population_invariable"])
    return {
        "population": re.compile(r"(?<![\w'])(" + plural + ") " + alternation(q["population_links"]) + r" ?$"),
        "range_population": re.compile(r"(?<![\w'])(" + plural + ") " + alternation(q["from"]) + " ?$"),
        "time": re.compile(r" " + alternation(load("numbers")["time_nouns"]) + r"(?![a-z])"),
        "range": re.compile(r" ?" + alternation(q["to"]) + " "),
        "from": re.compile(r"(?<![\w'])" + alternation(q["from"]) + " ?$"),
        "noun": re.compile(r" (?!" + alternation(q["bare_after"]) + r"(?![a-z]))[a-z]{3,}"),
        "link": re.compile(r"(?<![\w'])" + alternation(q["means_links"]) + r"(?![a-z])"),
    }
