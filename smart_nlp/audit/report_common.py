"""What every human report format shows the same way: names of labels and levels, the
facts row of a goal, the reference and summary lines. Hook for a new field of the
analysis (a rewrite, milestones): ``goal_facts`` and ``extras``."""
from __future__ import annotations

from datetime import date

from ..analysis import CRITERIA
from ..lang.fr import load
from ..lang.fr.format import describe_targets, format_date, format_quantity, span_labels
from ..text import typography
from .findings import FUNNEL_NAMES
from .results import AuditReport, DocumentAudit, GoalRecord

FORMATS = ("html", "md", "json", "csv")
CSV_ENCODING = "utf-8-sig"
LABEL_NAMES = span_labels()
LEVEL_NAMES = {"ok": "Point fort", "info": "À noter", "warning": "À corriger"}
LEVEL_MARKS = {"ok": "✓", "info": "ℹ", "warning": "⚠"}


# --------------------------------------------------------------------------- shared helpers

def fr_date(iso: str | None) -> str:
    return format_date(date.fromisoformat(iso)) if iso else ""


def generated(report: AuditReport) -> str:
    d = report.generated_at
    return f"{format_date(d.date())} à {d:%H:%M}"


def goal_facts(g: GoalRecord) -> list[tuple[str, str]]:
    """(label, value) rows shown for a goal in every human format."""
    a = g.analysis
    if a is None:
        return []
    kpis, channels = load("kpis"), load("channels")
    rows = [("Indicateur", kpis[a.kpi]["label"] if a.kpi else "—"),
            ("Canaux", ", ".join(channels[c]["label"] for c in a.channels) or "—"),
            ("Cibles", describe_targets(a.targets) or "—"),
            ("Point de départ", format_quantity(a.baseline.value, a.baseline.unit) if a.baseline else "—"),
            ("Échéance", _deadline_label(g)),
            ("Moyens", " ; ".join(f"« {m.text} »" for m in a.means) or "—"),
            ("Entonnoir", FUNNEL_NAMES.get(a.funnel, "—") if a.funnel else "—")]
    return [(k, typography(v)) for k, v in rows]


def _deadline_label(g: GoalRecord) -> str:
    a = g.analysis
    if a is None or a.deadline is None:
        return "—"
    text = f"{format_date(a.deadline.date)}"
    if "deadline_from" in g.context:
        return text + f" (reprise de « {g.context['deadline_from']} »)"
    return text + f" (« {a.deadline.text} »)"


def extras(d: dict) -> tuple[list[str], str | None]:
    """Milestones and ambition when the analysis carries them (optional keys)."""
    milestones = []
    for m in d.get("milestones") or []:
        if isinstance(m, dict):
            text = m.get("text") or m.get("label")
            if not text:
                when = fr_date(m["date"]) if m.get("date") else ""
                what = m.get("progress") or m.get("value") or m.get("target") or ""
                text = " : ".join(str(x) for x in (when, what) if x != "")
            if text:
                milestones.append(typography(str(text)))
        elif m:
            milestones.append(typography(str(m)))
    amb = d.get("ambition")
    ambition = None
    if isinstance(amb, dict):
        ambition = amb.get("text") or amb.get("label")
    elif isinstance(amb, str):
        ambition = amb
    return milestones, typography(ambition) if ambition else None


def marks(g: GoalRecord) -> dict[str, bool | None]:
    a = g.analysis
    return {k: (a.criteria[k].met if a else None) for k in CRITERIA}


def summary_line(doc: DocumentAudit) -> str:
    s = doc.summary
    return (f"{s['statements']} énoncés lus, {s['goals']} objectif{'s' if s['goals'] > 1 else ''} "
            f"retenu{'s' if s['goals'] > 1 else ''}, {s['left_out']} écarté{'s' if s['left_out'] > 1 else ''}")


def ref_line(doc: DocumentAudit) -> str:
    return typography(f"Date de référence : {format_date(doc.ref_date)} ({doc.ref_source})")


# --------------------------------------------------------------------------- JSON
