"""The warnings an analysis carries: a text that reads as English, a deadline already past,
a time beyond the calendar, numbers past the limit the extractors read."""
from __future__ import annotations

import re
from functools import lru_cache

from .extract.numbers import MAX_NUMBERS
from .lang.fr import load
from .lang.fr.format import format_date
from .resolve import Resolved
from .text import typography



@lru_cache(maxsize=1)
def _word() -> re.Pattern:
    return re.compile(load("language_id")["word"])


@lru_cache(maxsize=1)
def _vocabularies() -> tuple[frozenset[str], frozenset[str]]:
    """The French and English words as sets: each word of each goal is looked up in both."""
    lang = load("language_id")
    return frozenset(lang["fr"]), frozenset(lang["en"])


def caveats(r: Resolved) -> list[str]:
    return _language(r.text) + _deadline(r) + _unread_numbers(r)


def _deadline(r: Resolved) -> list[str]:
    """A deadline already past at the reference date, or a time beyond the calendar (after 9999)."""
    msg = load("messages")["warnings"]
    if r.deadline and r.deadline.date < r.ref:
        return [typography(msg["deadline_passed"].format(
            text=r.deadline.text, date=format_date(r.deadline.date), ref=format_date(r.ref)))]
    if r.beyond_calendar:
        return [typography(msg["deadline_beyond_calendar"].format(text=r.beyond_calendar))]
    return []


def _unread_numbers(r: Resolved) -> list[str]:
    """A goal stating more numbers than the extractors read (``MAX_NUMBERS``) says where they stopped."""
    start = r.facts.unread_numbers
    if start is None:
        return []
    return [typography(load("messages")["warnings"]["numbers_unread"].format(
        limit=MAX_NUMBERS, text=r.text[start:start + 20].strip()))]


def _language(text: str) -> list[str]:
    """A text with more English than French words of ``language_id.yaml`` is not analysed reliably."""
    words = _word().findall(text.lower())
    if len(words) < 4:
        return []
    french, english = _vocabularies()
    fr = sum(w in french for w in words)
    en = sum(w in english for w in words)
    return [typography(load("messages")["warnings"]["not_french"])] if en > fr else []
