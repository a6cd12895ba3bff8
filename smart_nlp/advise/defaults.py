"""Defaults that fit the goal: target form per KPI family, neutral narrowing slot,
concrete means per KPI × channel, business reason per funnel stage, deadline length.

Every value lives in ``lang/fr/rewrite.yaml``; this module only chooses among them.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..extract.scan import FirstOf
from ..lang.fr import load
from .forms import of_forms
from . import trade
from .organisation import commercial
from .realise import Quantity

if TYPE_CHECKING:
    from ..analysis import Analysis
    from ..extract.facts import GoalFacts

ASSUMED_KPI = "revenue"


def kpi_words(kpi_id: str, folded: str = "") -> dict:
    """A KPI's words in rewrite.yaml; ``default_of`` gives another default target and means
    when the goal says what it is of (a quote converts far more often than a visit)."""
    words = load("rewrite")["kpis"][kpi_id]
    said = next((e for e in words.get("default_of", []) if re.search(e["pattern"], folded)), None)
    return {**words, **{k: v for k, v in said.items() if k != "pattern"}} if said else words


@lru_cache(maxsize=2)
def _wishes(measured: bool = False) -> FirstOf:  # only the wishes naming a measure, if ``measured``
    return FirstOf([(re.compile(r"(?<![\w])" + w["pattern"]), w) for w in load("rewrite")["vague_wishes"]
                    if "measure" in w or not measured])


@lru_cache(maxsize=256)  # a pure function of the goal's text
def wish_measure(folded: str) -> dict | None:
    """The measure a vague wish names itself (« rajeunir la clientèle » → the share of the
    young), or None when its KPI's own noun says it."""
    found = _wishes(measured=True).search(folded)
    return found[1]["measure"] if found else None


def measure_wish_said(folded: str) -> re.Pattern | None:
    """The pattern of the vague wish whose measure the rewrite names (« à l'export »), if said."""
    return found[0].re if (found := _wishes(measured=True).search(folded)) else None


@lru_cache(maxsize=256)  # asked by the reader, the composer and the intent check of one goal
def vague_wish(folded: str) -> tuple[str, int, int] | None:
    """The KPI a vague wish most likely means, with where the wish is said."""
    found = _wishes().search(folded)
    return (found[1]["kpi"], found[0].start(), found[0].end()) if found else None


def target(words: dict, counted: bool = False) -> tuple[dict, Quantity | None]:
    """The default target of a KPI (or of a measure of it, its ``words`` in rewrite.yaml)
    as a placeholder, with its starting value (``counted``: « de [40] à [80] avis »)."""
    d = words["count_default" if counted else "default"]
    unit = d.get("unit")
    if d["kind"] == "level":
        t = {"kind": "level", "value": d["to"], "unit": unit, "period": d.get("period"), "placeholder": True}
        return t, Quantity(d["from"], unit, placeholder=True)
    return {"kind": d["kind"], "value": d["value"], "unit": unit, "period": d.get("period"), "placeholder": True}, None


@lru_cache(maxsize=1)
def _lower_measures() -> FirstOf:
    return FirstOf([(re.compile(e["pattern"]), e) for e in load("rewrite")["lower_measures"]])


def lower_measure(folded_words: str, span: bool = False):
    """The measure whose good direction is down (churn, taux de rebond, retours…) that
    the user's KPI words name, with its own family and default target (``span``: where
    its words end instead)."""
    found = _lower_measures().match(folded_words)
    if found is None:
        return None
    return found[0].end() if span else found[1]


def rate_measure(folded_words: str, stated) -> dict:
    """A rate the user names: its own measure to bring down (« taux de rebond »), none ``stated``."""
    return (lower_measure(folded_words) if stated is None else None) or load("rewrite")["rate_measure_default"]


@lru_cache(maxsize=1)
def _capacity() -> list[tuple[re.Pattern, dict]]:
    return [(re.compile(e["pattern"]), e) for e in load("rewrite")["capacity_measures"]]


def capacity(folded_words: str) -> dict | None:
    """The rate of capacity (occupancy, fill rate) the user's KPI words name, if any."""
    return next((entry for rx, entry in _capacity() if rx.match(folded_words)), None)


@lru_cache(maxsize=None)
def verb_rx(key: str) -> re.Pattern:
    """The goal verbs of ``key`` in verbs.yaml, compiled once per key (a handful of keys,
    four of them asked for each goal: a smaller cache rebuilt them goal after goal)."""
    return re.compile(r"(?<![\w])(?:" + "|".join(load("verbs")[key]) + ")")


def asks_lower(folded: str) -> bool:
    """Whether the last goal verb of ``folded`` (the text before the measure) asks it to go
    down (« réduire », « faire baisser »), not up (« réduire les retours et augmenter… »)."""
    lower = [m.start() for m in verb_rx("lower_goal").finditer(folded)]
    higher = [m.start() for m in verb_rx("increase").finditer(folded)]
    return bool(lower) and max(lower) > max(higher, default=-1)


def downward(target: dict, start: Quantity | None, words: dict | None = None) -> tuple[dict, Quantity | None]:
    """A default target turned to go down: the measure's own (``words``: « taux
    d'annulation » from [15] % to [10] %), else the level and the start swapped, the change negated."""
    if words and "lower_default" in words and target["kind"] == "level":
        low = words["lower_default"]
        return {**target, "value": low["to"]}, Quantity(low["from"], target.get("unit"), placeholder=True)
    if target["kind"] == "level" and start is not None and target["value"] > start.value:
        value = target["value"]
        return {**target, "value": start.value}, Quantity(value, start.unit, placeholder=True)
    if target["kind"] in ("percent_change", "delta") and target["value"] > 0:
        return {**target, "value": -target["value"]}, start
    return target, start


def from_baseline(baseline, target: dict, start: Quantity | None) -> tuple[dict, Quantity | None]:
    """« On tourne à 12 adhésions par mois » + « plus d'adhésions »: the value the user states
    is the start of a default target, which moves from it as the default would (in points for
    a rate, in proportion for a count), over the period the user counts in (none: a stock,
    « 40 adhérents »)."""
    if baseline is None or start is None or target["kind"] != "level" or baseline.unit != start.unit \
            or not start.value or baseline.value <= 0:
        return target, start
    if start.unit == "%":
        value = min(max(baseline.value + target["value"] - start.value, 0.0), 100.0)
    else:
        value = baseline.value * target["value"] / start.value
        step = 1 if value < 100 else 10 ** (len(str(int(value))) - 2)
        value = float(round(value / step) * step)
        if value == baseline.value:  # a small count still moves by one
            value += 1 if target["value"] > start.value else -1
    return {**target, "value": value, "period": baseline.period}, Quantity(baseline.value, baseline.unit)


def start_for(kpi_id: str | None, target: dict, measure: dict | None = None) -> Quantity:
    """The starting value asked for a relative change (a placeholder to replace); a
    measure that is none of our KPIs is counted."""
    d = (measure or {}).get("default") or (kpi_words(kpi_id)["default"] if kpi_id else {"from": 100})
    unit = None if d.get("kind") == "percent_change" and (measure or not kpi_id) else d.get("unit")
    if target["kind"] == "delta" and target.get("unit") not in ("%", "pt"):  # « 200 avis de plus »: counted
        unit = target.get("unit")
    start = d.get("from", d.get("value", 100))
    if target["kind"] == "delta":  # « Gagner 200 adhérents »: a start the change is half of
        start = max(start, round_figure(abs(target["value"]) * 2))
    return Quantity(start, unit, placeholder=True)


def round_figure(value: float) -> float:
    """A figure a person would write: two significant digits (« 6 000 », « 1 300 »)."""
    digits = max(0, len(str(int(value))) - 2)
    return float(round(value, -digits))


def narrow_slot(words: dict, folded: str, after_words: bool = False, org: dict | None = None,
                sector: str | None = None) -> tuple[str, str]:
    """The preposition and neutral placeholder that narrow the KPI (its ``words`` in
    rewrite.yaml); after the user's own (too general) words, the segment the goal
    addresses, in the organisation's terms when it names one, else in its trade's
    (« [patients à préciser] » for a practice)."""
    neutral = load("rewrite")["segment"][1]
    prep, slot = words.get("narrow_after", load("rewrite")["segment"]) if after_words else words["narrow"]
    if org and (slot == neutral or commercial(slot)):
        if prep in of_forms() and "narrow_of" not in org:  # people are reached, not owned: « auprès de »
            return load("rewrite")["segment"][0], org["narrow"]
        return prep, org.get("narrow_of", org["narrow"]) if prep in of_forms() else org["narrow"]
    for rx, market in _markets():
        if rx.search(folded) and slot == neutral:
            slot = market["slot"]
    return prep, load("rewrite")["sector_segments"].get(sector, slot) if slot == neutral else slot


def main_channel(facts: "GoalFacts") -> str | None:
    """The channel that narrows the KPI, else the first one named outside the means
    (never one named only as a means)."""
    for item in facts.narrowing:
        kind, _, value = item.partition(":")
        if kind == "channel":
            return value
    means = facts.side
    return next((c.value for c in sorted(facts.channels, key=lambda c: c.start)
                 if not any(m.start <= c.start < m.end for m in means)), None)


def channel_means(kpi_id: str | None, channel: str | None) -> list[str] | None:
    """The means for this KPI on the channel the user named (it steers the action)."""
    own = load("rewrite")["means"]["by_kpi_channel"].get(kpi_id or "", {})
    return list(own[channel]) if channel in own else None


def channel_led(kpi_id: str | None, channel: str | None, sector: str | None = None) -> bool:
    """Whether the channel the user named picks the means (its own for this KPI, or its
    usual actions when the KPI's own levers do not matter more); word of mouth in a known
    trade is worked by that trade's own actions (no referral discount for a physiotherapist)."""
    m = load("rewrite")["means"]
    if sector and channel in m["trade_led_channels"]:
        return False
    return bool(channel_means(kpi_id, channel)) or (channel in m["by_channel"] and kpi_id not in m["kpi_first"])


def means(kpi_id: str | None, channel: str | None, folded: str = "", family: str | None = None) -> list[str]:
    """Concrete means for this KPI on this channel (else for the market the ``folded``
    goal names: a shop, B2B; else those of its ``family`` of action true for any trade),
    the best fitting first."""
    m = load("rewrite")["means"]
    if kpi_id is None:  # more of what the user counts: the family's action; less of it: someone in charge
        more = None if asks_lower(folded) else load("means")["by_family"].get(family or "")
        return list(m["by_channel"].get(channel) or more or m["default"])
    service = load("rewrite")["service_sales"]
    sells_service = re.search(r"(?<![\w])(?:" + service["pattern"] + r")(?![\w])", folded)
    if kpi_id == "sales" and not channel and family in (None, "revenue") and sells_service:
        return list(service["means"])
    steered = channel_means(kpi_id, channel)
    if steered:
        return steered
    market = _market(folded) if not channel else None
    if market and kpi_id in m["by_kpi_market"].get(market, {}):
        return list(m["by_kpi_market"][market][kpi_id])
    if channel and channel in m["by_channel"] and kpi_id not in m["kpi_first"]:
        return list(m["by_channel"][channel]) + list(m["by_kpi"].get(kpi_id, []))
    return trade.generic(kpi_id, family, m["by_kpi"].get(kpi_id)) or list(m["default"])


def abroad_means(kpi_id: str | None, folded: str, sector: str | None) -> list[str] | None:
    """« augmenter nos ventes aux Pays-Bas »: goods sold in another country go through its
    importers, resellers and fairs; ``None`` when the goal sells at home or sells no goods."""
    w = load("rewrite")["abroad"]
    if (sector or "none") not in w["sectors"] or (kpi_id or "none") not in w["kpis"] \
            or not re.search(r"(?<![\w])(?:" + w["pattern"] + r")(?![\w])", folded):
        return None
    return list(w["means"].get(kpi_id or "default") or w["means"]["default"])


@lru_cache(maxsize=1)
def _markets() -> list[tuple[re.Pattern, dict]]:
    """rewrite.yaml's markets, each pattern matching whole words only (« ecommerce » is no shop)."""
    return [(re.compile(r"(?<![\w])(?:" + mk["pattern"] + r")(?![\w])"), mk) for mk in load("rewrite")["markets"]]


def sells_to_trade(folded: str, sector: str) -> bool:
    """« Notre fromagerie veut vendre plus de raclette aux restaurants »: a walk-in trade
    whose goal names business buyers sells B2B, not over its counter."""
    return sector in load("rewrite")["walk_in_sectors"] and _market(folded) == "b2b"


def _market(folded: str) -> str | None:
    """The market the goal names (« b2b », « local »), the first in rewrite.yaml's order."""
    return next((mk["id"] for rx, mk in _markets() if rx.search(folded)), None)


def reason(kpi_id: str | None, funnel: str | None, sector: str | None = None) -> str:
    """What the KPI serves, in the terms of the goal's trade (``sector``: a visit turns into
    a quote for a manufacturer, an appointment for a practice), else by the KPI or the
    funnel stage; a measure of the user's own (``kpi_id`` None) serves what the trade lives
    on (contracts for a bidder), else the business as a whole."""
    r = load("rewrite")["reasons"]
    own = r["by_trade"].get(sector or "", {})
    if kpi_id is None:
        return own.get(funnel or "do", r["unknown"])
    if kpi_id in own or (kpi_id not in r["by_kpi"] and (funnel or "do") in own):
        return own.get(kpi_id) or own[funnel or "do"]
    if kpi_id in r["by_kpi"]:
        return r["by_kpi"][kpi_id]
    return r["by_funnel"].get(funnel or "do", r["by_funnel"]["do"])


def deadline_months(a: "Analysis") -> int:
    """A quarter for a modest change, half a year by default, a year for a large one."""
    amb = (a.facts or {}).get("ambition") or {}
    factor = amb.get("factor")
    if factor is None:
        return 6
    return 3 if factor <= 1.3 else 6 if factor <= 2 else 12


@lru_cache(maxsize=1)
def _periods() -> list[tuple[re.Pattern, str]]:
    return [(re.compile(r" ?(?:[^,.;]{0,25}? )?" + words + r"(?![\w])"), period)
            for period, words in load("rewrite")["periods"].items()]


def period_after(folded: str, end: int) -> str | None:
    """« 40 leads B2B par mois »: the rate said right after the KPI, when the target lost it."""
    for rx, period in _periods():
        if rx.match(folded, end):
            return period
    return None
