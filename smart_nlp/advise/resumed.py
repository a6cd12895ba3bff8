"""A measure said first, then asked down through a pronoun (« Le taux d'annulation est trop
haut, faut le baisser », « notre taux de rebond est élevé, on veut le réduire »): the verb
after the measure takes it as its object (``le``, ``la``, ``l'``), so the goal is to lower it.
"""
from __future__ import annotations

import re

from ..lang.fr import load
from .defaults import verb_rx


def lower_after(folded_after: str) -> bool:
    """Whether ``folded_after`` (the text after the measure) asks for it down through an
    object pronoun, and for nothing up after that."""
    pronouns = "|".join(p if p.endswith("'") else p + " " for p in load("rate_nouns")["resumed_by"])
    said = [m.start() for m in re.finditer(r"(?<![\w])(?:" + pronouns + r")(?=\w)", folded_after)]
    lower = [m.start() for m in verb_rx("lower_goal").finditer(folded_after)
             if any(0 <= m.start() - s <= 3 for s in said)]
    higher = [m.start() for m in verb_rx("increase").finditer(folded_after)]
    return bool(lower) and max(lower) > max(higher, default=-1)
