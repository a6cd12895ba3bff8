"""Spoken fragments kept out of the rewrite (issue 11): a narrowing never keeps « de » before
adverbs only (« vues d'un peu plus dans le coin », « ventes de nos kayaks de souvent »), and
the spoken area around (« dans le coin ») is said in writing; a floor said aloud (« au moins
30 ») stays one. Words in ``rewrite.yaml``."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import rewrite_data
from ..text import fold


@lru_cache(maxsize=1)
def _fragments() -> re.Pattern:
    return re.compile(rewrite_data()["spoken_fragments"])


def written_narrowing(inline: str) -> str:
    """``inline`` without its adverb-only « de » fragments, its spoken places written."""
    folded = fold(inline)  # same length as ``inline``
    cut = [m.span() for m in _fragments().finditer(folded)]
    for s, e in reversed(cut):
        inline, folded = inline[:s] + inline[e:], folded[:s] + folded[e:]
    for said, written in rewrite_data()["spoken_places"].items():
        for m in reversed(list(re.finditer(r"(?<![\w])" + re.escape(said) + r"(?![\w])", folded))):
            inline = inline[:m.start()] + written + inline[m.end():]
    return re.sub(r" {2,}", " ", inline).strip()


def at_least(folded: str, target) -> bool:
    """Whether the user sets the count ``target`` as a floor (« au moins trente dossiers »)."""
    if target.kind != "level" or target.unit is not None:
        return False
    return re.search(r"(?<![\w])" + rewrite_data()["at_least_cues"] + r" $", folded[:target.start]) is not None
