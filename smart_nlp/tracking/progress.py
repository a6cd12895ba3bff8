"""Where a goal stands against its measurements: plan, trend, projection, status.

The planned trajectory is the analyzer's own milestone curve (``plan.milestones``):
geometric for factors, percentages and levels with a positive start, linear for deltas.
The trend is a least-squares fit on the points (the goal's starting value, when it has
one, is the first point): a straight line for linear plans, a line on the logarithm for
geometric ones, with a 90 % prediction interval at the deadline when there are at least
four points.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, timedelta

from ..temporal import add_months, months_between
from ..temporal.periods import MONTH_DAYS
from .measurements import Measurement

AHEAD, BEHIND = 0.05, -0.05   # share of the whole way, ahead of / behind the plan
OUT_OF_REACH = 0.75            # projected share of the way below which the target is out of reach


@dataclass(frozen=True)
class Plan:
    """From ``start_value`` on ``start`` to ``final`` on ``deadline``."""

    start: date
    start_value: float
    deadline: date
    final: float
    curve: str  # "linear" | "geometric"

    def at(self, when: date) -> float:
        total = months_between(self.start, self.deadline)
        share = min(1.0, months_between(self.start, when) / total) if total else 1.0
        if self.curve == "geometric":
            return self.start_value * (self.final / self.start_value) ** share
        return self.start_value + (self.final - self.start_value) * share

    def share(self, value: float) -> float:
        """How much of the way ``value`` has come (0 at the start, 1 at the target), measured on the
        plan's own curve: in logarithms for a geometric plan, so that a pace too slow shows early."""
        if self.curve == "geometric" and value > 0:
            way = math.log(self.final / self.start_value)
            return math.log(value / self.start_value) / way if way else 1.0
        way = self.final - self.start_value
        return (value - self.start_value) / way if way else 1.0


@dataclass(frozen=True)
class Trend:
    """A fitted line, on the values (linear) or on their logarithm (geometric), in months from the plan's start."""

    method: str               # "linear" | "geometric" | "none" (a single point: no trend)
    points: int
    slope: float
    intercept: float
    projected: float          # the fitted value at the deadline
    interval: tuple[float, float] | None = None

    @property
    def per_month(self) -> float:
        """Units per month (linear), growth rate per month (geometric)."""
        return math.exp(self.slope) - 1 if self.method == "geometric" else self.slope

    def predict(self, months: float) -> float:
        z = self.intercept + self.slope * months
        return math.exp(min(z, 700.0)) if self.method == "geometric" else z


@dataclass
class Progress:
    plan: Plan
    last: Measurement
    planned_now: float
    share_done: float
    share_planned: float
    trend: Trend
    status: str
    needed_per_month: float | None
    months_left: float
    reach_date: date | None
    start_from_goal: bool
    after_deadline: list[Measurement] = field(default_factory=list)


def final_value(kind: str, value: float, start: float) -> float:
    """The level the goal's target means, from its starting value."""
    if kind == "level":
        return value
    if kind == "delta":
        return start + value
    if kind == "percent_change":
        return start * (1 + value / 100)
    return start * value  # factor


def make_plan(kind: str, value: float, start_day: date, start_value: float, deadline: date) -> Plan:
    final = final_value(kind, value, start_value)
    geometric = kind != "delta" and start_value > 0 and final > 0
    return Plan(start_day, start_value, deadline, final, "geometric" if geometric else "linear")


def fit(plan: Plan, points: list[tuple[date, float]]) -> Trend:
    """Least-squares trend on ``points`` (sorted by date), projected to the deadline."""
    import numpy as np  # here, not at import time: `smart-nlp analyze` must not pay for it

    xs = np.array([months_between(plan.start, d) if d > plan.start else 0.0 for d, _ in points])
    ys = np.array([v for _, v in points], dtype=float)
    x_end = months_between(plan.start, plan.deadline)
    if len(points) < 2 or np.ptp(xs) == 0:
        return Trend("none", len(points), 0.0, float(ys[-1]), float(ys[-1]))
    geometric = plan.curve == "geometric" and bool((ys > 0).all())
    zs = np.log(ys) if geometric else ys
    slope, intercept = (float(c) for c in np.polyfit(xs, zs, 1))
    trend = Trend("geometric" if geometric else "linear", len(points), slope, intercept, 0.0)
    interval = None
    if len(points) >= 4:
        from scipy import stats

        resid = zs - (intercept + slope * xs)
        dof = len(points) - 2
        s = math.sqrt(float((resid ** 2).sum()) / dof)
        sxx = float(((xs - xs.mean()) ** 2).sum())
        half = float(stats.t.ppf(0.95, dof)) * s * math.sqrt(1 + 1 / len(points) + (x_end - xs.mean()) ** 2 / sxx)
        z_end = intercept + slope * x_end
        low, high = z_end - half, z_end + half
        interval = (math.exp(min(low, 700.0)), math.exp(min(high, 700.0))) if geometric else (low, high)
    return Trend(trend.method, trend.points, slope, intercept, trend.predict(x_end), interval)


def assess(plan: Plan, measurements: list[Measurement], start_from_goal: bool) -> Progress:
    """Status of the goal at its last measurement before or at the deadline."""
    ordered = sorted(measurements, key=lambda m: m.date)
    within = [m for m in ordered if m.date <= plan.deadline] or ordered  # all late: the deadline has passed
    after = [m for m in ordered if m.date > plan.deadline]
    last = within[-1]
    points = ([(plan.start, plan.start_value)] if start_from_goal else []) + [(m.date, m.value) for m in within]
    trend = fit(plan, points)
    planned_now = plan.at(last.date)
    share_done, share_planned = plan.share(last.value), plan.share(planned_now)
    months_left = months_between(last.date, plan.deadline)
    needed = _needed(plan, last.value, months_left)
    reach = _reach_date(plan, trend, last)
    if share_done >= 1:
        status = "reached"
    elif last.date >= plan.deadline:
        status = "out_of_reach"
    elif share_done - share_planned >= AHEAD:
        status = "ahead"
    elif share_done - share_planned > BEHIND:
        status = "on_track"
    elif plan.share(trend.projected) < OUT_OF_REACH:
        status = "out_of_reach"
    else:
        status = "behind"
    return Progress(plan, last, planned_now, share_done, share_planned, trend, status, needed,
                    months_left, reach, start_from_goal, after)


def _needed(plan: Plan, last_value: float, months_left: float) -> float | None:
    if months_left <= 0:
        return None
    if plan.curve == "geometric" and last_value > 0:
        return (plan.final / last_value) ** (1 / months_left) - 1
    return (plan.final - last_value) / months_left


def _reach_date(plan: Plan, trend: Trend, last: Measurement) -> date | None:
    """When the target is reached going on from the last measurement at the trend's pace
    (None: never, or more than 50 years away)."""
    months = months_to_target(plan.final, last.value, trend)
    if months is None or months > 600:
        return None
    whole = int(months)
    return add_months(last.date, whole) + timedelta(days=round((months - whole) * MONTH_DAYS))


def months_to_target(final: float, last: float, trend: Trend) -> float | None:
    """(final − last) ÷ slope, or log(final ÷ last) ÷ log-slope; None when the trend goes the other way."""
    if trend.method == "none" or trend.slope == 0:
        return None
    if trend.method == "geometric":
        if final <= 0 or last <= 0:
            return None
        months = math.log(final / last) / trend.slope
    else:
        months = (final - last) / trend.slope
    return months if months >= 0 else None
