"""Goal → the KPI phrase of its rewrite (tests/examples/fr/kpi_phrases.yaml): the user's
measured noun phrase kept whole, nothing glued, nothing made up."""
from __future__ import annotations

import pytest

from conftest import load_examples

CASES = load_examples("kpi_phrases")


@pytest.mark.parametrize("case", [pytest.param(c, id=f"{i:02d}-{c['text'][:40]}") for i, c in enumerate(CASES)])
def test_rewrite_says_the_users_kpi_phrase(analyzer, case):
    suggestion = analyzer.analyze(case["text"], case.get("ref_date", "2027-01-15")).suggestion
    assert suggestion is not None
    assert case["says"] in suggestion  # accents and agreement as written
    for bad in case.get("never", []):
        assert bad not in suggestion
