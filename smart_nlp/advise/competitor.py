"""A competitor the user names beside a wish (« pensent à la librairie avant de commander
sur Amazon », « réservent chez nous au lieu de passer par Booking ») is where people go
instead, never the user's channel: its clause is set aside so that it neither narrows the
measure nor reads as a channel the user sells on. The cues live in ``lang/fr/coach.yaml``.
"""
from __future__ import annotations

import dataclasses
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..extract.base import Mention, SpanIndex
from ..lang.fr import load

if TYPE_CHECKING:
    from .reader import TextReader


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern, re.Pattern]:
    data = load("coach")
    return re.compile(r"(?<![\w])(?:" + data["competitor_cues"] + ")"), re.compile(data["clause_marks"])


def cut(r: "TextReader", start: int) -> tuple[int, int] | None:
    """Set aside the clause after ``start`` that names where people go instead of the user
    (a role of its own, its channels no longer the user's); its span, or None."""
    cue, marks = _cues()
    found = cue.search(r.folded, start)
    if found is None:
        return None
    stop = marks.search(r.folded, found.end())
    span = (found.start(), stop.start() if stop else len(r.folded.rstrip()))
    r.roles.append(Mention(*span, "BELIEF"))
    r.role_index = SpanIndex(r.roles)
    kept = [c for c in r.facts.channels if not span[0] <= c.start < span[1]]
    if len(kept) < len(r.facts.channels):
        r.facts = dataclasses.replace(r.facts, channels=kept)
        r.channel_index = SpanIndex(kept)
    return span
