"""Rewrites for trades outside retail (tests/examples/fr/rewrite_trades6b.yaml, frozen before
the work): a practice, a care home or a funeral service gets means and reasons of its own
trade, never a shop's nor « améliorer la rentabilité ». The share of goals with every
property holds as a floor (main before the work: 3 of 10; after the trades practice, care_home and funeral:
9 of 10)."""
from __future__ import annotations

import re

from conftest import load_examples
from rewrite_support import assert_share, shown as shown_sentence

CASES = load_examples("rewrite_trades6b")
FLOOR = 9 / 10


def faults(analyzer, case: dict) -> list[str]:
    """What the rewrite of ``case`` gets wrong, by property."""
    shown = shown_sentence(analyzer.analyze(case["text"], "2026-12-07"))
    if not shown:
        return ["no rewrite"]
    out = [f"says {p!r}" for p in case.get("lacks", []) if p in shown]
    if "match" in case and not re.search(case["match"], shown):
        out.append(f"no match {case['match']!r}")
    return out


def test_trades_outside_retail_get_means_and_reasons_of_their_own(analyzer):
    assert_share(CASES, lambda c: faults(analyzer, c), FLOOR)
