"""Targets and baseline: which numbers the goal aims at, and how (SPEC section 1).

Numbers inside a deadline or a means span, durations (« 3 mois »), ages
(« 18-25 ans »), years and counts after a possessive (« nos 3 magasins ») are never
targets. The others are classified by the words around them: factor verbs and
« x3 », change verbs with « de », « de plus », « de X à Y », baseline cues.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang.fr import alternation, load
from .base import Mention, inside


@lru_cache(maxsize=None)
def _grammar() -> dict:
    v = load("verbs")
    n = load("numbers")
    stem = lambda items: r"(?<![\w])" + alternation([re.escape(i) for i in items]) + r"[a-z]*"  # noqa: E731
    return {
        "increase": re.compile(stem(v["increase"]) + r"$"),
        "increase_any": re.compile(stem(v["increase"])),
        "decrease_any": re.compile(stem(v["decrease"])),
        "factor_word": re.compile(r"(?<![\w])(" + "|".join(v["factor_words"]) + r")[a-z]*"),
        "factor_values": v["factor_words"],
        "halving": re.compile(r"(?<![\w])" + alternation([re.escape(h) for h in v["halving"]])),
        "more": re.compile(r"^ ?(?:[a-z'-]+ ){0,6}?" + alternation(v["more"]) + r"(?![a-z])"),
        "less": re.compile(r"^ ?(?:[a-z'-]+ ){0,3}?" + alternation(v["less"]) + r"(?![a-z])"),
        "level": re.compile(r"(?<![\w])" + alternation(v["level"]) + r"(?: (?:un|une|le|la|les|l'|des|de|d'|du|a|au|aux|sous|les|plus de|pres de))* ?$"),
        "baseline_before": re.compile(r"(?<![\w])" + alternation(v["baseline_before"]) + r"(?: (?:a|de|d'|environ|seulement|deja|pres de|plus de|moins de))* ?\(?$"),
        "baseline_after": re.compile(r"^(?: [a-z'-]+){0,4}? ?\(?" + alternation(v["baseline_after"]) + r"(?![a-z])(?! ?:? ?(?:a |de )?[+-]?\d)"),
        "baseline_after_past": re.compile(r"^(?: [a-z'-]+)? ?\(?" + alternation(v["baseline_after_past"]) + r"(?![a-z])\)"),
        "time_noun": re.compile(r"^ ?(?:" + "|".join(n["time_nouns"]) + r")(?![a-z])"),
        "periods": [(p, re.compile(r"(?:(?<![\w])|(?=/))(?:" + "|".join(rx) + r")(?![a-z])")) for p, rx in n["periods"].items()],
        "price": re.compile(r"(?<![\w])(?:" + "|".join(n["offer_nouns"]) + r")(?: [a-z'-]+){0,3} (?:a|au prix de|de) $"),
        "descriptor": re.compile(r"^ ?(?:" + "|".join(n["percent_descriptors"]) + r")(?![a-z])"),
        "size_noun": re.compile(r"^ ?(?:" + "|".join(n["size_nouns"]) + r")(?![a-z])"),
        "pack_of": re.compile(r"(?<![\w])(?:" + "|".join(n["offer_nouns"]) + r"|cartes?|packs?|lots?|coffrets?|boites?|carnets?) de $"),
        "offer_adjective": re.compile(r"(?<![\w])(?:" + "|".join(n["offer_nouns"]) + r") $"),
    }


_AGE = re.compile(r"\d+ ?(?:-|a) ?\d+ ?ans|\d+ ?ans et plus|plus de \d+ ans|moins de \d+ ans")
_ROUND_CLOCK = re.compile(r"\d+ ?(?:j|jours?|h) ?(?:/|sur) ?\d+")
_ADJECTIVE_RATE = re.compile(r"(?:mensuel|annuel|hebdo|quotidien|trimestriel)")
_PREP = re.compile(r"(?<![\w])(?:sur|pour|a|au|aux|dans|chez|de (?:la|notre|nos|mon|ma|mes|ce|cette)|du)(?![\w])")
_TIMES_MORE = re.compile(r"^ ?fois (?:plus|mieux)")
_FROM_TO_MONEY = re.compile(r"(?:de|d') ?[\d  .,]+ ?(?:k|m)? ?(?:€|\$|eur|euros?)? a $")
_LEVEL_BOUND = re.compile(r"(?<![\w])(?:(?:a|sous|en dessous de|au-dessous de) (?:moins|plus) de|sous (?:les|la barre (?:de|des))) ?$")
_NTH_PLACE = re.compile(r"(?<![\w])(\d{1,2})(?:e|eme|er|ere|re) (?:position|place|rang)(?![a-z])")
_PRICE_AT = re.compile(r"(?<![\w])a (?:plus de |partir de |moins de )?$")
_MONEY_KPI = re.compile(r"(?<![\w])(?:ca|chiffre|cpl|cac|cpa|couts?|panier|ticket|marge|roi|roas|revenus?|mrr|arr|budget|dons?|"
                        r"recettes?|cpc|prix moyen|tjm|honoraires)(?![\w])|(?:passer|porter|ramener|reduire|baisser|"
                        r"augmenter|descendre|monter|atteindre)[a-z]*(?: [^\s,.;]+){0,6} $")
_NUMBERED = re.compile(r"(?:n°|n ° |numero |no\. ?) ?$")
_OUT_OF = re.compile(r"\d(?:[.,]\d+)? sur $")
_MARKET = re.compile(r"(?<![\w])(?:marche|secteur|filiere)(?: [a-z'-]+){0,3} (?:de|d'environ|estime a|pesant|evalue a|qui pese) $")
_THRESHOLD = re.compile(r"^ ?(?:[a-z€$%]+ )?(?:ou plus|et plus|minimum|au minimum)(?![a-z])")
_STARS = re.compile(r"avis \d ?etoiles")
_SET_OF = re.compile(r"(?<![\w])(?:pour|sur|parmi|a|de|chez) (?:les|nos|mes|ses|leurs|ces) $|(?<![\w])aux $")
_NEW = re.compile(r"^ (?:nouveaux|nouvelles?|nouvel|nouveau) (?:clients?|clientes?|adherents?|membres?|abonnes?|abonnees?|donateurs?|utilisateurs?|followers?|inscrits?|patients?|eleves?)(?![a-z])")
_FIRST_PLACE = re.compile(r"(?<![\w])(?:premiere|1ere|1re) (?:position|place)(?![a-z])")
_LEVEL_VERB = re.compile(r"(?<![\w])(?:sign|obten|atteindr|vend|decroch|vis|objectif)[a-z]* (?:[a-z':]+ ){0,2}$")
_PERIOD_KPI = {"mrr": "month", "arr": "year"}
_POSSESSIVE = re.compile(r"(?<![\w])(?:nos|mes|ses|leurs|vos|ces|notre|mon|ma|sa) $")
_MULTIPLY = re.compile(r"(?<![\w])(multipli|divis)[a-z]*(?: [^\s,.;]+){0,7}? par $")
_FROM = re.compile(r"(?<![\w])(?:de|d') ?$")
_TO = re.compile(r"^ ?(?:[a-z'%€-]+ ){0,4}?(?:a|au|jusqu'a) (?=[+-]?\d|[a-z]+ )")
_CLAUSE_END = re.compile(r"[.;!?\n]|, (?!\d)")
_TOP = re.compile(r"(?<![\w])(?:top|top-) ?$")


def _window_before(folded: str, start: int, size: int = 60) -> str:
    text = folded[max(0, start - size):start]
    cut = max(text.rfind("."), text.rfind(";"), text.rfind("\n"))
    return text[cut + 1:] if cut >= 0 else text


def _sign_from_verbs(before: str) -> int:
    g = _grammar()
    inc = list(g["increase_any"].finditer(before))
    dec = list(g["decrease_any"].finditer(before))
    if not dec:
        return 1
    if not inc:
        return -1
    return 1 if inc[-1].start() > dec[-1].start() else -1


def _period(folded: str, end: int, stops: list[Mention]) -> str | None:
    """A rate right after the quantity, before the clause or another number ends it."""
    tail = folded[end:end + 75]
    cut = _CLAUSE_END.search(tail)
    if cut:
        tail = tail[:cut.start()]
    num = re.search(r"\d", tail)
    if num:
        tail = tail[:num.start()]
    for s in stops:
        if end <= s.start < end + len(tail):
            tail = tail[: s.start - end]
    best = None
    for p, rx in _grammar()["periods"]:
        m = rx.search(tail)
        if m and _grammar()["offer_adjective"].search(tail[:m.start()]):
            continue
        if m and _ADJECTIVE_RATE.match(m.group(0)) and _PREP.search(tail[:m.start()]):
            continue  # « sur la box beauté mensuelle »: the adjective qualifies another noun
        if m and (best is None or m.start() < best[1]):
            best = (p, m.start())
    return best[0] if best else None


_PERIOD_ADJ = re.compile(r"(?<![\w])(annuel|mensuel|hebdomadaire|quotidien|trimestriel)(?:le)?s? (?:de |d')?(?:[a-z']+ )?$")


def _period_before(before: str) -> str | None:
    """« un CA annuel de 800 000 € »: the rate adjective stands before the number."""
    m = _PERIOD_ADJ.search(before)
    if not m:
        return None
    return {"annuel": "year", "mensuel": "month", "hebdomadaire": "week",
            "quotidien": "day", "trimestriel": "quarter"}[m.group(1)]


def _is_excluded(folded: str, num: Mention, blocked: list[Mention]) -> bool:
    g = _grammar()
    if inside(blocked, num.start, num.end):
        return True
    after = folded[num.end:num.end + 20]
    if num.extra["unit"] not in ("min", "h") and g["time_noun"].match(after) and not _TIMES_MORE.match(after):
        return True
    near = folded[max(0, num.start - 16):num.end + 16]
    if _AGE.search(near) or _ROUND_CLOCK.search(near):
        return True
    if _POSSESSIVE.search(folded[max(0, num.start - 8):num.start]):
        return True
    before = folded[max(0, num.start - 60):num.start]
    if num.extra["unit"] in ("EUR", "USD") and (g["price"].search(before[-40:]) or (
            _PRICE_AT.search(before) and not _MONEY_KPI.search(before) and not _FROM_TO_MONEY.search(before))):
        return True
    if (num.extra["unit"] is None and g["pack_of"].search(before)) or _NUMBERED.search(before) or _OUT_OF.search(before) or _MARKET.search(before):
        return True
    if num.extra["unit"] == "%" and g["descriptor"].match(after):
        return True
    if g["size_noun"].match(after) or _THRESHOLD.match(after) or _STARS.search(folded[max(0, num.start - 12):num.end + 8]):
        return True
    if _SET_OF.search(folded[max(0, num.start - 14):num.start]):
        return True
    raw = folded[num.start:num.end]
    if re.fullmatch(r"(?:19|20)\d\d", raw):
        return True
    return False


def find_quantities(folded: str, numbers: list[Mention], blocked: list[Mention],
                    stops: list[Mention]) -> tuple[list[Mention], Mention | None]:
    """Classify numbers into (targets, baseline). ``blocked``: deadline and means spans."""
    g = _grammar()
    targets: list[Mention] = []
    baseline: Mention | None = None
    halves = [Mention(m.start(), m.end(), "HALF") for m in g["halving"].finditer(folded)]
    candidates = [n for n in numbers if not _is_excluded(folded, n, blocked + halves)]
    skip: set[int] = set()
    for i, num in enumerate(candidates):
        if i in skip:
            continue
        before = _window_before(folded, num.start)
        after = folded[num.end:num.end + 40]
        unit, sign = num.extra["unit"], num.extra["sign"]
        value = num.value
        start = num.start
        period = _period(folded, num.end, stops) or _period_before(before)
        kind = None

        mult = _MULTIPLY.search(before)
        if num.extra["kind_hint"] == "factor" or mult or _TIMES_MORE.match(after):
            if value <= 0:
                continue  # « multiplier par 0 » is no target
            kind = "factor"
            if mult and mult.group(1) == "divis":
                value = 1 / value if value else value
            if mult:
                start = num.start - (len(before) - mult.start())
        elif sign is None and (g["baseline_before"].search(before) or (g["baseline_after"].match(after) and not _TO.match(after))
                                  or g["baseline_after_past"].match(after)):
            if baseline is None:
                baseline = Mention(num.start, num.end, "BASELINE", value, rule="baseline",
                                   extra={"unit": unit, "period": period})
            continue
        elif _FROM.search(before) and i + 1 < len(candidates) and _TO.match(after) and \
                candidates[i + 1].start - num.end < 45 and (candidates[i + 1].extra["unit"] == unit or not re.search(r"(?:augment|baiss|redui|diminu|hausse)[a-z]* (?:[a-z']+ ){0,5}?d[e'] ?$", before)):
            nxt = candidates[i + 1]
            target_period = _period(folded, nxt.end, stops) or period
            if not num.extra["has_scale"] and nxt.extra.get("scale", 1) > 1 and value < 1000:
                value *= nxt.extra["scale"]
            baseline = Mention(num.start, num.end, "BASELINE", value, rule="baseline-from",
                               extra={"unit": unit or nxt.extra["unit"], "period": period or target_period})
            skip.add(i + 1)
            targets.append(Mention(nxt.start, nxt.end, "TARGET", nxt.value, rule="level-from-to",
                                   extra={"kind": "level", "unit": nxt.extra["unit"] or unit,
                                          "period": target_period}))
            continue
        elif unit == "pt":
            kind = "delta"
            value = value * (sign if sign is not None else _sign_from_verbs(before))
        elif unit == "%" and (sign is not None or re.search(r"(?:de|d') ?$", before) and
                              (g["increase_any"].search(_window_before(folded, num.start, 140))
                               or g["decrease_any"].search(_window_before(folded, num.start, 140)))
                              or re.match(r"^ ?(?:de |d')?(?:plus|hausse|croissance|progression|augmentation|baisse|moins|reduction|en plus|en moins)", after)
                              or g["more"].match(after) or g["less"].match(after)):
            kind = "percent_change"
            if sign is None:
                before = _window_before(folded, num.start, 140)
                down = re.match(r"^ ?(?:de |d')?(?:baisse|moins|reduction|en moins)", after) or g["less"].match(after)
                sign = -1 if down else _sign_from_verbs(before)
            value = value * sign
        elif sign is not None:
            kind, value = "delta", value * sign
        elif g["more"].match(after) or (_NEW.match(after) and not _LEVEL_VERB.search(before) and not period):
            kind = "delta"
        elif g["less"].match(after):
            kind, value = "delta", -value
        elif re.search(r"(?:de|d') ?$", before) and not g["level"].search(before) and (
                g["increase"].search(before.rstrip(" de'").rsplit(" ", 3)[0] + " ") is not None
                or re.search(r"(?:augment|baiss|redui|diminu|progress|hausse)[a-z]* (?:[a-z'-]+ ){0,8}?d[e'] ?$", before)):
            kind = "delta"
            value = value * _sign_from_verbs(before)
        elif _LEVEL_BOUND.search(before):
            kind = "level"
        elif re.search(r"(?<![\w])(?:gagner|gagnez|gagnons|recruter|recrutons|conquerir|ajouter|acquerir) (?:[a-z'-]+ )?$", before):
            kind = "delta"
        else:
            kind = "level"
            if _TOP.search(before):
                start = num.start - len(_TOP.search(before).group(0))
        targets.append(Mention(start, num.end, "TARGET", value, rule=kind,
                               extra={"kind": kind, "unit": unit, "period": period}))
    if baseline is not None and baseline.extra["period"] is None:
        baseline.extra["period"] = next((t.extra["period"] for t in targets
                                         if t.extra["unit"] == baseline.extra["unit"] and t.extra["period"]), None)
    targets.extend(_factor_words(folded, blocked, numbers))
    targets.sort(key=lambda t: t.start)
    return targets, baseline


def _factor_words(folded: str, blocked: list[Mention], numbers: list[Mention]) -> list[Mention]:
    """« doubler », « tripler », « diviser par deux », « réduire de moitié »."""
    g = _grammar()
    out = []
    for m in _NTH_PLACE.finditer(folded):
        if not inside(blocked, m.start(), m.end()):
            out.append(Mention(m.start(), m.end(), "TARGET", float(m.group(1)), rule="level-nth-place",
                               extra={"kind": "level", "unit": None, "period": None}))
    for m in _FIRST_PLACE.finditer(folded):
        if not inside(blocked, m.start(), m.end()):
            out.append(Mention(m.start(), m.end(), "TARGET", 1.0, rule="level-first-place",
                               extra={"kind": "level", "unit": None, "period": None}))
    for m in g["halving"].finditer(folded):
        if not inside(blocked, m.start(), m.end()):
            out.append(Mention(m.start(), m.end(), "TARGET", 0.5, rule="factor-halving",
                               extra={"kind": "factor", "unit": None, "period": None}))
    for m in g["factor_word"].finditer(folded):
        if inside(blocked, m.start(), m.end()) or inside(out, m.start(), m.end()):
            continue
        value = g["factor_values"][m.group(1)]
        out.append(Mention(m.start(), m.end(), "TARGET", float(value), rule="factor-word",
                           extra={"kind": "factor", "unit": None, "period": None}))
    return out
