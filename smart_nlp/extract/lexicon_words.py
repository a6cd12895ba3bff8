"""The single words the channel and KPI lexicons spell out, for the spelling corrector and the head finder.

The lexicons are regex patterns (lang/fr/channels, kpis); the stdlib regex parser
expands each into the strings it matches, cut into words.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import product
from re import _parser as sre  # the stdlib regex parser: expands patterns into words

from ..lang.fr import load

LEXICONS = ("channels", "kpis")
_MAX_FORMS = 256


def _forms(items) -> list[str]:
    """Every string a parsed regex matches, with a space for anything not literal."""
    out, run = [""], []
    for op, arg in items:
        if op is sre.LITERAL:
            run.append(chr(arg))
            continue
        if op is sre.MAX_REPEAT and arg[0] == 0 and arg[1] == 1:
            alts = ["", *_forms(arg[2])]
        elif op is sre.SUBPATTERN:
            alts = _forms(arg[-1])
        elif op is sre.BRANCH:
            alts = [s for branch in arg[1] for s in _forms(branch)]
        elif op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
            alts = [""]
        else:
            alts = [" "]
        prefix, run = "".join(run), []
        out = [s + prefix + a for s, a in product(out, alts)][:_MAX_FORMS]
    tail = "".join(run)
    return [s + tail for s in out]


@lru_cache(maxsize=None)
def lexicon_words(min_len: int = 4) -> dict[str, tuple[str, str]]:
    """Single words the channel and KPI patterns spell out → (lexicon, id).

    The spelling corrector snaps a misspelt or inflected word onto one of these.
    """
    words: dict[str, tuple[str, str]] = {}
    for name in LEXICONS:
        for key, entry in load(name).items():
            for pattern in entry["patterns"]:
                for form in _forms(sre.parse(pattern)):
                    for w in re.findall(r"[a-z][a-z-]*[a-z]", form):
                        if len(w) >= min_len:
                            words.setdefault(w, (name, key))
    return words
