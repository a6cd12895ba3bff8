"""Corpus validation (SPEC section 7): the shipped corpus is valid, bad lines are named."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from smart_nlp.cli import app
from smart_nlp.corpus import check_example, validate_files

ROOT = Path(__file__).resolve().parent.parent
GOOD = {"id": "t-1", "text": "Doubler les ventes sur Etsy d'ici fin 2026", "ref_date": "2026-01-15",
        "labels": {"specific": True, "measurable": True, "achievable": True, "relevant": True, "time_bound": True},
        "kpi": "sales", "channels": ["marketplace"], "targets": [{"kind": "factor", "value": 2, "unit": None, "period": None}],
        "baseline": None, "deadline": "2026-12-31", "has_means": False, "funnel": "do", "spans": [[0, 7, "TARGET"]]}


def test_shipped_corpus_is_valid_and_large_enough():
    examples, problems = validate_files([ROOT / "corpus" / "train.jsonl", ROOT / "corpus" / "dev.jsonl"])
    assert problems == []
    assert len(examples) >= 600


@pytest.mark.parametrize("change, fragment", [
    ({"kpi": "visits"}, "kpi inconnu"),
    ({"channels": ["linkedin", "myspace"]}, "channels"),
    ({"deadline": "31/12/2026"}, "deadline invalide"),
    ({"ref_date": "hier"}, "ref_date invalide"),
    ({"targets": [{"kind": "multiply", "value": 2, "unit": None, "period": None}]}, "kind"),
    ({"spans": [[0, 500, "TARGET"]]}, "hors du texte"),
    ({"spans": [[0, 7, "GOAL"]]}, "étiquette"),
    ({"labels": {"specific": True}}, "labels"),
    ({"funnel": "buy"}, "funnel"),
])
def test_each_broken_rule_is_reported(change, fragment):
    problems = check_example({**GOOD, **change})
    assert any(fragment in p for p in problems), problems


def test_missing_keys_are_listed():
    ex = dict(GOOD)
    del ex["has_means"]
    assert check_example(ex) == ["clés manquantes : has_means"]


def test_good_example_has_no_problem():
    assert check_example(GOOD) == []


def test_validate_names_file_and_line(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join([json.dumps(GOOD), "{pas du json", json.dumps({**GOOD, "id": "t-2", "kpi": "x"}),
                               json.dumps(GOOD)]) + "\n", encoding="utf-8")
    examples, problems = validate_files([path])
    assert [e["id"] for e in examples] == ["t-1"]
    assert [(p.line, p.path) for p in problems] == [(2, str(path)), (3, str(path)), (4, str(path))]
    assert "déjà utilisé" in problems[-1].message


def test_cli_validate_exit_codes(tmp_path):
    runner = CliRunner()
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps(GOOD) + "\n", encoding="utf-8")
    ok = runner.invoke(app, ["corpus", "validate", str(good)])
    assert ok.exit_code == 0 and "1 exemples valides" in ok.stdout
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({**GOOD, "funnel": "buy"}) + "\n", encoding="utf-8")
    res = runner.invoke(app, ["corpus", "validate", str(bad)])
    assert res.exit_code == 1
    assert f"{bad}:1:" in res.stderr
