"""Vetoes of the goal detector: what leaves a statement out whatever its score (a
forecast, a superseded plan, a quotation, a third party's obligation, a result already
reached) and, without a strong cue, what describes rather than aims (the past, the
present state, a budget, a market figure, a one-off task, an action without a target)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang.fr import load
from ..text import fold
from .cues import OWN, STRONG, Cue, Detection, Statement
from .grammar import grammar, opening_infinitive


@lru_cache(maxsize=1)
def _participle_endings() -> re.Pattern:
    """The folded endings of a participle in -é (« e », « ees »…), at the end of a word."""
    endings = sorted({fold(e) for e in load("participles")["endings"]}, key=len, reverse=True)
    return re.compile("(?:" + "|".join(endings) + ")$")


def _last_word(orig: str, start: int, end: int) -> str:
    words = re.findall(r"[^\W\d_]+", orig[start:end])
    return words[-1].lower() if words else ""


def _participle(orig: str, m: re.Match, accented: bool) -> bool:
    """A past participle in -é: without accents in the text, trust the folded form."""
    word = _last_word(orig, m.start(), m.end())
    if not accented or not _participle_endings().search(fold(word)):
        return True
    return load("participles")["accent"] in word[-4:]


def _place(said: str) -> bool:
    """« a Charleroi » typed for « à Charleroi » (in a text written without accents): « a »
    before a capitalised word (a name, not a participle in -i, -u) is the preposition."""
    words = said.split()
    return len(words) == 2 and words[0].lower() == "a" and words[1][:1].isupper() and not words[1].isupper() \
        and not words[1].endswith(tuple(load("participles")["endings"]))  # « a Doublé »: a participle still


def _present(orig: str, m: re.Match, accented: bool) -> bool:
    """A present form (« réalise »), not a participle (« réalisé »)."""
    word = _last_word(orig, m.start(), m.end())
    return not (accented and word.endswith(tuple(load("participles")["endings"])))




def _search(name: str, folded: str, orig: str, accented: bool, setting: bool = False) -> re.Match | None:
    """First match of a veto cue, skipping participles read as present forms and the
    past of a comparison (« contre 850 l'an dernier »); with ``setting``, a goal set in
    the past (« a relevé son objectif ») is not a result either."""
    for m in grammar()[name].finditer(folded):
        if setting and folded[m.start():m.end()].split()[-1] in grammar()["goal_setting"]:
            continue
        if name == "passive" and not _participle(orig, m, accented):
            continue
        if name == "past" and (not _participle(orig, m, accented) or grammar()["compared"].search(folded[:m.start()])
                               or orig[m.start():m.start() + 1] in load("participles")["not_past_start"]
                               or not accented and _place(orig[m.start():m.end()])):
            continue
        if name == "stative_verbs" and not _present(orig, m, accented):
            continue
        return m
    return None


_STATES = ("past", "passive", "stative_verbs", "stative_states")


def _state_after_goal(s: Statement, m: re.Match) -> bool:
    """« Remplir les cours du soir, pour l'instant on a eu 3 réservations »: a text that opens
    on a goal verb, then describes the present it starts from, is a goal; the past or state
    after a marker of the present (or of a reason) is where the goal starts from."""
    g = grammar()
    if not any(g["goal_verb"].match(text) or opening_infinitive(text) for text in (s.folded, s.body)):
        return False
    return bool(g["present_state"].search(s.folded, 0, m.start()))


def _looks_back(context: str) -> bool:
    """A heading of goals said reached (« Objectifs atteints ») or a lead-in in the past
    (« Ce que nous avons fait : »): even an infinitive under it recalls a past goal."""
    folded = fold(context).rstrip()
    return bool(grammar()["goals_reached"].search(folded)) or folded.endswith((":", ","))


def third_party_veto(s: Statement, det: Detection) -> Cue | None:
    """Forecasts, superseded plans, quotations and third parties: never the organisation's
    goal, whatever the other cues (a first-person or verbal intention excepted for forecasts)."""
    g, orig, folded = grammar(), s.orig, s.folded
    m = g["superseded"].search(folded)
    if m:
        return Cue("superseded", 0, orig[m.start():m.end()])
    own = any(c.name in OWN for c in det.cues)
    m = g["quotation"].search(folded)
    if m and (not own or g["speaker"].search(folded, m.end())):
        return Cue("quotation", 0, orig[m.start():min(m.end(), m.start() + 40)])
    m = g["forecast"].search(folded)
    if m and not own:
        return Cue("forecast", 0, orig[m.start():m.end()])
    m = g["conditional"].search(folded)
    if m and not own:
        return Cue("conditional", 0, orig[m.start():m.end()].rstrip(","))
    m = g["third_party"].match(s.body)
    if m and not own:
        return Cue("third_party", 0, orig[s.start:s.start + m.end()])
    m = g["other_subject"].match(s.body)
    if m and s.start + m.end() <= s.intention_at:
        return Cue("third_party", 0, orig[s.start:s.start + m.end()])
    if s.intention_at > 0 and not s.intention_verb:
        m = _search("past", folded[:s.intention_at], orig, s.accented, setting=True)
        if m and " " in folded[m.start():m.end()].strip():
            return Cue("past", 0, orig[m.start():m.end()])
    if s.intention_at >= 0 and not s.intention_verb:  # « notre objectif de 500 inscriptions a été dépassé »
        m = g["reached"].search(folded, s.intention_at)
        if m:
            return Cue("past", 0, orig[m.start():m.end()])
    return None


def veto(s: Statement, kind: str, det: Detection) -> Cue | None:
    g, orig, folded, body, start = grammar(), s.orig, s.folded, s.body, s.start
    has_target = bool(s.facts.targets)
    strong = det.strong
    if kind == "table_header" or (kind == "heading" and not (has_target and strong)):
        return Cue("heading", 0)
    if folded.rstrip().endswith(":") and (not has_target or not strong):
        return Cue("heading", 0, orig[-40:])
    veto = third_party_veto(s, det)
    if veto is not None:
        return veto
    if strong:
        if s.polarity == "retro" and _looks_back(s.heading) \
                and all(c.name in ("goal_verb", "more_of", "signed_lead") for c in det.cues if c.name in STRONG):
            return Cue("retro_section", 0, s.heading)
        if not any(c.name in ("intention", "wish", "goal_verb") for c in det.cues):
            m = _search("past", folded, orig, s.accented, setting=True)
            if m and not _state_after_goal(s, m):
                return Cue("past", 0, orig[m.start():m.end()])
        return None
    for name in ("context_start", "past", "stative_verbs", "stative_states", "passive", "budget", "market"):
        if name == "context_start" and has_target and s.polarity == "goal":
            continue
        m = _search(name, folded, orig, s.accented)
        if m and not (name in _STATES and _state_after_goal(s, m)):
            return Cue(name, 0, orig[m.start():m.end()])
    m = g["task_verb"].match(body)
    if m and not has_target and not g["every"].match(body, m.end()) \
            and (s.facts.kpi is None or s.tasks or s.polarity != "goal"):
        return Cue("task", 0, orig[start:start + m.end()])
    m = g["future_action"].search(folded)
    if m:
        return Cue("future_action", 0, orig[m.start():m.end()])
    if s.polarity == "retro":
        return Cue("retro_section", 0, s.heading)
    subject = g["subject_start"].match(body)
    if subject and s.polarity != "goal":
        return Cue("subject_start", 0, orig[start:start + subject.end()])
    return None
