"""Transparent rule detector: is a statement of a strategy document a goal?

Each statement gets named cues (``lang/fr/goal_cues.yaml``) with a weight; the
verdict is their sum against a threshold, after vetoes. Strong cues say that the
writer wants a result (an intention, a goal verb opening the statement, a wish);
weak ones come from the extractors (a target, a KPI, a deadline ahead). Without a
strong cue, a statement that looks back (past tense, past period), describes the
present (« compte », « s'élève à »), plans an action with no target, gives a budget,
a market figure or a context label is never a goal. Questions never are.

Every cue that fired is kept with its French label, so the report can say why a
statement was kept or left out.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from typing import Iterable

from ..extract.deadlines import pick_deadline
from ..extract.facts import GoalFacts, extract
from ..lang.fr import load
from ..temporal import resolve
from ..text import fold
from .grammar import grammar

THRESHOLD = 3
_STRONG = ("intention", "wish", "goal_verb", "more_of", "signed_lead", "purpose", "modal", "future_target")
_OWN = ("intention", "wish", "goal_verb")  # cues that say the organisation itself wants the result


@dataclass
class Cue:
    """One rule that fired: its name, weight and the words that triggered it."""

    name: str
    weight: int
    text: str = ""

    @property
    def label(self) -> str:
        return load("goal_cues")["labels"][self.name]

    def describe(self) -> str:
        return f"{self.label} (« {self.text.strip()} »)" if self.text.strip() else self.label

    def to_dict(self) -> dict:
        return {"name": self.name, "label": self.label, "weight": self.weight, "text": self.text}


@dataclass
class Detection:
    """The verdict on one statement, with the cues that decided it."""

    is_goal: bool
    score: int
    cues: list[Cue] = field(default_factory=list)
    veto: Cue | None = None
    facts: GoalFacts | None = None

    @property
    def strong(self) -> bool:
        return any(c.name in _STRONG for c in self.cues)

    def explain(self) -> str:
        """« retenu : verbe d'objectif en tête (« augmenter »), cible chiffrée »."""
        if self.veto is not None:
            return "écarté\u00a0: " + self.veto.describe()
        positive = [c.describe() for c in self.cues if c.weight > 0]
        negative = [c.describe() for c in self.cues if c.weight < 0]
        head = "retenu" if self.is_goal else "écarté"
        parts = positive if self.is_goal else (negative or ["aucun indice d'objectif suffisant"] if not positive
                                                else positive + negative)
        if not self.is_goal and positive:
            parts = [f"indices trop faibles ({', '.join(positive)})"] + negative
        return f"{head}\u00a0: " + ", ".join(parts)

    def to_dict(self) -> dict:
        return {"is_goal": self.is_goal, "score": self.score, "explanation": self.explain(),
                "cues": [c.to_dict() for c in self.cues],
                "veto": self.veto.to_dict() if self.veto else None}


_HEADING_NUMBER = re.compile(r"^\s*(?:(?:\d{1,2}|[IVX]{1,4}|[A-Za-z])[.)]|\d{1,2}(?:\.\d{1,2})+\.?)\s+(?=\S)")
_LABEL = re.compile(r"^([^:]{1,70}?) ?: ?(?=\S)")
_LEAD_TIME = re.compile(r"^(?:(?:en|pour|d'ici|sous|dans|avant|a|au|des|courant|a l'horizon) [^,]{1,30}, ?)")
_NON_PARTICIPLE = re.compile(r"(?:ee?s?)$")


def _has_accents(text: str) -> bool:
    return any(unicodedata.normalize("NFD", c) != c for c in text if c.isalpha())


def _last_word(orig: str, start: int, end: int) -> str:
    words = re.findall(r"[^\W\d_]+", orig[start:end])
    return words[-1].lower() if words else ""


def _participle(orig: str, m: re.Match, accented: bool) -> bool:
    """A past participle in -é: without accents in the text, trust the folded form."""
    word = _last_word(orig, m.start(), m.end())
    if not accented or not _NON_PARTICIPLE.search(fold(word)):
        return True
    return "é" in word[-4:]


def _present(orig: str, m: re.Match, accented: bool) -> bool:
    """A present form (« réalise »), not a participle (« réalisé »)."""
    word = _last_word(orig, m.start(), m.end())
    return not (accented and word.endswith(("é", "ée", "és", "ées")))


_COMPARED = re.compile(r"\b(?:contre|par rapport (?:a|au|aux)|vs\.?|compare(?:e|s|es)? a|qu'|que|plus qu|moins qu)[^,;.]{0,25}$")


def _search(name: str, folded: str, orig: str, accented: bool) -> re.Match | None:
    """First match of a veto cue, skipping participles read as present forms and the
    past of a comparison (« contre 850 l'an dernier »)."""
    for m in grammar()[name].finditer(folded):
        if name == "passive" and not _participle(orig, m, accented):
            continue
        if name == "past" and (not _participle(orig, m, accented) or _COMPARED.search(folded[:m.start()])
                               or orig[m.start():m.start() + 1] in ("à", "À")):
            continue
        if name == "stative_verbs" and not _present(orig, m, accented):
            continue
        return m
    return None


def _body(folded: str) -> tuple[str, int]:
    """The statement without its « Label : » prefix and a leading time phrase."""
    offset = 0
    m = _LABEL.match(folded)
    if m and len(m.group(1).split()) <= 7 and not re.search(r"[.!?]", m.group(1)):
        offset = m.end()
    rest = folded[offset:]
    t = _LEAD_TIME.match(rest)
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
        s = _Statement(orig, folded, body, start, facts, polarity, heading)
        det.cues = self._cues(s)
        det.score = sum(c.weight for c in det.cues)
        det.veto = _veto(s, kind, det)
        det.is_goal = det.veto is None and det.score >= self.threshold
        return det

    def _cues(self, s: "_Statement") -> list[Cue]:
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


@dataclass
class _Statement:
    """One statement as the detector reads it: original and folded text, body after its label."""

    orig: str
    folded: str
    body: str
    start: int
    facts: GoalFacts
    polarity: str | None
    heading: str
    intention_at: int = -1
    intention_verb: bool = False

    @property
    def accented(self) -> bool:
        return _has_accents(self.orig)


def _third_party_veto(s: _Statement, det: Detection) -> Cue | None:
    """Forecasts, superseded plans, quotations and third parties: never the organisation's
    goal, whatever the other cues (a first-person or verbal intention excepted for forecasts)."""
    g, orig, folded = grammar(), s.orig, s.folded
    m = g["superseded"].search(folded)
    if m:
        return Cue("superseded", 0, orig[m.start():m.end()])
    m = g["quotation"].search(folded)
    if m:
        return Cue("quotation", 0, orig[m.start():min(m.end(), m.start() + 40)])
    own = any(c.name in _OWN for c in det.cues)
    m = g["forecast"].search(folded)
    if m and not own:
        return Cue("forecast", 0, orig[m.start():m.end()])
    m = g["third_party"].match(s.body)
    if m and not own:
        return Cue("third_party", 0, orig[s.start:s.start + m.end()])
    if s.intention_at > 0 and not s.intention_verb:
        m = _search("past", folded[:s.intention_at], orig, s.accented)
        if m and " " in folded[m.start():m.end()].strip():
            return Cue("past", 0, orig[m.start():m.end()])
    return None


def _veto(s: _Statement, kind: str, det: Detection) -> Cue | None:
    g, orig, folded, body, start = grammar(), s.orig, s.folded, s.body, s.start
    has_target = bool(s.facts.targets)
    strong = det.strong
    if kind == "table_header" or (kind == "heading" and not (has_target and strong)):
        return Cue("heading", 0)
    if folded.rstrip().endswith(":") and not has_target:
        return Cue("heading", 0, orig[-40:])
    veto = _third_party_veto(s, det)
    if veto is not None:
        return veto
    if strong:
        if not any(c.name in ("intention", "wish", "goal_verb") for c in det.cues):
            m = _search("past", folded, orig, s.accented)
            if m:
                return Cue("past", 0, orig[m.start():m.end()])
        return None
    for name in ("context_start", "past", "stative_verbs", "stative_states", "passive", "budget", "market"):
        m = _search(name, folded, orig, s.accented)
        if m:
            return Cue(name, 0, orig[m.start():m.end()])
    m = g["task_verb"].match(body)
    if m and not has_target and s.facts.kpi is None and s.polarity != "goal":
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
