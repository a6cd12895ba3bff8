"""Tenses that change what a statement says.

Reported speech: « La directrice a indiqué que la marque souhaitait atteindre 15 000
revendeurs » states the brand's present goal. The clause after the verb of speech and
« que » is judged on its own, with the tenses moved back to what was said: the imperfect
of an intention is the present (« souhaitait » → « souhaite »), « allait ouvrir » is
« va ouvrir », the conditional is the future (« ouvrirait » → « ouvrira »). Word lists in
``lang/fr/goal_cues.yaml`` (``report_frames``, ``reported_present``, ``reported_future``).

The future: a verb in the future with its target right after it, or a goal verb in the
future wherever its object is (``future_goal``); a verb of an event or a state
(« accueillera ») only with a horizon after it (« d'ici 2028 »)."""
from __future__ import annotations

import re

from ..extract.facts import GoalFacts
from ..text import fold
from .grammar import grammar

_WORD = re.compile(r"[^\W\d_]+")
_FRAME_START = 90
"""A frame further into the statement belongs to a subordinate clause, not to its start."""


def _shift(word: re.Match) -> str:
    g = grammar()
    w = word.group(0)
    folded = fold(w)
    present = g["reported_present"].get(folded)
    if present:
        return present
    if folded in g["forecast_words"]:
        return w
    m = g["reported_future"].search(folded)
    if m:
        return w[:m.start()] + g["reported_future_map"][m.group(1)]
    return w


def reported_clause(orig: str, folded: str) -> tuple[str, str] | None:
    """(the frame « a indiqué que », the clause it reports in the tenses of the speaker)."""
    m = grammar()["report_frame"].search(folded, 0, _FRAME_START + 30)
    if not m or m.start() > _FRAME_START or not folded[m.end():].strip():
        return None
    clause = _WORD.sub(_shift, orig[m.end():].strip())
    return orig[m.start():m.end()], clause[:1].upper() + clause[1:]


def future_goal(folded: str, facts: GoalFacts, body_start: int = 0) -> re.Match | None:
    """A verb in the future (« ouvrira », « allons recruter ») with a target after it in
    its clause, the future of a goal verb (« doublera d'ici 2028 le nombre… »), or a
    statement whose subject is its target (« 80 % des agences seront rénovées »)."""
    g = grammar()
    if any(t.start <= body_start + 1 for t in facts.targets):
        m = g["future_passive"].search(folded, body_start)
        if m and m.group(1) not in g["future_states"]:
            return m
    for m in g["futures"].finditer(folded):
        verb = m.group(1) or m.group(2)
        if m.group(1) and not _future_stem(verb):
            continue
        if m.group(1) and verb in g["future_not_goal"]:
            if not g["by_when"].search(folded, m.end()):  # « le salon accueillera 300 exposants »: an event
                continue
        elif m.group(1) and g["goal_verb"].match(_future_stem(verb)):
            return m
        if any(t.start >= m.end() and g["future_gap"].match(folded[m.end():t.start]) for t in facts.targets):
            return m
    return None


def _future_stem(verb: str) -> str:
    """The infinitive a simple future is built on (« doublera » → « doubler »,
    « atteindra » → « atteindre »), as far as regular verbs go; empty if none."""
    g = grammar()
    for ending in g["future_stem_endings"]:
        if verb.endswith(ending):
            stem = verb[:len(verb) - len(ending) + 1]
            return stem if stem.endswith(g["stem_infinitives"]) else stem + g["stem_completion"]
    return ""
