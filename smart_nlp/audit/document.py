"""The model of a read document: blocks from the readers, statements with their context.

A reader turns a file into ``Block``s that respect its structure (headings with their
level, bullets and numbered items, paragraphs, table rows); ``segment.py`` cuts them into
``Segment``s (statements) with their location and context. Every unreadable input raises
``DocumentError``, whose French message names the file and ends with an English gloss.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InvalidInput
from ..lang.fr import message


class DocumentError(InvalidInput):
    """A document that cannot be audited (missing, unsupported, corrupt, encrypted, empty)."""

    code = "SN010"

    def __init__(self, path: str | Path, message: str, gloss: str = ""):
        self.path = str(path)
        super().__init__(f"{path} : {message}" + (f" ({gloss})" if gloss else ""))


@dataclass
class Location:
    """Where a statement sits in its source, to point back to it."""

    page: int | None = None
    line: int | None = None
    paragraph: int | None = None
    table: int | None = None
    row: int | None = None
    section: str | None = None

    def short(self) -> str:
        """« p. 3, ligne 12 » (or the section when the source has no line numbers)."""
        text = self.describe().split(" — ")[0]
        return text or (message("audit", "location.section", name=self.section) if self.section else "")

    def describe(self) -> str:
        """« p. 3, ligne 12 — section « Objectifs 2026 » »."""
        parts = []
        if self.page is not None:
            parts.append(message("audit", "location.page", n=self.page))
        if self.table is not None:
            parts.append(message("audit", "location.table_row", table=self.table, row=self.row))
        elif self.line is not None:
            parts.append(message("audit", "location.line", n=self.line))
        elif self.paragraph is not None:
            parts.append(message("audit", "location.paragraph", n=self.paragraph))
        text = ", ".join(parts)
        if self.section:
            text += (" — " if text else "") + message("audit", "location.section", name=self.section)
        return text

    def to_dict(self) -> dict:
        return {"page": self.page, "line": self.line, "paragraph": self.paragraph, "table": self.table,
                "row": self.row, "section": self.section, "label": self.describe()}


def _at(marks: list[tuple[int, int]], offset: int, default: int | None) -> int | None:
    k = bisect_right(marks, (offset, float("inf")))
    return marks[k - 1][1] if k else default


@dataclass
class Block:
    """One structural unit of the source; ``lines`` maps text offsets to source lines
    (sorted by offset), ``page_starts`` to pages."""

    text: str
    kind: str  # heading | bullet | numbered | paragraph | table_row | table_header
    level: int = 0
    page: int | None = None
    line: int | None = None
    paragraph: int | None = None
    table: int | None = None
    row: int | None = None
    lines: list[tuple[int, int]] = field(default_factory=list)
    page_starts: list[tuple[int, int]] = field(default_factory=list)

    def line_at(self, offset: int) -> int | None:
        return _at(self.lines, offset, self.line)

    def page_at(self, offset: int) -> int | None:
        return _at(self.page_starts, offset, self.page)


@dataclass
class Segment:
    """A candidate statement with its location and context (``headings`` outermost first,
    a tuple shared by every statement of the section)."""

    text: str
    kind: str
    location: Location
    headings: tuple[str, ...] = ()
    lead_in: str | None = None
    index: int = 0
    block: int = 0

    @property
    def contexts(self) -> list[str]:
        """Lead-in first, then headings from the innermost out."""
        return ([self.lead_in] if self.lead_in else []) + list(reversed(self.headings))


@dataclass
class Document:
    """A read document: its blocks, statements and what went wrong on the way."""

    path: str
    format: str
    blocks: list[Block]
    segments: list[Segment]
    pages: int | None = None
    warnings: list[str] = field(default_factory=list)
    metadata: dict = field(default_factory=dict)
