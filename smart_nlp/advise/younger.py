"""Younger members (issue 11): « que la fanfare attire des musiciens plus jeunes » counts the
new musicians under an age. The user's word for the people is kept when the lexicon knows
it (``younger_people`` of ``lang/fr/wish_measures.yaml``: « des voix » are choristers), else
the measure of the organisation's kind stays; an age the user said is kept, else the age is
a placeholder for them to set (a figure, never the measure).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang.fr import load


@lru_cache(maxsize=1)
def _age() -> re.Pattern:
    return re.compile(r"(?<![\w])(?:" + load("wish_measures")["age_said"] + r")(?![\w])")


def fitted(entry: dict, match: re.Match, folded: str) -> dict:
    """``entry`` (a measure of the wish tables) counting the people ``match`` names, under an age."""
    data = load("wish_measures")
    people = next((g for g in (match.groupdict().get(k) for k in ("people", "aged")) if g), None)
    noun = list(data["younger_people"].get(people, entry["noun"]) if people else entry["noun"])
    said = _age().search(folded, match.start())
    if said is not None and said.start() < match.end():  # « des comédiens de moins de 30 ans »: in the wish's words
        noun[0] = f"{noun[0]} {said.group(0)}"
    elif said is None:  # an age said after the wish narrows the measure on its own
        noun[0] = f"{noun[0]} {data['age_placeholder']}"
    return {**entry, "noun": noun}
