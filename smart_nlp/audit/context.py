"""A goal read in its document: the document's own date, and what the context adds.

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
from datetime import date
from functools import lru_cache

from ..extract.deadlines import find_times
from ..extract.lexicon import find_kpis
from ..lang.fr import load, message
from ..lang.fr.format import format_date
from ..resolve.deadline import pick_deadline
from ..temporal import Day
from ..text import fold
from .cues import Detection
from .sections import section_polarity
from .grammar import grammar, words
from .document import Document, Segment

@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    """A numbering label (« Objectif 2 : », « Priorité n° 1 — ») and a bare year or range of
    years, on folded text."""
    cues = load("goal_cues")
    label = grammar()["numbered_label"]
    year = re.compile(r"(?<!\d)(20\d\d)(?:\s*(?:" + words(cues["year_range_words"]) + r")\s*(20\d\d))?(?!\d)")
    return label, year


# --------------------------------------------------------------------------- reference date

def document_ref_date(doc: Document, limit: int = 25) -> tuple[date, str] | None:
    """The date the document says it was written (« Date : 15 janvier 2026 »), from a
    labelled date (« Publié le… », « Mis à jour le… »), a line holding only a date, a
    heading that ends on one or a short line that does (« Point trimestriel, 9 avril 2027 »),
    among its first statements."""
    found = dated_statement(doc, limit)
    return found[:2] if found else None


def dated_statement(doc: Document, limit: int = 25) -> tuple[date, str, int] | None:
    """``document_ref_date`` and the index of the statement that gives it (never a goal)."""
    labels = sorted(load("goal_cues")["ref_date_labels"], key=len, reverse=True)
    label_rx = re.compile(r"(?:^|[—–\-|,(]\s*)(?:" + "|".join(labels) + r")\s*[:\-–]?\s*")
    for index, seg in enumerate(doc.segments[:limit]):
        folded = fold(seg.text).strip()
        m = label_rx.search(folded)
        rest = folded[m.end():] if m else folded
        for t in find_times(rest):
            before = rest[:t.start].rstrip()
            dated_heading = (seg.kind == "heading" or before[-1:] in ",—–-|" and len(before.split()) <= 4) \
                and not m and t.end >= len(rest.rstrip(" ."))
            if not isinstance(t.value, Day) or t.value.year is None or (t.start > 3 and not dated_heading):
                continue
            if not m and len(rest.rstrip(" .")) - t.end > 0:
                continue
            try:
                found = date(t.value.year, t.value.month, t.value.day)
            except ValueError:
                continue
            where = seg.location.short()
            source = message("goal_cues", "texts.ref_source", where=", " + where if where else "", text=seg.text)
            return found, source, index
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
        years = [int(m.group(2) or m.group(1)) for m in _patterns()[1].finditer(folded)]
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


def read_in_context(seg: Segment, det: Detection, ref: date) -> tuple[str, dict]:
    """The text to analyse (the statement, with what its context adds) and a record of it."""
    statement = seg.text.strip()
    context: dict = {}
    core = statement
    m = _patterns()[0].match(fold(core))
    if m:
        context["label_removed"] = core[:m.end()].strip()
        core = core[m.end():]
    facts = det.facts
    prefix = suffix = ""
    if facts is not None and facts.targets and facts.kpi is None:
        found = _context_kpi(seg)
        if found:
            prefix = message("goal_cues", "texts.kpi_prefix", kpi=found[0][:1].upper() + found[0][1:])
            context.update({"kpi_from": found[1], "prefix_added": prefix})
    if facts is None or pick_deadline(facts.times, ref) is None:
        found = _context_deadline(seg, ref)
        if found:
            when, source = found
            suffix = message("goal_cues", "texts.deadline_suffix", date=format_date(when))
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


