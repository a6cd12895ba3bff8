"""Named places the user narrows a goal with (« surtout sur Vannes centre », « en Suisse
romande »): found outside the KPI words, said once with the preposition a town takes; and
the part of the public or the offer a focus adverb puts first (« surtout chez les U12 »)."""
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


def focus_spans(text: str, taken: SpanIndex) -> list[tuple[int, int]]:
    """« …, surtout chez les U12 et les U14 », « en priorité les seniors »: the words a focus
    adverb puts first, up to the end of their phrase (a stop or another role: ``taken``); a
    named place after one is read by ``named_places``."""
    out, folded = [], fold(text)
    for m in _focus_rx()[0].finditer(folded):
        s = m.end()
        stop = _focus_rx()[1].search(folded, s)
        e = len(folded[:stop.start() if stop else len(folded)].rstrip())
        e = min([e] + [r.start for r in taken.overlapping(s, e)])
        e = len(folded[:e].rstrip())
        if e > s and not _place_rx().match(text, s) and not taken.any(s, s + 1):
            out.append((s, e))
    return out


@lru_cache(maxsize=1)
def _focus_rx() -> tuple[re.Pattern, re.Pattern]:
    """A focus adverb (lang/fr/spoken.yaml), then the phrase it opens; where that phrase stops."""
    w = rewrite_data()["focus_phrase"]
    adverbs = "|".join(sorted(load("spoken")["focus_adverbs"], key=len, reverse=True))
    return (re.compile(r"(?<![\w])(?:" + adverbs + r") ?,? (?=(?:" + "|".join(w["openers"]) + r")(?:[ ']|(?<=')))"),
            re.compile(r"[,;:.!?()\n]|(?<![\w])(?:" + "|".join(w["stops"]) + r")(?![\w])"))
