"""The audit as Markdown: every text from the document made inert (escaped), French
typography kept."""
from __future__ import annotations

import re
from typing import Any

from ..analysis import CRITERIA
from ..lang.fr import FUNNEL_STAGES, message
from ..lang.fr.format import criterion_name, format_date
from ..text import squash
from .report_common import (LEVEL_MARKS, extras, generated, goal_facts, marks, ref_line, rewrites, say,
                            summary_line)
from .results import AuditReport, GoalRecord
from .summary import FUNNEL_NAMES, percent

_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]#|~<>"})
_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")


def md(text: Any) -> str:
    """Document text made inert in Markdown with backslash escapes: ``<`` cannot open a
    tag, ``&amp;`` stays literal text, and « Maison & Objet » reads as written."""
    return _ENTITY.sub(r"\\&", squash(str(text)).translate(_MD_SPECIAL))


def words(key: str, **fields) -> str:
    """The Markdown report's text ``markdown.<key>`` of ``lang/fr/audit.yaml``."""
    return message("audit", f"markdown.{key}", **fields)


def _mark(met: bool | None) -> str:
    return "—" if met is None else "✓" if met else "✗"


def render_markdown(report: AuditReport) -> str:
    out: list[str] = []
    several = len(report.documents) > 1
    if several:
        out += [f"# {say('title_many', n=len(report.documents))}", "",
                say("generated_line", generated=generated(report)), ""]
    if report.failures:
        out += [f"> ⚠ {words('failures')}", ">"] + [f"> - {md(f.message)}" for f in report.failures] + [""]
    for doc in report.documents:
        h = "##" if several else "#"
        out += [f"{h} {say('title_one', path=md(doc.document.path))}", ""]
        if not several:
            out += [say("generated_line", generated=generated(report)), ""]
        out += [md(ref_line(doc)) + ".", "", md(summary_line(doc)) + ".", ""]
        for w in doc.document.warnings:
            out.append(f"> ⚠ {md(w)}")
        if doc.document.warnings:
            out.append("")
        s = doc.summary
        out += [f"{h}# {words('summary')}", ""]
        if not doc.goals:
            out += [f"**{words('no_goal')}**", ""]
        else:
            score = s["mean_score"] if s["mean_score"] is not None else "—"
            out += [words("summary_header"), "| ---: | ---: | ---: |",
                    words("summary_row", goals=s["goals"], score=score, fully=s["fully_smart"], analysed=s["analysed"]),
                    "", words("criteria_header"), "| --- | ---: | ---: |"]
            for c in s["criteria"].values():
                out.append(f"| {c['name']} | {c['met']}/{c['total']} | {percent(c['met'], c['total'])} |")
            out += ["", words("funnel_header"), "| --- | --- |"]
            for stage in FUNNEL_STAGES:
                goals = s["funnel"][stage]
                out.append(f"| {FUNNEL_NAMES[stage]} | {', '.join(goals) if goals else words('no_stage_goal')} |")
            out.append("")
        out += [f"{h}# {words('findings')}", ""]
        for f in doc.findings:
            out.append(f"- {LEVEL_MARKS[f['level']]} **{md(f['title'])}** — {md(f['message'])}")
        out.append("")
        if doc.goals:
            out += [f"{h}# {words('goals')}", "",
                    words("goals_header", criteria=" | ".join(criterion_name(k)[0] for k in CRITERIA)),
                    "| --- | --- | " + " | ".join(":-:" for _ in CRITERIA) + " | ---: | --- | --- |"]
            for g in doc.goals:
                met = marks(g)
                a = g.analysis
                deadline = md(format_date(a.deadline.date)) if a and a.deadline else "—"
                out.append(f"| {g.id} | {md(short(g.statement))} | " + " | ".join(_mark(met[k]) for k in CRITERIA)
                           + f" | {a.smart_score if a else '—'} | {deadline} | {md(g.location.describe())} |")
            out.append("")
            out += [f"{h}# {words('details')}", ""]
            for g in doc.goals:
                out += _md_goal(g, h)
    return "\n".join(out).rstrip() + "\n"


def unsaid_notes(a) -> list[str]:
    """The notes on the suggestion not already shown as warnings (why there is none)."""
    return [n for n in a.suggestion_notes if n not in a.warnings]


def short(text: str, limit: int = 90) -> str:
    text = squash(text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _md_goal(g: GoalRecord, h: str) -> list[str]:
    out = [f"{h}## {g.id} — {md(g.location.describe())}", "", f"> {md(g.statement)}", ""]
    if g.priority:
        out += [words("priority", marker=md(g.priority)), ""]
    if g.text != g.statement:
        out += [words("in_context", text=md(g.text)), ""]
    if g.analysis is None:
        return out + [words("not_analysed", error=md(g.error)), ""]
    a = g.analysis
    out += [words("score", score=a.smart_score), ""]
    out += [f"- {k}\u00a0: {md(v)}" for k, v in goal_facts(g)]
    out.append("")
    out += [words("verdicts_header"), "| --- | :-: | --- | --- |"]
    for key in CRITERIA:
        v = a.criteria[key]
        out.append(f"| {criterion_name(key)} | {_mark(v.met)} | {md(' '.join(v.reasons))} | {md(v.advice or '')} |")
    out.append("")
    milestones, ambition = extras(a.to_dict())
    if ambition:
        out += [words("ambition", ambition=md(ambition)), ""]
    if milestones:
        out += [words("milestones"), ""] + [f"- {md(m)}" for m in milestones] + [""]
    if a.suggestion:
        out += [words("suggestion"), ""] + [line for s in rewrites(a) for line in (f"> {md(s)}", "")]
        out += [f"- {md(n)}" for n in a.own_notes()] + ([""] if a.own_notes() else [])
    elif unsaid := unsaid_notes(a):  # why none: already SMART…
        out += [words("no_rewrite"), ""] + [f"- {md(n)}" for n in unsaid] + [""]
    out += [words("detection", detection=md(g.detection.explain())), ""]
    return out
