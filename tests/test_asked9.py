"""A question put to a colleague in the second person, with no name before it and no target,
is a request, not a goal, and its note says so (not « a result already reached »); a rhetorical question before a goal with its figures stays a goal
(tests/examples/fr/asked9.yaml, frozen before the change)."""
from __future__ import annotations

from conftest import load_examples
from rewrite_support import assert_none_fail

CASES = load_examples("asked9")


def faults(analyzer, case: dict) -> list[str]:
    a = analyzer.analyze(case["text"], "2026-12-07")
    if case["goal"]:
        return [] if a.is_goal else ["not read as a goal: " + " | ".join(a.suggestion_notes[:1])]
    out = [] if a.suggestion is None else ["rewritten: " + a.suggestion]
    first = a.suggestion_notes[0] if a.suggestion_notes else ""
    said = "demande" in first or "question" in first  # a request or a question, not a past result
    return out + ([] if a.is_goal is False and said else ["note: " + first])


def test_a_question_to_a_colleague_is_no_goal(analyzer):
    assert_none_fail(CASES, lambda c: faults(analyzer, c))
