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
from ..document import Block, Document, DocumentError
from ..limits import MAX_DOCUMENT_BYTES, MAX_TEXT_CHARS
from ..segment import segment

SUPPORTED = {".txt": "texte", ".md": "Markdown", ".markdown": "Markdown", ".docx": "Word", ".pdf": "PDF"}

__all__ = ["SUPPORTED", "read_document", "read_blocks"]


def _check(p: Path, shown: str) -> str:
    if not p.exists():
        raise DocumentError(shown, "fichier introuvable", "file not found")
    if p.is_dir():
        raise DocumentError(shown, "c'est un dossier, pas un fichier", "is a directory")
    ext = p.suffix.lower()
    if ext not in SUPPORTED:
        accepted = ", ".join(sorted({e for e in SUPPORTED if e != ".markdown"}))
        raise DocumentError(shown, f"format non pris en charge ({ext or 'sans extension'}) ; formats acceptés : "
                                   f"{accepted}", "unsupported format")
    try:
        size = p.stat().st_size
    except OSError as err:
        raise DocumentError(shown, f"lecture impossible ({err.strerror})", "cannot read") from err
    if size == 0:
        raise DocumentError(shown, "document vide (0 octet)", "empty file")
    if size > MAX_DOCUMENT_BYTES:
        raise DocumentError(shown, f"document trop volumineux ({size // 1_000_000} Mo ; au plus "
                                   f"{MAX_DOCUMENT_BYTES // 1_000_000} Mo)", "file too large")
    return ext


def _text(p: Path, shown: str) -> tuple[str, list[str]]:
    try:
        text = decode(p.read_bytes(), shown)
    except SmartNLPError as err:
        message = re.sub(rf"^{re.escape(shown)}:(\d+): ", r"ligne \1 : ", str(err))
        raise DocumentError(shown, message.removeprefix(f"{shown} ").replace(" (invalid UTF-8)", ""),
                            "invalid UTF-8" if "UTF-8" in message else "") from err
    if len(text) > MAX_TEXT_CHARS:
        return text[:MAX_TEXT_CHARS], [f"Texte de {len(text)} caractères : seuls les {MAX_TEXT_CHARS} premiers ont "
                                       f"été analysés (only the first {MAX_TEXT_CHARS} characters were read)."]
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
        raise DocumentError(shown, "lecture refusée (droits insuffisants)", "permission denied") from err
    except OSError as err:
        raise DocumentError(shown, f"lecture impossible ({err.strerror or err})", "cannot read") from err
    except (MemoryError, RecursionError) as err:
        raise DocumentError(shown, "document trop complexe pour être lu", "document too complex") from err
    if not any(any(c.isalpha() for c in b.text) for b in blocks):
        raise DocumentError(shown, "document vide : aucun texte à analyser", "no text")
    segments, notes = segment(blocks)
    return Document(shown, SUPPORTED[ext], blocks, segments, pages, warnings + notes, meta)
