"""The verb the user opens a count with (issue 11): « Gagner 500 abonnés et 50 commandes »,
« Remplir 200 places », « Facturer 20 jours de conseil » keep their verb, since the default
« Atteindre » turns a gain into a level and drops what is done. Verbs:
``lang/fr/gain_verbs.yaml``, else any infinitive the goal opens on that says something.
"""
from __future__ import annotations

import re

from ..extract.kpi_forms import forms as kpi_verb_forms
from ..lang.fr import load
from ..text import fold
from .counted import counted_duration
from .forms import Noun, capitalise, infinitive
from .lexicon import rewrite_data


def opening_verb(text: str, count_start: int) -> str | None:
    """The verb right before the count at ``count_start`` when the goal opens on it, as
    written (« Gagner »), ``None`` otherwise."""
    m = re.fullmatch(r"\s*([\w-]+)\s+(?:\+\s*)?", fold(text[:count_start]).lower())
    if not m:
        return None
    word, gains = m.group(1), load("gain_verbs")["verbs"]
    if word in gains:
        return gains[word]
    if infinitive(word) and word not in rewrite_data()["user_verb"]["weak"]:
        return capitalise(text[m.start(1):m.end(1)].lower())
    return None


def count_verb(r, noun: Noun, family: str) -> str | None:
    """``opening_verb`` for the user's own noun counted (``_opening``), else « Atteindre »
    for a noun the user says with a participle (« 1 500 abonnements de saison vendus »: no
    « Réaliser », which names no act done to them)."""
    return _opening(r, noun, family) or participle_verb(r, noun, family)


def participle_verb(r, noun: Noun, family: str) -> str | None:
    """The level verb of a counted noun group with a participle of a KPI verb in it, in the
    noun kept or right after the figure (« 12 places réservées par … »)."""
    t, w = r.a.targets[0] if r.a.targets else None, rewrite_data()["participle_level"]
    usual = r.kpi_words(r.a.kpi).get("level_verb") if r.a.kpi else None
    if family != "count" or t is None or t.kind != "level" or usual not in w["replaces"]:
        return None
    after = re.match(r"\s*((?:[\w-]+ ){1,%d})" % w["words"], r.text[t.end:t.end + 80].lower() + " ")
    words = [*re.findall(r"[\w-]+", noun.text.lower())[1:], *(after.group(1).split()[1:] if after else [])]
    said = any(x.endswith(tuple(w["endings"])) and kpi_verb_forms().get(fold(x), fold(x)) != fold(x) for x in words)
    return w["verb"] if said else None


def _opening(r, noun: Noun, family: str) -> str | None:
    """``opening_verb`` of a goal being read, when the rewrite counts the user's own noun
    right after the figure (« Remplir 200 places » is no « Réaliser 200 places »), or the
    hours the figure says (« Facturer 6 heures de coaching »); the verb then says the gain
    (``r.counted``: « de plus », never « Gagner »)."""
    t = r.a.targets[0] if r.a.targets else None
    if family != "count" or t is None or t.kind not in ("level", "delta"):
        return None
    first = fold(noun.text).split(" ")[0]
    after = re.match(r"\s*" + re.escape(first) + r"(?![\w])", r.folded[t.end:]) if first else None
    if not (after and t.unit is None or counted_duration(noun, t.unit)):
        return None
    verb = opening_verb(r.text, t.start)
    if verb and fold(verb.lower()) in rewrite_data()["user_verb"]["weak"]:
        return None  # « Gagner 150 abonnés »: the gain's own sentence says it, from a start
    r.counted = r.counted or verb is not None
    return verb
