"""Two targets the user coordinated (« atteindre 250 magasins franchisés et un chiffre
d'affaires cumulé de 400 M€ », « 1000 inscrits et trois réunions publiques par an »): one
sentence that says both in the user's own words, each figure with what it counts, rather
than a proposal that keeps one and leaves the other in brackets with a question.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from ..extract.base import SpanIndex
from ..extract.context import role
from ..lang.fr import alternation, load
from ..lang.fr.format import format_date, format_number
from ..temporal import resolve_strict
from ..text import fold, typography
from .forms import Noun, capitalise, correct
from .lexicon import rewrite_data
from .realise import main_clause, quantity, realise
from .deadline import event_phrase
from .gain_verb import opening_verb
from .verb_pairs import verb_clauses

if TYPE_CHECKING:
    from ..analysis import Analysis
    from ..extract.facts import GoalFacts
    from .compose import Advice


@lru_cache(maxsize=1)
def _joint() -> re.Pattern:
    """What joins two coordinated targets: « et », « ainsi que », a comma (no step: « puis »
    dates each figure, which one sentence with one deadline cannot say)."""
    q = load("quantities")
    joints = [c for c in q["coordinations"] if c not in q["steps"]]
    return re.compile(r"(?:,? (?:" + alternation([j for j in joints if j != ","]) + r") |, )")


@lru_cache(maxsize=1)
def _step() -> re.Pattern:
    """« …, puis 1 500 d'ici l'été »: a second figure reached later, each with its date."""
    return re.compile(r",? (" + alternation(load("quantities")["steps"]) + r") ")


@lru_cache(maxsize=1)
def _opens_second() -> re.Pattern:
    """What the second target's phrase opens with: its figure or a determiner, never a verb
    (« … et à atteindre un CA moyen de 1,1 M€ » is a second goal of its own)."""
    dets = [re.escape(d) for d in rewrite_data()["second_target_openers"]]
    return re.compile(r"(?:$|(?:" + "|".join(dets) + r")(?: |(?<=')))")


def coordinated(a: "Analysis", advice: "Advice", facts: "GoalFacts") -> "Advice | None":
    """The rewrite saying both targets as the user joined them, ``None`` when the text
    does not join exactly two targets in one phrase (a step, a means or a date between)."""
    from .reader import TextReader

    p = advice.plan
    targets = sorted(facts.targets, key=lambda m: m.start)
    if p is None or len(targets) != 2 or any(t.extra.get("kind") == "factor" for t in targets):
        return None
    first, second = targets
    if role(fold(a.text), first.start) is not None:  # « l'association compte 420 adhérents et 35 bénévoles »
        return None
    r = TextReader(a, facts)
    ws, we = r.window(second.end)
    end = we if we > ws else second.end
    between = r.folded[first.end:second.start]
    inside = [t for t in facts.times if first.end <= t.start and t.end <= second.start]
    dated = inside[0] if len(inside) == len(facts.times) == 1 else None  # « 35 000 entrées sur l'année 2026 et 600 »
    if dated is not None:  # the only date, between the two: the plan says it as the deadline
        at = dated.start - first.end
        between = between[:at] + " " * (dated.end - dated.start) + between[at + dated.end - dated.start:]
    if _step().search(between):
        return _steps(a, advice, facts, r, first, second)
    joints = list(_joint().finditer(between))
    if len(joints) != 1 or re.search(r"[.;:!?\n]", between) or any(ch.isdigit() for ch in between):
        return None
    joint = first.end + joints[0].start()
    event = event_phrase(r)  # « … sous 8 % pour les soldes d'été »: the deadline's words, said by the plan
    cut = len(r.folded[:event[0]].rstrip()) if event and second.end <= event[0] < end else end
    lead = verb_clauses(r, facts, first.end + joints[0].end(), cut)
    if lead is not None:  # « augmenter X de 10 % et faire descendre Y sous 8 % »: two clauses, two verbs
        return _joined(advice, _clauses(a, advice, lead, joint, cut, first, second), verb=False)
    fw, fe = r.window(first.end)
    if fe <= fw or not _opens_second().match(between, joints[0].end()):
        return None  # « 4 % et le taux d'ouverture à 35 % »: the first figure's measure is said before it
    roles = SpanIndex([*[t for t in facts.times if t is not dated], *facts.means, *facts.nil_means])
    if roles.any(first.start, end) or (facts.justification and facts.justification.start < end):
        return None
    said = said_words(a.text, first.start, dated.start, [first]) + said_words(a.text, dated.end, joint, []) \
        if dated is not None else said_words(a.text, first.start, joint, [first])
    words = [said, said_words(a.text, joint, end, [second])]
    if p.start is not None and not p.start.placeholder and a.baseline is not None:  # said with its own target
        of = 1 if second.extra.get("unit") == a.baseline.unit != first.extra.get("unit") else 0
        words[of] += ", " + rewrite_data()["baseline_now"].format(value=quantity(p.start)) + ","
    return _joined(advice, "".join(words), opening=opening_verb(a.text, first.start))


def _clauses(a: "Analysis", advice: "Advice", lead: int, joint: int, end: int, first, second) -> str:
    """The user's two goal clauses, the first with its starting value when it is a change
    the plan starts from (« de 10 %, contre [45] € aujourd'hui, et faire descendre … »)."""
    words = [said_words(a.text, lead, joint, [first]), said_words(a.text, joint, end, [second])]
    p = advice.plan
    relative = any(t.kind == "percent_change" and t.start == first.start for t in a.targets)
    if p.start is not None and relative:
        words[0] += ", " + rewrite_data()["baseline_now"].format(value=quantity(p.start)) + ","
    return "".join(words)


def _steps(a: "Analysis", advice: "Advice", facts: "GoalFacts", r, first, second) -> "Advice | None":
    """« Atteindre 800 membres sur Discord d'ici février, puis 1 500 d'ici l'été »: each
    figure with its own date, the first a milestone on the way to the second."""
    times = [t for t in facts.times if not t.extra.get("past")]
    mid = [t for t in times if first.end <= t.start < second.start]
    last = [t for t in times if second.end <= t.start <= second.end + 40]
    fw, fe = r.window(first.end)
    if len(mid) != 1 or len(last) != 1 or fe <= fw or any(m.start < last[0].end for m in facts.means):
        return None
    dates = [resolve_strict(t.value, a.ref_date) for t in (mid[0], last[0])]
    if None in dates or dates[0] <= a.ref_date or dates[1] <= dates[0]:
        return None
    step = _step().search(r.folded, mid[0].end).group(1)
    said = rewrite_data()["deadline"]
    one = said_words(a.text, first.start, mid[0].start, [first])
    two = said_words(a.text, second.start, last[0].start, [second])
    words = f"{one} {said.format(date=format_date(dates[0]))}, {step} {two} {said.format(date=format_date(dates[1]))}"
    return _joined(replace(advice, plan=replace(advice.plan, deadline="")), words)


def _joined(advice: "Advice", words: str, verb: bool = True, opening: str | None = None) -> "Advice | None":
    """The rewrite whose main clause is the user's ``words`` (after the plan's verb, unless
    they hold their own: ``verb`` False; the user's ``opening`` verb of gain first), with
    the plan's deadline, means and reason."""
    p = advice.plan
    words += unsaid_narrowing(p.inline, words)
    said_verb = opening or (p.level_verb if p.verb_kept else rewrite_data()["level_verb_default"])
    plan = replace(p, kpi=Noun(words, "m", "p"), family="count", inline="", slot="", kpi_placeholder=False,
                   target={"kind": "level", "value": p.target["value"], "unit": None, "period": None},
                   after_amount=None, verb_kept=True, level_verb=said_verb, start=None, count_noun=False,
                   comparison=None)
    said = realise(plan)
    main = capitalise(main_clause(plan))
    if not said.startswith(main):
        return None
    head = f"{said_verb} {words}" if verb else words
    return replace(advice, plan=plan, suggestion=typography(capitalise(head) + said[len(main):]))


def unsaid_narrowing(inline: str, words: str) -> str:
    """« pour le restaurant » of the narrowing « par soir pour le restaurant » when the
    pair's ``words`` already say « par soir » (« Pour le restaurant : 90 couverts par soir et
    un ticket moyen de 28 € »): what the one-sentence pair would otherwise lose."""
    parts = inline.split()
    for i in range(len(parts), -1, -1):
        if " ".join(parts[:i]) in words:
            rest = " ".join(parts[i:])
            opens = re.match(alternation(load("quantities")["qualifying_preps"]) + r" ", fold(rest))
            return f" {rest}" if opens and rest not in words else ""  # « podcast » alone: no complement
    return ""


def said_words(text: str, start: int, end: int, targets: list) -> str:
    """The user's words of both targets, corrected, each plain figure written as a number
    (« 1000 » → « 1 000 »)."""
    out, pos = [], start
    for t in targets:
        figure = text[t.start:t.end]
        if re.fullmatch(r"\d[\d\s.]*", figure) and isinstance(t.value, (int, float)):
            out += [text[pos:t.start], format_number(t.value)]
            pos = t.end
    out.append(text[pos:end])
    return correct("".join(out)).rstrip(" ,")


def second_phrase(a: "Analysis", facts: "GoalFacts", lost) -> str:
    """The user's words of a second target, from the link that opens its part (« , », « et »,
    « avec », « + ») to what it counts: « CPL cible 20 € », « un taux de fidélisation de 70 % »."""
    from .reader import TextReader

    r = TextReader(a, facts)
    first = min(facts.targets, key=lambda m: m.start)
    opened = [m.end() for m in _opening().finditer(r.folded, first.end, lost.start)]
    start = opened[-1] if opened else lost.start
    ws, we = r.window(lost.end)
    lead = re.match(r"(?:" + alternation(load("context")["goal_words"]) + r")\b ?:? ?", r.folded[start:lost.start])
    start += lead.end() if lead else 0  # « objectif 60 contacts par salon »: the goal word is no part of it
    return correct(a.text[start:we if we > ws else lost.end]).strip(" ,;")


@lru_cache(maxsize=1)
def _opening() -> re.Pattern:
    return re.compile(r"(?:,? (?:" + alternation(rewrite_data()["second_target_links"]) + r") |, | \+ ?(?=\d)|; )")
