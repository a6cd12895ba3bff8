"""Run every extractor on one goal and keep what the scorers need.

``extract(text)`` is reference-independent (the deadline stays a ``TimeExpr``) so it can run inside
``nlp.pipe``; the ``Analyzer`` resolves dates per goal afterwards."""
from __future__ import annotations

import math
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from ..lang.fr import load
from ..text import fold
from .base import Mention, SpanIndex, inside
from .clauses import find_justification, narrowing
from .deadlines import find_times
from .attach import kpi_for as _kpi_for
from .figure_kpi import orders_in_money, restated_kpi
from .heads import with_channel_neighbours, with_heads
from .kpi_groups import people_kpi
from .kpi_made import made_kpi
from .kpi_durations import times_operations
from .kpi_forms import after_determiner, means_forms
from .kpi_roles import not_the_measure
from .kpi_shares import share_kpi
from .kpi_turned import counts_other, turned_into
from .kpi_verbs import with_verbs
from .kpi_words import with_built_words
from .lexicon import find_channels, find_kpis
from .means import co_target, find_means, find_purpose
from .numbers import MAX_NUMBERS, find_numbers
from .prices import priced
from .quantities import find_quantities, period_after, period_kpi
from .stated import mark_bracketed_times, mark_stated_times
from .roles import MONEY

_LETTERS = re.compile(r"[a-z]+")


@dataclass
class GoalFacts:
    """Everything extracted from one goal, as character spans of its text."""

    text: str
    channels: list[Mention] = field(default_factory=list)
    kpis: list[Mention] = field(default_factory=list)
    times: list[Mention] = field(default_factory=list)
    means: list[Mention] = field(default_factory=list)
    nil_means: list[Mention] = field(default_factory=list)
    targets: list[Mention] = field(default_factory=list)
    baseline: Mention | None = None
    prices: list[Mention] = field(default_factory=list)  # « 60 coffrets à 49 € »: the unit price of a count
    justification: Mention | None = None
    kpi: Mention | None = None
    kpi_id: str | None = None
    narrowing: list[str] = field(default_factory=list)
    off_topic: bool = False  # the goal is about staff, finance or operations: no KPI
    unread_numbers: int | None = None  # where the numbers past ``MAX_NUMBERS`` start (not read)
    message: str | None = None  # the user's whole message, when ``text`` is its goal with the wrapping blanked
    goals: list = field(default_factory=list)  # ``goal_parts.GoalPart``s when the text holds two goals, else []

    @property
    def side(self) -> list[Mention]:
        """The means, nil means and justification: spans that never narrow nor hold the KPI."""
        return [*self.means, *self.nil_means] + ([self.justification] if self.justification else [])

    def spans(self) -> list[Mention]:
        """All labelled spans (SPEC section 7 labels) in text order."""
        out = [*self.targets, *self.channels, *self.means]
        if self.baseline:
            out.append(self.baseline)
        if self.kpi:
            out.append(self.kpi)
        return sorted(out, key=lambda m: m.start)


def _counts_money(kpi: str | None) -> bool:
    """Whether a KPI's value may be an amount of money (revenue, a cost, a basket, a margin)."""
    return kpi is not None and bool(load("kpis")[kpi].get("money") or kpi in _words()["money_measures"])


def _words() -> dict:
    return load("grammar_words")["facts"]


@lru_cache(maxsize=1)
def _sold() -> re.Pattern:
    return re.compile(r"(?<![a-z])(?:" + "|".join(load("verbs")["sales_verbs"]) + r")[a-z]* (?:[a-z'-]+ ){0,2}$")


@lru_cache(maxsize=1)
def _of() -> re.Pattern:
    """« recettes nettes de la », « CA du »: what joins a KPI noun to the one it heads."""
    w = _words()
    return re.compile(r"^(?: [a-z]+(?:" + "|".join(w["adjective_endings"]) + r"))? ?(?:" + "|".join(w["of"])
                      + r")(?: (?:" + "|".join(w["of_determiners"]) + r"))? ?$")


def _head(k: Mention, kpis: list[Mention], folded: str, ends: list[int]) -> Mention:
    """« les recettes de la billetterie »: the first KPI noun heads the phrase.

    ``kpis`` never overlap and are in text order, so ``ends`` (theirs) is sorted too; the
    walk to the left is a loop, as « le CA du CA du … » can chain a thousand times.
    """
    while (i := bisect_right(ends, k.start)) and _of().match(folded[kpis[i - 1].end:k.start]):
        k = kpis[i - 1]
    return k


def _main_kpi(targets: list[Mention], kpis: list[Mention], folded: str,
              baseline: Mention | None = None) -> Mention | None:
    business = {k for k, v in load("kpis").items() if v["business"]}
    ends = [k.end for k in kpis]
    attached = [_head(k, kpis, folded, ends) for t in targets
                if (k := restated_kpi(t, baseline, kpis, folded) or _kpi_for(t, kpis, folded))]
    if attached:
        for k in attached:
            if k.value in business:
                return k
        return attached[0]
    return _head(kpis[0], kpis, folded, ends) if kpis else None


def extract(text: str, locale: str | None = None) -> GoalFacts:
    """``locale`` (« fr-CA »…) reads a bare « $ » as a Canadian dollar."""
    folded = fold(text)
    facts = GoalFacts(text)
    kpis = read_spans(facts, folded)
    numbers = find_numbers(folded, locale, MAX_NUMBERS + 1)
    if len(numbers) > MAX_NUMBERS:
        facts.unread_numbers = numbers[MAX_NUMBERS].start
        numbers = numbers[:MAX_NUMBERS]
    _read_targets(facts, folded, kpis, numbers)
    just = facts.justification
    first = _action_first(folded)
    purpose = just if just and (first or not facts.targets) else find_purpose(folded) if first else None
    if purpose:
        inner = find_quantities(folded, numbers, [*facts.times, *facts.means, *facts.nil_means],
                                [*facts.times, *facts.means])[0]
        if any(purpose.contains(t.start, t.end) for t in inner):
            # « Organiser 4 petits-déjeuners pour générer 30 rendez-vous », « Recruter 5
            # ambassadeurs pour atteindre 2 000 abonnés »: the purpose is the goal and what
            # comes before it is the means.
            end = len(folded[:purpose.start].rstrip(" ,"))
            lead = [Mention(0, end, "MEANS", rule="means-before-purpose")] if end else []  # « , afin de… »: none
            facts.means = lead + [m for m in facts.means if m.start >= purpose.start]
            if purpose is just:
                facts.justification = None
            _read_targets(facts, folded, kpis, numbers)
    side = not_the_measure(folded, numbers, facts.kpis, facts.targets, facts.baseline,
                           [*facts.times, *facts.means])
    facts.kpi = _main_kpi(facts.targets, [k for k in facts.kpis if k not in side], folded, facts.baseline)
    if not facts.targets and (turned := turned_into(folded, facts.kpis)):
        facts.kpi = turned
        facts.baseline = None if counts_other(folded, facts.baseline, facts.kpis, turned) else facts.baseline
    if times_operations(folded, facts.targets, facts.kpis):
        facts.kpi, facts.off_topic = None, True  # « ramener le délai d'ouverture de compte à 7 jours »
    facts.kpi_id = facts.kpi.value if facts.kpi else None
    if facts.kpi:
        outside_means = [c for c in facts.channels if not inside(facts.means, c.start, c.end)]
        facts.kpi_id = people_kpi(folded, facts.kpi, facts.kpis, outside_means)
    facts.kpi_id = share_kpi(folded, facts.targets, facts.baseline) or facts.kpi_id
    if facts.targets and facts.targets[0].extra["unit"] is None and not facts.off_topic and \
            _sold().search(folded, max(0, facts.targets[0].start - 40), facts.targets[0].start):
        facts.kpi_id = "sales"  # « vendre 1 000 visites guidées »: what is sold is counted as sales
    if not _counts_money(facts.kpi_id) and not facts.off_topic and facts.targets and \
            facts.targets[0].extra["unit"] in MONEY and not orders_in_money(facts.targets[0], folded):
        # money to reach is revenue (« 30 k€ de dons », « 1 200 € de ventes »), whatever
        # people the goal names (« l'association des parents d'élèves veut collecter 4 000 € »)
        facts.kpi_id = "revenue"
    if facts.kpi_id is None and not facts.off_topic and \
            (made := made_kpi(folded, facts.targets, facts.baseline, facts.channels)):
        facts.kpi, facts.kpi_id = made, made.value  # « servir 400 repas par jour »
    if facts.kpi:
        _kpi_period(facts, folded)
    facts.narrowing = narrowing(folded, facts.kpis, facts.channels, facts.side, facts.times, facts.text)
    return facts


def read_spans(facts: GoalFacts, folded: str, times: list[Mention] | None = None,
               means: tuple[list[Mention], list[Mention]] | None = None) -> list[Mention]:
    """Times, channels, means and justification into ``facts``; every KPI mention returned."""
    facts.times = find_times(folded) if times is None else times
    channels = find_channels(folded)
    kpis, facts.off_topic = kpi_mentions(folded, channels)
    facts.means, facts.nil_means = find_means(folded, facts.times) if means is None else means
    facts.means = [m for m in facts.means if not co_target(folded, m, kpis)]
    facts.justification = find_justification(folded)
    facts.channels = with_channel_neighbours(folded, channels, kpis)
    return kpis


def kpi_mentions(folded: str, channels: list[Mention]) -> tuple[list[Mention], bool]:
    """Every KPI mention, and whether the goal is off topic (``with_heads``)."""
    kpis = with_built_words(folded, _outside_channels(find_kpis(folded), channels))
    return with_heads(folded, with_verbs(folded, kpis))


def _outside_channels(kpis: list[Mention], channels: list[Mention]) -> list[Mention]:
    """« 1 200 points de vente »: a KPI word inside a channel's name, after its head, is part of it."""
    index = SpanIndex(channels)
    return [k for k in kpis if not any(c.start < k.start and k.end <= c.end for c in index.overlapping(k.start, k.end))]


def _kpi_period(facts: GoalFacts, folded: str) -> None:
    """A level that the KPI states per period (« MRR », « les ventes quotidiennes… de 80 à
    120 », « les commandes expédiées chaque mois… 4 000 ») is a rate."""
    kpi = facts.kpi
    implied = period_kpi(folded[kpi.start:kpi.end])
    money = implied is not None  # MRR, ARR: an amount of money per period
    said = [k for k in facts.kpis if k.value == kpi.value and facts.targets and k.end <= facts.targets[0].start]
    if implied is None and said:
        implied = period_after(folded, said[-1].start, [*facts.times, *facts.means])
    for t in [*facts.targets, *([facts.baseline] if facts.baseline else [])]:
        own = _kpi_for(t, facts.kpis, folded) if t.label == "TARGET" else None
        if (own is not None and own.value != kpi.value) or (money and t.extra["unit"] not in MONEY):
            continue  # « un MRR de 90 k€ et 1 500 comptes payants »: the count has no period
        if implied and t.extra["period"] is None and t.extra.get("kind", "level") == "level":
            t.extra["period"] = implied


@lru_cache(maxsize=1)
def _action_verbs() -> re.Pattern:
    verbs = load("means")["action_verbs"] + load("means")["action_nouns"]
    leads = "|".join(_words()["action_leads"])
    return re.compile(r"^(?:(?:" + leads + r") )?(?:" + "|".join(verbs) + r")(?![a-z])")


def kpis_outside(facts: GoalFacts, kpis: list[Mention]) -> list[Mention]:
    """The KPI mentions outside the means and the justification (the means only, if all are in it)."""
    side = facts.side
    return [k for k in kpis if not inside(side, k.start, k.end)] or \
        [k for k in kpis if not inside(facts.means, k.start, k.end)]


def opens_with_purpose(folded: str) -> bool:
    """Whether the goal opens with an action, then a purpose (« Recruter 5 ambassadeurs pour atteindre… »)."""
    return _action_first(folded) and find_purpose(folded) is not None


def _action_first(folded: str) -> bool:
    """Whether the goal opens with an action (« Organiser… », « Lancer… »), or with a short
    subject and a verb of action in any form (« Nous recruterons 3 ambassadeurs… »)."""
    folded = folded.lstrip("-•* ")
    return bool(_action_verbs().match(folded)) or _subject_action(folded)


def _subject_action(folded: str) -> bool:
    """A form of a verb of action among the first words, after no number nor determiner."""
    words = _words()
    limit, stops, actions = words["subject_words"], set(words["subject_stops"]), means_forms()
    spaces, seen = 0, 0
    for word in _LETTERS.finditer(folded):  # each stretch before a word read once: the rest was checked
        before, seen = folded[seen:word.start()], word.start()
        spaces += before.count(" ")
        if spaces >= limit or any(c.isdigit() or c in stops for c in before):
            return False
        if word.group() in actions and not after_determiner(folded, word.start()):
            return True
    return False


def _finite(value) -> bool:
    return not isinstance(value, float) or math.isfinite(value)


def _read_targets(facts: GoalFacts, folded: str, kpis: list[Mention], numbers: list[Mention]) -> None:
    """KPI mentions and targets outside the means and the justification; the prices of counted targets."""
    facts.kpis = kpis_outside(facts, kpis)
    blocked = [*facts.times, *facts.means, *facts.nil_means]
    targets, baseline = find_quantities(folded, numbers, blocked, [*facts.times, *facts.means], facts.kpis)
    # A value too large for a float (« 1 » and 309 zeros) is no target: nothing can be computed from it.
    facts.targets = [t for t in targets if _finite(t.value)]
    facts.baseline = baseline if baseline is None or _finite(baseline.value) else None
    mark_stated_times(folded, facts.baseline, facts.times)
    mark_bracketed_times(folded, facts.baseline, facts.times)
    if facts.justification:
        facts.targets = [t for t in facts.targets if not facts.justification.contains(t.start, t.end)]
    facts.prices, facts.targets = priced(folded, facts.targets, numbers, blocked)
