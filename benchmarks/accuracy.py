"""Print the README's accuracy tables: criteria F1 (rules vs shipped) and field accuracy.

Usage: python benchmarks/accuracy.py > /tmp/accuracy.md
"""
from __future__ import annotations

from pathlib import Path

from smart_nlp import Analyzer
from smart_nlp.evaluate import evaluate, read_jsonl

ROOT = Path(__file__).resolve().parent.parent
SETS = [("**test (200, held out)**", ROOT / "corpus" / "test.jsonl"), ("dev (133)", ROOT / "corpus" / "dev.jsonl"),
        ("train (687)", ROOT / "corpus" / "train.jsonl"),
        ("calibration (40)", ROOT.parent / "shared" / "examples" / "calibration.jsonl")]


def main() -> None:
    scorers = (("rules", Analyzer("rules")), ("shipped", Analyzer()))
    print("| set | scorer | S | M | A | R | T | macro F1 |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    fields = []
    for name, path in SETS:
        if not path.exists():
            continue
        examples = read_jsonl(path)
        for label, analyzer in scorers:
            report = evaluate(examples, analyzer)
            f1 = " | ".join(f"{v['f1']:.3f}" for v in report["criteria"].values())
            print(f"| {name} | {label} | {f1} | **{report['macro_f1']:.3f}** |")
        fields.append((name, report["fields"]))
    print()
    keys = list(fields[0][1])
    print("| set | " + " | ".join(keys) + " |")
    print("|" + " --- |" * (len(keys) + 1))
    for name, accs in fields:
        print(f"| {name} | " + " | ".join(f"{accs[k]:.3f}" for k in keys) + " |")


if __name__ == "__main__":
    main()
