"""The span type every extractor returns."""
from __future__ import annotations

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
    kept: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (-(m.end - m.start), m.start)):
        if not any(k.overlaps(m.start, m.end) for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda m: m.start)


def inside(mentions: list[Mention], start: int, end: int) -> bool:
    """Whether ``start:end`` overlaps any of ``mentions``."""
    return any(m.overlaps(start, end) for m in mentions)
