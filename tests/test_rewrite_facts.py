"""Goal → what the rewrite keeps and never says (tests/examples/fr/rewrite_facts.yaml): a
stated current value is the start, a stated period is kept, places keep their preposition,
and the defaults fit the organisation and its trade (SPEC section 6)."""
from __future__ import annotations

import re

import pytest

from conftest import load_examples

CASES = load_examples("rewrite_facts")
_PROPOSAL = re.compile("« (.*) »")


def _shown(a) -> str:
    """The sentence the user sees: the rewrite, else the proposal of a withheld one."""
    if a.suggestion is not None:
        return a.suggestion
    found = [m.group(1) for m in map(_PROPOSAL.search, a.suggestion_notes) if m]
    return found[0] if found else ""


@pytest.mark.parametrize("case", [pytest.param(c, id=f"{i:02d}-{c['text'][:40]}") for i, c in enumerate(CASES)])
def test_rewrite_keeps_the_stated_facts_and_fits_the_business(analyzer, case):
    shown = re.sub("[\u00a0\u202f]", " ", _shown(analyzer.analyze(case["text"], case.get("ref_date", "2026-12-07"))))
    assert shown
    for part in case.get("has", []):
        assert part in shown
    for part in case.get("lacks", []):
        assert part not in shown
    if "match" in case:
        assert re.search(case["match"], shown)
