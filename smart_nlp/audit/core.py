"""Audit one or several documents: read, detect goals, read them in context, analyse.

``audit_paths(paths)`` returns an ``AuditReport`` (plain data); the report writers
(``report.py``) and the command (``command.py``) only format it.

Context: a goal that states no deadline inherits the period named by its lead-in
(« Nos objectifs pour le T2 2027 : ») or by the nearest heading that names one
(« Objectifs 2026 », « Plan marketing 2027 »; never a look-back heading such as
« Bilan 2025 »). The audit resolves that period against the reference date and
re-analyses the goal with the resolved date appended in words (« …, d'ici le
30 juin 2027 »), so that every criterion sees it; the SPEC object's ``text`` is that
augmented text, and the goal records what was added and from where. Likewise a
bullet with a target but no KPI (« +20 % sur Amazon » under « Chiffre d'affaires : »)
is prefixed with the KPI its lead-in or heading names.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Callable, Iterable

from ..analysis import Analysis
from ..analyzer import Analyzer, GoalInput, default_analyzer
from ..errors import SmartNLPError, parse_ref_date
from ..extract.deadlines import find_times, pick_deadline
from ..extract.lexicon import find_channels, find_kpis
from ..lang.fr import load
from ..scoring.explain import format_date
from ..temporal import Day
from ..text import fold
from .detect import Detection, GoalDetector, is_priority, section_polarity
from .split import Document, Location, Segment, read_document

Progress = Callable[[int], None]

_ENUM_LABEL = re.compile(r"^\s*(?:objectif|priorit[ée]|axe|enjeu|kpi|cible|but)s?\s*(?:n\s?°|no|nº|num[ée]ro|#)?\s*"
                         r"\d{1,2}\s*[:.)–—-]\s*(?=\S)", re.I)
_BARE_YEAR = re.compile(r"(?<!\d)(20\d\d)(?:\s*(?:-|–|—|/|à|a)\s*(20\d\d))?(?!\d)")


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
class AuditReport:
    documents: list[DocumentAudit]
    generated_at: datetime = field(default_factory=lambda: datetime.now().replace(microsecond=0))

    @property
    def n_goals(self) -> int:
        return sum(len(d.goals) for d in self.documents)


# --------------------------------------------------------------------------- reference date

def document_ref_date(doc: Document, limit: int = 25) -> tuple[date, str] | None:
    """The date the document says it was written (« Date : 15 janvier 2026 »), from a
    labelled date or a line holding only a date, among its first statements."""
    labels = sorted(load("goal_cues")["ref_date_labels"], key=len, reverse=True)
    label_rx = re.compile(r"(?:^|[—–\-|,(]\s*)(?:" + "|".join(labels) + r")\s*[:\-–]?\s*")
    for seg in doc.segments[:limit]:
        folded = fold(seg.text).strip()
        m = label_rx.search(folded)
        rest = folded[m.end():] if m else folded
        for t in find_times(rest):
            if not isinstance(t.value, Day) or t.value.year is None or t.start > 3:
                continue
            if not m and len(rest.rstrip(" .")) - t.end > 0:
                continue
            try:
                found = date(t.value.year, t.value.month, t.value.day)
            except ValueError:
                continue
            where = seg.location.short()
            return found, f"indiquée dans le document{', ' + where if where else ''}\u00a0: «\u00a0{seg.text}\u00a0»"
    return None


# --------------------------------------------------------------------------- context

def _context_deadline(seg: Segment, ref: date) -> tuple[date, str] | None:
    for ctx in seg.contexts:
        polarity, _ = section_polarity([ctx])
        if polarity == "retro":
            continue
        folded = fold(ctx)
        picked = pick_deadline(find_times(folded), ref)
        if picked:
            return picked[1], ctx
        years = [int(m.group(2) or m.group(1)) for m in _BARE_YEAR.finditer(folded)]
        if years:
            end = date(max(years), 12, 31)
            if end >= ref:
                return end, ctx
    return None


def _context_kpi(seg: Segment) -> tuple[str, str] | None:
    for ctx in seg.contexts[:2]:
        found = find_kpis(fold(ctx))
        if found and len({k.value for k in found}) == 1:
            k = found[0]
            return ctx[k.start:k.end], ctx
    return None


def _read_in_context(seg: Segment, det: Detection, ref: date) -> tuple[str, dict]:
    """The text to analyse (the statement, with what its context adds) and a record of it."""
    statement = seg.text.strip()
    context: dict = {}
    core = statement
    m = _ENUM_LABEL.match(core)
    if m:
        context["label_removed"] = core[:m.end()].strip()
        core = core[m.end():]
    facts = det.facts
    prefix = suffix = ""
    if facts is not None and facts.targets and facts.kpi is None:
        found = _context_kpi(seg)
        if found:
            prefix = f"{found[0][:1].upper()}{found[0][1:]} : "
            context.update({"kpi_from": found[1], "prefix_added": prefix})
    if facts is None or pick_deadline(facts.times, ref) is None:
        found = _context_deadline(seg, ref)
        if found:
            when, source = found
            suffix = f", d'ici le {format_date(when)}"
            context.update({"deadline_from": source, "deadline": when.isoformat(), "suffix_added": suffix})
    end = ""
    if suffix and core.rstrip()[-1:] in ".!;":
        core = core.rstrip()
        end = core[-1] if core[-1] != ";" else ""
        core = core[:-1].rstrip()
    added = []
    if prefix:
        added.append([0, len(prefix)])
    if suffix:
        added.append([len(prefix) + len(core), len(prefix) + len(core) + len(suffix)])
    if added:
        context["added_spans"] = added
    return prefix + core + suffix + end, context


# --------------------------------------------------------------------------- audit

@dataclass
class GoalPlan:
    """The goals found in a document, read in context, before analysis."""

    document: Document
    ref_date: date
    ref_source: str
    goals: list[GoalRecord]
    channel_mentions: dict[str, list[Location]]


def detect_goals(doc: Document, ref_date: date | str | None = None) -> GoalPlan:
    """Reference date, goal detection and context reading for every statement."""
    stated = document_ref_date(doc)
    if stated:
        ref, source = stated
    elif ref_date is not None:
        ref, source = parse_ref_date(ref_date), "option --ref-date"
    else:
        ref, source = date.today(), "date du jour, le document n'en indique pas"
    detector = GoalDetector(ref)
    goals: list[GoalRecord] = []
    mentions: dict[str, list[Location]] = {}
    for seg in doc.segments:
        det = detector.detect(seg.text, seg.kind, seg.contexts)
        if not det.is_goal:
            if not (det.veto is not None and det.veto.name == "past"):
                for c in find_channels(fold(seg.text)):
                    mentions.setdefault(c.value, []).append(seg.location)
            continue
        text, context = _read_in_context(seg, det, ref)
        marker = is_priority(seg.text) or (is_priority(seg.lead_in) if seg.lead_in else None)
        goals.append(GoalRecord(f"O{len(goals) + 1}", seg.text.strip(), text, seg.location, seg.kind, det,
                                context, priority=marker.group(0) if marker else None))
    return GoalPlan(doc, ref, source, goals, mentions)


def audit_document(doc: Document, analyzer: Analyzer | None = None, ref_date: date | str | None = None,
                   progress: Progress | None = None, plan: GoalPlan | None = None) -> DocumentAudit:
    """Detect, contextualise and analyse every goal of a read document; add the findings."""
    from .findings import strategy_findings, summarize

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
    audit = DocumentAudit(doc, ref, plan.ref_source, plan.goals, len(doc.segments), plan.channel_mentions)
    audit.summary = summarize(audit)
    audit.findings = strategy_findings(audit)
    return audit


def read_all(paths: Iterable[str | Path]) -> list[Document]:
    """Read every file first, so that a bad one stops the run before anything is written."""
    return [read_document(p) for p in paths]


def audit_paths(paths: Iterable[str | Path], analyzer: Analyzer | None = None,
                ref_date: date | str | None = None, progress: Progress | None = None) -> AuditReport:
    """Audit several files into one report (raises ``DocumentError`` for an unreadable one)."""
    documents = read_all(paths)
    return AuditReport([audit_document(d, analyzer, ref_date, progress) for d in documents])
