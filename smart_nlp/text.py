"""Offset-preserving text folding.

Every extractor matches its grammar against ``fold(text)``: lower case, no accents,
one kind of space and apostrophe. Each character maps to exactly one character, so a
match at ``[start:end]`` in the folded text is the same span in the original text.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPACES = "\u00a0\u202f\u2009\u2007\u2002\u2003\t"
_APOSTROPHES = "\u2019\u2018\u02bc`\u00b4"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2212"
# Pictographs (emoji, dingbats, symbols of weather and games): in posts and chats one before
# a capital or a figure ends a sentence (« … page Facebook 🎯 On était 640 »), so it folds to a
# full stop; inside a sentence (« 🎉🎉 en postant tous les jours ») it stays as written.
PICTOGRAPH = "\u2600-\u27bf\U0001f000-\U0001faff"
_ENDING_PICTOGRAPH = re.compile(f"[{PICTOGRAPH}](?=[{PICTOGRAPH}\ufe0f\u200d\\s]*(?:[A-ZÀ-Ý0-9]|$))")
_ANY_PICTOGRAPH = re.compile(f"[{PICTOGRAPH}]")


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch in _SPACES:
        return " "
    if ch in _APOSTROPHES:
        return "'"
    if ch in _DASHES:
        return "-"
    if ch == "\u00d7":
        return "x"
    low = ch.lower()
    if len(low) != 1:
        return ch
    base = unicodedata.normalize("NFD", low)[0]
    return base if base.isascii() or len(base) == 1 else low


class _FoldTable(dict):
    """``str.translate`` table filled on first sight of each code point (one C loop per
    text instead of one Python call per character)."""

    def __missing__(self, code: int) -> str:
        if len(self) > 65_536:  # hostile texts cycling through Unicode: stay bounded
            self.clear()
        folded = self[code] = _fold_char(chr(code))
        return folded


_FOLD = _FoldTable()


@lru_cache(maxsize=4096)  # the rewrite folds the same goal, words and phrases again and again
def fold(text: str) -> str:
    """Lower-case, strip accents and unify spaces/apostrophes, keeping length."""
    folded = text.translate(_FOLD)
    if text.isascii() or not _ANY_PICTOGRAPH.search(text):
        return folded
    ends = [m.start() for m in _ENDING_PICTOGRAPH.finditer(text)]
    if not ends:
        return folded
    chars = list(folded)
    for i in ends:
        chars[i] = "."
    return "".join(chars)


_NBSP_BEFORE = re.compile(r" (?=[:;!?%€»])")  # a plain replacement: no template to expand per match


@lru_cache(maxsize=1024)  # a goal's notes and reasons are mostly the same few sentences
def typography(text: str) -> str:
    """French typography: no-break spaces before « : ; ! ? % € » and inside guillemets."""
    return _NBSP_BEFORE.sub("\u00a0", text).replace("« ", "«\u00a0")


def of(noun: str) -> str:
    """« de » + noun with French elision: « d'engagement », « de ventes »."""
    return ("d'" if fold(noun[:1]) in "aeiouyh" else "de ") + noun


_BLANKS = re.compile(r"[ \t\r\n]+")


def squash(text: str) -> str:
    """Collapse runs of ordinary blanks, keeping the no-break spaces of French typography."""
    return _BLANKS.sub(" ", text).strip()
