"""Coordinations a kept phrase keeps whole (issue 11): « via le salon Emballage Paris et une
série de webinaires », « stages de poterie pour enfants et adultes », « 200 chats contre le
typhus ». Cut at « et » or « contre », the phrase loses its second member, or keeps what
follows it and reads as nonsense.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import rewrite_data


def _alt(words: list[str]) -> str:
    return "(?:" + "|".join(words) + ")"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    w = rewrite_data()["coordination"]
    det = _alt(w["determiners"])
    instrument = re.compile(r"(?<![\w])" + _alt(w["instruments"]) + r" " + det + r"(?: |(?<='))[^,;:.!?()]*$")
    bare = re.compile(r"(?:(?<![\w])" + _alt(w["bare_preps"]) + r"|\d) (?!" + det + r"(?: |(?<=')))[a-z-]+ $")
    return instrument, bare, re.compile(det + r"(?:'|$)")


def coordinated(folded: str, at: int, after: str) -> bool:
    """Whether « et » at ``at`` (folded text) joins ``after`` (the folded word after it) to the
    phrase: a determiner after a means said with its determiner (« via le salon … et une
    série »), or a bare noun after a bare noun (« pour enfants et adultes », « 15 bars et
    caves »); the caller stops before a verb."""
    instrument, bare, determiner = _patterns()
    before = folded[max(0, at - 120):at]
    if determiner.match(after):
        return bool(instrument.search(before))
    return bool(bare.search(before))


def against(folded: str, at: int) -> bool:
    """Whether « contre » ending at ``at`` (folded text) opens what an action fights
    (« contre la leptospirose »), not a comparison (« contre 40 », « contre l'an dernier »)."""
    w = rewrite_data()["coordination"]
    m = re.match(r"\s*" + _alt(w["determiners"]) + r"(?: |(?<='))([a-z-]+)", folded[at:])
    return m is not None and m.group(1) not in w["against_times"]
