"""Amounts in a goal: a number (digits or words) with its scale, sign and unit.

``find_numbers`` returns every amount of the folded text as a ``Mention`` whose value
is a float (scale applied: « 12 k$ » → 12000) and whose ``extra`` holds ``unit`` (SPEC
unit or None), ``sign`` (+1, -1 or None), ``kind_hint`` ("factor" for « x3 », « 2x »),
``is_words``, ``has_scale``, ``scale`` and ``num_start``. A ratio « 4:1 » is one amount,
its quotient. Currencies stand before or
after the amount (lang/fr/units.yaml); a bare dollar is Canadian when the goal or the
caller's locale is. Durations « 1 min 20 » and « 2 h 30 » are one amount.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang.fr import alternation, load
from .base import Mention, longest_first
from .reading import MAX_WORDS, parse_words, read_digits, usable

__all__ = ["find_numbers", "parse_words", "read_digits", "is_canadian"]

_DIGITS = r"\d{1,3}(?:,\d{3}){2,}(?![\d,])|(?:\d{1,3}(?:[ .']\d{3})+(?!\d)|\d+)(?:,\d+|\.\d+)?|,\d+"
_DOLLAR = "$"
# Numbers read per goal. Each is classified in its context (about 0.1 ms), so a text of
# 5,000 characters repeating « 1 » would take a quarter of a second; no real goal states a
# hundred figures. Those after the limit are not read, and the analysis warns about it.
MAX_NUMBERS = 100


def _forms(table: dict) -> list[tuple[re.Pattern, str]]:
    return [(re.compile(rf"^(?:{f})$"), unit) for unit, forms in table.items() for f in forms]


@lru_cache(maxsize=None)
def _grammar() -> dict:
    n, u = load("numbers"), load("units")
    words = alternation([re.escape(w) for w in n["number_words"]])
    scale_w = alternation(list(n["scale_words"]))
    token = rf"(?:{words}|{scale_w})"
    joint = rf"(?:[ -]{n['joint']}[ -]|[ -]+)"
    run = rf"{words}(?:{joint}{token})*"
    half = alternation(n["half_tail"]) + "(?![a-z])"
    codes = alternation([c for code in ("EUR", "USD", "CHF", "CAD", "GBP") for c in u["prefix_currencies"][code]
                         if c.isalpha()])
    percent_cent = "|".join(f"(?<={re.escape(lead)}){n['percent_word']}" for lead in n["percent_leads"])
    word_number = (
        rf"(?:(?:{alternation(n['articles_one'])} )?{alternation(n['half_prefix'])}[ -]"
        rf"(?:{scale_w}|{alternation(list(n['collectives']))})"
        rf"|{run}(?: {n['decimal_word']} {run}| {alternation(list(n['collectives']))}| {half})?)"
    )
    not_points = alternation(u["not_points"])
    suffix_units = {**u["currencies"], _DOLLAR: u["dollar"], **u["units"]}
    suffix_units["pt"] = [rf"{f}(?![a-z])(?! {not_points})" for f in suffix_units["pt"]]
    unit_rx = alternation([f for forms in suffix_units.values() for f in forms])
    prefix_rx = alternation([f for forms in u["prefix_currencies"].values() for f in forms] + [r"\$"])
    scale_rx = alternation(list(n["scales"]))
    minutes = "|".join(load("grammar_words")["numbers"]["minute_units"])
    seconds = alternation(u["seconds"])
    number = (
        r"(?<![\w.,/^'])"
        rf"(?P<sign>[+-] ?)?(?:(?P<pre>{prefix_rx}) ?)?(?:(?P<x>x) ?)?"
        rf"(?:(?P<digits>{_DIGITS})(?::(?P<ratio>[1-9])(?![\d:]))?|(?P<words>(?!{percent_cent}){word_number}))"
        rf"(?: ?(?P<scale>{scale_rx})(?![a-z])|(?P<glued>(?<=\d) ?[km])(?={codes}))?(?P<x_after>(?<=\d)x(?![a-z]))?"
        rf"(?P<half> {half})?"
        rf"(?: ?(?:(?<=[a-z]) {alternation(u['unit_of'])})?(?P<unit>{unit_rx})(?![a-z]))?"
        rf"(?(unit)(?:(?<=[hn]) ?(?P<sub>[0-5]?\d)(?!\d|[,.]\d)(?: ?(?:{minutes}|{seconds})(?![a-z]))?"
        rf"|(?<=[a-z])(?P<half_unit> {half}))?)"
        rf"(?:/(?P<outof>5|10|20|100)(?![\w/]))?"
        r"(?![\w^]|/\d|[.,]\d|-[^\W\d_])"  # « Trois-Rivières », « deux-roues »: a compound noun
    )
    return {
        "number": re.compile(number),
        "suffix": _forms(suffix_units),
        "prefix": _forms({**u["prefix_currencies"], _DOLLAR: [r"\$"]}),
        "scales": [(re.compile(rf"^(?:{k})$"), v) for k, v in n["scales"].items()],
        "articles_one": set(n["articles_one"]),
        "joint": re.compile(rf"( {n['joint']} | )"),
        "canadian": re.compile(r"(?<![\w])" + alternation(u["canadian_context"])),
        "canadian_locales": {loc.lower() for loc in u["canadian_locales"]},
        "adjectives": frozenset(n["adjective_numbers"]),
        "adjective_before": re.compile(r"(?<![\w'])" + alternation(n["adjective_before"]) + " $"),
        "adjective_after": re.compile(r"^ ?(?:" + alternation(n["adjective_after"]) + r")(?![a-z])"),
    }


def _lookup(table: list[tuple[re.Pattern, object]], raw: str | None):
    if not raw:
        return None
    return next((v for rx, v in table if rx.match(raw)), None)


def is_canadian(folded: str, locale: str | None = None) -> bool:
    """Whether a bare « $ » is a Canadian dollar: the caller's locale or the goal says so."""
    g = _grammar()
    if locale and (locale.lower() in g["canadian_locales"] or locale.lower().endswith(("-ca", "_ca"))):
        return True
    return bool(g["canadian"].search(folded))


def _scale(m: re.Match, g: dict) -> float:
    """« 15 k€ », « 3 millions », « 20 MEUR » → 1000, 10⁶, 10⁶; 1 without a scale."""
    return _lookup(g["scales"], m["scale"] or (m["glued"] or "").strip()) or 1


def _value(m: re.Match, g: dict) -> float | None:
    value = read_digits(m["digits"]) if m["digits"] else parse_words(m["words"])
    if value is not None and m["ratio"]:
        value /= int(m["ratio"])  # « un ratio de 4:1 » is 4, « 1:2 » is 0.5; « 14:30 » is no ratio
    if value is None and m["words"] in g["articles_one"] and (m["unit"] or m["scale"]):
        value = 1.0
    if value is None:
        return None
    scale = _scale(m, g)
    if m["half"] or m["half_unit"] and _lookup(g["suffix"], m["unit"]) in ("h", "min"):
        value += 0.5
    value *= scale
    if m["sub"]:
        value += int(m["sub"]) / 60
    return usable(value)


def _words_prefix(m: re.Match) -> Mention | None:
    """« deux et trois »: when a run of words is no number, its longest leading number."""
    parts = _grammar()["joint"].split(m["words"][:400])
    for k in range(min(len(parts) - 2, 2 * MAX_WORDS), 0, -2):
        raw = "".join(parts[:k])
        value = parse_words(raw)
        if value is not None:
            start = m.start("words")
            return Mention(start, start + len(raw), "NUMBER", value, rule="number",
                           extra={"unit": None, "sign": None, "kind_hint": None, "is_words": True,
                                  "has_scale": False, "scale": 1, "num_start": start})
    return None


def _adjective(folded: str, m: re.Match, g: dict) -> bool:
    """« un atelier tout neuf », « remis à neuf »: a number word used as an adjective."""
    if m["words"] not in g["adjectives"] or m["unit"] or m["scale"]:
        return False
    return bool(g["adjective_before"].search(folded, max(0, m.start() - 16), m.start())
                or g["adjective_after"].match(folded[m.end():m.end() + 12]))


def find_numbers(folded: str, locale: str | None = None, limit: int | None = None) -> list[Mention]:
    """Every amount of ``folded`` in text order; with ``limit``, only the first ``limit``
    (the reading stops there)."""
    g = _grammar()
    dollar = None
    found: list[Mention] = []
    for m in g["number"].finditer(folded):
        if limit is not None and len(found) >= limit:
            break
        value = None if _adjective(folded, m, g) else _value(m, g)
        if value is None:
            if m["words"] and (prefix := _words_prefix(m)):
                found.append(prefix)
            continue
        unit = _lookup(g["suffix"], m["unit"]) or _lookup(g["prefix"], m["pre"])
        if unit == _DOLLAR:
            dollar = dollar or ("CAD" if is_canadian(folded, locale) else "USD")
            unit = dollar
        if m["sub"] and unit not in ("h", "min"):
            continue
        sign = None
        if m["sign"]:
            sign = -1 if m["sign"].startswith("-") else 1
        num = "digits" if m["digits"] else "words"
        found.append(
            Mention(
                m.start(), m.end(), "NUMBER", value, rule="number",
                extra={"unit": unit, "sign": sign, "kind_hint": "factor" if m["x"] or m["x_after"] else None,
                       "is_words": bool(m["words"]), "has_scale": bool(m["scale"] or m["glued"]),
                       "scale": _scale(m, g), "num_start": m.start(num)},
            )
        )
    return longest_first(found)
