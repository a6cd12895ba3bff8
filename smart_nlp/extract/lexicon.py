"""Channels and KPIs: lexicon lookup over folded text (lang/fr/channels, kpis).

Lookups run on the goal as the spelling corrector reads it (``spelling.correct``:
inflected and misspelt words put back in their lexicon form), and every mention is
mapped back to the offsets of the folded text.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang.fr import load
from .base import Mention, longest_first
from .lexicon_words import LEXICONS, lexicon_words
from .scan import WordPatterns
from .spelling import correct

__all__ = ["LEXICONS", "find", "find_channels", "find_kpis", "lexicon_words"]


@lru_cache(maxsize=None)
def _entries(name: str) -> tuple[list[str], WordPatterns]:
    table = load(name)
    return list(table), WordPatterns(["|".join(entry["patterns"]) for entry in table.values()])


def find(name: str, folded: str, label: str) -> list[Mention]:
    """All mentions of lexicon ``name`` ("channels" or "kpis"), longest first: those of
    one ``finditer`` per entry (an entry's match inside its previous one is skipped)."""
    fixed = correct(folded)
    text = fixed.text
    keys, patterns = _entries(name)
    found = []
    for pos, j, end in patterns.each(text):
        start, stop = fixed.source(pos, end)
        rule = f"{name}:{keys[j]}" + ("+spelling" if text[pos:end] != folded[start:stop] else "")
        found.append(Mention(start, stop, label, keys[j], rule=rule))
    return longest_first(found)


_PLATFORMS = ("facebook", "instagram", "linkedin", "tiktok", "youtube", "x", "pinterest", "snapchat")


@lru_cache(maxsize=1)
def _platforms() -> list[tuple[str, re.Pattern]]:
    table = load("channels")
    return [(key, re.compile(r"(?<![\w])(?:" + "|".join(table[key]["patterns"]) + r")(?![\w])"))
            for key in table if key in _PLATFORMS]


def find_channels(folded: str) -> list[Mention]:
    """Channel mentions; paid ads on a named platform (« LinkedIn Ads ») name it too."""
    out = []
    for m in find("channels", folded, "CHANNEL"):
        if m.value == "social_ads":  # the same words name the platform, listed first
            out += [Mention(m.start, m.end, "CHANNEL", key, rule=f"channels:{key}<social_ads")
                    for key, rx in _platforms() if rx.search(folded, m.start, m.end)]
        out.append(m)
    return out


def find_kpis(folded: str) -> list[Mention]:
    return find("kpis", folded, "KPI")
