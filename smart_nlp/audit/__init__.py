"""Audit of a whole strategy document: every goal found, judged and improved, plus
what the strategy as a whole lacks (see ``core.py``, and ``command.py`` for the CLI)."""
from .core import AuditReport, DocumentAudit, GoalRecord, audit_document, audit_paths, detect_goals
from .split import DocumentError, read_document

__all__ = ["AuditReport", "DocumentAudit", "DocumentError", "GoalRecord", "audit_document", "audit_paths",
           "detect_goals", "read_document"]
