"""Means and reasons that fit the kind of organisation (tests/examples/fr/trade9.yaml, frozen
before the work): a shelter's reason is animals placed, a choir finds singers at rehearsals
and concerts, not with a donation drive, a town or an association is never told about
clients, profitability or B2B, a web shop holds no tasting and a service without premises
opens no points of sale. The share of goals with every property holds as a floor (main before the
work: 26 of 46; after: 40 of 46)."""
from __future__ import annotations

from conftest import load_examples
from rewrite_support import assert_none_fail, assert_share, report_shown
from test_trade7 import faults

CASES = load_examples("trade9")
FIXES = load_examples("trade9_fixes")
FLOOR = 40 / 46


def test_means_and_reasons_fit_the_organisation(analyzer):
    assert_share(CASES, lambda c: faults(analyzer, c), FLOOR)


def test_bugs_fixed_on_the_way_stay_fixed(analyzer):
    assert_none_fail(FIXES, lambda c: faults(analyzer, c))


if __name__ == "__main__":
    report_shown(CASES + FIXES, faults)
