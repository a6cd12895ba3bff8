"""Targets and baseline: which numbers the goal aims at, and how (SPEC section 1).

Numbers ruled out by ``roles`` (deadline, means, ages, years…) are never targets.
Each other number is read by the first of the named ``RULES`` that fits the words
around it (« multiplier par <n> », « contre <x> », « de <x> à <y> »…); words that are
targets by themselves (« doubler », « réduire de moitié ») come from ``proportions``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable

from ..lang.fr import alternation, load
from .base import Mention
from .proportions import find_proportions
from .context import role
from .roles import CONTEXT, excluded, range_partners

_CLAUSE_END = re.compile(r"[.;!?\n]|, (?!\d)")


@lru_cache(maxsize=None)
def _grammar() -> dict:
    v, n, q = load("verbs"), load("numbers"), load("quantities")
    word = r"(?<![\w])"
    stem = lambda items: word + alternation([re.escape(i) for i in items]) + r"[a-z]*"  # noqa: E731
    of = alternation(q["from"])
    of_word = alternation([f if f.endswith("'") else f + " " for f in q["from"]])
    change = alternation(q["change_stems"]) + r"[a-z]* (?:[a-z'-]+ ){0,%d}?" + of + " ?$"
    return {
        "increase": re.compile(stem(v["increase"]) + r"$"),
        "increase_any": re.compile(stem(v["increase"])),
        "decrease_any": re.compile(stem(v["decrease"])),
        "more": re.compile(r"^ ?(?:[a-z'-]+ ){0,6}?" + alternation(v["more"]) + r"(?![a-z])"),
        "less": re.compile(r"^ ?(?:[a-z'-]+ ){0,3}?" + alternation(v["less"]) + r"(?![a-z])"),
        "level": re.compile(word + alternation(v["level"]) + "(?: " + alternation(q["level_fillers"]) + ")* ?$"),
        "baseline_before": re.compile(word + alternation(v["baseline_before"]) + "(?: "
                                      + alternation(q["baseline_fillers"]) + r")* ?\(?$"),
        "baseline_after": re.compile(r"^(?: [a-z'-]+){0,4}? ?\(?" + alternation(v["baseline_after"])
                                     + r"(?![a-z])(?! ?:? ?(?:" + alternation(q["value_leads"]) + r" )?[+-]?\d)"),
        "baseline_after_past": re.compile(r"^(?: [a-z'-]+)? ?\(?" + alternation(v["baseline_after_past"])
                                          + r"(?![a-z])\)"),
        "periods": [(p, re.compile(r"(?:(?<![\w])|(?=/))(?:" + "|".join(rx) + r")(?![a-z])"))
                    for p, rx in n["periods"].items()],
        "periods_before": [(p, re.compile(r"(?<![\w])(?:" + alternation(rx) + r") ?:? ?$"))
                           for p, rx in n["periods_before"].items()],
        "offer_adjective": re.compile(word + alternation(n["offer_nouns"]) + " $"),
        "rate_adjective": re.compile(alternation(list(q["rate_adjectives"]))),
        "rate_before": re.compile(word + "(" + alternation(list(q["rate_adjectives"])) + ")"
                                  + alternation(q["adjective_endings"]) + "? " + of_word + r"?(?:[a-z']+ )?$"),
        "rate_adjectives": q["rate_adjectives"],
        "qualifying_prep": re.compile(word + alternation(q["qualifying_preps"]) + r"(?![\w])"),
        "times": re.compile(r"^ ?" + alternation(q["times"]) + " ("
                            + alternation(q["times_more"] + q["times_less"]) + ")"),
        "times_less": re.compile(alternation(q["times_less"])),
        "multiply": re.compile(word + "(" + alternation(list(q["multiply"])) + r")[a-z]*(?: [^\s,.;]+){0,7}? par $"),
        "multiply_sign": q["multiply"],
        "from": re.compile(word + of + " ?(?:" + alternation(q["hedges"]) + " )?$"),
        "to": re.compile(r"^ ?(?:[a-z'%€-]+ ){0,4}?" + alternation(q["to"]) + r" (?=[+-]?\d|[a-z]+ )"),
        "to_level": re.compile(word + alternation(q["to"]) + " $"),
        "score_of": re.compile(word + alternation(q["signed_scores"]) + r"(?: [a-z'-]+){0,2}? (?:de |d'|: ?|a )?$"),
        "level_bound": re.compile(word + alternation(q["level_bounds"]) + " ?$"),
        "level_verb": re.compile(word + alternation(q["level_verbs"]) + r"[a-z]* (?:[a-z':]+ ){0,2}$"),
        "change_after": re.compile(r"^ ?" + of_word + "?" + alternation(q["change_up"] + q["change_down"])),
        "change_down": re.compile(r"^ ?" + of_word + "?" + alternation(q["change_down"])),
        "change_near": re.compile(change % 5),
        "change_far": re.compile(change % 8),
        "gain": re.compile(word + alternation(q["gain_verbs"]) + r" (?:[a-z'-]+ )?$"),
        "new": re.compile(r"^ " + alternation(q["new"]) + " " + alternation(q["new_nouns"]) + r"(?![a-z])"),
        "top": re.compile(word + alternation(q["top"]) + " ?$"),
        "period_kpis": q["period_kpis"],
        # « de 32 à 45 et réduire le churn annuel à 8 % »: a rate after the next item is its own.
        "next_item": re.compile(" " + alternation([c for c in q["coordinations"] if c.strip(",")]) + " "),
    }


@dataclass
class Reading:
    """One candidate number with the words around it."""

    folded: str
    num: Mention
    before: str
    after: str
    period: str | None
    following: Mention | None
    stops: list[Mention]
    targets: list[Mention] = field(default_factory=list)
    baseline: Mention | None = None
    skip_next: bool = False
    earlier: tuple[Mention, ...] = ()  # targets of the numbers before this one

    def target(self, kind: str, value: float, start: int | None = None, rule: str = "", num: Mention | None = None,
               unit: str | None = None, period: str | None = None, end: int | None = None) -> bool:
        num = num or self.num
        self.targets.append(Mention(self.num.start if start is None else start, end or num.end, "TARGET", value,
                                    rule=rule or kind, extra={"kind": kind, "unit": unit or num.extra["unit"],
                                                              "period": period or self.period}))
        return True


def _window_before(folded: str, start: int, size: int = 60) -> str:
    text = folded[max(0, start - size):start]
    cut = max(text.rfind("."), text.rfind(";"), text.rfind("\n"))
    return text[cut + 1:] if cut >= 0 else text


def _sign_from_verbs(before: str) -> int:
    g = _grammar()
    inc = [m.start() for m in g["increase_any"].finditer(before)]
    dec = [m.start() for m in g["decrease_any"].finditer(before)]
    if not dec:
        return 1
    return 1 if inc and inc[-1] > dec[-1] else -1


def period_after(folded: str, end: int, stops: list[Mention]) -> str | None:
    """A rate right after the quantity, before the clause or another number ends it."""
    g = _grammar()
    tail = folded[end:end + 75]
    for cut in (_CLAUSE_END.search(tail), re.search(r"\d", tail), g["next_item"].search(tail)):
        if cut:
            tail = tail[:cut.start()]
    for s in stops:
        if end <= s.start < end + len(tail):
            tail = tail[: s.start - end]
    best = None
    for p, rx in g["periods"]:
        m = rx.search(tail)
        if not m:
            continue
        adjective = g["rate_adjective"].match(m.group(0))
        if adjective and g["offer_adjective"].search(tail[:m.start()]):
            continue  # « abonnements annuels » name an offer; « 4 contrats par semaine » is a rate
        if adjective and g["qualifying_prep"].search(tail[:m.start()]):
            continue  # « sur la box beauté mensuelle »: the adjective qualifies another noun
        if best is None or m.start() < best[1]:
            best = (p, m.start())
    return best[0] if best else None


def _period_before(before: str) -> str | None:
    """« un CA annuel de 800 000 € », « chaque trimestre 60 prospects »: the rate stands
    before the number."""
    g = _grammar()
    m = g["rate_before"].search(before)
    if m:
        return g["rate_adjectives"][m.group(1)]
    return next((p for p, rx in g["periods_before"] if rx.search(before)), None)


# --- Named rules: each reads one number and says what it is, or passes (None). ---------

def _factor(r: Reading) -> bool | None:
    g = _grammar()
    mult = g["multiply"].search(r.before)
    times = g["times"].match(r.after)
    if not (r.num.extra["kind_hint"] == "factor" or mult or times):
        return None
    value = r.num.value
    if value <= 0:
        return False  # « multiplier par 0 » is no target
    if (mult and g["multiply_sign"][mult.group(1)] < 0) or (times and g["times_less"].fullmatch(times.group(1))):
        value = 1 / value
    start = r.num.start - (len(r.before) - mult.start()) if mult else None
    end = r.num.end + times.end() if times and not mult else None
    rule = "multiplier par <n>" if mult else "<n> fois plus" if times else "x<n>"
    return r.target("factor", value, start, rule=rule, end=end)


def _baseline_cue(r: Reading) -> bool | None:
    g = _grammar()
    after = (g["baseline_after"].match(r.after) and not g["to"].match(r.after)) or \
        g["baseline_after_past"].match(r.after)
    last = r.earlier[-1] if r.earlier else None  # « un NPS de +45, contre +31 »: two signed levels
    level = last and last.extra["kind"] == "level" and r.folded[last.start] in "+-"
    if not after and ((r.num.extra["sign"] is not None and not level) or not g["baseline_before"].search(r.before)):
        return None  # « +32 aujourd'hui » is a current value, « contre +5 » a change (not after a level)
    if r.baseline is None:
        r.baseline = Mention(r.num.start, r.num.end, "BASELINE", r.num.value * (r.num.extra["sign"] or 1),
                             rule="contre <x>", extra={"unit": r.num.extra["unit"], "period": r.period})
    return False


def _from_to(r: Reading) -> bool | None:
    g, num, nxt = _grammar(), r.num, r.following
    if not (nxt and g["from"].search(r.before) and g["to"].match(r.after) and nxt.start - num.end < 45):
        return None
    if nxt.extra["unit"] != num.extra["unit"] and g["change_near"].search(r.before):
        return None  # « augmenter de 5 % à… »: a change, not a starting value
    target_period = period_after(r.folded, nxt.end, r.stops) or r.period
    value = num.value * (num.extra["sign"] or 1)  # « de -5 à +20 »: both ends keep their sign
    if not num.extra["has_scale"] and nxt.extra.get("scale", 1) > 1 and abs(value) < 1000:
        value *= nxt.extra["scale"]  # « de 1,2 à 2 M€ »
    r.baseline = Mention(num.start, num.end, "BASELINE", value, rule="de <x> à <y>",
                         extra={"unit": num.extra["unit"] or nxt.extra["unit"], "period": r.period or target_period})
    r.skip_next = True
    return r.target("level", nxt.value * (nxt.extra["sign"] or 1), nxt.start, rule="de <x> à <y>", num=nxt,
                    unit=nxt.extra["unit"] or num.extra["unit"], period=target_period)


def _points(r: Reading) -> bool | None:
    if r.num.extra["unit"] != "pt":
        return None
    sign = r.num.extra["sign"] or _sign_from_verbs(r.before)
    return r.target("delta", r.num.value * sign, rule="<n> points")


def _percent_change(r: Reading) -> bool | None:
    g, sign = _grammar(), r.num.extra["sign"]
    if r.num.extra["unit"] != "%" or g["level_bound"].search(r.before):
        return None  # « réduire le churn à moins de 2 % » is a level to get under
    wide = _window_before(r.folded, r.num.start, 140)
    verb = g["from"].search(r.before) and (g["increase_any"].search(wide) or g["decrease_any"].search(wide))
    if not (sign is not None or verb or g["change_after"].match(r.after) or g["more"].match(r.after)
            or g["less"].match(r.after) or g["gain"].search(r.before)):
        return None
    if sign is None:
        down = g["change_down"].match(r.after) or g["less"].match(r.after)
        sign = -1 if down else _sign_from_verbs(wide)
    return r.target("percent_change", r.num.value * sign, rule="<verbe> de <n> %")


def _signed(r: Reading) -> bool | None:
    sign = r.num.extra["sign"]
    if sign is None:
        return None
    g = _grammar()
    if g["to_level"].search(r.before) or (g["score_of"].search(r.before) and not (
            g["increase_any"].search(r.before[-40:]) or g["decrease_any"].search(r.before[-40:]))):
        return r.target("level", r.num.value * sign, rule="à <±n>")  # « porter le NPS à +50 »
    return r.target("delta", r.num.value * sign, rule="+<n>")


def _more_less(r: Reading) -> bool | None:
    g = _grammar()
    if g["more"].match(r.after) or (g["new"].match(r.after) and not g["level_verb"].search(r.before) and not r.period):
        return r.target("delta", r.num.value, rule="<n> de plus")
    if g["less"].match(r.after):
        return r.target("delta", -r.num.value, rule="<n> de moins")
    return None


def _change_by(r: Reading) -> bool | None:
    g, before = _grammar(), r.before
    if not g["from"].search(before) or g["level"].search(before) or g["level_bound"].search(before):
        return None
    core = before[:g["from"].search(before).start()].rstrip()
    if g["increase"].search(core.rsplit(" ", 3)[0] + " ") is None and not g["change_far"].search(before):
        return None
    return r.target("delta", r.num.value * _sign_from_verbs(before), rule="<verbe> de <n>")


def _bound(r: Reading) -> bool | None:
    return r.target("level", r.num.value, rule="sous les <n>") if _grammar()["level_bound"].search(r.before) else None


def _gain(r: Reading) -> bool | None:
    return r.target("delta", r.num.value, rule="gagner <n>") if _grammar()["gain"].search(r.before) else None


def _level(r: Reading) -> bool:
    top = _grammar()["top"].search(r.before)
    return r.target("level", r.num.value, r.num.start - len(top.group(0)) if top else None,
                    rule="top <n>" if top else "<n>")


RULES: list[tuple[str, Callable[[Reading], bool | None]]] = [
    ("multiplier par <n>", _factor), ("contre <x>", _baseline_cue), ("de <x> à <y>", _from_to),
    ("<n> points", _points), ("<verbe> de <n> %", _percent_change), ("+<n>", _signed),
    ("<n> de plus", _more_less), ("<verbe> de <n>", _change_by), ("sous les <n>", _bound),
    ("gagner <n>", _gain), ("<n>", _level),
]


def find_quantities(folded: str, numbers: list[Mention], blocked: list[Mention],
                    stops: list[Mention]) -> tuple[list[Mention], Mention | None]:
    """Classify numbers into (targets, baseline). ``blocked``: deadline and means spans."""
    facts = find_proportions(folded, blocked)
    blocked = blocked + facts
    partners = range_partners(folded, numbers)
    out = {i: excluded(folded, n, blocked) for i, n in enumerate(numbers)}
    for i, j in partners.items():
        out[i] = out[i] or out[j]  # « entre 40 et 50 millions $ d'investissements »
    if None not in out.values() and not facts:
        # « Nous avons franchi les 8 000 abonnés »: a statement that is all context is a
        # result already reached; its figures stay, for the analysis to say so.
        out = {i: None if why == CONTEXT else why for i, why in out.items()}
    candidates = [n for i, n in enumerate(numbers) if not out[i]]
    targets: list[Mention] = []
    baseline: Mention | None = None
    skip = False
    for i, num in enumerate(candidates):
        if skip:
            skip = False
            continue
        before = _window_before(folded, num.start)
        r = Reading(folded, num, before, folded[num.end:num.end + 40],
                    period_after(folded, num.end, stops) or _period_before(before),
                    candidates[i + 1] if i + 1 < len(candidates) else None, stops, baseline=baseline,
                    earlier=tuple(targets))
        for _, rule in RULES:
            if rule(r) is not None:
                break
        targets.extend(r.targets)
        baseline, skip = r.baseline, r.skip_next
    if baseline is None:
        baseline = _context_baseline(folded, [n for i, n in enumerate(numbers) if out[i] == CONTEXT], targets + facts,
                                     stops)
    if baseline is not None and baseline.extra["unit"] is None and baseline.rule != "de <x> à <y>":
        # « 250 000 euros de CA mensuel…, contre 180 000 aujourd'hui »: a bare figure of the
        # same size as the target it follows is in its unit.
        levels = [t for t in targets if t.extra["kind"] == "level"]
        near = ([t for t in levels if t.start < baseline.start] or levels)[-1:] if levels else []
        if near and near[0].extra["unit"] and 0.1 <= abs(baseline.value) / max(abs(near[0].value), 1e-9) <= 10:
            baseline.extra["unit"] = near[0].extra["unit"]
    if baseline is not None and baseline.extra["period"] is None:
        baseline.extra["period"] = next((t.extra["period"] for t in targets
                                         if t.extra["unit"] == baseline.extra["unit"] and t.extra["period"]), None)
    return sorted(targets + facts, key=lambda t: t.start), baseline


def _context_baseline(folded: str, context: list[Mention], targets: list[Mention],
                      stops: list[Mention]) -> Mention | None:
    """A number of a clause of context is the baseline when a baseline cue says so
    (« alors que nous en recevons 60 aujourd'hui »), or when it is a past result or a
    current level in the unit of the first target (« notre ARR a atteint 4,2 M€ »)."""
    levels = [t for t in targets if t.extra["kind"] in ("level", "delta")] or \
        [t for t in targets if t.extra["kind"] == "factor"]
    best = None
    for num in context:
        kind = role(folded, num.start)
        if kind == "stative":
            continue  # « le réseau compte aujourd'hui 1 500 agences »: what exists, not the goal's figure
        before = _window_before(folded, num.start)
        r = Reading(folded, num, before, folded[num.end:num.end + 40],
                    period_after(folded, num.end, stops) or _period_before(before), None, stops)
        _baseline_cue(r)
        if r.baseline is not None:
            return r.baseline
        if best is None and levels and kind in ("state", "past") and \
                num.extra["unit"] == levels[0].extra["unit"] and num.extra["sign"] is None:
            best = Mention(num.start, num.end, "BASELINE", num.value, rule="a atteint <x>",
                           extra={"unit": num.extra["unit"], "period": r.period})
    return best


def period_kpi(kpi_text: str) -> str | None:
    """The period a KPI implies by itself (« MRR » is monthly)."""
    return _grammar()["period_kpis"].get(kpi_text)
