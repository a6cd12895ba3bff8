"""Targets and baseline: which numbers the goal aims at, and how (SPEC section 1).

Numbers ruled out by ``roles`` (deadline, means, ages, years…) are never targets.
Each other number is read by the first of the named ``RULES`` that fits the words
around it (« multiplier par <n> », « contre <x> », « de <x> à <y> »…); words that are
targets by themselves (« doubler », « réduire de moitié ») come from ``proportions``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang.fr import alternation, load
from .base import Mention
from .carried_units import carry_currency
from .count_roles import count_roles
from .context import SENTENCE, before_goal, goal_after, goal_in_clause, has_goal_cue, role
from .proportions import find_proportions, shares_now
from .quantity_grammar import Reading, period_after, period_before, period_kpi, window_before
from .quantity_grammar import grammar as quantity_grammar
from .quantity_rules import NAMES, RULES, baseline_cue
from .stated import counted, kpi_label, names_the_measure, owned_start, pronoun_of_measure, stated_start, wishes_more_of
from .reached import reached_at, reached_kind
from .roles import CONTEXT, CONTEXT_ROLES, MONEY, excluded, range_partners

__all__ = ["RULES", "find_quantities", "period_after", "period_kpi"]


def find_quantities(folded: str, numbers: list[Mention], blocked: list[Mention],
                    stops: list[Mention], kpis: list[Mention] = ()) -> tuple[list[Mention], Mention | None]:
    """Classify numbers into (targets, baseline). ``blocked``: deadline and means spans;
    ``kpis``: the KPI mentions, which tell a count of the goal's own measure from a count
    of what the writer has."""
    # « Les 18-24 ans représentent un tiers de nos visiteurs »: a share stated as context is no target.
    shares = find_proportions(folded, blocked)
    now = shares_now(folded, shares)
    facts = [f for f in shares if f not in now and (f.extra["unit"] != "%" or role(folded, f.start) not in CONTEXT_ROLES
                                                    or goal_in_clause(folded, f.start))
             and role(folded, f.end) != "past"]  # « les ventes ont doublé l'an dernier »: done, not aimed at
    blocked = blocked + facts + now
    partners = range_partners(folded, numbers)
    out = {i: excluded(folded, n, blocked) for i, n in enumerate(numbers)}
    for i, why in count_roles(folded, numbers, kpis, facts).items():
        out[i] = out[i] or why  # « les cliniques de plus de 5 vétérinaires », « de 2 à 4 newsletters pour… »
    for i, j in partners.items():
        out[i] = out[i] or out[j]  # « entre 40 et 50 millions $ d'investissements »
    numbers, out = _ranges(numbers, out, partners)
    # « Nous avons franchi les 8 000 abonnés »: a statement that is all context is a result
    # already reached. When a compound past says so, or a present of state in a text with
    # no deadline or said of now (« la page rassemble désormais 7 500 abonnés »), it aims at
    # nothing and its figure is where things stand; otherwise (« On vend 500 sapins d'ici
    # Noël »: a goal verb the cues missed) its figures stay targets. A text that also states a goal
    # (« … compte 45 couverts, objectif : remplir la salle ») is read as usual.
    reached = False
    due = any(s.label == "DEADLINE" and not s.extra.get("past") for s in stops)
    if None not in out.values() and not facts and not has_goal_cue(folded, _figures_end(folded, numbers, out, stops)):
        kinds = {i: role(folded, n.start) for i, n in enumerate(numbers) if out[i] == CONTEXT}
        reached = all(reached_kind(folded, numbers[i], kind, due) for i, kind in kinds.items())
        if not reached:  # a forecast (« devrait atteindre 8,5 M$ ») stays what others expect
            out = {i: None if why == CONTEXT and kinds[i] != "forecast" else why for i, why in out.items()}
    candidates = [n for i, n in enumerate(numbers) if not out[i]]
    targets: list[Mention] = []
    baseline: Mention | None = None
    skip = False
    for i, num in enumerate(candidates):
        if skip:
            skip = False
            continue
        before = window_before(folded, num.start)
        r = Reading(folded, num, before, folded[num.end:num.end + 40],
                    period_after(folded, num.end, stops) or period_before(before),
                    candidates[i + 1] if i + 1 < len(candidates) else None, stops, baseline=baseline,
                    earlier=tuple(targets))
        for _, rule in RULES:
            if rule(r) is not None:
                break
        targets.extend(r.targets)
        baseline, skip = r.baseline, r.skip_next
    carry_currency(folded, targets, numbers)
    sizes = [t for t in _subject_sizes(folded, sorted(targets + facts, key=lambda t: t.start)) if t in targets]
    if sizes:
        targets = [t for t in targets if t not in sizes]
        if baseline is None:
            baseline = _size_of_measure(folded, sizes, targets + facts, kpis)
    if baseline is None and now and any(t.extra["unit"] == "%" for t in targets + facts):
        # « 1 mandat sur 2 d'ici la fin de l'année (1 sur 4 aujourd'hui) »: the share that holds now is the start
        baseline = Mention(now[0].start, now[0].end, "BASELINE", now[0].value, rule=NAMES["baseline"],
                           extra={"unit": "%", "period": None})
    if baseline is None:
        targets, baseline = stated_start(folded, targets)
    context = [n for i, n in enumerate(numbers) if out[i] == CONTEXT]
    if baseline is None and reached:
        baseline = reached_at(folded, context, stops, due)
    if baseline is None:
        baseline = _context_baseline(folded, context, targets + facts, stops, kpis)
    if baseline is None:  # « nos 65 apprentis », « 14 salariés en parcours »: what the writer has
        baseline = owned_start(folded, numbers, out, targets + facts)
    if baseline is not None and baseline.extra["unit"] is None and baseline.rule != NAMES["from_to"]:
        # « 250 000 euros de CA mensuel…, contre 180 000 aujourd'hui »: a bare figure of the
        # same size as the target it follows is in its unit.
        levels = [t for t in targets if t.extra["kind"] == "level"]
        near = ([t for t in levels if t.start < baseline.start] or levels)[-1:] if levels else []
        if near and near[0].extra["unit"] and 0.1 <= abs(baseline.value) / max(abs(near[0].value), 1e-9) <= 10:
            baseline.extra["unit"] = near[0].extra["unit"]
    if baseline is not None and baseline.extra["unit"] in MONEY and targets and all(
            t.extra["unit"] is None and t.extra["kind"] in ("level", "delta") for t in targets):
        baseline = None  # « le budget, c'est 12 000 $…, 400 nouveaux clients »: money is no start of a count
    for a, b in zip(targets, targets[1:]):
        if a.extra["kind"] == b.extra["kind"] == "level" and a.extra["period"] is None and b.extra["period"] \
                and a.extra["unit"] == b.extra["unit"] and quantity_grammar()["step"].match(folded[a.end:b.start]):
            a.extra["period"] = b.extra["period"]  # « 100 commandes puis 200 par semaine »
    if baseline is not None and baseline.extra["period"]:
        # « le churn est à 6 %/mois… le ramener à 3 % »: the rate said with the start is the target's too.
        for t in targets:
            if t.extra["kind"] == "level" and t.extra["unit"] == baseline.extra["unit"] and t.extra["period"] is None:
                t.extra["period"] = baseline.extra["period"]
    if baseline is not None and baseline.extra["period"] is None:
        baseline.extra["period"] = next((t.extra["period"] for t in targets
                                         if t.extra["unit"] == baseline.extra["unit"] and t.extra["period"]), None)
    return sorted(targets + facts, key=lambda t: t.start), baseline


def _subject_sizes(folded: str, targets: list[Mention]) -> list[Mention]:
    """« Notre amicale de 45 bénévoles veut passer à 250 adhérents », « Le churn, deux fois plus
    élevé que la moyenne, doit redescendre à 3 % »: a figure that describes who aims (a
    noun's complement or an aside between commas, before the goal word of its sentence) is
    no target when the goal word has a target of its own."""
    g = _grammar()
    out = []
    for t in targets:
        end = goal_after(folded, t.start)
        if end is None or not any(o.start >= end and not SENTENCE.search(folded, end, o.start) for o in targets):
            continue
        lead = folded[max(0, t.start - 40):t.start]
        aside = g["aside_open"].search(lead) and g["aside_close"].search(folded, t.end, end)
        if g["complement"].search(lead) or aside:
            out.append(t)
    return out


def _size_of_measure(folded: str, sizes: list[Mention], targets: list[Mention],
                     kpis: list[Mention]) -> Mention | None:
    """« Notre club de 250 adhérents veut en compter 320 »: a size that counts the target's own
    measure (or is an amount in its unit, or what a relative change acts on: « Notre CA
    cumulé de 400 M€ doit doubler ») is where things stand."""
    levels = [t for t in targets if t.extra["kind"] in ("level", "delta")]
    relative = bool(targets) and not levels
    for t in sizes:
        amount = t.extra["kind"] == "level" and t.extra["unit"] is not None and \
            (relative or bool(levels) and levels[0].extra["unit"] == t.extra["unit"])
        if amount or _counts_measure(folded, t, levels, kpis):
            return Mention(t.start, t.end, "BASELINE", t.value, rule=NAMES["reached"],
                           extra={"unit": t.extra["unit"], "period": t.extra["period"]})
    return None


def _figures_end(folded: str, numbers: list[Mention], out: dict, stops: list[Mention]) -> int | None:
    """The end of the last sentence holding a figure of context when a deadline to come is
    said in it: a goal word only after it (« 200 abonnements vendus d'ici avril. On va tenir
    un stand… »: the plan's « on va ») does not make the figures before it context. None
    (the whole text) without such a deadline: « notre ferme de 4 ha… » stays context."""
    last = max((n.end for i, n in enumerate(numbers) if out[i] == CONTEXT), default=len(folded))
    stop = SENTENCE.search(folded, last)
    end = stop.start() if stop else len(folded)
    due = any(s.label == "DEADLINE" and not s.extra.get("past") and s.start < end for s in stops)
    return end if due else None


def _ranges(numbers: list[Mention], out: dict[int, str | None],
            partners: dict[int, int]) -> tuple[list[Mention], dict[int, str | None]]:
    """« vendre entre 150 et 200 bougies par mois »: a range aims at its first end, the
    level to reach; it is read as one number running to the last end, whose unit, scale
    and rate it shares (« entre 1 et 2 M€ »)."""
    if not partners:
        return numbers, out
    merged = list(numbers)
    for i, j in partners.items():
        if out[i] or out[j]:
            continue
        low, high = numbers[i], numbers[j]
        value = low.value
        if not low.extra["has_scale"] and high.extra["scale"] > 1 and abs(value) < 1000:
            value *= high.extra["scale"]
        merged[i] = Mention(low.start, high.end, low.label, value, rule=low.rule,
                            extra={**low.extra, "unit": low.extra["unit"] or high.extra["unit"]})
        merged[j] = None
    kept = [(n, out[i]) for i, n in enumerate(merged) if n is not None]
    return [n for n, _ in kept], {i: why for i, (_, why) in enumerate(kept)}


def _context_baseline(folded: str, context: list[Mention], targets: list[Mention],
                      stops: list[Mention], kpis: list[Mention] = ()) -> Mention | None:
    """A number of a clause of context is the baseline when a baseline cue says so
    (« alors que nous en recevons 60 aujourd'hui »), or when it is a past result or a
    current level in the unit of a target (« notre ARR a atteint 4,2 M€ »). A count
    of what exists is the baseline only when it counts the goal's own measure (« notre club
    a 250 adhérents, on veut arriver à 320 »), never a size (« on a 3 salons »)."""
    levels = [t for t in targets if t.extra["kind"] in ("level", "delta")] or \
        [t for t in targets if t.extra["kind"] == "factor"]
    best = None
    for num in context:
        kind = role(folded, num.start) or (_heading(folded, num.end) if before_goal(folded, num.start) else None)
        # « réduire de moitié le coût par lead, qui tourne autour de 95 € », « … frôle les 50 % : on veut
        # la diviser par deux »: the level a relative clause (or a pronoun) ties to a relative change is its start.
        of_change = kind in ("state", "stative") and bool(targets) and all(
            t.extra["kind"] in ("factor", "percent_change") for t in targets) \
            and bool(_grammar()["relative"].search(folded, max(0, num.start - 80), num.start)
                     or _grammar()["object_pronoun"].search(folded, num.end, targets[0].end)
                     or names_the_measure(num, targets[0], kpis, _kpi_after(folded, num, kpis)
                                          or kpi_label(folded, num, kpis)))
        # « augmenter de 15 % les familles accompagnées, on en suit 400 »: « en » counts the measure
        pronoun = bool(_grammar()["measure_state"].search(folded, max(0, num.start - 40), num.start))
        # « on est actuellement à 9 obsèques par mois, on veut en faire plus »: the start of a wish for more
        own = pronoun and not levels or not targets and kind in ("state", "stative") and bool(counted(folded, num)) \
            and wishes_more_of(folded, num)  # (« forte de 18 000 étudiants » presents the writer, it is no start)
        if pronoun and kind == "state" and levels and num.start < levels[0].start:  # « (on en compte 1 500) »
            kind = "stative"  # before the target, it may count something else
        if kind == "stative" and not (of_change or own) and not _counts_measure(folded, num, levels, kpis):
            continue  # « le réseau compte aujourd'hui 1 500 agences »: what exists, not the goal's figure
        if _grammar()["to_next"].match(folded, num.end) and any(0 < o.start - num.end < 12 for o in context):
            continue  # « le CA est passé de 120 k€ à 150 k€ »: where the change ended is where things stand
        lo = next((m.end() for m in reversed(list(SENTENCE.finditer(folded, 0, num.start)))), 0)
        if _grammar()["others"].search(folded, lo, num.start):
            continue  # « nos concurrents affichent 35 % »: someone else's figure, a comparison
        kind = "state" if kind == "stative" else kind
        before = window_before(folded, num.start)
        r = Reading(folded, num, before, folded[num.end:num.end + 40],
                    period_after(folded, num.end, stops) or period_before(before), None, stops)
        if _grammar()["compared"].match(folded, num.end) and num.extra["sign"] is None:
            # « le CAC a explosé (120 € vs 70 € en janvier) »: the first of a compared pair is now
            return Mention(num.start, num.end, "BASELINE", num.value, rule=NAMES["reached"],
                           extra={"unit": num.extra["unit"], "period": r.period})
        baseline_cue(r)
        if r.baseline is not None:
            return r.baseline
        # « on plafonne à 400 abonnés »: with no target, the present level of a KPI is the start
        now = of_change or own or not targets and kind == "state" and _kpi_after(folded, num, kpis) is not None
        if best is None and (now or kind in ("state", "past") and
                             any(t.extra["unit"] == num.extra["unit"] for t in levels)) and num.extra["sign"] is None:
            best = Mention(num.start, num.end, "BASELINE", num.value, rule=NAMES["reached"],
                           extra={"unit": num.extra["unit"], "period": r.period})
    return best


def _heading(folded: str, end: int) -> str:
    """A figure in a heading before a colon (« Cabinet ouvert en 2009, 3 fauteuils : on
    veut… ») describes what exists; one in a sentence of its own states where things are."""
    mark = SENTENCE.search(folded, end)
    return "stative" if mark and mark.group(0) == " : " else "state"


def _kpi_after(folded: str, num: Mention, kpis: list[Mention]) -> Mention | None:
    """The KPI noun a number counts (« 250 adhérents », « 12 000 € de CA »)."""
    return next((k for k in kpis if num.end <= k.start <= num.end + 4
                 and re.fullmatch(r" ?(?:de |d')?", folded[num.end:k.start])), None)


def _counts_measure(folded: str, num: Mention, levels: list[Mention], kpis: list[Mention]) -> bool:
    """Whether a count of what exists counts the first target's measure: its KPI noun, the
    one the target counts (or the target is a bare figure after it, or « en » stands for
    it), in the same unit; a share in percent before a target in percent; two bare figures
    (« le gîte a 8,2 sur Booking ; nous voulons monter à 9 »)."""
    if not levels or num.extra["unit"] != levels[0].extra["unit"] or num.start > levels[0].start:
        return False
    own = _kpi_after(folded, num, kpis)
    if own is None:  # « l'export représente 15 % de nos ventes »: a share is a state, not a size
        same = counted(folded, levels[0]) in (None, counted(folded, num))  # « 24 choristes…, monter à 40 »
        return num.extra["unit"] == "%" or same or bool(pronoun_of_measure().search(folded, 0, levels[0].start))
    target = _kpi_after(folded, levels[0], kpis)
    return target is None and not _grammar()["noun_after"].match(folded, levels[0].end) or \
        target is not None and target.value == own.value




@lru_cache(maxsize=1)
def _grammar() -> dict[str, re.Pattern]:
    """« …, qui tourne autour de »: the number's clause is a relative one; « 120 € vs 70 € »: a
    figure compared with another; « 320 adhérents »: a word after a figure that names what it
    counts (not a link to a date or a place)."""
    q = load("quantities")
    return {
        "relative": re.compile(r"(?:^|, )" + alternation(q["relative_pronouns"]) + r" [^,.;:!?\n]*$"),
        "others": re.compile(r"(?<![\w])" + alternation(q["others"]) + r"(?![a-z])"),
        "compared": re.compile(r" ?\(?" + alternation(q["compared_with"]) + r" [+-]?\d"),
        "noun_after": re.compile(r" (?!" + alternation(q["bare_after"]) + r"(?![a-z]))[a-z]{3,}"),
        "complement": re.compile(r"(?<![\w])" + alternation(q["subject_links"]) + r" (?:"
                                 + alternation(q["hedges"]) + " )?$"),
        "aside_open": re.compile(r", [^,]*$"),
        "object_pronoun": re.compile(r"(?<![\w'])" + alternation(load("means")["measure_pronouns"]) + r" ?[a-z]+"
                                     + alternation(q["infinitive_endings"]) + r"(?![a-z])"),
        "to_next": re.compile(r" " + alternation(q["to"]) + r" [+-]?\d"),
        "aside_close": re.compile(r"[^,]*, (?!" + alternation(q["coordinations"][:-1]) + r" )"),
        "measure_state": re.compile(r"(?<![\w'])" + alternation(q["measure_subjects"]) + q["measure_pronoun"]
                                    + r" [a-z]+ (?:" + alternation(load("context")["approximations"]) + " )?$"),
    }
