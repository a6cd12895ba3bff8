"""Vague wishes and goals whose KPI is not recognised (tests/examples/fr/wish8.yaml, frozen
before the work): the rewrite proposes a measure the business counts itself, sized for it
(no survey for a small structure), said for its trade or for what the verb acts on, keeping
the user's public and place, never a competitor as the user's channel and never an empty
indicator. The share of goals with every property holds as a floor (main before the
work: 13 of 40; after: 20 of 40). Twelve of the set's wishes said with a word of reach
(« me faire connaître », « plus visible ») expected a count of requests; the analyzer reads
their KPI as reach and a rewrite never swaps it (tests/test_rewrite.py), so they get the
views of the business's Google listing or page instead, and fail only on that kpi."""
from __future__ import annotations

import re

from conftest import load_examples
from rewrite_support import assert_share, fill, report, shown as shown_sentence

CASES = load_examples("wish8")
FLOOR = 20 / 40
SURVEY, EMPTY = "notoriété assistée", "indicateur à préciser"


def faults(analyzer, case: dict) -> list[str]:
    """What the rewrite of ``case`` gets wrong, by property."""
    shown = shown_sentence(analyzer.analyze(case["text"], "2026-12-07"))
    if not shown:
        return ["no rewrite"]
    lacks = case.get("lacks", []) + [EMPTY] + ([] if case.get("survey_ok") else [SURVEY])
    out = [f"says {p!r}" for p in lacks if p in shown]
    out += [f"no match {p!r}" for p in case.get("has", []) if not re.search(p, shown)]
    kpi = analyzer.analyze(fill(shown), "2026-12-07").kpi
    if kpi not in case["kpi"]:
        out.append(f"read as {kpi}")
    return out


def test_wishes_become_a_measure_the_business_counts_itself(analyzer):
    assert_share(CASES, lambda c: faults(analyzer, c), FLOOR)


if __name__ == "__main__":
    from smart_nlp import Analyzer
    report(CASES, lambda c: faults(Analyzer(), c))
