"""Rates the user names that are none of our KPIs (« le taux de parents présents aux
réunions », « 90 % de réussite au CAP », « 30 % de filles dans la filière »): the goal is
that rate, in the user's words, moved in points from a start to give; one of our counted
KPIs inside it (« le taux de prise de rendez-vous en ligne ») is what the rate is of.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..text import fold
from . import defaults
from .forms import Noun, correct, noun_form, of, of_forms
from ..lang.fr import load
from .lexicon import PUNCT, clean, preps, rewrite_data, verb_first
from .phrase import fault as phrase_fault
from .rate_after import after_figure

if TYPE_CHECKING:
    from .reader import TextReader


def _of() -> str:
    """« de », « du », « des », « d' » after a rate word (« la part des patients »)."""
    return r"(?:(?:" + "|".join(of_forms()) + r") |d')"


def rate_object(r: "TextReader", at: int = 0) -> Noun | None:
    """« le taux de réussite en première année »: a rate the user names (the first, else
    the one ``at``), with what narrows it."""
    words = "|".join(rewrite_data()["rate_words"])
    m = re.compile(r"(?<![\w])(?:" + words + r") " + _of() + r"\w").search(r.folded, at)
    if m is None:
        return None
    we = r.window(m.end() - 1)[1]
    said = _before_figure(r, r.said_words(m.start(), we), we)
    noun = noun_form(fold(said.split(" ")[0]))
    r.kept.append((m.start(), we))
    if (after := after_figure(r, we)) is not None:  # « de 20 % sur les rdv du studio »
        said = f"{said} {after[0]}"
        r.kept.append(after[1])
    return Noun(said, noun.gender if noun else "m", "s")


def own_rate(r: "TextReader") -> Noun | None:
    """A rate the user names that is none of our KPIs, with a target in percent or none:
    « 90 % de réussite au CAP » (a share said after the figure), « le taux de parents
    présents », « le taux de prise de rendez-vous en ligne » (one of our counted KPIs
    inside is what the rate is of, not the goal's KPI)."""
    a, m = r.a, r.facts.kpi
    if a.targets and a.targets[0].unit not in ("%", "pt"):
        return None
    named = _named_before(r)
    if named is not None:  # « taux de no-show de 20 % sur les rdv »: the rate said, not the rdv counted
        return rate_object(r, named)
    inside = _rate_around(r, m) if a.targets and m is not None and m.value == a.kpi else None
    if inside is not None:  # « le taux d'annulation des cours réservés en ligne »: the user's rate, up or down
        return rate_object(r, inside)
    if defaults.asks_lower(r.folded):  # a rate to bring down is the user's measure, read with its own
        return _lower_rate(r) if a.kpi is None and not a.targets else None  # defaults if we list it
    if a.kpi is None:
        return (rate_object(r) or _share_object(r)) if a.targets else _rate_noun(r)
    if a.targets and m is not None and m.rule.startswith("verb:"):  # « que 60 % des visiteurs reviennent »
        return _doers_share(r)
    if m is None or m.value != a.kpi or r.kpi_words(a.kpi)["family"] == "rate":
        return None
    share = (_share_object(r) or _doers_share(r)) if a.targets else None
    if share is not None:  # « 85 % de réussite au brevet », « 40 % des visiteurs s'inscrivent »
        return share
    words = "|".join(rewrite_data()["rate_words"])
    said = re.search(r"(?<![\w])(?:" + words + r") " + _of() + r"(?:[\w'-]+ ){0,3}$", r.folded[:m.start])
    return rate_object(r, said.start()) if said else None


def _named_before(r: "TextReader") -> int | None:
    """Where the user names a rate of their own before its figure (« taux de no-show de
    20 % », « taux de réussite au code actuellement 58 % »): none of our KPI words inside
    it, and none of ours before it; the KPI mentions after it are what it is of."""
    a = r.a
    if not a.targets or a.targets[0].unit != "%":
        return None
    words = "|".join(w for w in rewrite_data()["rate_words"] if w != "part")  # « la part de » is a share
    said = re.search(r"(?<![\w])(?:" + words + r") " + _of() + r"\w", r.folded[:a.targets[0].start])
    if said is None or any(k.start <= said.end() and said.start() < k.end for k in r.facts.kpis):
        return None
    return said.start()


def _rate_around(r: "TextReader", m) -> int | None:
    """Where a rate the user names starts when the KPI mention ``m`` stands in its complement
    (« le taux de retour des questionnaires de satisfaction »: what the rate is of), a
    longer complement than ``own_rate`` reads for our rates, none of them a rate of ours."""
    words = "|".join(rewrite_data()["rate_words"])
    said = re.search(r"(?<![\w])(?:" + words + r") " + _of() + r"(?:[\w'-]+ ){3,7}$", r.folded[:m.start])
    if said is None or any(k.start <= said.start() < k.end for k in r.facts.kpis):
        return None
    return said.start()


def _rate_noun(r: "TextReader") -> Noun | None:
    """« Augmenter la participation aux élections », « plus d'assiduité aux cours »: a mass
    noun measured as a rate is the rate of it, in the user's words."""
    m = re.search(r"(?<![\w])(?:" + "|".join(rewrite_data()["rate_nouns"]) + r")(?![\w])", r.folded)
    if m is None:
        return None
    we = r.window(m.start())[1]
    said = _before_figure(r, r.said_words(m.start(), we), we)
    if not said or phrase_fault(said):
        return None
    r.kept.append((m.start(), we))
    rate = Noun(*rewrite_data()["share_nouns"]["s"])
    return Noun(f"{rate.text} {of(said)}", rate.gender, rate.number)


def _share_object(r: "TextReader") -> Noun | None:
    """« 90 % de réussite au CAP » → the rate of success, « 30 % de filles dans la filière »
    → their share: the words said right after a target in percent, when they are not
    our KPI (« 30 % de nos clients » is a share of it)."""
    t = r.a.targets[0]
    lead = re.match(r" (?:de |d')", r.folded[t.end:])
    if t.kind != "level" or lead is None:
        return None
    ws, we = r.window(t.end + lead.end())
    head = re.match(r"(?:\w{1,5}(?: |'))?[\w-]+", r.folded[ws:we])  # a determiner, then the head noun
    if head is not None and any(ws <= k.start < ws + head.end() for k in r.facts.kpis):
        return None  # « 30 % de nos clients », « 30 % de ses ventes »: a share of our KPI
    said = _before_figure(r, r.said_words(ws, we), we)
    if not said or preps().match(fold(said)) or phrase_fault(said):
        return None
    first = fold(said.split(" ")[0])
    genders = rewrite_data()["rate_word_genders"]
    if first in genders:  # « 12 % de part modale »: the user names the rate
        r.kept.append((t.start, we))
        return Noun(said, genders[first], "s")
    noun = noun_form(first)
    plural = noun.number == "p" if noun else first.endswith(("s", "x"))
    r.kept.append((t.start, we))
    rate = Noun(*rewrite_data()["share_nouns"]["p" if plural else "s"])
    return Noun(f"{rate.text} {of(said)}", rate.gender, rate.number)


def _doers_share(r: "TextReader") -> Noun | None:
    """« que 40 % des visiteurs s'inscrivent », « 30 % de nos clientes aient moins de 40 ans »:
    the share of the people who do something, said in the indicative (« qui ont »)."""
    t = r.a.targets[0]
    lead = re.match(r" " + _of(), r.folded[t.end:])
    if t.kind != "level" or lead is None:
        return None
    ws = t.end + 1
    ce = _clause_end(r, ws)
    moods = load("word_forms")["subjunctive_plural"]
    tokens = list(re.finditer(r"\S+", r.text[ws:ce]))[2:]
    verb = next((ws + m.start() for m in tokens
                 if verb_first(r.folded[ws + m.start():ce]) or fold(m.group()) in moods), None)
    people = r.said_words(ws, verb) if verb else ""
    if not people or phrase_fault(people):
        return None
    r.kept.append((t.start, ce))
    said = " ".join(moods.get(fold(w), w) for w in correct(clean(r.text[verb:ce])).split(" "))
    rate = Noun(*rewrite_data()["share_nouns"]["p"])
    return Noun(f"{rate.text} {people} {load('word_forms')['relative']} {said}", rate.gender, rate.number)


def _clause_end(r: "TextReader", start: int) -> int:
    """Where the clause from ``start`` ends: punctuation, the deadline or another role."""
    stops = [i for i in (r.text.find(p, start) for p in PUNCT) if i >= 0]
    stops += [m.start for m in r.roles if m.start > start]
    d = r.a.deadline
    stops += [d.start] if d is not None and d.start > start else []
    return len(r.text[:min(stops, default=len(r.text))].rstrip())


def _before_figure(r: "TextReader", said: str, end: int) -> str:
    """« réussite au CAP pour la promo » cut before « 2027 »: a complement whose figure
    the phrase could not hold is left out whole, from its preposition."""
    if not re.match(r"\s*\d", r.folded[end:]):
        return said
    links = [*rewrite_data()["narrowing_preps"], *rewrite_data()["figure_links"]]
    cuts = [m.start() for m in re.finditer(r" (?:" + "|".join(links) + r") ", fold(said))]
    return said[:max(cuts)] if cuts else said


def rate_levers(folded: str) -> list[str] | None:
    """The levers of a rate of the user's own by what it measures (« la réussite » moves with
    tutoring, « la participation » with reminders), none for another measure."""
    return next((list(e["means"]) for e in rewrite_data()["rate_levers"] if re.search(e["pattern"], folded)), None)


def _lower_rate(r: "TextReader") -> Noun | None:
    """« Réduire le taux d'annulation des cours »: a rate to bring down that none of our lower
    measures names is still a rate, in the user's words, moved down in points."""
    words = "|".join(w for w in rewrite_data()["rate_words"] if w != "part")
    said = re.search(r"(?<![\w])(?:" + words + r") " + _of() + r"\w", r.folded)
    if said is None or defaults.lower_measure(r.folded[said.start():]) is not None:
        return None
    return rate_object(r, said.start())


def moved_rate(r: "TextReader") -> bool:
    """Whether the plan moves a rate of its own measure from a start (« taux de [60] % à
    [65] % », « taux d'annulation de [15] % à [10] % » with no verb of the user's), whose
    verb is the move's, never a kept « Atteindre »."""
    m = r.measure
    return m is rewrite_data()["rate_measure_default"] or m is not None and m.get("family") == "rate" \
        and not r.unknown_verb

