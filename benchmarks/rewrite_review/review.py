"""Blind review of rewrites: make the rewrites, blind them into one sheet, summarise the ratings.

    PYTHONPATH=<old checkout> python benchmarks/rewrite_review/review.py rewrite --label before
    python benchmarks/rewrite_review/review.py rewrite --label after
    python benchmarks/rewrite_review/review.py blind before after     # sheet.jsonl + key.json
    (a reviewer who never saw the code fills ratings.jsonl from sheet.jsonl; see PROTOCOL.md)
    python benchmarks/rewrite_review/review.py summary [--folder round1] # results.json + a Markdown table

A round with its own goals (written by a new writer, e.g. round3/goals.jsonl) passes
``--folder round3`` to ``rewrite`` and ``blind`` too: its goals are read and its files
written there.

The sheet mixes every version of every goal in a seeded random order under opaque ids, so
the reviewer cannot tell which version produced a rewrite.
"""
from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCALES = ("fluency", "faithfulness", "usefulness")
NO_REWRITE = "aucune reformulation\u00a0: objectif déjà SMART"


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]


def write_jsonl(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def goals_file(folder: Path) -> Path:
    """A round's own goals when it has them, else the first rounds' goals."""
    own = folder / "goals.jsonl"
    return own if own.is_file() else HERE / "goals.jsonl"


def make_rewrites(label: str, folder: Path = HERE) -> Path:
    import smart_nlp

    rows = []
    for g in read_jsonl(goals_file(folder)):
        a = smart_nlp.analyze(g["text"], ref_date=g["ref_date"]).to_dict()
        extra = {k: a[k] for k in ("suggestion_notes", "is_goal") if k in a}
        if a.get("other_goals"):  # a text with two goals: one sentence per goal (advise/several.py)
            extra["other_rewrites"] = [o["suggestion"] for o in a["other_goals"]]
        rows.append({"id": g["id"], "text": g["text"], "ref_date": g["ref_date"], "rewrite": a["suggestion"],
                     "all_met": all(c["met"] for c in a["criteria"].values()), **extra})
    out = folder / f"rewrites-{label}.jsonl"
    write_jsonl(out, rows)
    return out


def shown(r: dict) -> str:
    """What the reviewer reads (PROTOCOL.md, Blinding 1): the rewrite, or, when there is none,
    the note that says why, or that the goal is already SMART (rounds 11 and 12 showed null);
    a text with two goals shows each goal's sentence on its own line."""
    if r["rewrite"] is not None:
        return "\n".join([r["rewrite"], *[o for o in r.get("other_rewrites") or [] if o]])
    notes = r.get("suggestion_notes") or []
    return notes[0] if notes else NO_REWRITE


def blind(labels: list[str], seed: int = 20261206, folder: Path = HERE) -> None:
    items = []
    for label in labels:
        for r in read_jsonl(folder / f"rewrites-{label}.jsonl"):
            items.append((label, r))
    random.Random(seed).shuffle(items)
    sheet, key = [], {}
    for i, (label, r) in enumerate(items, 1):
        sid = f"s{i:03d}"
        key[sid] = {"label": label, "goal": r["id"]}
        sheet.append({"sid": sid, "goal": r["text"], "written_on": r["ref_date"], "rewrite": shown(r),
                      "explanation": r.get("suggestion_notes")})
    write_jsonl(folder / "sheet.jsonl", sheet)
    (folder / "key.json").write_text(json.dumps(key, indent=1) + "\n", encoding="utf-8")


def summary(folder: Path = HERE) -> dict:
    key = json.loads((folder / "key.json").read_text(encoding="utf-8"))
    by_label: dict[str, list[dict]] = {}
    for r in read_jsonl(folder / "ratings.jsonl"):
        by_label.setdefault(key[r["sid"]]["label"], []).append(r)
    res = {}
    for label, rows in sorted(by_label.items()):
        n = len(rows)
        res[label] = {"n": n, **{s: round(sum(r[s] for r in rows) / n, 2) for s in SCALES},
                      "showable": round(sum(bool(r["showable"]) for r in rows) / n, 3)}
    (folder / "results.json").write_text(json.dumps(res, indent=1) + "\n", encoding="utf-8")
    return res


def markdown(res: dict) -> str:
    lines = ["| version | rewrites | fluency | faithfulness | usefulness | showable as is |",
             "| --- | --- | --- | --- | --- | --- |"]
    for label, r in res.items():
        lines.append(f"| {label} | {r['n']} | {r['fluency']:.2f} | {r['faithfulness']:.2f} | "
                     f"{r['usefulness']:.2f} | {100 * r['showable']:.0f} % |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    rewrite = sub.add_parser("rewrite")
    rewrite.add_argument("--label", required=True)
    blind_cmd = sub.add_parser("blind")
    blind_cmd.add_argument("labels", nargs="+")
    blind_cmd.add_argument("--seed", type=int, default=20261206)
    summary_cmd = sub.add_parser("summary")
    for cmd in (rewrite, blind_cmd, summary_cmd):
        cmd.add_argument("--folder", default="", help="a round's folder (round1, round2…)")
    args = parser.parse_args()
    folder = HERE / args.folder
    if args.cmd == "rewrite":
        print(make_rewrites(args.label, folder))
    elif args.cmd == "blind":
        blind(args.labels, args.seed, folder)
    else:
        print(markdown(summary(folder)))


if __name__ == "__main__":
    main()
