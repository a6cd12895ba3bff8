"""What the page shows, computed from an analysis dict: labels, highlights, placeholders.

Every string here is plain text; the templates escape it (Jinja autoescape), so user
text never reaches the page as markup.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..analysis import CRITERIA, Target
from ..lang.fr import load, message
from ..lang.fr.format import (channel_label, criterion_name, describe_baseline, describe_target, format_date,
                              format_number, funnel_label, kpi_label, span_labels)
from ..text import typography

SPAN_LABELS = span_labels()
EXAMPLES = load("web")["page"]["examples"]

PLACEHOLDER = re.compile(r"\[[^\[\]]+\]")


@dataclass
class Node:
    """A highlighted piece of the goal: a labelled span holding text and inner spans."""

    label: str | None
    start: int
    end: int
    children: list["Node | str"] = field(default_factory=list)

    @property
    def name(self) -> str:
        return SPAN_LABELS.get(self.label or "", "")

    @property
    def css(self) -> str:
        return (self.label or "").lower()


def highlight(text: str, spans: list) -> list["Node | str"]:
    """The goal cut into text and nested labelled spans (inner spans clipped to their parent)."""
    clean = sorted({(max(0, s), min(len(text), e), lab) for s, e, lab in spans
                    if lab in SPAN_LABELS and 0 <= s < e}, key=lambda x: (x[0], -x[1]))
    root = Node(None, 0, len(text))
    stack = [root]
    for start, end, label in clean:
        while len(stack) > 1 and start >= stack[-1].end:
            stack.pop()
        parent = stack[-1]
        start, end = max(start, parent.start), min(end, parent.end)
        if start >= end:
            continue
        node = Node(label, start, end)
        parent.children.append(node)
        stack.append(node)
    return _fill(root, text).children


def _fill(node: Node, text: str) -> Node:
    """Put the plain text between the child spans."""
    pieces: list[Node | str] = []
    pos = node.start
    for child in node.children:
        if child.start > pos:
            pieces.append(text[pos:child.start])
        pieces.append(_fill(child, text))
        pos = child.end
    if pos < node.end:
        pieces.append(text[pos:node.end])
    node.children = pieces
    return node


def placeholder_parts(suggestion: str) -> list[tuple[bool, str]]:
    """``[(is_placeholder, text)]``: the bracketed parts are what the user must fill in."""
    parts, pos = [], 0
    for m in PLACEHOLDER.finditer(suggestion):
        if m.start() > pos:
            parts.append((False, suggestion[pos:m.start()]))
        parts.append((True, m.group()))
        pos = m.end()
    if pos < len(suggestion):
        parts.append((False, suggestion[pos:]))
    return parts


def iso_label(value: Any) -> str:
    """« 31 décembre 2026 » from an ISO date string (or the value as given)."""
    try:
        return format_date(date.fromisoformat(str(value)))
    except ValueError:
        return str(value)


def target_label(t: dict) -> str:
    try:
        return typography(describe_target(Target.from_dict(t)))
    except (KeyError, TypeError, ValueError):
        return t.get("text", "")


def baseline_label(b: dict) -> str:
    try:
        return typography(describe_baseline(b["value"], b.get("unit"), b.get("period")))
    except (KeyError, TypeError, ValueError):
        return b.get("text", "")


def criteria(a: dict) -> list[dict[str, Any]]:
    out = []
    for key in CRITERIA:
        v = a.get("criteria", {}).get(key)
        if v is None:
            continue
        out.append({"key": key, "name": criterion_name(key), "met": bool(v.get("met")),
                    "score": v.get("score"), "reasons": v.get("reasons") or [], "advice": v.get("advice")})
    return out


def milestone_label(m: Any) -> str:
    """A milestone from the analysis, whatever its exact shape: its text, else date and value."""
    if isinstance(m, dict):
        if m.get("text"):
            return str(m["text"])
        parts = [iso_label(m["date"])] if m.get("date") else []
        shown = m.get("progress") or m.get("label") or m.get("value")
        if shown is not None:
            parts.append(format_number(shown) if isinstance(shown, (int, float)) else str(shown))
        return typography(" : ".join(parts))
    return str(m)


def ambition_view(amb: Any) -> dict[str, Any] | None:
    if not amb:
        return None
    if not isinstance(amb, dict):
        return {"text": str(amb), "moderate": None}
    text = amb.get("text") or amb.get("label")
    if not text and amb.get("annual_factor"):
        text = typography(message("web", "page.per_year", factor=format_number(round(amb["annual_factor"], 1))))
    if not text:
        return None
    return {"text": str(text), "moderate": amb.get("moderate")}


def score_class(score: int) -> str:
    return "good" if score >= 80 else "fair" if score >= 50 else "poor"


def sentences(a: dict) -> list[str]:
    """The rewrite, then each other goal's sentence (advise/several.py), from ``to_dict()``."""
    first = [a["suggestion"]] if a.get("suggestion") else []
    return first + [o["suggestion"] for o in a.get("other_goals") or [] if first and o.get("suggestion")]


def other_goals_view(kpi: str | None, others: list[dict]) -> dict[str, Any]:
    """The other goals of a text that holds several (advise/several.py): each with its own
    editable sentence, and the labels that number them."""
    def label(n: int, k: str | None) -> str:
        if not k:
            return typography(message("web", "words.analysis.goal_label_plain", n=n))
        return typography(message("web", "words.analysis.goal_label", n=n, kpi=kpi_label(k)))

    return {
        "other_goals": [{"label": label(i, o.get("kpi")), "id": f"suggestion-{i}", "text": o.get("suggestion"),
                         "parts": placeholder_parts(o["suggestion"]) if o.get("suggestion") else None}
                        for i, o in enumerate(others, 2)],
        "goal_count": typography(message("web", "words.analysis.goal_count", n=len(others) + 1)) if others else None,
        "goal_label": label(1, kpi),
    }


def analysis_view(a: dict) -> dict[str, Any]:
    """Everything the analysis template needs, from an ``Analysis.to_dict()``."""
    deadline = a.get("deadline")
    others = [o for o in a.get("other_goals") or [] if isinstance(o, dict)]
    return {
        "a": a,
        "nodes": highlight(a["text"], (a.get("facts") or {}).get("spans", [])),
        "kpi": kpi_label(a["kpi"]) if a.get("kpi") else "—",
        "channels": ", ".join(channel_label(c) for c in a.get("channels") or []) or "—",
        "targets": [target_label(t) for t in a.get("targets") or []],
        "baseline": baseline_label(a["baseline"]) if a.get("baseline") else None,
        "deadline": {"date": iso_label(deadline["date"]), "text": deadline["text"]} if deadline else None,
        "means": [m["text"] for m in a.get("means") or []],
        "funnel": funnel_label(a.get("funnel")),
        "criteria": criteria(a),
        "score": a.get("smart_score", 0),
        "score_class": score_class(a.get("smart_score", 0)),
        "suggestion": placeholder_parts(a["suggestion"]) if a.get("suggestion") else None,
        "suggestion_text": a.get("suggestion"),
        "has_placeholders": any(PLACEHOLDER.search(s) for s in [a.get("suggestion") or "",
                                                                *[o.get("suggestion") or "" for o in others]]),
        "suggestion_notes": [n for n in a.get("suggestion_notes") or [] if isinstance(n, str)][len(others):],
        **other_goals_view(a.get("kpi"), others),
        "all_met": all(isinstance(c, dict) and c.get("met") for c in (a.get("criteria") or {}).values()),
        "milestones": [milestone_label(m) for m in a.get("milestones") or []],
        "ambition": ambition_view(a.get("ambition")),
        "alternatives": [x for x in a.get("alternatives") or [] if isinstance(x, dict) and x.get("text")],
        "warnings": a.get("warnings") or [],
        "legend": [(k.lower(), v) for k, v in SPAN_LABELS.items()],
    }
