"""Read a strategy document (.txt, .md, .docx, .pdf) into a ``Document``.

``read_document(path)`` checks the file (exists, supported, not empty, within
``limits``), hands it to the reader of its format, then to ``segment``. Text files are
decoded by the one decoder of the package (``smart_nlp.inputs.decode``). Every
unreadable input raises ``DocumentError`` with a French message that names the file.
"""
from __future__ import annotations

import re
from pathlib import Path

from ...errors import SmartNLPError
from ...inputs import decode
from ...lang.fr import load, message
from ..document import Block, Document, DocumentError
from ..limits import MAX_DOCUMENT_BYTES, MAX_TEXT_CHARS
from ..segment import segment

SUPPORTED = load("audit")["readers"]["formats"]

__all__ = ["SUPPORTED", "read_document", "read_blocks"]


def say(key: str, **fields) -> str:
    """Why a document cannot be read, ``readers.<key>`` of ``lang/fr/audit.yaml``."""
    return message("audit", f"readers.{key}", **fields)


def _check(p: Path, shown: str) -> str:
    if not p.exists():
        raise DocumentError(shown, say("not_found"), "file not found")
    if p.is_dir():
        raise DocumentError(shown, say("folder"), "is a directory")
    ext = p.suffix.lower()
    if ext not in SUPPORTED:
        accepted = ", ".join(sorted({e for e in SUPPORTED if e != ".markdown"}))
        raise DocumentError(shown, say("unsupported", ext=ext or say("no_extension"), accepted=accepted),
                            "unsupported format")
    try:
        size = p.stat().st_size
    except OSError as err:
        raise DocumentError(shown, say("cannot_read", error=err.strerror), "cannot read") from err
    if size == 0:
        raise DocumentError(shown, say("empty"), "empty file")
    if size > MAX_DOCUMENT_BYTES:
        raise DocumentError(shown, say("too_large", size=size // 1_000_000, limit=MAX_DOCUMENT_BYTES // 1_000_000),
                            "file too large")
    return ext


def _text(p: Path, shown: str) -> tuple[str, list[str]]:
    try:
        text = decode(p.read_bytes(), shown)
    except SmartNLPError as err:
        reason = re.sub(rf"^{re.escape(shown)}:(\d+): ", lambda m: say("line", n=m[1]), str(err))
        raise DocumentError(shown, reason.removeprefix(f"{shown} ").replace(" (invalid UTF-8)", ""),
                            "invalid UTF-8" if "UTF-8" in reason else "") from err
    if len(text) > MAX_TEXT_CHARS:
        return text[:MAX_TEXT_CHARS], [say("text_cut", count=len(text), limit=MAX_TEXT_CHARS)]
    return text, []


def read_blocks(p: Path, shown: str, ext: str) -> tuple[list[Block], int | None, list[str], dict]:
    """Blocks, pages, warnings and metadata of a checked file, by its reader."""
    if ext == ".txt":
        from .text import read_text

        text, warnings = _text(p, shown)
        return read_text(text), None, warnings, {}
    if ext in (".md", ".markdown"):
        from .markdown import read_markdown

        text, warnings = _text(p, shown)
        return read_markdown(text), None, warnings, {}
    if ext == ".docx":
        from .docx import read_docx

        blocks, meta, warnings = read_docx(p, shown)
        return blocks, max((b.page or 0 for b in blocks), default=0) or None, warnings, meta
    from .pdf import read_pdf

    blocks, pages, warnings, meta = read_pdf(p, shown)
    return blocks, pages, warnings, meta


def read_document(path: str | Path) -> Document:
    """Read one file into a ``Document``, or raise ``DocumentError`` saying why it cannot be."""
    p = Path(path)
    shown = str(path)
    ext = _check(p, shown)
    try:
        blocks, pages, warnings, meta = read_blocks(p, shown, ext)
    except PermissionError as err:
        raise DocumentError(shown, say("denied"), "permission denied") from err
    except OSError as err:
        raise DocumentError(shown, say("cannot_read", error=err.strerror or err), "cannot read") from err
    except (MemoryError, RecursionError) as err:
        raise DocumentError(shown, say("too_complex"), "document too complex") from err
    if not any(any(c.isalpha() for c in b.text) for b in blocks):
        raise DocumentError(shown, say("no_text"), "no text")
    segments, notes = segment(blocks)
    return Document(shown, SUPPORTED[ext], blocks, segments, pages, warnings + notes, meta)
