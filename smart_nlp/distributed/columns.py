"""One analysis as one flat row: the SPEC section 1 fields as columns.

A table of goals (JSONL or Parquet) is read by spreadsheets, SQL engines and
dataframes; nested objects are not. The main target is the first one (the one the
milestones and the rewrite follow); lists stay lists (``channels``, ``means_texts``).
A goal that could not be analysed is a row with ``error`` set and its source kept.
"""
from __future__ import annotations

from typing import Any

import pyarrow as pa

from ..analysis import CRITERIA

_STRING, _FLOAT, _INT, _BOOL = pa.string(), pa.float64(), pa.int64(), pa.bool_()

SCHEMA = pa.schema(
    [("id", _STRING), ("source", _STRING), ("line", _INT), ("text", _STRING), ("ref_date", _STRING),
     ("kpi", _STRING), ("channels", pa.list_(_STRING)),
     ("target_kind", _STRING), ("target_value", _FLOAT), ("target_unit", _STRING), ("target_period", _STRING),
     ("baseline_value", _FLOAT), ("baseline_unit", _STRING), ("baseline_period", _STRING),
     ("deadline_date", _STRING), ("means_count", _INT), ("means_texts", pa.list_(_STRING)), ("funnel", _STRING)]
    + [field for key in CRITERIA for field in ((f"{key}_met", _BOOL), (f"{key}_score", _FLOAT))]
    + [("smart_score", _INT), ("suggestion", _STRING), ("error", _STRING)])

COLUMNS = SCHEMA.names


def flatten(analysis: dict[str, Any], source: str | None = None, line: int | None = None) -> dict[str, Any]:
    """The flat row of one analysis (``Analysis.to_dict()``)."""
    target = analysis["targets"][0] if analysis["targets"] else {}
    baseline = analysis["baseline"] or {}
    row = {
        "id": analysis.get("id"), "source": source, "line": line,
        "text": analysis["text"], "ref_date": analysis["ref_date"],
        "kpi": analysis["kpi"], "channels": list(analysis["channels"]),
        "target_kind": target.get("kind"), "target_value": _float(target.get("value")),
        "target_unit": target.get("unit"), "target_period": target.get("period"),
        "baseline_value": _float(baseline.get("value")), "baseline_unit": baseline.get("unit"),
        "baseline_period": baseline.get("period"),
        "deadline_date": analysis["deadline"]["date"] if analysis["deadline"] else None,
        "means_count": len(analysis["means"]), "means_texts": [m["text"] for m in analysis["means"]],
        "funnel": analysis["funnel"],
        "smart_score": analysis["smart_score"], "suggestion": analysis["suggestion"], "error": None,
    }
    for key in CRITERIA:
        verdict = analysis["criteria"][key]
        row[f"{key}_met"] = verdict["met"]
        row[f"{key}_score"] = float(verdict["score"])
    return _encodable({name: row[name] for name in COLUMNS})


def error_row(message: str, source: str | None, line: int | None, id: str | None = None,
              text: str | None = None) -> dict[str, Any]:
    """The row of a goal that could not be analysed: where it came from and why."""
    row = dict.fromkeys(COLUMNS)
    row.update(id=id, source=source, line=line, text=text, error=message, channels=[], means_texts=[])
    return _encodable(row)


def _encodable(row: dict[str, Any]) -> dict[str, Any]:
    """Lone surrogates (which UTF-8 files and Arrow strings cannot hold) become U+FFFD."""
    def fix(v: Any) -> Any:
        if isinstance(v, str):
            return v.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
        if isinstance(v, list):
            return [fix(x) for x in v]
        return v
    return {k: fix(v) for k, v in row.items()}


def _float(value: Any) -> float | None:
    return None if value is None else float(value)
