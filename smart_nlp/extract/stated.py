"""Where things stand when the writer says it before the goal: a figure stated in a clause
with no goal word (« 85 élèves inscrits cette année, on vise 110 élèves »), a count of what
the writer has (« nos 65 apprentis … veut en recruter davantage »), each the start of the
goal when the goal aims at the same measure: the noun a figure counts, « en », or a wish
for more with no figure of its own; a figure of the KPI, or labelled by it (« CA 2025 :
410 k€ »), before a relative change of no other KPI (« objectif +12 % »)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang.fr import alternation, load
from .base import Mention
from .context import goal_in_clause, stated_before_goal
from .quantity_grammar import period_after
from .quantity_rules import NAMES
from .roles import NAMES as ROLES


def stated_start(folded: str, targets: list[Mention]) -> tuple[list[Mention], Mention | None]:
    """A level said in a clause with no goal word, before the goal, is where things stand
    when the goal then aims at the same measure (« 85 élèves inscrits cette année, on vise
    110 élèves »: the same noun, a bare figure or « en ») or wishes for more of it with no
    figure of its own (« une trentaine de visiteurs par week-end, il faudrait en attirer
    davantage », « 180 utilisateurs, objectif doubler »)."""
    levels = [t for t in targets if t.extra["kind"] == "level"]
    first = levels[0] if levels else None
    if first is None or first.extra.get("sign") is not None or any(t.start < first.start for t in targets) \
            or not stated_before_goal(folded, first.start, first.end):
        return targets, None
    second = levels[1] if len(levels) > 1 else None
    if second is not None:
        same = second.extra["unit"] == first.extra["unit"] and goal_in_clause(folded, second.start) and (
            counted(folded, second) in (None, counted(folded, first))
            or bool(pronoun_of_measure().search(folded, 0, second.start)))
        if not same:
            return targets, None
    elif not wishes_more_of(folded, first):
        return targets, None
    start = Mention(first.start, first.end, "BASELINE", first.value, rule=NAMES["reached"],
                    extra={"unit": first.extra["unit"], "period": first.extra["period"]})
    return [t for t in targets if t is not first], start


def owned_start(folded: str, numbers: list[Mention], out: dict, targets: list[Mention]) -> Mention | None:
    """A count of what the writer has (« nos 65 apprentis », « 14 salariés en parcours ») is
    the start when the goal wishes for more of it with no figure (« … veut en recruter
    davantage ») or aims at a bare figure after it (« on souhaite passer à 20 »)."""
    levels = [t for t in targets if t.extra["kind"] == "level"]
    owned = [n for i, n in enumerate(numbers) if out[i] in (ROLES["possessive"], ROLES["size"])]  # out: why no target
    for num in owned:
        if targets and not (len(levels) == 1 and num.end <= levels[0].start and counted(folded, levels[0]) is None
                            and levels[0].extra["unit"] == num.extra["unit"]
                            and 0.1 <= abs(levels[0].value) / max(abs(num.value), 1e-9) <= 10):
            continue
        if targets or (counted(folded, num) and wishes_more_of(folded, num)):
            return Mention(num.start, num.end, "BASELINE", num.value, rule=NAMES["reached"],
                           extra={"unit": num.extra["unit"], "period": period_after(folded, num.end, [])})
    return None


def mark_stated_times(folded: str, start: Mention | None, times: list[Mention]) -> None:
    """« 60 familles adhérentes cette année, on aimerait 90 familles l'an prochain »: a time
    said in the clause of a start stated before the goal dates that start, not the goal;
    it is marked past when another time is left for the goal."""
    if start is None or start.rule != NAMES["reached"] or not stated_before_goal(folded, start.start, start.end):
        return
    head = folded[:start.start]
    cut = len(head.rstrip(" :")) if head.endswith(": ") else start.start  # « CA 2025 : 410 k€ »: the label's clause
    opened = max((m.end() for m in _CLAUSE_MARK.finditer(folded, 0, cut)), default=0)
    closed = _clause_end(folded, start.end)
    inside = [t for t in times if opened <= t.start and t.end <= closed and not t.extra.get("past")]
    if inside and any(t.start >= closed and not t.extra.get("past") for t in times):
        for t in inside:
            t.extra["past"] = True


def mark_bracketed_times(folded: str, start: Mention | None, times: list[Mention]) -> None:
    """« sous 2,5 % (3,4 % en novembre) d'ici fin T2 »: a time inside the brackets of a start
    dates that start; it is marked past when another time is left for the goal."""
    if start is None or start.rule != NAMES["bracketed"]:
        return
    opened, closed = folded.rfind("(", 0, start.start), folded.find(")", start.end)
    if opened < 0 or closed < 0:
        return
    inside = [t for t in times if opened < t.start and t.end <= closed]
    if inside and any(t not in inside and not t.extra.get("past") for t in times):
        for t in inside:
            t.extra["past"] = True


def wishes_more_of(folded: str, num: Mention) -> bool:
    """Whether a clause after the figure's wishes for more with no figure of its own, of
    what the figure counts when it names it (« … plus d'abonnés », not « plus de dons »)."""
    m = _wish_for_more().search(folded, _clause_end(folded, num.end))
    if m is None:
        return False
    of = _grammar()["wished_noun"].match(folded, m.end())
    return of is None or (of.group(1).rstrip("sx") == (counted(folded, num) or of.group(1).rstrip("sx")))


def counted(folded: str, num: Mention) -> str | None:
    """The noun a figure counts, in a form that compares (« élèves inscrits » → « eleve »),
    or ``None`` for a bare figure (« monter à 40 », « 60 par mois »)."""
    m = _grammar()["counted"].match(folded, num.end)
    return m.group(1).rstrip("sx") if m else None


def _clause_end(folded: str, end: int) -> int:
    m = _CLAUSE_MARK.search(folded, end)
    return m.end() if m else len(folded)


_CLAUSE_MARK = re.compile(r"[.;!?:\n](?!\d)|, (?!\d)")


@lru_cache(maxsize=1)
def _wish_for_more() -> re.Pattern:
    """A wish for more (or less) of a measure with no figure of its own: a comparative, a
    verb of change or a factor word (« en attirer davantage », « faire mieux », « doubler »)."""
    v = load("verbs")
    stems = load("quantities")["figureless_wishes"] + v["increase"] + v["decrease"] + list(v["factor_words"])
    return re.compile(r"(?<![\w])" + alternation([re.escape(x) for x in stems]) + r"(?![^\s,.;:!?]*\s*\d)")


@lru_cache(maxsize=1)
def pronoun_of_measure() -> re.Pattern:
    """« prévoit d'en compter 3 millions », « on en veut 90 »: « en » and an infinitive or a
    verb of wanting right before the target."""
    q = load("quantities")
    return re.compile(r"(?<![\w])" + q["measure_pronoun"] + r" (?:[a-z]+" + alternation(q["infinitive_endings"])
                      + "|" + alternation(load("context")["goal_words"]) + r")(?: a| de)? $")


@lru_cache(maxsize=1)
def _grammar() -> dict[str, re.Pattern]:
    """« 110 élèves »: the noun a figure counts (not a link to a date or a place); « plus
    d'abonnés »: what a wish for more names."""
    q = load("quantities")
    return {
        "wished_noun": re.compile(r" (?:de |d')(?!" + alternation([w.split("'")[-1] for w in q["bare_after"]])
                                  + r"(?![a-z]))([a-z]{3,})"),
        # (« 1 million de clients », « une dizaine de chiens »: the noun after the count's « de »;
        # « 40 de plus » stays bare)
        "counted": re.compile(r" (?:(?:de |d')(?!" + alternation(q["change_up"] + q["change_down"]) + r"(?![a-z])))?"
                              + r"(?:" + alternation(q["new"]) + r" )?(?!" + alternation(
                                  q["bare_after"] + [w.split("'")[-1] for w in q["bare_after"] if "'" in w])
                              + r"(?![a-z]))([a-z]{3,})"),
    }


def names_the_measure(num: Mention, change: Mention, kpis: list[Mention], own: Mention | None) -> bool:
    """« On a 2 000 abonnés, on veut +50 % »: a figure of the KPI ``own`` said before a
    relative change that names no other KPI is where the change starts."""
    return own is not None and num.end < change.start and all(k.value == own.value for k in kpis if k.start > num.end)


def kpi_label(folded: str, num: Mention, kpis: list[Mention]) -> Mention | None:
    """« CA de la boutique en 2026 : 85 000 € »: the KPI that opens the clause of a figure
    said after a colon labels it."""
    opened = max((m.end() for m in _CLAUSE_MARK.finditer(folded, 0, num.start) if m.group().strip() != ":"), default=0)
    if not folded[:num.start].endswith(": "):
        return None
    return next((k for k in kpis if opened <= k.start and k.end < num.start
                 and folded[opened:k.start].strip(" -•*\n") == ""), None)
