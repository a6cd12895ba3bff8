"""The user's own verb before a count (issue 11): « Inscrire 30 entreprises au challenge
mobilité », « Référencer nos jus de pomme bio dans 20 épiceries fines », « Faire adhérer 60
commerçants » keep their verb — and the object it acts on — rather than a bare « Atteindre
20 épiceries », which loses the product and what is done.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from ..text import fold
from .forms import Noun, capitalise, correct, infinitive
from .lexicon import rewrite_data

if TYPE_CHECKING:
    from .kpi_reader import GoalReader


def _words() -> dict:
    return rewrite_data()["user_verb"]


def verb_phrase(r: "GoalReader", noun: Noun) -> str | None:
    """``said_verb`` of a goal being read, the other facts as its roles, when the rewrite
    counts the user's own noun (« Prendre 20 rdv » is no « Prendre 20 leads »)."""
    t = r.a.targets[0] if r.a.targets else None
    first = fold(noun.text).split(" ")[0]
    if t is None or not re.match(r"\s*" + re.escape(first) + r"(?![\w])", r.folded[t.end:]):
        return None
    others = [(m.start, m.end) for m in [*r.roles, *r.facts.kpis] if m.label != "TARGET"]
    return said_verb(r.text, r.a.targets, others)


def own_verb(r: "GoalReader", noun: Noun, aside: bool) -> str | None:
    """« Référencer nos jus de pomme dans »: ``verb_phrase`` unless a verb of ours is said or
    the count is another's (``aside``), its object narrowing the KPI, a gain of new ones
    counted with it (« Faire adhérer 60 nouveaux commerçants »)."""
    said = None if aside or r.user_verb() else verb_phrase(r, noun)
    if said:
        r.own_narrowing = r.own_narrowing or " " in said
        r.counted = r.counted or r.a.targets[0].kind == "delta"
    return said


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
