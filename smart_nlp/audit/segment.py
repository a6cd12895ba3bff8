"""Statements and their context: sentences cut from paragraphs and items, each with its
location (page, line, paragraph or table row, section) and its context — the chain of
headings above it and the lead-in (« Nos objectifs pour 2026 : ») that introduces a list
or a table. Linear in the document: the heading chain is one tuple shared by every
statement of a section, and a sentence end is judged on a bounded window."""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang.fr import load, message
from ..text import fold
from .document import Block, Location, Segment
from .limits import MAX_STATEMENT_CHARS

_LAST_WORD = re.compile(r"([\w.\-]+)[.]$")
_CLOSED = re.compile(r"[.!?…;][\s»\")\]]*$")


@lru_cache(maxsize=1)
def _sentence_end() -> re.Pattern:
    return re.compile(r"(?<=[.!?…])[»\")\]]?\s+(?=[«\"(\[]?\s?[A-ZÀ-ÖØ-Þ0-9+•])")


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    return frozenset(load("goal_cues")["abbreviations"])


def sentences(text: str) -> list[tuple[int, str]]:
    """(offset, sentence) pairs; a full stop after an abbreviation does not cut."""
    out: list[tuple[int, str]] = []
    start = 0
    abbr = _abbreviations()

    def add(end: int) -> None:
        raw = text[start:end]
        piece = raw.strip()
        if piece:
            out.append((start + len(raw) - len(raw.lstrip()), piece))

    for m in _sentence_end().finditer(text):
        last = _LAST_WORD.search(text, max(start, m.start() - 40), m.start())
        if last and (fold(last.group(1)) in abbr or len(last.group(1)) == 1):
            continue
        add(m.start())
        start = m.end()
    add(len(text))
    return out


def _location(block: Block, headings: tuple[str, ...], line: int | None, offset: int = 0) -> Location:
    return Location(page=block.page_at(offset), line=line, paragraph=block.paragraph, table=block.table, row=block.row,
                    section=headings[-1] if headings else None)


def opens_list(text: str) -> bool:
    """A sentence a list carries on: it ends on a colon or a comma, or on no punctuation
    at all (« D'ici 2027, nous voulons » ↵ « – doubler… »)."""
    return not _CLOSED.search(text)


def _introduces(parts: list[tuple[int, str]]) -> bool:
    return bool(parts) and opens_list(parts[-1][1])


def segment(blocks: list[Block]) -> tuple[list[Segment], list[str]]:
    """Statements in reading order, each with its location and context; and the notes
    on statements left out (longer than ``MAX_STATEMENT_CHARS``)."""
    levels: list[int] = []
    chain: tuple[str, ...] = ()
    segments: list[Segment] = []
    notes: list[str] = []
    lead_in: str | None = None
    table_header: dict[int, str] = {}

    def add(text: str, kind: str, location: Location, context: str | None, index: int) -> None:
        if len(text) > MAX_STATEMENT_CHARS:
            notes.append(message("goal_cues", "texts.too_long", where=location.describe(), n=MAX_STATEMENT_CHARS))
            return
        segments.append(Segment(text, kind, location, chain, context, len(segments), index))

    for b_index, block in enumerate(blocks):
        if block.kind == "heading":
            while levels and levels[-1] >= block.level:
                levels.pop()
                chain = chain[:-1]
            add(block.text, "heading", _location(block, chain, block.line), None, b_index)
            levels.append(block.level)
            chain = chain + (block.text,)
            lead_in = None
            continue
        if block.kind in ("bullet", "numbered"):
            context = lead_in
        elif block.kind in ("table_row", "table_header"):
            context = table_header.get(block.table or 0) or lead_in
        else:
            context = None
            lead_in = None
        if block.kind == "table_header":
            table_header[block.table or 0] = block.text
        if block.kind in ("table_row", "table_header"):
            add(block.text, block.kind, _location(block, chain, block.line), context, b_index)
            continue
        parts = sentences(block.text)
        for offset, sentence in parts:
            add(sentence, block.kind, _location(block, chain, block.line_at(offset), offset), context, b_index)
        if block.kind == "paragraph" and _introduces(parts):
            lead_in = parts[-1][1]
    return segments, notes
