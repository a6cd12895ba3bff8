"""Count the goals of tests/examples/fr/kpi_spans.yaml whose rewrite says the user's noun
phrase well (issue 11, family 1), and those that also keep the user's figures.

Usage:
    python benchmarks/kpi_spans.py        # figures
    python benchmarks/kpi_spans.py -v     # and every rewrite that fails, with why

The goals are our own, written before the phrase reader was built (see the YAML header).
"""
from __future__ import annotations

import sys
from pathlib import Path

from smart_nlp import Analyzer

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from test_kpi_spans import CASES, fact_faults, faults  # noqa: E402


def main(verbose: bool) -> None:
    analyzer = Analyzer()
    phrase = both = 0
    for case in CASES:
        suggestion = analyzer.analyze(case["text"], "2026-12-07").suggestion
        wrong, lost = faults(suggestion, case), fact_faults(suggestion, case)
        phrase += not wrong
        both += not (wrong or lost)
        if verbose and (wrong or lost):
            print(f"- {case['text']}\n  → {suggestion}\n  {wrong + lost}")
    print(f"KPI phrase right: {phrase}/{len(CASES)}; and the user's figures kept: {both}/{len(CASES)}")


if __name__ == "__main__":
    main("-v" in sys.argv)
