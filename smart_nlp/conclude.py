"""Stage 5, advise: the verdicts become an ``Analysis`` with its plan, warnings and rewrite.

Ambition and milestones come from ``plan.py``; the rewrite from ``advise/`` (only for a goal
that misses a criterion or whose deadline has passed); alternatives for a goal the rewrite recognises as one.
"""
from __future__ import annotations

from .advise import advise
from .advise.message import goal_alone
from .advise.others import emptied
from .advise.praise import praise
from .analysis import CRITERIA, Analysis, Verdict
from .caveats import caveats
from .features import Evidence
from .plan import alternatives, milestones, summarize_ambition
from .resolve import Resolved


def conclude(r: Resolved, ev: Evidence, verdicts: dict[str, Verdict], id: str | None = None) -> Analysis:
    a = Analysis(text=r.text, ref_date=r.ref, id=id, kpi=r.kpi, channels=r.channels, targets=r.targets,
                 baseline=r.baseline, deadline=r.deadline, means=r.means, funnel=r.funnel, criteria=verdicts)
    a.smart_score = round(100 * sum(v.score for v in verdicts.values()) / len(CRITERIA))
    a.warnings = caveats(r)
    a.facts = {"spans": [[m.start, m.end, m.label] for m in r.facts.spans() if m.label != "DEADLINE"]
               + ([[r.deadline.start, r.deadline.end, "DEADLINE"]] if r.deadline else []),
               "features": ev.features, "narrowing": r.facts.narrowing,
               "nil_means": r.nil_means, "justification": r.justification,
               "ambition": ev.ambition.to_dict() if ev.ambition else None,
               "deadline_rule": r.deadline.rule if r.deadline else None}
    a.ambition = summarize_ambition(ev.ambition)
    if r.targets:
        a.milestones = milestones(r.targets[0], r.baseline, r.ref, r.deadline.date if r.deadline else None)
    past = r.deadline is not None and r.deadline.date < r.ref
    if past or not all(v.met for v in verdicts.values()):  # a past deadline becomes a placeholder (SPEC 6)
        advice = advise(a, r.facts)
        a.suggestion, a.suggestion_notes = advice.suggestion, advice.notes
        a.is_goal = advice.plan is not None  # a goal the guard could not rewrite stays a goal
        if advice.why:  # no goal: no target, deadline, means nor criterion met (SPEC section 7)
            emptied(a, advice.why, advice.notes)
        if a.suggestion is not None:
            a.alternatives = alternatives(a, a.ambition)
        else:
            a.warnings.append(advice.notes[0])
    elif r.facts.message is not None:  # a SMART goal written as a message: handed back alone
        advice = goal_alone(r.facts)
        a.suggestion, a.suggestion_notes = advice.suggestion, advice.notes
    else:  # already SMART: no rewrite, but the note says why (and one coach's remark)
        a.suggestion_notes = praise(a, r.facts)
    a.text = r.facts.message or a.text
    return a
