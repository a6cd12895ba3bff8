"""Render tracked goals: terminal table, self-contained HTML with charts, Markdown, JSON, CSV."""
from __future__ import annotations

import csv
import io
import json
from html import escape

from rich.console import Group
from rich.table import Table
from rich.text import Text

from .. import __version__
from ..lang.fr import load
from ..lang.fr.format import format_date
from ..text import typography
from .chart import svg
from .core import GoalTracking

CSV_FIELDS = ("id", "text", "kpi", "status", "status_label", "deadline", "target_value", "last_date", "last_value",
              "planned_at_last", "progress", "projected", "interval_low", "interval_high", "pace_per_month",
              "needed_per_month", "pace_is_rate", "reach_date", "method", "advice", "error", "warnings")


def _labels() -> dict:
    return load("track")["labels"]


def to_json(goals: list[GoalTracking], warnings: list[str] | None = None) -> str:
    doc = {"tool": "smart_nlp", "version": __version__, "warnings": list(warnings or []),
           "goals": [g.to_dict() for g in goals]}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def to_csv(goals: list[GoalTracking]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CSV_FIELDS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for g in goals:
        d = g.to_dict()
        last = d.get("last") or {}
        interval = d.get("interval") or [None, None]
        writer.writerow({**d, "last_date": last.get("date"), "last_value": last.get("value"),
                         "interval_low": interval[0], "interval_high": interval[1],
                         "warnings": " | ".join(d["warnings"])})
    return buf.getvalue()


def summary_rows(g: GoalTracking) -> list[tuple[str, str]]:
    lab = _labels()
    if g.progress is None:
        return []
    d = g.to_dict()
    s = d["labels"]
    projected = s["projected"] + (f" ({s['interval']})" if "interval" in s else "")
    start = f"{s['start']} ({format_date(g.progress.plan.start)})"
    return [(lab["status"], d["status_label"]), (lab["start"], start),
            (lab["target"], f"{s['target']} — {format_date(g.progress.plan.deadline)}"),
            (lab["last"], f"{s['last']} ({format_date(g.progress.last.date)})"), (lab["planned"], s["planned"]),
            (lab["progress"], f"{s['progress']} / {s['planned_progress']}"), (lab["projected"], projected),
            (lab["pace"], f"{s['pace']} {lab['per_month']}"), (lab["needed"], f"{s['needed']} {lab['per_month']}"),
            (lab["method"], d["method_label"]), (lab["advice"], g.advice or "")]


def to_terminal(goals: list[GoalTracking]) -> Group:
    lab = _labels()
    parts = []
    for g in goals:
        table = Table(title=typography(f"{lab['goal']} {g.goal_id} : {g.analysis.text}"), show_header=False,
                      title_justify="left", expand=False)
        table.add_column(style="bold")
        table.add_column()
        for k, v in summary_rows(g):
            table.add_row(k, v)
        if g.error:
            table.add_row("✗", Text(g.error, style="red"))
        for w in g.warnings:
            table.add_row("!", Text(w, style="yellow"))
        parts.append(table)
    return Group(*parts)


def _md_escape(text: str) -> str:
    return "".join("\\" + c if c in "\\`*_[]<>|#" else c for c in text)


def to_markdown(goals: list[GoalTracking]) -> str:
    lab = _labels()
    out = [f"# {lab['title']}", ""]
    for g in goals:
        out += [f"## {lab['goal']} {_md_escape(g.goal_id)}", "", f"> {_md_escape(g.analysis.text)}", ""]
        rows = summary_rows(g)
        if rows:
            out += ["| | |", "| --- | --- |"] + [f"| {_md_escape(k)} | {_md_escape(v)} |" for k, v in rows] + [""]
        if g.error:
            out += [f"**✗** {_md_escape(g.error)}", ""]
        out += [f"- {_md_escape(w)}" for w in g.warnings] + ([""] if g.warnings else [])
    return "\n".join(out)


def to_html(goals: list[GoalTracking]) -> str:
    lab = _labels()
    sections = []
    for g in goals:
        rows = "".join(f"<tr><th>{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in summary_rows(g))
        error = f'<p class="error">{escape(g.error)}</p>' if g.error else ""
        warn = "".join(f'<li>{escape(w)}</li>' for w in g.warnings)
        status = f' data-status="{escape(g.progress.status)}"' if g.progress else ""
        sections.append(
            f'<section{status}><h2>{escape(lab["goal"])} {escape(g.goal_id)}</h2>'
            f'<blockquote>{escape(g.analysis.text)}</blockquote>{svg(g, lab)}'
            f'<table>{rows}</table>{error}{"<ul>" + warn + "</ul>" if warn else ""}</section>')
    style = ("body{font-family:system-ui,sans-serif;max-width:760px;margin:2em auto;padding:0 1em;color:#111}"
             "table{border-collapse:collapse}th{text-align:left;padding:.2em 1em .2em 0;vertical-align:top}"
             "td{padding:.2em 0}.error{color:#b91c1c}blockquote{border-left:3px solid #ccc;margin:0;padding-left:1em}"
             "section{margin-bottom:2.5em}svg{max-width:100%;height:auto}")
    return ('<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
            f"<title>{escape(lab['title'])}</title><style>{style}</style></head><body>"
            f"<h1>{escape(lab['title'])}</h1>{''.join(sections)}</body></html>\n")
