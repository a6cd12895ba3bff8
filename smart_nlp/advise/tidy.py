"""The notes handed back with a rewrite, as a coach gives them (issue 11): each one true of
the final sentence (no « missing » note for what it shows, no « ne rapporte rien » for a
KPI that brings money in), the KPI named by its head noun phrase, related notes merged,
the most important first (what was assumed, then placeholders, then means), a few at most.

The notes are read back from their templates (``rewrite.yaml`` ``notes:``), so this last
pass needs nothing from the stages that wrote them.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from ..text import fold
from .lexicon import kpi_named, note, rewrite_data

if TYPE_CHECKING:
    from .compose import Advice

Note = tuple[str | None, dict, str]  # template key (None: a note of another stage), its fields, its text


def _plain(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")


@lru_cache(maxsize=1)
def _templates() -> list[tuple[str, re.Pattern]]:
    """Each ``notes:`` template as a pattern whose groups are its fields."""
    out = []
    for key, text in rewrite_data()["notes"].items():
        if not isinstance(text, str):
            continue
        parts = re.split(r"\{(\w+)\}", _plain(text))
        pattern = "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+?)" for i, p in enumerate(parts))
        out.append((key, re.compile(pattern + "$", re.S)))
    return out


@lru_cache(maxsize=1)
def _words() -> dict:
    w = rewrite_data()["notes_tidy"]
    return {**w, **{k: re.compile(w[k]) for k in ("assumed_kpi", "figure_slot", "start_slot", "start_said", "reason")},
            "paid": re.compile(w["paid"]), "paid_kpi": re.compile(w["paid_kpi"]),
            "recruits": re.compile("|".join(f"(?:{r['pattern']})" for r in rewrite_data()["recruits"]))}


def _read(text: str) -> Note:
    plain = _plain(text)
    for key, pattern in _templates():
        m = pattern.match(plain)
        if m:
            return key, m.groupdict(), text
    return None, {}, text


def _redo(key: str, **fields) -> Note:
    return key, fields, note(key, **fields)


def _true(n: Note, shown: str, said: str) -> Note | None:
    """The note as it holds for the sentence ``shown`` of the user's text ``said``, or None."""
    key, f, _ = n
    w = _words()
    if key == "kpi_assumed" and not w["assumed_kpi"].search(shown):
        return None
    if key == "narrow_default" and f["slot"] not in shown:
        return None
    if key == "target_default" and not w["figure_slot"].search(shown):
        return None
    if key == "deadline_default" and w["default_span"].format(months=f["months"]) not in shown:
        return None
    if key == "baseline_asked":
        if f"[{f['what']}]" in shown:  # the start is a period, shown as a placeholder
            return _redo("baseline_period", what=f["what"])
        if w["start_slot"].search(shown):
            return _redo("baseline_shown", what=kpi_named(f["what"]))
        if w["start_said"].search(shown):
            return None
        return _redo(key, what=kpi_named(f["what"]))
    if key == "means_default":
        kpi = kpi_named(f["kpi"])
        return _redo(key, kpi=kpi) if fold(kpi) in fold(shown) else _redo("means_plain")
    if key == "reason_default":
        if not w["reason"].search(shown):
            return None
        kpi = kpi_named(f["kpi"])
        brings = w["paid"].search(fold(said)) or w["paid_kpi"].search(fold(kpi)) or w["recruits"].search(fold(kpi))
        return _redo("reason_confirm" if brings else key, kpi=kpi)
    return n


def _merged(notes: list[Note]) -> list[Note]:
    """The means proposed and the other means in one note; no figure and no deadline in one;
    no word on the starting value when the note on figures covers every bracket."""
    keys = {n[0]: n for n in notes}
    if "target_default" in keys:
        notes = [n for n in notes if n[0] != "baseline_shown"]
    w = _words()
    means = keys.get("means_default") or keys.get("means_plain")
    if means and "means_more" in keys:
        others = " ; ".join(keys["means_more"][1]["others"].split(" ; ")[:w["means_others"]])
        merged = _redo("means_merged", kpi=means[1]["kpi"], others=others) if means[1] else \
            _redo("means_plain_merged", others=others)
        notes = [merged if n is means else n for n in notes if n[0] != "means_more"]
    if "target_default" in keys and "deadline_default" in keys:
        merged = _redo("defaults_merged", months=keys["deadline_default"][1]["months"])
        notes = [merged if n[0] == "target_default" else n for n in notes if n[0] != "deadline_default"]
    return notes


def tidy(advice: "Advice", said: str) -> "Advice":
    """``advice`` with its notes checked against its sentence, merged, ordered and capped."""
    if not advice.suggestion or not advice.notes:
        return advice
    shown = _plain(advice.suggestion)
    notes = [t for t in (_true(_read(n), shown, said) for n in advice.notes) if t]
    unique = list({n[2]: n for n in _merged(notes)}.values())
    ranks = _words()["ranks"]
    ordered = sorted(unique, key=lambda n: ranks.get(n[0], 0))
    return replace(advice, notes=[n[2] for n in ordered[:_words()["most"]]])
