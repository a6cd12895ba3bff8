"""Stage 3, featurize: ``Resolved`` → ``Evidence``, the one input of the criterion scorers.

Both the transparent rules and the learned scorers read ``Evidence``: named features
(a dict, as ``DictVectorizer`` wants) and the typed facts the reasons quote, so a verdict
can always be explained by the features that fired.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from typing import Any

from .analysis import Baseline, Deadline, Target
from .lang.fr import load
from .resolve import Resolved
from .temporal import months_between
from .temporal.periods import PERIOD_MONTHS

MODERATE_ANNUAL_FACTOR = 3.0
_MAX_LOG = 60.0  # growth beyond e^60 a year is « impossible » anyway; keeps floats finite


@dataclass(frozen=True)
class Ambition:
    """The implied growth of a target: ``factor`` (≥ 1, for cuts too) over ``months``, annualised.

    ``months``, ``annual`` and ``monthly`` are None when the goal gives no timeframe; ``points``
    (with ``start`` and ``end``) when a rate in percent moves linearly, in points.
    """

    factor: float
    months: float | None = None
    annual: float | None = None
    monthly: float | None = None
    period: str | None = None  # a relative target given per period (« +5 % par mois »)
    points: float | None = None
    start: float | None = None
    end: float | None = None

    def to_dict(self) -> dict[str, Any]:
        """The diagnostics form of ``Analysis.facts["ambition"]``."""
        out = {"factor": self.factor, "months": self.months, "annual": self.annual, "monthly": self.monthly}
        if self.months is not None:
            out["period"] = self.period
        if self.points is not None:
            out.update({"points": self.points, "from": self.start, "to": self.end})
        return out


@dataclass(frozen=True)
class Evidence:
    """The scorer contract: what a criterion scorer may read about one goal."""

    features: dict[str, Any]
    text: str
    kpi: str | None
    targets: list[Target]
    narrowing: list[str]        # « channel:<id> » or « other:<words> » (extract.clauses)
    means: list[str]            # the means, as written
    means_channels: list[str]   # ids of the channels named inside the means
    nil_means: list[str]        # « sans budget »…, as written
    justification: str | None
    ambition: Ambition | None
    deadline: Deadline | None


def growth_factor(target: Target, baseline: Baseline | None) -> float | None:
    """The multiplicative change a target asks for (≥ 1 for growth and for cuts alike)."""
    kind, value = target.kind, target.value
    if kind == "factor":
        f = value
    elif kind == "percent_change":
        f = 1 + value / 100
    elif baseline and baseline.value:
        b = baseline.value
        f = (value if kind == "level" else b + value) / b
    else:
        return None
    if f <= 0:
        return None
    return f if f >= 1 else 1 / f


def ambition(targets: list[Target], baseline: Baseline | None, ref: date, deadline: date | None) -> Ambition | None:
    """Implied growth of the first target that allows it: factor, months, annualised."""
    for t in targets:
        f = growth_factor(t, baseline)
        if f is None:
            continue
        relative = t.kind in ("percent_change", "factor")
        if t.period and relative:
            months = PERIOD_MONTHS[t.period]
        elif deadline:
            months = max(months_between(ref, deadline), 0.25)
        else:
            return Ambition(f)
        log_f = math.log(f)
        points = rate_points(t, baseline)
        if points is not None:
            # A rate moves in points: its pace is linear, never compounded.
            return Ambition(f, months, 1 + (f - 1) * 12 / months, (f - 1) / months, None, *points)
        annual = math.exp(min(log_f * 12 / months, _MAX_LOG))
        return Ambition(f, months, annual, math.expm1(min(log_f / months, _MAX_LOG)), t.period if relative else None)
    return None


def rate_points(target: Target, baseline: Baseline | None) -> tuple[float, float | None, float | None] | None:
    """« de 18 % à 25 % » → (7 points, from 18 %, to 25 %): a level or a delta of a rate given in percent."""
    base = baseline.value if baseline and baseline.unit == "%" else None
    if target.kind == "level" and target.unit == "%" and base is not None:
        return target.value - base, base, target.value
    if target.kind == "delta" and target.unit == "pt":
        return target.value, base, None if base is None else base + target.value
    return None


def featurize(r: Resolved) -> Evidence:
    """The named features and the typed facts of one resolved goal."""
    facts, targets = r.facts, r.targets
    deadline = r.deadline.date if r.deadline else None
    amb = ambition(targets, r.baseline, r.ref, deadline)
    annual = amb.annual if amb else None
    kpi = facts.kpi_id
    feats: dict[str, Any] = {
        "kpi": kpi or "none",
        "kpi_business": bool(kpi and load("kpis")[kpi]["business"]),
        "n_targets": len(targets),
        "has_target": bool(targets),
        "has_baseline": r.baseline is not None,
        "has_deadline": deadline is not None,
        "has_rate": any(t.period for t in targets),
        "has_means": bool(facts.means) and not facts.nil_means,
        "n_means": len(facts.means),
        "nil_means": bool(facts.nil_means),
        "n_narrowing": len(facts.narrowing),
        "narrowing_channel": any(n.startswith("channel:") for n in facts.narrowing),
        "narrowing_other": any(not n.startswith("channel:") for n in facts.narrowing),
        "has_justification": facts.justification is not None,
        "justification_business": bool(facts.justification and facts.justification.value),
        "n_channels": len({c.value for c in facts.channels}),
        "log_annual_growth": math.log(annual) if annual else 0.0,
        "growth_known": annual is not None,
        "growth_moderate": annual is not None and annual <= MODERATE_ANNUAL_FACTOR,
        "months_to_deadline": months_between(r.ref, deadline) if deadline else 0.0,
    }
    for t in targets:
        feats[f"target_kind={t.kind}"] = True
    means_channels = [c.value for c in facts.channels if any(m.contains(c.start, c.end) for m in facts.means)]
    return Evidence(features=feats, text=r.text, kpi=kpi, targets=targets, narrowing=list(facts.narrowing),
                    means=[m.text for m in r.means], means_channels=means_channels, nil_means=r.nil_means,
                    justification=r.justification, ambition=amb, deadline=r.deadline)
