"""The audit as data: JSON (every field, SPEC objects of the goals) and CSV for a French
spreadsheet (``;`` separator, dates JJ/MM/AAAA, UTF-8 with a BOM written by the caller,
cells starting with ``= + - @`` quoted so that « +20 % de CA » is not read as a formula)."""
from __future__ import annotations

import csv
import io
import json
from typing import Any

from ..analysis import CRITERIA
from ..text import squash
from ..lang.fr import load
from ..lang.fr.format import channel_label, criterion_name, describe_targets, format_quantity, kpi_label
from .report_common import extras, rewrites
from .results import AuditReport
from .summary import FUNNEL_NAMES

def report_dict(report: AuditReport) -> dict[str, Any]:
    """All the data: documents, summaries, findings, goals with their SPEC objects."""
    from .. import __version__

    return {
        "tool": "smart_nlp audit",
        "version": __version__,
        "generated_at": report.generated_at.isoformat(),
        "n_goals": report.n_goals,
        "documents": [{
            "file": d.document.path,
            "format": d.document.format,
            "pages": d.document.pages,
            "ref_date": d.ref_date.isoformat(),
            "ref_source": d.ref_source,
            "metadata": d.document.metadata,
            "warnings": d.document.warnings,
            "summary": d.summary,
            "findings": d.findings,
            "goals": [g.to_dict() for g in d.goals],
        } for d in report.documents],
        "failures": [{"file": f.path, "error": f.message} for f in report.failures],
    }


def render_json(report: AuditReport) -> str:
    return json.dumps(report_dict(report), ensure_ascii=False, indent=2) + "\n"


# --------------------------------------------------------------------------- CSV

CSV_COLUMNS = [*load("audit")["csv"]["columns_before"], *(criterion_name(k).lower() for k in CRITERIA),
               *load("audit")["csv"]["columns_after"]]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return load("audit")["csv"]["yes" if value else "no"]
    text = squash(str(value))
    if text[:1] in ("=", "+", "-", "@"):
        text = "'" + text
    return text


def render_csv(report: AuditReport) -> str:
    """One row per goal, one column per criterion and extracted field (``;``-separated)."""
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for doc in report.documents:
        for g in doc.goals:
            a = g.analysis
            d = a.to_dict() if a else {}
            milestones, ambition = extras(d)
            added = " ; ".join(x for x in (g.context.get("prefix_added", "").strip(" :"),
                                            g.context.get("suffix_added", "").strip(", ")) if x)
            row = [doc.document.path, g.id, g.location.describe(), g.location.page,
                   g.location.line or g.location.paragraph, g.location.section, g.statement, g.text, added]
            row += [a.criteria[k].met if a else None for k in CRITERIA]
            row += [a.smart_score if a else None,
                    kpi_label(a.kpi) if a and a.kpi else None,
                    ", ".join(channel_label(c) for c in a.channels) if a else None,
                    describe_targets(a.targets) if a else None,
                    format_quantity(a.baseline.value, a.baseline.unit) if a and a.baseline else None,
                    f"{a.deadline.date:%d/%m/%Y}" if a and a.deadline else None,
                    a.deadline.text if a and a.deadline else None,
                    " ; ".join(m.text for m in a.means) if a else None,
                    FUNNEL_NAMES.get(a.funnel) if a and a.funnel else None,
                    bool(g.priority),
                    "\n".join(rewrites(a)) or None if a else g.error,
                    " ; ".join(milestones) or None, ambition, g.detection.explain(),
                    " ; ".join(a.own_notes() if a.suggestion else a.suggestion_notes) or None if a else None]
            writer.writerow([_cell(v) for v in row])
    return buf.getvalue()

