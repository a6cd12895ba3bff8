"""The span type every extractor returns."""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any


@dataclass(slots=True)  # made by the tens per goal: slots make them and their fields quicker to reach
class Mention:
    """A labelled character span of the goal, with its normalized value."""

    start: int
    end: int
    label: str
    value: Any = None
    rule: str = ""
    extra: dict = field(default_factory=dict)

    def overlaps(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end

    def contains(self, start: int, end: int) -> bool:
        return self.start <= start and end <= self.end


def longest_first(mentions: list[Mention]) -> list[Mention]:
    """Keep non-overlapping mentions, longest first, returned in text order."""
    kept: list[Mention] = []  # sorted by start, never overlapping: only neighbours can clash
    starts: list[int] = []
    for m in sorted(mentions, key=lambda m: (-(m.end - m.start), m.start)):
        i = bisect_left(starts, m.start)
        if (i and kept[i - 1].overlaps(m.start, m.end)) or (i < len(kept) and kept[i].overlaps(m.start, m.end)):
            continue
        kept.insert(i, m)
        starts.insert(i, m.start)
    return kept


def inside(mentions: list[Mention], start: int, end: int) -> bool:
    """Whether ``start:end`` overlaps any of ``mentions``."""
    return any(m.overlaps(start, end) for m in mentions)


_start = attrgetter("start")


class SpanIndex:
    """Mentions sorted by start: those overlapping a window are found in logarithmic time.

    For the extractors that look around every KPI or channel of a goal, so that a goal
    repeating one a thousand times costs a thousand lookups, not a million comparisons.
    """

    def __init__(self, mentions: list[Mention]):
        if not mentions:  # most indexes of a goal are of spans it does not have
            self.items, self.starts, self.longest = [], [], 0
            return
        self.items = sorted(mentions, key=_start)
        self.starts = [m.start for m in self.items]
        self.longest = max([m.end - m.start for m in self.items], default=0)

    def overlapping(self, start: int, end: int) -> list[Mention]:
        lo = bisect_left(self.starts, start - self.longest)
        hi = bisect_left(self.starts, max(start, end))
        return [m for m in self.items[lo:hi + 1] if m.start < end and start < m.end]  # ``Mention.overlaps``

    def any(self, start: int, end: int) -> bool:
        if not self.items:
            return False
        lo = bisect_left(self.starts, start - self.longest)
        hi = bisect_left(self.starts, max(start, end))
        for m in self.items[lo:hi + 1]:
            if m.start < end and start < m.end:
                return True
        return False


def first_kept(mentions: list[Mention]) -> list[Mention]:
    """In text order, each mention that starts after the previous one kept ends."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: m.start):
        if out and out[-1].end > m.start:
            continue
        out.append(m)
    return out
