"""The note of a goal that already meets the five criteria: no rewrite (SPEC section 6), but
a user who reads « null » learns nothing, so the first note says what makes it SMART from
its facts (the measure in the user's words, the target, the deadline as a date, the means or
a moderate pace, the reason) and a second, when useful, gives one coach's remark that does
not rewrite it (a starting value to record, a check-in halfway). A goal whose deadline has
passed is rewritten instead (``conclude``), so it never reaches this note.
Words in ``lang/fr/praise.yaml``."""
from __future__ import annotations

import re
from datetime import timedelta
from typing import TYPE_CHECKING

from ..lang.fr import load
from ..lang.fr.format import (describe_target, format_date, format_duration, format_number, format_quantity,
                              kpi_label)
from ..text import fold, squash, typography
from .forms import correct
from .lexicon import kpi_named, periods_rx, phrase_accents, preps, stops, verbal_kpi

if TYPE_CHECKING:
    from ..analysis import Analysis
    from ..extract.facts import GoalFacts

_MARKS = re.compile(r"[,;:.!?()«»\n]")
_RELATIVE = ("percent_change", "factor", "delta")
_FIGURE = re.compile(r"\S* ?[+-]?\d")  # a link word that stops before a figure (« de 60 », « à 5 »)


def praise(a: "Analysis", facts: "GoalFacts") -> list[str]:
    """The notes of a SMART goal left as written: why it is SMART, then one remark at most."""
    w = load("praise")
    what = _measured(a, facts)
    parts = [w["parts"]["kpi"].format(what=what)] if what else []
    if a.targets:
        parts.append(w["parts"]["target"].format(target=_target(a)))
    if a.deadline:
        parts.append(w["parts"]["deadline"].format(date=format_date(a.deadline.date)))
    parts += _achievable(a)
    reason = _reason(a, facts)
    if reason:
        parts.append(w["parts"]["reason"].format(reason=_quoted(reason)))
    said = ", ".join(parts[:-1]) + w["parts"]["last"] + parts[-1] if len(parts) > 1 else parts[0]
    remark = _remark(a, what)
    return [typography(w["lead"].format(parts=said))] + ([typography(remark)] if remark else [])


def _quoted(text: str) -> str:
    return load("praise")["parts"]["quoted"].format(text=squash(text).strip(" ,;."))


def _target(a: "Analysis") -> str:
    """« 25 », « +18 % », « de 120 à 150 »: the target as the analyzer read it."""
    t, b = a.targets[0], a.baseline
    if b is not None and t.kind == "level":
        return load("praise")["parts"]["from_to"].format(start=format_quantity(b.value, b.unit),
                                                         end=describe_target(t))
    return describe_target(t)  # a second target has its own measure: the first is the goal's


def _achievable(a: "Analysis") -> list[str]:
    """The means quoted, else the moderate pace that made the target achievable."""
    p = load("praise")["parts"]
    means = [_whole(a.text, m.start, m.end) for m in a.means][:load("praise")["most_means"]]
    if means:
        key = "means_one" if len(means) == 1 else "means_many"
        return [p[key].format(means=", ".join(map(_quoted, means)))]
    amb = (a.facts or {}).get("ambition") or {}
    if amb.get("moderate") and amb.get("factor") and amb.get("months"):
        return [p["moderate"].format(factor="×" + format_number(round(amb["factor"], 2)),
                                     duration=format_duration(amb["months"]))]
    return []


def _whole(text: str, start: int, end: int) -> str:
    """The user's words ``text[start:end]``, carried on to the closing guillemet (and the
    clause after it) when a quotation opened inside them (« une offre « 3 nuits achetées, … »)."""
    said = text[start:end]
    if said.count("«") <= said.count("»"):
        return said
    close = text.find("»", end)
    if close < 0:
        return said
    after = _MARKS.search(text, close + 1)
    return text[start:after.start() if after and after.group() not in "«»" else len(text)]


def _reason(a: "Analysis", facts: "GoalFacts") -> str | None:
    """The user's reason, without the means said inside its span (« car …, en offrant … »)."""
    j = facts.justification
    if j is None:
        return None
    cut = min([m.start for m in a.means if j.start < m.start < j.end], default=j.end)
    return a.text[j.start:cut]


def _measured(a: "Analysis", facts: "GoalFacts") -> str:
    """The measure in the user's words with what narrows it (« nouveaux contrats d'entretien
    de chaudières auprès des syndics de Liège »): after a count, else from the KPI's words, up
    to the next fact, mark or link word; the KPI's label when neither reads."""
    text, folded = a.text, fold(a.text)
    t, k = (a.targets[0] if a.targets else None), facts.kpi
    starts = []
    if t is not None and t.unit is None and t.kind in ("level", "delta"):
        starts.append(t.end)
    if k is not None and not verbal_kpi().match(folded[k.start:]):
        starts.append(k.start)
    spans = [(s.start, s.end) for s in [*a.targets, *a.means, a.baseline, a.deadline] if s is not None]
    spans += [(m.start, m.end) for m in facts.side]
    for start in starts:
        start += len(text[start:]) - len(text[start:].lstrip())
        if preps().match(folded[start:]):
            continue
        facts_end = min([s for s, _ in spans if s >= start], default=len(text))
        mark = _MARKS.search(text, start)
        link = stops().search(folded, start + 1)
        end = min(facts_end, mark.start() if mark else len(text), link.start() if link else len(text))
        period = periods_rx().search(folded, start, end)  # « par mois »: the target says it
        words = _undangled(text[start:period.start() if period else end].split())
        if not words:
            continue
        said = " ".join(words[:load("praise")["most_words"]])
        if len(words) > load("praise")["most_words"] or link and end == link.start() and _FIGURE.match(link.group()):
            said = kpi_named(said)  # cut short, or before a figure (« chez les plus de 60 ans »): the head alone
        return correct(phrase_accents(said), fuzzy=True).strip()
    return kpi_label(a.kpi) if a.kpi else ""


def _undangled(words: list[str]) -> list[str]:
    """The words without the link words left hanging at their end (« chiffre d'affaires export de »)."""
    dangling = set(load("praise")["dangling"])
    while words and fold(words[-1]) in dangling:
        words = words[:-1]
    return words


def _remark(a: "Analysis", what: str) -> str | None:
    """One remark a coach would add, the most useful first."""
    r, ref, t = load("praise")["remarks"], a.ref_date, (a.targets[0] if a.targets else None)
    if a.deadline is None or t is None:
        return None
    end = a.deadline.date
    if t.kind in _RELATIVE and a.baseline is None:
        return r["start_value"].format(target=describe_target(t), what=what, date=format_date(end))
    if t.kind == "level" and t.unit == "%" and a.baseline is None:  # a rate to reach: from where?
        return r["rate_start"].format(target=describe_target(t), what=what, date=format_date(end))
    if not a.means:
        return r["no_means"]
    if (end - ref).days < load("praise")["halfway_min_days"]:
        return None
    half = ref + timedelta(days=(end - ref).days // 2)
    value = _halfway_value(a)
    return r["halfway_value"].format(date=format_date(half), value=value) if value else \
        r["halfway"].format(date=format_date(half))


def _halfway_value(a: "Analysis") -> str | None:
    """Half the way from the starting value to the target, when both are known."""
    t, b = a.targets[0], a.baseline
    if t.kind != "level" or b is None:
        return None
    return format_quantity(round((b.value + t.value) / 2, 1), t.unit)
