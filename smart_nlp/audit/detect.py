"""Transparent rule detector: is a statement of a strategy document a goal?

Each statement gets named cues (``lang/fr/goal_cues.yaml``, compiled in ``grammar.py``)
with a weight; the verdict is their sum against a threshold, after the vetoes of
``vetoes.py``. Strong cues say that the writer wants a result: an intention, whatever
the subject, with adverbs, an aside or a pronoun in between (« L'enseigne entend
également porter… », « veut en ouvrir 30 », « a annoncé vouloir… », « L'objectif est
de… », « prévoit l'ouverture de 50 magasins »), a goal verb opening the statement, a
label or a noun naming the goal (« Objectif affiché : … », « relève son objectif de
marge à 11 % »), a wish, the future with a target (« ouvrira 60 magasins d'ici 2027 »,
``tenses.py``); where the statement sits (``sections.py``): a row of a table of
targets, an item carrying on a lead-in of intention. Reported speech is judged on the
clause reported, in the speaker's tenses (``tenses.py``). Weak cues come from the
extractors (a target, a KPI, a deadline ahead). Questions never are goals, nor are
forecasts, superseded plans, customers' quotations and what third parties want or must do.

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
from .grammar import grammar, opening_infinitive
from .sections import lead_in_cue, section_polarity, target_row
from .tenses import future_goal, reported_clause
from .vetoes import veto

_HEADING_NUMBER = re.compile(r"^\s*(?:(?:\d{1,2}|[IVX]{1,4}|[^\W\d_])[.)]|\d{1,2}(?:\.\d{1,2})+\.?)\s+(?=\S)")
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


def is_priority(text: str) -> re.Match | None:
    """The words that mark a goal as the priority, if any."""
    return grammar()["priority"].search(fold(text))


def _future_deadline(facts: GoalFacts, ref: date) -> bool:
    return pick_deadline(facts.times, ref) is not None


def _numbered_goal(label: re.Match, s: Statement) -> list[Cue]:
    """« Priorité n° 2 — fidéliser les clients existants »: a numbered label of goals, then
    an infinitive, a target or an indicator (a figure or a verb for the weaker labels)."""
    g = grammar()
    noun = label.group(1)
    verb = g["goal_verb"].match(s.body) or opening_infinitive(s.body)
    if noun in g["goal_labels"] and (verb or s.facts.targets or (noun not in g["weak_goal_labels"] and s.facts.kpi)):
        return [Cue("goal_label", 3, label.group(0).strip())]
    return []


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
               facts: GoalFacts | None = None, lead_in: str | None = None, reported: bool = False) -> Detection:
        """Judge one statement; ``contexts`` are its lead-in and headings, innermost first;
        ``lead_in`` the sentence its list carries on (by default a first context ending
        on a colon); ``reported``: the text is already the clause of a reported speech."""
        g = grammar()
        orig = " ".join(text.split())
        if kind == "heading":
            orig = _HEADING_NUMBER.sub("", orig, count=1)
        folded = fold(orig).strip()
        label = g["numbered_label"].match(folded)
        if label:
            orig, folded = orig[label.end():], folded[label.end():]
        facts = facts or extract(orig)
        det = Detection(False, 0, facts=facts)
        if not re.search(r"\w", folded):
            det.veto = Cue("context_start", 0)
            return det
        body, start = _body(folded)
        if folded.endswith("?") or g["question"].match(folded) or g["question"].match(body):
            det.veto = Cue("question", 0, orig[:40])
            return det
        contexts = list(contexts)
        clause = None if reported else reported_clause(orig, folded)
        if clause is not None:
            det = self.detect(clause[1], kind, contexts, lead_in=lead_in, reported=True)
            det.cues.insert(0, Cue("reported", 0, clause[0]))
            return det
        polarity, heading = section_polarity(contexts)
        row: list[Cue] = []
        if kind == "table_row" and contexts:
            row, past = target_row(orig, contexts, self.ref_date.year)
            if past:
                polarity, heading = "retro", contexts[0]
        tasks = any(g["task_section"].search(fold(c)) for c in contexts)
        s = Statement(orig, folded, body, start, facts, polarity, heading, tasks=tasks)
        future = _future_deadline(facts, self.ref_date)  # read once: the cues and the lead-in ask it
        det.cues = self._cues(s, future) + row
        if label and not det.strong:
            det.cues += _numbered_goal(label, s)
        lead_in = lead_in or (contexts[0] if contexts and contexts[0].rstrip().endswith(":") else None)
        if kind in ("bullet", "numbered") and lead_in and not det.strong:
            det.cues += lead_in_cue(s, lead_in, future)
        det.score = sum(c.weight for c in det.cues)
        det.veto = veto(s, kind, det)
        det.is_goal = det.veto is None and det.score >= self.threshold
        return det

    def _cues(self, s: Statement, future: bool) -> list[Cue]:
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
                    or g["goal_verb"].match(folded[m.end():].lstrip()) \
                    or (future and verb not in g["task_verbs"] and verb not in g["auxiliaries"]
                        and not g["not_words"] & set(folded[m.start():m.end()].split())):
                cues.append(Cue("modal", 3, orig[m.start():m.end()]))
        if not cues:
            cues += self._label_or_aim(s, future)
        if future and not cues:
            m = future_goal(folded, facts, s.start)
            if m:
                cues.append(Cue("future_target", 3, orig[m.start():m.end()]))
        if not any(c.name in ("goal_verb", "more_of", "signed_lead") for c in cues):
            inf = opening_infinitive(body)
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
        if s.polarity == "goal" and (has_target or has_kpi or future):
            cues.append(Cue("goal_section", 2, s.heading))
        elif s.polarity == "retro":
            cues.append(Cue("retro_section", -2, s.heading))
        return cues


    def _label_or_aim(self, s: Statement, future: bool) -> list[Cue]:
        """« Objectif affiché : un million de flacons », « Le groupe vise enfin une marge de 12 % »,
        « L'enseigne prévoit l'ouverture de 50 magasins d'ici 2028 »."""
        g, facts = grammar(), s.facts
        m = g["goal_label"].match(s.folded)
        if m:
            rest = s.folded[m.end():]
            verb = g["goal_verb"].match(rest) or opening_infinitive(rest)
            if facts.targets or verb or (m.group(1) not in g["weak_goal_labels"] and facts.kpi is not None):
                return [Cue("goal_label", 3, s.orig[:m.end()].rstrip(" :"))]
        m = g["aim_object"].search(s.folded) or (g["action_object"].search(s.folded) if future else None)
        if m and facts.targets:
            s.intention_at, s.intention_verb = m.start(), True
            return [Cue("intention", 3, s.orig[m.start():m.end()])]
        m = g["goal_noun"].search(s.folded)
        if m and any(t.start > m.end() for t in facts.targets):
            return [Cue("goal_noun", 3, s.orig[m.start():m.end()])]
        return []

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
