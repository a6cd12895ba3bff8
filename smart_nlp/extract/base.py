"""The span type every extractor returns."""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Any


@dataclass
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
