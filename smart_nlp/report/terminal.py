"""The readable French report of one analysis in the terminal (rich)."""
from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..analysis import Analysis
from ..lang.fr import load
from ..lang.fr.format import channel_label, criterion_name, format_date, funnel_label, kpi_label, span_labels
from ..text import typography

STYLES = {"TARGET": "bold green", "BASELINE": "cyan", "DEADLINE": "bold magenta",
          "CHANNEL": "bold blue", "KPI": "bold yellow", "MEANS": "italic bright_cyan"}


def highlighted(a: Analysis) -> Text:
    """The goal with each extracted span styled by its role."""
    text = Text(a.text)
    order = list(STYLES)
    for start, end, label in sorted(a.facts.get("spans", []), key=lambda s: -order.index(s[2])):
        text.stylize(STYLES[label], start, end)
    return text


def render(a: Analysis) -> Group:
    w = load("terminal")
    facts = Table.grid(padding=(0, 2))
    facts.add_row(w["rows"]["kpi"], kpi_label(a.kpi) if a.kpi else "—")
    facts.add_row(w["rows"]["channels"], ", ".join(channel_label(c) for c in a.channels) or "—")
    deadline = typography(w["deadline"].format(date=format_date(a.deadline.date), text=a.deadline.text)) \
        if a.deadline else "—"
    facts.add_row(w["rows"]["deadline"], deadline)
    facts.add_row(w["rows"]["funnel"], funnel_label(a.funnel))
    table = Table(show_header=True, header_style="bold", expand=True)
    table.add_column(w["columns"]["criterion"], no_wrap=True)
    table.add_column("", width=2)
    table.add_column(w["columns"]["why"], ratio=3)
    table.add_column(w["columns"]["advice"], ratio=2)
    for key, verdict in a.criteria.items():
        mark = Text("✓", style="bold green") if verdict.met else Text("✗", style="bold red")
        table.add_row(criterion_name(key), mark, Text("\n".join(verdict.reasons)), Text(verdict.advice or ""))
    legend = Text("  ").join(Text(v, style=STYLES[k]) for k, v in span_labels().items())
    parts = [Panel(Group(highlighted(a), legend), title=w["goal"], title_align="left"), facts, table,
             Text(typography(w["score"].format(score=a.smart_score)), style="bold")]
    for warning in a.warnings:
        parts.append(Text(f"⚠ {warning}", style="yellow"))
    if a.ambition:
        parts.append(Text(typography(w["ambition"].format(text=a.ambition["text"]))))
    if a.milestones:
        parts.append(Text(typography(w["milestones"]) + "\n" + "\n".join(f"  • {m['text']}" for m in a.milestones)))
    if a.suggestion:
        body = Text(_sentences(a, w))
        body.highlight_regex(r"\[[^\]]*\]", "bold yellow")
        for note in a.own_notes():
            body.append(f"\n• {note}", style="italic")
        for alt in a.alternatives:
            body.append("\n" + typography(w["alternative"].format(**alt)), style="dim")
        title = w["rewrites"] if a.other_goals else w["rewrite"]
        parts.append(Panel(body, title=title, title_align="left", border_style="green"))
    elif unsaid := [n for n in a.suggestion_notes if n not in a.warnings]:  # why none: said once
        parts.append(Panel(Text("\n".join(f"• {n}" for n in unsaid), style="italic"), title=w["no_rewrite"],
                           title_align="left", border_style="green"))
    return Group(*parts)


def _sentences(a: Analysis, w: dict) -> str:
    """The rewrite, or one numbered sentence per goal when the text holds several."""
    goals = a.goal_sentences()
    if not goals:
        return a.suggestion or ""
    lines = [w["goal_line"].format(n=i, sentence=s or w["withheld"], kpi=kpi_label(k)) if k else
             w["goal_line_plain"].format(n=i, sentence=s or w["withheld"]) for i, (k, s) in enumerate(goals, 1)]
    return "\n".join(map(typography, lines))


def print_report(a: Analysis, console: Console | None = None) -> None:
    (console or Console()).print(render(a))
