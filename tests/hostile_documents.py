"""Hostile documents for the audit, at any size: the shapes that once exhausted memory or
time (many lines, deep headings, tiny paragraphs, huge tables), malformed Word files,
decompression bombs, broken XML. Tests use small sizes; ``benchmarks/fuzz_documents.py``
the large ones. Every builder returns ``(file name, bytes)``."""
from __future__ import annotations

import io
import zipfile

from minimal_pdf import pdf_bytes

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '</Types>')
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="word/document.xml"/></Relationships>')

GOAL = "Augmenter de {n} % les ventes en ligne d'ici fin 2026."
CONTEXT = "La boutique de Quimper a reçu {n} visiteurs au salon du printemps."


def docx_package(body_xml: str, document_xml: str | None = None, level: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A minimal .docx archive around a ``w:body`` content (or a whole document part)."""
    document = document_xml if document_xml is not None else (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {_W}><w:body>{body_xml}'
        '</w:body></w:document>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", level) as z:
        z.writestr("[Content_Types].xml", _CONTENT_TYPES)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("word/document.xml", document)
    return buf.getvalue()


def _p(text: str, ppr: str = "") -> str:
    return f"<w:p>{ppr}<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>"


def many_lines_md(n: int) -> tuple[str, bytes]:
    """One paragraph of ``n`` hard-wrapped lines that never end a sentence."""
    return "lignes.md", "\n".join(f"suite du texte numéro {i} et de" for i in range(n)).encode()


def many_statements_md(n: int) -> tuple[str, bytes]:
    """``n`` bullets, goals and context in turn, under one heading."""
    lines = ["# Objectifs 2026", ""] + [f"- {(GOAL if i % 2 else CONTEXT).format(n=i % 90 + 1)}" for i in range(n)]
    return "enonces.md", "\n".join(lines).encode()


def deep_headings_txt(n: int) -> tuple[str, bytes]:
    """Numbered headings ever deeper (« 1.1.1.1… Titre »), a goal under each."""
    out = []
    for i in range(1, n + 1):
        out += [".".join(["1"] * i) + f" Partie {i}", "", GOAL.format(n=i % 90 + 1), ""]
    return "titres.txt", "\n".join(out).encode()


def deep_nesting_md(n: int) -> tuple[str, bytes]:
    """Headings of every level in turn, then quotes and lists nested ``n`` deep."""
    out = [f"{'#' * (1 + i % 6)} Objectifs {i}\n\n{GOAL.format(n=i % 90 + 1)}\n" for i in range(n)]
    out.append("> " * n + GOAL.format(n=5))
    out += ["  " * i + "- " + GOAL.format(n=i % 90 + 1) for i in range(n)]
    return "imbrique.md", "\n".join(out).encode()


def huge_table_md(rows: int, cols: int = 6) -> tuple[str, bytes]:
    head = "| Indicateur | " + " | ".join(f"Cible {c}" for c in range(1, cols)) + " |"
    sep = "|" + "---|" * cols
    body = [f"| Ventes {r} | " + " | ".join(f"{r * c} ventes d'ici fin 2026" for c in range(1, cols)) + " |"
            for r in range(rows)]
    return "tableau.md", "\n".join([head, sep, *body]).encode()


def tiny_paragraphs_docx(n: int) -> tuple[str, bytes]:
    return "paragraphes.docx", docx_package("".join(_p(f"p{i}") for i in range(n)))


def huge_table_docx(rows: int, cols: int = 6) -> tuple[str, bytes]:
    cells = "".join(f"<w:tc>{_p('Cible')}</w:tc>" for _ in range(cols))
    body_rows = "".join(f"<w:tr><w:tc>{_p(f'Ventes {r}')}</w:tc>"
                        + "".join(f"<w:tc>{_p(f'{r * c} ventes d’ici fin 2026')}</w:tc>" for c in range(1, cols))
                        + "</w:tr>" for r in range(rows))
    return "tableau.docx", docx_package(f"<w:tbl><w:tr>{cells}</w:tr>{body_rows}</w:tbl>")


def malformed_docx(shape: str) -> tuple[str, bytes]:
    """Three malformed shapes seen in the wild, each around a readable goal."""
    goal = _p(GOAL.format(n=20))
    if shape == "style_without_value":
        body = _p("Objectifs 2026", "<w:pPr><w:pStyle/></w:pPr>") + goal
    elif shape == "level_not_a_number":
        numbering = '<w:pPr><w:numPr><w:ilvl w:val="un"/><w:numId w:val="x"/></w:numPr></w:pPr>'
        body = _p(GOAL.format(n=30), numbering) + goal
    elif shape == "merge_continues_in_first_row":
        merged = "<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>"
        body = (f"<w:tbl><w:tr>{merged}<w:tc>{_p('Cible')}</w:tc></w:tr>"
                f"<w:tr><w:tc>{_p('Ventes')}</w:tc><w:tc>{_p('+20 % de ventes d’ici fin 2026')}</w:tc></w:tr></w:tbl>"
                + goal)
    else:
        raise ValueError(shape)
    return f"{shape}.docx", docx_package(body)


MALFORMED_DOCX = ("style_without_value", "level_not_a_number", "merge_continues_in_first_row")


def broken_xml_docx() -> tuple[str, bytes]:
    return "xml_casse.docx", docx_package("", document_xml=f"<w:document {_W}><w:body><w:p><w:r><w:t>Augm")


def zip_bomb_docx(megabytes: int) -> tuple[str, bytes]:
    """A document part of ``megabytes`` MB of blanks, compressed a thousandfold."""
    filler = " " * (megabytes * 1_000_000)
    document = f'<w:document {_W}><w:body>{_p(GOAL.format(n=10))}<!--{filler}--></w:body></w:document>'
    return "bombe.docx", docx_package("", document_xml=document)


def flate_bomb_pdf(megabytes: int) -> tuple[str, bytes]:
    """A PDF whose page content inflates to ``megabytes`` MB."""
    return "bombe.pdf", pdf_bytes([[(12, GOAL.format(n=20))]], padding=megabytes * 1_000_000)


_WORDS = ["boutique", "newsletter", "salon", "catalogue", "vitrine", "application", "atelier"]


def many_pages_pdf(pages: int) -> tuple[str, bytes]:
    """Pages of a heading, a goal and a context line, worded differently from page to page."""
    content = [[(16, f"Objectifs de la {_WORDS[p % 7]} {p}"),
                (11, GOAL.replace("en ligne", f"de la {_WORDS[(p + 1) % 7]}").format(n=p % 90 + 1)),
                (11, CONTEXT.replace("boutique", _WORDS[(p + 3) % 7]).format(n=p))] for p in range(pages)]
    return "pages.pdf", pdf_bytes(content)
