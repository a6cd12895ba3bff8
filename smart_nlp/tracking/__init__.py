"""Measure and adjust: follow goals against their actual figures.

    import smart_nlp
    result = smart_nlp.track("Passer de 200 à 500 ventes en ligne d'ici le 30 juin 2027",
                             [("2027-01-31", 240), ("2027-02-28", 275)], ref_date="2027-01-01")
    result.progress.status      # 'on_track'
    result.advice               # French advice with its arithmetic

Stages: ``measurements`` (read CSV/XLSX rows) → ``progress`` (plan, trend, status) →
``advice`` (French wording) → ``report`` (text, HTML with an SVG chart, Markdown, JSON, CSV).
"""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Iterable

from ..analysis import Analysis
from .core import GoalTracking, follow, follow_many
from .measurements import Measurement, from_pairs, read_measurements

__all__ = ["track", "GoalTracking", "Measurement", "follow", "follow_many", "read_measurements"]


def _measurements(data: str | Path | Iterable) -> list[Measurement]:
    if isinstance(data, (str, Path)):
        return read_measurements(data)
    items = list(data)
    if items and all(isinstance(m, Measurement) for m in items):
        return items
    return from_pairs(items)


def track(goal: str | Analysis, measurements: str | Path | Iterable, ref_date: date | str | None = None,
          model: str | None = None) -> GoalTracking:
    """Follow one goal (its text or its analysis) against measurements: a CSV/XLSX path,
    (date, value) pairs, or ``Measurement`` objects."""
    if isinstance(goal, str):
        from ..analyzer import analyze

        goal = analyze(goal, ref_date=ref_date, model=model)
    return follow(goal, _measurements(measurements))
