"""Rewrites that name the measure the user named (tests/examples/fr/kpi8.yaml, frozen
before the work of helper kpi8 on issue 11): a rate « taux de/d' + noun » keeps its words
whatever the KPI id, a counted noun keeps its complements, the user's verb of gain stays,
two measures keep their own targets, and a misspelt known word is corrected. The share of
goals with every property holds as a floor (see FLOOR's comment)."""
from __future__ import annotations


import pytest
from conftest import load_examples
from rewrite_support import assert_share, report, said_faults

CASES = load_examples("kpi8")
FLOOR = 50 / 54  # main before the work (f5ed4bc): 34 (26 of the first batch of 37); rate nouns as meant, verbs of gain kept: 43; counted nouns with complements, hours billed keep their verb: 46; rates asked down in points (« taux d'annulation » elided), a judgement ends the rate: 48; a rate keeps its complement said after its figure, a remark clause after the target holds no KPI of it: 50


def faults(analyzer, case: dict) -> list[str]:
    """What the rewrite of ``case`` gets wrong in words."""
    return said_faults(analyzer, case)[1]


def test_the_rewrites_name_the_users_measure(analyzer):
    assert_share(CASES, lambda c: faults(analyzer, c), FLOOR)


@pytest.mark.parametrize("case", load_examples("kpi8_fixes"), ids=lambda c: c["text"][:40])
def test_each_fix_holds(analyzer, case):
    """One case per fix (tests/examples/fr/kpi8_fixes.yaml): every property holds."""
    assert faults(analyzer, case) == []


if __name__ == "__main__":
    from smart_nlp.analyzer import Analyzer

    an = Analyzer()
    report(CASES, lambda c: faults(an, c))
