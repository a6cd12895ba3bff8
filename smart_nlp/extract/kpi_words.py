"""KPI words the lexicons never list, read from their parts (lang/fr/kpi_grammar.yaml).

- derivation (kpi_derived.py): « réabonnement », « désinscription », « rentable »;
- composition: « taux de X » is the rate X is counted by (« taux de transfo »), « X moyen »
  the average order when X is a sale or an amount (« don moyen »), and « être le
  fournisseur de référence » market share.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang.fr import alternation, load
from .base import Mention, SpanIndex
from .heads import off_topic_at
from .kpi_context import not_a_kpi
from .kpi_derived import derived, derived_mentions, word_kpi
from .kpi_people import counted_people, registered
from .kpi_forms import is_infinitive
from .kpi_verbs import acts, family
from .spelling import shortened

_BREAK = re.compile(r"[;:.!?]")


def _grammar() -> dict:
    return load("kpi_grammar")


@lru_cache(maxsize=1)
def _rate_rx() -> re.Pattern:
    return re.compile(rf"(?<![a-z]){alternation(_grammar()['rate_heads'])} (?:de |d')(?P<x>[a-z][a-z-]*[a-z])")


_OF_RATE = 24  # characters: how far after an unknown rate the noun it is of may start


@lru_cache(maxsize=1)
def _of_rate() -> re.Pattern:
    """« … de ses », « … des »: what joins a rate to the people it is of."""
    dets = alternation(re.escape(d.strip()) for d in load("heads")["determiners"])
    links = alternation(re.escape(w) for w in _grammar()["rate_of_links"])
    return re.compile(rf"(?: [a-z]+)? (?:{links})(?: (?:{dets}))? ?$")


def _rate_word(word: str) -> tuple[str, str] | None:
    """What X stands for in « taux de X » when no mention covers it (never its vector
    neighbour: a rate of an unknown noun, « taux de réussite », is no KPI of ours)."""
    found = derived(word)
    if found:
        return found
    verb = _grammar()["verbal_nouns"].get(word)
    if verb and family(verb):
        return family(verb), f"rate-of:{verb}"
    short = shortened(word)
    if short and word_kpi(short):
        return word_kpi(short), "rate-of:shortened"
    return None  # the vectors place « réussite » near satisfaction: a rate of nothing we know


def _rates(folded: str, kpis: list[Mention]) -> list[Mention]:
    """« taux de X »: the mention of X, or a new one, read as a rate."""
    rate_of = _grammar()["rate_of"]
    index = SpanIndex(kpis)
    out, replaced = list(kpis), set()
    for m in _rate_rx().finditer(folded):
        if index.any(m.start(), m.start("x")):
            continue  # « taux de conversion »: the lexicon's own phrase
        inner = index.overlapping(m.start("x"), m.end("x"))
        if inner:
            k = inner[0]
            kpi, rule, end = rate_of.get(k.value, k.value), k.rule, k.end
        else:
            found = _rate_word(m.group("x"))
            if not found:
                # « le taux de réussite de nos élèves »: a rate of nothing we know; the
                # people it is of are no KPI either
                replaced.update(id(k) for k in index.overlapping(m.end("x"), m.end("x") + _OF_RATE)
                                if _of_rate().match(folded, m.end("x"), k.start))
                continue
            k, (kpi, rule), end = None, found, m.end("x")
            kpi = rate_of.get(kpi, kpi)
        if load("kpis")[kpi].get("rate"):
            replaced.add(id(k))
            out.append(Mention(m.start(), end, "KPI", kpi, rule=f"{rule}+rate"))
    return [k for k in out if id(k) not in replaced]


@lru_cache(maxsize=1)
def _average_rx() -> re.Pattern:
    return re.compile(rf" {alternation(_grammar()['average_words'])}(?![a-z])")


@lru_cache(maxsize=1)
def _transaction_rx() -> re.Pattern:
    return re.compile(rf"(?<![a-z]){alternation(_grammar()['average_of'])}s?$")


def _averages(folded: str, kpis: list[Mention]) -> list[Mention]:
    """« X moyen »: one transaction, averaged, is the average order (« don moyen »)."""
    out = []
    for k in kpis:
        m = _average_rx().match(folded, k.end)
        if m and k.value != "average_order" and _transaction_rx().search(folded, k.start, k.end):
            k = Mention(k.start, m.end(), "KPI", "average_order", rule=f"{k.rule}+average")
        out.append(k)
    return out


def _measures(folded: str, kpis: list[Mention]) -> list[Mention]:
    """« porter la fréquentation … à 60 000 entrées »: a count of the KPI before it in its clause."""
    measures = _grammar()["measures"]
    out = []
    for i, k in enumerate(kpis):
        counts = measures.get(folded[k.start:k.end])
        if counts and i and kpis[i - 1].value in counts and not _BREAK.search(folded, kpis[i - 1].end, k.start):
            k = Mention(k.start, k.end, "KPI", kpis[i - 1].value, rule=f"{k.rule}+measure")
        out.append(k)
    return out


@lru_cache(maxsize=1)
def _leader_rx() -> re.Pattern:
    g = _grammar()
    dets = alternation(re.escape(d) + ("" if d.endswith("'") else " ") for d in g["leader_determiners"])
    return re.compile(rf"(?<![a-z]){alternation(g['leader_verbs'])} {dets}"
                      rf"(?:[a-z'-]+ ){{0,4}}?{alternation(g['leader_words'])}(?![a-z])")


@lru_cache(maxsize=1)
def _leader_word_rx() -> re.Pattern:
    return re.compile(alternation(_grammar()["leader_words"]))


def _leaders(folded: str) -> list[Mention]:
    if not _leader_word_rx().search(folded):
        return []  # the cheap test first: most goals name no leadership
    return [Mention(m.start(), m.end(), "KPI", "market_share", rule="leader") for m in _leader_rx().finditer(folded)]


@lru_cache(maxsize=1)
def _qualified_rx() -> list[tuple[str, re.Pattern]]:
    g = _grammar()
    endings = alternation(g["money_participle_endings"])
    return [(kpi, re.compile(rf"(?<![a-z'])(?P<noun>[a-z][a-z-]*[a-z]) {alternation(g[key])}{endings}?(?![a-z])"))
            for kpi, key in (("revenue", "money_participles"), ("sales", "sold_participles"))]


def _qualified(folded: str, index: SpanIndex) -> list[Mention]:
    """« les cotisations encaissées »: money received, whatever its noun, is revenue;
    « 18 mariages signés »: what was signed or sold, sales."""
    g = _grammar()
    if not any(w in folded for w in (*g["money_participles"], *g["sold_participles"])):
        return []
    return [Mention(m.start(), m.end(), "KPI", kpi, rule="qualified") for kpi, rx in _qualified_rx()
            for m in rx.finditer(folded)
            if not index.any(m.start("noun"), m.end()) and not off_topic_at(folded, m.start("noun"))
            and not is_infinitive(m.group("noun")) and m.group("noun") not in _grammar()["not_qualified"]]


@lru_cache(maxsize=1)
def _image_rx() -> re.Pattern:
    g = _grammar()
    gap = rf"(?P<gap>(?: [a-z'-]+){{0,{g['image_gap']}}})"
    return re.compile(rf"(?<![a-z]){alternation(g['image_nouns'])}(?![a-z]){gap} "
                      rf"{alternation(g['image_public'])}(?: |(?<='))")


@lru_cache(maxsize=1)
def _bare_turnover_rx() -> re.Pattern:
    g = _grammar()
    before = alternation(re.escape(w) + ("" if w.endswith("'") else " ") for w in g["bare_turnover_before"])
    not_after = alternation(re.escape(w) for w in g["bare_turnover_not_after"])
    return re.compile(rf"(?<![a-z']){before}(?P<w>{g['bare_turnover']})(?![a-z])(?! (?:{not_after})(?![a-z]))")


@lru_cache(maxsize=1)
def _coverage_rx() -> re.Pattern:
    g = _grammar()
    links, adjectives = alternation(g["coverage_links"]), alternation(load("heads")["adjectives"])
    return re.compile(rf"\d[\d .,]* (?:{adjectives} )?(?P<noun>[a-z][a-z-]*[a-z])(?: (?!{links})[a-z]+)? "
                      rf"(?:{links})?{alternation(g['coverage_media'])}(?![a-z])")


def _said_otherwise(folded: str, index: SpanIndex) -> list[Mention]:
    """« renforcer la communication auprès des jeunes retraités »: an image built before a
    public is reach; « 40 articles dans la presse », « 30 passages télé »: things counted in
    the media are coverage, reach; « le chiffre a monté de 30 % »: the bare « chiffre » is the turnover."""
    g = _grammar()
    out = [Mention(m.start(), m.start("gap"), "KPI", "reach", rule="image") for m in _image_rx().finditer(folded)
           if not _BREAK.search(m.group("gap"))] if any(w in folded for w in g["image_nouns"]) else []
    if any(w in folded for w in g["coverage_media"]):
        out += [Mention(m.start("noun"), m.end(), "KPI", "reach", rule="coverage")
                for m in _coverage_rx().finditer(folded)
                if not index.any(m.start("noun"), m.end("noun")) and not off_topic_at(folded, m.start("noun"))]
    if g["bare_turnover"] in folded:
        out += [Mention(*m.span("w"), "KPI", "revenue", rule="bare-turnover")
                for m in _bare_turnover_rx().finditer(folded)]
    return [k for k in out if not index.any(k.start, k.end)]


def _verb_mention(folded: str, k: Mention) -> bool:
    """A lexicon mention that is one verb in the infinitive (« remplir », « fidéliser »)."""
    word = folded[k.start:k.end]
    return k.rule.startswith("kpis:") and word.isalpha() and \
        (is_infinitive(word) or word.endswith(tuple(load("grammar_words")["facts"]["infinitive_endings"])))


def _objects(folded: str, kpis: list[Mention]) -> list[Mention]:
    """« remplir ses sessions à 90 % »: a KPI verb's object is what it acts on, not a KPI
    (the first mention after the verb only; one of the verb's own KPI names what it counts:
    « vendre 500 entrées »)."""
    gap, out = _grammar()["object_gap"], []
    for i, k in enumerate(kpis):
        verb = kpis[i - 1] if i else None
        if verb and verb in out and verb.value != k.value and _verb_mention(folded, verb) and \
                0 < k.start - verb.end <= gap and not _BREAK.search(folded, verb.end, k.start) and \
                not _comma_link().search(folded, verb.end, k.start):
            continue
        out.append(k)
    return out


@lru_cache(maxsize=1)
def _comma_link() -> re.Pattern:
    """A comma or a link word: the noun after it is no object of the verb before it."""
    return re.compile(",|" + "|".join(f" {w} " for w in _grammar()["counted_links"]))


def with_built_words(folded: str, kpis: list[Mention]) -> list[Mention]:
    """KPI mentions completed by the words built from KPI words and the phrases composed
    with them. A lexicon mention inside a longer built phrase gives way to it."""
    out = [k for k in kpis if not not_a_kpi(folded, k)]
    out += derived_mentions(folded, SpanIndex(out))
    out += _said_otherwise(folded, SpanIndex(out))
    if not out:  # people counted beside a KPI are its context
        out = counted_people(folded, SpanIndex(out), acts)
    out = registered(folded, out) + _qualified(folded, SpanIndex(out))
    out = _measures(folded, _averages(folded, _rates(folded, _objects(folded, sorted(out, key=lambda m: m.start)))))
    for lead in _leaders(folded):
        if not any(k.start < lead.start < k.end or k.start < lead.end < k.end for k in out):
            out = [k for k in out if not lead.contains(k.start, k.end)] + [lead]
    return sorted(out, key=lambda m: m.start)
