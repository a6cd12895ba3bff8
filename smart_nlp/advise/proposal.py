"""What the guard hands back instead of a rewrite it cannot trust: the closest sentence
built from what was read with certainty, the doubtful part in brackets in the user's own
words, and the one question that matters; and a count read as money said with its noun.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..extract.facts import extract
from ..lang.fr import load
from ..text import fold, typography
from . import fitting, org_count
from .counted import collective_rx
from .forms import Noun, correct
from .gerunds import gerund_phrase
from .pairs import second_phrase
from .place_join import focus_aside
from .lexicon import PLACEHOLDER
from .opening_verb import said_verb
from .realise import Quantity, bracket, realise

if TYPE_CHECKING:
    from ..analysis import Analysis
    from ..extract.facts import GoalFacts
    from .compose import Advice


def _words() -> dict:
    return load("guard")


def uncut(text: str) -> str:
    """The phrase up to its first defect: a once-said word met again starts a cut part, the
    prepositions and articles left at the end go (« … 60-75 ans en boutique auprès des »),
    and so does an end of several words already said before it."""
    words, w = text.split(), _words()
    seen: set[str] = set()
    for i, word in enumerate(words):
        key = fold(word)
        if key in w["once_words"] and key in seen:
            words = words[:i]
            break
        seen.add(key)
    while words and _last_word(words[-1]) in w["dangling_ends"]:
        words.pop()
    folded = [fold(x) for x in words]
    for n in range(len(words) // 2, 1, -1):  # an end already said before it goes too
        if any(folded[i:i + n] == folded[-n:] for i in range(len(words) - 2 * n + 1)):
            return " ".join(words[:-n])
    return " ".join(words)


def _last_word(word: str) -> str:
    found = re.findall(r"\w+", fold(PLACEHOLDER.sub(r"\1", word)))
    return found[-1] if found else ""


def withheld(a: "Analysis", advice: "Advice", facts: "GoalFacts | None", kind: str, said: dict) -> str:
    """The note of a withheld rewrite: the real problem, the proposal, the question."""
    notes = _words()["notes"]
    proposal = _proposal(a, advice, facts, kind, said)
    named = said.pop("kind", kind)  # what the proposal found the figure to be
    first = said.pop("first", _first(a))
    what = notes["what"][named].format(**said, first=first)
    question = notes["questions"][named].format(**said, first=first)
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
        if (words == said["said"].strip() and lost is not None and lost.unit == p.target.get("unit")
                and p.target["kind"] != "factor" and not _steps(a, lost)):
            # « 90 rendez-vous…, on en veut 110 »: the bare figure is the target, the first one the start,
            # both the user's own figures (never placeholders: the question asks which is which)
            plan = replace(p, target={**p.target, "value": lost.value, "placeholder": False}, verb_kept=False,
                           start=Quantity(p.target["value"], p.target.get("unit"), False))
            said["kind"] = "figure_start"
        else:
            own = counted_with_noun(a, advice, facts) if facts is not None else None  # each figure with its noun
            base = own.plan if own is not None and fold(words) not in fold(own.suggestion) else p
            if lost is not None and facts is not None:  # « 300 leads B2B …, CPL cible 20 € »: two goals; the
                # sentence says the first, the note names the second in the user's words (no « [et 20 €] »)
                said.update(kind="figure_second", first=_user_phrase(a, facts, _first(a)),
                            second=second_phrase(a, facts, lost))
                plan = replace(base, means=[fitting.alone(m) for m in base.means])  # the second asked apart
            else:
                link = _words()["links"][kind].format(said=words)
                plan = replace(base, slot=" ".join(x for x in (base.slot, bracket(link)) if x))
    elif kind == "cut":  # the phrase up to its defect, in brackets, the rest left out
        whole = uncut(" ".join(x for x in (p.kpi.text, p.inline) if x))
        inline = whole[len(p.kpi.text):].strip()
        kpi = replace(p.kpi, text=whole) if len(whole) < len(p.kpi.text) else p.kpi
        plan = replace(p, kpi=kpi, inline=bracket(inline) if inline else "", slot="")
    else:
        return None
    return typography(realise(plan))


def _steps(a: "Analysis", lost) -> bool:
    """« 3 000 abonnés d'ici fin mars, puis 5 000 d'ici fin juin »: a step word before the
    second figure makes the first a milestone, not a start."""
    first = a.targets[0]
    between = fold(a.text[first.end:lost.start])
    return any(re.search(rf"(?<![\w]){re.escape(w)}(?![\w])", between) for w in load("quantities")["steps"])


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


def counted_with_noun(a: "Analysis", advice: "Advice", facts: "GoalFacts") -> "Advice | None":
    """« Atteindre 250 magasins franchisés »: a count read as money when no KPI was named
    is said with the noun that follows it, in the user's words."""
    t = a.targets[0] if a.targets else None
    if t is None or t.unit is not None:
        return None
    phrase = _user_phrase(a, facts, t.text)
    noun = phrase[len(t.text.strip()):].strip()
    if collective_rx().search(fold(t.text)):  # « une vingtaine de personnes »: the count's own « de »
        noun = re.sub(r"^(?:de |d')", "", noun)
    if not noun or fold(noun.split(" ")[0]) in _words()["not_counted"]:
        return None
    p = advice.plan
    prep, public = _words()["public"]
    public = org_count.public(a.text, public)
    slot = p.slot if p.slot and not p.kpi_placeholder else ""
    spans = [(m.start, m.end) for m in [*facts.side, *facts.times, *facts.kpis, facts.baseline] if m is not None]
    verb = None if p.verb_kept else said_verb(a.text, a.targets, spans)  # « Référencer nos jus de pomme dans »
    if not slot and not extract(noun).narrowing and not (verb and " " in verb):  # what the count is about, to be said
        slot = f"{prep} {bracket(public)}"
    means = p.means
    if means and all(PLACEHOLDER.search(m) for m in means):  # the money KPI's means do not fit a count
        means = [gerund_phrase(bracket(fitting.counted(a, facts)[0]))]
    plan = replace(p, kpi=Noun(noun, "m", "p" if t.value >= 2 else "s"), family="count", kpi_placeholder=False,
                   after_amount=None, inline=focus_aside(p.inline), slot=slot, means=means,
                   reasons=org_count.reasons(a.text, p.reasons),
                   level_verb=p.level_verb if p.verb_kept else verb or load("rewrite")["level_verb_default"])
    suggestion = typography(realise(plan))
    gone = {x for x in PLACEHOLDER.findall(advice.suggestion) if f"[{x}]" not in suggestion}
    starts = [_note_start("kpi_assumed")] + ([_note_start("means_default"), _note_start("means_more")]
                                             if means is not p.means else [])
    notes = [n for n in advice.notes if not n.startswith(tuple(starts))  # notes on what the new sentence lacks go
             and not any(typography(f"« {x} »") in n for x in gone)]
    if means is not p.means:
        notes.append(typography(load("rewrite")["notes"]["means_default"].format(kpi=noun)))
    return replace(advice, suggestion=suggestion, plan=plan, notes=notes)


def _note_start(key: str) -> str:
    return typography(load("rewrite")["notes"][key].split("{")[0])
