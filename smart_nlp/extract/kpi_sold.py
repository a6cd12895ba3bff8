"""What is sold is counted as sales (SPEC section 4: sales).

« vendre 1 000 visites guidées »: a count right after a verb of selling is sales, whatever
the noun. « qui a écoulé 4 800 tonnes de raclette en 2025, vise 5 500 tonnes »: a target
that counts the same thing as a start said with such a verb is sales too.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang.fr import load
from .base import Mention
from .stated import counted

__all__ = ["counts_sold"]


@lru_cache(maxsize=1)
def _sold() -> re.Pattern:
    return re.compile(r"(?<![a-z])(?:" + "|".join(load("verbs")["sales_verbs"]) + r")[a-z]* (?:[a-z'-]+ ){0,2}$")


def _after_sold(folded: str, num: Mention) -> bool:
    return bool(_sold().search(folded, max(0, num.start - 40), num.start))


def counts_sold(folded: str, targets: list[Mention], baseline: Mention | None) -> bool:
    """Whether the first target, a count, is a count of what is sold."""
    if not targets or targets[0].extra["unit"] is not None:
        return False
    first = targets[0]
    if _after_sold(folded, first):
        return True
    noun = counted(folded, first)
    return baseline is not None and noun is not None and counted(folded, baseline) == noun \
        and _after_sold(folded, baseline)
