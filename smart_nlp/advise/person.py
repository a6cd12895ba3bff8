"""The user's person in what a rewrite proposes: the tables write to the user (« vos
services », « qui vous recommandent ») but the rewrite is the user's own goal, so a goal
about « mes séances » gets « mes services », one about « nos paniers » (or no one) gets
« nos services ». The words live in ``lang/fr/fitting.yaml`` (``person``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang.fr import load
from ..text import fold
from .earliest import Earliest


@lru_cache(maxsize=1)
def _data() -> dict:
    return load("fitting")["person"]


@lru_cache(maxsize=4)
def _rx(key: str) -> Earliest[str]:
    return Earliest([(p, re.compile(r"(?<![\w'])(?:" + w + r")(?![\w])")) for p, w in _data()[key].items()])


@lru_cache(maxsize=256)  # a pure function of the goal's text, asked for each means proposed
def of_goal(folded: str) -> str:
    """The person the (folded) goal speaks in: its first possessive, else its first pronoun."""
    for key in ("possessives", "pronouns"):
        first = _rx(key).at_first(folded)
        if first:
            return min(p for p, _ in first[1])
    return _data()["default"]


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern, dict[str, str], set[str], re.Pattern]:
    d = _data()
    roles = {w: role for role, w in d["written"].items()}
    return (re.compile(r"(?<![\w'-])(" + "|".join(roles) + r")(?![\w'-])( ?)(\w?)"), roles,
            {fold(w) for w in d["feminine"]}, re.compile(d["tonic_after"]))


def kept(text: str, folded_goal: str) -> str:
    """``text`` (a proposal written to the user) said in the goal's person."""
    forms = _data()["forms"].get(of_goal(folded_goal))
    if forms is None:
        return text
    rx, roles, feminine, tonic = _words()
    vowels = _data()["vowels"]

    def swap(m: re.Match) -> str:
        word, space, first = m.groups()
        role = roles[word]
        if role == "possessive":
            noun = fold(text[m.start(3):].split(" ")[0].strip(",.;"))
            female = noun in feminine and first.lower() not in vowels
            return forms["possessive_f" if female else "possessive"] + space + first
        if role != "pronoun":
            return forms[role] + space + first
        if tonic.match(text, m.start(2)):
            return forms["tonic"] + space + first
        if first.lower() in vowels and forms["pronoun_vowel"].endswith("'"):
            return forms["pronoun_vowel"] + first
        return forms["pronoun"] + space + first

    return rx.sub(swap, text)
