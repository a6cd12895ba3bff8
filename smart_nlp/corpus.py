"""Read and validate annotated goals (SPEC section 7); errors name file and line."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from .analysis import CRITERIA
from .lang.fr import CHANNEL_IDS, FUNNEL_STAGES, KPI_IDS, message
from .io import lines as text_lines

REQUIRED = ("id", "text", "ref_date", "labels", "kpi", "channels", "targets", "baseline",
            "deadline", "has_means", "funnel")
KINDS = ("level", "delta", "percent_change", "factor")
UNITS = ("%", "pt", "EUR", "USD", "CAD", "CHF", "GBP", "min", "h", None)
PERIODS = ("day", "week", "month", "quarter", "year", None)
SPAN_LABELS = ("TARGET", "BASELINE", "DEADLINE", "CHANNEL", "KPI", "MEANS")


@dataclass
class Problem:
    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


def _date(value: Any) -> bool:
    try:
        date.fromisoformat(value)
        return True
    except (TypeError, ValueError):
        return False


def _quantity(q: Any, what: str, with_kind: bool) -> list[str]:
    if not isinstance(q, dict):
        return [message("corpus", "problems.not_object", what=what)]
    out = []
    if with_kind and q.get("kind") not in KINDS:
        out.append(message("corpus", "problems.bad_kind", what=what, kind=q.get("kind"), kinds=", ".join(KINDS)))
    if not isinstance(q.get("value"), (int, float)) or isinstance(q.get("value"), bool):
        out.append(message("corpus", "problems.bad_value", what=what))
    if q.get("unit") not in UNITS:
        out.append(message("corpus", "problems.bad_unit", what=what, unit=q.get("unit")))
    if q.get("period") not in PERIODS:
        out.append(message("corpus", "problems.bad_period", what=what, period=q.get("period")))
    return out


def check_example(ex: Any) -> list[str]:
    """Every problem of one corpus line, in French."""
    if not isinstance(ex, dict):
        return [message("corpus", "problems.line_not_object")]
    missing = [k for k in REQUIRED if k not in ex]
    if missing:
        return [message("corpus", "problems.missing_keys", keys=", ".join(missing))]
    out: list[str] = []
    if not isinstance(ex["text"], str) or not ex["text"].strip():
        out.append(message("corpus", "problems.empty_text"))
        return out
    if not _date(ex["ref_date"]):
        out.append(message("corpus", "problems.bad_ref_date", value=ex["ref_date"]))
    labels = ex["labels"]
    if not isinstance(labels, dict) or set(labels) != set(CRITERIA) \
            or not all(isinstance(v, bool) for v in labels.values()):
        out.append(message("corpus", "problems.bad_labels", criteria=", ".join(CRITERIA)))
    if ex["kpi"] is not None and ex["kpi"] not in KPI_IDS:
        out.append(message("corpus", "problems.bad_kpi", value=ex["kpi"]))
    if not isinstance(ex["channels"], list) or any(c not in CHANNEL_IDS for c in ex["channels"]):
        out.append(message("corpus", "problems.bad_channel", value=ex["channels"]))
    elif len(set(ex["channels"])) != len(ex["channels"]):
        out.append(message("corpus", "problems.duplicate_channel"))
    if not isinstance(ex["targets"], list):
        out.append(message("corpus", "problems.targets_not_list"))
    else:
        for i, t in enumerate(ex["targets"]):
            out += _quantity(t, f"targets[{i}]", True)
    if ex["baseline"] is not None:
        out += _quantity(ex["baseline"], "baseline", False)
    if ex["deadline"] is not None and not _date(ex["deadline"]):
        out.append(message("corpus", "problems.bad_deadline", value=ex["deadline"]))
    if not isinstance(ex["has_means"], bool):
        out.append(message("corpus", "problems.bad_has_means"))
    if ex["funnel"] is not None and ex["funnel"] not in FUNNEL_STAGES:
        out.append(message("corpus", "problems.bad_funnel", value=ex["funnel"]))
    for span in ex.get("spans", []) or []:
        if not (isinstance(span, list) and len(span) == 3 and isinstance(span[0], int) and isinstance(span[1], int)):
            out.append(message("corpus", "problems.bad_span", span=span))
            continue
        start, end, label = span
        if label not in SPAN_LABELS:
            out.append(message("corpus", "problems.bad_span_label", label=label))
        if not 0 <= start < end <= len(ex["text"]):
            out.append(message("corpus", "problems.span_outside", span=span))
    return out


def validate_files(paths: list[str | Path]) -> tuple[list[dict], list[Problem]]:
    """Read JSONL corpora; return the valid examples and every problem found."""
    examples, problems, seen = [], [], {}
    for path in paths:
        p = Path(path)
        try:
            lines = text_lines(p.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as err:
            problems.append(Problem(str(path), 0, message("corpus", "problems.unreadable", error=err)))
            continue
        for n, raw in enumerate(lines, start=1):
            if not raw.strip():
                continue
            try:
                ex = json.loads(raw)
            except json.JSONDecodeError as err:
                problems.append(Problem(str(path), n, message("corpus", "problems.bad_json", error=err.msg)))
                continue
            issues = check_example(ex)
            if not issues and ex["id"] in seen:
                issues = [message("corpus", "problems.duplicate_id", id=ex["id"], first=seen[ex["id"]])]
            problems += [Problem(str(path), n, m) for m in issues]
            if not issues:
                seen[ex["id"]] = f"{path}:{n}"
                examples.append(ex)
    return examples, problems


def corpus_hash(paths: list[str | Path]) -> str:
    h = hashlib.sha256()
    for p in paths:
        h.update(Path(p).read_bytes())
    return h.hexdigest()[:16]
