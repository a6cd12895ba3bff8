"""What the reports count over a document's goals, and how a finding is shaped.

``summarize`` counts (criteria met, funnel stages, deadlines, mean score); ``finding``
builds one finding ``{"code", "level", "title", "message", "goals", "data"}`` whose title
and message come from ``findings`` in ``lang/fr/audit.yaml``, set in French typography.
"""
from __future__ import annotations

from ..analysis import CRITERIA
from ..lang.fr import FUNNEL_STAGES, load, message
from ..lang.fr.format import criterion_name, format_date, funnel_label
from ..text import typography
from .results import DocumentAudit, GoalRecord

FUNNEL_NAMES = {stage: funnel_label(stage)[:1].upper() + funnel_label(stage)[1:] for stage in FUNNEL_STAGES}
FUNNEL_HINTS = {stage: names["hint"] for stage, names in load("audit")["funnel"].items()}


def say(key: str, **fields) -> str:
    """The finding text ``findings.<key>`` of ``lang/fr/audit.yaml``."""
    return message("audit", f"findings.{key}", **fields)


def percent(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)}\u00a0%" if whole else "—"


def ids(goals: list[GoalRecord]) -> str:
    return ", ".join(g.id for g in goals)


def quote(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return f"«\u00a0{text}\u00a0»"


def finding(code: str, level: str, message: str, goals: list | None = None, data: dict | None = None,
            title: str | None = None) -> dict:
    """One finding; its title is ``findings.<code>.title`` unless given."""
    title = title if title is not None else say(f"{code}.title")
    return {"code": code, "level": level, "title": typography(title), "message": typography(message),
            "goals": [g.id for g in goals or []], "data": data or {}}


def summarize(audit: DocumentAudit) -> dict:
    """Counts the reports draw: criteria met, funnel stages, deadlines, mean score."""
    analysed = audit.analysed
    n = len(analysed)
    criteria = {}
    for key in CRITERIA:
        met = sum(1 for g in analysed if g.analysis.criteria[key].met)
        criteria[key] = {"name": criterion_name(key), "met": met, "total": n, "share": met / n if n else 0.0}
    funnel = {stage: [g.id for g in analysed if g.analysis.funnel == stage] for stage in FUNNEL_STAGES}
    funnel["none"] = [g.id for g in analysed if g.analysis.funnel is None]
    timeline = sorted(({"id": g.id, "date": g.analysis.deadline.date.isoformat(),
                        "label": format_date(g.analysis.deadline.date),
                        "inherited": "deadline_from" in g.context}
                       for g in analysed if g.analysis.deadline), key=lambda t: (t["date"], int(t["id"][1:])))
    scores = [g.analysis.smart_score for g in analysed]
    return {
        "statements": audit.statements,
        "goals": len(audit.goals),
        "analysed": n,
        "left_out": audit.statements - len(audit.goals),
        "mean_score": round(sum(scores) / n) if n else None,
        "fully_smart": sum(1 for g in analysed if all(v.met for v in g.analysis.criteria.values())),
        "criteria": criteria,
        "funnel": funnel,
        "timeline": timeline,
        "without_deadline": [g.id for g in analysed if g.analysis.deadline is None],
        "ref_date": audit.ref_date.isoformat(),
        "ref_source": audit.ref_source,
    }
