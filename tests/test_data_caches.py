"""The patterns built from the language data are built once, not goal after goal: a cache
too small for the keys it is asked (or asked one key two ways) rebuilds them, which
changes no output and only shows as lost speed (issue 10)."""
from __future__ import annotations

from pathlib import Path

import yaml

import smart_nlp
from smart_nlp.advise.defaults import verb_rx
from smart_nlp.advise.organisation import _kinds

ROOT = Path(__file__).resolve().parent.parent


def test_reading_goals_again_rebuilds_no_data_pattern():
    goals = yaml.safe_load((ROOT / "tests/examples/fr/speed7b.yaml").read_text(encoding="utf-8"))
    for goal in goals:
        smart_nlp.analyze(goal, ref_date="2026-12-07")
    before = {f: f.cache_info().misses for f in (_kinds, verb_rx)}
    for goal in goals:
        smart_nlp.analyze(goal, ref_date="2026-12-07")
    assert {f: f.cache_info().misses for f in before} == before
