"""Build a .docx development document from its plain source (``*.source.txt``).

Source lines: ``# `` and ``## `` headings, ``- `` bullets (Word's « List Bullet » style),
``| `` table rows (the first row of a table is its header), anything else a paragraph.
Run: ``python corpus/dev_documents/build_docx.py`` (python-docx)."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent


def build(source: Path, target: Path) -> None:
    doc = Document()
    rows: list[list[str]] = []

    def flush() -> None:
        if rows:
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            for r, cells in enumerate(rows):
                for c, value in enumerate(cells):
                    table.cell(r, c).text = value
            rows.clear()

    for line in source.read_text(encoding="utf-8").splitlines():
        if line.startswith("| "):
            rows.append([c.strip() for c in line.strip("| ").split("|")])
            continue
        flush()
        if line.startswith("## "):
            doc.add_heading(line[3:], level=2)
        elif line.startswith("# "):
            doc.add_heading(line[2:], level=1)
        elif line.startswith("- "):
            doc.add_paragraph(line[2:], style="List Bullet")
        elif line.strip():
            doc.add_paragraph(line)
    flush()
    doc.core_properties.created = datetime(2026, 12, 2)
    doc.save(str(target))


if __name__ == "__main__":
    for src in sorted(HERE.glob("*.source.txt")):
        build(src, src.with_name(src.name.replace(".source.txt", ".docx")))
