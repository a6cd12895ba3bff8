"""Rewrites that keep the user's figure, its kind and the measure it counts
(tests/examples/fr/figures8.yaml, frozen before the work of helper figures8 on issue 11):
a rate target given is never replaced by a default rate, a floor stays a floor, a ceiling a
ceiling, a change « de plus » a change, the user's measure words name the KPI, a past value
stays the starting value, a count wanted « plus » gets a period, and no note says « Aucune
cible chiffrée » when the user gave one. The share of goals with every property holds as a
floor (see FLOOR's comment)."""
from __future__ import annotations


from conftest import load_examples
from rewrite_support import assert_share, report, said_faults

CASES = load_examples("figures8")
FLOOR = 39 / 42  # main before the work (ba3f3d6): 26; floors, ceilings from a start, rates named by the user, « hebdo »: 34; invariable nouns counted, flows per period, hours counted: 38; « piste cyclable » no lead: 39


def faults(analyzer, case: dict) -> list[str]:
    """What the rewrite of ``case`` and its notes get wrong, by property."""
    a, out = said_faults(analyzer, case)
    if case["family"] != "period" and any(n.startswith("Aucune cible chiffrée") for n in a.suggestion_notes):
        out.append("note says no figure")
    return out


def test_the_rewrites_keep_the_users_figure_and_measure(analyzer):
    assert_share(CASES, lambda c: faults(analyzer, c), FLOOR)


if __name__ == "__main__":
    from smart_nlp.analyzer import Analyzer

    an = Analyzer()
    report(CASES, lambda c: faults(an, c))
