"""The means and the reason a rewrite proposes (tests/examples/fr/means8.yaml, frozen before
the work): never an empty action in brackets, means that act on the KPI and cover each
channel or target the goal names, a reason one step further down the funnel, the user's
person kept, notes true of the goal. The share of goals with every property holds as a
floor (see FLOOR)."""
from __future__ import annotations

import re

from conftest import load_examples
from rewrite_support import assert_none_fail, assert_share, report_shown, shown as shown_sentence

CASES = load_examples("means8")
FIXES = load_examples("means8_fixes")
FLOOR = 45 / 47  # main before the work: 19 (3 of them judged SMART, no rewrite); after: 45
MEANS = re.compile(r"(?:^| )en \[([^\]]+)\]")
REASON = re.compile(r"afin (?:de |d')\[([^\]]+)\]")
EMPTY = re.compile(r"\[[^\]]*(?:action|moyen)s?[^\]]*à préciser[^\]]*\]")


def faults(analyzer, case: dict) -> list[str]:
    """What the rewrite of ``case`` gets wrong, by property."""
    a = analyzer.analyze(case["text"], "2026-12-07")
    shown = shown_sentence(a)
    if not shown:  # a goal judged SMART gets none (SPEC 6): nothing to propose
        return [] if all(v.met for v in a.criteria.values()) else ["no rewrite"]
    out = [f"empty action {m.group(0)!r}" for m in EMPTY.finditer(shown)]
    means = " ; ".join(MEANS.findall(shown))  # a text with two goals shows a sentence, and a means, per goal
    found = REASON.search(shown)
    reason = found.group(1) if found else ""
    wants_means = any(k in case for k in ("means_has", "means_each", "means_lacks"))
    if wants_means and not means:
        out.append("no proposed means")
    for rx in ([case["means_has"]] if "means_has" in case else []) + case.get("means_each", []):
        if means and not re.search(rx, means):
            out.append(f"means {means!r} lacks {rx!r}")
    out += [f"means says {w!r}" for w in case.get("means_lacks", []) if w in means]
    if "reason_has" in case and not re.search(case["reason_has"], reason):
        out.append(f"reason {reason!r} lacks {case['reason_has']!r}")
    out += [f"reason says {w!r}" for w in case.get("reason_lacks", []) if w in reason]
    out += [f"says {w!r}" for w in case.get("person_lacks", []) if w in f" {shown} "]
    notes = " ".join(a.suggestion_notes or []).replace("\u00a0", " ").replace("\u202f", " ")
    out += [f"note says {w!r}" for w in case.get("notes_lacks", []) if w in notes]
    return out


def test_means_and_reasons_fit_the_goal(analyzer):
    assert_share(CASES, lambda c: faults(analyzer, c), FLOOR)


def test_bugs_fixed_on_the_way_stay_fixed(analyzer):
    assert_none_fail(FIXES, lambda c: faults(analyzer, c))


if __name__ == "__main__":
    report_shown(CASES + FIXES, faults)
