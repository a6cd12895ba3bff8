"""French wording of numbers, dates, durations, quantities, targets and labels.

The one place every output (terminal, web page, audit, tracking, reasons, rewrite) takes
its French figures from: « 12 000 » with a narrow no-break space, « 2,5 », « 1er mars
2027 », « +20 % par mois ». Words come from ``messages.yaml``.
"""
from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Protocol

from ...temporal.periods import MONTH_DAYS
from . import load

_KIND_SIGN = {"delta", "percent_change"}
_HUGE = 1_000_000  # beyond this, digits say nothing more than « plus de »
_NNBSP = "\u202f"


class Paced(Protocol):
    """An implied growth (``features.Ambition``)."""

    factor: float
    months: float
    annual: float
    monthly: float
    period: str | None
    points: float | None
    start: float | None
    end: float | None


class Quantified(Protocol):
    """A target (``analysis.Target``) or anything shaped like one."""

    kind: str
    value: float
    unit: str | None
    period: str | None


def thousands(n: int) -> str:
    """« 12 000 »: an integer with narrow no-break spaces between thousands."""
    return f"{n:,}".replace(",", _NNBSP)


@lru_cache(maxsize=1024, typed=True)  # the rewrite, milestones and reasons write the same figures
def format_number(value: float) -> str:
    """French digits: « 12 000 », « 2,5 » (narrow no-break space for thousands)."""
    if abs(value - round(value)) < 1e-9:
        return thousands(int(round(value)))
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return text.replace(",", _NNBSP).replace(".", ",")


def format_quantity(value: float, unit: str | None, signed: bool = False) -> str:
    sign = ("+" if value > 0 else "−" if value < 0 else "") if signed else ("−" if value < 0 else "")
    text = sign + format_number(abs(value))
    if unit:
        text += "\u00a0" + load("messages")["units"][unit]
    return text


def per_period(period: str | None) -> str:
    """« par mois » after a quantity, or nothing."""
    if not period:
        return ""
    return load("messages")["format"]["per_period"].format(period=load("messages")["periods"][period])


def describe_target(t: Quantified) -> str:
    """« +20 % par mois », « ×2 », « 5 000 € »."""
    if t.kind == "factor":
        text = f"×{format_number(t.value)}"
    else:
        text = format_quantity(t.value, t.unit, signed=t.kind in _KIND_SIGN)
    return text + per_period(t.period)


def describe_targets(targets: list[Quantified]) -> str:
    return ", ".join(describe_target(t) for t in targets)


def describe_baseline(value: float, unit: str | None, period: str | None) -> str:
    """« 1 200 € par mois »: a starting value."""
    return format_quantity(value, unit) + per_period(period)


def format_date(d: date) -> str:
    """« 1er mars 2027 », « 31 décembre 2026 »."""
    months = load("messages")["months"]
    day = load("messages")["format"]["first_day"] if d.day == 1 else str(d.day)
    return f"{day} {months[d.month - 1]} {d.year}"


def format_duration(months: float) -> str:
    """« 6 semaines » under two months, « 3 mois » beyond: six weeks are not « 1 mois »."""
    words = load("messages")["durations"]
    if months < 2:
        weeks = max(1, round(months * MONTH_DAYS / 7))
        return f"{weeks} {words['week' if weeks == 1 else 'weeks']}"
    return f"{format_number(round(months))} {words['months']}"


def _more_than(value: str) -> str:
    return load("messages")["format"]["more_than"].format(value=value)


def format_ambition(amb: Paced) -> str:
    """« ×10 en 3 mois, soit ×10 000 par an (+115 % par mois) »."""
    tpl = load("messages")["ambition"]
    if amb.points is not None:
        return _format_points(amb, tpl)
    if amb.annual > _HUGE:
        annual = _more_than("×" + format_number(_HUGE))
    else:
        annual = "×" + format_number(round(amb.annual, 1 if amb.annual < 100 else 0))
    if amb.monthly * 100 > _HUGE:
        monthly = _more_than(format_quantity(_HUGE, "%", signed=True))
    else:
        monthly = format_quantity(round(amb.monthly * 100, 1), "%", signed=True)
    if amb.period:
        period = load("messages")["periods"][amb.period]
        return tpl["rate"].format(value=format_quantity(round((amb.factor - 1) * 100, 1), "%", signed=True),
                                  period=period, annual=annual)
    return tpl["factor"].format(factor=format_number(round(amb.factor, 2)), duration=format_duration(amb.months),
                                annual=annual, monthly=monthly)


def _format_points(amb: Paced, tpl: dict) -> str:
    """« +7 points en 6 semaines (de 18 % à 25 %), soit +4,9 points par mois »."""
    pts = amb.points
    span = ""
    if amb.start is not None and amb.end is not None:
        span = tpl["points_span"].format(start=format_quantity(amb.start, "%"), end=format_quantity(amb.end, "%"))
    return tpl["points"].format(points=format_quantity(round(pts, 1), "pt", signed=True), span=span,
                                duration=format_duration(amb.months),
                                monthly=format_quantity(round(pts / amb.months, 1), "pt", signed=True))


def kpi_label(kpi: str) -> str:
    """« chiffre d'affaires »: a KPI id as reports name it (an id we do not know, from a
    saved analysis, as written)."""
    return load("kpis").get(kpi, {}).get("label", kpi)


def channel_label(channel: str) -> str:
    """« LinkedIn », « site web »: a channel id as reports name it (an unknown one as written)."""
    return load("channels").get(channel, {}).get("label", channel)


def criterion_name(criterion: str) -> str:
    """« Mesurable »: a SMART criterion as reports name it."""
    return load("messages")["criteria"][criterion]["name"]


def funnel_label(stage: str | None, missing: str = "—") -> str:
    """« conversion (agir) »: a funnel stage as the terminal and the web page name it."""
    return load("messages")["funnel_stages"].get(stage or "", missing)


def span_labels() -> dict[str, str]:
    """``{"TARGET": "cible", "DEADLINE": "échéance", …}``: extracted spans' labels in French, in legend order."""
    return load("labels")["spans"]


def narrowing_label(narrowing: str) -> str:
    """``channel:linkedin`` → « LinkedIn »; any other narrowing is quoted as written."""
    kind, _, value = narrowing.partition(":")
    return channel_label(value) if kind == "channel" else f"« {value} »"
