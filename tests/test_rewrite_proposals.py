"""Goal → the facts its rewrite keeps in their role (tests/examples/fr/rewrite_proposals6.yaml,
issue 11): two figures are a start and a target, a stated current value is the start, a wish
to reach N of a counted noun is a target on that noun, and the KPI the user named stays."""
from __future__ import annotations

import re

import pytest

from conftest import load_examples
from smart_nlp.text import fold

CASES = load_examples("rewrite_proposals6")
_PROPOSAL = re.compile("« (.*) »")


def _shown(a) -> str:
    """The sentence the user sees: the rewrite, else the proposal of a withheld one."""
    if a.suggestion is not None:
        return a.suggestion
    found = [m.group(1) for m in map(_PROPOSAL.search, a.suggestion_notes) if m]
    return found[0] if found else ""


def _figure(value: str) -> str:
    """A figure as said, never part of a longer number nor inside brackets."""
    return r"(?<![\d\[])(?<!\d )" + re.escape(value) + r"(?![\d\]])(?! \d)"


@pytest.mark.parametrize("case", [pytest.param(c, id=f"{i:02d}-{c['text'][:40]}") for i, c in enumerate(CASES)])
def test_rewrite_keeps_each_fact_in_its_role(analyzer, case):
    a = analyzer.analyze(case["text"], case.get("ref_date", "2026-12-07"))
    if a.suggestion is None and not a.suggestion_notes and all(v.met for v in a.criteria.values()):
        return  # already SMART: the goal stands as the user wrote it
    shown = re.sub("[\u00a0\u202f]", " ", _shown(a))
    assert shown
    if case.get("plain"):
        assert a.suggestion is not None, a.suggestion_notes
    if "start" in case:
        assert re.search(r"(?:\bde|\bcontre) " + _figure(case["start"]), shown), shown
    if "target" in case:
        assert re.search(_figure(case["target"]), shown), shown
        assert not re.search(r"(?:\bcontre|\bde) " + _figure(case["target"]) + r"(?! \S+ (?:de|d'))", shown) \
            or "start" not in case, shown
    assert any(fold(k) in fold(shown) for k in case["kpi"]), shown
    for key in ("deadline", "means"):
        if key in case:
            assert case[key] in shown, shown
    for part in case.get("lacks", []):
        assert part not in shown, shown
    assert "[et " not in shown and "  " not in shown and " ," not in shown, shown
