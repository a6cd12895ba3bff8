"""Transparent rule detector: is a statement of a strategy document a goal?

Each statement gets named cues (``lang/fr/goal_cues.yaml``, compiled in ``grammar.py``)
with a weight; the verdict is their sum against a threshold, after the vetoes of
``vetoes.py``. Strong cues say that the writer wants a result: an intention, whatever
the subject and with an adverb in between (« L'enseigne entend également porter… »,
« a annoncé vouloir… », « L'objectif est de… »), a goal verb opening the statement, a
wish, the future with a figure and a deadline ahead (« ouvrira 60 magasins d'ici
2027 »); weak ones come from the extractors (a target, a KPI, a deadline ahead).
Questions never are goals, nor are forecasts, superseded plans, quotations and what
third parties will do.

Every cue that fired is kept with its French label, so the report can say why a
statement was kept or left out.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Iterable

from ..extract.facts import GoalFacts, extract
from ..resolve.deadline import pick_deadline
from ..temporal import resolve
from ..text import fold
from .cues import THRESHOLD, Cue, Detection, Statement
from .grammar import grammar
from .vetoes import veto

_HEADING_NUMBER = re.compile(r"^\s*(?:(?:\d{1,2}|[IVX]{1,4}|[A-Za-z])[.)]|\d{1,2}(?:\.\d{1,2})+\.?)\s+(?=\S)")
_LABEL = re.compile(r"^([^:]{1,70}?) ?: ?(?=\S)")


def _body(folded: str) -> tuple[str, int]:
    """The statement without its « Label : » prefix and a leading time phrase."""
    offset = 0
    m = _LABEL.match(folded)
    if m and len(m.group(1).split()) <= 7 and not re.search(r"[.!?]", m.group(1)):
        offset = m.end()
    rest = folded[offset:]
    t = grammar()["lead_time"].match(rest)
    if t:
        offset += t.end()
    return folded[offset:], offset


def _infinitive(body: str) -> str | None:
    g = grammar()
    m = re.match(r"^(?:(?:se |s')?)([a-z][a-z-]*(?:er|ir|re|oir))(?![\w'])", body)
    if not m or m.group(1) in g["not_infinitives"]:
        return None
    after = body[m.end():].lstrip()
    return m.group(0) if g["followers"].match(after) else None


def section_polarity(contexts: Iterable[str]) -> tuple[str | None, str]:
    """``("goal"|"retro"|None, the heading that decided)``, innermost context first."""
    g = grammar()
    for ctx in contexts:
        folded = fold(ctx)
        if g["goal_section"].search(folded):
            return "goal", ctx
        if g["retro_section"].search(folded):
            return "retro", ctx
    return None, ""


def is_priority(text: str) -> re.Match | None:
    """The words that mark a goal as the priority, if any."""
    return grammar()["priority"].search(fold(text))


def _future_deadline(facts: GoalFacts, ref: date) -> bool:
    return pick_deadline(facts.times, ref) is not None


def _all_past(facts: GoalFacts, ref: date) -> bool:
    if not facts.times:
        return False
    for m in facts.times:
        if m.extra.get("past"):
            continue
        when = resolve(m.value, ref)
        if when is not None and when >= ref:
            return False
    return True


class GoalDetector:
    """``detect(text, ...)`` → ``Detection``; holds no state but the reference date."""

    def __init__(self, ref_date: date | None = None, threshold: int = THRESHOLD):
        self.ref_date = ref_date or date.today()
        self.threshold = threshold

    def detect(self, text: str, kind: str = "paragraph", contexts: Iterable[str] = (),
               facts: GoalFacts | None = None) -> Detection:
        """Judge one statement; ``contexts`` are its lead-in and headings, innermost first."""
        g = grammar()
        orig = " ".join(text.split())
        if kind == "heading":
            orig = _HEADING_NUMBER.sub("", orig, count=1)
        folded = fold(orig).strip()
        facts = facts or extract(orig)
        det = Detection(False, 0, facts=facts)
        if not re.search(r"\w", folded):
            det.veto = Cue("context_start", 0)
            return det
        body, start = _body(folded)
        if folded.endswith("?") or g["question"].match(folded) or g["question"].match(body):
            det.veto = Cue("question", 0, orig[:40])
            return det
        polarity, heading = section_polarity(contexts)
        s = Statement(orig, folded, body, start, facts, polarity, heading)
        det.cues = self._cues(s)
        det.score = sum(c.weight for c in det.cues)
        det.veto = veto(s, kind, det)
        det.is_goal = det.veto is None and det.score >= self.threshold
        return det

    def _cues(self, s: Statement) -> list[Cue]:
        g, orig, folded, body, start, facts = grammar(), s.orig, s.folded, s.body, s.start, s.facts
        cues: list[Cue] = []
        has_target, has_kpi = bool(facts.targets), facts.kpi is not None
        m = g["intention"].search(folded)
        if m and folded[m.end():].strip(" :=-"):
            cues.append(Cue("intention", 3, orig[m.start():m.end()]))
            s.intention_at = m.start()
        m = g["intent_any"].search(folded)
        if m and not cues:
            cues.append(Cue("intention", 3, orig[m.start():m.end()]))
            s.intention_at, s.intention_verb = m.start(), True
        elif m:
            s.intention_verb = True
        for name in ("wish", "goal_verb", "more_of"):
            m = g[name].match(body)
            if m:
                cues.append(Cue(name, 3, orig[start:start + m.end()]))
        m = g["signed_lead"].match(body)
        if m and has_target and s.polarity != "retro":
            t = facts.targets[0]
            cues.append(Cue("signed_lead", 3, orig[t.start:t.end]))
        m = g["purpose"].search(folded)
        if m and has_target:
            cues.append(Cue("purpose", 3, orig[m.start():m.end()]))
        m = g["modal"].search(folded)
        if m:
            verb = folded[m.start():m.end()].split()[-1]
            if has_target or has_kpi or cues or g["goal_verb"].match(verb) \
                    or g["goal_verb"].match(folded[m.end():].lstrip()):
                cues.append(Cue("modal", 3, orig[m.start():m.end()]))
        future = _future_deadline(facts, self.ref_date)
        m = g["future_figure"].search(folded)
        if m and future and has_target and m.group(1) not in g["future_not_goal"] and not cues:
            cues.append(Cue("future_target", 3, orig[m.start(1):m.end(1)]))
        if not any(c.name in ("goal_verb", "more_of", "signed_lead") for c in cues):
            inf = _infinitive(body)
            if inf:
                cues.append(Cue("action_verb", 2, orig[start:start + len(inf)]))
        if has_target:
            t = facts.targets[0]
            cues.append(Cue("target", 2, orig[t.start:t.end]))
        if has_kpi:
            cues.append(Cue("kpi", 1, orig[facts.kpi.start:facts.kpi.end]))
        if future:
            cues.append(Cue("deadline", 1))
        elif _all_past(facts, self.ref_date):
            t = facts.times[0]
            cues.append(Cue("past_time", -2, orig[t.start:t.end]))
        if s.polarity == "goal" and (has_target or has_kpi):
            cues.append(Cue("goal_section", 2, s.heading))
        elif s.polarity == "retro":
            cues.append(Cue("retro_section", -2, s.heading))
        return cues


def measure(goals: Iterable[tuple[str, date | None]], nongoals: Iterable[tuple[str, date | None]]) -> dict:
    """Precision, recall and F1 of the detector on statements seen alone (no context)."""
    tp = fn = fp = tn = 0
    missed, wrong = [], []
    for text, ref in goals:
        if GoalDetector(ref).detect(text).is_goal:
            tp += 1
        else:
            fn += 1
            missed.append(text)
    for text, ref in nongoals:
        if GoalDetector(ref).detect(text).is_goal:
            fp += 1
            wrong.append(text)
        else:
            tn += 1
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "tn": tn, "precision": precision, "recall": recall, "f1": f1,
            "missed": missed, "false_positives": wrong}
