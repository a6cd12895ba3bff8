"""French wording of facts for reasons, reports and rewrites."""
from __future__ import annotations

from datetime import date

from ..lang.fr import load

_KIND_SIGN = {"delta", "percent_change"}
_HUGE = 1_000_000  # beyond this, digits say nothing more than « plus de »


def format_number(value: float) -> str:
    """French digits: « 12 000 », « 2,5 » (narrow no-break space for thousands)."""
    if abs(value - round(value)) < 1e-9:
        return f"{int(round(value)):,}".replace(",", "\u202f")
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return text.replace(",", "\u202f").replace(".", ",")


def format_quantity(value: float, unit: str | None, signed: bool = False) -> str:
    msg = load("messages")
    sign = ("+" if value > 0 else "−" if value < 0 else "") if signed else ("−" if value < 0 else "")
    text = sign + format_number(abs(value))
    if unit:
        text += "\u00a0" + msg["units"][unit]
    return text


def describe_target(t: dict) -> str:
    if t["kind"] == "factor":
        text = f"×{format_number(t['value'])}"
    else:
        text = format_quantity(t["value"], t.get("unit"), signed=t["kind"] in _KIND_SIGN)
    if t.get("period"):
        text += " par " + load("messages")["periods"][t["period"]]
    return text


def describe_targets(targets: list[dict]) -> str:
    return ", ".join(describe_target(t) for t in targets)


def format_date(d: date) -> str:
    months = load("messages")["months"]
    day = "1er" if d.day == 1 else str(d.day)
    return f"{day} {months[d.month - 1]} {d.year}"


def format_duration(months: float) -> str:
    """« 6 semaines » under two months, « 3 mois » beyond: six weeks are not « 1 mois »."""
    words = load("messages")["durations"]
    if months < 2:
        weeks = max(1, round(months * 30.436875 / 7))
        return f"{weeks} {words['week' if weeks == 1 else 'weeks']}"
    return f"{format_number(round(months))} {words['months']}"


def format_ambition(amb: dict) -> str:
    """« ×10 en 3 mois, soit ×10 000 par an (+115 % par mois) »."""
    tpl = load("messages")["ambition"]
    if amb.get("points") is not None:
        return _format_points(amb, tpl)
    if amb["annual"] > _HUGE:
        annual = "plus de ×" + format_number(_HUGE)
    else:
        annual = "×" + format_number(round(amb["annual"], 1 if amb["annual"] < 100 else 0))
    if amb["monthly"] * 100 > _HUGE:
        monthly = "plus de " + format_quantity(_HUGE, "%", signed=True)
    else:
        monthly = format_quantity(round(amb["monthly"] * 100, 1), "%", signed=True)
    if amb.get("period"):
        period = load("messages")["periods"][amb["period"]]
        return tpl["rate"].format(value=format_quantity(round((amb["factor"] - 1) * 100, 1), "%", signed=True),
                                  period=period, annual=annual)
    return tpl["factor"].format(factor=format_number(round(amb["factor"], 2)), duration=format_duration(amb["months"]),
                                annual=annual, monthly=monthly)


def _format_points(amb: dict, tpl: dict) -> str:
    """« +7 points en 6 semaines (de 18 % à 25 %), soit +4,9 points par mois »."""
    pts = amb["points"]
    span = ""
    if amb.get("from") is not None and amb.get("to") is not None:
        span = tpl["points_span"].format(start=format_quantity(amb["from"], "%"), end=format_quantity(amb["to"], "%"))
    return tpl["points"].format(points=format_quantity(round(pts, 1), "pt", signed=True), span=span,
                                duration=format_duration(amb["months"]),
                                monthly=format_quantity(round(pts / amb["months"], 1), "pt", signed=True))
