"""The guard at the end of ``advise``: a rewrite that reads the user wrongly is never handed back.

When the analyzer misreads an unfamiliar goal, the realiser still writes a confident
sentence from the pieces. These checks look at what was written: the slots filled with
the user's words must be noun phrases, a money target carries its unit, a stated
starting value is said again, a text that is not French gets no French rewrite. A bad
narrowing becomes a placeholder; anything else leaves no rewrite and a note that asks.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from ..lang.fr import load
from ..lang.fr.format import format_number
from ..text import fold, typography
from .lexicon import PLACEHOLDER
from .pairs import coordinated
from .place_join import focus_aside
from .proposal import counted_with_noun, withheld
from .realise import GoalPlan, Quantity, bracket, realise
from .wellformed import cut_phrase, noun_phrase_fault, repeated

if TYPE_CHECKING:
    from ..analysis import Analysis
    from ..extract.facts import GoalFacts
    from .compose import Advice

_MONEY_FAMILIES = ("money", "amount", "cost")
_REACHED = load("rule_names")["quantities"]["reached"]
_RELATIVE = ("percent_change", "factor")


def _words() -> dict:
    return load("guard")


def _money_without_unit(p: GoalPlan) -> bool:
    t = p.target
    return p.family in _MONEY_FAMILIES and t["kind"] not in _RELATIVE and t.get("unit") is None


def _baseline_lost(a: "Analysis", sentence: str, p: GoalPlan | None = None, facts: "GoalFacts | None" = None) -> bool:
    """The starting value the user stated is not in the rewrite (as a number of its own);
    a count the writer describes is no start of a rate the rewrite proposes (« seules 4
    places ont été vendues » for a fill rate « de [60] % à [75] % »)."""
    described = facts is not None and facts.baseline is not None and facts.baseline.rule == _REACHED
    if described and p is not None and p.target.get("placeholder") and p.target.get("unit") != a.baseline.unit:
        return False
    return a.baseline is not None and not _said(a.baseline.value, sentence)


def _said(value: float, sentence: str) -> bool:
    said = re.escape(format_number(abs(value))).replace("\u202f", "[ \u00a0\u202f]")  # « 25 000 € » as spaced
    return re.search(r"(?<![\d,])" + said + r"(?![\d]|,\d)", sentence) is not None


@lru_cache(maxsize=1)
def _restated() -> re.Pattern:
    """A restatement word then at most a few words without a figure, up to the number."""
    words = "|".join(re.escape(w) for w in _words()["restatements"])
    return re.compile(r"\b(?:" + words + r")\b[^\d]{0,25}$")


def _end_of_factor(a: "Analysis", value: float) -> bool:
    """« doubler le MRR, de 250 k€ à 500 k€ »: the level a factor leads to from the start."""
    t = a.targets[0] if a.targets else None
    return t is not None and t.kind == "factor" and a.baseline is not None \
        and abs(a.baseline.value * t.value - value) <= 1e-6 * max(abs(value), 1)


def _figure_lost(a: "Analysis", facts: "GoalFacts | None", sentence: str) -> str | None:
    """A number the extraction read as a target (a second target, a cap) that the rewrite
    dropped, a year read as a count target, or a target level equal to the stated starting
    value (a count the writer has, read twice): the user's words for it, else ``None``."""
    t = a.targets[0] if a.targets else None
    if t is not None and t.kind == "level" and a.baseline is not None and t.value == a.baseline.value:
        return t.text
    ours = PLACEHOLDER.sub("", sentence)  # « contre [800] inscrits »: a proposal, not the user's 800 said
    for m in facts.targets if facts is not None else []:
        kind, value = m.extra.get("kind"), m.value
        if not isinstance(value, (int, float)) or kind == "factor" or _restated().search(fold(facts.text[:m.start])) \
                or _end_of_factor(a, value):
            continue
        year = any(t.overlaps(m.start, m.end) for t in facts.times)  # « en 2027 » read as the count
        if year or not (_said(value, ours) or _verbatim(facts.text[m.start:m.end], ours)):
            return facts.text[m.start:m.end]
    return None


def _verbatim(figure: str, sentence: str) -> bool:
    """« 400 M€ » said as the user wrote it, a figure with its scale or unit."""
    return not figure.strip().isdigit() and re.search(r"(?<![\d,])" + re.escape(figure.strip()) + r"(?![\d])",
                                                      sentence) is not None


def _not_french(a: "Analysis") -> bool:
    return typography(load("messages")["warnings"]["not_french"]) in a.warnings


@lru_cache(maxsize=1)
def _cut_rx() -> re.Pattern:
    ends = "|".join(_words()["dangling_ends"])
    opener = re.escape(_words()["deadline_opener"])
    return re.compile(rf"(?<![\w'])(?:{ends}) {opener}(?![\w])")


def _cut_before_deadline(sentence: str) -> bool:
    """« … pour le d'ici le 19 mars »: a phrase cut on a preposition or an article, wherever
    it stands (the plan's parts are checked one by one, the sentence is the last safety)."""
    return _cut_rx().search(fold(PLACEHOLDER.sub(r"\1", sentence))) is not None


def _problem(a: "Analysis", advice: "Advice", facts: "GoalFacts | None" = None) -> tuple[str, dict] | None:
    """What a rewrite cannot be trusted for, as (kind, the user's words it is about):
    ``narrowing`` when only the user's narrowing is not a noun phrase, ``None`` when every
    check passes."""
    p = advice.plan
    if p is None or advice.suggestion is None:
        return None
    if _not_french(a):
        return "language", {}
    if noun_phrase_fault(p.kpi.text) and not p.kpi_placeholder:
        return "kpi", {"said": p.kpi.text}
    if _money_without_unit(p):
        return "money", {"said": p.target.get("said") or format_number(p.target["value"])}
    inline = f"{p.kpi.text} {p.inline}" if p.user_phrase else p.inline  # « réservations EVG/EVJF »: the user's
    if noun_phrase_fault(inline) or noun_phrase_fault(p.slot):
        return "narrowing", {}
    if cut_phrase(" ".join((p.kpi.text, p.inline, p.slot))):
        return "cut", {}
    if _baseline_lost(a, advice.suggestion, p, facts):
        return "baseline", {"said": a.baseline.text}
    lost = _figure_lost(a, facts, advice.suggestion)
    if lost is not None:
        return "figure", {"said": lost}
    return ("sentence", {}) if repeated(advice.suggestion) or _cut_before_deadline(advice.suggestion) else None


def fault(a: "Analysis", advice: "Advice", facts: "GoalFacts | None" = None) -> str | None:
    """What a rewrite cannot be trusted for (the French words of the note), ``narrowing``
    when only the user's narrowing is not a noun phrase, ``None`` when every check passes."""
    problem = _problem(a, advice, facts)
    if problem is None or problem[0] == "narrowing":
        return problem and problem[0]
    return _words()["notes"]["what"][problem[0]].format(**problem[1])


def guard(a: "Analysis", advice: "Advice", facts: "GoalFacts | None" = None) -> "Advice":
    """The advice as it is when every check passes, with a placeholder narrowing when only
    the user's narrowing could not be read, a count said with the user's own noun when it
    was read as money; else no rewrite, and a note that says why, proposes the closest
    sentence with the doubtful part in brackets, and asks the one question that matters."""
    problem = _problem(a, advice, facts)
    if problem and problem[0] == "narrowing":
        advice = _placeholder_narrowing(advice)
        problem = _problem(a, advice, facts)
    if problem and problem[0] == "baseline":
        restored = _restored_baseline(a, advice)
        if restored is not None and _problem(a, restored, facts) is None:
            advice, problem = restored, None
    if problem and problem[0] == "money" and facts is not None:
        counted = counted_with_noun(a, advice, facts)
        again = _problem(a, counted, facts) if counted is not None else problem
        if again is None or again[0] not in ("money", "kpi"):  # « 250 magasins », another figure aside
            advice, problem = counted, again
    if problem and problem[0] == "figure" and facts is not None:
        both = coordinated(a, advice, facts)  # « 250 magasins et 400 M€ de CA »: both targets, the user's words
        if both is not None and _problem(a, both, facts) is None:
            advice, problem = both, None
    if problem is None:
        return advice
    return replace(advice, suggestion=None, notes=[withheld(a, advice, facts, *problem)])


def _restored_baseline(a: "Analysis", advice: "Advice") -> "Advice | None":
    """The rewrite with the stated starting value said again (« contre N aujourd'hui »), when
    the plan simply lacked it; ``None`` when the plan compares with something else."""
    p, b = advice.plan, a.baseline
    if p.comparison:
        return None
    if p.start is not None and p.start.placeholder and p.target.get("placeholder") and p.start.value \
            and p.start.unit == b.unit and b.value > 0:  # « de [80] à [100] »: the user's start, the same step
        target = {**p.target, "value": _round(b.value * p.target["value"] / p.start.value)}
        plan = replace(p, start=Quantity(b.value, b.unit), target=target)
        return replace(advice, suggestion=typography(realise(plan)), plan=plan)
    if p.start is not None:
        return None
    plan = replace(p, start=Quantity(b.value, b.unit))
    return replace(advice, suggestion=typography(realise(plan)), plan=plan)


def _round(value: float) -> float:
    """A placeholder target on a round figure (two significant digits)."""
    from math import floor, log10

    step = 10 ** max(0, floor(log10(abs(value))) - 1) if value else 1
    return round(value / step) * step


def _placeholder_narrowing(advice: "Advice") -> "Advice":
    p = advice.plan
    prep, slot = _words()["public"]
    said = " ".join(x for x in (p.inline, p.slot) if noun_phrase_fault(x))
    aside = focus_aside(p.inline)  # « (en particulier les jeunes du lycée) »: the public put first stays
    kept = aside if aside and not noun_phrase_fault(aside[1:-1]) else ""
    plan = replace(p, inline=kept if noun_phrase_fault(p.inline) else p.inline, slot=f"{prep} {bracket(slot)}")
    note = typography(_words()["notes"]["narrow_unread"].format(said=PLACEHOLDER.sub(r"\1", said), slot=slot))
    return replace(advice, suggestion=typography(realise(plan)), plan=plan, notes=advice.notes + [note])
