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

from ..extract.facts import extract
from ..lang.fr import load
from ..lang.fr.format import format_number
from ..text import fold, typography
from .forms import Noun, correct, plural_verb
from .lexicon import PLACEHOLDER
from .realise import GoalPlan, Quantity, bracket, realise

if TYPE_CHECKING:
    from ..analysis import Analysis
    from ..extract.facts import GoalFacts
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
    return a.baseline is not None and not _said(a.baseline.value, sentence)


def _said(value: float, sentence: str) -> bool:
    said = re.escape(format_number(abs(value)))
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
    for m in facts.targets if facts is not None else []:
        kind, value = m.extra.get("kind"), m.value
        if not isinstance(value, (int, float)) or kind == "factor" or _restated().search(fold(facts.text[:m.start])) \
                or _end_of_factor(a, value):
            continue
        year = any(t.overlaps(m.start, m.end) for t in facts.times)  # « en 2027 » read as the count
        if year or not _said(value, sentence):
            return facts.text[m.start:m.end]
    return None


def _not_french(a: "Analysis") -> bool:
    return typography(load("messages")["warnings"]["not_french"]) in a.warnings


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
    if noun_phrase_fault(p.inline) or noun_phrase_fault(p.slot):
        return "narrowing", {}
    if _baseline_lost(a, advice.suggestion):
        return "baseline", {"said": a.baseline.text}
    lost = _figure_lost(a, facts, advice.suggestion)
    if lost is not None:
        return "figure", {"said": lost}
    return ("sentence", {}) if repeated(advice.suggestion) else None


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
        counted = _counted(a, advice, facts)
        again = _problem(a, counted, facts) if counted is not None else problem
        if again is None or again[0] not in ("money", "kpi"):  # « 250 magasins », another figure aside
            advice, problem = counted, again
    if problem is None:
        return advice
    return replace(advice, suggestion=None, notes=[_withheld(a, advice, facts, *problem)])


def _withheld(a: "Analysis", advice: "Advice", facts: "GoalFacts | None", kind: str, said: dict) -> str:
    """The note of a withheld rewrite: the real problem, the proposal, the question."""
    notes = _words()["notes"]
    what = notes["what"][kind].format(**said)
    proposal = _proposal(a, advice, facts, kind, said)
    question = notes["questions"][said.pop("kind", kind)].format(**said, first=_first(a))
    if proposal is None:
        return typography(notes["unread_plain"].format(what=what, question=question))
    return typography(notes["unread"].format(what=what, proposal=proposal, question=question))


def _proposal(a: "Analysis", advice: "Advice", facts: "GoalFacts | None", kind: str, said: dict) -> str | None:
    """The closest sentence built from what was read with certainty, the doubtful part in
    brackets in the user's own words (``None`` when nothing can be proposed)."""
    p = advice.plan
    if kind == "kpi":
        plan = replace(p, kpi=replace(p.kpi, text=PLACEHOLDER.sub(r"\1", p.kpi.text)), kpi_placeholder=True)
    elif kind == "money":
        unit = _words()["assumed_money_unit"]
        plan = replace(p, target={**p.target, "unit": unit, "placeholder": True})
    elif kind == "baseline":
        plan = replace(p, slot=" ".join(x for x in (p.slot, bracket(_words()["links"][kind].format(**said))) if x))
    elif kind == "figure":
        words = _user_phrase(a, facts, said["said"])
        lost = next((t for t in a.targets[1:] if t.text == said["said"]), None)
        if words == said["said"].strip() and lost is not None and lost.unit == p.target.get("unit"):
            # « 90 rendez-vous…, on en veut 110 »: the bare figure is the target, the first one the start
            plan = replace(p, target={**p.target, "value": lost.value, "placeholder": True}, verb_kept=False,
                           start=Quantity(p.target["value"], p.target.get("unit"), True))
            said["kind"] = "figure_start"
        else:
            own = _counted(a, advice, facts) if facts is not None else None  # each figure with its noun
            base = own.plan if own is not None and fold(words) not in fold(own.suggestion) else p
            link = _words()["links"][kind].format(said=words)
            plan = replace(base, slot=" ".join(x for x in (base.slot, bracket(link)) if x))
    else:
        return None
    return typography(realise(plan))


def _user_phrase(a: "Analysis", facts: "GoalFacts | None", said: str) -> str:
    """The user's words of a figure and what it counts (« 500 demandes de devis »)."""
    at = a.text.find(said)
    if at < 0 or facts is None:
        return said.strip()
    from .reader import TextReader

    r = TextReader(a, facts)
    end = at + len(said)
    ws, we = r.window(end)
    words = r.said_words(ws, we).strip() if we > ws else ""
    if words:
        return f"{said.strip()} {words}"
    k = next((k for k in facts.kpis if k.end <= at and re.fullmatch(r" ?(?:de |d')?", fold(a.text[k.end:at]))), None)
    if k is None:  # « un chiffre d'affaires de 40 M€ »: the measure said before the figure
        return said.strip()
    det = re.search(r"(?<![\w'])(\w{1,3}) $", a.text[:k.start])
    return correct(a.text[det.start(1) if det else k.start:end]).strip()


def _first(a: "Analysis") -> str:
    return a.targets[0].text.strip() if a.targets else ""


def _counted(a: "Analysis", advice: "Advice", facts: "GoalFacts") -> "Advice | None":
    """« Atteindre 250 magasins franchisés »: a count read as money when no KPI was named
    is said with the noun that follows it, in the user's words."""
    t = a.targets[0] if a.targets else None
    if t is None or t.unit is not None:
        return None
    phrase = _user_phrase(a, facts, t.text)
    noun = phrase[len(t.text.strip()):].strip()
    if not noun or fold(noun.split(" ")[0]) in _words()["not_counted"]:
        return None
    p = advice.plan
    prep, public = _words()["public"]
    slot = p.slot if p.slot and not p.kpi_placeholder else ""
    if not slot and not extract(noun).narrowing:  # what the count is about, to be said
        slot = f"{prep} {bracket(public)}"
    plan = replace(p, kpi=Noun(noun, "m", "p" if t.value >= 2 else "s"), family="count", kpi_placeholder=False,
                   after_amount=None, inline="", slot=slot,
                   level_verb=p.level_verb if p.verb_kept else load("rewrite")["level_verb_default"])
    suggestion = typography(realise(plan))
    gone = {x for x in PLACEHOLDER.findall(advice.suggestion) if f"[{x}]" not in suggestion}
    return replace(advice, suggestion=suggestion, plan=plan,  # notes on slots the new sentence lacks go
                   notes=[n for n in advice.notes if not n.startswith(_assumed_note_start())
                          and not any(f"« {x} »" in n for x in gone)])


def _assumed_note_start() -> str:
    return typography(load("rewrite")["notes"]["kpi_assumed"].split("{")[0])


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
    plan = replace(p, inline="" if noun_phrase_fault(p.inline) else p.inline, slot=f"{prep} {bracket(slot)}")
    note = typography(_words()["notes"]["narrow_unread"].format(said=PLACEHOLDER.sub(r"\1", said), slot=slot))
    return replace(advice, suggestion=typography(realise(plan)), plan=plan, notes=advice.notes + [note])
