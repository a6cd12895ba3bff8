"""The audit as one self-contained HTML page: a Jinja2 template with autoescaping on (a
goal containing ``<script>`` shows as text), charts as inline SVG drawn from the
summary, nothing loaded from outside."""
from __future__ import annotations

from datetime import date
from functools import lru_cache

from markupsafe import Markup, escape

from ..analysis import CRITERIA
from ..lang.fr import FUNNEL_STAGES, load, message
from ..lang.fr.format import criterion_name, format_date
from .report_md import short, unsaid_notes
from .report_common import (LABEL_NAMES, LEVEL_MARKS, LEVEL_NAMES, extras, generated, goal_facts, marks, ref_line,
                            rewrites, say, summary_line)
from .results import AuditReport, DocumentAudit, GoalRecord
from .summary import FUNNEL_NAMES, percent

def highlighted(g: GoalRecord) -> Markup:
    """The analysed text, every extracted span in a ``<mark>``, added context underlined."""
    a = g.analysis
    text = g.text
    if a is None:
        return escape(text)
    spans = sorted((s for s in a.facts.get("spans", []) if 0 <= s[0] < s[1] <= len(text)),
                   key=lambda s: (s[0], -(s[1] - s[0])))
    added = [tuple(x) for x in g.context.get("added_spans", [])]
    cuts = {0, len(text)}
    for s, e in added:
        cuts.update((s, e))
    for s, e, _ in spans:
        cuts.update((s, e))
    points = sorted(c for c in cuts if 0 <= c <= len(text))
    parts: list[str] = []
    for s, e in zip(points, points[1:]):
        piece = escape(text[s:e])
        covering = [sp for sp in spans if sp[0] <= s and e <= sp[1]]
        for start, end, label in sorted(covering, key=lambda sp: sp[1] - sp[0]):
            piece = Markup('<mark class="{}" title="{}">').format(label.lower(), LABEL_NAMES.get(label, label)) \
                + piece + Markup("</mark>")
        if any(a0 <= s and e <= a1 for a0, a1 in added):
            piece = Markup(f'<span class="added" title="{message("audit", "html.added")}">') + piece + Markup("</span>")
        parts.append(piece)
    return Markup("").join(parts)


def _svg_criteria(summary: dict) -> dict:
    bars = []
    for i, (key, c) in enumerate(summary["criteria"].items()):
        bars.append({"y": 8 + i * 34, "name": c["name"], "width": round(200 * c["share"], 1),
                     "label": f"{c['met']}/{c['total']} ({percent(c['met'], c['total'])})",
                     "level": "good" if c["share"] >= 0.75 else "mid" if c["share"] >= 0.5 else "low"})
    return {"bars": bars, "height": 8 + 34 * len(bars)}


def _svg_funnel(summary: dict) -> list[dict]:
    rows = []
    widths = [420, 350, 280, 210]
    for i, stage in enumerate(FUNNEL_STAGES):
        w, nxt = widths[i], widths[i] - 70
        x0, x1 = (440 - w) / 2, (440 + w) / 2
        n0, n1 = (440 - nxt) / 2, (440 + nxt) / 2
        y = 6 + i * 46
        goals = summary["funnel"][stage]
        rows.append({"points": f"{x0},{y} {x1},{y} {n1},{y + 40} {n0},{y + 40}", "y": y + 25,
                     "name": FUNNEL_NAMES[stage], "count": len(goals), "empty": not goals,
                     "label": message("audit", "html.funnel_stage", name=FUNNEL_NAMES[stage], n=len(goals))})
    return rows


def _svg_timeline(doc: DocumentAudit) -> dict | None:
    """One dot per deadline date (its goals listed above it), from the reference date on."""
    items = doc.summary["timeline"]
    if not items:
        return None
    start = doc.ref_date
    end = max(date.fromisoformat(items[-1]["date"]), start)
    days = max((end - start).days, 1)
    by_date: dict[str, list[dict]] = {}
    for t in items:
        by_date.setdefault(t["date"], []).append(t)
    points, last_x, level = [], None, 0
    for iso, group in by_date.items():
        x = 40 + 600 * (date.fromisoformat(iso) - start).days / days
        level = (level + 1) % 3 if last_x is not None and x - last_x < 90 else 0
        last_x = x
        points.append({"x": round(x, 1), "y": 76, "label_y": 58 - 18 * level,
                       "ids": ", ".join(t["id"] for t in group), "label": group[0]["label"],
                       "inherited": all(t["inherited"] for t in group)})
    return {"points": points, "start": format_date(start), "end": format_date(end)}


@lru_cache(maxsize=1)
def _template():
    from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

    env = Environment(loader=PackageLoader("smart_nlp.audit", "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True),
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.globals["words"] = load("audit")["words"]
    return env.get_template("report.html.j2")


def _html_goal(g: GoalRecord) -> dict:
    a = g.analysis
    milestones, ambition = extras(a.to_dict()) if a else ([], None)
    return {
        "id": g.id, "statement": g.statement, "text": g.text, "location": g.location.describe(),
        "short": short(g.statement), "highlighted": highlighted(g), "facts": goal_facts(g),
        "marks": marks(g), "score": a.smart_score if a else None, "priority": g.priority,
        "criteria": [{"name": criterion_name(k), "met": a.criteria[k].met, "reasons": a.criteria[k].reasons,
                      "advice": a.criteria[k].advice} for k in CRITERIA] if a else [],
        "suggestion": a.suggestion if a else None, "error": g.error, "milestones": milestones,
        "rewrites": rewrites(a) if a else [],
        "suggestion_notes": a.own_notes() if a and a.suggestion else [],
        "kept_notes": unsaid_notes(a) if a and not a.suggestion else [],
        "ambition": ambition, "detection": g.detection.explain(), "context": g.context,
        "deadline": format_date(a.deadline.date) if a and a.deadline else None,
        "warnings": a.warnings if a else [],
        "spans": sorted({s[2] for s in a.facts.get("spans", [])}) if a else [],
    }


def render_html(report: AuditReport) -> str:
    docs = []
    for i, doc in enumerate(report.documents, start=1):
        docs.append({
            "n": i, "path": doc.document.path, "format": doc.document.format, "pages": doc.document.pages,
            "ref": ref_line(doc), "summary_line": summary_line(doc), "summary": doc.summary,
            "warnings": doc.document.warnings, "findings": doc.findings,
            "goals": [_html_goal(g) for g in doc.goals],
            "criteria_chart": _svg_criteria(doc.summary) if doc.analysed else None,
            "funnel_chart": _svg_funnel(doc.summary) if doc.analysed else None,
            "timeline": _svg_timeline(doc) if doc.analysed else None,
        })
    alone = len(report.documents) == 1 and not report.failures
    title = (say("title_one", path=report.documents[0].document.path) if alone
             else say("title_many", n=len(report.documents)))
    return _template().render(title=title, generated=generated(report), documents=docs,
                              criteria=[(k, criterion_name(k)) for k in CRITERIA], level_names=LEVEL_NAMES,
                              level_marks=LEVEL_MARKS, label_names=LABEL_NAMES, n_goals=report.n_goals,
                              failures=report.failures)
