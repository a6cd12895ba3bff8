"""What a text that is not a goal can still be turned into: the outcome a task serves
(« Poster 3 fois par semaine sur Instagram » → abonnés), the next step after a result
already reached (« Nous avons atteint 5 000 abonnés » → de 5 000 à [6 000]).

The text stays « not a goal » (SPEC section 8); the goal it points to is offered in
the notes, with what was assumed.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from ..analysis import Target
from ..extract.base import Mention
from ..lang.fr import load
from ..temporal import Period, resolve
from ..text import fold, typography
from .compose import compose
from .defaults import round_figure
from .lexicon import note, rewrite_data
from .realise import Quantity, realise

if TYPE_CHECKING:
    from ..analysis import Analysis
    from ..extract.facts import GoalFacts


def task_outcome(a: "Analysis", facts: "GoalFacts") -> str | None:
    """The goal a task most likely serves, the task kept as its means (None: no idea which)."""
    outcomes = rewrite_data()["task_outcomes"]
    kpi_id = next((outcomes[c.value] for c in sorted(facts.channels, key=lambda c: c.start)
                   if c.value in outcomes), None)
    if kpi_id is None:
        return None
    tasks = [Mention(s, e, "MEANS", rule="task" if s == 0 else "means-before-purpose") for s, e in _clauses(a.text)]
    goal = replace(a, targets=[], baseline=None)
    advice = compose(goal, replace(facts, means=tasks, nil_means=[], justification=None), hint=kpi_id)
    return typography(note("task_outcome", kpi=advice.plan.kpi.text, rewrite=advice.suggestion))


def _clauses(text: str) -> list[tuple[int, int]]:
    """The actions of a task, each from its infinitive (« refaire mon site et poster 3 fois
    par semaine » → two means, each said with its own gerund)."""
    from ..audit.grammar import opening_infinitive  # the audit package imports the analyzer

    end = len(text.rstrip(" .!…"))
    folded, join = fold(text), f" {load('word_forms')['and']} "
    cuts = [i for i in range(len(folded))
            if folded.startswith(join, i) and opening_infinitive(folded[i + len(join):end])]
    starts = [0] + [i + len(join) for i in cuts]
    return [(s, e) for s, e in zip(starts, cuts + [end])]


def next_step(a: "Analysis", facts: "GoalFacts") -> str | None:
    """After a level already reached, the next one: from that value to a placeholder above it."""
    reached = a.baseline  # « Nous avons franchi les 8 000 abonnés »: where things stand
    done = a.targets[0] if a.targets else reached and Target("level", reached.value, reached.unit, None,
                                                             reached.text, reached.start, reached.end)
    if done is None or done.kind != "level" or a.kpi is None or done.value <= 0:
        return None
    goal = replace(a, targets=[done], baseline=None, deadline=None)  # the level reached, read as a target, moved on
    kept = replace(facts, means=[], nil_means=[], justification=None)
    advice = compose(goal, kept, until=like_period(fold(a.text), a.ref_date))
    plan = advice.plan
    if plan is None or plan.family not in ("count", "money", "amount") or plan.target["kind"] != "level":
        return None
    step = rewrite_data()["next_step_factor"]
    plan.start = Quantity(done.value, done.unit)
    plan.target = {**plan.target, "value": round_figure(done.value * step), "unit": done.unit, "placeholder": True,
                   "period": None}  # « 1 200 adhérents » is a level reached, not a monthly flow
    plan.comparison, plan.start_words, plan.verb_kept = None, "", False  # « Passer de 3 000 à [3 600] box »
    return typography(note("past_next", rewrite=realise(plan)))


def like_period(folded: str, ref: date) -> date | None:
    """The end of the period the next step is measured over: one as long as the past one
    the result was reached in (« l'an dernier » → this year, or the next when less than
    half of it is left); ``None`` when the text names no such period."""
    unit = next((u for words, u in rewrite_data()["past_periods"].items()
                 if re.search(r"(?<![\w])(?:" + words + r")(?![\w])", folded)), None)
    if unit is None:
        return None
    end, before = resolve(Period(unit), ref), resolve(Period(unit, shift=-1), ref)
    return end if (end - ref) * 2 >= (end - before) else resolve(Period(unit, shift=1), ref)


def is_question(text: str) -> bool:
    """« Comment augmenter mes ventes ? »: a question, read as the goal it implies."""
    return text.rstrip().endswith("?") or bool(_question_opener().match(fold(text.strip())))


@lru_cache(maxsize=1)
def _question_opener() -> re.Pattern:
    return re.compile(r"(?:" + "|".join(rewrite_data()["question_openers"]) + r")(?![\w])")
