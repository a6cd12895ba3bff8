"""PDF through ``pypdf``: lines with their font size, running headers, footers and page
numbers removed, sentences cut by a page break joined, headings from larger fonts (or,
in a PDF of one size, from short lines standing alone). An encrypted PDF is refused with
a clear message, whether or not it opens without a password; a page that cannot be read
is left out with a warning, and the pages past ``MAX_PAGES`` too."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ...lang.fr import load, message
from ...text import fold
from ..document import Block, DocumentError
from ..grammar import words
from ..limits import MAX_HEADING_DEPTH, MAX_PAGES
from .lines import Paragraph, all_caps, continues, heading_level, heading_like, list_item

_CLOSED = re.compile(r"[.!?:;…]$")


def _say(key: str, **fields) -> str:
    return message("audit", f"readers.pdf.{key}", **fields)



@lru_cache(maxsize=1)
def _page_number() -> re.Pattern:
    """A footer that is only a page number (« 3 », « Page 3 sur 12 », « – 3 – »), on folded text."""
    cues = load("goal_cues")
    return re.compile(r"^(?:" + words(cues["page_words"]) + r"\s*)?-?\s*\d{1,4}\s*(?:(?:"
                      + words(cues["page_of_words"]) + r")\s*\d{1,4})?\s*-?$")


def _page_lines(page) -> list[tuple[str, float]]:
    """The page's text lines, each with the largest font size used on it."""
    lines: list[tuple[str, float]] = []
    text, size = [], 0.0

    def visit(fragment, cm, tm, font, font_size) -> None:
        nonlocal size
        scale = abs(tm[3] or tm[0] or 1) * abs(cm[3] or cm[0] or 1) if tm and cm else 1
        for k, piece in enumerate(fragment.split("\n")):
            if k:
                lines.append(("".join(text), size))
                text.clear()
                size = 0.0
            if piece.strip():
                text.append(piece)
                size = max(size, round(float(font_size or 0) * scale, 1))
            elif piece:
                text.append(piece)

    page.extract_text(visitor_text=visit)
    lines.append(("".join(text), size))
    return lines


def _open(file: Path, path: str):
    with file.open("rb") as f:
        head = f.read(1024)
    if b"%PDF" not in head:
        raise DocumentError(path, _say("not_pdf"), "not a PDF")
    try:
        from pypdf import PdfReader
    except ImportError as err:  # pragma: no cover
        raise DocumentError(path, _say("needs_pypdf"), "pypdf missing") from err
    try:
        reader = PdfReader(str(file))
        encrypted = reader.is_encrypted
    except Exception as err:  # pypdf raises many kinds on a broken file
        raise DocumentError(path, _say("corrupt", error=type(err).__name__), "corrupt PDF") from err
    if encrypted:
        try:
            opened = reader.decrypt("")
        except Exception as err:  # a missing AES backend (cryptography) or a broken encryption dictionary
            raise DocumentError(path, _say("encrypted"), "password-protected PDF") from err
        if not opened:
            raise DocumentError(path, _say("encrypted"), "password-protected PDF")
    try:
        count = len(reader.pages)
    except Exception as err:
        raise DocumentError(path, _say("corrupt", error=type(err).__name__), "corrupt PDF") from err
    if count == 0:
        raise DocumentError(path, _say("no_page"), "no readable page")
    return reader, count


def _pdf_pages(file: Path, path: str) -> tuple[list[list[tuple[str, float]]], dict, list[str]]:
    reader, count = _open(file, path)
    pages, bad, warnings = [], [], []
    bomb = False
    for number in range(min(count, MAX_PAGES)):
        try:
            pages.append(_page_lines(reader.pages[number]))
        except Exception as err:  # one unreadable page costs that page only
            pages.append([])
            bad.append(number + 1)
            bomb = bomb or type(err).__name__ == "LimitReachedError"
    if bad and len(bad) == len(pages):
        if bomb:
            raise DocumentError(path, _say("bomb"), "decompression bomb refused")
        raise DocumentError(path, _say("no_page"), "no readable page")
    if bad:
        warnings.append(_say("bad_pages", n=len(bad), pages=_pages_list(bad)))
    if count > MAX_PAGES:
        warnings.append(_say("cut", count=count, limit=MAX_PAGES))
    meta = {}
    try:
        info = reader.metadata
        if info is not None and info.title:
            meta["title"] = str(info.title)
    except Exception:  # a broken info dictionary costs the title, not the audit
        pass
    return pages, meta, warnings


def read_pdf(file: Path, path: str) -> tuple[list[Block], int, list[str], dict]:
    """Blocks, page count, warnings and metadata (title) of a PDF."""
    pages, meta, warnings = _pdf_pages(file, path)
    if not any(t.strip() for lines in pages for t, _ in lines):
        raise DocumentError(path, _say("no_text_layer", pages=_say("pages", n=len(pages))), "no text layer")
    empty = [i + 1 for i, lines in enumerate(pages) if lines and not any(t.strip() for t, _ in lines)]
    if empty:
        warnings.insert(0, _say("scanned", n=len(empty), pages=_pages_list(empty)))
    return _pdf_lines_to_blocks(_pdf_clean(pages)), len(pages), warnings, meta


def _pdf_clean(pages: list[list[tuple[str, float]]]) -> list[list[tuple[int, str, float]]]:
    """Lines of each page (number on the page, text, size), running headers and page numbers removed."""
    split = [[(i + 1, " ".join(t.split()), size) for i, (t, size) in enumerate(lines)] for lines in pages]
    split = [[x for x in lines if x[1]] for lines in split]
    repeated: set[str] = set()
    if len(split) >= 3:
        counts: dict[str, int] = {}
        for lines in split:
            for key in {re.sub(r"\d+", "#", t) for _, t, _ in lines[:2] + lines[-2:]}:
                counts[key] = counts.get(key, 0) + 1
        repeated = {k for k, c in counts.items() if c >= max(3, len(split) // 2)}
    out = []
    for lines in split:
        kept = []
        for k, (number, t, size) in enumerate(lines):
            edge = k < 2 or k >= len(lines) - 2
            if edge and (_page_number().match(fold(t)) or re.sub(r"\d+", "#", t) in repeated):
                continue
            kept.append((number, t, size))
        out.append(kept)
    return out


def _body_size(pages: list[list[tuple[int, str, float]]]) -> float:
    weight: dict[float, int] = {}
    for lines in pages:
        for _, t, size in lines:
            weight[size] = weight.get(size, 0) + len(t)
    return max(weight, key=weight.get) if weight else 0.0


def _pdf_lines_to_blocks(pages: list[list[tuple[int, str, float]]]) -> list[Block]:
    """Blocks over all pages: a sentence cut by a page break is joined to its start."""
    body = _body_size(pages)
    sized = body > 0 and any(size >= body * 1.15 for lines in pages for _, _, size in lines)
    levels = _size_levels(pages, body)
    blocks: list[Block] = []
    current: Paragraph | None = None

    def close() -> None:
        nonlocal current
        if current is not None:
            blocks.append(current.block())
        current = None

    for page, lines in enumerate(pages, start=1):
        for k, (number, t, size) in enumerate(lines):
            nxt = lines[k + 1][1] if k + 1 < len(lines) else ""
            big = sized and size >= body * 1.15
            item = list_item(t)
            if item and not big:
                close()
                kind, text, _ = item
                current = Paragraph(text, kind, 0, page, number)
                continue
            if current is not None and not big and not current.full and (continues(current.tail, t) or (
                    current.kind == "paragraph" and not _CLOSED.search(current.tail))):
                joined = current.tail.endswith("-") and t[:1].islower()
                current.add(t, number, page, glue="" if joined else " ")
                continue
            close()
            if sized:
                heading = big and len(t) <= 120
            else:
                heading = (heading_like(t) or all_caps(t)) and ": " not in t and (
                    not nxt or nxt[:1].isupper() or nxt[:1].isdigit() or list_item(nxt) is not None)
            if heading:
                default = 1 if not sized else levels.get(size, 1)
                blocks.append(Block(t, "heading", heading_level(t, default), page, number))
                continue
            current = Paragraph(t, "paragraph", 0, page, number)
    close()
    return blocks


def _size_levels(pages: list[list[tuple[int, str, float]]], body: float) -> dict[float, int]:
    """Bigger fonts are higher headings: level 1 for the largest size used for headings."""
    sizes = sorted({s for lines in pages for _, _, s in lines if s >= body * 1.15}, reverse=True)
    return {s: min(k + 1, MAX_HEADING_DEPTH) for k, s in enumerate(sizes)}


def _pages_list(numbers: list[int]) -> str:
    if len(numbers) == 1:
        return _say("page", n=numbers[0])
    shown = ", ".join(str(n) for n in numbers[:10]) + ("…" if len(numbers) > 10 else "")
    return _say("page_list", numbers=shown)


