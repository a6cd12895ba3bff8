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
from .spelling import correct

__all__ = ["LEXICONS", "find", "find_channels", "find_kpis", "lexicon_words"]


@lru_cache(maxsize=None)
def _compiled(name: str) -> list[tuple[str, re.Pattern]]:
    table = load(name)
    return [
        (key, re.compile(r"(?<![\w])(?:" + "|".join(entry["patterns"]) + r")(?![\w])"))
        for key, entry in table.items()
    ]


def find(name: str, folded: str, label: str) -> list[Mention]:
    """All mentions of lexicon ``name`` ("channels" or "kpis"), longest first."""
    fixed = correct(folded)
    found = []
    for key, rx in _compiled(name):
        for m in rx.finditer(fixed.text):
            if m.end() > m.start():
                start, end = fixed.source(m.start(), m.end())
                rule = f"{name}:{key}" + ("+spelling" if fixed.text[m.start():m.end()] != folded[start:end] else "")
                found.append(Mention(start, end, label, key, rule=rule))
    return longest_first(found)


_PLATFORMS = ("facebook", "instagram", "linkedin", "tiktok", "youtube", "x", "pinterest", "snapchat")


def find_channels(folded: str) -> list[Mention]:
    """Channel mentions; paid ads on a named platform (« LinkedIn Ads ») name it too."""
    platforms = [(key, rx) for key, rx in _compiled("channels") if key in _PLATFORMS]
    out = []
    for m in find("channels", folded, "CHANNEL"):
        if m.value == "social_ads":  # the same words name the platform, listed first
            out += [Mention(m.start, m.end, "CHANNEL", key, rule=f"channels:{key}<social_ads")
                    for key, rx in platforms if rx.search(folded, m.start, m.end)]
        out.append(m)
    return out


def find_kpis(folded: str) -> list[Mention]:
    return find("kpis", folded, "KPI")
