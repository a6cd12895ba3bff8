"""Named places the user narrows a goal with (« surtout sur Vannes centre », « en Suisse
romande »): found outside the KPI words, said once with the preposition a town takes."""
from __future__ import annotations

import re
from functools import lru_cache

from ..extract.base import SpanIndex
from ..lang.fr import load
from ..text import fold
from .lexicon import rewrite_data


def named_places(text: str, *taken: SpanIndex) -> list[tuple[int, int]]:
    """Where a town or district the user names stands, after a place preposition: no
    channel, no date, no other role (``taken``: the spans already read as something else)."""
    out, labels = [], _channel_words()
    for m in _place_rx().finditer(text):
        s, e = m.span("name")
        if not (any(t.any(s, e) for t in taken) or fold(m.group("name")).split()[0] in labels):
            out.append((s, e))
    return out


def as_town(said: str) -> str:
    """« sur Vannes centre » → « à Vannes centre »: a town is where, not on what."""
    named = _place_rx().fullmatch(said)
    if named is None:
        return said
    town = rewrite_data()["named_place"]["town"]
    return f"{town.get(fold(named.group('prep')), named.group('prep'))} {named.group('name')}"


@lru_cache(maxsize=1)
def _place_rx() -> re.Pattern:
    """A place preposition, then capitalised words (« Lorient centre », « Saint-Brieuc »)."""
    w = rewrite_data()["named_place"]
    name = r"[A-ZÀ-Ý][\w'’-]+"
    after = "|".join([*w["suffixes"], *(r"[a-zà-ÿ]+" + e for e in w["demonym_endings"])])
    return re.compile(r"(?<![\w'’])(?P<prep>" + "|".join(w["preps"]) + r") (?P<name>" + name + r"(?: (?:" + name + "|"
                      + after + r")(?![\w'’]))*)")


@lru_cache(maxsize=1)
def _channel_words() -> frozenset[str]:
    """The first word of each channel's name (« google », « instagram »): no place."""
    return frozenset(fold(c["label"]).split(" ")[0] for c in load("channels").values())
