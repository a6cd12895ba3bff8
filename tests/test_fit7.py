"""Rewrites that read like a coach's (tests/examples/fr/fit7.yaml, frozen before the
session-7 fit7 work): a date no calendar has or one already past becomes a real date in
brackets, not a default; a means fits the trade and the channel and is never the
managerial default; a goal to come is rewritten. The share of goals with every property
holds as a floor (see FLOOR's comment)."""
from __future__ import annotations

from conftest import load_examples
from rewrite_support import assert_share, shown as shown_sentence, word_faults

CASES = load_examples("fit7")
FLOOR = 26 / 26  # main before the work: 12 of 24 (the last two, added with their fix, failed too); after: 26


def faults(analyzer, case: dict) -> list[str]:
    """What the rewrite of ``case`` gets wrong."""
    a = analyzer.analyze(case["text"], str(case["ref_date"]))
    shown = shown_sentence(a)
    if not shown:
        return ["no rewrite"] if case.get("rewritten") or case.get("has") else []
    out = word_faults(shown, case)
    return out


def test_the_rewrites_fit_the_goal(analyzer):
    assert_share(CASES, lambda c: faults(analyzer, c), FLOOR)
