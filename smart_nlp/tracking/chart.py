"""Inline SVG chart of one goal: planned trajectory, measurements, projection (no script, no network)."""
from __future__ import annotations

from datetime import date, timedelta
from html import escape

from ..lang.fr.format import format_date, format_number
from .core import GoalTracking

W, H, PAD_X, PAD_Y = 640, 260, 64, 28
COLORS = {"plan": "#6b7280", "actual": "#1d4ed8", "projection": "#b45309", "band": "#fde68a"}


def svg(g: GoalTracking, labels: dict) -> str:
    """The chart of ``g`` as an ``<svg>`` element; empty when the goal has no progress."""
    p = g.progress
    if p is None:
        return ""
    plan, trend = p.plan, p.trend
    points = sorted(g.measurements, key=lambda m: m.date)
    end = max([plan.deadline] + [m.date for m in points])
    span = max(1, (end - plan.start).days)
    steps = [plan.start + timedelta(days=span * i / 40) for i in range(41)]
    plan_xy = [(d, plan.at(min(d, plan.deadline))) for d in steps if d <= plan.deadline]
    last = p.last
    from ..temporal import months_between

    proj_days = [last.date + timedelta(days=(plan.deadline - last.date).days * i / 20) for i in range(21)] \
        if plan.deadline > last.date and trend.method != "none" else []
    proj_xy = [(d, trend.predict(months_between(plan.start, d))) for d in proj_days]
    values = [v for _, v in plan_xy] + [m.value for m in points] + [v for _, v in proj_xy]
    if trend.interval:
        values += list(trend.interval)
    low, high = min(values), max(values)
    if high == low:
        high, low = high + 1, low - 1

    def x(d: date) -> float:
        return PAD_X + (W - 2 * PAD_X) * (d - plan.start).days / span

    def y(v: float) -> float:
        return H - PAD_Y - (H - 2 * PAD_Y) * (v - low) / (high - low)

    def path(xy: list) -> str:
        return " ".join(f"{x(d):.1f},{y(v):.1f}" for d, v in xy)

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {H}" width="{W}" height="{H}" role="img" '
             f'aria-label="{escape(labels["chart"])}">',
             f'<line x1="{PAD_X}" y1="{H - PAD_Y}" x2="{W - PAD_X}" y2="{H - PAD_Y}" stroke="#d1d5db"/>',
             f'<line x1="{PAD_X}" y1="{PAD_Y}" x2="{PAD_X}" y2="{H - PAD_Y}" stroke="#d1d5db"/>']
    if trend.interval:
        xd = x(plan.deadline)
        parts.append(f'<rect x="{xd - 5:.1f}" y="{y(trend.interval[1]):.1f}" width="10" '
                     f'height="{max(1.0, y(trend.interval[0]) - y(trend.interval[1])):.1f}" fill="{COLORS["band"]}"/>')
    parts.append(f'<polyline fill="none" stroke="{COLORS["plan"]}" stroke-width="2" points="{path(plan_xy)}"/>')
    if proj_xy:
        parts.append(f'<polyline fill="none" stroke="{COLORS["projection"]}" stroke-width="2" '
                     f'stroke-dasharray="6 4" points="{path(proj_xy)}"/>')
    for m in points:
        parts.append(f'<circle cx="{x(m.date):.1f}" cy="{y(m.value):.1f}" r="4" fill="{COLORS["actual"]}">'
                     f'<title>{escape(format_date(m.date))} : {escape(format_number(m.value))}</title></circle>')
    for v in (low, high):
        parts.append(f'<text x="{PAD_X - 6}" y="{y(v) + 4:.1f}" font-size="11" text-anchor="end">'
                     f'{escape(format_number(round(v, 1)))}</text>')
    for d, anchor in ((plan.start, "start"), (plan.deadline, "end")):
        parts.append(f'<text x="{x(d):.1f}" y="{H - 8}" font-size="11" text-anchor="{anchor}">'
                     f'{escape(format_date(d))}</text>')
    legend = (("plan", labels["legend_plan"]), ("actual", labels["legend_actual"]),
              ("projection", labels["legend_projection"]))
    for i, (key, text) in enumerate(legend):
        lx = PAD_X + 10 + i * 170
        parts.append(f'<rect x="{lx}" y="6" width="14" height="4" fill="{COLORS[key]}"/>'
                     f'<text x="{lx + 20}" y="12" font-size="11">{escape(text)}</text>')
    parts.append("</svg>")
    return "".join(parts)
