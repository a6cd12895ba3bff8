"""Texts others write that are no goal, and the goal one of their clauses may hold.

An announcement, a job ad's duties, thanks, a customer's words, a description of the
organisation, someone else's forecast or a plan that no longer holds: each is read on its
grammar and the words only such texts use (``lang/fr/others.yaml``) and on the goal
detector's vetoes, never on whole sentences. A clause the detector reads as a goal on its
own, with a strong cue, makes the whole text a goal (« On a atteint 2 000 clients ; cap sur
3 000 fin 2027 », « Merci pour vos 5 000 abonnés ! Prochaine étape : 10 000 »).
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from ..analysis import Verdict
from ..lang.fr import alternation, load, word_regex
from ..text import fold, typography

if TYPE_CHECKING:
    from ..analysis import Analysis
    from ..audit.cues import Detection
    from ..extract.facts import GoalFacts

# What a text that is no goal keeps of its analysis (SPEC section 7, as the corpus annotates
# it): for a result, a state, a forecast, a former plan, a job's duty or a description of
# the organisation, the KPI it names (with the level reached as the baseline) and its funnel
# stage; for a report on a measure (all of these but the description), also whether what it
# is about is specific and relevant (``ABOUT``); for a task, everything (its deadline and
# means are the user's plan); for a message, a question or an announcement, nothing.
MEASURED = ("past", "state", "company", "forecast", "superseded", "complaint", "diagnosis", "job")
REPORTS = tuple(k for k in MEASURED if k != "company")
KEPT = ("task", "todo")
ABOUT = ("specific", "relevant")  # what a report is about may be precise and relevant; it has no target
_ENDS = " .!?;…"


def _words() -> dict:
    return load("others")


@lru_cache(maxsize=None)
def _rx(key: str) -> re.Pattern:
    return word_regex(_words()[key])


@lru_cache(maxsize=None)
def _opening(key: str) -> re.Pattern:
    """One of ``key`` opening the text, after a bullet, an emoji or a greeting to all."""
    w = _words()
    greet = alternation(load("intent")["greetings"]) + r"(?: " + alternation(w["greeting_tails"]) + r")?"
    lead = r"^[^a-z0-9]*(?:" + greet + alternation(w["greeting_joiners"]) + r"? )?"
    return re.compile(lead + alternation(w[key]) + r"(?![\w])")


def clauses(text: str) -> list[str]:
    """Where a goal may stand beside what is none: each sentence of the text, and the head,
    the tail and each part of a sentence at its cuts (a colon, a comma, a dash), without a
    part's list mark and linking words; the whole text excepted."""
    w, folded = _words(), fold(text)
    found: dict[str, None] = {}
    sentences = _between(w["sentence_cuts"], folded, 0, len(folded))
    for (start, end), cut in ((s, c) for s in sentences for c in w["part_cuts"]):
        cuts = [(start + m.start(), start + m.end()) for m in re.finditer(cut, folded[start:end])]
        opens, closes = [start] + [c[1] for c in cuts], [c[0] for c in cuts] + [end]
        pieces = [(start, end), *((start, c) for c in closes[:-1]), *((o, end) for o in opens[1:]), *zip(opens, closes)]
        for s, e in pieces:
            lead = re.match(w["part_lead"], folded[s:e])
            found[text[s + lead.end():e].strip(_ENDS)] = None
    whole = text.strip(_ENDS)
    return [c for c in found if len(c.split()) >= w["clause_min_words"] and c != whole]


def _between(pattern: str, folded: str, start: int, end: int) -> list[tuple[int, int]]:
    """The pieces of ``folded[start:end]`` between the matches of ``pattern``."""
    out, at = [], start
    for m in re.finditer(pattern, folded[start:end]):
        out.append((at, start + m.start()))
        at = start + m.end()
    return [(s, e) for s, e in out + [(at, end)] if e > s]


def goal_clause(text: str, ref: date, counted: bool = False) -> bool:
    """A clause the goal detector reads as a goal on its own, with a strong cue (and, with
    ``counted``, a target: « Vos missions : animer la communauté » holds none)."""
    from ..audit.detect import GoalDetector  # the audit package imports the analyzer

    detector = GoalDetector(ref)
    return any((d := detector.detect(c)).is_goal and d.strong and (d.facts.targets or not counted)
               for c in clauses(text))


def kind(text: str, facts: "GoalFacts", det: "Detection", ahead: bool) -> str | None:
    """What a text others write is, when no goal: ``superseded``, ``quotation``,
    ``forecast``, ``thanks``, ``job``, ``announcement`` or ``company``; None otherwise.
    ``det`` is the goal detector's verdict on the whole text, ``ahead`` whether a deadline
    lies ahead."""
    folded = fold(text).strip()
    veto = det.veto.name if det.veto is not None else None
    if veto == "superseded":
        return "superseded"
    if veto == "quotation" or _opening("review_heads").match(folded) or _signed().match(folded):
        return "quotation"
    if veto == "forecast" and _forecast_of_others(folded, fold(det.veto.text)):
        return "forecast"
    if _opening("courtesy_openers").match(folded) or _rx("courtesy_wishes").search(folded):
        return "thanks"
    if _rx("job_markers").search(folded) and not facts.targets and not (det.strong and facts.kpi is not None):
        return "job"  # « Missions : développer la notoriété de nos marques… » names a result: a vague goal
    if _announced(folded, facts) and not (det.is_goal and det.strong and facts.targets):
        return "announcement"
    if _rx("company_markers").search(folded) and not ahead and not (det.is_goal and det.strong):
        return "company"
    return None


@lru_cache(maxsize=1)
def _signed() -> re.Pattern:
    """A quotation opening the text, signed by a customer after a dash or a comma."""
    return re.compile(_words()["quote_signature"] + alternation(load("goal_cues")["customers"]) + r"s?(?![\w])")


def _forecast_of_others(folded: str, cue: str) -> bool:
    """« Selon l'Insee… devrait », « le gala devrait réunir… »: a verb of forecast, not a bet
    of the writer's own (« table sur »), nor a forecast of the writer's own figures (« notre
    CA devrait… »); a source alone (« pour le cabinet ») forecasts nothing."""
    if _rx("own_bets").search(cue):
        return False
    verb = _forecast_verb().search(folded)
    return verb is not None and not _rx("first_person").search(folded, 0, verb.start())


@lru_cache(maxsize=1)
def _forecast_verb() -> re.Pattern:
    own = set(_words()["own_bets"])
    return word_regex([v for v in load("goal_cues")["forecast_verbs"] if v not in own])


def _announced(folded: str, facts: "GoalFacts") -> bool:
    """An announcement: a frame that announces, an invitation to come, an event noun opening
    the text with a date or an hour, or an event in a third person's future with no target."""
    if _rx("announce_frames").search(folded) or _rx("calls_to_come").search(folded):
        return True
    if _opening("event_openers").match(folded) and facts.times:
        return True
    return not facts.targets and bool(_rx("event_verbs").search(folded)) and not _rx("first_person").search(folded)


def emptied(a: "Analysis", why: str, notes: list[str]) -> None:
    """The analysis of a text that is no goal, emptied in place (SPEC section 7): no target,
    deadline nor means, a score of 0, and no criterion met (each says why, with the note's
    pointer as advice) but what ``MEASURED`` and ``REPORTS`` keep; a task keeps everything."""
    kind = why.removeprefix("not_goal_")
    if kind in KEPT or kind == "minutes" and a.targets and _ahead(a):  # minutes that record a goal set
        return
    a.targets, a.deadline, a.means, a.milestones, a.ambition, a.alternatives = [], None, [], [], None, []
    if kind not in MEASURED:
        a.kpi, a.baseline, a.funnel = None, None, None
    pointer = notes[1] if len(notes) > 1 else typography(load("intent")["notes"]["ask"])  # what would make it a goal
    a.criteria = {c: v if kind in REPORTS and c in ABOUT else Verdict(False, 0.0, notes[:1], pointer)
                  for c, v in a.criteria.items()}
    a.smart_score = 0
    kept = {"CHANNEL"} | ({"KPI", "BASELINE"} if kind in MEASURED else set())
    a.facts["spans"] = [s for s in a.facts.get("spans", []) if s[2] in kept]


def _ahead(a: "Analysis") -> bool:
    return a.deadline is not None and a.deadline.date >= a.ref_date


def aims_ahead(a: "Analysis", facts: "GoalFacts") -> bool:
    """A target and a deadline ahead said as a horizon (« d'ici Noël », « fin Q3 »): a present
    state beside them is where the goal starts (« On vend 500 sapins d'ici Noël »)."""
    return bool(facts.targets) and _ahead(a) and bool(_rx("horizons").match(fold(a.deadline.text)))
