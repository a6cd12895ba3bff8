"""What an audit produces, as plain data: goals found (``GoalRecord``), one document's
audit (``DocumentAudit``), a report over several documents (``AuditReport``), and the
documents that could not be read (``failures``), so that one bad file never stops the others."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from ..analysis import Analysis
from .cues import Detection
from .document import Document, Location


@dataclass
class GoalRecord:
    """A detected goal: where it is, why it was kept, how it was read, its analysis."""

    id: str
    statement: str
    text: str
    location: Location
    kind: str
    detection: Detection
    context: dict = field(default_factory=dict)
    analysis: Analysis | None = None
    error: str | None = None
    priority: str | None = None

    def to_dict(self) -> dict:
        return {"id": self.id, "statement": self.statement, "analysed_text": self.text,
                "location": self.location.to_dict(), "kind": self.kind, "priority": self.priority,
                "context": self.context, "detection": self.detection.to_dict(),
                "analysis": self.analysis.to_dict() if self.analysis else None, "error": self.error}


@dataclass
class DocumentAudit:
    """Everything the reports show about one document."""

    document: Document
    ref_date: date
    ref_source: str
    goals: list[GoalRecord]
    statements: int
    channel_mentions: dict[str, list[Location]]
    findings: list[dict] = field(default_factory=list)
    summary: dict = field(default_factory=dict)

    @property
    def analysed(self) -> list[GoalRecord]:
        return [g for g in self.goals if g.analysis is not None]


@dataclass
class DocumentFailure:
    """A document that could not be audited, and why (a French message naming the file)."""

    path: str
    message: str


@dataclass
class AuditReport:
    documents: list[DocumentAudit]
    generated_at: datetime = field(default_factory=lambda: datetime.now().replace(microsecond=0))
    failures: list[DocumentFailure] = field(default_factory=list)

    @property
    def n_goals(self) -> int:
        return sum(len(d.goals) for d in self.documents)


@dataclass
class GoalPlan:
    """The goals found in a document, read in context, before analysis."""

    document: Document
    ref_date: date
    ref_source: str
    goals: list[GoalRecord]
    channel_mentions: dict[str, list[Location]]
    notes: list[str] = field(default_factory=list)
