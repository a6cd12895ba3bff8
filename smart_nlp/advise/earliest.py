"""The earliest place where one of several named patterns matches a text, in one scan.

Asking each pattern for its first match, then keeping the earliest, scans the text once per
pattern; one pattern joining them all finds that place in one scan, and only the patterns
matching there are asked again. Patterns that cannot be joined (a flag or a back-reference
of their own, a group named twice) are asked one after the other, with the same answer."""
from __future__ import annotations

import re
from typing import Generic, TypeVar

K = TypeVar("K")

_PLAIN = re.compile("").flags
_BACKREF = re.compile(r"\\[1-9]|\(\?P=")


class Earliest(Generic[K]):
    """Named patterns: ``at_first(text)`` is where the first of them matches, and the name
    and match of each pattern matching there (in their order)."""

    def __init__(self, named: list[tuple[K, re.Pattern]]):
        self.named = named
        self._any = None
        if all(rx.flags == _PLAIN and not _BACKREF.search(rx.pattern) for _, rx in named):
            try:
                self._any = re.compile("|".join(f"(?:{rx.pattern})" for _, rx in named))
            except re.error:  # a group named twice
                self._any = None

    def at_first(self, text: str) -> tuple[int, list[tuple[K, re.Match]]] | None:
        if self._any is None:
            found = [(key, m) for key, rx in self.named if (m := rx.search(text))]
            start = min((m.start() for _, m in found), default=None)
            return None if start is None else (start, [(k, m) for k, m in found if m.start() == start])
        first = self._any.search(text)
        if first is None:
            return None
        start = first.start()  # no pattern matches earlier: each one matching here has its first match here
        return start, [(key, m) for key, rx in self.named if (m := rx.match(text, start))]
