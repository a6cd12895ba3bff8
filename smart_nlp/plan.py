"""The arithmetic of ambition: implied growth and intermediate milestones.

Milestones are monthly up to six months, quarterly beyond; values grow geometrically
for factors, percentages and levels with a baseline, linearly for deltas.
"""
from __future__ import annotations

import math
from dataclasses import replace
from datetime import date
from typing import Any

from .analysis import Baseline, Target
from .features import MODERATE_ANNUAL_FACTOR, ambition as compute_ambition
from .lang.fr import load
from .lang.fr.format import (describe_target, format_ambition, format_date, format_duration, format_number,
                             format_quantity)
from .temporal import add_months, months_between
from .text import typography


def ambition_summary(targets: list[Target], baseline: Baseline | None, ref: date, deadline: date | None) -> dict | None:
    """Implied growth with its French sentence (« ×10 en 3 mois, soit … »), or None."""
    return summarize_ambition(compute_ambition(targets, baseline, ref, deadline))


def summarize_ambition(amb: dict | None) -> dict | None:
    """The public form of ``features.ambition``: rounded, with its sentence."""
    if not amb or amb.annual is None:
        return None
    out = {"factor": round(amb.factor, 4), "months": round(amb.months, 2),
           "annual_factor": round(amb.annual, 4), "monthly_rate": round(amb.monthly, 4),
           "moderate": amb.annual <= MODERATE_ANNUAL_FACTOR, "text": typography(format_ambition(amb))}
    if amb.points is not None:
        out["points"] = round(amb.points, 2)
    return out


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


def milestones(target: Target, baseline: Baseline | None, ref: date, deadline: date | None) -> list[dict[str, Any]]:
    """Checkpoints from ``ref`` to ``deadline`` for the main target."""
    if deadline is None or deadline <= ref or target.period and target.kind in ("factor", "percent_change"):
        return []
    kind, value, unit = target.kind, target.value, target.unit
    if (kind == "percent_change" and value <= -100) or (kind == "factor" and value <= 0):
        return []  # a cut of 100 % or more has no path
    base = baseline.value if baseline and baseline.value else None
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
            geometric = value > 0 and base > 0  # a curve through zero or below is a straight line
            val = base * (value / base) ** share if geometric else base + (value - base) * share
            shown = format_quantity(round(val, digits), unit)
        else:
            continue
        label = f"{format_date(d)} : {shown}"
        if val is not None and kind != "level":
            shown_unit = unit if kind != "percent_change" else baseline.unit
            label += load("messages")["alternatives"]["then"].format(
                value=format_quantity(round(val, digits), shown_unit))
        out.append({"date": d.isoformat(), "value": None if val is None else round(val, 2),
                    "progress": shown, "text": typography(label)})
    return out


def alternatives(a, amb: dict | None) -> list[dict[str, str]]:
    """Other versions of the target, in its own unit and ordered prudent < asked < ambitious.

    A moderate target gets a prudent (two thirds of the change) and an ambitious
    (half as much again) version by the same date; an extreme one gets the change a
    tenable pace allows by that date, and the date by which the asked change is tenable.
    """
    if not amb or not a.targets or not a.deadline or amb.get("months") is None:
        return []
    t = a.targets[0]
    base = a.baseline.value if a.baseline else None
    asked = _change(t, base)
    if asked is None or asked == 0 or t.period:
        return []
    months = amb["months"]
    date_label = format_date(a.deadline.date)
    said = describe_target(t)
    tpl = load("messages")["alternatives"]
    if amb["moderate"]:
        out = []
        for label, share in ((tpl["labels"]["prudent"], 2 / 3), (tpl["labels"]["ambitious"], 1.5)):
            other = _with_change(t, base, _round_change(t, asked * share, asked, share < 1))
            if other is not None:
                out.append({"label": label, "text": typography(tpl["version"].format(
                    target=describe_target(other), date=date_label, asked=said))})
        return out
    tenable = _tenable_change(t, base, months, amb)
    out = []
    if tenable is not None and abs(tenable) < abs(asked):
        other = _with_change(t, base, _round_change(t, tenable, asked, True))
        if other is not None:
            out.append({"label": tpl["labels"]["prudent"], "text": typography(tpl["prudent"].format(
                target=describe_target(other), date=date_label, asked=said))})
    if amb.get("points") is None:
        longer = math.ceil(months * math.log(amb["annual_factor"]) / math.log(MODERATE_ANNUAL_FACTOR))
    else:
        longer = math.ceil(months * (amb["annual_factor"] - 1) / (MODERATE_ANNUAL_FACTOR - 1))
    longer = max(1, longer)
    later = add_months(a.ref_date, longer)
    out.append({"label": tpl["labels"]["later"], "text": typography(tpl["later"].format(
        asked=said, date=format_date(later), duration=format_duration(months_between(a.ref_date, later))))})
    return out


def _change(t: Target, base: float | None) -> float | None:
    """The asked change in the target's own terms: a factor, a percentage, a delta."""
    kind, value = t.kind, t.value
    if kind == "factor":
        return value - 1
    if kind in ("percent_change", "delta"):
        return value
    if base is not None:
        return value - base
    return None


def _with_change(t: Target, base: float | None, change: float | None) -> Target | None:
    if change is None or change == 0:
        return None
    if t.kind == "factor":
        return replace(t, value=1 + change) if 1 + change > 0 else None
    if t.kind in ("percent_change", "delta"):
        return replace(t, value=change)
    return replace(t, value=base + change)


def _round_change(t: Target, change: float, asked: float, smaller: bool) -> float | None:
    """Round for reading, keeping the order with the asked change strict."""
    digits = 1 if t.kind == "factor" or t.unit in ("%", "pt") else 0
    if digits == 0 and abs(change) >= 100:
        digits = 2 - len(str(int(abs(change))))  # two significant figures: 667 → 670
    for d in (digits, digits + 1, digits + 2):
        r = round(change, d)
        if (abs(r) < abs(asked)) if smaller else (abs(r) > abs(asked)):
            return r if r != 0 else None
    return None


def _tenable_change(t: Target, base: float | None, months: float, amb: dict) -> float | None:
    """The change a moderate pace (at most ×3 a year) allows in ``months``."""
    if amb.get("points") is not None and base:
        return math.copysign(base * (MODERATE_ANNUAL_FACTOR - 1) * months / 12, amb["points"])
    f = MODERATE_ANNUAL_FACTOR ** (months / 12)
    grows = _change(t, base) > 0
    factor = f if grows else 1 / f
    if t.kind == "factor":
        return factor - 1
    if t.kind == "percent_change":
        return (factor - 1) * 100
    if base is not None:
        return base * (factor - 1)
    return None

