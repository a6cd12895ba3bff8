"""Numbers that are never targets (SPEC §1, §3), as named rules.

A number inside a deadline or a means span, a duration (« 3 mois », but not the
end of a delay that changes, « de 12 à 8 jours », nor the count of « téléchargée 40 000
fois »), an age, a year, the
day of a date even one the calendar lacks (« 31 juin »),
a count after a possessive (« nos 3 magasins »), the number of an item of a list (« 3. »,
« Point 2 : »), a time of day (« dimanche 19h »), a price, a size, a rank out of a
total, what a figure is measured over (« top 3 sur 20 requêtes »), the « 1 » that closes a ratio
(« 3 devis pour 1 signé »), money that funds
the goal (« 50 millions $ d'investissements », « sur 6 M€ de campagnes ») or a voted budget
(« Enveloppe votée : 85 000 € »), the hours of a schedule (« de 10 h à 18 h »), the number of a
hall or a stand, an item's own size (« 1 200 cartes 10 places »), pay in a job ad and the size
of the organisation in parentheses (« Enseigne (62 magasins) : ») is no target.
Each rule's French words come from lang/fr/quantities.yaml and numbers.yaml.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from ..lang.fr import alternation as _any, load
from .base import Mention, inside
from .context import aimed_in_sentence, before_goal, governs_text, role
from .quantity_grammar import times_of

MONEY = ("EUR", "USD", "CAD", "CHF", "GBP")
NAMES = load("rule_names")["roles"]
CONTEXT = NAMES["context"]
CONTEXT_ROLES = ("opener", "stative", "state", "past", "forecast")


@lru_cache(maxsize=None)
def grammar() -> dict:
    q, n = load("quantities"), load("numbers")
    word = r"(?<![\w])"
    return {
        "month": re.compile(r"^ " + _any(list(load("time_words")["months"])) + r"(?![a-z])"),
        "time_noun": re.compile(r"^ ?" + _any(n["time_nouns"]) + r"(?![a-z])"),
        # « de 12 à 8 jours »: a delay moving from a starting value, not a duration.
        "delay_change": re.compile(word + _any(q["from"]) + r" ?\d+(?:[.,]\d+)? " + _any(q["to"]) + " $"),
        "passive_count": re.compile(word + _any(q["passive_auxiliaries"]) + r" (?:[a-z]+ )?[a-z]{3,}"
                                    + _any(q["participle_endings"]) + " $"),
        "times_counted": re.compile(r"^ " + _any(q["times_counted"]) + r"(?![a-z])"),
        "times_more": re.compile(r"^ ?" + _any(q["times"]) + " (?:" + _any(q["times_more"] + q["times_less"])
                                 + "|" + times_of(q) + ")"),
        "age": re.compile(_any(q["ages"] + q["round_clock"])),
        "possessive": re.compile(word + _any(q["possessives"]) + " $"),
        "regained": re.compile(word + _any(q["regained"]) + " " + _any(q["possessives"]) + " $"),
        "thanked": re.compile(word + _any(q["thanked"]) + " $"),
        "price": re.compile(word + _any(n["offer_nouns"]) + r"(?: [a-z'-]+){0,3} " + _any(q["price_links"]) + " $"),
        "price_at": re.compile(word + _any(q["price_at"]) + " $"),
        "money_kpi": re.compile(word + _any(q["money_kpis"]) + r"(?![\w])|" + _any(q["money_verbs"])
                                + r"[a-z]*(?: [^\s,.;]+){0,6} $"),
        "of_money_kpi": re.compile(r"^ (?:de |d')" + _any(q["money_kpis"]) + r"(?![\w])"),
        "of_aimed_money": re.compile(r"^ (?:de |d')" + _any(q["aimed_money"]) + r"(?![\w])"),
        "from_to_money": re.compile(_any(q["from"]) + r" ?[\d  .,]+ ?(?:[^\s\d]{1,6} ){0,2}" + _any(q["to"]) + " $"),
        "from_end": re.compile(word + _any(q["from"]) + " ?$"),
        "to_start": re.compile(r"^ " + _any(q["to"]) + r" [+-]?\d"),
        "pack_of": re.compile(word + _any(n["offer_nouns"] + q["packs"]) + " " + _any(q["from"]) + " ?$"),
        "numbered": re.compile(_any(q["numbered"]) + " ?$"),
        "out_of": re.compile(_any(q["out_of"]) + " $"),
        "scope": re.compile(r"\d[^\d.;!?\n,]{1,40} " + q["scope"] + " $"),
        "ratio": re.compile(r"\d[^\d.;!?\n,]{1,40} " + q["ratio_link"] + " $"),
        "item": re.compile(r"(?:^|\n)[ \t]*(?:" + _any(q["item_bullets"]) + r" ?)?$"),
        "item_mark": re.compile(r"^(?:" + "|".join(q["item_marks"]) + r")(?= )"),
        "clock": re.compile(word + _any(list(load("time_words")["weekdays"]) + q["clock_before"]) + r"s? $"),
        "clock_start": re.compile(word + _any(q["clock_from"]) + r" ?(\d{1,2})(?: ?h(?: ?\d\d)?)? ?"
                                  + _any(q["clock_joints"]) + " ?$"),
        "clock_end": re.compile(r"^ ?" + _any(q["clock_joints"]) + r" ?(\d{1,2}) ?h(?![a-z])"),
        "clock_open": re.compile(word + _any(q["clock_from"]) + " ?$"),
        "item_size": re.compile(r"\d (?!" + _any(n["time_nouns"]) + r"(?![a-z]))[a-z'-]{2,}[sx] (?:"
                                + _any(q["item_size_links"]) + " ?)?$"),
        "noun_after": re.compile(r"^ [a-z]"),
        "salary": re.compile(word + _any(q["salary_nouns"]) + r"(?![a-z])"),
        "salary_mark": re.compile(word + _any(q["salary_marks"]) + r"(?![a-z])"),
        "salary_heading": re.compile(word + _any(q["salary_nouns"]) + q["salary_heading"] + "$"),
        "aside": re.compile(r"(?:^|[.;!?\n])[^.;:!?\d\n]{0,60}\( ?$"),
        "aside_end": re.compile(r"^(?: [a-z'-]+){1,3} ?\) ?[:,-]"),
        "budget": re.compile(word + _any(q["budget_heads"]) + r"(?: [^\s:;.!?]+){0,10} : "
                             + r"(?:[\d  .,]+ ?\S{0,3}(?: [a-z]{2,4})?, " + _any(q["budget_parts"]) + " )?$"),
        "market": re.compile(word + _any(q["market"]) + " $"),
        "of_others": re.compile(r"^(?: [a-z%€$]+)? " + _any(q["of_others"]) + " (?:"
                                + _any(load("context")["determiners"]) + " ?)?" + _any(q["others"]) + r"(?![a-z])"),
        "descriptor": re.compile(r"^ ?" + _any(n["percent_descriptors"]) + r"(?![a-z])"),
        "size_noun": re.compile(r"^ ?" + _any(n["size_nouns"]) + r"(?![a-z])"),
        "staff_goal": re.compile(word + _any(n["staff_goal_verbs"]) + r"(?: [a-z'-]+){0,2} $"),
        "threshold": re.compile(r"^ ?" + _any(q["thresholds"]) + r"(?![a-z])"),
        "threshold_aimed": re.compile(word + _any(q["threshold_aimed"]) + " ?:? $"),
        "threshold_aimed_rate": re.compile(word + _any(q["threshold_aimed_rate"]) + " $"),
        "stars": re.compile(_any(q["stars"])),
        "set_of": re.compile(word + _any(q["set_of"]) + " $"),
        "set_aimed": re.compile(word + _any(q["set_aimed"]) + " " + _any(q["set_of"]) + " $"),
        "collective": re.compile("(?:^|(?<=[.;!?\n] )|" + word + _any(q["collective_owners"]) + "(?:(?<=')| ))"
                                 + _any(q["collectives"])
                                 + r"s?(?: d'[a-z-]+| de [a-z-]+| [a-z-]+)? (?:de|d') ?$"),
        "per_unit": re.compile(r"^ [a-z'-]+(?: [a-z'-]+)? " + q["per_unit"] + r" (?!" + _any(q["per_unit_rates"])
                               + r"(?![a-z]))[a-z]"),
        "known_set": re.compile(r"(?:^|[.;:!?(]|(?<![\w'])" + _any(q["set_actions"]) + r"[a-z]*) ?"
                                + _any(q["known_set"]) + " $"),
        "change_verb": re.compile(word + _any(load("verbs")["increase"] + load("verbs")["decrease"])),
        "year": re.compile(r"(?:19|20)\d\d"),
        "after_year": re.compile(r"^ (?!" + _any(n["after_year"]) + r"(?![a-z]))[a-z]"),
        "means_after": re.compile(r"^ ?" + _any(q["means_after"]) + r"(?![a-z])"),
        "means_before": re.compile(word + _any(q["means_before"]) + r"(?: [a-z'-]+){0,2}(?: :)? $"),
        "range_joint": re.compile(r"^ ?" + _any(q["range_joints"]) + r" ?$"),
        "digit_count": re.compile(r"^ ?" + _any(q["digit_counts"]) + r"(?![a-z])"),
        "range_open": re.compile(word + _any(q["range_open"]) + " $"),
        # « Est-ce que 3 % de taux de clic c'est bien ? »: a figure in a question is asked about, not aimed at
        # (unless a goal word comes first: « peut-on viser 50 inscrits ? »)
        "question_end": re.compile(r"(?:[^.!?\n]|[.,]\d)*\?"),
        "action_count": re.compile(word + _any(q["action_stems"]) + _any(q["action_endings"]) + "? $"),
        "rhythm": re.compile(r"^ ?" + _any(q["rhythm_marks"]) + " ?" + _any(q["rhythm_periods"]) + r"(?![a-z])"),
        "rhythm_in": re.compile(_any(q["rhythm_marks"]) + "$"),
        "rhythm_period": re.compile(r"^ ?" + _any(q["rhythm_periods"]) + r"(?![a-z])"),
        "discount_after": re.compile(r"^ ?" + _any(q["discount_after"]) + r"(?![a-z])"),
        "discount_before": re.compile(word + _any(q["discount_before"]) + " ?:? ?$"),
        "offer_after": re.compile(r"^ " + _any(q["offer_after"]) + r"(?![a-z])"),
        "sized_item": re.compile(word + _any(q["sized_items"]) + " $"),
        "portion": re.compile(word + _any(q["portion_before"]) + " $"),
        "portion_after": re.compile(r"^,? " + _any(q["portion_after"]) + r"(?![a-z])"),
        "past_change": re.compile(word + _any(q["past_auxiliaries"]) + r" (?:[a-z]+ )?" + _any(q["past_changes"])
                                  + r"e?s? (?:" + _any(q["past_change_links"]) + " )?$"),
    }


Rule = Callable[[str, Mention, dict], bool]


def _after(folded: str, num: Mention, size: int = 20) -> str:
    return folded[num.end:num.end + size]


def _before(folded: str, num: Mention, size: int = 60) -> str:
    return folded[max(0, num.start - size):num.start]


def _money_means(folded: str, num: Mention, g: dict) -> bool:
    """Money that funds the goal; « le coût de nos campagnes de 9 € à 6 € » is a start, not a means."""
    if g["of_aimed_money"].match(_after(folded, num, 30)):
        return False  # « Campagne de financement : 25 000 € de précommandes »: the amount aimed at
    return num.extra["unit"] in MONEY and not g["to_start"].match(_after(folded, num)) and bool(
        g["means_after"].match(_after(folded, num, 40)) or g["means_before"].search(_before(folded, num, 50)))


def _price(folded: str, num: Mention, g: dict) -> bool:
    before = _before(folded, num)
    if g["of_money_kpi"].match(_after(folded, num, 30)):
        return False  # « finir le mois à 42 k€ de CA »: an amount of the KPI, not a price
    if g["from_end"].search(before) and g["to_start"].match(_after(folded, num)):
        return False  # « le prix des box de 14 € à 11 € »: a change of price, from a baseline
    return num.extra["unit"] in MONEY and bool(g["price"].search(before[-40:]) or (
        g["price_at"].search(before) and not g["money_kpi"].search(before) and not g["from_to_money"].search(before)))


def _discount(folded: str, num: Mention, g: dict) -> bool:
    """A discount offered (« 15 % de remise », « la promo -20 % », « 2 achetés 1 offert ») is a
    means: a percentage after a word of discount, or one a discount phrase follows."""
    if num.extra["unit"] is None:
        return bool(g["offer_after"].match(_after(folded, num)))
    after, before = _after(folded, num, 30), _before(folded, num, 20)
    return num.extra["unit"] == "%" and bool(g["discount_after"].match(after) or (
        num.extra["sign"] == -1 and g["discount_before"].search(before)))


def _clock_range(folded: str, num: Mention, g: dict) -> bool:
    """« de 10 h à 18 h »: hours of a schedule, the later one second; « de 48 h à 24 h » is a delay."""
    if num.extra["unit"] not in ("h", None) or not 0 <= num.value < 24:
        return False
    if g["change_verb"].search(_before(folded, num, 45)):
        return False
    start, end = g["clock_start"].search(_before(folded, num, 30)), g["clock_end"].match(_after(folded, num))
    return bool((num.extra["unit"] == "h" and start and int(start.group(1)) < num.value)
                or (end and g["clock_open"].search(_before(folded, num, 8)) and num.value < int(end.group(1))))


def _year(folded: str, num: Mention, g: dict) -> bool:
    """« 2027 » is a year, « 2000 agences » a count; « deux mille vingt-sept » too is a
    year when no noun follows it (a round « deux mille » stays a count)."""
    written = folded[num.start:num.end]
    if not (g["year"].fullmatch(written) or (not written[:1].isdigit() and isinstance(num.value, (int, float))
                                             and 1950 <= num.value <= 2100 and num.value % 100)):
        return False
    return not g["after_year"].match(_after(folded, num))


# Never-a-target rules, by name: (folded text, number, grammar) → excluded?
RULES: list[tuple[str, Rule]] = [
    (NAMES["duration"], lambda f, n, g: n.extra["unit"] not in ("min", "h") and bool(
        g["time_noun"].match(_after(f, n))) and not g["times_more"].match(_after(f, n))
        and not g["delay_change"].search(_before(f, n, 30))
        and not (g["times_counted"].match(_after(f, n)) and g["passive_count"].search(_before(f, n, 40)))),
    (NAMES["age"], lambda f, n, g: bool(g["age"].search(f[max(0, n.start - 16):n.end + 16]))),
    (NAMES["possessive"], lambda f, n, g: bool(g["possessive"].search(_before(f, n, 8)))
        and not g["regained"].search(_before(f, n, 30))
        or bool(g["thanked"].search(_before(f, n, 24)))),
    (NAMES["price"], _price),
    (NAMES["pack"], lambda f, n, g: n.extra["unit"] is None and bool(g["pack_of"].search(_before(f, n)))
        and not g["to_start"].match(_after(f, n))),  # « appels d'offres de 12 à 8 jours »: a start, not a pack
    (NAMES["numbered"], lambda f, n, g: bool(g["numbered"].search(_before(f, n)))),
    (NAMES["out_of"], lambda f, n, g: bool(g["out_of"].search(_before(f, n)))),
    (NAMES["item"], lambda f, n, g: bool(g["item"].search(_before(f, n, 12)))
        and bool(g["item_mark"].match(_after(f, n)))),
    (NAMES["clock"], lambda f, n, g: n.extra["unit"] == "h" and n.value < 24
        and bool(g["clock"].search(_before(f, n, 24)))),
    (NAMES["scope"], lambda f, n, g: n.extra["unit"] is None and bool(g["scope"].search(_before(f, n, 45)))),
    (NAMES["ratio"], lambda f, n, g: n.extra["unit"] is None and n.value == 1
        and bool(g["ratio"].search(_before(f, n, 45)))),
    (NAMES["market"], lambda f, n, g: bool(g["market"].search(_before(f, n)))),
    (NAMES["others"], lambda f, n, g: bool(g["of_others"].match(_after(f, n, 50)))),
    (NAMES["past_change"], lambda f, n, g: bool(g["past_change"].search(_before(f, n, 45)))),
    (NAMES["descriptor"], lambda f, n, g: n.extra["unit"] == "%" and bool(g["descriptor"].match(_after(f, n)))),
    (NAMES["size"], lambda f, n, g: bool(g["size_noun"].match(_after(f, n)))
        and not g["staff_goal"].search(_before(f, n, 40))),
    (NAMES["threshold"], lambda f, n, g: bool(g["threshold"].match(_after(f, n)))
        and not g["threshold_aimed"].search(_before(f, n, 24))
        and not (n.extra["unit"] == "%" and g["threshold_aimed_rate"].search(_before(f, n, 24)))),
    (NAMES["stars"], lambda f, n, g: bool(g["stars"].search(f[max(0, n.start - 12):n.end + 8]))),
    (NAMES["set_of"], lambda f, n, g: bool(g["set_of"].search(_before(f, n, 24)))
        and not g["set_aimed"].search(_before(f, n, 24))),
    (NAMES["collective"], lambda f, n, g: n.extra["unit"] is None
        and bool(g["collective"].search(_before(f, n, 45)))
        and not g["to_start"].match(_after(f, n))
        and not g["change_verb"].search(_before(f, n, 45))),
    (NAMES["per_unit"], lambda f, n, g: bool(g["per_unit"].match(_after(f, n, 50)))
        and governs_text(f, n.start) in CONTEXT_ROLES),
    (NAMES["known_set"], lambda f, n, g: bool(g["known_set"].search(f, max(0, n.start - 30), n.start))),
    (NAMES["clock_range"], _clock_range),
    (NAMES["item_size"], lambda f, n, g: n.extra["unit"] is None and bool(g["item_size"].search(_before(f, n, 30)))
        and bool(g["noun_after"].match(_after(f, n))) and not g["to_start"].match(_after(f, n))),
    (NAMES["salary"], lambda f, n, g: n.extra["unit"] in MONEY and bool(g["salary_heading"].search(_before(f, n, 40)))
        or bool(g["salary"].search(_before(f, n, 60))) and bool(g["salary_mark"].search(_after(f, n, 40)))),
    (NAMES["aside"], lambda f, n, g: n.extra["unit"] is None and bool(g["aside"].search(_before(f, n, 80)))
        and bool(g["aside_end"].match(_after(f, n, 40)))),
    (NAMES["year"], _year),
    (NAMES["day"], lambda f, n, g: n.extra["unit"] is None and bool(g["month"].match(_after(f, n)))
        and f[n.start:n.end].isdigit() and 1 <= int(f[n.start:n.end]) <= 31),
    (NAMES["digit_count"], lambda f, n, g: bool(g["digit_count"].match(_after(f, n)))),
    (NAMES["money_means"], _money_means),
    (NAMES["budget"], lambda f, n, g: n.extra["unit"] in MONEY and bool(g["budget"].search(_before(f, n, 120)))),
    (NAMES["question"], lambda f, n, g: bool(g["question_end"].match(f, n.end)) and not aimed_in_sentence(f, n.start)),
    (NAMES["rhythm"], lambda f, n, g: bool(g["rhythm"].match(_after(f, n, 30)) or (
        g["rhythm_in"].search(f[n.start:n.end]) and g["rhythm_period"].match(_after(f, n, 30))))),
    (NAMES["discount"], _discount),
    (NAMES["action_count"], lambda f, n, g: n.extra["unit"] is None
        and bool(g["action_count"].search(_before(f, n, 30)))),
    (NAMES["sized_item"], lambda f, n, g: n.extra["unit"] is None and bool(g["sized_item"].search(_before(f, n, 12)))
        and bool(g["noun_after"].match(_after(f, n)))),
    (NAMES["portion"], lambda f, n, g: n.extra["unit"] is None and bool(g["portion"].search(_before(f, n, 8)))
        and bool(g["portion_after"].match(_after(f, n)))),
    (CONTEXT, lambda f, n, g: role(f, n.start) in CONTEXT_ROLES or before_goal(f, n.start)),
]


def excluded(folded: str, num: Mention, blocked: list[Mention]) -> str | None:
    """The name of the rule that rules ``num`` out as a target, or None."""
    if inside(blocked, num.start, num.end):
        return NAMES["blocked"]
    g = grammar()
    return next((name for name, rule in RULES if rule(folded, num, g)), None)


def range_partners(folded: str, numbers: list[Mention]) -> dict[int, int]:
    """« entre 40 et 50 millions $ »: index of each range's first end → its last end."""
    g = grammar()
    out = {}
    for i in range(len(numbers) - 1):
        a, b = numbers[i], numbers[i + 1]
        if g["range_joint"].match(folded[a.end:b.start]) and g["range_open"].search(_before(folded, a, 12)):
            out[i] = i + 1
    return out
