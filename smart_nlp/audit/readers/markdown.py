"""Markdown through ``markdown-it-py`` (CommonMark with tables): its tokens carry line
maps, so every block keeps its source line. Inline markup is dropped (the text of
links and images' alternative text kept), code and raw HTML are left out; a paragraph
whose lines do not carry on one sentence is read as one block per line, as in text."""
from __future__ import annotations

from functools import lru_cache

from ..document import Block
from ..limits import MAX_CELLS_PER_ROW, MAX_HEADING_DEPTH
from .lines import Paragraph, continues

_LISTS = {"bullet_list_open": "bullet", "ordered_list_open": "numbered"}
_TEXT = {"text", "code_inline"}


@lru_cache(maxsize=1)
def _parser():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"maxNesting": 40}).enable(["table", "strikethrough"])


def _lines(inline, first_line: int) -> list[tuple[str, int]]:
    """The visible text of an inline token, one (text, source line) per source line."""
    out: list[tuple[str, int]] = []
    parts: list[str] = []
    line = first_line
    for child in inline.children or []:
        if child.type in _TEXT:
            parts.append(child.content)
        elif child.type == "image":
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            out.append(("".join(parts), line))
            parts, line = [], line + 1
    out.append(("".join(parts), line))
    return [(" ".join(t.split()).rstrip("\\ ").strip(), n) for t, n in out if t.strip()]


def read_markdown(text: str) -> list[Block]:
    """Blocks of a Markdown source, with their source line numbers (1-based)."""
    tokens = _parser().parse(text)
    blocks: list[Block] = []
    lists: list[str] = []
    item: Paragraph | None = None
    table_no = row_no = 0
    row: list[str] = []
    row_kind = "table_row"
    row_line = 0
    in_item_paragraph = False

    def close_item() -> None:
        nonlocal item
        if item is not None:
            blocks.append(item.block())
        item = None

    for k, tok in enumerate(tokens):
        kind = tok.type
        if kind in _LISTS:
            lists.append(_LISTS[kind])
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif kind == "list_item_open":
            close_item()
            in_item_paragraph = True
        elif kind == "list_item_close":
            close_item()
            in_item_paragraph = False
        elif kind == "heading_open":
            close_item()
            lines = _lines(tokens[k + 1], tok.map[0] + 1)
            if lines:
                level = min(int(tok.tag[1:]), MAX_HEADING_DEPTH)
                blocks.append(Block(" ".join(t for t, _ in lines), "heading", level, None, lines[0][1]))
        elif kind == "table_open":
            close_item()
            table_no += 1
            row_no = 0
        elif kind == "tr_open":
            row, row_line = [], tok.map[0] + 1
            row_no += 1
            row_kind = "table_header" if tokens[k - 1].type == "thead_open" else "table_row"
        elif kind == "tr_close" and row:
            blocks.append(Block(" | ".join(row), row_kind, 0, None, row_line, table=table_no, row=row_no))
        elif kind == "inline" and tokens[k - 1].type in ("th_open", "td_open"):
            cell = " ".join(t for t, _ in _lines(tok, row_line))
            if cell and len(row) < MAX_CELLS_PER_ROW:
                row.append(cell)
        elif kind == "inline" and tokens[k - 1].type == "paragraph_open":
            lines = _lines(tok, tok.map[0] + 1)
            if lists and in_item_paragraph:
                for t, n in lines:
                    if item is None:
                        item = Paragraph(t, lists[-1], len(lists) - 1, None, n)
                    else:
                        item.add(t, n)
                continue
            current: Paragraph | None = None
            for t, n in lines:
                if current is not None and not current.full and continues(current.tail, t):
                    current.add(t, n)
                    continue
                if current is not None:
                    blocks.append(current.block())
                current = Paragraph(t, "paragraph", 0, None, n)
            if current is not None:
                blocks.append(current.block())
    close_item()
    return blocks
