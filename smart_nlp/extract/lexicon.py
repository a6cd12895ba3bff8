"""Channels and KPIs: lexicon lookup over folded text (lang/fr/channels, kpis)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang.fr import load
from .base import Mention, longest_first


@lru_cache(maxsize=None)
def _compiled(name: str) -> list[tuple[str, re.Pattern]]:
    table = load(name)
    return [
        (key, re.compile(r"(?<![\w])(?:" + "|".join(entry["patterns"]) + r")(?![\w])"))
        for key, entry in table.items()
    ]


def find(name: str, folded: str, label: str) -> list[Mention]:
    """All mentions of lexicon ``name`` ("channels" or "kpis"), longest first."""
    found = [
        Mention(m.start(), m.end(), label, key, rule=f"{name}:{key}")
        for key, rx in _compiled(name)
        for m in rx.finditer(folded)
        if m.end() > m.start()
    ]
    return longest_first(found)


def find_channels(folded: str) -> list[Mention]:
    return find("channels", folded, "CHANNEL")


def find_kpis(folded: str) -> list[Mention]:
    return find("kpis", folded, "KPI")
