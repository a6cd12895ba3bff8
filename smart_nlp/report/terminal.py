"""The readable French report of one analysis in the terminal (rich)."""
from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..analysis import Analysis
from ..lang.fr import load
from ..lang.fr.format import format_date

STYLES = {"TARGET": "bold green", "BASELINE": "cyan", "DEADLINE": "bold magenta",
          "CHANNEL": "bold blue", "KPI": "bold yellow", "MEANS": "italic bright_cyan"}
LEGEND = {"TARGET": "cible", "BASELINE": "point de départ", "DEADLINE": "échéance",
          "CHANNEL": "canal", "KPI": "indicateur", "MEANS": "moyens"}


def highlighted(a: Analysis) -> Text:
    """The goal with each extracted span styled by its role."""
    text = Text(a.text)
    order = list(STYLES)
    for start, end, label in sorted(a.facts.get("spans", []), key=lambda s: -order.index(s[2])):
        text.stylize(STYLES[label], start, end)
    return text


def render(a: Analysis) -> Group:
    msg = load("messages")["criteria"]
    kpis, channels = load("kpis"), load("channels")
    facts = Table.grid(padding=(0, 2))
    facts.add_row("Indicateur", kpis[a.kpi]["label"] if a.kpi else "—")
    facts.add_row("Canaux", ", ".join(channels[c]["label"] for c in a.channels) or "—")
    facts.add_row("Échéance", f"{format_date(a.deadline.date)} («\u00a0{a.deadline.text}\u00a0»)" if a.deadline else "—")
    facts.add_row("Entonnoir", load("messages")["funnel_stages"].get(a.funnel or "", "—"))
    table = Table(show_header=True, header_style="bold", expand=True)
    table.add_column("Critère", no_wrap=True)
    table.add_column("", width=2)
    table.add_column("Pourquoi", ratio=3)
    table.add_column("Conseil", ratio=2)
    for key, verdict in a.criteria.items():
        mark = Text("✓", style="bold green") if verdict.met else Text("✗", style="bold red")
        table.add_row(msg[key]["name"], mark, Text("\n".join(verdict.reasons)), Text(verdict.advice or ""))
    legend = Text("  ").join(Text(v, style=STYLES[k]) for k, v in LEGEND.items() )
    parts = [Panel(Group(highlighted(a), legend), title="Objectif", title_align="left"), facts, table,
             Text(f"Score SMART\u00a0: {a.smart_score}/100", style="bold")]
    for w in a.warnings:
        parts.append(Text(f"⚠ {w}", style="yellow"))
    if a.ambition:
        parts.append(Text(f"Ambition\u00a0: {a.ambition['text']}"))
    if a.milestones:
        parts.append(Text("Jalons\u00a0:\n" + "\n".join(f"  • {m['text']}" for m in a.milestones)))
    if a.suggestion:
        body = Text(a.suggestion)
        body.highlight_regex(r"\[[^\]]*\]", "bold yellow")
        for note in a.suggestion_notes:
            body.append(f"\n• {note}", style="italic")
        for alt in a.alternatives:
            body.append(f"\nVersion {alt['label']}\u00a0: {alt['text']}", style="dim")
        parts.append(Panel(body, title="Proposition de reformulation", title_align="left", border_style="green"))
    return Group(*parts)


def print_report(a: Analysis, console: Console | None = None) -> None:
    (console or Console()).print(render(a))
