"""Measure the analyzer on annotated goals (SPEC section 7): fields and criteria."""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any, Iterable

from .analysis import CRITERIA
from .analyzer import Analyzer, GoalInput
from .io import lines
from .lang.fr import message

FIELDS = ("kpi", "channels", "targets", "baseline", "deadline", "has_means", "funnel")


def _targets(items: Iterable[dict]) -> list[tuple]:
    return [(t["kind"], round(float(t["value"]), 4), t.get("unit"), t.get("period")) for t in items]


def _baseline(b: dict | None) -> tuple | None:
    return None if b is None else (round(float(b["value"]), 4), b.get("unit"), b.get("period"))


def predicted_fields(a: dict) -> dict[str, Any]:
    return {
        "kpi": a["kpi"], "channels": a["channels"], "targets": _targets(a["targets"]),
        "baseline": _baseline(a["baseline"]), "deadline": a["deadline"]["date"] if a["deadline"] else None,
        "has_means": bool(a["means"]), "funnel": a["funnel"],
    }


def gold_fields(ex: dict) -> dict[str, Any]:
    return {"kpi": ex["kpi"], "channels": ex["channels"], "targets": _targets(ex["targets"]),
            "baseline": _baseline(ex["baseline"]), "deadline": ex["deadline"],
            "has_means": ex["has_means"], "funnel": ex["funnel"]}


def _prf(gold: list[bool], pred: list[bool]) -> dict[str, float]:
    from sklearn.metrics import precision_recall_fscore_support

    p, r, f, _ = precision_recall_fscore_support(gold, pred, average="binary", pos_label=True, zero_division=0)
    return {"precision": round(float(p), 3), "recall": round(float(r), 3), "f1": round(float(f), 3)}


def evaluate(examples: list[dict], analyzer: Analyzer | None = None) -> dict[str, Any]:
    """Exact-match accuracy per field, P/R/F1 per criterion (positive class: met)."""
    analyzer = analyzer or Analyzer()
    goals = [GoalInput(e["text"], e.get("id"), e.get("ref_date")) for e in examples]
    field_ok: Counter = Counter()
    verdicts: dict[str, tuple[list[bool], list[bool]]] = {c: ([], []) for c in CRITERIA}
    errors: list[dict] = []
    for ex, result in zip(examples, analyzer.pipe(goals)):
        failed = not hasattr(result, "criteria")  # the goal's error, yielded in its place
        pred, gold = ({} if failed else predicted_fields(result.to_dict())), gold_fields(ex)
        expected = message("corpus", "evaluate.an_analysis")
        wrong = {"analysis": {"predicted": str(result), "expected": expected}} if failed else {}
        for f in FIELDS:
            if pred.get(f) == gold[f]:
                field_ok[f] += 1
            else:
                wrong[f] = {"predicted": pred.get(f), "expected": gold[f]}
        for c in CRITERIA:
            p, g = (False if failed else result.criteria[c].met), ex["labels"][c]
            verdicts[c][0].append(g)
            verdicts[c][1].append(p)
            if p != g:
                wrong[c] = {"predicted": p, "expected": g}
        if wrong:
            errors.append({"id": ex.get("id"), "text": ex["text"], "errors": wrong})
    n = len(examples) or 1
    criteria = {c: _prf(*verdicts[c]) for c in CRITERIA}
    return {
        "n": len(examples),
        "fields": {f: round(field_ok[f] / n, 3) for f in FIELDS},
        "criteria": criteria,
        "macro_f1": round(sum(v["f1"] for v in criteria.values()) / len(CRITERIA), 3),
        "errors": errors,
    }


def read_jsonl(path: str | Path) -> list[dict]:
    return [json.loads(line) for line in lines(Path(path).read_text(encoding="utf-8")) if line.strip()]
