"""Documents at scale: one task per document, one JSON report each, a collection summary.

Each task reads and audits its document with its worker's analyzer and writes the
audit's JSON report (the same writer as ``smart-nlp audit -f json``) beside the
others; it returns the counts the summary needs, taken from that report, so that a
report found from an earlier run counts exactly like a fresh one. A document that
cannot be read or audited is an error entry with its source, and the others go on.
"""
from __future__ import annotations

import json
import os
import uuid
from datetime import date
from pathlib import Path
from typing import Any, Callable

from ..analysis import CRITERIA
from ..io import write_atomic
from .blocks import expand
from .worker import worker_analyzer

SUMMARY = "summary.json"
REPORT_SUFFIX = ".audit.json"


def audit_one(path: str, dest: str, ref_date: date | None, model: str | None) -> dict[str, Any]:
    """Audit one document and write its report (runs on a worker); never raises."""
    from ..audit import AuditReport, audit_document, read_document
    from ..audit.report import render

    try:
        audit = audit_document(read_document(path), worker_analyzer(model), ref_date)
        content = render(AuditReport([audit]), "json")
        write_atomic(dest, content)
        return document_counts(json.loads(content), path, dest)
    except Exception as err:  # a bad document is an error entry, never the end of the job
        return {"source": path, "error": str(err) or type(err).__name__}


def document_counts(report: dict[str, Any], source: str, dest: str) -> dict[str, Any]:
    """What the collection summary adds up, from one document's JSON report."""
    summary = report["documents"][0]["summary"]
    return {"source": source, "report": dest, "goals": summary["goals"], "analysed": summary["analysed"],
            "mean_score": summary["mean_score"],
            "criteria": {k: summary["criteria"][k]["met"] for k in CRITERIA},
            "funnel": {stage: len(ids) for stage, ids in summary["funnel"].items()}}


def collection_summary(documents: list[dict[str, Any]], n_files: int) -> dict[str, Any]:
    """Goals found, share meeting each criterion, funnel coverage across documents."""
    done = [d for d in documents if "error" not in d]
    analysed = sum(d["analysed"] for d in done)
    stages = list(dict.fromkeys(s for d in done for s in d["funnel"]))
    return {
        "files": n_files,
        "audited": len(done),
        "goals": sum(d["goals"] for d in done),
        "analysed": analysed,
        "criteria": {k: {"met": (met := sum(d["criteria"][k] for d in done)), "total": analysed,
                         "share": round(met / analysed, 4) if analysed else 0.0} for k in CRITERIA},
        "funnel": {s: {"goals": sum(d["funnel"].get(s, 0) for d in done),
                       "documents": (n := sum(1 for d in done if d["funnel"].get(s))),
                       "share_of_documents": round(n / len(done), 4) if done else 0.0} for s in stages},
        "errors": [d for d in documents if "error" in d],
        "documents": done,
    }


def report_paths(paths: list[str], folder: Path) -> list[Path]:
    """``folder``/<path relative to the inputs' common folder>.audit.json: no two inputs clash."""
    absolute = [os.path.abspath(p) for p in paths]
    root = os.path.commonpath([os.path.dirname(p) for p in absolute])
    return [folder / (os.path.relpath(p, root) + REPORT_SUFFIX) for p in absolute]


def audit_files(patterns: list[str], output: str | Path, client: Any, ref_date: date | None = None,
                model: str | None = None, watch: Callable[[list], None] | None = None) -> dict[str, Any]:
    """Audit every document the patterns name; reports already in ``output`` are kept."""
    paths = expand(patterns)
    folder = Path(output)
    dests = report_paths(paths, folder)
    counts: dict[int, dict[str, Any]] = {}
    for i, (path, dest) in enumerate(zip(paths, dests)):
        dest.parent.mkdir(parents=True, exist_ok=True)
        if dest.exists():
            try:
                counts[i] = document_counts(json.loads(dest.read_text(encoding="utf-8")), path, str(dest))
            except (OSError, ValueError, KeyError, IndexError):
                pass
    todo = [i for i in range(len(paths)) if i not in counts]
    resumed = len(counts)
    run = uuid.uuid4().hex[:8]  # keys unique to this run: the scheduler may still hold a past run's results
    futures = client.map(audit_one, [paths[i] for i in todo], [str(dests[i]) for i in todo],
                         ref_date=ref_date, model=model, key=[f"smart-nlp-document-{run}-{i}" for i in todo])
    if watch and futures:
        watch(futures)
    for i, future in zip(todo, futures):
        try:
            counts[i] = future.result()
        except Exception as err:  # the worker itself died (memory, signal)
            counts[i] = {"source": paths[i], "error": f"{type(err).__name__} : {err}"}
    summary = collection_summary([counts[i] for i in range(len(paths))], len(paths))
    summary["resumed"] = resumed
    write_atomic(folder / SUMMARY, json.dumps(summary, ensure_ascii=False, indent=2) + "\n")
    return summary
