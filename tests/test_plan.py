"""Milestones and ambition: the arithmetic of the target over time."""
from __future__ import annotations

from datetime import date

import pytest

from smart_nlp.plan import ambition_summary, milestones

REF = date(2026, 1, 15)


def test_factor_over_three_months_is_geometric_and_monthly():
    ms = milestones({"kind": "factor", "value": 8, "unit": None, "period": None}, None, REF, date(2026, 4, 15))
    assert [m["date"] for m in ms] == ["2026-02-15", "2026-03-15", "2026-04-15"]
    assert [m["progress"] for m in ms] == ["×2", "×4", "×8"]


def test_delta_is_linear_and_uses_the_baseline_unit():
    ms = milestones({"kind": "delta", "value": 300, "unit": None, "period": None}, {"value": 1000, "unit": None},
                    REF, date(2026, 4, 15))
    assert [m["value"] for m in ms] == [1100, 1200, 1300]


def test_beyond_six_months_milestones_are_quarterly():
    ms = milestones({"kind": "percent_change", "value": 21, "unit": "%", "period": None}, None, REF, date(2027, 1, 15))
    assert [m["date"] for m in ms] == ["2026-04-15", "2026-07-15", "2026-10-15", "2027-01-15"]
    assert ms[-1]["progress"] == "+21\u00a0%"


def test_level_with_baseline_reaches_the_target_on_the_deadline():
    ms = milestones({"kind": "level", "value": 4000, "unit": None, "period": "month"},
                    {"value": 3000, "unit": None}, REF, date(2026, 7, 15))
    assert ms[-1]["value"] == 4000 and ms[0]["value"] > 3000
    assert all(a["value"] < b["value"] for a, b in zip(ms, ms[1:]))


@pytest.mark.parametrize("target, baseline, deadline", [
    ({"kind": "level", "value": 500, "unit": None, "period": None}, None, date(2026, 6, 30)),
    ({"kind": "factor", "value": 2, "unit": None, "period": None}, None, None),
    ({"kind": "percent_change", "value": 5, "unit": "%", "period": "month"}, None, date(2026, 6, 30)),
])
def test_no_milestones_when_they_cannot_be_computed(target, baseline, deadline):
    assert milestones(target, baseline, REF, deadline) == []


def test_ambition_sentence_puts_growth_in_perspective():
    amb = ambition_summary([{"kind": "factor", "value": 10, "unit": None, "period": None}], None, REF, date(2026, 4, 15))
    assert amb["text"].startswith("×10 en 3 mois, soit ×10\u202f000 par an")
    assert "+115,4\u00a0% par mois" in amb["text"]
    assert amb["moderate"] is False
    moderate = ambition_summary([{"kind": "percent_change", "value": 15, "unit": "%", "period": None}], None, REF,
                                date(2026, 7, 15))
    assert moderate["moderate"] is True


def test_absurd_growth_stays_finite_and_readable():
    amb = ambition_summary([{"kind": "factor", "value": 1e9, "unit": None, "period": None}], None, REF,
                           date(2026, 1, 16))
    assert "plus de ×1\u202f000\u202f000 par an" in amb["text"]
    assert amb["moderate"] is False


def test_impossible_cuts_have_no_milestones():
    assert milestones({"kind": "percent_change", "value": -150, "unit": "%", "period": None}, None, REF,
                      date(2026, 12, 31)) == []
