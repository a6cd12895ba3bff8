"""The result of analysing one goal; ``to_dict()`` is the SPEC section 1 object."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

CRITERIA = ("specific", "measurable", "achievable", "relevant", "time_bound")


@dataclass
class SpanRef:
    text: str
    start: int
    end: int


@dataclass
class Target:
    """What the goal asks for: ``kind`` level, delta, percent_change or factor (SPEC section 2)."""

    kind: str
    value: float
    unit: str | None
    period: str | None
    text: str
    start: int
    end: int

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Target":
        """A target from its ``to_dict()`` form (the web page reads analyses as JSON)."""
        return cls(d["kind"], d["value"], d.get("unit"), d.get("period"), d.get("text", ""), d.get("start", 0),
                   d.get("end", 0))


@dataclass
class Baseline:
    value: float
    unit: str | None
    period: str | None
    text: str
    start: int
    end: int


@dataclass
class Deadline:
    date: date
    text: str
    start: int
    end: int
    rule: str = ""


@dataclass
class Verdict:
    met: bool
    score: float
    reasons: list[str]
    advice: str | None


@dataclass
class Analysis:
    text: str
    ref_date: date
    kpi: str | None = None
    channels: list[str] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    baseline: Baseline | None = None
    deadline: Deadline | None = None
    means: list[SpanRef] = field(default_factory=list)
    funnel: str | None = None
    criteria: dict[str, Verdict] = field(default_factory=dict)
    smart_score: int = 0
    suggestion: str | None = None
    suggestion_notes: list[str] = field(default_factory=list)
    is_goal: bool = True
    id: str | None = None
    milestones: list[dict[str, Any]] = field(default_factory=list)
    ambition: dict[str, Any] | None = None
    alternatives: list[dict[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    facts: dict[str, Any] = field(default_factory=dict)
    other_goals: list[dict[str, Any]] = field(default_factory=list)

    def goal_sentences(self) -> list[tuple[str | None, str | None]]:
        """(KPI, sentence) of each goal of a text that holds several (advise/several.py), the
        primary first; ``[]`` for one goal."""
        if not self.other_goals:
            return []
        return [(self.kpi, self.suggestion), *[(o["kpi"], o["suggestion"]) for o in self.other_goals]]

    def own_notes(self) -> list[str]:
        """The notes past those that say each other goal's sentence (advise/several.py puts
        them first): what a report that lists every sentence still has to say."""
        return self.suggestion_notes[len(self.other_goals):]

    def to_dict(self) -> dict[str, Any]:
        """SPEC section 1 keys, then our additions (``suggestion_notes``, ``other_goals``, ``is_goal``, ``warnings``,
        ``facts``)."""
        out: dict[str, Any] = {}
        if self.id is not None:
            out["id"] = self.id
        out.update({
            "text": self.text,
            "ref_date": self.ref_date.isoformat(),
            "kpi": self.kpi,
            "channels": list(self.channels),
            "targets": [_clean(asdict(t)) for t in self.targets],
            "baseline": _clean(asdict(self.baseline)) if self.baseline else None,
            "deadline": None,
            "means": [asdict(m) for m in self.means],
            "funnel": self.funnel,
            "criteria": {k: asdict(v) for k, v in self.criteria.items()},
            "smart_score": self.smart_score,
            "suggestion": self.suggestion,
            "suggestion_notes": list(self.suggestion_notes),
            "other_goals": list(self.other_goals),
            "is_goal": self.is_goal,
            "alternatives": list(self.alternatives),
            "milestones": list(self.milestones),
            "ambition": self.ambition,
            "warnings": list(self.warnings),
            "facts": self.facts,
        })
        if self.deadline:
            out["deadline"] = {"date": self.deadline.date.isoformat(), "text": self.deadline.text,
                               "start": self.deadline.start, "end": self.deadline.end}
        return out


def _clean(d: dict) -> dict:
    """Integral floats become ints in JSON (10.0 → 10)."""
    v = d.get("value")
    if isinstance(v, float) and v.is_integer():
        d["value"] = int(v)
    elif isinstance(v, float):
        d["value"] = round(v, 6)
    return d
