"""Facts in their roles → one French sentence, the way a coach would write the goal.

``GoalPlan`` holds what the sentence says, each fact in its role (KPI, narrowing,
target, starting value, deadline, means, reason); ``realise`` picks the verb for the
target's kind and writes the clauses in the usual order. Values the user must choose
are marked as placeholders and written in square brackets.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..lang.fr import load
from ..lang.fr.format import format_number
from ..text import fold
from .forms import Noun, join_and, join_once, of, sentence, to, with_determiner
from .singular import singular


@dataclass
class Quantity:
    """A number in its unit (``None`` for a count); ``placeholder`` puts it in brackets."""

    value: float
    unit: str | None = None
    placeholder: bool = False


@dataclass
class GoalPlan:
    """The facts of one goal, ready to be written (see the module docstring)."""

    kpi: Noun
    family: str
    target: dict[str, Any]
    determiner: str = "definite"
    kpi_placeholder: bool = False
    inline: str = ""
    slot: str = ""
    start: Quantity | None = None
    start_asked: bool = False
    start_words: str = ""
    comparison: str | None = None
    deadline: str | None = None
    means: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    level_verb: str = field(default_factory=lambda: load("rewrite")["level_verb_default"])
    verb_kept: bool = False
    after_amount: str | None = None
    user_phrase: bool = False  # the KPI and its inline words are one phrase of the user's, read whole
    count_noun: bool = False  # « le nombre d'abonnés » as an object, as the user said it

    @classmethod
    def from_dict(cls, d: dict) -> "GoalPlan":
        """A plan from plain data (the example tables): ``kpi`` is ``[text, gender, number]``."""
        d = dict(d)
        d["kpi"] = Noun(*d["kpi"])
        if d.get("start") is not None:
            d["start"] = Quantity(**d["start"])
        return cls(**d)


_MONEY = ("EUR", "USD", "CAD", "CHF", "GBP")


def bracket(text: str) -> str:
    return f"[{text}]"


def quantity(q: Quantity, signed: bool = False) -> str:
    """« 2,1 % », « [40] », « 18 € », « 3 points »."""
    units = load("messages")["units"]
    number = format_number(abs(q.value))
    if signed and q.value < 0:
        number = "−" + number
    text = bracket(number) if q.placeholder else number
    if q.unit:
        text += "\u00a0" + units[q.unit]
    return text


def _words() -> dict:
    return load("rewrite")


def _kpi_object(p: GoalPlan) -> str:
    """« le taux de conversion de la boutique » — the KPI as the object of a verb."""
    kpi = Noun(f"{_words()['count_noun'][0]} {of(p.kpi.text)}", *_words()["count_noun"][1:]) \
        if p.count_noun else p.kpi
    np = with_determiner(kpi, p.determiner)
    if p.kpi_placeholder:
        np = bracket(np)
    return _join(np, p.inline, p.slot)


def _kpi_bare(p: GoalPlan, period: str = "") -> str:
    """« leads B2B par mois auprès de [cible] » — the KPI after a number, without determiner
    (singular after a number under two: « 1 vente »), with the unit price the user gave."""
    text = singular(p.kpi.text) if abs(p.target["value"]) < 2 and p.kpi.number == "p" else p.kpi.text
    np = bracket(text) if p.kpi_placeholder else text
    if not p.target.get("price"):
        return _join(np, p.inline, period, p.slot)
    amount, per = p.target["price"]
    price = _words()["unit_price"].format(price=f"{quantity(amount)} {per}".strip())  # « 60 coffrets à 49 € »
    cut = re.search(_words()["unit_price_after"], " " + fold(p.inline))  # the noun's own words stay before it
    at = cut.start() if cut else len(p.inline)  # « abonnements annuels à 390 € au club »
    own, rest = p.inline[:at].strip(), p.inline[at:].strip()
    slot_first = re.match(_words()["unit_price_after"], " " + fold(p.slot)) is None  # « de [produit à préciser] »
    return _join(np, own, p.slot if slot_first else "", price, rest, period, "" if slot_first else p.slot)


def _period(t: dict, p: GoalPlan) -> str:
    """« par mois », unless the KPI words already say it (« commandes mensuelles », a default
    count « le dimanche matin »)."""
    if not t.get("period"):
        return ""
    words = fold(f"{p.after_amount or p.kpi.text} {p.inline}")  # the words shown (« € de chiffre d'affaires »)
    if t.get("placeholder") and re.search(_words()["recurring_slot"], words):  # « entrées le dimanche matin »
        return ""
    said = set(re.findall(r"[\w-]+", words))  # (a growth's pace, « +15 % par mois », is no period of the KPI's)
    own = t["kind"] != "percent_change" and said & set(_words()["period_adjectives"][t["period"]])
    return "" if own else _words()["periods"][t["period"]]


def _factor_verb(value: float) -> str:
    w = _words()["verbs"]
    if value >= 1:
        named = w["factor"].get(int(value)) if float(value).is_integer() else None
        return named or w["factor_other"].format(value=format_number(value))
    inverse = round(1 / value, 2)
    named = w["divide"].get(int(inverse)) if float(inverse).is_integer() else None
    return named or w["divide_other"].format(value=format_number(inverse))


def main_clause(p: GoalPlan) -> str:
    """Verb, KPI, narrowing and target, by the target's kind."""
    w = _words()["verbs"]
    t = p.target
    kind, unit, ph = t["kind"], t.get("unit"), t.get("placeholder", False)
    period = _period(t, p)
    value = Quantity(t["value"], unit, ph)
    count = p.family == "count"
    if kind == "factor":
        return f"{_factor_verb(t['value'])} {_kpi_object(p)} {period}".strip()
    if kind == "percent_change" or (kind == "delta" and not count):
        if kind == "delta" and unit is None and p.family == "rate":
            value.unit = "pt"
        verb = w["increase"] if t["value"] >= 0 else w["decrease"]
        head = f"{quantity(value)} {period}".strip()
        return verb.format(value=head, kpi=_kpi_object(p))
    if kind == "delta":
        if t["value"] >= 0 and p.verb_kept:  # « Recruter 3 commerciaux »: the user's verb says it
            more = join_once([_words()["delta_more"], period]) if t.get("more") else period
            return _level(p, quantity(value), _kpi_bare(p, more))
        if t["value"] >= 0:
            return w["gain_count"].format(value=quantity(value), kpi=_kpi_bare(p, period))
        return w["decrease"].format(value=quantity(value), kpi=_kpi_object(p))
    end = quantity(value)
    if t.get("at_least") and (unit == "%" or not _from_start(p, unit)):  # « au moins 30 dossiers »: a floor
        end = _words()["at_least"].format(end=end)
    if t.get("ceiling") and p.start is not None and p.start.value > t["value"]:  # « de 3 % à moins de 1 % »
        said = w["ceiling_from"][t["ceiling"].split("_")[1]]
        return f"{said.format(kpi=_kpi_object(p), start=quantity(p.start), end=end)} {period}".strip()
    if t.get("ceiling"):
        return f"{w['ceiling'][t['ceiling']].format(kpi=_kpi_object(p), end=end)} {period}".strip()
    if _from_start(p, unit):
        start = quantity(p.start)
        said = f" ({t['said']})" if t.get("said") else ""  # the user's relative change, kept
        if count:
            return w["move_count"].format(start=start, end=end, kpi=_kpi_bare(p, period)) + said
        verb = w["lower_object"] if t["value"] < p.start.value else w["move_object"]
        if p.verb_kept and unit == "%" and p.start.unit == "%":  # « Baisser le taux de rebond de [60] % à [45] % »
            verb = w["verb_move_object"]
        return f"{verb.format(verb=p.level_verb, kpi=_kpi_object(p), start=start, end=end)}{said} {period}".strip()
    if t.get("at_least") and unit == "%" and p.family == "rate" and p.start is None:
        return f"{w['floor_rate'].format(kpi=_kpi_object(p), end=end)} {period}".strip()
    if p.family == "position":
        rank = w["first"] if t["value"] == 1 else format_number(t["value"]) + w["nth"]
        return w["position"].format(rank=rank, kpi=_join(p.inline, p.slot))
    if p.verb_kept and not count:
        return w["verb_object"].format(verb=p.level_verb, kpi=_kpi_object(p), end=end)
    if count and unit == "%":  # a share of a group: « 30 % de nos clients »
        share = _join(with_determiner(p.kpi, p.determiner), p.inline, period, p.slot)
        return w["level_count"].format(verb=p.level_verb, end=end, kpi=of(share))
    if count and not (p.after_amount and unit in _MONEY):
        return _level(p, end, _kpi_bare(p, period))
    if p.family == "cost":
        return f"{w['lower_level'].format(kpi=_kpi_object(p), end=end)} {period}".strip()
    noun = p.after_amount or of(bracket(p.kpi.text) if p.kpi_placeholder else p.kpi.text)
    return w["level_count"].format(verb=p.level_verb, end=end, kpi=_join(noun, p.inline, period, p.slot))


def _from_start(p: GoalPlan, unit: str | None) -> bool:
    """Whether the main clause goes from the start to the target: always unless the user's
    verb is kept; then only when it says a move (« Faire passer les bénévoles de 40 à 70 »)
    or the target is only proposed from the stated start (« Recruter [78] apprentis », 65
    now), or a gain of a stock is only proposed (« Trouver [50] mécènes ») — not when the verb
    names the measure (« Vendre [38] bouquets », contre 30)."""
    if p.start is None or p.target["kind"] != "level":
        return False
    said = fold(p.level_verb or "")
    own = _words()["verb_own_nouns"].get(said)
    if own and p.family == "count" and not p.start.placeholder and re.match(own, fold(f"{p.kpi.text} {p.inline}")):
        return False
    gains = {fold(v) for v in _words()["recruit_verbs"].values()}  # « Trouver [50] mécènes » has no « contre [40] »
    proposed = p.target.get("placeholder", False)
    points = unit == "%" and p.start.unit == "%"  # a share moved in points under the user's own verb
    stated = not p.start.placeholder and said in _words()["stated_move_verbs"]
    return not p.verb_kept or points or stated or said in _words()["move_verbs"] \
        or proposed and not p.start.placeholder or said in gains and p.start.placeholder and not p.target.get("period")


def _level(p: GoalPlan, end: str, kpi: str) -> str:
    """« Vendre 30 bouquets »: the verb, the figure, the KPI words without the noun the
    verb already says (« ventes de »)."""
    own = _words()["verb_own_nouns"].get(fold(p.level_verb))
    said = re.match(own, fold(kpi)) if own else None
    if said and said.end() < len(kpi):
        kpi = kpi[said.end():]
    return _words()["verbs"]["level_count"].format(verb=p.level_verb, end=end, kpi=kpi)


def _join(*parts: str) -> str:
    return join_once(parts)


def realise(p: GoalPlan) -> str:
    """The whole sentence: main clause, narrowing, deadline, comparison, means, reason."""
    w = _words()
    parts = [main_clause(p)]
    if p.deadline:
        parts.append(p.deadline)
    tail: list[str] = []
    relative = p.target["kind"] in ("percent_change", "factor", "delta")
    if p.comparison:
        tail.append(w["comparison"].format(period=to(p.comparison)))
    elif p.start is not None and (relative or not _from_start(p, p.target.get("unit"))):
        counted = p.start.unit is None and p.target["kind"] in ("level", "delta")  # a growth rate's period is its pace
        period = _period(p.target, p) if counted else ""  # « [12] appels par mois, contre [10] par mois »
        said = [quantity(p.start), p.start_words, "" if period in p.start_words else period]
        tail.append(w["baseline_now"].format(value=" ".join(x for x in said if x)))
    if p.means:
        tail.append(join_and(p.means))
    tail += p.reasons
    text = " ".join(x for x in parts if x)
    if tail:
        text += ", " + ", ".join(tail)
    return sentence([text])
