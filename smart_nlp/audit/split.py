"""Read a strategy document (.txt, .md, .docx, .pdf) into located statements.

A reader turns the file into ``Block``s that respect its structure: headings (with
their level), bullets and numbered items, paragraphs, table rows (the first row of a
table is its header). ``segment`` then cuts paragraphs and items into sentences and
gives each ``Segment`` its location (page, line, paragraph or table row, section
heading) and its context: the chain of headings above it and the lead-in (« Nos
objectifs pour 2026 : ») that introduces a list.

Every unreadable input raises ``DocumentError`` with a French message that names the
file, and the page or line when it helps.
"""
from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..errors import InvalidInput
from ..lang.fr import load
from ..text import fold

SUPPORTED = {".txt": "texte", ".md": "Markdown", ".markdown": "Markdown", ".docx": "Word", ".pdf": "PDF"}
MAX_STATEMENT_CHARS = 5000


class DocumentError(InvalidInput):
    """A document that cannot be audited (missing, unsupported, corrupt, encrypted, empty)."""

    code = "SN010"

    def __init__(self, path: str | Path, message: str):
        self.path = str(path)
        super().__init__(f"{path} : {message}")


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
        return text or (f"section «\u00a0{self.section}\u00a0»" if self.section else "")

    def describe(self) -> str:
        """« p. 3, ligne 12 — section « Objectifs 2026 » »."""
        parts = []
        if self.page is not None:
            parts.append(f"p.\u00a0{self.page}")
        if self.table is not None:
            parts.append(f"tableau\u00a0{self.table}, ligne\u00a0{self.row}")
        elif self.line is not None:
            parts.append(f"ligne\u00a0{self.line}")
        elif self.paragraph is not None:
            parts.append(f"paragraphe\u00a0{self.paragraph}")
        text = ", ".join(parts)
        if self.section:
            text += (" — " if text else "") + f"section «\u00a0{self.section}\u00a0»"
        return text

    def to_dict(self) -> dict:
        return {"page": self.page, "line": self.line, "paragraph": self.paragraph, "table": self.table,
                "row": self.row, "section": self.section, "label": self.describe()}


@dataclass
class Block:
    """One structural unit of the source; ``lines`` maps text offsets to source lines."""

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
        found = self.line
        for start, number in self.lines:
            if start <= offset:
                found = number
        return found

    def page_at(self, offset: int) -> int | None:
        found = self.page
        for start, number in self.page_starts:
            if start <= offset:
                found = number
        return found


@dataclass
class Segment:
    """A candidate statement with its location and context."""

    text: str
    kind: str
    location: Location
    headings: list[str] = field(default_factory=list)
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


# --------------------------------------------------------------------------- lines

_BULLET = re.compile(r"^\s*([-*+•–—·▪◦‣○►▸➢➤✓✔☐□■→])\s+(?=\S)")
_NUMBERED = re.compile(r"^\s*(\(?\d{1,2}[.)]|\(?[a-z][.)]|\d{1,2}(?:\.\d{1,2})+\.?)\s+(?=\S)")
_HEADING_NUMBER = re.compile(r"^\s*((?:\d{1,2}\.)*\d{1,2})[.)]?\s+(?=\S)")
_END_PUNCT = re.compile(r"[.!?;,…]$")
_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_RULE = re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$")
_MD_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_MD_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")


def _strip_md_inline(text: str) -> str:
    text = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"<!--.*?-->", "", text)
    text = re.sub(r"<br\s*/?>", " ", text, flags=re.I)
    text = re.sub(r"</?[a-zA-Z][^>]*>", "", text)
    text = re.sub(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?!\w)", r"\1", text)
    text = re.sub(r"(?<![\w_])_(?=\S)([^_]+?)(?<=\S)_(?![\w])", r"\1", text)
    text = re.sub(r"`([^`]*)`", r"\1", text)
    text = re.sub(r"~~(.+?)~~", r"\1", text)
    text = re.sub(r"\\([\\`*_{}\[\]()#+\-.!|>])", r"\1", text)
    return text.rstrip("\\ ").strip()


def _heading_like(text: str) -> bool:
    """A short line with no closing punctuation (« Contexte », « 2. Objectifs 2026 »)."""
    words = text.split()
    return 0 < len(words) <= 12 and len(text) <= 90 and not _END_PUNCT.search(text) and not text.endswith(":") \
        and (text[:1].isupper() or text[:1].isdigit())


def _all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def _txt_heading(content: str, next_line: str, listed: bool) -> bool:
    """A plain-text heading: a short unpunctuated line standing alone, or in capitals,
    or followed by a list or a longer sentence (not by another line like itself)."""
    if content.endswith(":") or not (_heading_like(content) or _all_caps(content)):
        return False
    if listed and not _HEADING_NUMBER.match(content):
        return False
    nxt = next_line.strip()
    if nxt and _continues(content, nxt):
        return False
    if not nxt or _all_caps(content):
        return True
    if listed:
        return False
    if _list_item(nxt) is not None:
        return True
    return not _heading_like(nxt) and not _underline(nxt)


def _underline(line: str) -> bool:
    return bool(_SETEXT.match(line))


def _list_item(raw: str) -> tuple[str, str, int] | None:
    """(kind, text, indent) of a bullet or numbered line."""
    indent = len(raw) - len(raw.lstrip(" \t"))
    m = _BULLET.match(raw)
    if m:
        return "bullet", raw[m.end():].strip(), indent
    m = _NUMBERED.match(raw)
    if m:
        return "numbered", raw[m.end():].strip(), indent
    return None


def _continues(prev: str, line: str) -> bool:
    """Whether ``line`` carries on the sentence of ``prev`` (hard-wrapped text)."""
    if not prev:
        return False
    first = line.lstrip()[:1]
    if first and (first.islower() or first in "(«\"%€"):
        return True
    return bool(re.search(r"(?:[,\-–]|\b(?:de|du|des|d'|la|le|les|l'|et|ou|en|a|à|au|aux|pour|par|sur|avec|un|une|nos|notre))$",
                          prev.rstrip(), flags=re.I))


def read_lines(text: str, markdown: bool = False, page: int | None = None,
               first_line: int = 1) -> list[Block]:
    """Blocks of a plain-text or Markdown source, with their source line numbers."""
    raw_lines = text.splitlines()
    blocks: list[Block] = []
    current: Block | None = None
    in_fence = False
    table_no = 0
    table_rows = 0
    group_start = True  # the previous line was blank (or this is the first line)

    def close() -> None:
        nonlocal current
        if current is not None and current.text.strip():
            blocks.append(current)
        current = None

    n = len(raw_lines)
    for i, raw in enumerate(raw_lines):
        number = first_line + i
        line = raw.rstrip()
        if markdown and _MD_FENCE.match(line):
            close()
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if not line.strip():
            close()
            group_start = True
            table_rows = 0
            continue
        stripped = line.strip()
        next_line = raw_lines[i + 1].rstrip() if i + 1 < n else ""
        if markdown:
            stripped = re.sub(r"^(?:>\s?)+", "", stripped)
            m = _MD_HEADING.match(stripped)
            if m:
                close()
                blocks.append(Block(_strip_md_inline(m.group(2)), "heading", len(m.group(1)), page, number))
                group_start = True
                continue
            if _MD_RULE.match(stripped) and group_start:
                continue
            if stripped.startswith("|") or (table_rows and "|" in stripped):
                close()
                if _MD_TABLE_SEP.match(stripped):
                    continue
                cells = [_strip_md_inline(c) for c in stripped.strip("|").split("|")]
                cells = [c for c in cells if c]
                if not table_rows:
                    table_no += 1
                table_rows += 1
                if cells:
                    kind = "table_header" if table_rows == 1 and _MD_TABLE_SEP.match(next_line or "x") else "table_row"
                    blocks.append(Block(" | ".join(cells), kind, 0, page, number, table=table_no, row=table_rows))
                group_start = False
                continue
        if _SETEXT.match(next_line) and not _list_item(line) and current is None and stripped \
                and (markdown or len(next_line.strip()) >= 3):
            close()
            level = 1 if next_line.strip().startswith("=") else 2
            blocks.append(Block(_strip_md_inline(stripped) if markdown else stripped, "heading", level, page, number))
            raw_lines[i + 1] = ""
            group_start = True
            continue
        item = _list_item(stripped if markdown else line)
        content = _strip_md_inline(stripped) if markdown else stripped
        if not markdown and group_start and current is None and _txt_heading(content, next_line, item is not None):
            num = _HEADING_NUMBER.match(content)
            level = num.group(1).count(".") + 1 if num else (0 if not blocks else 1)
            blocks.append(Block(content, "heading", level, page, number))
            group_start = not next_line.strip() or _underline(next_line)
            continue
        if item:
            kind, body, indent = item
            close()
            body = _strip_md_inline(body) if markdown else body
            current = Block(body, kind, indent // 2, page, number, lines=[(0, number)])
            group_start = False
            continue
        if current is not None and (current.kind in ("bullet", "numbered") and raw[:1] in " \t"
                                    or _continues(current.text, content)):
            current.lines.append((len(current.text) + 1, number))
            current.text = f"{current.text} {content}"
            continue
        close()
        current = Block(content, "paragraph", 0, page, number, lines=[(0, number)])
        group_start = False
    close()
    return blocks


# --------------------------------------------------------------------------- docx

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _docx_blocks(file: Path, path: str) -> tuple[list[Block], dict]:
    content = file.read_bytes()
    if content[:8] == _OLE_MAGIC:
        if "EncryptedPackage".encode("utf-16-le") in content or "EncryptionInfo".encode("utf-16-le") in content:
            raise DocumentError(path, "document Word protégé par mot de passe ; enregistrez-le sans mot de passe "
                                      "(Fichier › Informations › Protéger le document) puis relancez l'audit")
        raise DocumentError(path, "ancien format Word (.doc) renommé en .docx ; enregistrez-le au format .docx")
    if not zipfile.is_zipfile(file):
        raise DocumentError(path, "fichier Word illisible : ce n'est pas une archive .docx valide (fichier endommagé ?)")
    try:
        import docx
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError as err:  # pragma: no cover - the docs extra is part of the install
        raise DocumentError(path, "la lecture des .docx demande python-docx : pip install \"smart_nlp[docs]\"") from err
    try:
        document = docx.Document(str(file))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile, OSError) as err:
        raise DocumentError(path, f"fichier Word endommagé, illisible par python-docx ({type(err).__name__})") from err
    except Exception as err:  # lxml errors on a broken XML part
        raise DocumentError(path, f"fichier Word endommagé : {err}") from err
    return _docx_body(document), _docx_meta(document)


def _docx_meta(document) -> dict:
    props = document.core_properties
    return {"title": props.title or None, "author": props.author or None}


def _style_names(document) -> dict[str, str]:
    """Style id → name, read once (python-docx resolves ``paragraph.style`` slowly)."""
    names = {}
    for style in document.styles:
        try:
            names[style.style_id] = style.name or ""
        except (AttributeError, KeyError, ValueError):
            continue
    return names


def _style_name(paragraph, names: dict[str, str]) -> str:
    ppr = paragraph._p.pPr
    style_id = ppr.pStyle.val if ppr is not None and ppr.pStyle is not None else None
    return names.get(style_id, "") if style_id else ""


def _style_heading(paragraph, name: str) -> int | None:
    low = name.lower()
    if low == "title" or low == "titre":
        return 0
    m = re.match(r"(?:heading|titre)\s*(\d)", low)
    if m:
        return int(m.group(1))
    ppr = paragraph._p.pPr
    if ppr is not None:
        outline = ppr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}outlineLvl")
        if outline is not None:
            val = outline.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val")
            if val is not None and val.isdigit() and int(val) < 9:
                return int(val) + 1
    return None


def _style_list(paragraph, name: str) -> tuple[str, int] | None:
    name = name.lower()
    ppr = paragraph._p.pPr
    numpr = ppr.numPr if ppr is not None else None
    level = 0
    if numpr is not None and numpr.ilvl is not None and numpr.ilvl.val is not None:
        level = int(numpr.ilvl.val)
    m = re.search(r"(\d)$", name)
    if m and "list" in name:
        level = max(level, int(m.group(1)) - 1)
    if "number" in name or "numéro" in name or "numérot" in name:
        return "numbered", level
    if "bullet" in name or "puce" in name or numpr is not None or name.startswith("list"):
        return "bullet", level
    return None


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _page_breaks(element, rendered: bool) -> int:
    if rendered:
        return sum(1 for _ in element.iter(f"{_W}lastRenderedPageBreak"))
    count = sum(1 for br in element.iter(f"{_W}br") if br.get(f"{_W}type") == "page")
    ppr = element.find(f"{_W}pPr")
    if ppr is not None and ppr.find(f"{_W}pageBreakBefore") is not None:
        count += 1
    return count


def _docx_body(document) -> list[Block]:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    body = document.element.body
    rendered = any(True for _ in body.iter(f"{_W}lastRenderedPageBreak"))
    has_pages = rendered or any(br.get(f"{_W}type") == "page" for br in body.iter(f"{_W}br"))
    page = 1
    names = _style_names(document)
    blocks: list[Block] = []
    paragraph_no = 0
    table_no = 0
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            breaks = _page_breaks(item._p, rendered)
            text = item.text.replace("\t", " ")
            if not text.strip():
                page += breaks
                continue
            paragraph_no += 1
            where = page if has_pages else None
            page += breaks
            style = _style_name(item, names)
            heading = _style_heading(item, style)
            if heading is not None:
                blocks.append(Block(" ".join(text.split()), "heading", heading, where, paragraph=paragraph_no))
                continue
            listed = _style_list(item, style)
            for k, part in enumerate(p for p in text.split("\n") if p.strip()):
                manual = _list_item(part)
                if manual:
                    kind, part, _ = manual
                    level = 0
                elif listed and k == 0:
                    kind, level = listed
                elif k == 0 or not blocks:
                    kind, level = "paragraph", 0
                else:
                    blocks[-1].text += " " + " ".join(part.split())
                    continue
                blocks.append(Block(" ".join(part.split()), kind, level, where, paragraph=paragraph_no))
        elif isinstance(item, Table):
            table_no += 1
            breaks = _page_breaks(item._tbl, rendered)
            where = page if has_pages else None
            page += breaks
            rows = []
            for row in item.rows:
                seen, cells = set(), []
                for cell in row.cells:
                    if id(cell._tc) in seen:
                        continue
                    seen.add(id(cell._tc))
                    value = " ".join(" ".join(p.text.split()) for p in cell.paragraphs if p.text.strip())
                    if value:
                        cells.append(value)
                rows.append(cells)
            header = _table_header(rows)
            for r, cells in enumerate(rows, start=1):
                if cells:
                    kind = "table_header" if header and r == 1 else "table_row"
                    blocks.append(Block(" | ".join(cells), kind, 0, where, table=table_no, row=r))
    return blocks


def _table_header(rows: list[list[str]]) -> bool:
    """The first row is a header when there are others and it holds short labels, no figures."""
    if len(rows) < 2 or not rows[0]:
        return False
    return all(len(c) <= 40 and not re.search(r"\d", c) for c in rows[0])


# --------------------------------------------------------------------------- pdf

_PAGE_NUMBER = re.compile(r"^(?:page\s*)?[-–—]?\s*\d{1,4}\s*(?:(?:/|sur)\s*\d{1,4})?\s*[-–—]?$", re.I)


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


def _pdf_pages(file: Path, path: str) -> tuple[list[list[tuple[str, float]]], dict]:
    head = file.read_bytes()[:1024]
    if b"%PDF" not in head:
        raise DocumentError(path, "fichier PDF illisible : l'en-tête %PDF est absent (fichier endommagé ou mal nommé)")
    try:
        from pypdf import PdfReader
        from pypdf.errors import FileNotDecryptedError, PdfReadError
    except ImportError as err:  # pragma: no cover
        raise DocumentError(path, "la lecture des .pdf demande pypdf : pip install \"smart_nlp[docs]\"") from err
    try:
        reader = PdfReader(str(file))
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except Exception:
                opened = 0
            if not opened:
                raise DocumentError(path, "PDF protégé par mot de passe ; exportez-le sans protection puis relancez l'audit")
        count = len(reader.pages)
    except DocumentError:
        raise
    except FileNotDecryptedError as err:
        raise DocumentError(path, "PDF protégé par mot de passe ; exportez-le sans protection puis relancez l'audit") from err
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError, RecursionError) as err:
        raise DocumentError(path, f"PDF endommagé, illisible ({err})") from err
    if count == 0:
        raise DocumentError(path, "PDF endommagé : aucune page lisible")
    pages = []
    for number in range(count):
        try:
            pages.append(_page_lines(reader.pages[number]))
        except FileNotDecryptedError as err:
            raise DocumentError(path, "PDF protégé par mot de passe ; exportez-le sans protection puis relancez l'audit") from err
        except Exception as err:
            raise DocumentError(path, f"PDF endommagé à la page {number + 1} ({type(err).__name__} : {err})") from err
    meta = {}
    try:
        info = reader.metadata
        if info is not None and info.title:
            meta["title"] = str(info.title)
    except Exception:
        pass
    return pages, meta


def _pdf_blocks(file: Path, path: str) -> tuple[list[Block], int, list[str], dict]:
    pages, meta = _pdf_pages(file, path)
    if not any(t.strip() for lines in pages for t, _ in lines):
        raise DocumentError(path, f"aucune couche de texte sur {_pages(len(pages))} (PDF scanné ?) ; passez-le dans "
                                  "un logiciel de reconnaissance de caractères (OCR) puis relancez l'audit")
    warnings = []
    empty = [i + 1 for i, lines in enumerate(pages) if not any(t.strip() for t, _ in lines)]
    if empty:
        warnings.append(f"{_pages_list(empty)} sans texte (scannée{'s' if len(empty) > 1 else ''} ?) : "
                        "non analysée" + ("s" if len(empty) > 1 else "") + ".")
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
            if edge and (_PAGE_NUMBER.match(t) or re.sub(r"\d+", "#", t) in repeated):
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
    blocks: list[Block] = []
    current: Block | None = None

    def close() -> None:
        nonlocal current
        if current is not None:
            blocks.append(current)
        current = None

    for page, lines in enumerate(pages, start=1):
        for k, (number, t, size) in enumerate(lines):
            nxt = lines[k + 1][1] if k + 1 < len(lines) else ""
            big = sized and size >= body * 1.15
            item = _list_item(t)
            if item and not big:
                close()
                kind, text, _ = item
                current = Block(text, kind, 0, page, number, lines=[(0, number)])
                continue
            if current is not None and not big and (_continues(current.text, t) or (
                    current.kind == "paragraph" and not re.search(r"[.!?:;…]$", current.text))):
                joined = current.text.endswith("-") and t[:1].islower()
                offset = len(current.text) + (0 if joined else 1)
                current.lines.append((offset, number))
                if page != current.page_at(offset):
                    current.page_starts.append((offset, page))
                current.text += t if joined else " " + t
                continue
            close()
            if sized:
                heading = big and len(t) <= 120
            else:
                heading = (_heading_like(t) or _all_caps(t)) and ": " not in t and (
                    not nxt or nxt[:1].isupper() or nxt[:1].isdigit() or _list_item(nxt) is not None)
            if heading:
                num = _HEADING_NUMBER.match(t)
                level = num.group(1).count(".") + 1 if num else (1 if not sized else _size_level(size, pages, body))
                blocks.append(Block(t, "heading", level, page, number))
                continue
            current = Block(t, "paragraph", 0, page, number, lines=[(0, number)])
    close()
    return blocks


def _size_level(size: float, pages: list[list[tuple[int, str, float]]], body: float) -> int:
    """Bigger fonts are higher headings: level 1 for the largest size used for headings."""
    sizes = sorted({s for lines in pages for _, _, s in lines if s >= body * 1.15}, reverse=True)
    return sizes.index(size) + 1 if size in sizes else 1


def _pages(n: int) -> str:
    return f"{n} page" + ("s" if n > 1 else "")


def _pages_list(numbers: list[int]) -> str:
    if len(numbers) == 1:
        return f"page {numbers[0]}"
    shown = ", ".join(str(n) for n in numbers[:10]) + ("…" if len(numbers) > 10 else "")
    return f"pages {shown}"


# --------------------------------------------------------------------------- sentences

@lru_cache(maxsize=1)
def _sentence_end() -> re.Pattern:
    return re.compile(r"(?<=[.!?…])[»\")\]]?\s+(?=[«\"(\[]?\s?[A-ZÀ-ÖØ-Þ0-9+•])")


def _abbreviations() -> frozenset[str]:
    return frozenset(load("goal_cues")["abbreviations"])


def sentences(text: str) -> list[tuple[int, str]]:
    """(offset, sentence) pairs; a full stop after an abbreviation does not cut."""
    out: list[tuple[int, str]] = []
    start = 0
    abbr = _abbreviations()
    for m in _sentence_end().finditer(text):
        before = text[start:m.start()]
        last = re.search(r"([\w.\-]+)[.]$", before)
        if last and (fold(last.group(1)) in abbr or len(last.group(1)) == 1):
            continue
        piece = text[start:m.start()].strip()
        if piece:
            out.append((start + len(text[start:m.start()]) - len(text[start:m.start()].lstrip()), piece))
        start = m.end()
    piece = text[start:].strip()
    if piece:
        out.append((start + len(text[start:]) - len(text[start:].lstrip()), piece))
    return out


# --------------------------------------------------------------------------- segmentation

def segment(blocks: list[Block]) -> list[Segment]:
    """Statements in reading order, each with its location and context."""
    stack: list[tuple[int, str]] = []
    segments: list[Segment] = []
    lead_in: str | None = None
    table_header: dict[int, str] = {}
    for b_index, block in enumerate(blocks):
        if block.kind == "heading":
            while stack and stack[-1][0] >= block.level:
                stack.pop()
            headings = [t for _, t in stack]
            segments.append(Segment(block.text, "heading", _location(block, headings, block.line), headings,
                                    None, len(segments), b_index))
            stack.append((block.level, block.text))
            lead_in = None
            continue
        headings = [t for _, t in stack]
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
            segments.append(Segment(block.text, block.kind, _location(block, headings, block.line), headings,
                                    context, len(segments), b_index))
            continue
        parts = sentences(block.text)
        for offset, sentence in parts:
            segments.append(Segment(sentence, block.kind, _location(block, headings, block.line_at(offset), offset),
                                    headings, context, len(segments), b_index))
        nxt = blocks[b_index + 1] if b_index + 1 < len(blocks) else None
        if block.kind == "paragraph" and parts and parts[-1][1].rstrip().endswith(":"):
            lead_in = parts[-1][1]
        elif block.kind == "paragraph" and nxt is not None and nxt.kind in ("table_row", "table_header") \
                and parts and parts[-1][1].rstrip().endswith(":"):
            lead_in = parts[-1][1]
    return segments


def _location(block: Block, headings: list[str], line: int | None, offset: int = 0) -> Location:
    return Location(page=block.page_at(offset), line=line, paragraph=block.paragraph, table=block.table, row=block.row,
                    section=headings[-1] if headings else None)


# --------------------------------------------------------------------------- entry point

def _decode_text(path: str, data: bytes) -> tuple[str, list[str]]:
    if b"\x00" in data[:8192]:
        raise DocumentError(path, "le fichier semble binaire (octets nuls) : attendu du texte")
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise DocumentError(path, f"ligne {line} : encodage invalide, le fichier doit être en UTF-8") from err
        return text, [f"Le fichier n'est pas en UTF-8 (premier octet invalide ligne {line}) : "
                      "il a été lu en Windows-1252."]


def read_document(path: str | Path) -> Document:
    """Read one file into a ``Document``, or raise ``DocumentError`` saying why it cannot be."""
    p = Path(path)
    shown = str(path)
    if not p.exists():
        raise DocumentError(shown, "fichier introuvable")
    if p.is_dir():
        raise DocumentError(shown, "c'est un dossier, pas un fichier")
    ext = p.suffix.lower()
    if ext not in SUPPORTED:
        accepted = ", ".join(sorted({e for e in SUPPORTED if e != ".markdown"}))
        raise DocumentError(shown, f"format non pris en charge ({ext or 'sans extension'}) ; formats acceptés : "
                                   f"{accepted}")
    try:
        size = p.stat().st_size
    except OSError as err:
        raise DocumentError(shown, f"lecture impossible ({err.strerror})") from err
    if size == 0:
        raise DocumentError(shown, "document vide (0 octet)")
    warnings: list[str] = []
    pages = None
    meta: dict = {}
    try:
        if ext in (".txt", ".md", ".markdown"):
            text, warnings = _decode_text(shown, p.read_bytes())
            blocks = read_lines(text, markdown=ext != ".txt")
        elif ext == ".docx":
            blocks, meta = _docx_blocks(p, shown)
            pages = max((b.page or 0 for b in blocks), default=0) or None
        else:
            blocks, pages, warnings, meta = _pdf_blocks(p, shown)
    except PermissionError as err:
        raise DocumentError(shown, "lecture refusée (droits insuffisants)") from err
    except OSError as err:
        raise DocumentError(shown, f"lecture impossible ({err.strerror or err})") from err
    if not any(any(c.isalpha() for c in b.text) for b in blocks):
        raise DocumentError(shown, "document vide : aucun texte à analyser")
    segments = segment(blocks)
    long = [s for s in segments if len(s.text) > MAX_STATEMENT_CHARS]
    for s in long:
        warnings.append(f"{s.location.describe()} : phrase de plus de {MAX_STATEMENT_CHARS} caractères, non analysée.")
    segments = [s for s in segments if len(s.text) <= MAX_STATEMENT_CHARS]
    return Document(shown, SUPPORTED[ext], blocks, segments, pages, warnings, meta)
