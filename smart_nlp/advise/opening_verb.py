"""The verb a goal opens on, with what it acts on up to the count (« Référencer nos jus de
pomme bio dans 20 épiceries », « Faire connaître nos contrats à 500 familles »): read from
the text alone, for the readers that keep the user's verb (``user_verb``, ``reach``).
"""
from __future__ import annotations

import re

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from ..text import fold
from .forms import capitalise, correct, infinitive
from .lexicon import rewrite_data


def _words() -> dict:
    return rewrite_data()["user_verb"]


def said_verb(text: str, targets: list, others: list[tuple[int, int]]) -> str | None:
    """« Référencer nos jus de pomme bio dans »: the verb the goal opens on, with what it acts
    on up to the preposition that leads to the count; ``None`` for a verb that says nothing
    (« Avoir 300 … ») or when another fact (a date, a means, a KPI of ours) stands between."""
    t = targets[0] if targets else None
    if t is None or t.unit is not None or t.kind not in ("level", "delta") or t.value < 0 or len(targets) > 1:
        return None
    w = _words()
    head = text[:t.start]
    m = re.match(r"\s*((?:(?:" + "|".join(w["causative"]) + r") )?)([\w’'-]+)", fold(head))
    if not m or _weak(m.group(2)) or not _infinitive(m.group(2)):
        return None
    rest = fold(head)[m.end():].strip()
    if rest and not re.fullmatch(r"[^\d,;:.!?()]{1,60} (?:" + "|".join(w["object_ends"]) + r")", rest):
        return None
    if any(s < t.start and e > m.start() for s, e in others):
        return None
    return capitalise(correct(text[m.start():len(head.rstrip())].strip()))


def _infinitive(word: str) -> bool:
    """An infinitive, also one the verb table lacks (« inscrire », « référencer »): the text
    opens on it, so an infinitive's ending is enough."""
    w = _words()
    return infinitive(word) or word.endswith(tuple(w["endings"])) and not word.endswith(tuple(w["not_endings"]))


def _weak(verb: str) -> bool:
    """A verb that says nothing a coach keeps (« avoir », « faire grimper »), also mistyped
    (« ateindre »)."""
    return bool(process.extractOne(verb, _words()["weak"], scorer=Levenshtein.distance, score_cutoff=1))
