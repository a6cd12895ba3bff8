"""What every human report format shows the same way: names of labels and levels, the
facts row of a goal, the reference and summary lines. Hook for a new field of the
analysis (a rewrite, milestones): ``goal_facts`` and ``extras``."""
from __future__ import annotations

from datetime import date

from ..analysis import CRITERIA
from ..lang.fr import load, message
from ..lang.fr.format import channel_label, describe_targets, format_date, format_quantity, kpi_label, span_labels
from ..text import typography
from .results import AuditReport, DocumentAudit, GoalRecord
from .summary import FUNNEL_NAMES

FORMATS = ("html", "md", "json", "csv")
CSV_ENCODING = "utf-8-sig"
LABEL_NAMES = span_labels()
LEVEL_NAMES = load("audit")["report"]["levels"]
LEVEL_MARKS = {"ok": "✓", "info": "ℹ", "warning": "⚠"}


# --------------------------------------------------------------------------- shared helpers

def say(key: str, **fields) -> str:
    """The report text ``report.<key>`` of ``lang/fr/audit.yaml``."""
    return message("audit", f"report.{key}", **fields)


def fr_date(iso: str | None) -> str:
    return format_date(date.fromisoformat(iso)) if iso else ""


def generated(report: AuditReport) -> str:
    d = report.generated_at
    return say("generated", date=format_date(d.date()), time=f"{d:%H:%M}")


def goal_facts(g: GoalRecord) -> list[tuple[str, str]]:
    """(label, value) rows shown for a goal in every human format."""
    a = g.analysis
    if a is None:
        return []
    names = load("audit")["report"]["facts"]
    rows = [("kpi", kpi_label(a.kpi) if a.kpi else "—"),
            ("channels", ", ".join(channel_label(c) for c in a.channels) or "—"),
            ("targets", describe_targets(a.targets) or "—"),
            ("baseline", format_quantity(a.baseline.value, a.baseline.unit) if a.baseline else "—"),
            ("deadline", _deadline_label(g)),
            ("means", " ; ".join(f"« {m.text} »" for m in a.means) or "—"),
            ("funnel", FUNNEL_NAMES.get(a.funnel, "—") if a.funnel else "—")]
    return [(names[k], typography(v)) for k, v in rows]


def _deadline_label(g: GoalRecord) -> str:
    a = g.analysis
    if a is None or a.deadline is None:
        return "—"
    text = f"{format_date(a.deadline.date)}"
    if "deadline_from" in g.context:
        return text + say("deadline_from", source=g.context["deadline_from"])
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


def rewrites(a) -> list[str]:
    """The rewrite, or one numbered sentence per goal when the statement holds several
    (advise/several.py); ``[]`` without a rewrite."""
    if not a.suggestion:
        return []
    goals = a.goal_sentences()
    if not goals:
        return [a.suggestion]
    return [typography(say("goal_line", n=i, kpi=kpi_label(k), sentence=s or say("withheld")) if k else
                       say("goal_line_plain", n=i, sentence=s or say("withheld"))) for i, (k, s) in enumerate(goals, 1)]


def marks(g: GoalRecord) -> dict[str, bool | None]:
    a = g.analysis
    return {k: (a.criteria[k].met if a else None) for k in CRITERIA}


def summary_line(doc: DocumentAudit) -> str:
    s = doc.summary
    return say("summary_line", statements=s["statements"], kept=say("kept", n=s["goals"]),
               left_out=say("left_out", n=s["left_out"]))


def ref_line(doc: DocumentAudit) -> str:
    return typography(say("ref_line", date=format_date(doc.ref_date), source=doc.ref_source))


# --------------------------------------------------------------------------- JSON
