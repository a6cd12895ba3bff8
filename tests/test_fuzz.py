"""Fuzz harness, fast part (issue 13): generated goals (``hostile_goals.py``) and
hypothesis texts through ``analyze``, ``Analyzer.pipe`` and the HTTP API; every goal
is answered in its place, with an analysis or its own error, never an exception.
The long run (100,000 goals, slowest goal) is ``benchmarks/fuzz.py``."""
from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from hypothesis import given, settings
from hypothesis import strategies as st

import hostile_goals
from conftest import REF_DATE
from smart_nlp.analysis import Analysis
from smart_nlp.errors import SmartNLPError
from smart_nlp.web import create_app

GOALS = hostile_goals.goals(160, seed=2026)


def answered(result) -> None:
    assert isinstance(result, (Analysis, SmartNLPError)), repr(result)
    if isinstance(result, Analysis):
        json.dumps(result.to_dict(), ensure_ascii=False, allow_nan=False).encode("utf-8")
    else:
        assert str(result).endswith(")"), str(result)  # the English gloss


def test_generated_goals_alone(analyzer):
    for text in GOALS:
        try:
            result = analyzer.analyze(text, REF_DATE)
        except SmartNLPError as err:
            result = err
        answered(result)


def test_generated_goals_in_one_batch_answer_in_place(analyzer):
    results = list(analyzer.pipe(GOALS, REF_DATE))
    assert len(results) == len(GOALS)
    for text, result in zip(GOALS, results):
        answered(result)
        if isinstance(result, Analysis):
            assert len(result.text) == len(text)


@pytest.fixture(scope="module")
def client(analyzer):
    with TestClient(create_app(analyzer)) as c:
        yield c


def test_generated_goals_through_the_http_api(client):
    body = json.dumps({"goals": GOALS[:120], "ref_date": REF_DATE.isoformat()})  # escapes carry surrogates
    response = client.post("/api/analyze", content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == 200
    results = response.json()["results"]
    assert len(results) == 120
    for i, r in enumerate(results):
        assert ("error" in r and r["index"] == i and r["error"]["status"] in (413, 422)) or "criteria" in r
    for text in GOALS[120:]:
        single = client.post("/api/analyze", content=json.dumps({"text": text}),
                             headers={"Content-Type": "application/json"})
        assert single.status_code in (200, 413, 422), single.text


odd_text = st.text(st.characters(codec=None, exclude_categories=()), max_size=200)
pieces = st.lists(st.sampled_from(hostile_goals.NUMBERS + hostile_goals.DATES + hostile_goals.KPIS
                                  + hostile_goals.ODD + hostile_goals.VERBS), max_size=30).map(" ".join)


@settings(max_examples=120, deadline=None, database=None)
@given(st.one_of(odd_text, pieces, st.tuples(pieces, odd_text).map("".join)))
def test_any_string_is_answered(analyzer, text):
    try:
        result = analyzer.analyze(text, REF_DATE)
    except SmartNLPError as err:
        result = err
    answered(result)
