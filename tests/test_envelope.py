"""A goal written as a message is read without its wrapping (extract/envelope.py): the
salutation, lead-ins, closing requests and sign-off are blanked, the writer's presentation is
read as the business, politeness alone never hides a means, and offsets are kept. A goal
already SMART in a message is handed back alone (tests/examples/fr/pair8.yaml)."""
from __future__ import annotations

import pytest

from conftest import example_params
from smart_nlp.extract.envelope import unwrap


@pytest.mark.parametrize("case", example_params("pair8_units"))
def test_the_message_around_a_goal_is_left_out(case):
    read = unwrap(case["text"])
    assert len(read) == len(case["text"])
    assert " ".join(read.split()) == case["core"]


def test_a_goal_in_a_message_is_handed_back_without_it(analyzer):
    a = analyzer.analyze("Bonjour Paul, on vise 1 500 entrées au festival du 3 au 5 juillet 2027 grâce à l'affichage "
                         "en ville. Tu me fais un retour ? Merci !", "2026-12-07")
    assert a.text.startswith("Bonjour Paul")
    assert a.suggestion is not None and "500" in a.suggestion
    assert not any(w in a.suggestion for w in ("Bonjour", "Paul", "Merci", "retour"))


@pytest.mark.parametrize("text", [
    " Doubler les ventes LinkedIn en publiant deux posts par semaine d'ici juin 2027",
    "Vendre 300 abonnements au club d'ici le 30 juin 2027 grâce à une journée portes ouvertes.  "])
def test_spaces_around_a_goal_make_no_message(analyzer, text):
    """Found by the robustness property: a leading space once made a goal a « message » and
    an already SMART goal got a « polish » that was its own text."""
    assert unwrap(text) is text
    a = analyzer.analyze(text, "2026-12-07")
    assert not (all(v.met for v in a.criteria.values()) and a.suggestion is not None)
