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

import csv
import io
import json
from datetime import date
from functools import lru_cache
from typing import Any

from markupsafe import Markup, escape

from ..analysis import CRITERIA
from ..lang.fr import FUNNEL_STAGES, load
from ..text import squash
from ..scoring.explain import describe_target, format_date, format_quantity
from ..text import typography
from .results import AuditReport, DocumentAudit, GoalRecord
from .findings import FUNNEL_NAMES, criterion_name, percent

FORMATS = ("html", "md", "json", "csv")
CSV_ENCODING = "utf-8-sig"
LABEL_NAMES = {"TARGET": "cible", "BASELINE": "point de départ", "DEADLINE": "échéance", "CHANNEL": "canal",
               "KPI": "indicateur", "MEANS": "moyens"}
LEVEL_NAMES = {"ok": "Point fort", "info": "À noter", "warning": "À corriger"}
LEVEL_MARKS = {"ok": "✓", "info": "ℹ", "warning": "⚠"}


# --------------------------------------------------------------------------- shared helpers

def _fr_date(iso: str | None) -> str:
    return format_date(date.fromisoformat(iso)) if iso else ""


def _generated(report: AuditReport) -> str:
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
            ("Cibles", ", ".join(describe_target(_target(t)) for t in a.targets) or "—"),
            ("Point de départ", format_quantity(a.baseline.value, a.baseline.unit) if a.baseline else "—"),
            ("Échéance", _deadline_label(g)),
            ("Moyens", " ; ".join(f"« {m.text} »" for m in a.means) or "—"),
            ("Entonnoir", FUNNEL_NAMES.get(a.funnel, "—") if a.funnel else "—")]
    return [(k, typography(v)) for k, v in rows]


def _target(t) -> dict:
    return {"kind": t.kind, "value": t.value, "unit": t.unit, "period": t.period}


def _deadline_label(g: GoalRecord) -> str:
    a = g.analysis
    if a is None or a.deadline is None:
        return "—"
    text = f"{format_date(a.deadline.date)}"
    if "deadline_from" in g.context:
        return text + f" (reprise de « {g.context['deadline_from']} »)"
    return text + f" (« {a.deadline.text} »)"


def _extras(d: dict) -> tuple[list[str], str | None]:
    """Milestones and ambition when the analysis carries them (optional keys)."""
    milestones = []
    for m in d.get("milestones") or []:
        if isinstance(m, dict):
            text = m.get("text") or m.get("label")
            if not text:
                when = _fr_date(m["date"]) if m.get("date") else ""
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


def _marks(g: GoalRecord) -> dict[str, bool | None]:
    a = g.analysis
    return {k: (a.criteria[k].met if a else None) for k in CRITERIA}


def _summary_line(doc: DocumentAudit) -> str:
    s = doc.summary
    return (f"{s['statements']} énoncés lus, {s['goals']} objectif{'s' if s['goals'] > 1 else ''} "
            f"retenu{'s' if s['goals'] > 1 else ''}, {s['left_out']} écarté{'s' if s['left_out'] > 1 else ''}")


def _ref_line(doc: DocumentAudit) -> str:
    return typography(f"Date de référence : {format_date(doc.ref_date)} ({doc.ref_source})")


# --------------------------------------------------------------------------- JSON

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

CSV_COLUMNS = ["fichier", "objectif", "emplacement", "page", "ligne", "section", "énoncé", "texte analysé",
               "contexte ajouté", *(criterion_name(k).lower() for k in CRITERIA), "score SMART", "indicateur",
               "canaux", "cibles", "point de départ", "échéance", "texte de l'échéance", "moyens", "entonnoir",
               "prioritaire", "suggestion", "jalons", "ambition", "raison de la détection"]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "oui" if value else "non"
    text = squash(str(value))
    if text[:1] in ("=", "+", "-", "@"):
        text = "'" + text
    return text


def render_csv(report: AuditReport) -> str:
    """One row per goal, one column per criterion and extracted field (``;``-separated)."""
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    kpis, channels = load("kpis"), load("channels")
    for doc in report.documents:
        for g in doc.goals:
            a = g.analysis
            d = a.to_dict() if a else {}
            milestones, ambition = _extras(d)
            added = " ; ".join(x for x in (g.context.get("prefix_added", "").strip(" :"),
                                            g.context.get("suffix_added", "").strip(", ")) if x)
            row = [doc.document.path, g.id, g.location.describe(), g.location.page, g.location.line or g.location.paragraph,
                   g.location.section, g.statement, g.text, added]
            row += [a.criteria[k].met if a else None for k in CRITERIA]
            row += [a.smart_score if a else None,
                    kpis[a.kpi]["label"] if a and a.kpi else None,
                    ", ".join(channels[c]["label"] for c in a.channels) if a else None,
                    ", ".join(describe_target(_target(t)) for t in a.targets) if a else None,
                    format_quantity(a.baseline.value, a.baseline.unit) if a and a.baseline else None,
                    f"{a.deadline.date:%d/%m/%Y}" if a and a.deadline else None,
                    a.deadline.text if a and a.deadline else None,
                    " ; ".join(m.text for m in a.means) if a else None,
                    FUNNEL_NAMES.get(a.funnel) if a and a.funnel else None,
                    bool(g.priority),
                    a.suggestion if a else g.error,
                    " ; ".join(milestones) or None, ambition, g.detection.explain()]
            writer.writerow([_cell(v) for v in row])
    return buf.getvalue()


# --------------------------------------------------------------------------- Markdown

_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]#|~"} | {"<": "&lt;", ">": "&gt;", "&": "&amp;"})


def md(text: Any) -> str:
    """Document text made inert in Markdown (and in the HTML a renderer may pass through)."""
    return squash(str(text)).translate(_MD_SPECIAL)


def _mark(met: bool | None) -> str:
    return "—" if met is None else "✓" if met else "✗"


def render_markdown(report: AuditReport) -> str:
    out: list[str] = []
    several = len(report.documents) > 1
    if several:
        out += [f"# Audit SMART de {len(report.documents)} documents", "",
                f"Rapport généré le {_generated(report)} par smart_nlp.", ""]
    if report.failures:
        out += ["> ⚠ Documents non audités\u00a0:", ">"] + [f"> - {md(f.message)}" for f in report.failures] + [""]
    for doc in report.documents:
        h = "##" if several else "#"
        out += [f"{h} Audit SMART — {md(doc.document.path)}", ""]
        if not several:
            out += [f"Rapport généré le {_generated(report)} par smart_nlp.", ""]
        out += [md(_ref_line(doc)) + ".", "", md(_summary_line(doc)) + ".", ""]
        for w in doc.document.warnings:
            out.append(f"> ⚠ {md(w)}")
        if doc.document.warnings:
            out.append("")
        s = doc.summary
        out += [f"{h}# Synthèse", ""]
        if not doc.goals:
            out += ["**Aucun objectif détecté dans ce document.**", ""]
        else:
            out += ["| Objectifs | Score SMART moyen | Objectifs SMART (5 critères) |", "| ---: | ---: | ---: |",
                    f"| {s['goals']} | {s['mean_score'] if s['mean_score'] is not None else '—'}/100 | "
                    f"{s['fully_smart']} sur {s['analysed']} |", "",
                    "| Critère | Respecté | Part |", "| --- | ---: | ---: |"]
            for c in s["criteria"].values():
                out.append(f"| {c['name']} | {c['met']}/{c['total']} | {percent(c['met'], c['total'])} |")
            out += ["", "| Étape de l'entonnoir | Objectifs |", "| --- | --- |"]
            for stage in FUNNEL_STAGES:
                goals = s["funnel"][stage]
                out.append(f"| {FUNNEL_NAMES[stage]} | {', '.join(goals) if goals else 'aucun'} |")
            out.append("")
        out += [f"{h}# Constats", ""]
        for f in doc.findings:
            out.append(f"- {LEVEL_MARKS[f['level']]} **{md(f['title'])}** — {md(f['message'])}")
        out.append("")
        if doc.goals:
            out += [f"{h}# Objectifs", "",
                    "| # | Objectif | " + " | ".join(criterion_name(k)[0] for k in CRITERIA) +
                    " | Score | Échéance | Emplacement |",
                    "| --- | --- | " + " | ".join(":-:" for _ in CRITERIA) + " | ---: | --- | --- |"]
            for g in doc.goals:
                marks = _marks(g)
                a = g.analysis
                out.append(f"| {g.id} | {md(_short(g.statement))} | " + " | ".join(_mark(marks[k]) for k in CRITERIA)
                           + f" | {a.smart_score if a else '—'} | {md(format_date(a.deadline.date)) if a and a.deadline else '—'}"
                           f" | {md(g.location.describe())} |")
            out.append("")
            out += [f"{h}# Détail des objectifs", ""]
            for g in doc.goals:
                out += _md_goal(g, h)
    return "\n".join(out).rstrip() + "\n"


def _short(text: str, limit: int = 90) -> str:
    text = squash(text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _md_goal(g: GoalRecord, h: str) -> list[str]:
    out = [f"{h}## {g.id} — {md(g.location.describe())}", "", f"> {md(g.statement)}", ""]
    if g.priority:
        out += [f"**Objectif marqué prioritaire** (« {md(g.priority)} »).", ""]
    if g.text != g.statement:
        out += [f"Lu avec son contexte\u00a0: «\u00a0{md(g.text)}\u00a0».", ""]
    if g.analysis is None:
        return out + [f"Non analysé\u00a0: {md(g.error)}", ""]
    a = g.analysis
    out += [f"Score SMART\u00a0: **{a.smart_score}/100**", ""]
    out += [f"- {k}\u00a0: {md(v)}" for k, v in goal_facts(g)]
    out.append("")
    out += ["| Critère | | Pourquoi | Conseil |", "| --- | :-: | --- | --- |"]
    for key in CRITERIA:
        v = a.criteria[key]
        out.append(f"| {criterion_name(key)} | {_mark(v.met)} | {md(' '.join(v.reasons))} | {md(v.advice or '')} |")
    out.append("")
    milestones, ambition = _extras(a.to_dict())
    if ambition:
        out += [f"Ambition\u00a0: {md(ambition)}", ""]
    if milestones:
        out += ["Jalons\u00a0:", ""] + [f"- {md(m)}" for m in milestones] + [""]
    if a.suggestion:
        out += ["**Proposition de reformulation\u00a0:**", "", f"> {md(a.suggestion)}", ""]
    out += [f"*Détection\u00a0: {md(g.detection.explain())}.*", ""]
    return out


# --------------------------------------------------------------------------- HTML

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
            piece = Markup('<span class="added" title="ajouté d\'après le contexte">') + piece + Markup("</span>")
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
                     "label": f"{FUNNEL_NAMES[stage]} : {len(goals)} objectif{'s' if len(goals) > 1 else ''}"
                     if goals else f"{FUNNEL_NAMES[stage]} : aucun objectif"})
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
    return env.get_template("report.html.j2")


def _html_goal(g: GoalRecord) -> dict:
    a = g.analysis
    milestones, ambition = _extras(a.to_dict()) if a else ([], None)
    return {
        "id": g.id, "statement": g.statement, "text": g.text, "location": g.location.describe(),
        "short": _short(g.statement), "highlighted": highlighted(g), "facts": goal_facts(g),
        "marks": _marks(g), "score": a.smart_score if a else None, "priority": g.priority,
        "criteria": [{"name": criterion_name(k), "met": a.criteria[k].met, "reasons": a.criteria[k].reasons,
                      "advice": a.criteria[k].advice} for k in CRITERIA] if a else [],
        "suggestion": a.suggestion if a else None, "error": g.error, "milestones": milestones,
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
            "ref": _ref_line(doc), "summary_line": _summary_line(doc), "summary": doc.summary,
            "warnings": doc.document.warnings, "findings": doc.findings,
            "goals": [_html_goal(g) for g in doc.goals],
            "criteria_chart": _svg_criteria(doc.summary) if doc.analysed else None,
            "funnel_chart": _svg_funnel(doc.summary) if doc.analysed else None,
            "timeline": _svg_timeline(doc) if doc.analysed else None,
        })
    title = (f"Audit SMART — {report.documents[0].document.path}" if len(report.documents) == 1 and not report.failures
             else f"Audit SMART de {len(report.documents)} documents")
    return _template().render(title=title, generated=_generated(report), documents=docs,
                              criteria=[(k, criterion_name(k)) for k in CRITERIA], level_names=LEVEL_NAMES,
                              level_marks=LEVEL_MARKS, label_names=LABEL_NAMES, n_goals=report.n_goals,
                              failures=report.failures)


RENDERERS = {"html": render_html, "md": render_markdown, "json": render_json, "csv": render_csv}


def render(report: AuditReport, fmt: str) -> str:
    """The report in one of ``FORMATS``."""
    if fmt not in RENDERERS:
        raise ValueError(f"format inconnu : {fmt!r} (formats : {', '.join(FORMATS)})")
    return RENDERERS[fmt](report)
