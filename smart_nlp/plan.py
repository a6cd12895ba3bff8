"""The arithmetic of ambition: implied growth and intermediate milestones.

Milestones are monthly up to six months, quarterly beyond; values grow geometrically
for factors, percentages and levels with a baseline, linearly for deltas.
"""
from __future__ import annotations

import math
from datetime import date
from typing import Any

from .features import ambition as compute_ambition
from .scoring.explain import describe_target, format_ambition, format_date, format_number, format_quantity
from .temporal import add_months, months_between
from .text import typography


def ambition_summary(targets: list[dict], baseline: dict | None, ref: date, deadline: date | None) -> dict | None:
    """Implied growth with its French sentence (« ×10 en 3 mois, soit … »), or None."""
    return summarize_ambition(compute_ambition(targets, baseline, ref, deadline))


def summarize_ambition(amb: dict | None) -> dict | None:
    """The public form of ``features.ambition``: rounded, with its sentence."""
    if not amb or amb.get("annual") is None:
        return None
    return {"factor": round(amb["factor"], 4), "months": round(amb["months"], 2),
            "annual_factor": round(amb["annual"], 4), "monthly_rate": round(amb["monthly"], 4),
            "moderate": amb["annual"] <= 3.0, "text": typography(format_ambition(amb))}


def _steps(ref: date, deadline: date) -> list[date]:
    months = months_between(ref, deadline)
    step = 1 if months <= 6 else 3
    dates, k = [], step
    while True:
        d = add_months(ref, k)
        if d >= deadline:
            break
        dates.append(d)
        k += step
    return dates + [deadline]


def milestones(target: dict, baseline: dict | None, ref: date, deadline: date | None) -> list[dict[str, Any]]:
    """Checkpoints from ``ref`` to ``deadline`` for the main target."""
    if deadline is None or deadline <= ref or target.get("period") and target["kind"] in ("factor", "percent_change"):
        return []
    kind, value, unit = target["kind"], target["value"], target.get("unit")
    if (kind == "percent_change" and value <= -100) or (kind == "factor" and value <= 0):
        return []  # a cut of 100 % or more has no path
    base = baseline["value"] if baseline and baseline.get("value") else None
    total = months_between(ref, deadline)
    digits = 0 if float(value).is_integer() and (base is None or float(base).is_integer()) else 1
    out = []
    for d in _steps(ref, deadline):
        share = months_between(ref, d) / total
        if kind == "factor":
            f = value ** share
            shown = f"×{format_number(round(f, 2))}"
            val = base * f if base else None
        elif kind == "percent_change":
            f = (1 + value / 100) ** share
            shown = format_quantity(round((f - 1) * 100, 1), "%", signed=True)
            val = base * f if base else None
        elif kind == "delta":
            step = value * share
            shown = format_quantity(round(step, 1), unit, signed=True)
            val = base + step if base is not None else None
        elif base:
            val = base * (value / base) ** share if value > 0 else base + (value - base) * share
            shown = format_quantity(round(val, digits), unit)
        else:
            continue
        label = f"{format_date(d)} : {shown}"
        if val is not None and kind != "level":
            label += f" (soit {format_quantity(round(val, digits), unit if kind != 'percent_change' else baseline.get('unit'))})"
        out.append({"date": d.isoformat(), "value": None if val is None else round(val, 2),
                    "progress": shown, "text": typography(label)})
    return out


def alternatives(a, amb: dict | None) -> list[dict[str, str]]:
    """A prudent and an ambitious version when the growth asked for is extreme."""
    if not amb or amb["moderate"] or not a.targets or not a.deadline:
        return []
    t = a.targets[0]
    months = amb["months"]
    prudent = 3 ** (months / 12)
    longer = max(1, round(12 * math.log(amb["factor"]) / math.log(3)))
    first = {"kind": "factor", "value": round(prudent, 1), "unit": None, "period": None}
    return [
        {"label": "prudente", "text": typography(
            f"Viser {describe_target(first)} d'ici le {format_date(a.deadline.date)} "
            f"(au lieu de {describe_target(_as_dict(t))}), un rythme tenable sans moyens supplémentaires.")},
        {"label": "ambitieuse", "text": typography(
            f"Garder {describe_target(_as_dict(t))} mais d'ici le {format_date(add_months(a.ref_date, longer))} "
            f"(soit {longer} mois), ou annoncer les moyens qui rendent le délai actuel crédible.")},
    ]


def _as_dict(t) -> dict:
    return {"kind": t.kind, "value": t.value, "unit": t.unit, "period": t.period}
