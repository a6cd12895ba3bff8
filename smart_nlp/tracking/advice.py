"""French wording of a goal's progress: figures for reports and one piece of advice.

The advice shows its arithmetic (pace observed, pace needed, the date the trend reaches
the target) so the user can check it; its means come from the same per-KPI lists as
the rewrite.
"""
from __future__ import annotations

from typing import Any

from ..analysis import Analysis
from ..lang.fr import load
from ..lang.fr.format import format_date, format_number, format_quantity
from ..text import typography
from .progress import Progress

_MEANS_FALLBACK = "default_means"


def _unit(a: Analysis) -> str | None:
    t = a.targets[0]
    if t.kind in ("level", "delta") and t.unit:
        return t.unit
    return a.baseline.unit if a.baseline else None


def _value(v: float, a: Analysis) -> str:
    unit = _unit(a)
    digits = 1 if unit in ("%", "pt") else 0 if abs(v) >= 10 else 2
    return format_quantity(round(v, digits), unit)


def _pace(per_month: float | None, is_rate: bool, a: Analysis) -> str:
    """A monthly change: a growth rate in % for geometric curves, units otherwise."""
    if per_month is None:
        return "—"
    if is_rate:
        return format_quantity(round(per_month * 100, 1), "%", signed=True)
    digits = 0 if abs(per_month) >= 100 else 1 if abs(per_month) >= 10 else 2
    return format_quantity(round(per_month, digits), _unit(a), signed=True)


def _needed_is_rate(p: Progress) -> bool:
    return p.plan.curve == "geometric" and p.last.value > 0


def means_hint(a: Analysis) -> str:
    """A concrete means for the goal's KPI and channel: the rewrite's own per-KPI × channel list."""
    from ..advise.defaults import means

    channel = a.channels[0] if a.channels else None
    found = means(a.kpi, channel) if a.kpi else []
    return found[0] if found else load("track")["advice"][_MEANS_FALLBACK]


def describe(p: Progress, a: Analysis) -> dict[str, Any]:
    """The figures of ``p`` as JSON-ready values with their French labels."""
    msg = load("track")
    method = msg["method"][p.trend.method].format(n=p.trend.points)
    out: dict[str, Any] = {
        "status": p.status, "status_label": msg["status"][p.status],
        "start": {"date": p.plan.start.isoformat(), "value": p.plan.start_value, "from_goal": p.start_from_goal},
        "target_value": round(p.plan.final, 4), "curve": p.plan.curve,
        "last": {"date": p.last.date.isoformat(), "value": p.last.value},
        "planned_at_last": round(p.planned_now, 4),
        "progress": round(p.share_done, 4), "planned_progress": round(p.share_planned, 4),
        "projected": round(p.trend.projected, 4),
        "interval": [round(x, 4) for x in p.trend.interval] if p.trend.interval else None,
        "method": p.trend.method, "method_label": typography(method),
        "pace_per_month": round(p.trend.per_month, 6),
        "needed_per_month": None if p.needed_per_month is None else round(p.needed_per_month, 6),
        "pace_is_rate": p.trend.method == "geometric", "needed_is_rate": _needed_is_rate(p),
        "reach_date": p.reach_date.isoformat() if p.reach_date else None,
        "labels": {"start": _value(p.plan.start_value, a), "target": _value(p.plan.final, a),
                   "last": _value(p.last.value, a),
                   "planned": _value(p.planned_now, a), "projected": _value(p.trend.projected, a),
                   "pace": _pace(p.trend.per_month, p.trend.method == "geometric", a),
                   "needed": _pace(p.needed_per_month, _needed_is_rate(p), a),
              "pace_abs": _pace(p.trend.per_month, p.trend.method == "geometric", a).lstrip("+−"),
                   "progress": format_quantity(round(100 * p.share_done), "%"),
                   "planned_progress": format_quantity(round(100 * p.share_planned), "%")},
    }
    if p.trend.interval:
        low, high = (_value(x, a) for x in p.trend.interval)
        out["labels"]["interval"] = typography(msg["labels"]["interval"].format(low=low, high=high))
    return out


def _calculation(p: Progress, a: Analysis) -> str:
    """The arithmetic behind the date the target would be reached, for the user to check."""
    from .progress import months_to_target

    months = months_to_target(p.plan.final, p.last.value, p.trend)
    if months is None:
        return "—"
    tpl = load("track")["calculation"]["geometric" if p.trend.method == "geometric" else "linear"]
    pace = _pace(p.trend.per_month, p.trend.method == "geometric", a)
    return tpl.format(final=_value(p.plan.final, a), last=_value(p.last.value, a), pace=pace,
                      pace_abs=pace.lstrip("+−"),
                      ratio=format_number(round(p.plan.final / p.last.value, 2)) if p.last.value else "—",
                      months=format_number(round(months, 1)), date=format_date(p.last.date))


def advise(p: Progress, a: Analysis) -> str:
    """One piece of French advice: keep going, add means, or a realistic deadline or target."""
    tpl = load("track")["advice"]
    from ..temporal import months_between

    fields = {"value": _value(p.last.value, a), "last": _value(p.last.value, a), "date": format_date(p.last.date),
              "last_date": format_date(p.last.date), "final": _value(p.plan.final, a),
              "deadline": format_date(p.plan.deadline),
              "pace": _pace(p.trend.per_month, p.trend.method == "geometric", a),
              "needed": _pace(p.needed_per_month, _needed_is_rate(p), a),
              "calc": _calculation(p, a), "projected": _value(p.trend.projected, a),
              "means": means_hint(a), "new_date": format_date(p.reach_date) if p.reach_date else "—",
              "months": format_number(round(months_between(p.last.date, p.reach_date), 1)) if p.reach_date else "—"}
    return typography(" ".join(tpl[_advice_key(p)].format(**fields).split()))


def _advice_key(p: Progress) -> str:
    """Which advice fits: the status first, then what the trend allows."""
    from ..temporal import months_between

    passed = p.last.date >= p.plan.deadline
    if p.status == "reached":
        return "reached"
    if passed:
        return "deadline_passed" if p.reach_date else "deadline_passed_stalled"
    if p.trend.method == "none":
        return "single"
    if p.status in ("ahead", "on_track", "behind"):
        return p.status
    if p.reach_date is None:
        return "no_progress"
    return "out_of_reach_target" if months_between(p.plan.deadline, p.reach_date) > 60 else "out_of_reach_date"
