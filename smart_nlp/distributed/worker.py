"""One analyzer per worker, loaded once, and the function that turns goals into rows.

``AnalyzerPlugin`` loads the analyzer when a worker starts (and on workers that join
later), so no task pays the model's load time and nothing heavy is ever serialised:
tasks carry file offsets, workers hold the model. Outside a Dask worker (the
synchronous scheduler, a plain call) the process-wide analyzer is used instead.
"""
from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Any, Iterable

from distributed import WorkerPlugin, get_worker

from ..analyzer import Analyzer, GoalInput, default_analyzer
from ..errors import SmartNLPError
from ..lang.fr import message
from .columns import error_row, flatten

PLUGIN_NAME = "smart-nlp-analyzer"


class AnalyzerPlugin(WorkerPlugin):
    """Loads the analyzer for ``model`` (None: the default one) on every worker."""

    name = PLUGIN_NAME

    def __init__(self, model: str | None = None):
        self.model = model
        self.analyzer: Analyzer | None = None

    def setup(self, worker: Any) -> None:
        self.analyzer = load(self.model)


@lru_cache(maxsize=2)
def load(model: str | None) -> Analyzer:
    """The process-wide analyzer for ``model`` (shared by the threads of one worker process)."""
    return default_analyzer() if model is None else Analyzer(model)


def worker_analyzer(model: str | None) -> Analyzer:
    """This worker's analyzer (from its plugin), else the process-wide one."""
    try:
        plugin = get_worker().plugins.get(PLUGIN_NAME)
    except ValueError:
        plugin = None
    if plugin is not None and plugin.model == model and plugin.analyzer is not None:
        return plugin.analyzer
    return load(model)


Located = tuple[str | None, int | None, "GoalInput | SmartNLPError"]


def analyze_rows(goals: list[Located], ref_date: date, model: str | None) -> list[dict[str, Any]]:
    """One flat row per goal, in order; a goal that fails is an error row, never an exception."""
    analyzer = worker_analyzer(model)
    items = [g for _, _, g in goals]
    try:
        results = list(analyzer.pipe(items, ref_date))
    except Exception:  # one goal broke the batch: analyse them one by one to isolate it
        results = [_one(analyzer, g, ref_date) for g in items]
    return [_row(result, item, source, line) for (source, line, item), result in zip(goals, results)]


def _one(analyzer: Analyzer, goal: GoalInput | SmartNLPError, ref_date: date) -> Any:
    if isinstance(goal, SmartNLPError):
        return goal
    try:
        return next(iter(analyzer.pipe([goal], ref_date)))
    except Exception as err:
        return err


def _row(result: Any, item: Any, source: str | None, line: int | None) -> dict[str, Any]:
    if isinstance(result, BaseException):
        ident = getattr(item, "id", None) or getattr(item, "goal_id", None)
        text = item.text if isinstance(item, GoalInput) and isinstance(item.text, str) else None
        return error_row(_message(result), source, line, ident, text)
    return flatten(result.to_dict(), source, line)


def _message(err: BaseException) -> str:
    if isinstance(err, SmartNLPError):
        return str(err)
    return message("distributed", "errors.unexpected", kind=type(err).__name__)


def analyze_goals(goals: Iterable[GoalInput | str], ref_date: date, model: str | None = None,
                  source: str | None = None) -> list[dict[str, Any]]:
    """Rows for goals given in memory (a DataFrame partition): no line numbers."""
    return analyze_rows([(source, None, g) for g in goals], ref_date, model)
