"""The named quantity rules: each reads one number and says what it is, or passes (None).

``RULES`` is tried in order; the first rule that answers decides. Rule names come from
lang/fr/rule_names.yaml.
"""
from __future__ import annotations

from typing import Callable

from ..lang.fr import load
from .base import Mention
from .quantity_grammar import Reading, grammar, period_after, sign_from_verbs, window_before

NAMES = load("rule_names")["quantities"]


def _factor(r: Reading) -> bool | None:
    g = grammar()
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
    rule = NAMES["factor"] if mult else NAMES["times"] if times else NAMES["factor_sign"]
    return r.target("factor", value, start, rule=rule, end=end)


def baseline_cue(r: Reading) -> bool | None:
    g = grammar()
    if g["more"].match(r.after) or g["less"].match(r.after):
        return None  # « 80 % de plus qu'aujourd'hui » is a change
    # « (380 à ce jour) »: a cue right after the figure, even one that starts with « à »
    after = g["baseline_now"].match(r.after) or (g["baseline_after"].match(r.after) and not g["to"].match(r.after)) \
        or g["baseline_after_past"].match(r.after) \
        or (g["baseline_before_past"].search(r.before) and g["past_after"].match(r.after))
    last = r.earlier[-1] if r.earlier else None  # « un NPS de +45, contre +31 »: two signed levels
    level = last and last.extra["kind"] == "level" and r.folded[last.start] in "+-"
    if not after and ((r.num.extra["sign"] is not None and not level) or not g["baseline_before"].search(r.before)):
        return None  # « +32 aujourd'hui » is a current value, « contre +5 » a change (not after a level)
    if r.baseline is None:
        r.baseline = Mention(r.num.start, r.num.end, "BASELINE", r.num.value * (r.num.extra["sign"] or 1),
                             rule=NAMES["baseline"], extra={"unit": r.num.extra["unit"], "period": r.period})
    return False


def _bracketed(r: Reading) -> bool | None:
    """« sous 2,5 % (3,4 % en novembre) », « 35 € maximum (58 € sur le T3) »: a figure opening
    brackets right after a level, in its unit, is where things stand, not a second target."""
    last = r.earlier[-1] if r.earlier else None
    if r.baseline is not None or last is None or last.extra["kind"] != "level" or r.num.extra["sign"] is not None \
            or last.extra["unit"] != r.num.extra["unit"] \
            or not (grammar()["bracket_open"].fullmatch(r.folded, last.end, r.num.start) or _own_bracket(r, last)):
        return None
    r.baseline = Mention(r.num.start, r.num.end, "BASELINE", r.num.value, rule=NAMES["bracketed"],
                         extra={"unit": r.num.extra["unit"], "period": r.period or last.extra["period"]})
    return False


def _own_bracket(r: Reading, last: Mention) -> bool:
    """« compter 3 200 sociétaires d'ici le 31 décembre 2027 (2 650 au 1er janvier) »: a figure
    opening brackets later in the level's clause, alone in them, is where things stand too."""
    g, folded = grammar(), r.folded
    close = folded.find(")", r.num.end)
    return folded[:r.num.start].rstrip().endswith("(") and 0 <= close - r.num.end <= 30 \
        and not g["clause_end"].search(folded, last.end, r.num.start) \
        and not (r.following and r.following.start < close) \
        and not (g["more"].match(r.after) or g["less"].match(r.after))


def _from_to(r: Reading) -> bool | None:
    g, num, nxt = grammar(), r.num, r.following
    if not (nxt and g["from"].search(r.before) and g["to"].match(r.after) and nxt.start - num.end < 45) \
            or g["clause_end"].search(r.folded, num.end, nxt.start):
        return None  # « de 10 % au premier semestre, puis de 15 % »: two steps, not a start and an end
    if nxt.extra["unit"] != num.extra["unit"] and g["change_near"].search(r.before):
        return None  # « augmenter de 5 % à… »: a change, not a starting value
    target_period = period_after(r.folded, nxt.end, r.stops) or r.period
    value = num.value * (num.extra["sign"] or 1)  # « de -5 à +20 »: both ends keep their sign
    if not num.extra["has_scale"] and nxt.extra.get("scale", 1) > 1 and abs(value) < 1000:
        value *= nxt.extra["scale"]  # « de 1,2 à 2 M€ »
    r.baseline = Mention(num.start, num.end, "BASELINE", value, rule=NAMES["from_to"],
                         extra={"unit": num.extra["unit"] or nxt.extra["unit"], "period": r.period or target_period})
    r.skip_next = True
    return r.target("level", nxt.value * (nxt.extra["sign"] or 1), nxt.start, rule=NAMES["from_to"], num=nxt,
                    unit=nxt.extra["unit"] or num.extra["unit"], period=target_period)


def _points(r: Reading) -> bool | None:
    if r.num.extra["unit"] != "pt":
        return None
    sign = r.num.extra["sign"] or sign_from_verbs(r.before)
    return r.target("delta", r.num.value * sign, rule=NAMES["points"])


def _percent_change(r: Reading) -> bool | None:
    g, sign = grammar(), r.num.extra["sign"]
    if r.num.extra["unit"] != "%" or g["level_bound"].search(r.before):
        return None  # « réduire le churn à moins de 2 % » is a level to get under
    wide = window_before(r.folded, r.num.start, 140)
    verb = g["from"].search(r.before) and (g["increase_any"].search(wide) or g["decrease_any"].search(wide)) \
        and not _kept(wide, g)
    if not (sign is not None or verb or g["change_after"].match(r.after) or g["more"].match(r.after)
            or g["less"].match(r.after) or g["gain"].search(r.before)):
        return None
    if sign is None:
        down = g["change_down"].match(r.after) or g["less"].match(r.after)
        sign = -1 if down else sign_from_verbs(wide)
    return r.target("percent_change", r.num.value * sign, rule=NAMES["percent_change"])


def _kept(wide: str, g: dict) -> bool:
    """Whether a verb that holds a level (« tout en gardant un taux de ») comes after the
    last verb of change: the figure is the level kept."""
    last = lambda rx: max((m.start() for m in rx.finditer(wide)), default=-1)  # noqa: E731
    return last(g["keep_any"]) > max(last(g["increase_any"]), last(g["decrease_any"]))


def _added(r: Reading) -> bool | None:
    """« 85 commandes sur le site + 20 en click & collect »: a « + » set apart between two
    items of one clause adds a second target of the same kind as the first, not a change."""
    last = r.earlier[-1] if r.earlier else None
    if r.num.extra["sign"] != 1 or not r.folded.startswith("+ ", r.num.start) or last is None \
            or last.extra["kind"] not in ("level", "delta") or last.extra["unit"] != r.num.extra["unit"] \
            or grammar()["clause_end"].search(r.folded, last.end, r.num.start):
        return None
    return r.target(last.extra["kind"], r.num.value, rule=NAMES["added"])


def _signed(r: Reading) -> bool | None:
    sign = r.num.extra["sign"]
    if sign is None:
        return None
    g = grammar()
    if g["to_level"].search(r.before) or (g["score_of"].search(r.before) and not (
            g["increase_any"].search(r.before[-40:]) or g["decrease_any"].search(r.before[-40:]))):
        return r.target("level", r.num.value * sign, rule=NAMES["signed_level"])  # « porter le NPS à +50 »
    return r.target("delta", r.num.value * sign, rule=NAMES["signed"])


def _more_less(r: Reading) -> bool | None:
    g = grammar()
    if g["more"].match(r.after) or (g["new"].match(r.after) and not g["level_verb"].search(r.before)
                                     and (not r.period or g["brought"].search(r.before))):
        return r.target("delta", r.num.value, rule=NAMES["more"])
    if g["less"].match(r.after):
        return r.target("delta", -r.num.value, rule=NAMES["less"])
    return None


def _remaining(r: Reading) -> bool | None:
    """« reste 12 enseignes à signer »: what is left to win is added to what exists."""
    g = grammar()
    if r.num.extra["unit"] is not None or not (g["remaining"].search(r.before) and g["remaining_after"].match(r.after)):
        return None
    return r.target("delta", r.num.value, rule=NAMES["remaining"])


def _change_by(r: Reading) -> bool | None:
    g, before = grammar(), r.before
    if not g["from"].search(before) or g["level"].search(before) or g["level_bound"].search(before):
        return None
    core = before[:g["from"].search(before).start()].rstrip()
    if g["increase"].search(core.rsplit(" ", 3)[0] + " ") is None and not g["change_far"].search(before):
        return None
    return r.target("delta", r.num.value * sign_from_verbs(before), rule=NAMES["change_by"])


def _bound(r: Reading) -> bool | None:
    return r.target("level", r.num.value, rule=NAMES["bound"]) if grammar()["level_bound"].search(r.before) else None


def _gain(r: Reading) -> bool | None:
    return r.target("delta", r.num.value, rule=NAMES["gain"]) if grammar()["gain"].search(r.before) else None


def _level(r: Reading) -> bool:
    top = grammar()["top"].search(r.before)
    return r.target("level", r.num.value, r.num.start - len(top.group(0)) if top else None,
                    rule=NAMES["top"] if top else NAMES["level"])


RULES: list[tuple[str, Callable[[Reading], bool | None]]] = [
    (NAMES["factor"], _factor), (NAMES["baseline"], baseline_cue), (NAMES["bracketed"], _bracketed),
    (NAMES["from_to"], _from_to),
    (NAMES["points"], _points), (NAMES["percent_change"], _percent_change), (NAMES["added"], _added),
    (NAMES["signed"], _signed),
    (NAMES["remaining"], _remaining), (NAMES["more"], _more_less), (NAMES["change_by"], _change_by),
    (NAMES["bound"], _bound),
    (NAMES["gain"], _gain), (NAMES["level"], _level),
]
