"""The own set of helper others9 (tests/examples/fr/others9.yaml, the goals of corpus/dev_voices9.jsonl).

Issue 10's families on French written by others: a figure in the baseline role, counts that
qualify the population or belong to the means, spoken numbers, a target after an anaphoric
verb, a currency carried from an earlier figure, KPI nouns. A measure, not a list to fit: a
floor per field, a little under the figures measured once the work was done.
"""
from __future__ import annotations

import pytest

from conftest import example_params, load_examples
from test_extraction_examples import _analyze, _expected, _fields

# Frozen before any code change at kpi 0.853, targets 0.706, baseline 0.838, funnel 0.897,
# deadline 0.971, has_means 0.941; after the work kpi 0.912, targets 0.941, baseline 0.971,
# funnel 0.926, deadline 0.985, has_means 0.941.
FLOORS = {"kpi": 0.90, "targets": 0.93, "baseline": 0.95, "funnel": 0.91, "deadline": 0.97, "has_means": 0.93}


def _pair(got: dict, example: dict, field: str) -> tuple:
    """(got, expected) of one field of an others9.yaml row."""
    if field in ("targets", "baseline", "deadline"):
        return _fields(got)[field], _expected(example)[field]
    if field == "has_means":
        return bool(got["means"]), example["has_means"]
    return got[field], example[field]


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_others9_stay_above_their_floor(analyzer, field):
    examples = load_examples("others9")
    wrong = [e["text"] for e in examples if (p := _pair(_analyze(analyzer, e), e, field))[0] != p[1]]
    assert 1 - len(wrong) / len(examples) >= FLOORS[field], f"{field} wrong on: {wrong}"


@pytest.mark.parametrize("example", example_params("others9_fixes"))
def test_others9_fixes(analyzer, example):
    """One case per family fixed: each field the case names is exact."""
    got = _analyze(analyzer, example)
    full = {"targets": [], "baseline": None, **example}
    for field in ("targets", "baseline", "kpi"):
        if field in example:
            pair = _pair(got, full, field)
            assert pair[0] == pair[1], (field, example["text"])
