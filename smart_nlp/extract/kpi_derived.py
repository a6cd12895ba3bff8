"""KPI words built by derivation (lang/fr/kpi_grammar.yaml): « réabonnement », « réadhésion »,
« rachat », « désinscription », « non-renouvellement » take the KPI their prefix makes of
their base word's; a noun made from a verb (« visionnage ») takes the verb's
(kpi_verbs.yaml); an adjective made on a KPI noun (« rentable ») names it when a verb makes
it the goal's result (« rendre rentable »).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang.fr import alternation, load
from .base import Mention, SpanIndex
from .kpi_forms import is_infinitive
from .kpi_verbs import family
from .lexicon import find_kpis
from .lexicon_words import lexicon_words


def _grammar() -> dict:
    return load("kpi_grammar")


def word_kpi(word: str) -> str | None:
    """The KPI of a word the KPI lexicon reads on its own, directly or once its inflection
    is undone (« faire », a word of « faire venir », reads nothing alone)."""
    found = find_kpis(word)
    return found[0].value if len(found) == 1 and found[0].start == 0 and found[0].end == len(word) else None


@lru_cache(maxsize=4096)
def derived(word: str) -> tuple[str, str] | None:
    """(KPI, rule) of a word built on a KPI noun or a KPI verb (an adjective on its noun:
    « rentable » on « rentabilité »), or None (« refaire » is no
    KPI: a prefix on a verb the lexicons use in a phrase, « faire venir », builds nothing)."""
    g = _grammar()
    for p in g["prefixes"]:
        prefix = p["prefix"]
        base = word[len(prefix):]
        if not word.startswith(prefix) or len(base) < g["min_base"] or is_infinitive(base) or \
                base.rstrip("s") in g["seller_acts"]:
            continue
        kpi = word_kpi(base)
        if kpi in p["from"]:
            return p["to"], f"derived:{prefix}"
    for ending, infinitives in g["noun_endings"]:
        if word.endswith(ending) and len(word) - len(ending) >= g["min_base"]:
            for inf in infinitives:
                verb = word[:-len(ending)] + inf
                kpi = family(verb) or g["action_verbs"].get(verb)
                if kpi:
                    return kpi, f"derived:-{ending}"
    for ending, noun in g["adjective_endings"]:
        if word.endswith(ending) and len(word) - len(ending) >= g["min_base"] and \
                (kpi := word_kpi(word[:-len(ending)] + noun)):
            return kpi, f"derived:-{ending}"
    return None


@lru_cache(maxsize=1)
def _candidates() -> tuple[re.Pattern, re.Pattern]:
    """Words that may be built: a prefix at their start, or a verb-noun ending at their end
    (found from the ending: a word-start scan would try every letter)."""
    g = _grammar()
    prefixes = alternation(re.escape(p["prefix"]) for p in g["prefixes"])
    endings = alternation(re.escape(e) for e, _ in g["noun_endings"] + g["adjective_endings"])
    return (re.compile(rf"(?<![a-z-]){prefixes}[a-z][a-z-]*[a-z](?![a-z-])"),
            re.compile(rf"{endings}(?![a-z-])"))


_WORD_BEFORE = re.compile(r"[a-z][a-z-]*$")


def derived_mentions(folded: str, index: SpanIndex) -> list[Mention]:
    prefixed, ending = _candidates()
    spans = [m.span() for m in prefixed.finditer(folded)]
    for m in ending.finditer(folded):
        if w := _WORD_BEFORE.search(folded, max(0, m.start() - 30), m.start()):
            spans.append((w.start(), m.end()))
    out, words = [], lexicon_words()
    for start, end in sorted(set(spans)):
        word = folded[start:end]
        if word not in words and not index.any(start, end) and (found := derived(word)) and \
                (found[1] not in _adjective_rules() or _attribute().search(folded, max(0, start - 40), start)):
            out.append(Mention(start, end, "KPI", found[0], rule=found[1]))
    return out


@lru_cache(maxsize=1)
def _adjective_rules() -> frozenset[str]:
    return frozenset(f"derived:-{e}" for e, _ in _grammar()["adjective_endings"])


@lru_cache(maxsize=1)
def _attribute() -> re.Pattern:
    """« rendre … rentable », « devenir rentable »: a verb that makes the adjective the goal's
    result, in its clause (« jugées peu rentables » judges: no KPI)."""
    return re.compile(rf"(?<![a-z]){alternation(_grammar()['attribute_verbs'])}[a-z]*(?: [^,;:.!?]*)?$")
