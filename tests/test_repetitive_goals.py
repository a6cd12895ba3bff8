"""Goals of 5,000 characters that repeat one thing the extractors read (issue 13): each is
answered in its place, and the numbers past the reading limit are reported, not dropped
silently. Their time is measured in ``benchmarks/slowest.py``, not here."""
from __future__ import annotations

import pytest
import spacy

import hostile_goals
import smart_nlp.components  # noqa: F401  (registers smart_goal)
from conftest import REF_DATE
from smart_nlp.analysis import Analysis
from smart_nlp.extract.numbers import MAX_NUMBERS

# One unit per family the extractors look at: numbers, money, KPI words, channels, dates,
# means, a KPI glued to an elision, brackets, a long list.
UNITS = ["1 ", "5 ca ", "ca d'", "15 k€, ", "20 % de taux de conversion, ", "Instagram et ", "d'ici fin mars ",
         "grâce à ", "abonées ", "(", "€", "Facebook, TikTok, LinkedIn et "]
GOALS = [hostile_goals.repeated("Augmenter ", unit) for unit in UNITS]


def test_repetitive_goals_are_answered_in_place(analyzer):
    results = list(analyzer.pipe(GOALS, REF_DATE))
    assert len(results) == len(GOALS)
    for text, result in zip(GOALS, results):
        assert len(text) == hostile_goals.LIMIT
        assert isinstance(result, Analysis), (text[:40], result)
        assert result.text == text
        assert all(0 <= start < end <= len(text) for start, end, _ in result.facts["spans"])


def test_numbers_past_the_limit_are_not_read_and_the_analysis_says_so(analyzer):
    text = hostile_goals.repeated("Atteindre ", "7 ")
    a = analyzer.analyze(text, REF_DATE)
    assert len(a.targets) == MAX_NUMBERS
    assert [t.start for t in a.targets[:2]] == [10, 12]
    warning = next(w for w in a.warnings if str(MAX_NUMBERS) in w)
    assert "«\u00a07 7" in warning


@pytest.mark.parametrize("unit", ["1 ", "vente "])
def test_a_goal_under_the_limit_carries_no_such_warning(analyzer, unit):
    text = hostile_goals.repeated("Atteindre ", unit, 2 * MAX_NUMBERS - 2)
    assert all(str(MAX_NUMBERS) not in w for w in analyzer.analyze(text, REF_DATE).warnings)


def test_repetitive_goals_through_the_spacy_component():
    nlp = spacy.blank("fr")
    nlp.add_pipe("smart_goal", config={"ref_date": REF_DATE.isoformat()})
    texts = [hostile_goals.repeated("Augmenter ", unit) for unit in ("5 ca ", "Instagram et ")]
    for doc in nlp.pipe(texts):
        assert doc._.smart_error is None
        assert doc._.smart_facts is not None and doc.spans["smart"]
        assert isinstance(doc._.smart, Analysis)
