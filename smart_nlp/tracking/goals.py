"""The goals to follow: one goal's text, a .txt/.jsonl of goals, or a strategy document.

Goals keep the ids the user knows: the ``id`` of a JSONL line, the line number of a .txt
file, the audit's O1, O2… for a document (numbered as in the audit report).
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from ..analysis import Analysis
from ..errors import InvalidInput, SmartNLPError
from ..lang.fr import load, message

GOAL_FILES = (".txt", ".jsonl", ".ndjson")
DOCUMENTS = (".md", ".markdown", ".docx", ".pdf")


def load_goals(spec: str, analyzer, ref_date: date | None = None) -> list[tuple[str, Analysis]]:
    """(id, analysis) for every goal named by ``spec``; raises ``InvalidInput`` when there is none."""
    path = Path(spec)
    suffix = path.suffix.lower()
    if suffix in GOAL_FILES + DOCUMENTS and not path.exists():
        raise InvalidInput(message("track", "errors.not_found", source=spec))
    if path.is_file() and suffix in DOCUMENTS:
        goals = _from_document(path, analyzer, ref_date)
    elif path.is_file() and suffix in GOAL_FILES:
        goals = _from_goal_file(spec, analyzer, ref_date)
    else:
        goals = [("1", analyzer.analyze(spec, ref_date))]
    if not goals:
        raise InvalidInput(load("track")["errors"]["no_goal"].format(source=spec))
    return goals


def _from_goal_file(spec: str, analyzer, ref_date: date | None) -> list[tuple[str, Analysis]]:
    from ..inputs import read_goals

    rows = list(read_goals(spec))
    bad = [item for _, item in rows if isinstance(item, SmartNLPError)]
    if bad:
        raise bad[0]
    out = []
    for (n, item), result in zip(rows, analyzer.pipe([item for _, item in rows], ref_date)):
        if isinstance(result, SmartNLPError):
            raise InvalidInput(f"{spec}:{n}: {result}")
        out.append((item.id or str(n), result))
    return out


def _from_document(path: Path, analyzer, ref_date: date | None) -> list[tuple[str, Analysis]]:
    from ..audit.core import audit_paths

    report = audit_paths([path], analyzer, ref_date)
    return [(g.id, g.analysis) for d in report.documents for g in d.goals if g.analysis is not None]
