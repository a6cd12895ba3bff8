"""The kind of organisation a goal names (town hall, association, school, hospital, museum):
a body that sells nothing gets defaults that fit its mission, never clients, offers or sales.

The words live in ``lang/fr/organisations.yaml``; this module only finds the kind and
filters the commercial defaults out.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..extract.scan import WordPatterns
from ..lang.fr import load, word_pattern
from ..text import fold
from .org_typos import typo_kind


@lru_cache(maxsize=None)
def _kinds(key: str) -> tuple[list[tuple[str, dict]], WordPatterns]:
    """Each kind's words of ``key`` (the body's own names, or (``members``) its people's),
    looked for in one pass over the goal. Built once per key: always called with the key
    given (``_kinds()`` and ``_kinds("pattern")`` would be two cache entries, and with
    room for two the three evicted each other, rebuilding the patterns goal after goal)."""
    kinds = [(name, k) for name, k in load("organisations")["kinds"].items() if key in k]
    return kinds, WordPatterns([k[key] for _, k in kinds])


@lru_cache(maxsize=1)
def _commercial() -> re.Pattern:
    return re.compile(r"(?<![\w])(?:" + "|".join(load("organisations")["commercial_words"]) + r")(?![\w])")


def kind(folded: str, aside: list[tuple[int, int]] = ()) -> dict | None:
    """The kind of organisation the (folded) goal names first, with its words. A name
    said in the means or the reason (``aside``: « en sponsorisant le club de rugby »)
    or counted (« 40 clubs partenaires ») is a partner, not the one with the goal; the
    body's people (« adhérents ») tell its kind only when no body is named."""
    found = _found(folded, aside, "pattern") or _found(folded, aside, "members") or _typo(folded, aside)
    # « SPA »: a shelter only when animals are said
    found = [f for f in found if "cues" not in f[2] or word_pattern(f[2]["cues"]).search(folded)]
    if not found:
        return None
    _, name, words = min(found, key=lambda f: f[0])
    return {"name": name, **words}


def _typo(folded: str, aside) -> list[tuple[int, str, dict]]:
    """A body named with a typo (« le refuje »), read when no body nor its people is named."""
    found = typo_kind(folded, aside)
    return [(found[0], found[1], load("organisations")["kinds"][found[1]])] if found else []


def _found(folded: str, aside, key: str) -> list[tuple[int, str, dict]]:
    """Where each kind is named, in text order (kinds in their order at one place), leaving
    out a name in ``aside``, counted (« 40 clubs ») or, for a body's own names, said in the
    plural of others (« le bouche-à-oreille des clubs de foot »: bodies that send people)."""
    kinds = _kinds(key)[0]
    return [(start, *kinds[j]) for start, j in _named(folded, key) if not any(s <= start < e for s, e in aside)]


@lru_cache(maxsize=64)  # a pure function of the goal's text, asked by the reader, the recruits and the coach
def _named(folded: str, key: str) -> tuple[tuple[int, int], ...]:
    """Where each kind is named (start, kind index), but not counted nor in the plural of others."""
    before = _others() if key == "pattern" else _COUNTED
    return tuple((start, j) for start, j, _ in _scan(folded, key)
                 if not before.search(folded, max(0, start - 5), start))


@lru_cache(maxsize=64)
def _scan(folded: str, key: str) -> tuple[tuple[int, int, int], ...]:
    return tuple(_kinds(key)[1].each(folded))


_COUNTED = re.compile(r"\d ?$")


@lru_cache(maxsize=1)
def _others() -> re.Pattern:
    """A count or a plural determiner of others (organisations.yaml ``others_before``) right before a name."""
    return re.compile(r"(?:\d ?|(?<![\w'])(?:" + "|".join(load("organisations")["others_before"]) + r") )$")


def named_in(folded: str, at: int) -> bool:
    """Whether position ``at`` stands inside the name of a body (« transport à la demande »,
    « maison des jeunes »): a KPI word there names no KPI."""
    return any(start <= at < end for start, _, end in _scan(folded, "pattern"))


def own_names(folded: str) -> list[tuple[int, int]]:
    """Where the (folded) goal names a body whose name is its whole trade (``own_trade``: a
    shelter, a choir): a trade's word there is the body (« SPA » is no beauty spa)."""
    kinds = _kinds("pattern")[0]
    named = {kinds[j][0]: (start, end) for start, j, end in _scan(folded, "pattern")
             if kinds[j][1].get("own_trade")
             and ("cues" not in kinds[j][1] or word_pattern(kinds[j][1]["cues"]).search(folded))}
    people = _kinds("members")[0]  # its people too once it is named (« voyageurs » of a bus network)
    members = [(start, end) for start, j, end in _scan(folded, "members") if people[j][0] in named]
    return list(named.values()) + members


def commercial(phrase: str) -> bool:
    """Whether a default phrase only fits a business that sells (« relançant les clients »)."""
    return bool(_commercial().search(fold(phrase)))


def kpi_words(org: dict | None, kpi_id: str, words: dict) -> dict:
    """The KPI's words of rewrite.yaml with the organisation's own where it has them."""
    own = (org or {}).get("kpis", {}).get(kpi_id)
    return {**words, **own} if own else words


def means(org: dict, kpi_id: str | None, options: list[str], online: bool = False) -> list[str]:
    """The organisation's means for this KPI (its usual ones for a count of its own, ``None``)
    first, then the usual ones that fit it; the channel's own first when the goal is counted
    online (``online``: a museum's website)."""
    own = list(org["means"].get(kpi_id or "default", []))  # more of its own count: its usual means
    fitting = [o for o in options if not commercial(o) and o not in own]
    return (fitting + own if online and fitting else own + fitting) or list(org["means"]["default"])


def reason(org: dict, funnel: str | None, unknown: bool = False, measure: bool = False) -> str:
    """A reason that serves the mission, by funnel stage; for what the body counts of its
    own (``unknown``) or a measure of its service (``measure``: a delay, a success rate)."""
    reasons = org["reasons"]
    if measure:
        return reasons["quality"]
    return reasons["unknown"] if unknown else reasons.get(funnel or "do", reasons["do"])
