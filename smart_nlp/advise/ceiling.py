"""A target the user sets as a ceiling (« rester sous les 5 % », « ne pas dépasser 3 % »,
« plafonner les impayés à 4 % ») or a floor (« au-dessus de 40 % »): kept as one in the
rewrite, never a level to reach from a start (words in ``rewrite.yaml``, ``ceiling``)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .lexicon import rewrite_data

if TYPE_CHECKING:
    from .kpi_reader import GoalReader


@lru_cache(maxsize=1)
def _ceiling_rx() -> tuple[re.Pattern, re.Pattern]:
    w = rewrite_data()["ceiling"]
    near = re.compile(r"(?<![\w])(?:" + "|".join(w["cues"]) + r") $")
    far = re.compile(r"(?<![\w])(?:" + "|".join(w["verbs"]) + r") [^,;:.!?]{0,60} a $")
    return near, far


@lru_cache(maxsize=1)
def _floor_rx() -> re.Pattern:
    return re.compile(r"(?<![\w])(?:" + "|".join(rewrite_data()["ceiling"]["floor_cues"]) + r") $")


def goal_ceiling(r: "GoalReader") -> tuple[int, int, str] | None:
    """The words before the target that make it a ceiling (« rester sous les », « ne pas
    dépasser », « plafonner les impayés à »): their span (empty when a verb says it before
    the KPI) and the form of ``verbs.ceiling`` that says it, else None. A ceiling has no
    start to give; one the user states above it (« à 3 %, passer en dessous de 1 % ») is
    where the move down starts (``verbs.ceiling_from``)."""
    a = r.a
    if not a.targets or a.targets[0].kind != "level" or a.baseline is not None \
            and not (a.baseline.unit == a.targets[0].unit and a.baseline.value > a.targets[0].value):
        return None
    w, start = rewrite_data()["ceiling"], a.targets[0].start
    near, far = _ceiling_rx()
    head = r.folded[max(0, start - 80):start]
    found, verb = near.search(head), far.search(head)
    floor = _floor_rx().search(head) if not (found or verb) and a.targets[0].unit in ("%", "pt") \
        and a.baseline is None else None
    if floor:  # « au-dessus de 70 % »: a floor, to pass or to keep
        keep = re.search(r"(?<![\w])(?:" + "|".join(w["keeping"]) + r")(?![\w])", r.folded[:start])
        return start - len(head) + floor.start(), start, "keep_over" if keep else "raise_over"
    if not (found or verb):
        return None
    said = found.group() if found else ""
    lower = re.search(r"(?<![\w])(?:" + "|".join(w["lowering"]) + r")(?![\w])", r.folded[:start])
    form = ("lower_" if lower else "keep_") + ("under" if re.search(w["under"], said) else "most")
    return (start - len(head) + found.start(), start, form) if found else (start, start, form)


def at_least(folded: str, target) -> bool:
    """Whether the user sets the count or rate ``target`` as a floor (« au moins trente
    dossiers », « un taux de présence d'au moins 85 % », « 40 % min »)."""
    if target.kind != "level" or target.unit not in (None, "%"):
        return False
    w = rewrite_data()
    return re.search(r"(?<![\w])" + w["at_least_cues"] + r" $", folded[:target.start]) is not None \
        or re.match(r" " + w["at_least_after"] + r"(?![\w])", folded[target.end:]) is not None
