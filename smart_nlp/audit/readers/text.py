"""Plain text: headings that stand alone or are underlined, bullets and numbered items,
paragraphs joined across hard-wrapped lines; every block keeps its source lines."""
from __future__ import annotations

from ..document import Block
from .lines import (Paragraph, all_caps, continues, heading_level, heading_like, list_item, underline,
                    HEADING_NUMBER)


def _wrap_width(lines: list[str]) -> int:
    """The width text was hard-wrapped at: the length nine lines in ten stay within."""
    sizes = sorted(len(line.strip()) for line in lines if line.strip())
    return sizes[int(0.9 * (len(sizes) - 1))] if sizes else 0


def _wrapped(content: str, nxt: str, width: int) -> bool:
    """A line cut by hard wrapping: the next line's first word would (nearly) not have fitted on it."""
    return len(content) >= 0.6 * width and len(content) + 1 + len(nxt.split()[0]) > 0.9 * width


def _txt_heading(content: str, next_line: str, listed: bool, width: int) -> bool:
    """A short unpunctuated line standing alone, or in capitals, or followed by a list
    or a longer sentence (not by another line like itself, nor by the rest of its own
    hard-wrapped sentence)."""
    if content.endswith(":") or not (heading_like(content) or all_caps(content)):
        return False
    if listed and not HEADING_NUMBER.match(content):
        return False
    nxt = next_line.strip()
    if nxt and (continues(content, nxt) or not all_caps(content) and _wrapped(content, nxt, width)):
        return False
    if not nxt or all_caps(content):
        return True
    if listed:
        return False
    if list_item(nxt) is not None:
        return True
    return not heading_like(nxt) and not underline(nxt)


def read_text(text: str, page: int | None = None, first_line: int = 1) -> list[Block]:
    """Blocks of a plain-text source, with their source line numbers."""
    raw_lines = text.split("\n")
    blocks: list[Block] = []
    current: Paragraph | None = None
    group_start = True  # the previous line was blank (or this is the first line)
    underlined = -1

    def close() -> None:
        nonlocal current
        if current is not None and current.size and "".join(current.parts).strip():
            blocks.append(current.block())
        current = None

    n = len(raw_lines)
    width = _wrap_width(raw_lines)
    for i, raw in enumerate(raw_lines):
        if i == underlined:
            continue
        number = first_line + i
        line = raw.rstrip()
        if not line.strip():
            close()
            group_start = True
            continue
        content = line.strip()
        next_line = raw_lines[i + 1].rstrip() if i + 1 < n else ""
        item = list_item(line)
        if underline(next_line) and not item and current is None and len(next_line.strip()) >= 3:
            close()
            level = 1 if next_line.strip().startswith("=") else 2
            blocks.append(Block(content, "heading", level, page, number))
            underlined = i + 1
            group_start = True
            continue
        if group_start and current is None and _txt_heading(content, next_line, item is not None, width):
            blocks.append(Block(content, "heading", heading_level(content, 0 if not blocks else 1), page, number))
            group_start = not next_line.strip() or underline(next_line)
            continue
        if item:
            kind, body, indent = item
            close()
            current = Paragraph(body, kind, indent // 2, page, number)
            group_start = False
            continue
        if current is not None and not current.full and (
                current.kind in ("bullet", "numbered") and raw[:1] in " \t" or continues(current.tail, content)):
            current.add(content, number)
            continue
        close()
        current = Paragraph(content, "paragraph", 0, page, number)
        group_start = False
    close()
    return blocks
