"""Goal → the facts its rewrite keeps in their role (tests/examples/fr/rewrite_proposals6.yaml,
issue 11): two figures are a start and a target, a stated current value is the start, a wish
to reach N of a counted noun is a target on that noun, and the KPI the user named stays.
A case marked ``open`` (why it still fails) must still fail: when it passes, drop the mark."""
from __future__ import annotations

import re

import pytest

from conftest import load_examples
from rewrite_support import shown as shown_sentence
from smart_nlp.text import fold

CASES = load_examples("rewrite_proposals6")


def _figure(value: str) -> str:
    """A figure as said, never part of a longer number nor inside brackets."""
    return r"(?<![\d\[])(?<!\d )" + re.escape(value) + r"(?![\d\]])(?! \d)"


def _faults(a, case: dict) -> list[str]:
    """What the shown sentence gets wrong against the case's facts (empty: all kept)."""
    if a.suggestion is None and all(v.met for v in a.criteria.values()):
        return []  # already SMART: the goal stands as the user wrote it (its notes say why)
    shown = shown_sentence(a)
    faults = [] if shown else ["nothing shown"]
    if case.get("plain") and a.suggestion is None:
        faults.append("withheld")
    if "start" in case and not re.search(r"(?:\bde|\bcontre) " + _figure(case["start"]), shown):
        faults.append("start")
    if "target" in case and (not re.search(_figure(case["target"]), shown) or "start" in case and re.search(
            r"(?:\bcontre|\bde) " + _figure(case["target"]) + r"(?! \S+ (?:de|d'))", shown)):
        faults.append("target")
    if not any(fold(k) in fold(shown) for k in case["kpi"]):
        faults.append("kpi")
    faults += [key for key in ("deadline", "means") if key in case and case[key] not in shown]
    faults += [f"says {part}" for part in case.get("lacks", []) if part in shown]
    if "[et " in shown or "  " in shown or " ," in shown:
        faults.append("debris")
    return [f"{f}: {shown}" for f in faults]


@pytest.mark.parametrize("case", [pytest.param(c, id=f"{i:02d}-{c['text'][:40]}") for i, c in enumerate(CASES)])
def test_rewrite_keeps_each_fact_in_its_role(analyzer, case):
    faults = _faults(analyzer.analyze(case["text"], case.get("ref_date", "2026-12-07")), case)
    if case.get("open"):
        assert faults, f"fixed: drop « open » ({case['open']})"
    else:
        assert not faults
