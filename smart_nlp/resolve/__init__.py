"""Stage 2, resolve: a goal's facts and a reference date → ``Resolved``, dated and typed.

Extraction is reference-free (spans and ``TimeExpr``s); here the deadline is picked and
dated, targets and baseline become ``Target``/``Baseline`` values, and the funnel stage
is decided. Nothing here formats French: that is for the stages after it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..analysis import Baseline, Deadline, SpanRef, Target
from ..extract.facts import GoalFacts
from ..text import fold
from .deadline import beyond_calendar, pick_deadline
from .funnel import funnel_stage


@dataclass(frozen=True)
class Resolved:
    """The facts of one goal as values: what featurize, judge and advise read."""

    facts: GoalFacts
    ref: date
    kpi: str | None
    channels: list[str]
    targets: list[Target]
    baseline: Baseline | None
    deadline: Deadline | None
    means: list[SpanRef]
    funnel: str | None
    nil_means: list[str] = field(default_factory=list)
    justification: str | None = None
    beyond_calendar: str | None = None  # a time said that ends after 9999, when no deadline is found

    @property
    def text(self) -> str:
        return self.facts.text


def resolve(facts: GoalFacts, ref: date) -> Resolved:
    """Date the deadline against ``ref`` and type every quantity of ``facts``."""
    text = facts.text
    targets = [Target(t.extra["kind"], t.value, t.extra["unit"], t.extra["period"], text[t.start:t.end], t.start, t.end)
               for t in facts.targets]
    b = facts.baseline
    baseline = Baseline(b.value, b.extra["unit"], b.extra["period"], text[b.start:b.end], b.start, b.end) if b else None
    deadline, beyond = None, None
    if picked := pick_deadline(facts.times, ref, keep_past=True):
        m, when = picked
        deadline = Deadline(when, text[m.start:m.end], m.start, m.end, m.rule)
    elif m := beyond_calendar(facts.times, ref):
        beyond = text[m.start:m.end]
    channels = list(dict.fromkeys(c.value for c in facts.channels))
    said = fold(text[facts.kpi.start:facts.kpi.end]) if facts.kpi else ""
    j = facts.justification
    return Resolved(
        facts=facts, ref=ref, kpi=facts.kpi_id, channels=channels, targets=targets, baseline=baseline,
        deadline=deadline, means=[SpanRef(text[m.start:m.end], m.start, m.end) for m in facts.means],
        funnel=funnel_stage(facts.kpi_id, said, channels, text),
        nil_means=[text[m.start:m.end] for m in facts.nil_means],
        justification=text[j.start:j.end] if j else None, beyond_calendar=beyond)
