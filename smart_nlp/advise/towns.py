"""Towns typed in lower case (issue 11, review round 13: « contrats d'entretien sur angers »):
a known place after a place preposition gets its capital back in the rewrite. The names
live in ``lang/fr/place_names.tsv`` (distilled offline from spaCy's small French model by
``smart_nlp.lang.fr.build_places``), the prepositions in ``lang/fr/word_forms.yaml``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang.fr import load
from ..text import fold


def towns(text: str) -> str:
    """« sur angers » → « sur Angers »; a word that is also a common noun (« rennes ») is
    not in the list and stays."""
    out, pos = [], 0
    for m in _place_rx().finditer(fold(text)):  # fold keeps the offsets (accents only)
        name = _place_names().get(m.group(2))
        if name and text[m.start(2):m.end(2)].islower():
            out += [text[pos:m.start(2)], name]
            pos = m.end(2)
    return "".join(out) + text[pos:]


@lru_cache(maxsize=1)
def _place_rx() -> re.Pattern:
    preps = "|".join(load("word_forms")["place_preps"])
    return re.compile(r"(?<![\w'’])((?:" + preps + r") )([a-z]+(?:-[a-z]+)*)(?![\w'’-])")


@lru_cache(maxsize=1)
def _place_names() -> dict[str, str]:
    """Folded → written name of the places the model knows."""
    from importlib import resources

    text = resources.files("smart_nlp.lang.fr").joinpath("place_names.tsv").read_text(encoding="utf-8")
    return dict(line.split("\t", 1) for line in text.splitlines() if line)
