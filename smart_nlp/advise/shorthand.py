"""The user's shorthand written out in full words for the rewrite (``shorthand*`` lists of
``lang/fr/word_forms.yaml``): a coach hands back « nombre d'abonnés », not « nb d'abos »."""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang.fr import load
from ..text import fold

_TOKEN = re.compile(r"[\w-]+|\+")


@lru_cache(maxsize=1)
def _determiners() -> frozenset[str]:
    return frozenset(d.rstrip("'") for d in load("word_forms")["determiners"])


def write_out(text: str) -> str:
    """The user's shorthand in full words (« nb d'abos » → « nombre d'abonnés »,
    « tt les » → « tous les », « le ca » → « le chiffre d'affaires »)."""
    forms = load("word_forms")
    plain, before, after_det = forms["shorthand"], forms["shorthand_before"], forms["shorthand_after_determiner"]
    after = forms["shorthand_after"]
    determiners = _determiners()
    tokens = list(_TOKEN.finditer(text))
    out, pos = [], 0
    for i, m in enumerate(tokens):
        word = m.group()
        nxt = tokens[i + 1].group() if i + 1 < len(tokens) else ""
        prev = tokens[i - 1].group() if i else ""
        full = plain.get(word) or plain.get(fold(word))  # « résas » is shorthand too
        if word in before:
            full = before[word].get(nxt)
        elif word in after:
            full = after[word].get(prev)
        elif word in after_det:
            full = after_det[word] if prev in determiners else None
        if full:
            out += [text[pos:m.start()], full]
            pos = m.end()
    return "".join(out) + text[pos:]
