"""Word (.docx) over its WordprocessingML: headings by style or outline level, lists by
style or numbering, paragraphs, table rows (a first row of short labels is the header),
pages from rendered or explicit page breaks.

The archive is checked before it is opened (a zip bomb, a renamed .doc, a password) and
the XML is walked directly, attribute by attribute, so that a malformed part (a style
without a value, a non-numeric list level, a merged cell in the first row) never raises:
an unreadable paragraph is left out with a warning.
"""
from __future__ import annotations

import re
import zipfile
from functools import lru_cache
from pathlib import Path

from ...lang.fr import load, message
from ...text import fold
from ..document import Block, DocumentError
from ..limits import (MAX_CELLS_PER_ROW, MAX_COMPRESSION_RATIO, MAX_HEADING_DEPTH, MAX_UNCOMPRESSED_BYTES,
                      MAX_WORD_BLOCKS, MAX_XML_BYTES)
from .lines import list_item

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_VAL = f"{_W}val"


def _say(key: str, **fields) -> str:
    return message("audit", f"readers.docx.{key}", **fields)


@lru_cache(maxsize=1)
def _styles() -> dict[str, tuple[str, ...]]:
    """Word style names (folded, English and French) by the kind of block they make."""
    return {kind: tuple(names) for kind, names in load("goal_cues")["word_styles"].items()}


def _check_archive(file: Path, path: str) -> None:
    with file.open("rb") as f:
        head = f.read(8)
    if head == _OLE_MAGIC:
        content = file.read_bytes()
        if "EncryptedPackage".encode("utf-16-le") in content or "EncryptionInfo".encode("utf-16-le") in content:
            raise DocumentError(path, _say("encrypted"), "password-protected Word document")
        raise DocumentError(path, _say("legacy"), "legacy .doc file")
    if not zipfile.is_zipfile(file):
        raise DocumentError(path, _say("not_zip"), "not a valid .docx archive")
    try:
        with zipfile.ZipFile(file) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as err:
        raise DocumentError(path, _say("corrupt_archive"), "corrupt archive") from err
    total = sum(i.file_size for i in infos)
    bomb = any(i.file_size > 1_000_000 and i.file_size > MAX_COMPRESSION_RATIO * max(i.compress_size, 1)
               for i in infos)
    if total > MAX_UNCOMPRESSED_BYTES or bomb:
        raise DocumentError(path, _say("bomb", size=total // 1_000_000), "decompression bomb refused")
    xml = max((i.file_size for i in infos if i.filename.endswith(".xml")), default=0)
    if xml > MAX_XML_BYTES:
        raise DocumentError(path, _say("too_large", size=xml // 1_000_000, limit=MAX_XML_BYTES // 1_000_000),
                            "Word document too large")


def read_docx(file: Path, path: str) -> tuple[list[Block], dict, list[str]]:
    """Blocks, metadata (title, author) and warnings of a .docx file."""
    _check_archive(file, path)
    try:
        import docx
    except ImportError as err:  # pragma: no cover - the docs extra is part of the install
        raise DocumentError(path, _say("needs_docx"), "python-docx missing") from err
    try:
        document = docx.Document(str(file))
        body = document.element.body
    except Exception as err:  # python-docx and lxml raise many kinds on a broken package or XML part
        raise DocumentError(path, _say("corrupt", error=type(err).__name__), "corrupt Word file") from err
    warnings: list[str] = []
    return _DocxBody(_style_names(document), warnings).read(body), _meta(document), warnings


def _meta(document) -> dict:
    try:
        props = document.core_properties
        return {"title": props.title or None, "author": props.author or None}
    except Exception:  # a broken core.xml costs the title, not the audit
        return {}


def _style_names(document) -> dict[str, str]:
    """Style id → lower-case name, read once from the styles part."""
    names = {}
    try:
        styles = document.styles.element
    except Exception:
        return names
    for style in styles.iterchildren(f"{_W}style"):
        ident = style.get(f"{_W}styleId")
        name = style.find(f"{_W}name")
        if ident is not None:
            names[ident] = fold((name.get(_VAL) if name is not None else None) or "")
    return names


def _int(value: str | None) -> int | None:
    return int(value) if value is not None and value.isdigit() and len(value) < 4 else None


def _page_breaks(element, rendered: bool) -> int:
    if rendered:
        return sum(1 for _ in element.iter(f"{_W}lastRenderedPageBreak"))
    count = sum(1 for br in element.iter(f"{_W}br") if br.get(f"{_W}type") == "page")
    ppr = element.find(f"{_W}pPr")
    if ppr is not None and ppr.find(f"{_W}pageBreakBefore") is not None:
        count += 1
    return count


def _text(p) -> str:
    """A paragraph's visible text: runs, tabs as spaces, line breaks as new lines."""
    parts = []
    for el in p.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr"):
        if el.tag == f"{_W}t":
            parts.append(el.text or "")
        elif el.tag == f"{_W}tab":
            parts.append(" ")
        elif el.get(f"{_W}type") in (None, "textWrapping") or el.tag == f"{_W}cr":
            parts.append("\n")
    return "".join(parts)


def _table_header(rows: list[list[str]]) -> bool:
    """The first row is a header when there are others and it holds short labels, no figures."""
    if len(rows) < 2 or not rows[0]:
        return False
    return all(len(c) <= 40 and not re.search(r"\d", c) for c in rows[0])


class _DocxBody:
    """One pass over the body's paragraphs and tables."""

    def __init__(self, styles: dict[str, str], warnings: list[str]):
        self.styles, self.warnings = styles, warnings
        self.blocks: list[Block] = []
        self.page = 1
        self.paragraph_no = self.table_no = 0

    def read(self, body) -> list[Block]:
        self.rendered = any(True for _ in body.iter(f"{_W}lastRenderedPageBreak"))
        self.has_pages = self.rendered or any(br.get(f"{_W}type") == "page" for br in body.iter(f"{_W}br"))
        for el in body.iterchildren(f"{_W}p", f"{_W}tbl"):
            if len(self.blocks) >= MAX_WORD_BLOCKS:
                self.warnings.append(_say("cut", limit=MAX_WORD_BLOCKS, n=self.paragraph_no + 1))
                break
            if el.tag == f"{_W}p":
                self.paragraph(el)
            else:
                self.table(el)
        return self.blocks

    def _style(self, ppr) -> str:
        style = ppr.find(f"{_W}pStyle") if ppr is not None else None
        return self.styles.get(style.get(_VAL) or "", "") if style is not None else ""

    @staticmethod
    def _heading(ppr, name: str) -> int | None:
        styles = _styles()
        if name in styles["title"]:
            return 0
        m = re.match(r"(?:" + "|".join(styles["heading"]) + r")\s*(\d)", name)
        if m:
            return int(m.group(1))
        outline = ppr.find(f"{_W}outlineLvl") if ppr is not None else None
        level = _int(outline.get(_VAL)) if outline is not None else None
        return level + 1 if level is not None and level < 9 else None

    @staticmethod
    def _list(ppr, name: str) -> tuple[str, int] | None:
        numpr = ppr.find(f"{_W}numPr") if ppr is not None else None
        ilvl = numpr.find(f"{_W}ilvl") if numpr is not None else None
        level = (_int(ilvl.get(_VAL)) or 0) if ilvl is not None else 0
        m = re.search(r"(\d)$", name)
        styles = _styles()
        if m and any(w in name for w in styles["list"]):
            level = max(level, int(m.group(1)) - 1)
        level = min(level, MAX_HEADING_DEPTH)
        if any(w in name for w in styles["numbered"]):
            return "numbered", level
        if any(w in name for w in styles["bullet"]) or numpr is not None or name.startswith(styles["list"]):
            return "bullet", level
        return None

    def paragraph(self, p) -> None:
        breaks = _page_breaks(p, self.rendered)
        text = _text(p)
        if not text.strip():
            self.page += breaks
            return
        self.paragraph_no += 1
        where = self.page if self.has_pages else None
        self.page += breaks
        ppr = p.find(f"{_W}pPr")
        name = self._style(ppr)
        heading = self._heading(ppr, name)
        if heading is not None:
            self.blocks.append(Block(" ".join(text.split()), "heading", min(heading, MAX_HEADING_DEPTH), where,
                                     paragraph=self.paragraph_no))
            return
        listed = self._list(ppr, name)
        for k, part in enumerate(x for x in text.split("\n") if x.strip()):
            manual = list_item(part)
            if manual:
                kind, part, _ = manual
                level = 0
            elif listed and k == 0:
                kind, level = listed
            elif k == 0 or not self.blocks:
                kind, level = "paragraph", 0
            else:
                self.blocks[-1].text += " " + " ".join(part.split())
                continue
            self.blocks.append(Block(" ".join(part.split()), kind, level, where, paragraph=self.paragraph_no))

    def table(self, tbl) -> None:
        self.table_no += 1
        breaks = _page_breaks(tbl, self.rendered)
        where = self.page if self.has_pages else None
        self.page += breaks
        rows = []
        for tr in tbl.iterchildren(f"{_W}tr"):
            cells = []
            for tc in tr.iterchildren(f"{_W}tc"):
                value = " ".join(" ".join(_text(p).split()) for p in tc.iterchildren(f"{_W}p"))
                if value.strip() and len(cells) < MAX_CELLS_PER_ROW:
                    cells.append(" ".join(value.split()))
            rows.append(cells)
        header = _table_header(rows)
        for r, cells in enumerate(rows, start=1):
            if cells:
                kind = "table_header" if header and r == 1 else "table_row"
                self.blocks.append(Block(" | ".join(cells), kind, 0, where, table=self.table_no, row=r))
