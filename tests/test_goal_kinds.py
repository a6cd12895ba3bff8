"""What kind of text the user gave (advise/intent.py, action_count.py, wishes.py): a goal
gets a rewrite (or none when already SMART); a question, request, complaint, to-do or past
result says which it is and invents no goal (tests/examples/fr/goal_kinds.yaml)."""
from __future__ import annotations

import pytest

from conftest import example_params
from smart_nlp.lang.fr import load
from smart_nlp.text import fold

# The words of the note that names each kind (folded), read from the notes themselves.
_KIND_NOTE = {"question": "not_goal_question", "diagnosis": "not_goal_diagnosis", "request": "not_goal_request", "complaint": "not_goal_complaint",
              "task": "not_goal_todo", "past": "not_goal_past", "state": "not_goal_state"}


def _opening(key: str) -> str:
    notes = {**load("rewrite")["notes"], **load("intent")["notes"]}
    return fold(notes[key].split(":")[0].strip())


def _plain(text: str) -> str:
    return fold(text).replace("\u202f", " ").replace("\u00a0", " ")


@pytest.mark.parametrize("case", example_params("goal_kinds"))
def test_the_text_is_read_as_its_kind(analyzer, case):
    a = analyzer.analyze(case["text"], case.get("ref_date", "2026-11-16"))
    notes = [_plain(n) for n in a.suggestion_notes]
    if case["kind"] == "goal":
        assert a.is_goal
        refusals = [_opening(k) for k in set(_KIND_NOTE.values()) | {"not_goal_task"}]
        assert not any(n.startswith(o) for n in notes[:1] for o in refusals)
        if a.suggestion is None:  # already SMART, or withheld by the guard with a proposal to confirm
            assert all(v.met for v in a.criteria.values()) or notes
            return
        said = _plain(a.suggestion)
        for word in case.get("has", []):
            assert _plain(word) in said
        for word in case.get("lacks", []):
            assert _plain(word) not in said
        return
    assert a.suggestion is None and not a.is_goal
    task = case["kind"] == "task"
    openings = [_opening(k) for k in (("not_goal_todo", "not_goal_task") if task else (_KIND_NOTE[case["kind"]],))]
    assert any(notes[0].startswith(o) for o in openings)
    if case.get("ask"):
        assert any(n.rstrip().endswith("?") for n in notes[1:])
    for word in case.get("pointer_has", []):
        assert any(_plain(word) in n for n in notes[1:])
