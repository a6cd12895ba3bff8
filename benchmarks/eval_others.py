"""Score the analyzer on the frozen evaluation set written by others (benchmarks/eval_others/).

The set was written by an annotator who never saw the analyzer; nobody tunes on it. This
script only reads it and reports exact-match accuracy per field, deadline and number
accuracy on their own tables, and goal detection in whole documents.

    python benchmarks/eval_others.py --label after            # writes benchmarks/results/eval_others-after.json
    python benchmarks/eval_others.py --label before --markdown # prints the README table too
    python benchmarks/eval_others.py --data corpus/dev_documents --label dev   # another annotated folder

It talks to smart_nlp only through stable public entry points (``evaluate.evaluate``,
``analyze`` and the ``smart-nlp audit`` command), so the same script scores an older
checkout (``PYTHONPATH=<old checkout>``) for the "before" figures.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "eval_others"
RESULTS = HERE / "results"


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]


def _targets(items) -> list[tuple]:
    return sorted((t["kind"], round(float(t["value"]), 3), t.get("unit"), t.get("period")) for t in items)


FIELDS = ("kpi", "channels", "targets", "baseline", "deadline", "has_means", "funnel")
CRITERIA = ("specific", "measurable", "achievable", "relevant", "time_bound")


def _fields(d: dict | None, gold: bool) -> dict:
    if d is None:
        return {}
    if gold:
        return {"kpi": d["kpi"], "channels": d["channels"], "targets": _targets(d["targets"]),
                "baseline": _baseline(d["baseline"]), "deadline": d["deadline"], "has_means": d["has_means"],
                "funnel": d["funnel"]}
    return {"kpi": d["kpi"], "channels": d["channels"], "targets": _targets(d["targets"]),
            "baseline": _baseline(d["baseline"]), "deadline": d["deadline"]["date"] if d["deadline"] else None,
            "has_means": bool(d["means"]), "funnel": d["funnel"]}


def _baseline(b: dict | None) -> tuple | None:
    return None if b is None else (round(float(b["value"]), 3), b.get("unit"), b.get("period"))


def score_goals(examples: list[dict]) -> dict:
    """Exact match per field and F1 per criterion; a goal the analyzer fails on counts as wrong everywhere."""
    from sklearn.metrics import f1_score

    ok = {f: 0 for f in FIELDS}
    truth: dict[str, list[bool]] = {c: [] for c in CRITERIA}
    pred: dict[str, list[bool]] = {c: [] for c in CRITERIA}
    errors, by_voice = [], {}
    for ex in examples:
        a, crash = _analyze(ex["text"], ex["ref_date"])
        got, gold = _fields(a, False), _fields(ex, True)
        wrong = {f: {"predicted": got.get(f), "expected": gold[f]} for f in FIELDS if crash or got.get(f) != gold[f]}
        for f in FIELDS:
            ok[f] += f not in wrong
        for c in CRITERIA:
            truth[c].append(ex["labels"][c])
            p = bool(a and a["criteria"][c]["met"])
            pred[c].append(p)
            if p != ex["labels"][c]:
                wrong[c] = {"predicted": p, "expected": ex["labels"][c]}
        voice = ex.get("voice", "?")
        good, n = by_voice.get(voice, (0, 0))
        by_voice[voice] = (good + (not wrong), n + 1)
        if wrong or crash:
            errors.append({"id": ex["id"], "text": ex["text"], "crash": crash, "errors": wrong})
    n = max(1, len(examples))
    criteria = {c: round(float(f1_score(truth[c], pred[c], zero_division=0)), 3) for c in CRITERIA}
    return {"n": len(examples), "fields": {f: round(ok[f] / n, 3) for f in FIELDS},
            "criteria_f1": criteria, "macro_f1": round(sum(criteria.values()) / len(CRITERIA), 3),
            "crashes": sum(1 for e in errors if e["crash"]),
            "all_right_by_voice": {v: round(g / k, 3) for v, (g, k) in sorted(by_voice.items())},
            "errors": errors}


def _analyze(text: str, ref: str):
    import smart_nlp

    try:
        return smart_nlp.analyze(text, ref_date=ref).to_dict(), None
    except Exception as err:  # the figure counts crashes as misses and names them
        return None, f"{type(err).__name__}: {err}"


def score_dates(rows: list[dict]) -> dict:
    ok, errors = 0, []
    for r in rows:
        a, crash = _analyze(r["text"], r["ref_date"])
        got = a["deadline"]["date"] if a and a["deadline"] else None
        if crash is None and got == r["date"]:
            ok += 1
        else:
            errors.append({"id": r["id"], "text": r["text"], "ref_date": r["ref_date"], "expected": r["date"],
                           "predicted": got, "crash": crash})
    return {"n": len(rows), "accuracy": round(ok / max(1, len(rows)), 3),
            "forward_looking": _subset(rows, errors, lambda r: r["date"] is not None and r["date"] >= r["ref_date"]),
            "errors": errors}


def score_numbers(rows: list[dict]) -> dict:
    ok, errors = 0, []
    for r in rows:
        a, crash = _analyze(r["text"], r["ref_date"])
        got = _targets(a["targets"]) if a else None
        if crash is None and got == _targets(r["targets"]):
            ok += 1
        else:
            errors.append({"id": r["id"], "text": r["text"], "expected": _targets(r["targets"]), "predicted": got,
                           "crash": crash})
    money = lambda r: any(t.get("unit") in {"EUR", "USD", "CAD", "CHF", "GBP", "%", "pt"} for t in r["targets"])
    return {"n": len(rows), "accuracy": round(ok / max(1, len(rows)), 3),
            "money_and_percent": _subset(rows, errors, money), "errors": errors}


def _subset(rows: list[dict], errors: list[dict], keep) -> dict:
    bad = {e["id"] for e in errors}
    sub = [r for r in rows if keep(r)]
    return {"n": len(sub), "accuracy": round(sum(r["id"] not in bad for r in sub) / max(1, len(sub)), 3)}


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    text = re.sub(r"[*_`#>|]", " ", text)
    return re.sub(r"\s+", " ", text).strip(" .;:-–•")


def _found(statement: str, goals: list[str]) -> bool:
    s = _norm(statement)
    for g in goals:
        g = _norm(g)
        if not g or not s:
            continue
        if g in s or s in g or g[:60] in s or s[:60] in g:
            return True
    return False


def score_documents(docs: list[dict], folder: Path = DATA) -> dict:
    """Goal detection over annotated documents, read from ``folder/documents/`` or ``folder``."""
    tp = fp = fn = 0
    per_doc, errors = [], []
    for d in docs:
        path = folder / "documents" / d["file"]
        path = path if path.exists() else folder / d["file"]
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "report.json"
            proc = subprocess.run([sys.executable, "-m", "smart_nlp.cli", "audit", str(path), "--format", "json",
                                   "-o", str(out)], capture_output=True, text=True, env=os.environ.copy())
            if proc.returncode != 0 or not out.exists():
                errors.append({"file": d["file"], "error": proc.stderr[-400:]})
                found, ref = [], None
            else:
                rep = json.loads(out.read_text(encoding="utf-8"))["documents"][0]
                found = [g["statement"] for g in rep["goals"]]
                ref = rep.get("ref_date")
        d_tp = d_fp = d_fn = 0
        for st in d["statements"]:
            hit = _found(st["text"], found)
            if st["is_goal"] and hit:
                d_tp += 1
            elif st["is_goal"]:
                d_fn += 1
                errors.append({"file": d["file"], "missed": st["text"]})
            elif hit:
                d_fp += 1
                errors.append({"file": d["file"], "false_goal": st["text"]})
        tp, fp, fn = tp + d_tp, fp + d_fp, fn + d_fn
        per_doc.append({"file": d["file"], "statements": len(d["statements"]), "goals": d_tp + d_fn,
                        "precision": _ratio(d_tp, d_tp + d_fp), "recall": _ratio(d_tp, d_tp + d_fn),
                        "ref_date": ref, "expected_ref_date": d.get("ref_date")})
    return {"precision": _ratio(tp, tp + fp), "recall": _ratio(tp, tp + fn), "documents": per_doc, "errors": errors}


def _ratio(a: int, b: int) -> float:
    return round(a / b, 3) if b else 0.0


def markdown(res: dict) -> str:
    lines = ["| what | value |", "| --- | --- |"]
    g = res.get("goals")
    if g:
        for f, v in g["fields"].items():
            lines.append(f"| goals ({g['n']}): {f} | {v:.3f} |")
        lines.append(f"| goals: criteria macro F1 | {g['macro_f1']:.3f} |")
        lines.append(f"| goals: analyses that raised | {g['crashes']} |")
    if res.get("dates"):
        lines.append(f"| date expressions ({res['dates']['n']}) | {res['dates']['accuracy']:.3f} |")
    if res.get("numbers"):
        lines.append(f"| number expressions ({res['numbers']['n']}) | {res['numbers']['accuracy']:.3f} |")
    if res.get("documents"):
        d = res["documents"]
        lines.append(f"| goal detection in documents: precision | {d['precision']:.3f} |")
        lines.append(f"| goal detection in documents: recall | {d['recall']:.3f} |")
    return "\n".join(lines)


START, END = "<!-- eval-others:start -->", "<!-- eval-others:end -->"


def comparison(columns: list[tuple[str, dict]]) -> str:
    """The README table: every field in each run, from result files, one column per
    (heading, result) in order; the row counts are the last run's."""
    heads, runs = [h for h, _ in columns], [r for _, r in columns]
    last = runs[-1]
    n = last["goals"]["n"]

    def row(label: str, values: list) -> str:
        return f"| {label} | " + " | ".join(values) + " |"

    rows = [row("measured on French written by others", heads), "| --- |" + " --- |" * len(heads)]
    for f in last["goals"]["fields"]:
        rows.append(row(f"{n} goals: {f}", [f"{r['goals']['fields'][f]:.3f}" for r in runs]))
    rows.append(row(f"{n} goals: criteria macro F1", [f"{r['goals']['macro_f1']:.3f}" for r in runs]))
    rows.append(row(f"{n} goals: analyses that raised", [str(r["goals"]["crashes"]) for r in runs]))
    for key, label in (("dates", "date expressions"), ("numbers", "number expressions")):
        rows.append(row(f"{last[key]['n']} {label}", [f"{r[key]['accuracy']:.3f}" for r in runs]))
    for key in ("precision", "recall"):
        rows.append(row(f"goal statements in 3 documents: {key}", [f"{r['documents'][key]:.3f}" for r in runs]))
    return "\n".join(rows)


def update_readme(readme: Path, before: Path, after: Path) -> str:
    """Put the comparison table between the README's markers; returns the new README text."""
    text = readme.read_text(encoding="utf-8")
    table = comparison([("before (365850d)", json.loads(before.read_text(encoding="utf-8"))),
                        ("now", json.loads(after.read_text(encoding="utf-8")))])
    head, _, rest = text.partition(START)
    _, _, tail = rest.partition(END)
    return f"{head}{START}\n{table}\n{END}{tail}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--label", default="current", help="name of the result file (before, after…)")
    parser.add_argument("--markdown", action="store_true", help="also print the summary table")
    parser.add_argument("--readme", action="store_true",
                        help="only rewrite README.md's table from results/eval_others-before.json and -after.json")
    parser.add_argument("--data", type=Path, default=DATA,
                        help="score another folder annotated the same way (e.g. corpus/dev_documents)")
    args = parser.parse_args()
    data = args.data.resolve()
    if args.readme:
        readme = HERE.parent / "README.md"
        readme.write_text(update_readme(readme, RESULTS / "eval_others-before.json",
                                        RESULTS / "eval_others-after.json"), encoding="utf-8")
        return
    res: dict = {"label": args.label}
    if (data / "goals.jsonl").exists():
        res["goals"] = score_goals(read_jsonl(data / "goals.jsonl"))
    if (data / "dates.jsonl").exists():
        res["dates"] = score_dates(read_jsonl(data / "dates.jsonl"))
    if (data / "numbers.jsonl").exists():
        res["numbers"] = score_numbers(read_jsonl(data / "numbers.jsonl"))
    if (data / "documents.jsonl").exists():
        res["documents"] = score_documents(read_jsonl(data / "documents.jsonl"), data)
    RESULTS.mkdir(exist_ok=True)
    name = "eval_others" if data == DATA.resolve() else data.name
    out = RESULTS / f"{name}-{args.label}.json"
    out.write_text(json.dumps(res, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out}")
    if args.markdown:
        print(markdown(res))


if __name__ == "__main__":
    main()
