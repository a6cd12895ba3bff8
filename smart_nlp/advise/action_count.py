"""An action whose result is counted (« trouver des distributeurs », « recruter des
bénévoles », « ouvrir un deuxième point de vente ») is a goal once it has a count and a
date: the count it implies, a placeholder figure, rather than a refusal.

The goal is read as the user would write it with a figure (« Trouver 5 distributeurs… »),
so the whole analysis (KPI, narrowing, deadline, means) is the usual one; the figure is
then shown as a placeholder, or as the user's own words for one more (« un deuxième »).
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..text import typography
from .check import guard
from .compose import Advice, compose
from .forms import capitalise
from .gerunds import gerund_phrase
from .intent import countable, words
from .lexicon import PLACEHOLDER, note
from .realise import bracket

if TYPE_CHECKING:
    from ..analysis import Analysis
    from ..extract.facts import GoalFacts


def advise_count(a: "Analysis", facts: "GoalFacts") -> Advice | None:
    """The goal a countable action implies, or None when it is none or cannot be written."""
    from ..extract.facts import extract
    from ..resolve import resolve

    if facts.targets:
        return None
    text = a.text.strip()
    m = countable(text)
    if m is None or facts.kpi is not None:
        return None  # « trouver des clients », « plus de leads »: a KPI of ours, moved from its starting value
    one_more = m.group(3) is not None
    start, end = m.span(3) if one_more else m.span(2)
    article = text[start:end].split(" ")[0]  # « un deuxième » → « 1 deuxième », the ordinal kept
    figure = "1" if one_more else str(words()["countable_figure"])
    probe = text[:start] + figure + (text[start + len(article):] if one_more else " " + text[end:].lstrip())
    r = resolve(extract(probe), a.ref_date)
    if not r.targets:
        return None
    b = replace(a, text=probe, kpi=r.kpi, channels=r.channels, targets=r.targets, baseline=r.baseline,
                deadline=r.deadline, means=r.means, funnel=r.funnel)
    advice = compose(b, r.facts)
    advice = guard(b, advice, r.facts)
    if one_more and advice.suggestion and advice.plan is not None and advice.plan.slot:  # it narrows nothing more
        advice.suggestion = advice.suggestion.replace(" " + typography(advice.plan.slot), "", 1)
        inner = PLACEHOLDER.search(advice.plan.slot)
        slot = f"« {inner.group(1)} »" if inner else None
        advice.notes = [n for n in advice.notes if not slot or slot not in n.replace("\u00a0", " ")]
    said = f" {figure} "
    at = (advice.suggestion or "").find(said)
    if advice.suggestion is None or at < 0 or at > len(m.group(1)) + 12:
        return None
    if one_more and not facts.means and advice.plan is not None and advice.plan.means:  # an opening's own means
        means = gerund_phrase(bracket(words()["countable_one_means"][0]))
        advice.suggestion = advice.suggestion.replace(typography(advice.plan.means[0]), typography(means), 1)
        advice.notes = [n for n in advice.notes if not n.startswith(note("means_default", kpi="").split(" ")[0])]
    shown = article if one_more else f"[{figure}]"
    head = capitalise(text[:start].strip())
    suggestion = typography(f"{head} {shown} {advice.suggestion[at + len(said):]}")
    notes = [typography(words()["notes"]["countable_one" if one_more else "countable"].format(
        said=" ".join(text.split()[:len(m.group(0).split()) + 1]).rstrip(".,;:!?")))]
    notes += advice.notes
    return Advice(suggestion, notes, advice.plan)
