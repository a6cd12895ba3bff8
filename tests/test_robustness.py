"""Robustness: any text with a letter is analysed without error, with valid spans
(SPEC section 1); invalid input fails with a clear ``InvalidGoal``; batches never stop
on a bad goal."""
from __future__ import annotations

import json

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from conftest import REF_DATE
from smart_nlp import GoalInput, analyze_many
from smart_nlp.analysis import Analysis
from smart_nlp.errors import InvalidGoal, SmartNLPError
from smart_nlp.lang.fr import CHANNEL_IDS, KPI_IDS

CRITERIA = {"specific", "measurable", "achievable", "relevant", "time_bound"}
SPAN_LABELS = {"TARGET", "BASELINE", "DEADLINE", "CHANNEL", "KPI", "MEANS"}
UNITS = {None, "%", "pt", "EUR", "USD", "CAD", "CHF", "GBP", "min", "h"}  # SPEC section 1

FRENCH_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZàâäçéèêëîïôöùûüÿœæÀÂÇÉÈÊËÎÏÔÙÛÜŒ"
DIGITS = "0123456789"
PUNCTUATION = ".,;:!?'\"()[]/-+*×=&@#«»€$%’‘“”…–—°"
SPACES = " \u00a0\u202f\u2009\u2007\t\n"

chars = st.sampled_from(FRENCH_LETTERS + DIGITS + PUNCTUATION + SPACES)
# Words the extractors react to, so that the texts reach targets, deadlines and means.
words = st.sampled_from([
    "augmenter", "doubler", "tripler", "diviser par deux", "passer de", "à", "de", "le", "les",
    "ventes", "CA", "chiffre d'affaires", "leads", "abonnés", "trafic", "taux de conversion",
    "LinkedIn", "Instagram", "blog", "site", "newsletter", "SEO",
    "d'ici", "en", "sous", "avant", "fin", "mars", "T2", "2026", "2027", "Noël", "mois",
    "semaines", "par mois", "mensuel", "an",
    "20 %", "+15 %", "1,2 %", "3 points", "x3", "×10", "2 000 €", "15 k€", "1,5 M€", "500", "dix",
    "en publiant", "grâce à", "avec un budget de", "sans budget", "via des", "afin de", "car",
    "nous avons", "aujourd'hui", "contre", "actuellement",
    "«", "»", "’", ",", ".", ";", "\u00a0", "\u202f",
])
free_text = st.text(chars, max_size=300)
goal_like = st.lists(st.one_of(words, st.text(chars, max_size=6)), max_size=45).map(" ".join).map(lambda s: s[:300])
texts = st.one_of(free_text, goal_like).filter(lambda t: any(c.isalpha() for c in t))


def _check_span(text: str, span: dict) -> None:
    start, end = span["start"], span["end"]
    assert isinstance(start, int) and isinstance(end, int)
    assert 0 <= start < end <= len(text), span
    assert text[start:end] == span["text"], span


@settings(max_examples=150, deadline=None, database=None)
@given(texts)
@example(text="500 CHF")  # a unit of SPEC section 1 the check once left out
@example(text="A:1× 0")  # a factor whose second figure is 0 once reached a division in the guard's proposal
@example(text=" doubler ventes LinkedIn en publiant augmenter T2")  # a leading space once made a goal a « message »
def test_any_text_with_a_letter_is_analysed_with_valid_spans(analyzer, text):
    result = analyzer.analyze(text, REF_DATE)
    assert isinstance(result, Analysis)
    d = result.to_dict()
    json.dumps(d, ensure_ascii=False)  # the CLI must be able to write it

    assert d["text"] == text
    for span in d["targets"] + d["means"]:
        _check_span(text, span)
    for key in ("baseline", "deadline"):
        if d[key] is not None:
            _check_span(text, d[key])
    spans = d["facts"]["spans"]
    for start, end, label in spans:
        assert 0 <= start < end <= len(text), (start, end, label)
        assert label in SPAN_LABELS
    # facts["spans"] and the public fields tell the same story.
    assert sorted((s, e) for s, e, lab in spans if lab == "TARGET") == sorted(
        (t["start"], t["end"]) for t in d["targets"])
    assert sorted((s, e) for s, e, lab in spans if lab == "MEANS") == sorted(
        (m["start"], m["end"]) for m in d["means"])
    assert [(s, e) for s, e, lab in spans if lab == "DEADLINE"] == (
        [(d["deadline"]["start"], d["deadline"]["end"])] if d["deadline"] else [])

    assert set(d["criteria"]) == CRITERIA
    for verdict in d["criteria"].values():
        assert isinstance(verdict["met"], bool)
        assert 0.0 <= verdict["score"] <= 1.0
        assert isinstance(verdict["reasons"], list)
        if not verdict["met"]:
            assert verdict["advice"]
    assert isinstance(d["smart_score"], int) and 0 <= d["smart_score"] <= 100
    all_met = all(v["met"] for v in d["criteria"].values())
    assert d["suggestion"] is None or not all_met and d["is_goal"]
    if d["suggestion"] is None and not all_met:  # no rewrite: a non-goal, or a goal the guard could not trust
        assert d["suggestion_notes"] and d["suggestion_notes"][0] in d["warnings"]
    assert d["is_goal"] or d["suggestion_notes"]  # a text that is not a goal says so

    assert d["kpi"] is None or d["kpi"] in KPI_IDS
    assert set(d["channels"]) <= set(CHANNEL_IDS)
    assert len(d["channels"]) == len(set(d["channels"]))
    assert d["funnel"] in (None, "see", "think", "do", "care")
    for t in d["targets"]:
        assert t["kind"] in ("level", "delta", "percent_change", "factor")
        assert t["unit"] in UNITS
        assert t["period"] in (None, "day", "week", "month", "quarter", "year")


@pytest.mark.parametrize("text", ["", "   ", "\n\t", "123 456", "!!!", "20 % €", "« » … —", "2026-01-15", "\u00a0\u202f"])
def test_text_without_letters_raises_invalid_goal(analyzer, text):
    with pytest.raises(InvalidGoal):
        analyzer.analyze(text, REF_DATE)


@pytest.mark.parametrize("value", [None, 42, 3.5, b"Doubler le CA", ["Doubler le CA"], {"text": "Doubler le CA"}])
def test_non_string_raises_invalid_goal(analyzer, value):
    with pytest.raises(InvalidGoal) as info:
        analyzer.analyze(value, REF_DATE)
    assert type(value).__name__ in str(info.value)


def test_nul_bytes_raise_invalid_goal(analyzer):
    with pytest.raises(InvalidGoal):
        analyzer.analyze("Doubler le CA\x00 en 3 mois", REF_DATE)


def test_invalid_goal_is_a_value_error_and_a_smart_nlp_error(analyzer):
    with pytest.raises(ValueError):
        analyzer.analyze("   ", REF_DATE)
    with pytest.raises(SmartNLPError):
        analyzer.analyze("   ", REF_DATE)


@pytest.mark.parametrize("text", [
    "We want to increase our sales by 20% in the next 6 months",
    "Grow our LinkedIn followers to 5000 by the end of the year",
])
def test_english_text_gets_a_warning(analyzer, text):
    result = analyzer.analyze(text, REF_DATE)
    assert result.warnings
    assert "français" in result.warnings[0]
    assert result.to_dict()["warnings"] == result.warnings


@pytest.mark.parametrize("text", [
    "Augmenter nos ventes de 20 % d'ici 6 mois sur le site",
    "Je veux multiplier par 10 mon CA depuis LinkedIn d'ici 3 mois",
])
def test_french_text_gets_no_warning(analyzer, text):
    assert analyzer.analyze(text, REF_DATE).warnings == []


def test_analyze_many_keeps_order_and_yields_errors():
    goals = [
        "Doubler le CA en 3 mois",
        "   ",
        GoalInput("Gagner 500 abonnés Instagram d'ici 6 mois", id="g3", ref_date="2026-03-01"),
        "12 345",
        GoalInput("Doubler le CA", id="g5", ref_date="2026-02-30"),
        42,
        "Augmenter les ventes de 10 % avant fin mars",
    ]
    out = list(analyze_many(goals, REF_DATE))
    assert len(out) == len(goals)
    kinds = [type(o) for o in out]
    assert [issubclass(k, SmartNLPError) for k in kinds] == [False, True, False, True, True, True, False]
    assert isinstance(out[1], InvalidGoal)
    assert isinstance(out[3], InvalidGoal)
    assert "2026-02-30" in str(out[4])
    assert isinstance(out[5], InvalidGoal)
    assert out[0].text == "Doubler le CA en 3 mois"
    assert out[0].deadline.date.isoformat() == "2026-04-15"
    assert (out[2].id, out[2].ref_date.isoformat()) == ("g3", "2026-03-01")
    assert out[2].deadline.date.isoformat() == "2026-09-01"
    assert out[6].text == "Augmenter les ventes de 10 % avant fin mars"
    assert out[6].deadline.date.isoformat() == "2026-03-31"


def test_analyze_many_accepts_a_generator():
    seen = []

    def goals():
        for g in ["Doubler le CA en 3 mois", "", "Tripler les leads du blog en un an"]:
            seen.append(g)
            yield g

    out = list(analyze_many(goals(), REF_DATE))
    assert seen == ["Doubler le CA en 3 mois", "", "Tripler les leads du blog en un an"]
    assert [isinstance(o, SmartNLPError) for o in out] == [False, True, False]
    assert out[2].kpi == "leads"


def test_a_goal_the_arithmetic_cannot_hold_never_stops_a_batch(analyzer):
    from smart_nlp import GoalInput

    goals = ["Multiplier par 1000000000 les ventes en 1 jour", "Réduire le CPL de 150 % d'ici fin 2026",
             "Doubler les ventes sur Etsy d'ici fin 2026"]
    results = list(analyzer.pipe([GoalInput(g) for g in goals], "2026-01-15"))
    assert len(results) == 3
    assert results[2].criteria["time_bound"].met
