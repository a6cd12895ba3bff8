"""Where each of many word patterns matches, in one pass over the text.

One ``finditer`` per pattern scans the whole text once per pattern; here one zero-width
pattern over all of them stops only where one matches, and its named groups say which.
A second one, with the patterns in reverse order, says whether another pattern matches
at that place too; only then are the patterns after the first asked there, with a
pattern compiled when first needed. Each pattern is guarded by the characters its match
can start with: at a word start, the engine skips a pattern on one character test
instead of trying each of its alternatives.
"""
from __future__ import annotations

import re
from re import _constants as sre, _parser as sre_parse  # the parser behind ``re.compile``
from typing import Iterator

_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def first_chars(pattern: str) -> frozenset[str] | None:
    """Every character a match of ``pattern`` can start with, or None when that is not
    known (a class by category or negation, any character, flags, a match that can be empty)."""
    try:
        chars, empty = _sequence(sre_parse.parse(pattern))
    except (re.error, _Unknown):
        return None
    return None if empty else frozenset(chars)


class _Unknown(Exception):
    """A construct whose first characters are not worked out."""


def _sequence(items) -> tuple[set[str], bool]:
    """The first characters of a sequence, and whether it can match the empty string."""
    out: set[str] = set()
    for op, av in items:
        chars, empty = _item(op, av)
        out |= chars
        if not empty:
            return out, False
    return out, True


def _item(op, av) -> tuple[set[str], bool]:
    if op is sre.LITERAL:
        return {chr(av)}, False
    if op is sre.IN:
        chars = set()
        for kind, value in av:
            if kind is sre.LITERAL:
                chars.add(chr(value))
            elif kind is sre.RANGE and value[1] - value[0] < 256:
                chars.update(map(chr, range(value[0], value[1] + 1)))
            else:
                raise _Unknown
        return chars, False
    if op is sre.BRANCH:
        chars, empty = set(), False
        for alternative in av[1]:
            c, e = _sequence(alternative)
            chars, empty = chars | c, empty or e
        return chars, empty
    if op is sre.SUBPATTERN and not av[1] and not av[2]:  # a group without flags of its own
        return _sequence(av[3])
    if op in _REPEATS:
        chars, empty = _sequence(av[2])
        return chars, empty or av[0] == 0
    if op in _ZERO_WIDTH:  # consumes nothing: the first character comes after it
        return set(), True
    raise _Unknown


def _group(j: int, body: str) -> str:
    """``body`` as group ``e<j>``, behind a look-ahead for the characters it can start with."""
    chars = first_chars(body)
    guard = "" if chars is None else "(?=[" + "".join(map(re.escape, sorted(chars))) + "])"
    return f"{guard}(?P<e{j}>{body})"


class WordPatterns:
    """Patterns (regex source) that match whole words of folded text."""

    def __init__(self, patterns: list[str]):
        self._groups = [_group(j, f"(?:{p})(?![\\w])") for j, p in enumerate(patterns)]
        self._from: dict[int, re.Pattern] = {}
        self._last: re.Pattern | None = None

    def _from_entry(self, first: int) -> re.Pattern:
        """Where a pattern from the ``first`` on matches, its group ``e<j>`` naming the first one."""
        rx = self._from.get(first)
        if rx is None:
            groups = "|".join(self._groups[first:])
            rx = self._from[first] = re.compile(r"(?<![\w])(?=" + groups + ")")
        return rx

    def _last_entry(self) -> re.Pattern:
        if self._last is None:
            groups = "|".join(reversed(self._groups))
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
        ends = [0] * len(self._groups)
        for pos, j, end in self.matches(text):
            if pos >= ends[j] and end > pos:
                ends[j] = end
                yield pos, j, end
