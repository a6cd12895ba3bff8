"""The one place where the web layer meets ``smart_nlp.audit``.

``smart_nlp.audit`` is imported lazily, at the first upload: when it cannot be imported
the API answers 503 with a clear French message instead of failing at start-up.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any


class AuditUnavailable(Exception):
    """The document audit (``smart_nlp.audit``) cannot be used on this installation."""


UNAVAILABLE_MESSAGE = ("L'audit de documents n'est pas disponible sur ce serveur "
                       "(module smart_nlp.audit absent). L'analyse d'objectifs fonctionne.")


@dataclass
class AuditOutcome:
    """An audited document: its goals analysed, a summary, and the three reports."""

    filename: str
    goals: list[dict[str, Any]]
    summary: dict[str, Any] = field(default_factory=dict)
    reports: dict[str, tuple[bytes, str]] = field(default_factory=dict)
    """``{"html"|"csv"|"json": (content, media type)}``"""


def load_audit():
    """The ``smart_nlp.audit`` module, or ``AuditUnavailable``."""
    try:
        return importlib.import_module("smart_nlp.audit")
    except ImportError as err:
        raise AuditUnavailable(UNAVAILABLE_MESSAGE) from err


def available() -> bool:
    """Whether an upload can be audited (the module imports and has its entry point)."""
    try:
        return getattr(load_audit(), "audit_file", None) is not None
    except AuditUnavailable:
        return False


def run_audit(path: Path, filename: str, ref_date: date, analyzer) -> AuditOutcome:
    """Audit the document at ``path`` (shown to the user as ``filename``)."""
    audit = load_audit()
    run = getattr(audit, "audit_file", None)
    if run is None:
        raise AuditUnavailable(UNAVAILABLE_MESSAGE)
    report = run(path, ref_date=ref_date, analyzer=analyzer)
    goals = [dict(g) for g in report["goals"]]
    reports = {fmt: (audit.render(report, fmt).encode("utf-8"), media) for fmt, media in MEDIA_TYPES.items()}
    return AuditOutcome(filename, goals, dict(report.get("summary") or {}), reports)


MEDIA_TYPES = {"html": "text/html; charset=utf-8", "csv": "text/csv; charset=utf-8",
               "json": "application/json"}
