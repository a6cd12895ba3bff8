"""Where each of many word patterns matches, in one pass over the text.

One ``finditer`` per pattern scans the whole text once per pattern; here one zero-width
pattern over all of them stops only where one matches, and its named groups say which.
A second one, with the patterns in reverse order, says whether another pattern matches
at that place too; only then are the patterns after the first asked there, with a
pattern compiled when first needed.
"""
from __future__ import annotations

import re
from typing import Iterator


class WordPatterns:
    """Patterns (regex source) that match whole words of folded text."""

    def __init__(self, patterns: list[str]):
        self._bodies = [f"(?:{p})(?![\\w])" for p in patterns]
        self._from: dict[int, re.Pattern] = {}
        self._last: re.Pattern | None = None

    def _from_entry(self, first: int) -> re.Pattern:
        """Where a pattern from the ``first`` on matches, its group ``e<j>`` naming the first one."""
        rx = self._from.get(first)
        if rx is None:
            groups = "|".join(f"(?P<e{j}>{body})" for j, body in enumerate(self._bodies) if j >= first)
            rx = self._from[first] = re.compile(r"(?<![\w])(?=" + groups + ")")
        return rx

    def _last_entry(self) -> re.Pattern:
        if self._last is None:
            groups = "|".join(f"(?P<e{j}>{body})" for j, body in reversed(list(enumerate(self._bodies))))
            self._last = re.compile(r"(?<![\w])(?=" + groups + ")")
        return self._last

    def matches(self, text: str) -> Iterator[tuple[int, int, int]]:
        """``(start, pattern index, end)`` for every place and every pattern matching there:
        places in text order, patterns in their order at one place."""
        for m in self._from_entry(0).finditer(text):
            pos = m.start()
            last = int(self._last_entry().match(text, pos).lastgroup[1:])
            while m is not None:
                j = int(m.lastgroup[1:])
                yield pos, j, m.end(m.lastgroup)
                m = self._from_entry(j + 1).match(text, pos) if j < last else None

    def each(self, text: str) -> Iterator[tuple[int, int, int]]:
        """``(start, pattern index, end)``: the matches one ``finditer`` per pattern would
        give (a pattern's match inside its previous one skipped), in text order."""
        ends = [0] * len(self._bodies)
        for pos, j, end in self.matches(text):
            if pos >= ends[j] and end > pos:
                ends[j] = end
                yield pos, j, end
