"""Where each of many word patterns matches, in one pass over the text.

One ``finditer`` per pattern scans the whole text once per pattern; here one zero-width
pattern over all of them stops only where one matches. It has no group of its own: the
engine clears every mark up to the highest group it enters, so hundreds of named groups
made each word start cost as much as the whole list. Only where it stops, the patterns of
that first character, one named group each, say which matches first, and the same with
the patterns in reverse order says whether another pattern matches at that place too;
only then are the patterns after the first asked there. These are compiled when first needed.

The patterns are big word lists, and a word start costs one test per alternative the
engine tries there. So the alternatives are sorted by the characters they can start
with: one branch per first character holds, for each pattern, only its alternatives
that can start with it (in their order, so the same one wins), and a word start tries
one character test per branch, then the few alternatives of its own letter.
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


def alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of ``pattern`` (split at each ``|`` outside groups and
    classes), in order: ``a|(?:b|c)|[|]`` → ``a``, ``(?:b|c)``, ``[|]``."""
    out, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 1
        elif in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += pattern.startswith("^", i + 1) + pattern.startswith("]", i + 1 + pattern.startswith("^", i + 1))
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    return out + [pattern[start:]]


class WordPatterns:
    """Patterns (regex source) that match whole words of folded text."""

    def __init__(self, patterns: list[str]):
        # per pattern, its alternatives with the characters they can start with (None: any)
        split = [[(a, first_chars(a)) for a in alternatives(p)] for p in patterns]
        letters = sorted({c for alts in split for _, chars in alts if chars for c in chars})
        self._branches: dict[str, list[tuple[int, str]]] = {}  # first character → (pattern, its group)
        self._names: dict[str, int] = {}  # group name → pattern index
        for b, letter in enumerate([*letters, ""]):  # "": a character no known alternative starts with
            for j, alts in enumerate(split):
                kept = [a for a, chars in alts if chars is None or letter in chars]
                if kept:
                    name = f"e{j}_{b}"
                    self._names[name] = j
                    self._branches.setdefault(letter, []).append((j, f"(?P<{name}>(?:{'|'.join(kept)})(?![\\w]))"))
        flat = [(a, chars) for alts in split for a, chars in alts]
        unknown = [a for a, chars in flat if chars is None]
        guarded = [f"(?={re.escape(c)})(?:{'|'.join(a for a, chars in flat if chars is None or c in chars)})"
                   for c in letters]
        size = max(1, round(len(guarded) ** 0.5))  # two levels of tests: a few letters, then one
        guarded = [f"(?=[{''.join(map(re.escape, letters[i:i + size]))}])(?:{'|'.join(guarded[i:i + size])})"
                   for i in range(0, len(guarded), size)]
        everywhere = ["|".join(unknown)] if unknown else []
        self._starts = re.compile(r"(?<![\w])(?=(?:" + ("|".join(guarded + everywhere) or "(?!)") + r")(?![\w]))")
        self._count = len(patterns)
        self._from: dict[tuple[str, int], re.Pattern] = {}

    def _from_entry(self, letter: str, first: int) -> re.Pattern:
        """Where a pattern of ``letter``'s branch from its ``first`` on matches (-1: all of
        them, last first, so that the match names the last one)."""
        rx = self._from.get((letter, first))
        if rx is None:
            groups = self._branches[letter] if first >= 0 else self._branches[letter][::-1]
            rx = self._from[(letter, first)] = re.compile("|".join(g for _, g in groups[max(first, 0):]))
        return rx

    def matches(self, text: str) -> Iterator[tuple[int, int, int]]:
        """``(start, pattern index, end)`` for every place and every pattern matching there:
        places in text order, patterns in their order at one place."""
        names, branches = self._names, self._branches
        for start in self._starts.finditer(text):
            pos = start.start()
            letter = text[pos:pos + 1]
            if letter not in branches:
                letter = ""
            m = self._from_entry(letter, 0).match(text, pos)
            if m is None:
                continue
            group = branches[letter]
            last = names[self._from_entry(letter, -1).match(text, pos).lastgroup]
            k = 0
            while m is not None:
                j = names[m.lastgroup]
                yield pos, j, m.end(m.lastgroup)
                if j == last:
                    break
                while group[k][0] != j:
                    k += 1
                k += 1
                m = self._from_entry(letter, k).match(text, pos)

    def each(self, text: str) -> Iterator[tuple[int, int, int]]:
        """``(start, pattern index, end)``: the matches one ``finditer`` per pattern would
        give (a pattern's match inside its previous one skipped), in text order."""
        ends = [0] * self._count
        for pos, j, end in self.matches(text):
            if pos >= ends[j] and end > pos:
                ends[j] = end
                yield pos, j, end


class FirstOf:
    """The first of ordered patterns that matches a text, with the value it stands for.

    Asking each pattern in turn scans the text once per pattern, though most texts hold
    none of them: one pattern joining them all says so in one scan, and only a text it
    matches asks them in turn (when they cannot be joined, every text does). The joined
    pattern tests a word start once for all the patterns that open on one (``_LEAD``): a
    test per pattern at every character would cost as much as asking each in turn."""

    def __init__(self, rules: list[tuple[re.Pattern, object]]):
        self.rules = rules
        plain = re.compile("").flags
        try:
            joined = re.compile(_joined([rx.pattern for rx, _ in rules]))
        except re.error:  # a group named twice, a flag of its own
            joined = None
        self._any = joined if all(rx.flags == plain for rx, _ in rules) else None

    def search(self, text: str) -> tuple[re.Match, object] | None:
        """The first pattern's match anywhere in ``text``, and its value."""
        if self._any is not None and self._any.search(text) is None:
            return None
        return next(((m, value) for rx, value in self.rules if (m := rx.search(text))), None)

    def match(self, text: str) -> tuple[re.Match, object] | None:
        """The first pattern's match at the start of ``text``, and its value."""
        if self._any is not None and self._any.match(text) is None:
            return None
        return next(((m, value) for rx, value in self.rules if (m := rx.match(text))), None)


_LEAD = r"(?<![\w])"  # a word start


def _joined(patterns: list[str]) -> str:
    """A pattern that matches where one of ``patterns`` does: their alternatives that open
    on a word start share one test of it (only a first alternative can: ``_LEAD`` binds to it)."""
    led, free = [], []
    for pattern in patterns:
        first, *rest = alternatives(pattern)
        if first.startswith(_LEAD):
            led.append(first[len(_LEAD):])
        else:
            free.append(first)
        free += rest
    parts = ([_LEAD + "(?:" + "|".join(led) + ")"] if led else []) + free
    return "|".join(f"(?:{part})" for part in parts) or "(?!)"
