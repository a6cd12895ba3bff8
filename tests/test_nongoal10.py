"""Is a text written by someone else a goal at all? Minutes, questions to a colleague,
results reached, announcements, descriptions of the organisation, job-ad duties, others'
forecasts, customers' quotations, superseded plans and thanks are not: empty analysis (SPEC
section 7), no rewrite, a note that says what they are. Intentions, questions the writer
asks themselves, the future with a target, list items, vague wishes and goals beside such
texts are goals (tests/examples/fr/nongoal10.yaml, frozen before the change). The share of
cases with every property holds as a floor (see FLOOR's comment)."""
from __future__ import annotations

from conftest import load_examples
from rewrite_support import assert_share, report
from smart_nlp.text import fold

CASES = load_examples("nongoal10")
FLOOR = 56 / 66  # main before the change (505eb32): 27 of 66 (45 verdicts right); after: 56 of 66 (66 verdicts)
# The 10 left: 7 keep the KPI or the specific / relevant verdict of what a result, a forecast or a
# former plan reports on, as corpus/dev_* annotate them (no dev field may drop); 3 read a KPI or a target.
NOT_GOAL = "pas un objectif"
FAMILY_WORDS = {"minutes": ["compte rendu"], "request": ["demande", "question"],
                "result": ["resultat deja obtenu"], "announcement": ["annonce"],
                "company": ["presente", "description", "situation"], "job": ["offre d'emploi", "poste"],
                "forecast": ["prevision"], "quotation": ["citation", "avis", "temoignage"],
                "superseded": ["abandonne", "ne tient plus", "ancien", "depasse"],
                "thanks": ["remerciement", "salutation", "message"]}
KEEPS_KPI = ("result", "company")  # what they report on is named: its KPI stays


def _plain(text: str) -> str:
    return fold(text).replace("\u202f", " ").replace("\u00a0", " ")


def faults(analyzer, case: dict) -> list[str]:
    a = analyzer.analyze(case["text"], str(case.get("ref_date", "2026-11-20")))
    first = _plain(a.suggestion_notes[0]) if a.suggestion_notes else ""
    kpi = a.kpi
    if case["goal"]:
        out = [] if a.is_goal else ["refused: " + first]
        out += [f"kpi {kpi} not {case['kpi']}"] if kpi != case.get("kpi") else []
        out += ["note says no goal"] if NOT_GOAL in first else []
        return out + (["no rewrite"] if a.suggestion is None and not all(v.met for v in a.criteria.values()) else [])
    out = ["read as a goal"] if a.is_goal else []
    out += ["rewritten"] if a.suggestion is not None else []
    out += ["targets"] if a.targets else []
    out += ["deadline"] if a.deadline is not None else []
    out += ["means"] if a.means else []
    out += [f"{c} met" for c, v in a.criteria.items() if v.met]
    out += [f"kpi {kpi}"] if kpi is not None and case["family"] not in KEEPS_KPI else []
    out += [] if NOT_GOAL in first else ["note: " + first[:60]]
    return out + ([] if any(w in first for w in FAMILY_WORDS[case["family"]]) else ["note lacks " + case["family"]])


def test_goal_or_not_in_others_voices(analyzer):
    assert_share(CASES, lambda c: faults(analyzer, c), FLOOR)


if __name__ == "__main__":
    from smart_nlp.analyzer import Analyzer

    an = Analyzer()
    report(CASES, lambda c: faults(an, c))
