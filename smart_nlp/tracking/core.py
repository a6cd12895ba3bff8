"""Follow analysed goals against measurements: match rows to goals, assess, advise.

``follow`` takes one analysis and its measurements; ``follow_many`` takes the goals of a
file or document and one measurements table whose rows name a goal id or a KPI. A goal
that cannot be tracked (no numeric target, no deadline) gets its reason, never an
exception; a row for an unknown goal is an error naming its line.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..analysis import Analysis
from ..errors import InvalidInput
from ..lang.fr import load
from ..lang.fr.format import format_date, format_number
from ..temporal.periods import PERIOD_MONTHS
from ..text import fold, squash
from .advice import advise, describe
from .measurements import Measurement, say
from .progress import Progress, assess, make_plan

@dataclass
class GoalTracking:
    """One goal followed: its progress, or the reason it cannot be followed."""

    goal_id: str
    analysis: Analysis
    measurements: list[Measurement] = field(default_factory=list)
    progress: Progress | None = None
    advice: str | None = None
    error: str | None = None
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        a = self.analysis
        out: dict[str, Any] = {"id": self.goal_id, "text": a.text, "kpi": a.kpi,
                               "deadline": a.deadline.date.isoformat() if a.deadline else None,
                               "measurements": [{"date": m.date.isoformat(), "value": m.value, "line": m.line}
                                                for m in sorted(self.measurements, key=lambda m: m.date)],
                               "error": self.error, "warnings": list(self.warnings)}
        if self.progress:
            out.update(describe(self.progress, a))
            out["advice"] = self.advice
        return out


MAX_FACTOR = 1e6  # beyond a million-fold the target is not a plan anyone can follow


def _target_kind_value(a: Analysis, start: date, deadline: date) -> tuple[str, float] | None:
    """The main target as (kind, value); a compounding rate becomes its total over the horizon
    (None when that total is beyond ``MAX_FACTOR`` or has no meaning)."""
    t = a.targets[0]
    if t.period and t.kind in ("factor", "percent_change"):
        from ..temporal import months_between

        periods = months_between(start, deadline) / PERIOD_MONTHS[t.period]
        factor = t.value if t.kind == "factor" else 1 + t.value / 100
        if factor <= 0:
            return None
        log_total = periods * math.log(factor)
        return None if log_total > math.log(MAX_FACTOR) else ("factor", math.exp(log_total))
    return t.kind, t.value


def follow(analysis: Analysis, measurements: list[Measurement], goal_id: str | None = None) -> GoalTracking:
    """Assess one goal against its measurements (all assumed to be about this goal)."""
    gid = goal_id or analysis.id or "1"
    out = GoalTracking(gid, analysis, list(measurements))
    quoted = squash(analysis.text)[:80]
    if not analysis.targets:
        out.error = say("errors", "no_target", goal=quoted)
        return out
    if not analysis.deadline:
        out.error = say("errors", "no_deadline", goal=quoted)
        return out
    if not measurements:
        out.error = say("errors", "empty", source=gid)
        return out
    _check_duplicates(measurements, gid)
    ordered = sorted(measurements, key=lambda m: m.date)
    deadline = analysis.deadline.date
    if analysis.baseline is not None:
        start_day, start_value, from_goal = analysis.ref_date, analysis.baseline.value, True
    else:
        start_day, start_value, from_goal = ordered[0].date, ordered[0].value, False
    if not from_goal:
        out.warnings.append(say("warnings", "first_as_start", date=format_date(start_day)))
    if start_day >= deadline:
        start_day = min(analysis.ref_date, ordered[0].date)
    target = _target_kind_value(analysis, start_day, deadline)
    if target is None:
        out.error = say("errors", "too_large", goal=quoted)
        return out
    kind, value = target
    if kind in ("factor", "percent_change") and start_value <= 0:
        out.error = say("errors", "no_start", goal=quoted, value=format_number(start_value))
        return out
    plan = make_plan(kind, value, start_day, start_value, deadline)
    usable = [m for m in ordered if m.date >= start_day] or ordered[-1:]
    out.progress = assess(plan, usable, from_goal)
    for m in out.progress.after_deadline:
        out.warnings.append(say("warnings", "after_deadline", source=m.source, line=m.line, date=format_date(m.date),
                                deadline=format_date(deadline)))
    out.advice = advise(out.progress, analysis)
    return out


def _check_duplicates(measurements: list[Measurement], gid: str) -> None:
    seen: dict[date, Measurement] = {}
    for m in measurements:
        if m.date in seen:
            raise InvalidInput(say("errors", "duplicate", source=m.source, line=m.line, date=format_date(m.date),
                                   first=seen[m.date].line, goal=gid))
        seen[m.date] = m


def _kpi_of(name: str) -> str | None:
    from ..extract.lexicon import find_kpis

    folded = fold(name)
    if folded.strip() in load("kpis"):
        return folded.strip()
    found = find_kpis(folded)
    return found[0].value if found else None


def assign(goals: list[tuple[str, Analysis]], measurements: list[Measurement]) -> dict[str, list[Measurement]]:
    """Rows per goal id: a row names a goal id or a KPI; a lone goal takes every row."""
    by_id: dict[str, list[Measurement]] = {gid: [] for gid, _ in goals}
    if len(goals) == 1 and all(m.goal is None for m in measurements):
        by_id[goals[0][0]] = list(measurements)
        return by_id
    if any(m.goal is None for m in measurements):
        raise InvalidInput(say("errors", "ambiguous", source=measurements[0].source))
    ids = {fold(gid): gid for gid, _ in goals}
    kpis: dict[str, list[str]] = {}
    for gid, a in goals:
        if a.kpi:
            kpis.setdefault(a.kpi, []).append(gid)
    for m in measurements:
        key = fold(m.goal or "").strip()
        gid = ids.get(key)
        if gid is None:
            kpi = _kpi_of(m.goal or "")
            candidates = kpis.get(kpi or "", [])
            gid = candidates[0] if len(candidates) == 1 else None
        if gid is None:
            known = ", ".join(list(ids.values())[:10] + sorted(kpis)[:10])
            raise InvalidInput(say("errors", "unknown_goal", source=m.source, line=m.line, value=m.goal, known=known))
        by_id[gid].append(m)
    return by_id


def follow_many(goals: list[tuple[str, Analysis]], measurements: list[Measurement]) -> list[GoalTracking]:
    """Each goal with its rows; a goal without rows is reported as such, the others go on."""
    rows = assign(goals, measurements)
    out = []
    for gid, a in goals:
        try:
            out.append(follow(a, rows[gid], gid))
        except InvalidInput as err:
            out.append(GoalTracking(gid, a, rows[gid], error=str(err)))
    return out
