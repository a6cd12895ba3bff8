"""A body's name typed with a typo (« le refuje », « la chorrale »): the kind it names, read
by edit distance over the plain names of ``lang/fr/organisations.yaml`` (``typo_names``),
as the spelling corrector reads the lexicon's words; a real word or a verb form
(« refuse ») is never one."""
from __future__ import annotations

import re
from functools import lru_cache

from ..extract.spelling import fuzzy_candidates, known
from ..lang.fr import load, verb_forms


@lru_cache(maxsize=1)
def _words() -> re.Pattern:
    """A word of five letters or more right after a determiner."""
    return re.compile(r"(?<![\w'])" + load("organisations")["typo_determiners"] + r" ?(?<=[ '])([a-z]{5,})(?![\w])")


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    """Each plain name → its kind."""
    return {name: kind for kind, names in load("organisations")["typo_names"].items() for name in names}


def typo_kind(folded: str, aside: list[tuple[int, int]] = ()) -> tuple[int, str] | None:
    """Where the first word of the (folded) goal that is a typo of a body's name stands, and
    its kind; words ``aside`` (the user's means or reason) name partners."""
    names = _names()
    for m in _words().finditer(folded):
        word = m.group(1)
        if word in names or any(s <= m.start(1) < e for s, e in aside) or known(word) or word in verb_forms():
            continue
        found = fuzzy_candidates(word, list(names))
        if found:
            return m.start(1), names[found[0][0]]
    return None
