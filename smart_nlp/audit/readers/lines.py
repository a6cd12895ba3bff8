"""Line-level heuristics shared by the plain-text and PDF readers: list items, headings
that stand alone, hard-wrapped lines that carry on a sentence; and ``Paragraph``, which
builds a block line by line in linear time."""
from __future__ import annotations

import re
from functools import lru_cache

from ...lang.fr import alternation, load
from ...text import fold
from ..document import Block
from ..limits import MAX_BLOCK_CHARS, MAX_HEADING_DEPTH

BULLET = re.compile(r"^\s*([-*+•–—·▪◦‣○►▸➢➤✓✔☐□■→])\s+(?=\S)")
NUMBERED = re.compile(r"^\s*(\(?\d{1,2}[.)]|\(?[a-z][.)]|\d{1,2}(?:\.\d{1,2}){1,11}\.?)\s+(?=\S)")
HEADING_NUMBER = re.compile(r"^\s*((?:\d{1,2}\.){0,40}\d{1,2})[.)]?\s+(?=\S)")
END_PUNCT = re.compile(r"[.!?;,…]$")
SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")


@lru_cache(maxsize=1)
def _open_end() -> re.Pattern:
    """A line ending on a word that cannot end a sentence (« de », « et », « pour »)."""
    words = load("goal_cues")["open_line_ends"]
    return re.compile(r"(?:[,\-]|\b" + alternation([re.escape(w) for w in words]) + r")$")


def heading_level(text: str, default: int) -> int:
    """« 2.1.3 Titre » → 3; bounded by ``MAX_HEADING_DEPTH``."""
    num = HEADING_NUMBER.match(text)
    level = num.group(1).count(".") + 1 if num else default
    return min(level, MAX_HEADING_DEPTH)


def heading_like(text: str) -> bool:
    """A short line with no closing punctuation (« Contexte », « 2. Objectifs 2026 »)."""
    words = text.split()
    return 0 < len(words) <= 12 and len(text) <= 90 and not END_PUNCT.search(text) and not text.endswith(":") \
        and (text[:1].isupper() or text[:1].isdigit())


def all_caps(text: str) -> bool:
    letters = [c for c in text[:200] if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def underline(line: str) -> bool:
    return bool(SETEXT.match(line))


def list_item(raw: str) -> tuple[str, str, int] | None:
    """(kind, text, indent) of a bullet or numbered line."""
    indent = len(raw) - len(raw.lstrip(" \t"))
    m = BULLET.match(raw)
    if m:
        return "bullet", raw[m.end():].strip(), indent
    m = NUMBERED.match(raw)
    if m:
        return "numbered", raw[m.end():].strip(), indent
    return None


def continues(prev: str, line: str) -> bool:
    """Whether ``line`` carries on the sentence of ``prev`` (hard-wrapped text)."""
    if not prev:
        return False
    first = line.lstrip()[:1]
    if first and (first.islower() or first in "(«\"%€"):
        return True
    return bool(_open_end().search(fold(prev[-30:].rstrip())))


class Paragraph:
    """A block built line by line: parts joined once, line starts recorded as it grows."""

    def __init__(self, text: str, kind: str, level: int, page: int | None, line: int | None):
        self.kind, self.level, self.page, self.line = kind, level, page, line
        self.parts = [text]
        self.size = len(text)
        self.lines = [(0, line)] if line is not None else []
        self.page_starts: list[tuple[int, int]] = []
        self.last = text

    def add(self, text: str, line: int | None, page: int | None = None, glue: str = " ") -> None:
        offset = self.size + len(glue)
        if line is not None:
            self.lines.append((offset, line))
        if page is not None and page != (self.page_starts[-1][1] if self.page_starts else self.page):
            self.page_starts.append((offset, page))
        self.parts.append(glue + text)
        self.size = offset + len(text)
        self.last = text

    @property
    def full(self) -> bool:
        return self.size >= MAX_BLOCK_CHARS

    @property
    def tail(self) -> str:
        """The end of the text so far, enough for ``continues``."""
        return self.last

    def block(self) -> Block:
        return Block("".join(self.parts), self.kind, self.level, self.page, self.line, lines=self.lines,
                     page_starts=self.page_starts)
