"""Coordinations a kept phrase keeps whole (issue 11): « via le salon Emballage Paris et une
série de webinaires », « stages de poterie pour enfants et adultes », « 200 chats contre le
typhus », « créneaux du mardi et mercredi matin ». Cut at « et » or « contre », the phrase
loses its second member, or keeps what follows it and reads as nonsense.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..lang.fr import load
from .forms import infinitive
from .lexicon import rewrite_data

if TYPE_CHECKING:
    from ..extract.base import SpanIndex


def _alt(words: list[str]) -> str:
    return "(?:" + "|".join(words) + ")"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    w = rewrite_data()["coordination"]
    det = _alt(w["determiners"])
    instrument = re.compile(r"(?<![\w])" + _alt(w["instruments"]) + r" " + det + r"(?: |(?<='))[^,;:.!?()]*$")
    bare = re.compile(r"(?:(?<![\w])" + _alt(w["bare_preps"]) + r" (?!" + det + r"(?: |(?<=')))[a-z-]+"
                      r"|\d(?: [a-z-]+){1,3}) $")  # « 25 nouvelles caves et épiceries »: a counted group
    return instrument, bare, re.compile(det + r"(?:'|$)")


def coordinated(folded: str, at: int, after: str) -> bool:
    """Whether « et » at ``at`` (folded text) joins ``after`` (the folded word after it) to the
    phrase: a determiner after a means said with its determiner (« via le salon … et une
    série »), or a bare noun after a bare noun (« pour enfants et adultes », « 15 bars et
    caves »); the caller stops before a verb."""
    instrument, bare, determiner = _patterns()
    before = folded[max(0, at - 120):at]
    if _slots_joined(folded, at):
        return True
    if determiner.match(after):
        return bool(instrument.search(before))
    return bool(bare.search(before))


def _slots_joined(folded: str, at: int) -> bool:
    """« les créneaux du mardi et mercredi matin », « du vendredi et du samedi soir »: « et »
    joins two days or times of a schedule, which the goal is about together."""
    before, after = _slot_patterns()
    return bool(before.search(folded, max(0, at - 30), at) and after.match(folded, at + 3))


@lru_cache(maxsize=1)
def _slot_patterns() -> tuple[re.Pattern, re.Pattern]:
    w = rewrite_data()["coordination"]["slots"]
    day = _alt(list(load("time_words")["weekdays"])) + "s?"
    part = _alt(w["parts"])
    return (re.compile(r"(?<![\w])(?:" + day + "|" + part + r")(?: " + part + r")? $"),
            re.compile(r"(?:" + _alt(w["determiners"]) + r" )?(?:" + day + "|" + part + r")(?![\w])"))


@lru_cache(maxsize=1)
def _joined() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    w = rewrite_data()["coordination"]
    det = _alt(w["determiners"])
    people = re.compile(r"(?<![\w])" + _alt(w["people_preps"]) + r" ?" + det + r"(?: |(?<='))[^,;:.!?()]*$")
    area = re.compile(r"(?<![\w])" + _alt(w["area_preps"]) + r" (?:" + det + r"(?: |(?<=')))?([\w'-]+) $")
    return people, area, re.compile(r" *" + det + r"(?: |(?<='))([a-z-]+)")


def joined(text: str, folded: str, at: int, channels: "SpanIndex") -> bool:
    """Whether « et » at ``at`` joins a second group of people or a place's surroundings."""
    return _people_joined(folded, at) or _area_joined(text, folded, at, channels)


def _people_joined(folded: str, at: int) -> bool:
    """Whether « et » at ``at`` joins a second group of people to those the KPI is counted
    among (« chez les vétérinaires et les dentistes »), not an action on them (« et les fidéliser »)."""
    people, _, det = _joined()
    after = det.match(folded, at + 3)
    return bool(after and people.search(folded[max(0, at - 120):at]) and not infinitive(after.group(1)))


def _area_joined(text: str, folded: str, at: int, channels: "SpanIndex") -> bool:
    """Whether « et » at ``at`` joins a named place to its surroundings (« sur Lausanne et
    environs », « sur Sion et la vallée »): the word before is a capitalised name after a
    preposition of place, and no channel (« sur Instagram et la notoriété »)."""
    _, area, _ = _joined()
    m = area.search(folded[max(0, at - 60):at])
    return bool(m) and text[at - len(m.group(1)) - 1:at][:1].isupper() and not channels.any(at - 2, at - 1)


def against(folded: str, at: int) -> bool:
    """Whether « contre » ending at ``at`` (folded text) opens what an action fights
    (« contre la leptospirose »), not a comparison (« contre 40 », « contre l'an dernier »)."""
    w = rewrite_data()["coordination"]
    m = re.match(r"\s*" + _alt(w["determiners"]) + r"(?: |(?<='))([a-z-]+)", folded[at:])
    return m is not None and m.group(1) not in w["against_times"]
