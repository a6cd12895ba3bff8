"""Means: the actions, resources and budgets a goal commits to (lang/fr/means.yaml)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang.fr import load
from .base import Mention, inside


@lru_cache(maxsize=None)
def _grammar() -> dict:
    data, w = load("means"), load("grammar_words")["means"]
    pronouns = "|".join(w["gerund_pronouns"])
    return {
        "cue": re.compile(r"(?<![\w])(?:" + "|".join(data["cues"]) + ")"),
        "not_gerund": re.compile("^" + w["gerund"] + r" (?:(?:" + pronouns + r") ?)?(?:" + "|".join(data["not_gerunds"])
                                 + r")\b"),
        "nil": re.compile(r"(?<![\w])(?:" + "|".join(data["nil"]) + r")(?![\w])"),
        "stop": re.compile("|".join(data["stops"])),
        "joining": tuple(w["joining_cues"]),
        "trailing_link": re.compile("(?:" + "|".join(" " + link for link in w["trailing_links"]) + ")$"),
    }


def find_means(folded: str, times: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """Return (means, nil_means): spans from each cue to the end of its phrase."""
    g = _grammar()
    nil = [Mention(m.start(), m.end(), "NIL_MEANS", rule="nil") for m in g["nil"].finditer(folded)]
    cues = [m for m in g["cue"].finditer(folded)
            if not g["not_gerund"].match(m.group(0)) and not inside(nil, m.start(), m.end())
            and not inside(times, m.start(), m.end())]
    means: list[Mention] = []
    for i, cue in enumerate(cues):
        if means and means[-1].end > cue.start():
            continue
        later = [c for c in cues[i + 1:] if not c.group(0).startswith(g["joining"])]
        limit = later[0].start() if later else len(folded)
        for t in times:
            if cue.end() <= t.start < limit:
                limit = t.start
        stop = g["stop"].search(folded, cue.end(), limit)
        end = stop.start() if stop else limit
        while end > cue.start() and folded[end - 1] in " ,;:-":
            end -= 1
        trimmed = g["trailing_link"].sub("", folded[cue.start():end])
        end = cue.start() + len(trimmed.rstrip(" ,"))
        if end - cue.start() > len(cue.group(0).strip()) + 1:
            means.append(Mention(cue.start(), end, "MEANS", rule="means"))
    return means, nil
