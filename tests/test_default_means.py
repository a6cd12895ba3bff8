"""Default means that fit the trade and the kind of action, and deadlines tied to an event
(tests/examples/fr/default_means.yaml)."""
from __future__ import annotations

import re

import pytest

from conftest import load_examples
from smart_nlp.advise import person, trade
from smart_nlp.advise.gender import in_gender
from smart_nlp.lang.fr import load
from smart_nlp.text import fold

REF = "2027-01-15"
CASES = [c for c in load_examples("default_means") if "next_step" not in c]
STEPS = [c for c in load_examples("default_means") if "next_step" in c]


def _plain(text: str) -> str:
    return re.sub("[\u00a0\u202f]", " ", text)


@pytest.mark.parametrize("case", [pytest.param(c, id=f"{i:02d}-{c['text'][:40]}") for i, c in enumerate(CASES)])
def test_the_default_means_fits_the_trade_and_the_kind_of_action(analyzer, case):
    suggestion = _plain(analyzer.analyze(case["text"], REF).suggestion)
    written = re.findall(r"en \[([^\]]+)\]", suggestion)
    found = trade.sector(fold(case["text"]))
    if "sector" in case:
        assert (found and found[0]) == case["sector"] or (found is None and case["sector"] is None)
    if "family" in case:
        data = load("means")
        cell = data["by_sector"].get(case["sector"] or "", {}).get(case["family"]) or data["by_family"][case["family"]]
        expected = in_gender(person.kept(cell[0], fold(case["text"])), fold(case["text"]))
        assert written and written[-1] == expected  # the user's people, in their gender, in their person
    if "means" in case:
        assert written and written[-1] == person.kept(case["means"], fold(case["text"]))
    if "deadline" in case:
        assert case["deadline"] in suggestion
    for bad in case.get("lacks", []):
        assert bad not in suggestion


@pytest.mark.parametrize("case", [pytest.param(c, id=c["text"][:40]) for c in STEPS])
def test_the_next_step_after_a_past_result_keeps_its_period_length(analyzer, case):
    a = analyzer.analyze(case["text"], REF)
    assert a.suggestion is None
    assert any(case["next_step"] in _plain(n) for n in a.suggestion_notes)


def test_means_true_for_any_trade_presume_no_appointment_reminder_fair_or_offer():
    presumed = re.compile(r"(?<![\w])(?:rendez-vous|rappel|salons?|offres?|remises?|promotions?|vitrine|caisse"
                          r"|newsletter)(?![\w])")
    for family, phrases in load("means")["by_family"].items():
        assert not [p for p in phrases if presumed.search(p)], family


@pytest.mark.parametrize("text, sector", [
    ("Plus de clientes au salon de tatouage", "beauty"),
    ("Vendre plus de billets pour le salon de l'habitat", "events"),
    ("Plus de ventes sur notre épicerie en ligne", "ecommerce"),
    ("Plus de ventes à l'épicerie du village", "retail"),
])
def test_a_salon_is_a_shop_or_a_trade_fair_by_its_words(text, sector):
    assert trade.sector(fold(text))[0] == sector


@pytest.mark.parametrize("text", ["Générer 300 contacts sur notre stand au salon du jardin",
                                  "Prospecter des commandes auprès des boulangeries de la région"])
def test_an_exhibitors_fair_or_the_people_reached_are_not_the_trade(text):
    assert trade.sector(fold(text)) is None


def test_a_trade_named_in_the_means_is_a_partner_not_the_trade():
    text = fold("Gagner 30 clients en sponsorisant le club de rugby")
    cue = text.index("en sponsorisant")
    assert trade.sector(text, [(cue, len(text))]) is None
