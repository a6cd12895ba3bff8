"""The own set of helper kpi10 (tests/examples/fr/kpi10.yaml, frozen before its change).

Issue 10's KPI families in voices unlike the corpus: staff and operations (no KPI),
satisfaction, loyalty programmes, a count said in another clause, the means said first,
sales in money, visitors, members, audience measures, misspelt and regional words. A
measure, not a list to fit: a floor per field, a little under the figure measured once the
work was done.
"""
from __future__ import annotations

from collections import Counter

import pytest

from conftest import REF_DATE, example_params, load_examples

# Frozen at kpi 0.863, funnel 0.863 (63/73 each, main ab72779); after the work 1.000 for both.
FLOORS = {"kpi": 0.97, "funnel": 0.97}


def wrong(analyzer, field: str) -> list[dict]:
    """The rows of kpi10.yaml whose ``field`` the analyzer gets wrong."""
    return [e for e in load_examples("kpi10") if analyzer.analyze(e["text"], REF_DATE).to_dict()[field] != e[field]]


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_kpi10_stays_above_its_floor(analyzer, field):
    examples = load_examples("kpi10")
    bad = wrong(analyzer, field)
    assert 1 - len(bad) / len(examples) >= FLOORS[field], f"{field} wrong on: {[e['text'] for e in bad]}"


@pytest.mark.parametrize("example", example_params("kpi10_fixes"))
def test_kpi10_fixes(analyzer, example):
    """One case per family fixed (tests/examples/fr/kpi10_fixes.yaml): its KPI id is exact."""
    assert analyzer.analyze(example["text"], REF_DATE).to_dict()["kpi"] == example["kpi"], example["family"]


if __name__ == "__main__":
    from smart_nlp.analyzer import Analyzer

    an, rows = Analyzer(), load_examples("kpi10")
    for f in sorted(FLOORS):
        bad = wrong(an, f)
        print(f"{f}: {1 - len(bad) / len(rows):.3f} ({len(rows) - len(bad)}/{len(rows)})",
              dict(Counter(e["family"] for e in bad)))
        for e in bad:
            got = an.analyze(e["text"], REF_DATE).to_dict()[f]
            print(f"   [{e['family']}] got {got} want {e[f]}: {e['text']}")
