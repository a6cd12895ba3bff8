"""``Analyzer``: runs the stages extract → resolve → featurize → judge → advise on each goal.

The extractors read characters, not spaCy tokens or tags, so the analyzer runs them on
the text directly: no spaCy import, no tokenizer to build (see README, *Why no spaCy on
the hot path*). ``smart_nlp.components.goal`` wraps the same extraction for pipelines.
Each goal is isolated: any failure becomes that goal's error, never a batch's.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from .advise.several import hand_back
from .analysis import Analysis
from .conclude import conclude
from .errors import InvalidInput, SmartNLPError, check_goal_text, goal_failure, parse_ref_date, say
from .extract import extract_goal
from .extract.facts import GoalFacts
from .features import featurize
from .resolve import resolve
from .scoring import RuleScorer


def shipped_model():
    """The model folder shipped inside the package (``smart_nlp/models``), as a resource."""
    from importlib import resources

    return resources.files("smart_nlp") / "models"


def load_scorer(model: str | Path | None = None) -> Any:
    """The criterion scorer for ``model`` (see ``Analyzer``)."""
    if model is None:
        model = os.environ.get("SMART_NLP_MODEL") or None
    if model == "rules":
        return RuleScorer()
    from .scoring.learned import LearnedScorer

    if model is None:
        return LearnedScorer.load(shipped_model())
    path = Path(model)
    if not (path / "meta.json").is_file():
        raise InvalidInput(say("model_missing", path=path))
    return LearnedScorer.load(path)


@dataclass
class GoalInput:
    """One goal to analyse, with its own optional id and reference date."""

    text: str
    id: str | None = None
    ref_date: date | str | None = None


class Analyzer:
    """Loads the scorer once; analyses one goal or streams many, in input order."""

    def __init__(self, model: str | Path | None = None, scorer: Any = None, locale: str | None = None):
        """``model``: a trained model folder, ``"rules"`` for rules only, or None for the
        default (``$SMART_NLP_MODEL``, else the model shipped in the package).
        ``locale`` (« fr-CA »…) tells how to read a bare « $ » when the goal does not."""
        self.model = model
        self.scorer = scorer or load_scorer(model)
        self.locale = locale

    def analyze(self, text: str, ref_date: date | str | None = None, id: str | None = None,
                locale: str | None = None) -> Analysis:
        """Analyse one goal; a goal that cannot be analysed raises its ``SmartNLPError``."""
        text, ref = check_goal_text(text), parse_ref_date(ref_date)
        result = self.answer(_facts(text, locale or self.locale), ref, id)
        if isinstance(result, SmartNLPError):
            raise result
        return result

    def pipe(self, goals: Iterable[GoalInput | str | SmartNLPError], ref_date: date | str | None = None,
             n_process: int = 1, render: Callable[[Analysis], Any] | None = None) -> Iterator[Any]:
        """Analyse many goals in input order; a bad goal yields its error, not an exception.

        Items that are already errors (a bad input line) are passed through in place.
        ``render`` (a module-level function) turns each analysis into what the caller
        writes, e.g. a JSON line, in the worker. With ``n_process > 1`` (capped at the
        cores this process may use) the goals are cut into a few large chunks analysed by
        worker processes; results keep the input order.
        """
        default_ref = parse_ref_date(ref_date)
        n_process = min(n_process, available_cores())
        if n_process > 1:
            yield from _parallel_pipe(self, list(goals), default_ref, n_process, render)
            return
        for g in goals:
            yield self._analyze_checked(self._check(g, default_ref), render)

    def _analyze_checked(self, checked: tuple[GoalInput, date] | SmartNLPError,
                         render: Callable[[Analysis], Any] | None = None) -> Any:
        if isinstance(checked, SmartNLPError):
            return checked
        g, ref = checked
        result = self.answer(_facts(g.text, self.locale), ref, g.id)
        return render(result) if render and isinstance(result, Analysis) else result

    def answer(self, facts: GoalFacts | SmartNLPError, ref_date: date | None = None,
               id: str | None = None) -> Analysis | SmartNLPError:
        """``finish`` behind the last-resort guard: any failure is this goal's error, never a batch's."""
        if isinstance(facts, SmartNLPError):
            return facts
        try:
            return self.finish(facts, ref_date, id)
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
        """The stages after extraction: resolve → featurize → judge → advise (see ARCHITECTURE.md);
        a text with two goals also analyses each alone, for one sentence per goal."""
        ref = ref_date or date.today()
        a = self._stages(facts, ref, id)
        if facts.goals:
            hand_back(a, facts.goals, [self._stages(p.facts, ref) for p in facts.goals])
        return a

    def _stages(self, facts: GoalFacts, ref: date, id: str | None = None) -> Analysis:
        resolved = resolve(facts, ref)
        evidence = featurize(resolved)
        return conclude(resolved, evidence, self.scorer.judge(evidence), id)


def _facts(text: str, locale: str | None = None) -> GoalFacts | SmartNLPError:
    """The text's facts, or the error that stands for them (the extractors never stop a batch)."""
    try:
        return extract_goal(text, locale)
    except Exception as err:  # noqa: BLE001  (isolation: one goal, one error)
        return goal_failure(err)


def available_cores() -> int:
    """Cores this process may run on (its affinity mask, not the machine's count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


_worker: Analyzer | None = None


def _init_worker(analyzer: Analyzer) -> None:
    global _worker
    _worker = analyzer


def _pipe_chunk(chunk: list, render: Callable[[Analysis], Any] | None) -> list:
    return [_worker._analyze_checked(c, render) for c in chunk]


def _parallel_pipe(analyzer: Analyzer, goals: list, ref: date, n_process: int,
                   render: Callable[[Analysis], Any] | None) -> Iterator:
    """A few large chunks per process keep the inter-process traffic small; with
    ``fork`` each worker inherits the loaded analyzer instead of loading its own.
    Results are yielded inside the pool, chunk by chunk, in input order."""
    from concurrent.futures import ProcessPoolExecutor
    from functools import partial

    checked = [Analyzer._check(g, ref) for g in goals]
    size = max(1, -(-len(checked) // (4 * n_process)))
    chunks = [checked[i:i + size] for i in range(0, len(checked), size)]
    with ProcessPoolExecutor(max_workers=n_process, initializer=_init_worker, initargs=(analyzer,)) as pool:
        futures = [pool.submit(partial(_pipe_chunk, render=render), chunk) for chunk in chunks]
        for chunk, future in zip(chunks, futures):
            try:
                results = future.result()
            except Exception as err:  # noqa: BLE001  (a lost worker fails its own chunk only)
                results = [c if isinstance(c, SmartNLPError) else goal_failure(err) for c in chunk]
            yield from results


@lru_cache(maxsize=8)
def analyzer_for(model: str | None = None, locale: str | None = None) -> Analyzer:
    """One shared analyzer per model and locale setting (None: the defaults)."""
    return Analyzer(model, locale=locale)


def default_analyzer() -> Analyzer:
    return analyzer_for(None)


def analyze(text: str, ref_date: date | str | None = None, model: str | Path | None = None,
            locale: str | None = None) -> Analysis:
    """Analyse one French goal (``docs/contract.md``); ``model`` and ``locale`` as in ``Analyzer``."""
    return analyzer_for(None if model is None else str(model)).analyze(text, ref_date, locale=locale)


def analyze_many(goals: Iterable[GoalInput | str], ref_date: date | str | None = None,
                 n_process: int = 1, locale: str | None = None) -> Iterator[Analysis | SmartNLPError]:
    """Analyse many goals with the default model, in input order."""
    return analyzer_for(None, locale).pipe(goals, ref_date, n_process=n_process)
