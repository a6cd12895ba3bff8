"""Read one number written in digits or in French words, never raising.

``read_digits`` knows every thousands mark (space, dot, apostrophe) and decimal mark
(« 6.700,54 », « 1'000 », « ,5 »); ``parse_words`` reads number words through text2num,
with « et demi », « demi-million », « virgule » and « douzaine » (lang/fr/numbers.yaml).
Both return ``None`` for anything that is not a usable number (too long, too large,
not finite), so that no text can make extraction fail.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache

from text_to_num import text2num

from ..lang.fr import alternation, load

_MAX_DIGITS = 15  # no marketing figure has sixteen digits: an identifier or a typo
MAX_WORDS = 24  # a longer run of number words is no single number
_THOUSANDS = re.compile(r"\d{1,3}(?:[ .']\d{3})+")
_ENGLISH_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3}){2,}")  # « 1,000,000 »: never a French decimal


@lru_cache(maxsize=None)
def _words() -> dict:
    data = load("numbers")
    return {
        "max": float(data["max_value"]),
        "scale_words": [(re.compile(rf"^{k}$"), v) for k, v in data["scale_words"].items()],
        "collectives": [(re.compile(rf"^{k}$"), v) for k, v in data["collectives"].items()],
        "half_tail": re.compile(r"[ -]" + alternation(data["half_tail"]) + r"$"),
        "half_prefix": re.compile(r"^(?:" + alternation(data["articles_one"]) + " )?" + alternation(data["half_prefix"])
                                  + r"[ -]"),
        "articles_one": set(data["articles_one"]),
        "joint": data["joint"],
        "decimal": re.compile(rf" {data['decimal_word']} "),
        "tenth": re.compile(r"(.+ " + alternation(data["spoken_tenth_scales"]) + r") ([a-z]+)"),
    }


def usable(value: float | None) -> float | None:
    """``value`` when it is a finite figure no larger than ``max_value``, else None."""
    if value is None or not math.isfinite(value) or abs(value) > _words()["max"]:
        return None
    return value


def read_digits(raw: str) -> float | None:
    """« 12 000 » « 12.000 » « 1'000 » « 6.700,54 » « 2,5 » « 1.25 » « ,5 » « 1,000,000 » → float."""
    raw = raw.strip()
    if _ENGLISH_THOUSANDS.fullmatch(raw):
        raw = raw.replace(",", "")
    whole, comma, decimals = raw.rpartition(",") if "," in raw else (raw, "", "")
    if not comma and not _THOUSANDS.fullmatch(whole) and "." in whole:
        whole, _, decimals = whole.rpartition(".")  # « 1.25 », « 1 500.5 »: a decimal point
    elif comma and not whole and decimals:
        whole = "0"
    if not _THOUSANDS.fullmatch(whole) and not whole.isdigit():
        return None
    digits = re.sub(r"[ .']", "", whole)
    if len(digits) > _MAX_DIGITS or not decimals.isdigit() and decimals:
        return None
    return usable(float(f"{digits}.{decimals[:_MAX_DIGITS] or 0}"))


def _text2num(words: str) -> float | None:
    joint = _words()["joint"]
    for form in (words.replace(f" {joint} ", f"-{joint}-").replace(" ", "-"), words):
        try:
            return float(text2num(form, "fr"))
        except (ValueError, ArithmeticError, IndexError):
            continue
    return None


def _scale_of(word: str, table: list) -> float | None:
    return next((v for rx, v in table if rx.match(word)), None)


def parse_words(raw: str) -> float | None:
    """French number words → float; a lone « un »/« une » is an article, not a number."""
    g = _words()
    words = re.sub(r"\s+", " ", raw.strip())
    if not words or words.count(" ") + words.count("-") > MAX_WORDS or words in g["articles_one"]:
        return None
    half = g["half_prefix"].match(words)
    if half:
        rest = words[half.end():]
        unit = _scale_of(rest, g["scale_words"]) or _scale_of(rest, g["collectives"])
        return usable(unit / 2) if unit else None
    tail = g["half_tail"].search(words)
    if tail:
        words = words[:tail.start()]
        base = 1.0 if words in g["articles_one"] else _text2num(words)
        step = _scale_of(re.split(r"[ -]", words)[-1], g["scale_words"]) or 1.0
        return usable(base + step / 2) if base is not None else None
    if g["decimal"].search(words):
        whole, frac = g["decimal"].split(words, 1)
        left, right = _text2num(whole), _text2num(frac)
        if left is None or right is None or right < 0:
            return None
        return usable(float(f"{int(left)}.{int(right)}"))
    tenth = g["tenth"].fullmatch(words)
    if tenth and (digit := _text2num(tenth.group(2))) is not None and 1 <= digit <= 9:
        base, step = _text2num(tenth.group(1)), _scale_of(tenth.group(1).rsplit(" ", 1)[-1], g["scale_words"])
        return usable(base + digit * step / 10) if base is not None and step else None
    last = words.rsplit(" ", 1)
    if len(last) == 2 and (per := _scale_of(last[1], g["collectives"])):
        count = 1.0 if last[0] in g["articles_one"] else _text2num(last[0])
        return usable(count * per) if count is not None else None
    return usable(_text2num(words))
