"""What a figure counts when a verb of renting or booking governs it (« on a loué 2 300
kayaks », « l'an passé on a réservé 40 salles »): the acts are counted, « locations de
kayaks », never the things (« 3 000 kayaks » would say the fleet). The verbs and their
nouns are ``verb_nouns`` of ``lang/fr/rewrite.yaml``; the words that may stand between the
verb and its figure are ``rented_between``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..extract.kpi_forms import forms as verb_forms
from ..text import fold
from .forms import Noun, of
from .lexicon import rewrite_data


@lru_cache(maxsize=1)
def _nouns() -> dict:
    """The noun of the acts of each verb of rental (``verb_nouns``), keyed by its folded infinitive."""
    return {fold(v): n for v, n in rewrite_data()["verb_nouns"].items()}


def acts_before(folded: str, start: int) -> list | None:
    """The noun of the acts (« locations », gender, number) of the verb that governs the
    figure at ``start``, else None."""
    w = rewrite_data()
    words = re.findall(r"[\w'-]+", folded[max(0, start - 40):start])
    between = w["rented_between"]
    while words and words[-1] in between:
        words.pop()
    if not words:
        return None
    said = verb_forms().get(words[-1])
    return _nouns().get(said) if said is not None and said != words[-1] else None


def rented(folded: str, start: int, noun: Noun) -> Noun:
    """``noun`` as the acts of the verb before the figure at ``start`` (« locations de
    kayaks »), or ``noun`` itself when no such verb governs it or it already names them."""
    acts = acts_before(folded, start)
    if acts is None or fold(noun.text).startswith(fold(acts[0])):
        return noun
    return Noun(f"{acts[0]} {of(noun.text)}", acts[1], acts[2])
