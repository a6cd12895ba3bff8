"""The words around a number that the quantity rules read: the grammar compiled once from
lang/fr, the ``Reading`` of one number, and the rate (« par mois », « annuel ») said with it."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..lang.fr import alternation, load
from .base import Mention

_CLAUSE_END = re.compile(r"[.;!?\n]|, (?!\d)")
_NUMBER_OR_BRACKET = re.compile(r"(?<![a-z])\d|\(")


@lru_cache(maxsize=None)
def grammar() -> dict:
    v, n, q = load("verbs"), load("numbers"), load("quantities")
    by = load("grammar_words")["quantities"]["multiply_by"]
    word = r"(?<![\w])"
    stem = lambda items: word + alternation([re.escape(i) for i in items]) + r"[a-z]*"  # noqa: E731
    of = alternation(q["from"])
    of_word = alternation([f if f.endswith("'") else f + " " for f in q["from"]])
    change = alternation(q["change_stems"]) + r"[a-z]* (?:[a-z'-]+ ){0,%d}?" + of + " ?$"
    return {
        "increase": re.compile(stem(v["increase"]) + r"$"),
        "increase_any": re.compile(stem(v["increase"])),
        "decrease_any": re.compile(stem(v["decrease"])),
        "keep_any": re.compile(stem(v["keep"])),
        "more": re.compile(r"^ ?(?:[a-z'-]+ ){0,6}?" + alternation(v["more"]) + r"(?![a-z])"),
        "less": re.compile(r"^ ?(?:[a-z'-]+ ){0,3}?" + alternation(v["less"]) + r"(?![a-z])"),
        "level": re.compile(word + alternation(v["level"]) + "(?: " + alternation(q["level_fillers"]) + ")* ?$"),
        "baseline_before": re.compile(word + alternation(v["baseline_before"]) + "(?: "
                                      + alternation(q["baseline_fillers"]) + r")* ?\(?$"),
        "baseline_now": re.compile(r"^ ?\(?" + alternation(v["baseline_after"]) + r"(?![a-z])(?! ?:? ?[+-]?\d)"
                                   + r"(?!,? " + alternation(q["to"]) + r" [+-]?\d)"),
        "baseline_after": re.compile(r"^(?: [a-z'-]+){0,4}? ?\(?" + alternation(v["baseline_after"])
                                     + r"(?![a-z])(?! ?:? ?(?:" + alternation(q["value_leads"]) + r" )?[+-]?\d)"),
        "baseline_after_past": re.compile(r"^(?: [a-z'-]+)? ?\(?" + alternation(v["baseline_after_past"])
                                          + r"(?![a-z])\)"),
        "baseline_before_past": re.compile(r", " + alternation(v["baseline_before_past"]) + " $"),
        "past_after": re.compile(r"^(?: [a-z'-]+)? " + alternation(v["baseline_after_past"]) + r"(?![a-z])"),
        "periods": [(p, re.compile(r"(?:(?<![\w])|(?=/))(?:" + "|".join(rx) + r")(?![a-z])"))
                    for p, rx in n["periods"].items()],
        "periods_before": [(p, re.compile(r"(?<![\w])(?:" + alternation(rx) + r") ?:? ?$"))
                           for p, rx in n["periods_before"].items()],
        "offer_adjective": re.compile(word + alternation(n["offer_nouns"]) + " $"),
        "rate_adjective": re.compile(alternation(list(q["rate_adjectives"]))),
        # (« la direction du quotidien : 25 000 »: after a determiner the adjective is a noun)
        "rate_before": re.compile(word + "".join(f"(?<!{re.escape(d)})" if d.endswith("'") else f"(?<!{re.escape(d)} )"
                                                 for d in load("context")["determiners"])
                                  + "(" + alternation(list(q["rate_adjectives"])) + ")"
                                  + alternation(q["adjective_endings"]) + "?(?: :)? " + of_word + r"?(?:[a-z']+ )?$"),
        "rate_adjectives": q["rate_adjectives"],
        "qualifying_prep": re.compile(word + alternation(q["qualifying_preps"]) + r"(?![\w])"),
        "times": re.compile(r"^ ?" + alternation(q["times"]) + " (" + alternation(q["times_more"] + q["times_less"])
                            + "|" + times_of(q) + r")(?:(?<=')|(?![a-z]))"),
        "times_less": re.compile(alternation(q["times_less"])),
        "frequency": re.compile(r"(?<![\w])" + alternation(q["times"]) + r" ?$"),
        "multiply": re.compile(word + "(" + alternation(list(q["multiply"])) + r")[a-z]*(?: [^\s,.;]+){0,7}? "
                               + by + " $"),
        "multiply_sign": q["multiply"],
        "from": re.compile(word + of + " ?(?:" + alternation(q["hedges"]) + " )?$"),
        "to": re.compile(r"^ ?(?:(?:[a-z'%€-]+ ){0,4}?" + alternation(q["to"]) + r" (?=[+-]?\d|[a-z]+ )|"
                         + alternation(q["to_arrows"]) + r" ?(?=[+-]?\d))"),
        "to_level": re.compile(word + alternation(q["to"]) + " $"),
        "bracket_open": re.compile(r" ?(?:[a-z]+ ){0,2}\( ?"),
        "remaining": re.compile(word + alternation(q["remaining"]) + " $"),
        "remaining_after": re.compile(r"^(?: [a-z'-]+){0,3} a [a-z]+(?:"
                                      + alternation(q["remaining_infinitive_endings"]) + r")(?![a-z])"),
        "score_of": re.compile(word + alternation(q["signed_scores"]) + r"(?: [a-z'-]+){0,2}? (?:de |d'|: ?|a )?$"),
        "level_bound": re.compile(word + alternation(q["level_bounds"]) + " ?$"),
        "level_verb": re.compile(word + alternation(q["level_verbs"]) + r"[a-z]* (?:[a-z':]+ ){0,2}$"),
        "change_after": re.compile(r"^ ?" + of_word + "?" + alternation(q["change_up"] + q["change_down"])),
        "change_down": re.compile(r"^ ?" + of_word + "?" + alternation(q["change_down"])),
        "change_near": re.compile(change % 5),
        "change_far": re.compile(change % 8),
        "brought": re.compile(word + alternation(q["brought"]) + r" (?:[a-z'-]+ )?$"),
        "gain": re.compile(word + alternation(q["gain_verbs"]) + r" (?:[a-z'-]+ )?$"),
        "new": re.compile(r"^ (?:de )?" + alternation(q["new"]) + " " + alternation(q["new_nouns"]) + r"(?![a-z])"),
        "top": re.compile(word + alternation(q["top"]) + " ?$"),
        "period_kpis": q["period_kpis"],
        # « de 32 à 45 et réduire le churn annuel à 8 % »: a rate after the next item is its own;
        # « par conseiller et par mois » goes on with the same rate.
        "clause_end": _CLAUSE_END,
        # « 100 commandes puis 200 par semaine »: a step whose rate is said with the next one
        "step": re.compile(r"^(?: [a-z'-]+){0,3},? " + alternation(q["steps"]) + " $"),
        "next_item": re.compile(" " + alternation([c for c in q["coordinations"] if c.strip(",")]) + " (?!"
                                + q["per_unit"] + " )"),
    }


def times_of(q: dict) -> str:
    """« cinq fois notre base » compares with an amount; « trois fois les lundis » says how often."""
    when = alternation(list(load("time_words")["weekdays"]) + load("numbers")["time_nouns"])
    return alternation(q["times_of"]) + r"(?:(?<=')|(?![a-z]))(?! ?" + when + ")"


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


def window_before(folded: str, start: int, size: int = 60) -> str:
    text = folded[max(0, start - size):start]
    cut = max(text.rfind("."), text.rfind(";"), text.rfind("\n"))
    return text[cut + 1:] if cut >= 0 else text


def sign_from_verbs(before: str) -> int:
    g = grammar()
    inc = [m.start() for m in g["increase_any"].finditer(before)]
    dec = [m.start() for m in g["decrease_any"].finditer(before)]
    if not dec:
        return 1
    return 1 if inc and inc[-1] > dec[-1] else -1


def period_after(folded: str, end: int, stops: list[Mention]) -> str | None:
    """A rate right after the quantity, before the clause, a bracket (« donateurs réguliers
    (prélèvement mensuel) ») or another number ends it (a digit inside a word, « comptes
    B2B par an », is no number)."""
    g = grammar()
    tail = folded[end:end + 75]
    for cut in (_CLAUSE_END.search(tail), _NUMBER_OR_BRACKET.search(tail), g["next_item"].search(tail)):
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
        if g["frequency"].search(tail[:m.start()]):
            continue  # « reviennent au moins une fois par mois »: how often they act, not the target's rate
        if best is None or m.start() < best[1]:
            best = (p, m.start())
    return best[0] if best else None


def period_before(before: str) -> str | None:
    """« un CA annuel de 800 000 € », « chaque trimestre 60 prospects »: the rate stands
    before the number."""
    g = grammar()
    m = g["rate_before"].search(before)
    if m:
        return g["rate_adjectives"][m.group(1)]
    return next((p for p, rx in g["periods_before"] if rx.search(before)), None)



def period_kpi(kpi_text: str) -> str | None:
    """The period a KPI implies by itself (« MRR » is monthly)."""
    return grammar()["period_kpis"].get(kpi_text)
