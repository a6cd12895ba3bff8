"""Vague wishes and goals with no KPI (tests/examples/fr/wish7.yaml, frozen before the work):
the rewrite proposes the measure a coach would for that kind of organisation, in its words,
keeps the user's narrowing words, and never leaves « indicateur à préciser » when the body
or trade is known. The share of goals with every property holds as a floor (main before
the work: 1 of 39; after the coach's table by kind of organisation: 38 of 39)."""
from __future__ import annotations

import re

import pytest

from conftest import load_examples
from rewrite_support import assert_share, fill, shown as shown_sentence

CASES = load_examples("wish7")
FLOOR = 38 / 39


def faults(analyzer, case: dict) -> list[str]:
    """What the rewrite of ``case`` gets wrong, by property."""
    shown = shown_sentence(analyzer.analyze(case["text"], "2026-12-07"))
    if not shown:
        return ["no rewrite"]
    out = [f"says {p!r}" for p in case.get("lacks", []) + ["indicateur à préciser"] if p in shown]
    out += [f"no match {p!r}" for p in case.get("has", []) if not re.search(p, shown)]
    kpi = analyzer.analyze(fill(shown), "2026-12-07").kpi
    if kpi not in case["kpi"]:
        out.append(f"read as {kpi}")
    return out


def test_vague_wishes_become_the_measure_of_their_kind_of_organisation(analyzer):
    assert_share(CASES, lambda c: faults(analyzer, c), FLOOR)


FIXES = load_examples("wish7_fixes")


@pytest.mark.parametrize("case", [pytest.param(c, id=c["text"][:40]) for c in FIXES])
def test_wish7_fixes(analyzer, case):
    a = analyzer.analyze(case["text"], "2026-12-07")
    if "targets" in case:
        assert len(a.targets) == case["targets"], a.targets
    plain = lambda t: re.sub("[\u00a0\u202f]", " ", t)  # noqa: E731 - the table writes plain spaces
    suggestion, notes = plain(a.suggestion or ""), plain(" | ".join(a.suggestion_notes))
    assert all(part in suggestion for part in case.get("has", [])), suggestion
    assert not any(part in suggestion for part in case.get("lacks", [])), suggestion
    assert all(part in notes for part in case.get("notes_has", [])), notes
