"""KPI, channels and funnel accuracy on the corpus splits and on the frozen unseen goals.

The unseen goals (tests/examples/fr/kpis_unseen.yaml) were written by the vocabulary
work's author before that work began, so they measure wording the corpus lacks, not
text by other people. Usage: python benchmarks/vocab_accuracy.py [--errors]
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

import yaml

from smart_nlp import Analyzer
from smart_nlp.analyzer import GoalInput
from smart_nlp.evaluate import read_jsonl

ROOT = Path(__file__).resolve().parent.parent
FIELDS = ("kpi", "channels", "funnel")
SETS = [("test", ROOT / "corpus" / "test.jsonl"), ("dev", ROOT / "corpus" / "dev.jsonl"),
        ("train", ROOT / "corpus" / "train.jsonl"),
        ("unseen (own, 40)", ROOT / "tests" / "examples" / "fr" / "kpis_unseen.yaml"),
        ("voices (own, 40)", ROOT / "tests" / "examples" / "fr" / "kpis_voices.yaml"),
        ("voices 5 (own, 40)", ROOT / "tests" / "examples" / "fr" / "kpis_voices5.yaml"),
        ("voices 6 (own, 101)", ROOT / "tests" / "examples" / "fr" / "kpis_voices6.yaml"),
        ("voices 6b (own, 42)", ROOT / "tests" / "examples" / "fr" / "kpis_voices6b.yaml")]


def _examples(path: Path) -> list[dict]:
    if path.suffix == ".yaml":
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    return read_jsonl(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--errors", action="store_true", help="print every wrong field")
    args = parser.parse_args()
    analyzer = Analyzer("rules")
    print("| set | n | " + " | ".join(FIELDS) + " | ms/goal |")
    print("| --- | --- |" + " --- |" * (len(FIELDS) + 1))
    for name, path in SETS:
        examples = _examples(path)
        goals = [GoalInput(e["text"], e.get("id"), e.get("ref_date", "2026-01-15")) for e in examples]
        started = time.perf_counter()
        results = [r.to_dict() for r in analyzer.pipe(goals)]
        elapsed = (time.perf_counter() - started) * 1000 / max(1, len(goals))
        fields = [f for f in FIELDS if f in examples[0]]  # kpis_voices.yaml has no channels
        ok = dict.fromkeys(fields, 0)
        for ex, got in zip(examples, results):
            for f in fields:
                if got[f] == ex[f]:
                    ok[f] += 1
                elif args.errors:
                    print(f"  {name} {f}: {got[f]!r} != {ex[f]!r}  « {ex['text']} »")
        n = len(examples)
        print(f"| {name} | {n} | " + " | ".join(f"{ok[f] / n:.3f}" if f in ok else "—" for f in FIELDS) + f" | {elapsed:.2f} |")


if __name__ == "__main__":
    main()
