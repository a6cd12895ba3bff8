"""Vague wishes and goals with no KPI (tests/examples/fr/wish7.yaml, frozen before the work):
the rewrite proposes the measure a coach would for that kind of organisation, in its words,
keeps the user's narrowing words, and never leaves « indicateur à préciser » when the body
or trade is known. The share of goals with every property holds as a floor (main before
the work: 1 of 39)."""
from __future__ import annotations

import re

from conftest import load_examples
from rewrite_support import fill, shown as shown_sentence

CASES = load_examples("wish7")
FLOOR = 0 / 39


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
    found = {c["text"]: faults(analyzer, c) for c in CASES}
    wrong = {t: f for t, f in found.items() if f}
    assert (len(CASES) - len(wrong)) / len(CASES) >= FLOOR, wrong
