"""Suggest a rewrite that meets the five criteria while keeping the user's words.

The user's sentence is kept whole; what is missing is added as clauses whose
choices are placeholders in square brackets (« [+20 %] »), so a person or an
interface can fill them. The deadline is a reasoned default: a quarter for a modest
change, a year for a large one, written as a resolved date with its duration.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .lang.fr import load
from .scoring.explain import format_date
from .temporal import add_months
from .text import of, typography

if TYPE_CHECKING:
    from .analysis import Analysis
    from .extract.facts import GoalFacts

_DECREASE_KPIS = {"acquisition_cost"}


def _deadline_months(a: "Analysis") -> int:
    amb = a.facts.get("ambition") or {}
    factor = amb.get("factor") or 1.2
    return 3 if factor <= 1.3 else 6 if factor <= 2 else 12


def suggest(a: "Analysis", facts: "GoalFacts") -> str:
    msg = load("messages")["rewrite"]
    c = a.criteria
    text = a.text
    why = ""
    if facts.justification:
        why = text[facts.justification.start:facts.justification.end].strip().rstrip(".!;… ")
        text = text[:facts.justification.start]
    for nil in sorted(facts.nil_means, key=lambda m: -m.start):
        text = text[:nil.start] + text[nil.end:]
    base = " ".join(text.split()).strip().rstrip(".!;,… ")
    parts: list[str] = [base]
    kpi_phrase = None
    if not a.kpi:
        kpi_phrase = msg["kpi_default"]
    if not c["measurable"].met:
        direction = "decrease" if a.kpi in _DECREASE_KPIS else "increase"
        target = msg["target_default"][direction]
        noun = kpi_phrase or of(load("kpis")[a.kpi]["label"])
        parts.append(f"soit {target} {noun}" if not kpi_phrase else f"soit {target} pour {kpi_phrase}")
    elif kpi_phrase:
        parts.append(f"mesuré sur {kpi_phrase}")
    if not c["specific"].met and a.kpi is not None or (not c["specific"].met and kpi_phrase):
        channel = next((ch for ch in a.channels if ch != "website"), None)
        if channel:
            parts.append("sur le canal " + load("channels")[channel]["label"])
        parts.append(msg["specific"])
    if not c["time_bound"].met:
        months = _deadline_months(a)
        parts.append(msg["deadline"].format(date=format_date(add_months(a.ref_date, months)), months=months))
    if not a.means or not c["achievable"].met:
        channel = next((ch for ch in a.channels if ch in msg["means_by_channel"]), None)
        parts.append(msg["means_by_channel"][channel] if channel else msg["means_default"])
    if why:
        parts.append(why)
    if not c["relevant"].met:
        parts.append(msg["relevance_by_funnel"].get(a.funnel or "", msg["relevance"]))
    return typography(", ".join(parts) + ".")
