"""Audit reports: HTML (one self-contained file), Markdown, JSON and CSV.

Every writer takes an ``AuditReport`` and returns text. The HTML goes through a
Jinja2 template with autoescaping on, so that any text from the document (a goal
containing ``<script>``) is shown as text; the charts are inline SVG drawn from the
summary; nothing is loaded from outside. The CSV is for a French spreadsheet: ``;``
separator, dates as JJ/MM/AAAA, and the caller writes it with a UTF-8 BOM
(``CSV_ENCODING``). Cells starting with ``= + - @`` get a leading apostrophe so that
« +20 % de CA » is not read as a formula.
"""
from __future__ import annotations

from ..lang.fr import message
from .report_common import CSV_ENCODING, FORMATS, goal_facts
from .report_data import CSV_COLUMNS, render_csv, render_json, report_dict
from .report_html import render_html
from .results import AuditReport
from .report_md import render_markdown

__all__ = ["AuditReport", "CSV_COLUMNS", "CSV_ENCODING", "FORMATS", "goal_facts", "render", "render_csv", "render_html",
           "render_json", "render_markdown", "report_dict"]

RENDERERS = {"html": render_html, "md": render_markdown, "json": render_json, "csv": render_csv}


def render(report: AuditReport, fmt: str) -> str:
    """The report in one of ``FORMATS``."""
    if fmt not in RENDERERS:
        raise ValueError(message("audit", "report.unknown_format", fmt=fmt, formats=", ".join(FORMATS)))
    return RENDERERS[fmt](report)
