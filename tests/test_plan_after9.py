"""A goal said as a noun group with its figure and deadline keeps its figure as the target
when a sentence of the plan follows (« On va tenir un stand… »); a past result followed by
a plan keeps its figure out of the targets (tests/examples/fr/plan_after9.yaml, frozen
before the change)."""
from __future__ import annotations

import pytest

from conftest import example_params


@pytest.mark.parametrize("case", example_params("plan_after9"))
def test_a_plan_after_the_goal_leaves_its_figure_the_target(analyzer, case):
    a = analyzer.analyze(case["text"], "2026-12-07")
    values = [t.value for t in a.targets]
    if case["target"] is None:
        assert values == []
    else:
        assert values[:1] == [case["target"]] and a.is_goal, (values, a.suggestion_notes[:1])
