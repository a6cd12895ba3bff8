"""Channels and KPIs: lexicon lookup over folded text (lang/fr/channels, kpis).

Lookups run on the goal as the spelling corrector reads it (``spelling.correct``:
inflected and misspelt words put back in their lexicon form), and every mention is
mapped back to the offsets of the folded text.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import product
from re import _parser as sre  # the stdlib regex parser: expands patterns into words

from ..lang.fr import load
from .base import Mention, longest_first

LEXICONS = ("channels", "kpis")
_MAX_FORMS = 256


@lru_cache(maxsize=None)
def _compiled(name: str) -> list[tuple[str, re.Pattern]]:
    table = load(name)
    return [
        (key, re.compile(r"(?<![\w])(?:" + "|".join(entry["patterns"]) + r")(?![\w])"))
        for key, entry in table.items()
    ]


def _forms(items) -> list[str]:
    """Every string a parsed regex matches, with a space for anything not literal."""
    out, run = [""], []
    for op, arg in items:
        if op is sre.LITERAL:
            run.append(chr(arg))
            continue
        if op is sre.MAX_REPEAT and arg[0] == 0 and arg[1] == 1:
            alts = ["", *_forms(arg[2])]
        elif op is sre.SUBPATTERN:
            alts = _forms(arg[-1])
        elif op is sre.BRANCH:
            alts = [s for branch in arg[1] for s in _forms(branch)]
        elif op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
            alts = [""]
        else:
            alts = [" "]
        prefix, run = "".join(run), []
        out = [s + prefix + a for s, a in product(out, alts)][:_MAX_FORMS]
    tail = "".join(run)
    return [s + tail for s in out]


@lru_cache(maxsize=None)
def lexicon_words(min_len: int = 4) -> dict[str, tuple[str, str]]:
    """Single words the channel and KPI patterns spell out → (lexicon, id).

    The spelling corrector snaps a misspelt or inflected word onto one of these.
    """
    words: dict[str, tuple[str, str]] = {}
    for name in LEXICONS:
        for key, entry in load(name).items():
            for pattern in entry["patterns"]:
                for form in _forms(sre.parse(pattern)):
                    for w in re.findall(r"[a-z][a-z-]*[a-z]", form):
                        if len(w) >= min_len:
                            words.setdefault(w, (name, key))
    return words


def find(name: str, folded: str, label: str) -> list[Mention]:
    """All mentions of lexicon ``name`` ("channels" or "kpis"), longest first."""
    from .spelling import correct  # spelling reads lexicon_words from this module

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
