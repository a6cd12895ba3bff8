"""The audit as Markdown: every text from the document made inert (escaped), French
typography kept."""
from __future__ import annotations

import re
from typing import Any

from ..analysis import CRITERIA
from ..lang.fr import FUNNEL_STAGES
from ..lang.fr.format import format_date
from ..text import squash
from .findings import FUNNEL_NAMES, criterion_name, percent
from .report_common import LEVEL_MARKS, extras, generated, goal_facts, marks, ref_line, summary_line
from .results import AuditReport, GoalRecord

_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]#|~<>"})
_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")


def md(text: Any) -> str:
    """Document text made inert in Markdown with backslash escapes: ``<`` cannot open a
    tag, ``&amp;`` stays literal text, and « Maison & Objet » reads as written."""
    return _ENTITY.sub(r"\\&", squash(str(text)).translate(_MD_SPECIAL))


def _mark(met: bool | None) -> str:
    return "—" if met is None else "✓" if met else "✗"


def render_markdown(report: AuditReport) -> str:
    out: list[str] = []
    several = len(report.documents) > 1
    if several:
        out += [f"# Audit SMART de {len(report.documents)} documents", "",
                f"Rapport généré le {generated(report)} par smart_nlp.", ""]
    if report.failures:
        out += ["> ⚠ Documents non audités\u00a0:", ">"] + [f"> - {md(f.message)}" for f in report.failures] + [""]
    for doc in report.documents:
        h = "##" if several else "#"
        out += [f"{h} Audit SMART — {md(doc.document.path)}", ""]
        if not several:
            out += [f"Rapport généré le {generated(report)} par smart_nlp.", ""]
        out += [md(ref_line(doc)) + ".", "", md(summary_line(doc)) + ".", ""]
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
                met = marks(g)
                a = g.analysis
                out.append(f"| {g.id} | {md(short(g.statement))} | " + " | ".join(_mark(met[k]) for k in CRITERIA)
                           + f" | {a.smart_score if a else '—'} | {md(format_date(a.deadline.date)) if a and a.deadline else '—'}"
                           f" | {md(g.location.describe())} |")
            out.append("")
            out += [f"{h}# Détail des objectifs", ""]
            for g in doc.goals:
                out += _md_goal(g, h)
    return "\n".join(out).rstrip() + "\n"


def short(text: str, limit: int = 90) -> str:
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
    milestones, ambition = extras(a.to_dict())
    if ambition:
        out += [f"Ambition\u00a0: {md(ambition)}", ""]
    if milestones:
        out += ["Jalons\u00a0:", ""] + [f"- {md(m)}" for m in milestones] + [""]
    if a.suggestion:
        out += ["**Proposition de reformulation\u00a0:**", "", f"> {md(a.suggestion)}", ""]
        out += [f"- {md(n)}" for n in a.suggestion_notes] + ([""] if a.suggestion_notes else [])
    out += [f"*Détection\u00a0: {md(g.detection.explain())}.*", ""]
    return out
