"""A goal whose verb names what is counted and whose object names what it is done to
(« louer nos paddles tous les week-ends », « faire réserver nos visites guidées »): with no
KPI word of its own, the measure is the verb's noun of that object (« locations de
paddles »), never an empty « indicateur à préciser ». The verbs and their nouns live in
``lang/fr/rewrite.yaml`` (``verb_nouns``), their KPI in ``kpi_verbs.yaml``.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..extract.base import SpanIndex
from ..lang.fr import load
from ..text import fold
from .forms import Noun, of
from .lexicon import rewrite_data
from .phrase import own_phrase

if TYPE_CHECKING:
    from .reader import TextReader


@lru_cache(maxsize=1)
def _verbs() -> list[tuple[re.Pattern, list, str]]:
    kpi_of = {fold(v): k for k, verbs in load("kpi_verbs")["object"].items() for v in verbs}
    data = rewrite_data()["verb_object"]
    out = []
    for verb, noun in rewrite_data()["verb_nouns"].items():
        rx = re.compile(r"(?<![\w])" + fold(verb) + r" (?P<det>" + data["determiners"] + r")(?P<head>[a-z][\w-]+)")
        out.append((rx, noun, kpi_of.get(fold(verb), data["kpi"])))
    return out


def counted_object(r: "TextReader") -> tuple[str, Noun, str, bool] | None:
    """The KPI id, noun, determiner family and assumed flag of « louer nos paddles », the
    words after the object's head left to narrow it; None when no such verb acts on an
    object outside the user's means."""
    aside = SpanIndex(r.facts.side)
    found = [(m, noun, kpi) for rx, noun, kpi in _verbs() for m in [rx.search(r.folded)]
             if m and not aside.any(m.start(), m.end())]
    if not found:
        return None
    m, noun, kpi = min(found, key=lambda f: f[0].start())
    det, head = m.group("det").strip(), r.text[m.start("head"):m.end("head")]
    plural = det in rewrite_data()["verb_object"]["plural"]
    said = head if plural else r.text[m.start("det"):m.end("head")]
    r.span, r.own_narrowing = (m.start(), m.end()), True
    r.kept.append(r.span)
    return kpi, Noun(f"{noun[0]} {of(said)}", noun[1], noun[2]), "definite", False


def counted(r: "TextReader", phrase) -> tuple[str, Noun, str, bool] | None:
    """What the verb acts on, counted: « louer nos paddles » (the verb's noun of it), else
    the user's plural object phrase (« booster les résas de kayak »)."""
    found = counted_object(r)
    if found is None and phrase is not None and phrase.noun.number == "p":
        return own_phrase(r, phrase)
    return found
