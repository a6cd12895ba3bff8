"""The noun of a rate as meant (issue 11, SPEC 6: the user's misspellings of recognised
words are corrected): in « taux de cliks », « taux d'anulation », the word after the rate's
head is what the rate measures; unknown as written and a few edits from one listed rate
noun (``lang/fr/rate_nouns.yaml``), it is written as that noun. Real words stay.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..extract.spelling import fuzzy_candidates, known
from ..lang.fr import load
from ..text import fold


@lru_cache(maxsize=1)
def _nouns() -> dict[str, str]:
    """Folded rate noun → as written."""
    return {fold(n): n for n in load("rate_nouns")["nouns"]}


@lru_cache(maxsize=1)
def _slot() -> re.Pattern:
    heads = "|".join(map(re.escape, load("rate_nouns")["heads"]))
    return re.compile(rf"(?<![\w-])(?:{heads}) d(?:e |['’])([\w-]+)")


def _limit(word: str) -> int:
    return max((d for n, d in load("rate_nouns")["max_distance"].items() if len(word) >= n), default=0)


def _meant(word: str) -> str | None:
    """The listed rate noun ``word`` (folded) is a typo of, or None."""
    nouns = _nouns()
    if word in nouns or known(word) or not (limit := _limit(word)):
        return None
    found = fuzzy_candidates(word, list(nouns), limit)
    best = [w for w, d in found if d == found[0][1]]
    return nouns[best[0]] if len(best) == 1 else None


def rate_nouns_written(text: str) -> str:
    """``text`` with each misspelt rate noun written as meant."""
    folded = fold(text)
    if len(folded) != len(text):
        return text
    for m in reversed(list(_slot().finditer(folded.lower()))):
        if text[m.start(1)] == text[m.start(1)].lower() and (meant := _meant(m.group(1))):
            text = text[:m.start(1)] + meant + text[m.end(1):]
    return text
