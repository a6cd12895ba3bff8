"""KPI mentions whose role in the sentence is not the goal's measure (lang/fr/grammar_words.yaml).

A KPI noun can stand in a goal without being what the goal counts: counted by a figure
that sizes the organisation (« forte de ses 200 adhérents, la fédération… »), inside
the purpose that gives the goal's reason (« … de 20 % pour suivre la demande »), or
naming whom it addresses (« auprès d'une clientèle plus jeune »). The
main KPI is chosen among the other mentions; none left means no KPI, better than a
wrong one.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang.fr import load, word_regex
from .base import Mention
from .context import before_goal, has_goal_cue, role
from .kpi_forms import is_infinitive
from .roles import CONTEXT_ROLES, NAMES, excluded

_SENTENCE_STOP = re.compile(r"[.;!?](?!\d)")
_COUNTED = re.compile(r" (?:[a-z'-]+ )?")  # « 1 240 adhérents », « 200 nouveaux adhérents »


def not_the_measure(folded: str, numbers: list[Mention], kpis: list[Mention], targets: list[Mention],
                    baseline: Mention | None, blocked: list[Mention]) -> list[Mention]:
    """The mentions of ``kpis`` that are context or reason, never the goal's KPI."""
    return held_counts(folded, numbers, kpis, targets, baseline, blocked) + purposes(folded, kpis, targets) + \
        audiences(folded, kpis) + complaints(folded, kpis, targets)


@lru_cache(maxsize=1)
def _complaint_rx() -> re.Pattern:
    w = load("intent")
    return word_regex([*w["complaint_cues"], *w["complaint_said"]])


def complaints(folded: str, kpis: list[Mention], targets: list[Mention]) -> list[Mention]:
    """« Les patients râlent sur l'attente : ramener le temps d'attente sous 3 min »: a
    complaint before a colon says why, the goal after it says what is counted."""
    colon = folded.find(":")
    if colon < 0 or not targets or any(t.start < colon for t in targets) \
            or not _complaint_rx().search(folded, 0, colon):
        return []
    return [k for k in kpis if k.end <= colon]


@lru_cache(maxsize=1)
def _audience_rx() -> re.Pattern:
    """« auprès d'une clientèle plus jeune »: the words that open an audience, then a determiner."""
    dets = "|".join(re.escape(d.strip()) for d in load("heads")["determiners"])
    leads = "|".join(load("grammar_words")["facts"]["audience_leads"])
    return re.compile(rf"(?<![a-z])(?:{leads})(?:(?:{dets})(?: |(?<=')))?(?:[a-z]+ )?$")


def audiences(folded: str, kpis: list[Mention]) -> list[Mention]:
    """KPI mentions that name whom the goal addresses (« réaffirmer l'élégance de la maison
    auprès d'une clientèle plus jeune »): a segment that narrows, not what the goal counts."""
    rx = _audience_rx()
    return [k for k in kpis if rx.search(folded, max(0, k.start - 30), k.start)]


@lru_cache(maxsize=1)
def _purpose_rx() -> re.Pattern:
    g = load("grammar_words")
    pronouns = "|".join(re.escape(p) for p in g["means"]["gerund_pronouns"])
    leads = "|".join(re.escape(p) + ("" if p.endswith("'") else " ") for p in g["facts"]["purposes"])
    return re.compile(rf"(?<![a-z])(?:{leads})(?:(?:{pronouns})(?: |(?<=')))?(?P<verb>[a-z]+)")


def _infinitive(word: str) -> bool:
    """The verb table, the irregular infinitives of context.yaml, or the endings of most
    French infinitives (grammar_words.yaml, context)."""
    c = load("grammar_words")["context"]
    return is_infinitive(word) or word in load("context")["infinitives"] or (
        len(word) > 4 and word.endswith(tuple(c["infinitive_endings"]))
        and not word.endswith(tuple(c["not_infinitive_endings"])))


def purposes(folded: str, kpis: list[Mention], targets: list[Mention]) -> list[Mention]:
    """KPI mentions inside a purpose or a constraint (« pour », « afin de » or « sans » and an
    infinitive, to the end of its sentence) that holds no target while a target stands
    before it: the reason the goal gives (« augmenter sa production de 20 % pour suivre la
    demande ») or what it must spare (« … sans perdre de clients »), not what it counts.
    A purpose that holds a target is the goal itself (« … pour générer 30 rendez-vous »)."""
    if not targets:
        return []
    out = []
    for m in _purpose_rx().finditer(folded):
        if not _infinitive(m.group("verb")):
            continue
        stop = _SENTENCE_STOP.search(folded, m.end())
        end = stop.start() if stop else len(folded)
        if any(m.start() <= t.start < end for t in targets) or not any(t.end <= m.start() for t in targets):
            continue
        out += [k for k in kpis if m.start() <= k.start < end]
    return out


def held_counts(folded: str, numbers: list[Mention], kpis: list[Mention], targets: list[Mention],
                baseline: Mention | None, blocked: list[Mention]) -> list[Mention]:
    """KPI mentions counted by a figure that says what the writer already has, not what
    the goal aims at (« forte de ses 200 adhérents, la fédération… », « une coopérative de
    1 240 adhérents »): the size of the organisation, never the goal's KPI. A figure that
    is the baseline or a target keeps its noun (« notre club a 250 adhérents ; doubler »);
    a goal with neither a target nor another KPI keeps them all (its figure may be the
    target a wish's clause hides: « on veut que l'infolettre compte 10 000 abonnés »), and
    so does a statement that states no goal (« le club compte 420 licenciés »)."""
    kept = {t.start for t in targets} | ({baseline.start} if baseline else set())
    starts = {k.start: k for k in kpis}
    counted = []
    for n in numbers:
        if n.start in kept or n.extra["unit"] is not None:
            continue
        m = _COUNTED.match(folded, n.end)
        k = starts.get(m.end()) if m else None
        if k is None:
            k = starts.get(n.end + 1) if folded[n.end:n.end + 1] == " " else None
        if k is not None:
            counted.append((n, k))
    if not counted or not has_goal_cue(folded):
        return []
    held = [k for n, k in counted if role(folded, n.start) in CONTEXT_ROLES or before_goal(folded, n.start)
            or excluded(folded, n, blocked) == NAMES["collective"]]
    return held if targets or len(held) < len(kpis) else []
