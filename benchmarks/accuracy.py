"""The README's accuracy tables: criteria F1 (rules vs shipped model) and field accuracy.

Reads only the repository (``corpus/``) and the model shipped in the package, so the
tables can be regenerated anywhere; ``benchmarks/readme.py`` writes them into the README
and ``tests/test_readme.py`` fails when they differ.

Usage: python benchmarks/accuracy.py
"""
from __future__ import annotations

from pathlib import Path

from smart_nlp import Analyzer
from smart_nlp.evaluate import evaluate, read_jsonl

ROOT = Path(__file__).resolve().parent.parent
SETS = [("test", "held out", True), ("dev", "", False), ("train", "", False), ("calibration", "", False)]


def tables() -> str:
    """Both Markdown tables, the held-out test set first and in bold."""
    scorers = (("rules", Analyzer("rules")), ("shipped", Analyzer()))
    criteria = ["| set | scorer | S | M | A | R | T | macro F1 |", "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    fields = []
    for name, note, bold in SETS:
        examples = read_jsonl(ROOT / "corpus" / f"{name}.jsonl")
        label = f"{name} ({len(examples)}{', ' + note if note else ''})"
        label = f"**{label}**" if bold else label
        for scorer, analyzer in scorers:
            report = evaluate(examples, analyzer)
            f1 = " | ".join(f"{v['f1']:.3f}" for v in report["criteria"].values())
            criteria.append(f"| {label} | {scorer} | {f1} | **{report['macro_f1']:.3f}** |")
        fields.append((label, report["fields"]))
    keys = list(fields[0][1])
    extraction = ["| set | " + " | ".join(keys) + " |", "|" + " --- |" * (len(keys) + 1)]
    extraction += [f"| {label} | " + " | ".join(f"{accs[k]:.3f}" for k in keys) + " |" for label, accs in fields]
    return "\n".join(criteria) + "\n\nExtraction, exact match per goal:\n\n" + "\n".join(extraction)


def doubts() -> str:
    """How often the shipped model's « À vérifier » flag marks a wrong verdict on the test set."""
    from smart_nlp.analyzer import GoalInput
    from smart_nlp.lang.fr import load
    from smart_nlp.text import typography

    cue = typography(load("messages")["learned"]["doubt"].split("{")[0]).strip()
    examples = read_jsonl(ROOT / "corpus" / "test.jsonl")
    goals = [GoalInput(e["text"], e["id"], e["ref_date"]) for e in examples]
    flagged = wrong_flagged = wrong = total = 0
    for e, a in zip(examples, Analyzer().pipe(goals)):
        for c, verdict in a.criteria.items():
            total += 1
            bad = verdict.met != e["labels"][c]
            wrong += bad
            if any(r.startswith(cue) for r in verdict.reasons):
                flagged += 1
                wrong_flagged += bad
    return (f"on the held-out test, {flagged} verdicts were flagged and {wrong_flagged} of them were indeed "
            f"wrong, against {100 * wrong / total:.1f} % of wrong verdicts overall")


if __name__ == "__main__":
    print(tables())
    print()
    print(doubts())
