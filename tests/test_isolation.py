"""Isolation (issue 13): a goal that cannot be analysed gets its own error, in its place;
the others are always analysed. Cases live in ``examples/fr/hostile.yaml``."""
from __future__ import annotations

import json
import re

import pytest
import spacy

from conftest import REF_DATE, load_examples
from smart_nlp import Analyzer
from smart_nlp.analysis import Analysis
from smart_nlp.errors import InvalidGoal, InvalidRefDate, SmartNLPError

HOSTILE = load_examples("hostile")
PLAIN = "Augmenter de 15 % les réservations du gîte d'ici fin 2026"


def build(case: dict) -> str:
    text = case.get("prefix", "") + case["text"] * case.get("repeat", 1) + case.get("suffix", "")
    return re.sub(r"\{U\+([0-9A-F]{4,6})\}", lambda m: chr(int(m.group(1), 16)), text)


def check(case: dict, result) -> None:
    if case["expect"] == "answered":
        assert isinstance(result, (Analysis, SmartNLPError)), result
    elif case["expect"] == "analysis":
        assert isinstance(result, Analysis), result
        d = result.to_dict()
        json.dumps(d, ensure_ascii=False).encode("utf-8")  # writable as UTF-8 JSON
        for start, end, _ in d["facts"]["spans"]:
            assert 0 <= start < end <= len(d["text"])
    else:
        assert isinstance(result, (InvalidGoal, InvalidRefDate)), result
        assert case["message"] in str(result)
        assert re.search(r"\([a-z][^()]*\)$", str(result)), "English gloss at the end"


@pytest.mark.parametrize("case", HOSTILE, ids=[c["name"] for c in HOSTILE])
def test_a_hostile_goal_is_answered_alone(analyzer, case):
    ref = case.get("ref_date", REF_DATE)
    try:
        result = analyzer.analyze(build(case), ref)
    except SmartNLPError as err:
        result = err
    check(case, result)


def test_a_batch_answers_every_hostile_goal_in_its_place(analyzer):
    from smart_nlp import GoalInput

    goals = []
    for case in HOSTILE:
        goals += [GoalInput(build(case), id=case["name"], ref_date=case.get("ref_date")), GoalInput(PLAIN, id="plain")]
    results = list(analyzer.pipe(goals, REF_DATE))
    assert len(results) == len(goals)
    for case, result, after in zip(HOSTILE, results[::2], results[1::2]):
        check(case, result)
        assert isinstance(after, Analysis) and after.targets, case["name"]


def test_a_surrogate_becomes_a_replacement_character_at_the_same_offset(analyzer):
    result = analyzer.analyze("Atteindre 500 ventes \ud800 d'ici fin 2026", REF_DATE)
    assert result.text == "Atteindre 500 ventes \ufffd d'ici fin 2026"
    assert result.targets[0].start == 10 and result.deadline.text.endswith("2026")


def test_an_unexpected_failure_is_that_goal_s_error_only(analyzer, monkeypatch):
    finish = Analyzer.finish

    def fragile(self, facts, ref_date=None, id=None):
        if "piège" in facts.text:
            raise RecursionError("maximum recursion depth exceeded")
        return finish(self, facts, ref_date, id)

    monkeypatch.setattr(Analyzer, "finish", fragile)
    results = list(analyzer.pipe([PLAIN, "Un piège à 500 ventes", PLAIN], REF_DATE))
    assert [type(r).__name__ for r in results] == ["Analysis", "InvalidGoal", "Analysis"]
    message = str(results[1])
    assert "erreur interne (RecursionError)" in message and "please report" in message
    with pytest.raises(InvalidGoal, match="signalez-la"):
        analyzer.analyze("Un piège à 500 ventes", REF_DATE)


def test_the_component_puts_the_error_on_the_doc_and_the_pipeline_goes_on(monkeypatch):
    from smart_nlp.components import goal

    extract = goal.extract

    def fragile(text, locale=None):
        if "piège" in text:
            raise ValueError("could not convert string to float")
        return extract(text, locale)

    monkeypatch.setattr(goal, "extract", fragile)
    nlp = spacy.blank("fr")
    nlp.add_pipe("smart_goal")
    docs = list(nlp.pipe([PLAIN, "Un piège à 500 ventes", PLAIN]))
    assert len(docs) == 3
    assert docs[0]._.smart_error is None and docs[2]._.smart_error is None
    assert isinstance(docs[1]._.smart_error, InvalidGoal)
    assert list(docs[1].spans["smart"]) == []
    assert [s.label_ for s in docs[2].spans["smart"]]
