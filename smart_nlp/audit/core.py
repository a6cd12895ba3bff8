"""Audit one or several documents: read, detect goals, read them in context, analyse.

``audit_paths(paths)`` returns an ``AuditReport`` (plain data, ``results.py``); the
report writers (``report.py``) and the command (``command.py``) only format it. A
document that cannot be read is a ``DocumentFailure`` of the report, and the others
are audited all the same; a statement that cannot be judged or analysed is reported
with its error and the audit goes on. Beyond ``MAX_STATEMENTS`` statements or
``MAX_GOALS`` goals a document is audited in part, and its report says so.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Callable, Iterable

from ..analyzer import Analyzer, GoalInput, default_analyzer
from ..errors import SmartNLPError, parse_ref_date
from ..extract.lexicon import find_channels
from ..lang.fr import message
from ..text import fold
from .context import dated_statement, read_in_context
from .cues import Detection
from .detect import GoalDetector, is_priority
from .document import Document, DocumentError, Location
from .findings import strategy_findings
from .limits import MAX_GOALS, MAX_JUDGED_CHARS, MAX_STATEMENTS
from .readers import read_document
from .results import AuditReport, DocumentAudit, DocumentFailure, GoalPlan, GoalRecord
from .summary import summarize

Progress = Callable[[int], None]

__all__ = ["AuditReport", "DocumentAudit", "GoalRecord", "audit_document", "audit_paths", "detect_goals"]


def _reference(doc: Document, ref_date: date | str | None) -> tuple[date, str, int | None]:
    """The caller's date, else the document's own (« Publié le… »), else today (SPEC §8);
    and the statement that dates the document, if any."""
    stated = dated_statement(doc)
    where = stated[2] if stated else None
    if ref_date is not None:
        return parse_ref_date(ref_date), message("audit", "reference.option"), where
    if stated:
        return stated[0], stated[1], where
    return date.today(), message("audit", "reference.today"), where


def detect_goals(doc: Document, ref_date: date | str | None = None) -> GoalPlan:
    """Reference date, goal detection and context reading for every statement."""
    ref, source, dating = _reference(doc, ref_date)
    detector = GoalDetector(ref)
    goals: list[GoalRecord] = []
    mentions: dict[str, list[Location]] = {}
    notes: list[str] = []
    segments = doc.segments
    if len(segments) > MAX_STATEMENTS:
        notes.append(message("audit", "limits.statements", count=len(segments), limit=MAX_STATEMENTS))
        segments = segments[:MAX_STATEMENTS]
    unreadable = judged = 0
    for seg in segments:
        if seg.index == dating:
            continue
        judged += len(seg.text)
        if judged > MAX_JUDGED_CHARS:
            where = seg.location.describe() or message("audit", "limits.statement_n", n=seg.index + 1)
            notes.append(message("audit", "limits.characters", limit=MAX_JUDGED_CHARS, where=where))
            break
        try:
            det = detector.detect(seg.text, seg.kind, seg.contexts, lead_in=seg.lead_in)
            if not det.is_goal:
                if not (det.veto is not None and det.veto.name == "past"):
                    for c in find_channels(fold(seg.text)):
                        mentions.setdefault(c.value, []).append(seg.location)
                continue
            if len(goals) >= MAX_GOALS:
                notes.append(message("audit", "limits.goals", limit=MAX_GOALS))
                break
            goals.append(_record(seg, det, ref, len(goals) + 1))
        except Exception:  # one statement the grammar cannot read never stops the audit
            unreadable += 1
    if unreadable:
        notes.append(message("audit", "limits.unreadable", n=unreadable))
    return GoalPlan(doc, ref, source, goals, mentions, notes)


def _record(seg, det: Detection, ref: date, number: int) -> GoalRecord:
    text, context = read_in_context(seg, det, ref)
    marker = is_priority(seg.text) or (is_priority(seg.lead_in) if seg.lead_in else None)
    return GoalRecord(f"O{number}", seg.text.strip(), text, seg.location, seg.kind, det, context,
                      priority=marker.group(0) if marker else None)


def audit_document(doc: Document, analyzer: Analyzer | None = None, ref_date: date | str | None = None,
                   progress: Progress | None = None, plan: GoalPlan | None = None) -> DocumentAudit:
    """Detect, contextualise and analyse every goal of a read document; add the findings."""
    plan = plan or detect_goals(doc, ref_date)
    ref = plan.ref_date
    inputs = [GoalInput(g.text, id=g.id, ref_date=ref) for g in plan.goals]
    analyzer = analyzer or default_analyzer()
    for record, result in zip(plan.goals, analyzer.pipe(inputs, ref)):
        if isinstance(result, SmartNLPError):
            record.error = str(result)
        else:
            record.analysis = result
        if progress:
            progress(1)
    for note in plan.notes:
        if note not in doc.warnings:
            doc.warnings.append(note)
    audit = DocumentAudit(doc, ref, plan.ref_source, plan.goals, len(doc.segments), plan.channel_mentions)
    audit.summary = summarize(audit)
    audit.findings = strategy_findings(audit)
    return audit


def read_all(paths: Iterable[str | Path]) -> tuple[list[Document], list[DocumentFailure]]:
    """Every file read; an unreadable one becomes a failure and the others go on."""
    documents, failures = [], []
    for p in paths:
        try:
            documents.append(read_document(p))
        except DocumentError as err:
            failures.append(DocumentFailure(str(p), str(err)))
    return documents, failures


def audit_paths(paths: Iterable[str | Path], analyzer: Analyzer | None = None,
                ref_date: date | str | None = None, progress: Progress | None = None) -> AuditReport:
    """Audit several files into one report; unreadable files are listed in ``failures``."""
    documents, failures = read_all(paths)
    return AuditReport([audit_document(d, analyzer, ref_date, progress) for d in documents], failures=failures)
