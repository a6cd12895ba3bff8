"""Defaults that fit the business (tests/examples/fr/trade7.yaml, frozen before the work):
the means, reason and starting figures a rewrite adds fit the trade and the goal — a
plumber answers call-outs, a distillery calls on wine shops, a notary's followers serve
appointments, a neighbourhood coworking counts hundreds of followers, not thousands. The
share of goals with every property holds as a floor (main before the work: 13 of 41; after the trade tables: 38 of 41)."""
from __future__ import annotations

import re

from conftest import load_examples
from rewrite_support import assert_share, shown as shown_sentence

CASES = load_examples("trade7")
FIXES = load_examples("trade7_fixes")
FLOOR = 38 / 41
MEANS = re.compile(r" en \[([\w'’-]+ant(?![\w])[^\]]*)\]")
REASON = re.compile(r"afin (?:de |d')\[([^\]]+)\]")
FIGURE = re.compile(r"\[(\d[\d ]*(?:,\d+)?)\]")


def faults(analyzer, case: dict) -> list[str]:
    """What the rewrite of ``case`` gets wrong, by property."""
    shown = shown_sentence(analyzer.analyze(case["text"], "2026-12-07"))
    if not shown:
        return ["no rewrite"]
    out = []
    means = MEANS.search(shown)
    reason = REASON.search(shown)
    means_text = means.group(1) if means else ""
    reason_text = reason.group(1) if reason else ""
    if ("means_has" in case or "means_lacks" in case) and not means:
        out.append("no proposed means")
    if "means_has" in case and means and not re.search(case["means_has"], means_text):
        out.append(f"means {means_text!r} lacks {case['means_has']!r}")
    out += [f"means says {w!r}" for w in case.get("means_lacks", []) if w in means_text]
    if "reason_has" in case and not re.search(case["reason_has"], reason_text):
        out.append(f"reason {reason_text!r} lacks {case['reason_has']!r}")
    out += [f"reason says {w!r}" for w in case.get("reason_lacks", []) if w in reason_text]
    figures = [float(f.replace(" ", "").replace(",", ".")) for f in FIGURE.findall(shown)]
    if "figures_max" in case and any(f > case["figures_max"] for f in figures):
        out.append(f"figures {figures} above {case['figures_max']}")
    if "period" in case and not re.search(case["period"], shown):
        out.append(f"no period {case['period']!r}")
    out += [f"says {w!r}" for w in case.get("lacks", []) if w in shown]
    if "match" in case and not re.search(case["match"], shown):
        out.append(f"no match {case['match']!r}")
    return out


def test_defaults_fit_the_business(analyzer):
    assert_share(CASES, lambda c: faults(analyzer, c), FLOOR)


def test_bugs_fixed_on_the_way_stay_fixed(analyzer):
    found = {c["text"]: faults(analyzer, c) for c in FIXES}
    assert not {t: f for t, f in found.items() if f}


def report(analyzer=None) -> None:
    """Print every case with its rewrite and faults (``python3 tests/test_trade7.py``)."""
    import smart_nlp

    analyzer = analyzer or smart_nlp.Analyzer()
    ok = 0
    for c in CASES + FIXES:
        f = faults(analyzer, c)
        ok += not f
        print(("OK  " if not f else "BAD ") + c["text"])
        print("    " + shown_sentence(analyzer.analyze(c["text"], "2026-12-07")))
        for x in f:
            print("    - " + x)
    print(f"{ok}/{len(CASES) + len(FIXES)} (frozen set first, then the fixes)")


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    report()
