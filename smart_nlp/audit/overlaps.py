"""Goals that repeat or contradict each other: one pass over the goals grouped by KPI and
scope, never every pair of goals (a plan of thousands of goals on one KPI stays linear);
the ``duplicates`` and ``conflicts`` findings that list them."""
from __future__ import annotations

import re

from ..lang.fr import load
from ..lang.fr.format import kpi_label
from ..text import fold
from .summary import finding, say


def _words(text: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z0-9]+(?:[.,][0-9]+)?", fold(text)) if len(w) > 2 or w[0].isdigit())


def _similar(wa: frozenset[str], wb: frozenset[str]) -> float:
    return len(wa & wb) / len(wa | wb) if wa and wb else 0.0


def _direction(t) -> int:
    if t.kind == "factor":
        return 1 if t.value > 1 else -1 if t.value < 1 else 0
    if t.kind in ("delta", "percent_change"):
        return 1 if t.value > 0 else -1 if t.value < 0 else 0
    return 0


SIMILAR_WINDOW = 50
"""Near-identical statements are looked for among this many earlier goals on the same KPI."""


def pairs_of(analysed: list) -> tuple[list, list]:
    """Duplicate and conflicting pairs, in one pass over the goals grouped by KPI and scope:
    each goal is compared with the first earlier goal of its group that it repeats or
    contradicts (never with every other goal), so a plan of thousands of goals stays linear."""
    duplicates, conflicts = [], []
    groups: dict[str | None, list] = {}
    for g in analysed:
        groups.setdefault(g.analysis.kpi, []).append(g)
    why = load("audit")["overlaps"]
    for kpi, members in groups.items():
        first_way: dict[tuple, object] = {}
        by_target: dict[tuple, dict] = {}
        untargeted: dict[tuple, object] = {}
        same_words: dict[frozenset, object] = {}
        words_of = [_words(g.statement) for g in members]
        for k, b in enumerate(members):
            scope = (tuple(sorted(b.analysis.channels)),) if kpi is not None else None
            when = b.analysis.deadline.date if b.analysis.deadline else None
            target = b.analysis.targets[0] if b.analysis.targets else None
            words = words_of[k]
            found = None
            if scope is not None and target is not None:
                way = _direction(target)
                opposite = first_way.get((scope, -way)) if way else None
                key = (scope, target.kind, target.unit, target.period, when)
                values = by_target.setdefault(key, {})
                if opposite is not None:
                    found = conflicts, (opposite, b, why["opposite"])
                elif values:
                    same = values.get(round(target.value, 9))
                    found = (duplicates, (same, b, why["same_target"])) if same else \
                        (conflicts, (next(iter(values.values())), b, why["other_target"]))
                if way:
                    first_way.setdefault((scope, way), b)
                values.setdefault(round(target.value, 9), b)
            if found is None:
                twin = same_words.get(words) or next(
                    (members[j] for j in range(max(0, k - SIMILAR_WINDOW), k) if _similar(words, words_of[j]) >= 0.85),
                    None)
                if twin is not None:
                    found = duplicates, (twin, b, why["similar"])
                elif scope is not None and target is None and (scope, when) in untargeted:
                    found = duplicates, (untargeted[(scope, when)], b, why["untargeted"])
            if scope is not None and target is None:
                untargeted.setdefault((scope, when), b)
            same_words.setdefault(words, b)
            if found is not None:
                found[0].append(found[1])
    return duplicates, conflicts


def overlap_findings(analysed: list) -> list[dict]:
    """The goals that repeat or contradict each other on the same KPI, as findings."""
    duplicates, conflicts = pairs_of(analysed)
    order = {g.id: k for k, g in enumerate(analysed)}
    duplicates.sort(key=lambda p: (order[p[0].id], order[p[1].id]))
    conflicts.sort(key=lambda p: (order[p[0].id], order[p[1].id]))
    out = []
    for code, items in (("duplicates", duplicates), ("conflicts", conflicts)):
        if items:
            out.append(finding(code, "warning", say(f"{code}.message", pairs=_pairs(items)), _involved(items),
                               {"pairs": [[a.id, b.id] for a, b, _ in items]}))
    if not duplicates and not conflicts and len(analysed) > 1:
        out.append(finding("overlaps", "ok", say("overlaps.message")))
    return out


def _pairs(items: list, shown: int = 10) -> str:
    text = " ; ".join(say("pairs.item", a=a.id, b=b.id, why=why, kpi=_kpi(a)) for a, b, why in items[:shown])
    return text + (say("pairs.more", n=len(items) - shown) if len(items) > shown else "")


def _kpi(goal) -> str:
    return f", {kpi_label(goal.analysis.kpi)}" if goal.analysis.kpi else ""


def _involved(items: list) -> list:
    found = {}
    for a, b, _ in items:
        found.setdefault(a.id, a)
        found.setdefault(b.id, b)
    return list(found.values())
