"""A goal whose deadline has already passed is handed back with a bracketed new date rather
than called already SMART (SPEC 6: « a past deadline becomes a placeholder date »); the
same goal with a future deadline still gets no rewrite (tests/examples/fr/past9.yaml,
frozen before the change)."""
from __future__ import annotations

import re

from conftest import load_examples
from rewrite_support import assert_none_fail
from smart_nlp.text import fold

CASES = load_examples("past9")


def faults(analyzer, case: dict) -> list[str]:
    a = analyzer.analyze(case["text"], case["ref_date"])
    if not case["past"]:
        return [] if a.suggestion is None else ["rewritten: " + a.suggestion]
    if a.suggestion is None:
        return ["no rewrite"]
    said = fold(a.suggestion).replace("\u202f", " ").replace("\u00a0", " ")
    out = [] if re.search(r"\[[^\]]*\d{4}\]", said) else ["no bracketed date: " + a.suggestion]
    out += [f"keeps the past {w!r}" for w in case["gone"] if fold(w) in said]
    return out + [f"lost {w!r}" for w in case["keeps"] if fold(w) not in said]


def test_a_past_deadline_gets_a_placeholder_date(analyzer):
    assert_none_fail(CASES, lambda c: faults(analyzer, c))
