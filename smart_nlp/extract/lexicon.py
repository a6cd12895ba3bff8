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


def _bodies(name: str) -> list[str]:
    """Each entry's patterns as one group, ending on a word boundary."""
    return ["(?:" + "|".join(entry["patterns"]) + r")(?![\w])" for entry in load(name).values()]


@lru_cache(maxsize=None)
def _from_entry(name: str, first: int) -> re.Pattern:
    """Where an entry from the ``first`` on matches (zero width), its group ``e<j>`` naming
    the first such entry ``j`` and holding its match; compiled when first needed."""
    groups = "|".join(f"(?P<e{j}>{body})" for j, body in enumerate(_bodies(name)) if j >= first)
    return re.compile(r"(?<![\w])(?=" + groups + ")")


@lru_cache(maxsize=None)
def _last_entry(name: str) -> re.Pattern:
    """``_from_entry(name, 0)`` with the entries in reverse order: the last entry that
    matches at a place (the same as the first: no other entry matches there)."""
    groups = "|".join(f"(?P<e{j}>{body})" for j, body in reversed(list(enumerate(_bodies(name)))))
    return re.compile(r"(?<![\w])(?=" + groups + ")")


def find(name: str, folded: str, label: str) -> list[Mention]:
    """All mentions of lexicon ``name`` ("channels" or "kpis"), longest first.

    The mentions that one ``finditer`` per entry would give, in one pass over the text:
    at each place where an entry matches, the entries after it are asked there too, and an
    entry's match inside its previous one is skipped, as ``finditer`` skips it."""
    fixed = correct(folded)
    text = fixed.text
    keys = list(load(name))
    found, ends = [], [0] * len(keys)
    for m in _from_entry(name, 0).finditer(text):
        pos = m.start()
        last = int(_last_entry(name).match(text, pos).lastgroup[1:])
        while m is not None:
            j = int(m.lastgroup[1:])
            end = m.end(m.lastgroup)
            if pos >= ends[j] and end > pos:
                ends[j] = end
                start, stop = fixed.source(pos, end)
                rule = f"{name}:{keys[j]}" + ("+spelling" if text[pos:end] != folded[start:stop] else "")
                found.append(Mention(start, stop, label, keys[j], rule=rule))
            m = _from_entry(name, j + 1).match(text, pos) if j < last else None
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
