"""Print the README's before/after rewrite pairs, and the corpus-wide rewrite checks.

Usage:
    python benchmarks/rewrite_examples.py           # three pairs, as Markdown
    python benchmarks/rewrite_examples.py --check   # every corpus goal's rewrite, filled and re-analysed

The goals are our own (not corpus goals, not review goals). The check fills each
rewrite's placeholders as a user would (tests/rewrite_support.py) and counts the
rewrites the analyzer judges SMART, and those that change the KPI, lose the target,
a channel or the deadline, or carry two deadlines.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from smart_nlp import Analyzer

ROOT = Path(__file__).resolve().parent.parent
REF = "2027-01-11"
PAIRS = [
    "Je veux plus d'abonnés sur Instagram pour mon salon de thé",
    "Passer le taux de conversion de notre boutique de 18 % à 25 % d'ici 6 semaines",
    "Être la référence du vélo cargo à Lyon",
]


def pairs(analyzer: Analyzer) -> None:
    print("| the user wrote | smart_nlp hands back |")
    print("| --- | --- |")
    for text in PAIRS:
        a = analyzer.analyze(text, REF)
        print(f"| {text} | {a.suggestion} |")
    print(f"\n*Reference date {REF}; `python benchmarks/rewrite_examples.py` prints this table.*")


def check(analyzer: Analyzer) -> None:
    sys.path.insert(0, str(ROOT / "tests"))
    from rewrite_support import fill

    goals = [json.loads(line) for name in ("train", "dev") for line in
             (ROOT / "corpus" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    counts = {"goals": len(goals), "rewritten": 0, "not a goal": 0, "filled rewrite SMART": 0, "KPI changed": 0,
              "target lost": 0, "channel lost": 0, "deadline changed": 0, "two deadlines": 0}
    for ex in goals:
        a = analyzer.analyze(ex["text"], ex["ref_date"])
        counts["not a goal"] += not a.is_goal
        if not a.suggestion:
            continue
        counts["rewritten"] += 1
        b = analyzer.analyze(fill(a.suggestion), ex["ref_date"])
        counts["filled rewrite SMART"] += all(v.met for v in b.criteria.values())
        counts["KPI changed"] += bool(a.kpi and b.kpi != a.kpi)
        counts["target lost"] += bool(a.targets and not any(
            abs(u.value - a.targets[0].value) < 1e-6 and u.kind == a.targets[0].kind for u in b.targets))
        counts["channel lost"] += not set(a.channels) <= set(b.channels)
        counts["deadline changed"] += bool(a.deadline and a.deadline.date > a.ref_date
                                           and (not b.deadline or b.deadline.date != a.deadline.date))
        counts["two deadlines"] += len(re.findall(r"d'ici", a.suggestion)) > 1
    for key, value in counts.items():
        print(f"{key}: {value}")


if __name__ == "__main__":
    (check if "--check" in sys.argv else pairs)(Analyzer())
