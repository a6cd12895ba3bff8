"""Milestones and ambition: the arithmetic of the target over time."""
from __future__ import annotations

from datetime import date

import pytest

from smart_nlp.analysis import Baseline, Target
from smart_nlp.plan import ambition_summary, milestones

REF = date(2026, 1, 15)


def T(kind: str, value: float, unit: str | None = None, period: str | None = None) -> Target:
    return Target(kind, value, unit, period, "", 0, 0)


def B(value: float, unit: str | None = None) -> Baseline:
    return Baseline(value, unit, None, "", 0, 0)


def test_factor_over_three_months_is_geometric_and_monthly():
    ms = milestones(T("factor", 8), None, REF, date(2026, 4, 15))
    assert [m["date"] for m in ms] == ["2026-02-15", "2026-03-15", "2026-04-15"]
    assert [m["progress"] for m in ms] == ["×2", "×4", "×8"]


def test_delta_is_linear_and_uses_the_baseline_unit():
    ms = milestones(T("delta", 300), B(1000),
                    REF, date(2026, 4, 15))
    assert [m["value"] for m in ms] == [1100, 1200, 1300]


def test_beyond_six_months_milestones_are_quarterly():
    ms = milestones(T("percent_change", 21, "%"), None, REF, date(2027, 1, 15))
    assert [m["date"] for m in ms] == ["2026-04-15", "2026-07-15", "2026-10-15", "2027-01-15"]
    assert ms[-1]["progress"] == "+21\u00a0%"


def test_level_with_baseline_reaches_the_target_on_the_deadline():
    ms = milestones(T("level", 4000, None, "month"),
                    B(3000), REF, date(2026, 7, 15))
    assert ms[-1]["value"] == 4000 and ms[0]["value"] > 3000
    assert all(a["value"] < b["value"] for a, b in zip(ms, ms[1:]))


@pytest.mark.parametrize("target, baseline, deadline", [
    (T("level", 500), None, date(2026, 6, 30)),
    (T("factor", 2), None, None),
    (T("percent_change", 5, "%", "month"), None, date(2026, 6, 30)),
])
def test_no_milestones_when_they_cannot_be_computed(target, baseline, deadline):
    assert milestones(target, baseline, REF, deadline) == []


def test_ambition_sentence_puts_growth_in_perspective():
    amb = ambition_summary([T("factor", 10)], None, REF, date(2026, 4, 15))
    assert amb["text"].startswith("×10 en 3 mois, soit ×10\u202f000 par an")
    assert "+115,4\u00a0% par mois" in amb["text"]
    assert amb["moderate"] is False
    moderate = ambition_summary([T("percent_change", 15, "%")], None, REF,
                                date(2026, 7, 15))
    assert moderate["moderate"] is True


def test_absurd_growth_stays_finite_and_readable():
    amb = ambition_summary([T("factor", 1e9)], None, REF,
                           date(2026, 1, 16))
    assert "plus de ×1\u202f000\u202f000 par an" in amb["text"]
    assert amb["moderate"] is False


def test_impossible_cuts_have_no_milestones():
    assert milestones(T("percent_change", -150, "%"), None, REF,
                      date(2026, 12, 31)) == []
