"""The rewrite's deadline in goals that name a period, a season, an event or two targets
(tests/examples/fr/dates7.yaml, frozen before the session-7 work on dates): the user's
period is the deadline and is never doubled, a season during which a rate holds is said
as a period, a past event points to its next occurrence, and the filled rewrite is still
time-bound. The share of goals with every property holds as a floor (main before the
work: see FLOOR's comment)."""
from __future__ import annotations

from conftest import load_examples
from rewrite_support import assert_share, fill, shown as shown_sentence, word_faults

CASES = load_examples("dates7")
FLOOR = 33 / 34  # main before the work: 10 of 34; after the dates7 work: 33 of 34


def faults(analyzer, case: dict) -> list[str]:
    """What the rewrite of ``case`` gets wrong about time."""
    ref = str(case["ref_date"])
    a = analyzer.analyze(case["text"], ref)
    shown = shown_sentence(a)
    if not shown:
        return ["no rewrite"]
    out = word_faults(shown, case)
    if a.suggestion and not analyzer.analyze(fill(a.suggestion), ref).criteria["time_bound"].met:
        out.append("filled, not time-bound")
    return out


def test_the_rewrites_keep_the_users_time(analyzer):
    assert_share(CASES, lambda c: faults(analyzer, c), FLOOR)
