"""Two goals in one text, handed back as a coach would: one sentence per goal (issue 11).

Each goal was read and analysed alone (extract/goal_parts.py, ``Analyzer.finish``); the
analysis keeps the text's fields (SPEC 1) and its verdicts, takes the primary goal's sentence
(SPEC 4: the business KPI first) as ``suggestion`` and lists the other in ``other_goals``
with its own reading and sentence. A goal already SMART alone gets its own words, capitalised
and closed, never a silence that would hide the other goal.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..extract.goal_parts import primary
from ..lang.fr import load
from ..text import typography

if TYPE_CHECKING:
    from ..analysis import Analysis
    from ..extract.goal_parts import GoalPart


def sentence(a: "Analysis", part: "GoalPart") -> str | None:
    """A goal's own sentence: its rewrite; for a goal SMART alone, its facts said as one
    sentence (its words alone are often a fragment: « +20 % de CA en boutique avant Noël »),
    else its words, closed; ``None`` when its rewrite was withheld (its notes say why)."""
    if a.suggestion is not None:
        return a.suggestion
    if all(v.met for v in a.criteria.values()):
        from . import advise

        said = advise(a, part.facts).suggestion
        return said or typography(part.text[:1].upper() + part.text[1:])
    return None


def entry(a: "Analysis", part: "GoalPart") -> dict:
    """The other goal as ``other_goals`` lists it: its own reading (offsets into its own
    ``text``), where its words stand in the whole text, and its sentence."""
    d = a.to_dict()
    keep = ("text", "kpi", "channels", "targets", "baseline", "deadline", "means", "funnel", "smart_score")
    out = {k: d[k] for k in keep}
    out.update({"start": part.start, "end": part.end,
                "criteria_met": {k: v["met"] for k, v in d["criteria"].items()},
                "suggestion": sentence(a, part), "suggestion_notes": d["suggestion_notes"]})
    return out


def hand_back(whole: "Analysis", parts: list["GoalPart"], analyses: list["Analysis"]) -> None:
    """``whole`` (the text's analysis) with one sentence per goal: the primary's as its
    ``suggestion``, the other's in ``other_goals`` and said in the first note."""
    if not whole.is_goal or not all(a.is_goal for a in analyses):
        return
    main = primary(parts, whole.kpi)
    lead, part = analyses[main], parts[main]
    whole.warnings = [w for w in whole.warnings if w not in whole.suggestion_notes]  # the whole's withheld rewrite
    whole.suggestion = sentence(lead, part)
    notes = lead.suggestion_notes if whole.suggestion is None or lead.suggestion is not None else []
    whole.other_goals = [entry(a, p) for i, (a, p) in enumerate(zip(analyses, parts)) if i != main]
    d = load("goal_parts")
    said = [o["suggestion"] or d["withheld"] for o in whole.other_goals]
    whole.suggestion_notes = [typography(d["note"].format(sentence=s)) for s in said] + notes
    if whole.suggestion is not None:
        whole.alternatives, whole.milestones = lead.alternatives, lead.milestones
    elif notes:
        whole.warnings.append(notes[0])
