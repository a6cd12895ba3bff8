"""Narrowing read from grammar, not from word lists (SPEC section 5, specific): an adjective
that qualifies the KPI's head (« abonnés numériques », « mandats exclusifs », « ventes à
emporter ») and a town or area the goal names (« dans Rosemont », « venant du Brabant
wallon »). The words come from lang/fr/specificity.yaml; ``clauses.narrowing`` calls these.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang.fr import load
from ..text import fold
from .base import Mention, SpanIndex
from .kpi_forms import is_infinitive, third_plurals

_WORD = re.compile(r" ([a-z][a-z-]*)(?![\w'])")
_CAPITAL = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]")


@lru_cache(maxsize=1)
def _grammar() -> dict:
    spec = load("specificity")
    any_of = "|".join
    time = load("time_words")
    dates = [*time["months"], *time["weekdays"], *time["holidays"], *time["feasts"]]
    return {
        "adjective": re.compile(r"[a-z-]{2,}(?:" + any_of(spec["adjective_endings"]) + r")[sx]?"),
        "not_adjective": re.compile(r".*(?:" + any_of(spec["adjective_not_endings"]) + r")s?"),
        "plain": re.compile(r"(?:" + any_of(spec["plain_adjectives"]) + r")s?"),
        "counting": re.compile(r"(?:" + any_of(spec["counting_participles"]) + r")[a-z]*"),
        "area": re.compile(r"(?<![\w])(?:" + any_of(spec["area_preps"]) + r") (?:(?:l'|d')(?=\w))?"),
        "infinitive_lead": spec["infinitive_lead"],
        "participle": re.compile(spec["participle_ending"]),
        "verb_endings": spec["participle_verb_endings"],
        "dates": frozenset(w for d in dates for w in re.findall(r"[a-z]+", d)),
        "links": frozenset(load("grammar_words")["clauses"]["links"]),
        "stops": re.compile(r"(?<![\w])(?:" + any_of(spec["area_stops"]) + r")"),
    }


def head_qualifier(folded: str, text: str | None, kpi: Mention, quiet: SpanIndex,
                   not_narrowing: re.Pattern) -> str | None:
    """The adjective right after the KPI's head (« abonnés numériques », « entrées payantes »),
    or « à » and an infinitive (« ventes à emporter »); none when it only sizes or dates the KPI
    (« ventes totales », « CA annuel »), counts it (« le CA réalisé ») or is a verb.
    ``not_narrowing`` matches the words that name the whole business or another KPI."""
    g = _grammar()
    m = _WORD.match(folded, kpi.end)
    if not m or quiet.any(m.start(1), m.end(1)):
        return None
    word = m.group(1)
    if word == g["infinitive_lead"]:
        verb = _WORD.match(folded, m.end())
        if verb and is_infinitive(verb.group(1)) and not quiet.any(verb.start(1), verb.end(1)):
            return f"{word} {verb.group(1)}"
        return None
    verb = word.split("-")[0] in third_plurals()  # « ventes baissent-elles »: a verb, its subject after it
    if word in g["links"] or verb or not_narrowing.fullmatch(word) or g["plain"].fullmatch(word):
        return None
    written = text[m.start(1):m.end(1)] if text else word
    ending = g["participle"].search(word)
    if ending and written[ending.start()] != word[ending.start()]:  # an accent: « qualifiés », « réalisé »
        stem = word[:ending.start()]  # a participle, not a noun (« newsletter santé »), nor a count (« CA réalisé »)
        infinitive, plural = (stem + end for end in g["verb_endings"])
        verb = is_infinitive(infinitive) or plural in third_plurals()
        return word if verb and not g["counting"].fullmatch(word) else None
    if g["adjective"].fullmatch(word) and not g["not_adjective"].fullmatch(word):
        return word
    return None


def named_areas(folded: str, text: str | None, kpis: list[Mention], quiet: SpanIndex,
                channel_words: frozenset[str], roles: SpanIndex) -> list[str]:
    """Towns and areas named after a preposition of place in the KPI's phrase (« 15 % de
    clients en plus à Charleroi », « les paniers livrés dans Rosemont »), outside means, times
    and channels; a date or a platform is no place, and a place before the KPI or past a
    clause break (« Petit hôtel en Ardèche. On aimerait… ») locates the business, not the KPI;
    one past a deadline or a means (``roles``: « d'ici l'examen du texte à l'Assemblée ») is theirs."""
    if not text or not kpis:
        return []
    g, out = _grammar(), []
    for m in g["area"].finditer(folded):
        at = m.end()
        name = re.match(r"[\w-]+", text[at:])
        if not name or not _CAPITAL.match(text, at) or quiet.any(at, at + len(name.group(0))):
            continue
        word = fold(name.group(0))
        if word in g["dates"] or word in channel_words or not _in_phrase(folded, kpis, m.start(), roles):
            continue
        out.append(word)
    return out


_BREAK = re.compile(r"[,.;:!?()]")
REACH = 90  # characters after a KPI where its complement can be


def _in_phrase(folded: str, kpis: list[Mention], at: int, roles: SpanIndex) -> bool:
    """Whether ``at`` follows a KPI mention closely, with no clause break, role or time cue in between."""
    stops = _grammar()["stops"]
    return any(k.end <= at <= k.end + REACH and not _BREAK.search(folded, k.end, at) and not roles.any(k.end, at)
               and not stops.search(folded, k.end, at) for k in kpis)
