"""``Analyzer``: spaCy pipeline → facts → dates → features → verdicts → rewrite."""
from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from datetime import date
from functools import lru_cache
from itertools import islice
from typing import TYPE_CHECKING, Any, Iterable, Iterator

from .analysis import CRITERIA, Analysis, Baseline, Deadline, SpanRef, Target
from .errors import InvalidInput, SmartNLPError, check_goal_text, goal_failure, parse_ref_date
from .extract.deadlines import beyond_calendar, pick_deadline
from .extract.facts import GoalFacts
from .features import ambition, extract_features
from .lang.fr import load
from .nlp import MODEL, build_nlp
from .plan import alternatives, milestones, summarize_ambition
from .advise import advise
from .scoring import RuleScorer
from .scoring.explain import describe_targets, format_date
from .text import fold, typography

if TYPE_CHECKING:
    from spacy.tokens import Doc


DEFAULT_MODEL_DIR = Path(__file__).resolve().parent.parent / "models"


def load_scorer(model: str | Path | None = None) -> Any:
    """The criterion scorer for ``model`` (see ``Analyzer``)."""
    from .scoring.learned import LearnedScorer

    if model == "rules":
        return RuleScorer()
    if model is None:
        env = os.environ.get("SMART_NLP_MODEL")
        model = env if env else DEFAULT_MODEL_DIR if (DEFAULT_MODEL_DIR / "meta.json").exists() else "rules"
        if model == "rules":
            return RuleScorer()
    path = Path(model)
    if not (path / "meta.json").exists():
        raise InvalidInput(f"modèle introuvable : {path} (pas de meta.json ; lancez « smart-nlp train »)")
    return LearnedScorer.load(path)


@dataclass
class GoalInput:
    """One goal to analyse, with its own optional id and reference date."""

    text: str
    id: str | None = None
    ref_date: date | str | None = None


class Analyzer:
    """Loads the pipeline once; analyses one goal or streams many through ``nlp.pipe``."""

    def __init__(self, model: str | Path | None = None, spacy_model: str = MODEL, scorer: Any = None,
                 locale: str | None = None):
        """``model``: a trained model folder, ``"rules"`` for rules only, or None for the
        default (``$SMART_NLP_MODEL``, else the shipped ``models/``, else rules).
        ``locale`` (« fr-CA »…) tells how to read a bare « $ » when the goal does not."""
        self.nlp = build_nlp(spacy_model)
        self.model = model
        self.scorer = scorer or load_scorer(model)
        self.locale = locale

    def analyze(self, text: str, ref_date: date | str | None = None, id: str | None = None,
                locale: str | None = None) -> Analysis:
        """Analyse one goal; a goal that cannot be analysed raises its ``SmartNLPError``."""
        text, ref = check_goal_text(text), parse_ref_date(ref_date)
        result = self.answer(self._facts([text], locale)[0], ref, id)
        if isinstance(result, SmartNLPError):
            raise result
        return result

    def pipe(self, goals: Iterable[GoalInput | str | SmartNLPError], ref_date: date | str | None = None,
             batch_size: int = 256, n_process: int = 1) -> Iterator[Analysis | SmartNLPError]:
        """Analyse many goals in input order; a bad goal yields its error, not an exception.

        Items that are already errors (a bad input line) are passed through in place.
        With ``n_process > 1`` (capped at the cores this process may use) the goals are
        cut into chunks analysed by worker processes, each with its own pipeline;
        results keep the input order.
        """
        default_ref = parse_ref_date(ref_date)
        n_process = min(n_process, available_cores())
        if n_process > 1:
            yield from _parallel_pipe(list(goals), default_ref, batch_size, n_process,
                                      None if self.model is None else str(self.model), self.locale)
            return
        items = iter(goals)
        while chunk := list(islice(items, batch_size)):
            checked = [self._check(g, default_ref) for g in chunk]
            valid = [c for c in checked if not isinstance(c, SmartNLPError)]
            facts = iter(self._facts([g.text for g, _ in valid]))
            for c in checked:
                if isinstance(c, SmartNLPError):
                    yield c
                else:
                    g, ref = c
                    yield self.answer(next(facts), ref, g.id)

    def _doc(self, text: str, locale: str | None = None) -> Doc:
        """The tokenized goal, carrying the locale its extraction reads."""
        doc = self.nlp.make_doc(text)
        doc._.smart_locale = locale or self.locale
        return doc

    def _facts(self, texts: list[str], locale: str | None = None) -> list[GoalFacts | SmartNLPError]:
        """Each text's facts, or the error that stands for them, in order.

        The ``smart_goal`` component already turns a failing text into an error on its
        ``Doc``; should the pipeline itself fail on a batch, its texts are read again
        one by one so that only the culprit fails.
        """
        try:
            docs = [self._doc(t, locale) for t in texts]
            return [_facts_of(doc) for doc in self.nlp.pipe(docs, batch_size=max(1, len(texts)))]
        except Exception as err:  # noqa: BLE001  (isolation: see the docstring)
            if len(texts) == 1:
                return [goal_failure(err)]
            return [self._facts([t], locale)[0] for t in texts]

    def answer(self, facts: GoalFacts | SmartNLPError, ref_date: date | None = None,
               id: str | None = None) -> Analysis | SmartNLPError:
        """``finish`` behind the last-resort guard: any failure is this goal's error, never a batch's."""
        if isinstance(facts, SmartNLPError):
            return facts
        try:
            result = self.finish(facts, ref_date, id)
            json.dumps(result.to_dict(), allow_nan=False)  # every answer can be written as JSON (no NaN, no inf)
            return result
        except SmartNLPError as err:
            return err
        except Exception as err:  # noqa: BLE001
            return goal_failure(err)

    @staticmethod
    def _check(g: GoalInput | str | SmartNLPError, default_ref: date) -> tuple[GoalInput, date] | SmartNLPError:
        """The goal (text made safe to analyse) with its reference date, or the error that rules it out."""
        if isinstance(g, SmartNLPError):
            return g
        g = g if isinstance(g, GoalInput) else GoalInput(g)
        try:
            text = check_goal_text(g.text)
            ref = parse_ref_date(g.ref_date) if g.ref_date is not None else default_ref
        except SmartNLPError as err:
            return err
        return GoalInput(text, g.id, g.ref_date), ref

    def finish(self, facts: GoalFacts, ref_date: date | None = None, id: str | None = None) -> Analysis:
        """Resolve the deadline, judge the criteria and suggest a rewrite."""
        ref = ref_date or date.today()
        text = facts.text
        kpis = load("kpis")
        a = Analysis(text=text, ref_date=ref, id=id)
        a.kpi = facts.kpi_id
        a.channels = list(dict.fromkeys(c.value for c in facts.channels))
        a.targets = [Target(t.extra["kind"], t.value, t.extra["unit"], t.extra["period"],
                            text[t.start:t.end], t.start, t.end) for t in facts.targets]
        if facts.baseline:
            b = facts.baseline
            a.baseline = Baseline(b.value, b.extra["unit"], b.extra["period"], text[b.start:b.end], b.start, b.end)
        picked = pick_deadline(facts.times, ref, keep_past=True)
        if picked:
            m, when = picked
            a.deadline = Deadline(when, text[m.start:m.end], m.start, m.end, m.rule)
        a.means = [SpanRef(text[m.start:m.end], m.start, m.end) for m in facts.means]
        a.funnel = _funnel(a, facts)
        targets = [{"kind": t.kind, "value": t.value, "unit": t.unit, "period": t.period} for t in a.targets]
        baseline = {"value": a.baseline.value, "unit": a.baseline.unit} if a.baseline else None
        deadline = a.deadline.date if a.deadline else None
        amb = ambition(targets, baseline, ref, deadline)
        feats = extract_features(facts, targets, baseline, ref, deadline, amb)
        ctx = {
            "kpi": a.kpi,
            "kpi_label": kpis[a.kpi]["label"] if a.kpi else None,
            "targets": targets,
            "narrowing_labels": [_narrowing_label(n) for n in facts.narrowing],
            "means_channels": list(dict.fromkeys(
                load("channels")[c.value]["label"] for c in facts.channels
                if any(m.contains(c.start, c.end) for m in facts.means))),
            "means": [m.text for m in a.means],
            "nil_means": [text[m.start:m.end] for m in facts.nil_means],
            "ambition": amb,
            "justification": text[facts.justification.start:facts.justification.end] if facts.justification else None,
            "deadline_label": format_date(deadline) if deadline else None,
            "deadline_text": a.deadline.text if a.deadline else None,
            "rate_label": describe_targets([t for t in targets if t["period"]][:1]),
            "text": text,
        }
        a.criteria = self.scorer.judge(feats, ctx)
        a.smart_score = round(100 * sum(v.score for v in a.criteria.values()) / len(CRITERIA))
        a.warnings = _warnings(text) + _deadline_warnings(a, facts, ref)
        a.facts = {"spans": [[m.start, m.end, m.label] for m in facts.spans() if m.label != "DEADLINE"]
                   + ([[a.deadline.start, a.deadline.end, "DEADLINE"]] if a.deadline else []),
                   "features": feats, "narrowing": facts.narrowing,
                   "nil_means": ctx["nil_means"], "justification": ctx["justification"],
                   "ambition": amb, "deadline_rule": a.deadline.rule if a.deadline else None}
        a.ambition = summarize_ambition(amb)
        if targets:
            a.milestones = milestones(targets[0], baseline, ref, deadline)
        if not all(v.met for v in a.criteria.values()):
            advice = advise(a, facts)
            a.suggestion, a.suggestion_notes = advice.suggestion, advice.notes
            a.is_goal = advice.suggestion is not None
            if a.is_goal:
                a.alternatives = alternatives(a, a.ambition)
            else:
                a.warnings.append(advice.notes[0])
        return a


def _facts_of(doc) -> GoalFacts | SmartNLPError:
    return doc._.smart_error if doc._.smart_error is not None else doc._.smart_facts


def available_cores() -> int:
    """Cores this process may run on (its affinity mask, not the machine's count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def _funnel(a: Analysis, facts: GoalFacts) -> str | None:
    if not a.kpi:
        return None
    stage = load("kpis")[a.kpi]["funnel"]
    said = fold(a.text[facts.kpi.start:facts.kpi.end]) if facts.kpi else ""
    if a.kpi == "acquisition_cost" and not re.search("|".join(load("kpis")[a.kpi]["think_when"]), said):
        return "do"
    if a.kpi == "downloads" and ("app" in a.channels or "payant" in fold(a.text)):
        return "do"
    return stage


def _narrowing_label(n: str) -> str:
    kind, _, value = n.partition(":")
    if kind == "channel":
        return load("channels")[value]["label"]
    return f"« {value} »"


def _deadline_warnings(a: Analysis, facts: GoalFacts, ref: date) -> list[str]:
    """A deadline already past at ``ref``, or a time beyond the calendar (after 9999)."""
    msg = load("messages")["warnings"]
    if a.deadline and a.deadline.date < ref:
        return [typography(msg["deadline_passed"].format(
            text=a.deadline.text, date=format_date(a.deadline.date), ref=format_date(ref)))]
    if not a.deadline and (m := beyond_calendar(facts.times, ref)):
        return [typography(msg["deadline_beyond_calendar"].format(text=facts.text[m.start:m.end]))]
    return []


def _warnings(text: str) -> list[str]:
    lang = load("language_id")
    words = re.findall(r"[a-zà-ÿ']+", text.lower())
    if len(words) < 4:
        return []
    fr = sum(w in lang["fr"] for w in words)
    en = sum(w in lang["en"] for w in words)
    if en > fr:
        return [typography(load("messages")["warnings"]["not_french"])]
    return []


def _pipe_chunk(chunk: list, ref: date, model: str | None, locale: str | None = None) -> list:
    analyzer = default_analyzer() if model is None and locale is None else _analyzer_for(model, locale)
    return list(analyzer.pipe(chunk, ref))


def _parallel_pipe(goals: list, ref: date, batch_size: int, n_process: int, model: str | None,
                   locale: str | None = None) -> Iterator:
    from concurrent.futures import ProcessPoolExecutor

    size = max(1, min(batch_size, -(-len(goals) // n_process)))
    chunks = [goals[i:i + size] for i in range(0, len(goals), size)]
    done: list = []
    with ProcessPoolExecutor(max_workers=n_process) as pool:  # all answered before the workers go
        futures = [pool.submit(_pipe_chunk, chunk, ref, model, locale) for chunk in chunks]
        for chunk, future in zip(chunks, futures):
            try:
                done.extend(future.result())
            except Exception as err:  # noqa: BLE001  (a lost worker fails its own chunk only)
                done.extend(g if isinstance(g, SmartNLPError) else goal_failure(err) for g in chunk)
    yield from done


@lru_cache(maxsize=1)
def default_analyzer() -> Analyzer:
    return Analyzer()


def analyze(text: str, ref_date: date | str | None = None, model: str | Path | None = None,
            locale: str | None = None) -> Analysis:
    """Analyse one French goal (SPEC section 1); ``model`` and ``locale`` as in ``Analyzer``."""
    analyzer = default_analyzer() if model is None else _analyzer_for(str(model))
    return analyzer.analyze(text, ref_date, locale=locale)


@lru_cache(maxsize=4)
def _analyzer_for(model: str | None, locale: str | None = None) -> Analyzer:
    return Analyzer(model, locale=locale)


def analyze_many(goals: Iterable[GoalInput | str], ref_date: date | str | None = None,
                 n_process: int = 1, locale: str | None = None) -> Iterator[Analysis | SmartNLPError]:
    """Stream many goals through one pipeline, in input order."""
    analyzer = default_analyzer() if locale is None else _analyzer_for(None, locale)
    return analyzer.pipe(goals, ref_date, n_process=n_process)
