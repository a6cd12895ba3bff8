"""Measure the analyzer on annotated goals (SPEC section 7): fields and criteria."""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any, Iterable

from .analysis import CRITERIA
from .analyzer import Analyzer, GoalInput

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


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}


def evaluate(examples: list[dict], analyzer: Analyzer | None = None) -> dict[str, Any]:
    """Exact-match accuracy per field, P/R/F1 per criterion (positive class: met)."""
    analyzer = analyzer or Analyzer()
    goals = [GoalInput(e["text"], e.get("id"), e.get("ref_date")) for e in examples]
    field_ok: Counter = Counter()
    counts = {c: Counter() for c in CRITERIA}
    errors: list[dict] = []
    for ex, result in zip(examples, analyzer.pipe(goals)):
        pred, gold = predicted_fields(result.to_dict()), gold_fields(ex)
        wrong = {}
        for f in FIELDS:
            if pred[f] == gold[f]:
                field_ok[f] += 1
            else:
                wrong[f] = {"predicted": pred[f], "expected": gold[f]}
        for c in CRITERIA:
            p, g = result.criteria[c].met, ex["labels"][c]
            counts[c]["tp" if p and g else "fp" if p else "fn" if g else "tn"] += 1
            if p != g:
                wrong[c] = {"predicted": p, "expected": g}
        if wrong:
            errors.append({"id": ex.get("id"), "text": ex["text"], "errors": wrong})
    n = len(examples) or 1
    criteria = {c: _prf(counts[c]["tp"], counts[c]["fp"], counts[c]["fn"]) for c in CRITERIA}
    return {
        "n": len(examples),
        "fields": {f: round(field_ok[f] / n, 3) for f in FIELDS},
        "criteria": criteria,
        "macro_f1": round(sum(v["f1"] for v in criteria.values()) / len(CRITERIA), 3),
        "errors": errors,
    }


def read_jsonl(path: str | Path) -> list[dict]:
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
