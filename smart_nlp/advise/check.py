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
from .forms import plural_verb
from .lexicon import PLACEHOLDER
from .realise import GoalPlan, bracket, realise

if TYPE_CHECKING:
    from ..analysis import Analysis
    from .compose import Advice

_MONEY_FAMILIES = ("money", "amount", "cost")
_RELATIVE = ("percent_change", "factor")
_QUOTED = re.compile("\u00ab[^\u00bb]*\u00bb")  # a title the user quotes keeps its capitals


def _words() -> dict:
    return load("guard")


@lru_cache(maxsize=1)
def _known_abbreviations() -> frozenset[str]:
    """The abbreviations the analyzer reads: its KPI and channel words, and the usual ones."""
    said = " ".join(p for k in load("kpis").values() for p in k["patterns"])
    said += " " + " ".join(c["label"] for c in load("channels").values())
    return frozenset(_words()["abbreviations"]) | frozenset(re.findall(r"\w+", fold(said)))


def _tokens(text: str) -> list[str]:
    return re.findall(r"\w+", fold(PLACEHOLDER.sub(r"\1", text)))


def repeated(text: str) -> bool:
    """A word or a pair of words said twice back to back (« de Google de Google »)."""
    t = _tokens(text)
    if any(a == b and not a.isdigit() for a, b in zip(t, t[1:])):
        return True
    return any(t[i:i + 2] == t[i + 2:i + 4] for i in range(len(t) - 3))


def noun_phrase_fault(text: str) -> bool:
    """Whether user words meant as a noun phrase hold a finite verb outside a relative clause,
    a clause opener, an abbreviation the analyzer does not know glued to the KPI noun (a
    name after a noun, « la formation SST », is the user's), or a word said twice."""
    if not text.strip():
        return False
    w, t = _words(), _tokens(text)
    if any(x in w["clause_openers"] for x in t):
        return True
    said = re.findall(r"\w+", text.lower())
    if any((x in w["finite_verbs"] or plural_verb(x)) and not _relative(said[:i]) for i, x in enumerate(said)):
        return True
    first = re.match(r"\s*([A-Z]{2,6})(?![\w])", _QUOTED.sub("", PLACEHOLDER.sub("", text)))
    if first and fold(first.group(1)) not in _known_abbreviations():  # « dons IFI »: glued to the noun, unread
        return True
    return repeated(text) or any(t.count(x) > 1 for x in w["once_words"])  # « auprès des … auprès de »


def _relative(before: list[str]) -> bool:
    """« clients qui repassent commande »: a finite verb in a relative clause on the noun."""
    lead = [fold(x) for x in before[-2:]]
    return bool(lead) and (lead[-1] in _words()["relative_pronouns"] or lead[0] in _words()["relative_pronouns"]
                           and lead[-1] in _words()["negation"])


def _money_without_unit(p: GoalPlan) -> bool:
    t = p.target
    return p.family in _MONEY_FAMILIES and t["kind"] not in _RELATIVE and t.get("unit") is None


def _baseline_lost(a: "Analysis", sentence: str) -> bool:
    """The starting value the user stated is not in the rewrite (as a number of its own)."""
    if a.baseline is None:
        return False
    said = re.escape(format_number(abs(a.baseline.value)))
    return re.search(r"(?<![\d,])" + said + r"(?![\d]|,\d)", sentence) is None


def _not_french(a: "Analysis") -> bool:
    return typography(load("messages")["warnings"]["not_french"]) in a.warnings


def fault(a: "Analysis", advice: "Advice") -> str | None:
    """What a rewrite cannot be trusted for (the French words of the note), ``narrowing``
    when only the user's narrowing is not a noun phrase, ``None`` when every check passes."""
    p, what = advice.plan, _words()["notes"]["what"]
    if p is None or advice.suggestion is None:
        return None
    if _not_french(a):
        return what["language"]
    if noun_phrase_fault(p.kpi.text) and not p.kpi_placeholder:
        return what["kpi"].format(said=p.kpi.text)
    if _money_without_unit(p):
        return what["money"].format(said=p.target.get("said") or format_number(p.target["value"]))
    if noun_phrase_fault(p.inline) or noun_phrase_fault(p.slot):
        return "narrowing"
    if _baseline_lost(a, advice.suggestion):
        return what["baseline"].format(said=a.baseline.text)
    return what["sentence"] if repeated(advice.suggestion) else None


def guard(a: "Analysis", advice: "Advice") -> "Advice":
    """The advice as it is when every check passes, with a placeholder narrowing when only
    the user's narrowing could not be read, else no rewrite and a note that asks."""
    what = fault(a, advice)
    if what == "narrowing":
        advice = _placeholder_narrowing(advice)
        what = fault(a, advice)
    if what is None:
        return advice
    return replace(advice, suggestion=None, notes=[typography(_words()["notes"]["unread"].format(what=what))])


def _placeholder_narrowing(advice: "Advice") -> "Advice":
    p = advice.plan
    prep, slot = _words()["public"]
    said = " ".join(x for x in (p.inline, p.slot) if noun_phrase_fault(x))
    plan = replace(p, inline="" if noun_phrase_fault(p.inline) else p.inline, slot=f"{prep} {bracket(slot)}")
    note = typography(_words()["notes"]["narrow_unread"].format(said=PLACEHOLDER.sub(r"\1", said), slot=slot))
    return replace(advice, suggestion=typography(realise(plan)), plan=plan, notes=advice.notes + [note])
