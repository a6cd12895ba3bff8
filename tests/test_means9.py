"""The user's own means, read wherever they are said and kept in the rewrite
(tests/examples/fr/means9.yaml, frozen before the work): the next sentence, a team's plan,
a list after a colon, « on mise sur », « avec / via » + a noun of action, to-dos in a
message; never a past result or a condition. The share of goals whose `has_means` is right,
and the share whose sentence keeps the user's means (and proposes one only when none was
said), hold as floors."""
from __future__ import annotations

import re

from conftest import load_examples
from rewrite_support import assert_none_fail, assert_share, report_shown, shown as shown_sentence

CASES = load_examples("means9")
FIXES = load_examples("means9_fixes")
READ_FLOOR = 46 / 46  # main before the work: 28; after: 46
KEPT_FLOOR = 46 / 46  # main before the work: 25; after: 46
PROPOSED = re.compile(r"(?:^| )en \[[^\]]+\]")


def read_faults(analyzer, case: dict) -> list[str]:
    """Whether the analysis reads a means where the case says one is."""
    got = bool(analyzer.analyze(case["text"], "2026-12-07").to_dict()["means"])
    return [] if got == case["has_means"] else [f"has_means {got}"]


def kept_faults(analyzer, case: dict) -> list[str]:
    """The sentence shown keeps the user's means in their words and proposes none of its own,
    or proposes one when the user gave none."""
    a = analyzer.analyze(case["text"], "2026-12-07")
    shown = shown_sentence(a)
    if not shown:  # judged SMART: no rewrite is due (SPEC 6)
        return [] if all(v.met for v in a.criteria.values()) else ["no rewrite"]
    proposed = bool(PROPOSED.search(shown))
    out = ["proposes a means"] if proposed and case["has_means"] else []
    out += ["proposes no means"] if not proposed and not case["has_means"] else []
    out += [f"lacks {w!r}" for w in case.get("keep", []) if w not in shown]
    out += [f"says {w!r}" for w in case.get("lacks", []) if w in shown]
    deadline = (a.to_dict().get("deadline") or {}).get("date")
    out += [f"deadline {deadline}"] if "deadline" in case and deadline != case["deadline"] else []
    return out


def test_the_users_means_are_read(analyzer):
    assert_share(CASES, lambda c: read_faults(analyzer, c), READ_FLOOR)


def test_the_users_means_are_kept(analyzer):
    assert_share(CASES, lambda c: kept_faults(analyzer, c), KEPT_FLOOR)


def test_bugs_fixed_on_the_way_stay_fixed(analyzer):
    assert_none_fail(FIXES, lambda c: read_faults(analyzer, c) + kept_faults(analyzer, c))


if __name__ == "__main__":
    report_shown(CASES + FIXES, lambda an, c: read_faults(an, c) + kept_faults(an, c))
