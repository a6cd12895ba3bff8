"""French numbers in digits or words, with scales (k, M, Md) and units.

``find_numbers`` returns every number of the folded text as a ``Mention`` whose value
is a float and whose ``extra`` holds ``unit`` (SPEC unit or None), ``sign`` (+1, -1 or
None when the text gives none) and ``kind_hint`` ("factor" for « x3 »).
"""
from __future__ import annotations

import re
from functools import lru_cache

from text_to_num import text2num

from ..lang.fr import alternation, load
from .base import Mention, longest_first

_DIGITS = r"(?:\d{1,3}(?:[ .]\d{3})+(?![\d])|\d+)(?:,\d+|\.\d{1,2}(?![\d]))?"


@lru_cache(maxsize=None)
def _grammar() -> dict:
    data = load("numbers")
    scales = {k.lower(): v for k, v in data["scales"].items()}
    words = alternation([re.escape(w) for w in data["number_words"]])
    word_run = rf"{words}(?:(?:[ -]+|[ -]et[ -]){words})*(?:[ -](?:millions?|milliards?))?"
    unit_rx = alternation(list(data["units"]))
    scale_rx = alternation([re.escape(k) for k in scales])
    number = (
        rf"(?<![\w.,/^])(?P<sign>[+-] ?)?(?:(?P<x>x) ?)?"
        rf"(?:(?P<digits>{_DIGITS})|(?P<words>{word_run}))"
        rf"(?: ?(?P<scale>{scale_rx})(?![a-z]))?"
        rf"(?: ?(?P<unit>{unit_rx})(?![a-z0-9]))?"
        rf"(?:/(?P<outof>5|10|20|100)(?![\w/]))?"
        rf"(?![\w^]|/\d)"
    )
    prefix_money = r"(?<![\w])(?P<cur>[€$]) ?(?P<digits>" + _DIGITS + r")(?![\w/])"
    return {
        "number": re.compile(number),
        "prefix_money": re.compile(prefix_money),
        "units": [(re.compile(rf"^(?:{k})$"), v) for k, v in data["units"].items()],
        "scales": scales,
    }


def parse_digits(raw: str) -> float:
    """« 12 000 » « 12.000 » « 2,5 » « 1.25 » → float (dot + 3 digits is a thousands mark)."""
    raw = raw.replace(" ", "")
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", raw):
        raw = raw.replace(".", "")
    return float(raw.replace(",", "."))


def parse_words(raw: str) -> float | None:
    """French number words via text2num; a lone « un »/« une » is an article, not a number."""
    scale = 1
    words = raw.strip()
    m = re.search(r"[ -](millions?|milliards?)$", words)
    if m:
        scale = 1_000_000 if m.group(1).startswith("million") else 1_000_000_000
        words = words[: m.start()]
    if words in {"un", "une"} and scale == 1:
        return None
    try:
        return float(text2num(words.replace(" et ", "-et-").replace(" ", "-"), "fr")) * scale
    except ValueError:
        try:
            return float(text2num(words, "fr")) * scale
        except ValueError:
            return None


def _unit(raw: str | None) -> str | None:
    if not raw:
        return None
    for rx, unit in _grammar()["units"]:
        if rx.match(raw):
            return unit
    return None


def find_numbers(folded: str) -> list[Mention]:
    g = _grammar()
    found: list[Mention] = []
    for m in g["number"].finditer(folded):
        if m["digits"] and len(re.sub(r"\D", "", m["digits"])) > 15:
            continue  # no marketing target has sixteen digits: an identifier or a typo
        value = parse_digits(m["digits"]) if m["digits"] else parse_words(m["words"])
        if value is None and m["words"] in ("un", "une") and m["unit"]:
            value = 1.0
        if value is None:
            continue
        scale = g["scales"][m["scale"].lower()] if m["scale"] else 1
        value *= scale
        sign = None
        if m["sign"]:
            sign = -1 if m["sign"].startswith("-") else 1
        found.append(
            Mention(
                m.start(), m.end(), "NUMBER", value, rule="number",
                extra={"unit": _unit(m["unit"]), "sign": sign,
                       "kind_hint": "factor" if m["x"] else None,
                       "is_words": bool(m["words"]), "has_scale": bool(m["scale"]), "scale": scale,
                       "num_start": m.start("digits") if m["digits"] else m.start("words")},
            )
        )
    for m in g["prefix_money"].finditer(folded):
        unit = "EUR" if m["cur"] == "€" else "USD"
        found.append(Mention(m.start(), m.end(), "NUMBER", parse_digits(m["digits"]), rule="number",
                             extra={"unit": unit, "sign": None, "kind_hint": None, "is_words": False,
                                    "has_scale": False, "scale": 1, "num_start": m.start("digits")}))
    return longest_first(found)
