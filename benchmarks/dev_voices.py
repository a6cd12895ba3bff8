"""Score the analyzer on a development file of goals in other voices (corpus/dev_voices*.jsonl).

The same field-by-field exact match as ``eval_others.py``, on a file we may look at and
tune on (the frozen set stays untouched): the per-field figures, then every wrong field.

    python benchmarks/dev_voices.py                                   # every dev_voices file
    python benchmarks/dev_voices.py corpus/dev_voices2.jsonl --errors kpi,targets
    python benchmarks/dev_voices.py --label after --output benchmarks/results/dev_voices-after.json
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from eval_others import FIELDS, read_jsonl, score_goals

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = [ROOT / "corpus" / f"dev_voices{n}.jsonl" for n in ("", "2", "3", "5", "7")]


def comparison(before: dict, after: dict) -> str:
    """The README table: per field, each file's figure before → after."""
    files = [name for name in after if name != "label"]
    lines = ["| field | " + " | ".join(f"{n.removesuffix('.jsonl')} ({after[n]['n']}) before → after"
                                       for n in files) + " |",
             "| --- |" + " --- |" * len(files)]
    for f in FIELDS:
        lines.append(f"| {f} | " + " | ".join(f"{before[n]['fields'][f]:.3f} → {after[n]['fields'][f]:.3f}"
                                              for n in files) + " |")
    return "\n".join(lines)


def stages(columns: list[tuple[str, dict]]) -> str:
    """The README table of one file scored at several commits: a column per (heading, result)."""
    name = next(n for n in columns[-1][1] if n != "label")
    lines = [f"| field ({columns[-1][1][name]['n']} goals) | " + " | ".join(h for h, _ in columns) + " |",
             "| --- |" + " --- |" * len(columns)]
    for f in FIELDS:
        lines.append(f"| {f} | " + " | ".join(f"{r[name]['fields'][f]:.3f}" for _, r in columns) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="JSONL goals annotated per SPEC section 7")
    parser.add_argument("--errors", default="", help="comma-separated fields whose errors are printed")
    parser.add_argument("--label", default="current", help="label stored with the figures")
    parser.add_argument("--output", type=Path, help="write the figures (without the errors) to this JSON file")
    args = parser.parse_args()
    shown = {f for f in args.errors.split(",") if f}
    figures = {"label": args.label}
    for path in args.files or DEFAULT:
        res = score_goals(read_jsonl(path))
        figures[path.name] = {k: res[k] for k in ("n", "fields", "criteria_f1", "macro_f1", "crashes")}
        print(f"{path.name} ({res['n']} goals): " + "  ".join(f"{f} {res['fields'][f]:.3f}" for f in FIELDS))
        print("  criteria F1: " + "  ".join(f"{c} {v:.3f}" for c, v in res["criteria_f1"].items()))
        for err in res["errors"]:
            for field in sorted(shown & set(err["errors"])):
                e = err["errors"][field]
                print(f"  [{field}] {err['id']}: {err['text']}\n      got {e['predicted']}  want {e['expected']}")
    if args.output:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(json.dumps(figures, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
