"""What a business makes or serves, counted, is its sales (lang/fr/kpi_verbs.yaml, `made`).

« faire 120 vidanges sur le mois », « servir 400 repas par jour », « on en servira 600 »,
« la pharmacie vise 900 vaccinations réalisées », « on a fait 300 couques… Prochain
objectif : 400 »: no KPI noun, but a verb of making or serving acts on the count. A
fallback when the goal names no KPI: never of people, of time or of money; a target said
without its noun counts what the stated start counts.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang.fr import alternation, load
from ..text import fold
from .base import Mention
from .kpi_forms import forms, made_forms
from .kpi_people import is_role_noun

_WORD = re.compile(r"[a-z][a-z'-]*")
_BEFORE = 40  # characters: how far before a count its verb may stand
_RULE = "made:"


@lru_cache(maxsize=1)
def _actions() -> re.Pattern:
    """The nouns of actions a goal takes at a rhythm (means.yaml: « 3 publications », « 50 appels »)."""
    return re.compile(alternation(load("means")["rhythm_nouns"]) + r"$")


@lru_cache(maxsize=1)
def _made() -> tuple[dict[str, str], re.Pattern, frozenset[str], frozenset[str]]:
    """Folded form → KPI of a verb of making; the verb closing the text before a count; nouns
    no making counts; function words."""
    d = load("kpi_verbs")
    kpi_of = {fold(v): kpi for kpi, verbs in d["made"].items() for v in verbs}
    forms = {form: kpi_of[inf] for form, inf in made_forms().items() if inf in kpi_of}
    verb = re.compile(rf"(?<![a-z])(?P<verb>[a-z]+) (?:{alternation(d['made_between'])} )?$")
    people = frozenset(d["people"]) | frozenset(d["made_not"])
    return forms, verb, people, frozenset(load("language_id")["fr"])


def _noun(folded: str, count: Mention) -> str | None:
    """The word a count counts (right after it), None when it has none (« 130 en mai »)."""
    m = _WORD.match(folded, count.end + 1) if folded[count.end:count.end + 1] == " " else None
    forms, _, people, function = _made()
    if not m or m.group(0) in function or m.group(0) in people or m.group(0) in forms:
        return None
    return m.group(0)


def _made_kpi(folded: str, count: Mention, channels: list[Mention]) -> Mention | None:
    """What a making verb acts on at ``count``, as a KPI mention over the counted noun (over
    the verb when the count has none): the verb before it (« en servir 600 »), or its
    participle right after the noun (« 150 jeux montés »); never people, an action of the
    means (« faire 3 publications ») nor a channel (« 4 salons »)."""
    forms, verb, _, _ = _made()
    noun = _noun(folded, count)
    if noun is not None and (is_role_noun(noun) or _actions().match(noun)
                             or any(c.start <= count.end + 1 < c.end for c in channels)):
        return None
    at = (count.end + 1, count.end + 1 + len(noun)) if noun else None
    before = verb.search(folded, max(0, count.start - _BEFORE), count.start)
    if before and before.group("verb") in forms:
        word = before.group("verb")
        return Mention(*(at or before.span("verb")), "KPI", forms[word], rule=_RULE + word, extra={"before": bool(at)})
    after = _WORD.match(folded, at[1] + 1) if at else None
    if after and after.group(0) in forms:
        return Mention(at[0], after.end(), "KPI", forms[after.group(0)], rule=_RULE + after.group(0))
    return None


def made_kpi(folded: str, targets: list[Mention], baseline: Mention | None,
             channels: list[Mention]) -> Mention | None:
    """The KPI mention of the first target's count when a verb of making acts on it, or of
    the stated start when the target has no noun of its own (« j'en veux 130 ») or the same."""
    if not targets or targets[0].extra.get("unit") is not None:
        return None
    target = targets[0]
    found = _made_kpi(folded, target, channels)
    if found is None and baseline is not None and baseline.extra.get("unit") is None and \
            _noun(folded, target) in (None, _noun(folded, baseline)):
        found = _made_kpi(folded, baseline, channels)  # « a écoulé 4 800 tonnes…, vise 5 500 tonnes »
    return found


def made_verb(mention: Mention) -> str | None:
    """The folded infinitive of the verb a ``made_kpi`` mention was read from when that verb
    is said before the counted noun (« servir 400 repas »: the user's verb to keep)."""
    form = mention.rule[len(_RULE):] if mention.rule.startswith(_RULE) else None
    return made_forms().get(form) if form and mention.extra.get("before") else None


def counted_thing(folded: str, mention: Mention, targets: list = ()) -> bool:
    """Whether a KPI mention is a thing the user counts in their own words: one made or served
    (``made_kpi``), or sold, served or fitted said by its participle (« 3 000 repas servis »),
    when the first of ``targets`` (if any) is a count, not a share (« 40 % de billets achetés »)."""
    if targets and targets[0].unit is not None:
        return False
    if mention.rule.startswith(_RULE):
        return True
    inf = mention.rule[len("verb:"):] if mention.rule.startswith("verb:") else None
    words = folded[mention.start:mention.end].split(" ")
    return inf is not None and mention.value == "sales" and len(words) > 1 and forms().get(words[-1]) == inf
