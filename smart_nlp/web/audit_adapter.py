"""The one place where the web layer meets ``smart_nlp.audit``.

``smart_nlp.audit`` is imported lazily, at the first upload: when it cannot be used the
API answers 503 with a clear French message instead of failing at start-up. The audit
reads the uploaded file (``split.read_document``), detects and analyses its goals
(``core.audit_document``) and writes its reports (``report.render``); this module only
names the document after the user's file instead of its temporary path, and collects
what the API and the page show.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import SmartNLPError
from ..lang.fr import message
from ..text import typography


class AuditUnavailable(Exception):
    """The document audit (``smart_nlp.audit``) cannot be used on this installation."""


class AuditRejected(Exception):
    """The document was read and refused (corrupt, encrypted, empty…): a 422 for the user."""


UNAVAILABLE_MESSAGE = message("web", "errors.audit_unavailable")

MEDIA_TYPES = {"html": "text/html; charset=utf-8", "csv": "text/csv; charset=utf-8",
               "json": "application/json"}


@dataclass
class AuditOutcome:
    """An audited document: its report data, and the three report files."""

    filename: str
    document: dict[str, Any]
    """The document entry of the audit's JSON report: summary, findings, goals (each with
    its SPEC section 1 ``analysis``)."""
    reports: dict[str, tuple[bytes, str]] = field(default_factory=dict)
    """``{"html"|"csv"|"json": (content, media type)}``"""

    @property
    def goals(self) -> list[dict[str, Any]]:
        return self.document.get("goals", [])

    @property
    def summary(self) -> dict[str, Any]:
        return self.document.get("summary", {})


def load_audit() -> dict[str, Any]:
    """The functions of ``smart_nlp.audit`` the web layer uses, or ``AuditUnavailable``."""
    try:
        readers = importlib.import_module("smart_nlp.audit.readers")
        core = importlib.import_module("smart_nlp.audit.core")
        report = importlib.import_module("smart_nlp.audit.report")
        return {"read_document": readers.read_document, "DocumentError": readers.DocumentError,
                "audit_document": core.audit_document, "AuditReport": core.AuditReport,
                "render": report.render, "report_dict": report.report_dict,
                "csv_encoding": getattr(report, "CSV_ENCODING", "utf-8-sig")}
    except (ImportError, AttributeError) as err:
        raise AuditUnavailable(UNAVAILABLE_MESSAGE) from err


def available() -> bool:
    """Whether an upload can be audited on this installation."""
    try:
        load_audit()
    except AuditUnavailable:
        return False
    return True


def run_audit(path: Path, filename: str, ref_date: date | None, analyzer) -> AuditOutcome:
    """Audit the document at ``path``, shown to the user as ``filename``.

    ``ref_date`` is used when the document does not state its own date.
    """
    audit = load_audit()
    try:
        doc = audit["read_document"](path)
    except audit["DocumentError"] as err:
        message = str(err).replace(str(path), filename)
        raise AuditRejected(typography(message)) from err
    doc.path = filename
    try:
        result = audit["audit_document"](doc, analyzer, ref_date)
    except SmartNLPError as err:
        raise AuditRejected(typography(str(err).replace(str(path), filename))) from err
    report = audit["AuditReport"]([result])
    reports = {
        "html": (audit["render"](report, "html").encode("utf-8"), MEDIA_TYPES["html"]),
        "csv": (audit["render"](report, "csv").encode(audit["csv_encoding"]), MEDIA_TYPES["csv"]),
        "json": (audit["render"](report, "json").encode("utf-8"), MEDIA_TYPES["json"]),
    }
    document = audit["report_dict"](report)["documents"][0]
    return AuditOutcome(filename, document, reports)
