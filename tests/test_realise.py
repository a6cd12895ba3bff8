"""The realiser and its grammar: facts → sentence tables, and French forms."""
from __future__ import annotations

import pytest

from conftest import load_examples
from smart_nlp.advise.forms import Noun, capitalise, impersonal, of, with_determiner
from smart_nlp.advise.singular import singular
from smart_nlp.advise.gerunds import gerund
from smart_nlp.advise.realise import GoalPlan, realise
from smart_nlp.text import fold


@pytest.mark.parametrize("case", [pytest.param(c, id=f"{i:02d}-{c['sentence'][:40]}")
                                  for i, c in enumerate(load_examples("realise"))])
def test_facts_become_one_sentence(case):
    said = realise(GoalPlan.from_dict(case["plan"]))
    assert fold(said) == fold(case["sentence"])
    assert said[0].isupper() and said.endswith(".") and "  " not in said


@pytest.mark.parametrize("noun, family, expected", [
    (Noun("offre", "f", "s"), "definite", "l'offre"),
    (Noun("hôtel", "m", "s"), "definite", "l'hôtel"),
    (Noun("hausse", "f", "s"), "definite", "la hausse"),
    (Noun("ventes", "f", "p"), "we", "nos ventes"),
    (Noun("audience", "f", "s"), "my", "mon audience"),
    (Noun("marge", "f", "s"), "my", "ma marge"),
    (Noun("trafic", "m", "s"), "definite", "le trafic"),
])
def test_determiners_agree_and_elide(noun, family, expected):
    assert with_determiner(noun, family) == expected


@pytest.mark.parametrize("phrase, expected", [
    ("le chiffre d'affaires", "du chiffre d'affaires"), ("les ventes", "des ventes"),
    ("abonnés", "d'abonnés"), ("la gamme bio", "de la gamme bio"), ("l'offre", "de l'offre"),
])
def test_de_contracts_and_elides(phrase, expected):
    assert of(phrase) == expected


@pytest.mark.parametrize("clause, expected", [
    ("Organiser 4 ateliers", "en organisant 4 ateliers"), ("lancer une offre", "en lançant une offre"),
    ("Partager nos recettes", "en partageant nos recettes"), ("Réunir les clients", "en réunissant les clients"),
    ("grâce à un salon", "grâce à un salon"),
])
def test_infinitive_means_become_gerunds(clause, expected):
    assert gerund(clause) == expected


def test_singular_and_capital():
    assert singular("nouveaux clients B2B") == "nouveau client B2B"
    assert singular("ventes de gâteaux") == "vente de gâteaux"
    assert capitalise("[viser] plus") == "[Viser] plus"


@pytest.mark.parametrize("said, written", [
    ("de son service de maternité", "du service de maternité"),
    ("sur son site internet", "sur le site internet"),
    ("à ses adhérents", "aux adhérents"),
    ("de son équipe", "de l'équipe"),
    ("le son du concert", "le son du concert"),
])
def test_a_third_person_possessive_becomes_the_article(said, written):
    assert impersonal(said) == written


@pytest.mark.parametrize("clause, gerund_form", [
    ("Refaire le site internet", "en refaisant le site internet"),
    ("Rouvrir la boutique le dimanche", "en rouvrant la boutique le dimanche"),
])
def test_a_prefixed_verb_takes_its_base_verbs_gerund(clause, gerund_form):
    assert gerund(clause) == gerund_form
