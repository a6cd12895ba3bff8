"""Goal statements of every family and their distractors (SPEC section 8), read from
``tests/examples/fr/goal_statements.yaml``; and the frozen set written before the
detector changed (``goal_statements_frozen.yaml``), scored as a whole."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from smart_nlp.audit.detect import GoalDetector

EXAMPLES = Path(__file__).parent / "examples" / "fr"
TABLE = yaml.safe_load((EXAMPLES / "goal_statements.yaml").read_text(encoding="utf-8"))
FROZEN = yaml.safe_load((EXAMPLES / "goal_statements_frozen.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", TABLE["statements"], ids=lambda c: c["text"][:50])
def test_goal_statement_families_and_distractors(case):
    det = GoalDetector(date.fromisoformat(TABLE["ref_date"])).detect(case["text"])
    assert det.is_goal == case["goal"], det.explain()
    if "cue" in case:
        assert case["cue"] in [c.name for c in det.cues], det.explain()
    if "veto" in case:
        assert det.veto is not None and det.veto.name == case["veto"], det.explain()


def test_frozen_statements_precision_and_recall():
    detector = GoalDetector(date.fromisoformat(FROZEN["ref_date"]))
    said = [(detector.detect(c["text"]).is_goal, c["goal"]) for c in FROZEN["statements"]]
    tp = sum(1 for got, want in said if got and want)
    precision = tp / max(1, sum(1 for got, _ in said if got))
    recall = tp / sum(1 for _, want in said if want)
    assert precision >= 0.9 and recall >= 0.9, (precision, recall)


DOCUMENTS = yaml.safe_load((EXAMPLES / "goal_documents.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", DOCUMENTS, ids=lambda c: c["file"])
def test_goals_found_in_documents_with_their_own_date_and_inherited_deadlines(case):
    from smart_nlp.audit import detect_goals, read_document

    plan = detect_goals(read_document(EXAMPLES / "documents" / case["file"]))
    assert plan.ref_date.isoformat() == case["ref_date"], plan.ref_source
    assert [g.statement for g in plan.goals] == case["goals"], [g.detection.explain() for g in plan.goals]
    inherited = {g.statement: g.context.get("deadline") for g in plan.goals if g.statement in case.get("inherited", {})}
    assert inherited == case.get("inherited", {})


CONTEXT = yaml.safe_load((EXAMPLES / "goal_statements_context.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CONTEXT["statements"], ids=lambda c: f"{c['kind']}: {c['text'][:40]}")
def test_statements_read_with_their_lead_in_table_header_and_headings(case):
    det = GoalDetector(date.fromisoformat(CONTEXT["ref_date"])).detect(case["text"], case["kind"], case["contexts"],
                                                                         lead_in=case.get("lead_in"))
    assert det.is_goal == case["goal"], det.explain()
    if "cue" in case:
        assert case["cue"] in [c.name for c in det.cues], det.explain()
    if "veto" in case:
        assert det.veto is not None and det.veto.name == case["veto"], det.explain()


DATES = yaml.safe_load((EXAMPLES / "document_dates.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", DATES, ids=lambda c: c["text"].split("\n")[1][:40] or c["file"])
def test_the_document_says_when_it_was_written(case, tmp_path):
    from smart_nlp.audit import read_document
    from smart_nlp.audit.context import document_ref_date

    path = tmp_path / case["file"]
    path.write_text(case["text"], encoding="utf-8")
    found = document_ref_date(read_document(path))
    assert (found[0].isoformat() if found else None) == case["date"], found
