"""Audit of a whole strategy document: every goal found, judged and improved, plus
what the strategy as a whole lacks. The road of one document: ``readers/`` (file →
blocks) → ``segment.py`` (statements and their context) → ``detect.py`` (is it a goal?)
→ ``context.py`` (what the context adds) → the analyzer → ``findings.py`` → ``report.py``;
``core.py`` runs it, ``command.py`` is the CLI, ``limits.py`` bounds every stage."""
from .core import AuditReport, DocumentAudit, GoalRecord, audit_document, audit_paths, detect_goals
from .document import DocumentError
from .readers import read_document
from .results import DocumentFailure

__all__ = ["AuditReport", "DocumentAudit", "DocumentError", "DocumentFailure", "GoalRecord", "audit_document",
           "audit_paths", "detect_goals", "read_document"]
