"""Figures the user states around the target, kept by the rewrite: the start of a relative
change (« on part de 410 k€, +12 % », « 340 abonnés, on voudrait doubler »: « de 410 000 € à
459 200 € (+12 %) », the start given, the end it leads to, the user's change after it) and
the unit price of what is counted (« 60 coffrets à 49 € »).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..lang.fr.format import format_number
from .lexicon import rewrite_data
from .realise import Quantity

if TYPE_CHECKING:
    from ..analysis import Target
    from ..extract.facts import GoalFacts


def stated_end(t: "Target", target: dict, start: Quantity | None, period: str | None) -> tuple[dict, Quantity] | None:
    """The level a relative target ``t`` leads to from the stated ``start`` (``None`` when the
    start is to be given, or is a rate: a rate moves in points, advise/target)."""
    if start is None or start.placeholder or start.unit == "%" or t.kind not in ("percent_change", "factor") \
            or (t.kind == "percent_change" and t.unit != "%") or t.value <= 0:
        return None
    w = rewrite_data()["stated_end"]
    factor = t.value if t.kind == "factor" else 1 + t.value / 100
    end = _rounded(start.value * factor, start)
    if t.kind == "factor":  # « réduire de moitié »: ÷2
        said = w["factor"].format(value=format_number(t.value)) if t.value >= 1 else \
            w["divided"].format(value=format_number(round(1 / t.value, 2)))
    else:
        said = w["percent"].format(value=percent(t.value))
    return {**target, "kind": "level", "value": end, "unit": start.unit, "period": target.get("period") or period,
            "said": said}, start


def _rounded(value: float, start: Quantity) -> float:
    """Whole units of a count (« 156 ventes »), cents of money (« 47,5 € »)."""
    return round(value, 2) if start.unit or not float(start.value).is_integer() else float(int(value + 0.5))


def percent(value: float) -> str:
    """« +12 », « −3,5 »: a change in percent or points, signed, one decimal at most."""
    return f"{round(value, 1):+g}".replace(".", ",")


def price_of(facts: "GoalFacts", t: "Target") -> tuple[Quantity, str] | None:
    """The unit price the user gives the counted target ``t`` (extract/prices.py), and the
    words of what it is per (« l'épisode »)."""
    p = next((p for p in facts.prices if p.extra["of"] == t.start), None)
    if p is None:
        return None
    return Quantity(p.value, p.extra["unit"]), facts.text[p.extra["amount_end"]:p.end].strip()
