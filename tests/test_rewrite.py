"""Suggestions: judged SMART by the analyzer itself and keep the user's facts."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from smart_nlp.text import fold

ROOT = Path(__file__).resolve().parent.parent
GOALS = [json.loads(line) for name in ("train", "dev") for line in
         (ROOT / "corpus" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def pairs(analyzer):
    out = []
    for ex in GOALS:
        a = analyzer.analyze(ex["text"], ex["ref_date"])
        if a.suggestion:
            out.append((ex, a, analyzer.analyze(a.suggestion, ex["ref_date"])))
    return out


def test_most_goals_get_a_suggestion(pairs):
    assert len(pairs) >= len(GOALS) // 3


def test_every_suggestion_is_judged_smart(pairs):
    failing = [(a.suggestion, [c for c, v in b.criteria.items() if not v.met])
               for _, a, b in pairs if not all(v.met for v in b.criteria.values())]
    assert failing == []


def test_suggestions_keep_numbers_channels_and_dates(pairs):
    for ex, a, b in pairs:
        said = fold(a.suggestion)
        for t in a.targets:
            assert fold(t.text) in said
        assert set(a.channels) <= set(b.channels), a.suggestion
        if a.deadline:
            assert fold(a.deadline.text) in said
            assert b.deadline and b.deadline.date == a.deadline.date, a.suggestion
        for m in a.means:
            assert fold(m.text) in said


def test_placeholders_are_bracketed_and_typography_french(analyzer):
    a = analyzer.analyze("Je veux plus de likes sur Instagram", "2026-01-15")
    assert re.search(r"\[[^\]]+\]", a.suggestion)
    assert "d'ici le 15 avril 2026 (soit 3 mois)" in a.suggestion
    assert " %" not in a.suggestion and "\u00a0%" in a.suggestion
    assert "de engagement" not in a.suggestion


def test_nil_means_are_replaced_by_a_means_slot(analyzer):
    a = analyzer.analyze("Doubler nos ventes sur Etsy d'ici fin 2026 sans budget", "2026-01-15")
    assert "sans budget" not in fold(a.suggestion)
    assert "en " in a.suggestion and "[" in a.suggestion


def test_smart_goal_needs_no_suggestion(analyzer):
    a = analyzer.analyze("Augmenter de 15 % les ventes de notre gamme bio sur Amazon d'ici fin 2026 "
                         "grâce à une campagne d'annonces sponsorisées", "2026-01-15")
    assert all(v.met for v in a.criteria.values())
    assert a.suggestion is None
