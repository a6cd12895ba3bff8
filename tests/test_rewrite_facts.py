"""Goal → what the rewrite keeps and never says (tests/examples/fr/rewrite_facts.yaml): a
stated current value is the start, a stated period is kept, places keep their preposition,
and the defaults fit the organisation and its trade (SPEC section 6)."""
from __future__ import annotations

import re

import pytest

from conftest import load_examples
from rewrite_support import shown as shown_sentence

CASES = load_examples("rewrite_facts")


@pytest.mark.parametrize("case", [pytest.param(c, id=f"{i:02d}-{c['text'][:40]}") for i, c in enumerate(CASES)])
def test_rewrite_keeps_the_stated_facts_and_fits_the_business(analyzer, case):
    shown = shown_sentence(analyzer.analyze(case["text"], case.get("ref_date", "2026-12-07")))
    assert shown
    for part in case.get("has", []):
        assert part in shown
    for part in case.get("lacks", []):
        assert part not in shown
    if "match" in case:
        assert re.search(case["match"], shown)
