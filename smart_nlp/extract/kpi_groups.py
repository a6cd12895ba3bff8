"""The KPI of the people a goal counts, read from what they belong to (lang/fr/heads.yaml).

« abonnés à notre infolettre » are subscribers, « 2 600 abonnés » of a theatre hold a seat
(customers), « 300 inscrits au webinaire » are leads and « 350 inscriptions à l'école »
sales: the group, the channel or the venue the people are linked to decides.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang.fr import alternation, load
from .base import Mention


def people_kpi(folded: str, kpi: Mention, kpis: list[Mention], channels: list[Mention]) -> str:
    """The KPI id of the goal's main mention ``kpi``, once what its people belong to is read
    (``kpis``: every mention outside the means; ``channels``: those outside the means)."""
    if subscribed(folded, kpi, channels):
        return "subscribers"
    if loyal(folded, kpi, kpis):
        return load("heads")["loyalty_kpi"]
    found = subscribed_to(folded, kpi, kpis, channels) or seated(folded, kpi, channels) or kpi.value
    if found == "subscribers" and not any(c.value == "email" for c in channels):
        found = signed_up_to(folded, kpi) or found
    return found


@lru_cache(maxsize=1)
def _group() -> tuple[re.Pattern, re.Pattern]:
    """What links people to their group (« abonnés numériques payants aux », « membres actifs
    du programme de »), then the group's noun; a loyalty scheme among its first words."""
    h = load("heads")
    dets = alternation(re.escape(d) for d in h["determiners"])
    return (re.compile(rf" (?:[a-z]+ ){{0,2}}?(?P<link>{alternation(h['group_links'])})(?: |(?<='))(?:{dets})?"
                       r"(?P<noun>[a-z][a-z-]*)"),
            re.compile(rf"(?:[a-z'-]+ ){{0,3}}?{alternation(h['loyalty_words'])}(?![a-z])"))


_SENTENCE = re.compile(r"[.;!?,:(]")
_SUBJECT_REACH = 80  # characters: how far before its people a loyalty scheme may stand as the subject


def loyal(folded: str, kpi: Mention, kpis: list[Mention]) -> bool:
    """Whether people (« membres », « inscrits ») belong to a loyalty scheme: its words open
    their complement, or the scheme is the subject of their clause, no KPI between."""
    h = load("heads")
    if folded[kpi.start:kpi.end].split(" ")[-1] not in h["loyalty_people"]:
        return False
    link, scheme = _group()
    m = link.match(folded, kpi.end)
    if m and scheme.match(folded, m.start("noun")):
        return True
    lo = max(0, kpi.start - _SUBJECT_REACH)
    cut = max((s.end() for s in _SENTENCE.finditer(folded, lo, kpi.start)), default=lo)
    before = [k for k in kpis if cut <= k.start and k.end <= kpi.start]
    return bool(before) and before[0].value == h["loyalty_kpi"] and all(k is before[0] for k in before) and \
        any(w in folded[before[0].start:before[0].end] for w in h["loyalty_words"])


def subscribed_to(folded: str, kpi: Mention, kpis: list[Mention], channels: list[Mention]) -> str | None:
    """« abonnés aux paniers », « à l'année », « numériques payants »: subscribers of a
    product pay for it; of a medium they follow it, of a letter they are subscribers."""
    h = load("heads")
    if kpi.value != "followers" or folded[kpi.start:kpi.end] not in h["subscriber_words"]:
        return None
    if any(w in h["paid_words"] for w in folded[kpi.end:kpi.end + 40].split()[:2]):
        return h["paid_kpi"]
    m = _group()[0].match(folded, kpi.end)
    if not m or m.group("link") not in h["subscribed_links"] or m.group("noun") in h["not_subscribed_to"] \
            or any(kpi.end <= c.start <= m.start("noun") for c in channels):
        return None
    noun = m.group("noun")
    for kpi_id, nouns in h["subscribed_media"].items():
        if noun in nouns or noun.rstrip("sx") in nouns:
            return kpi_id
    sold = any(k.value == "sales" and k.start == m.start("noun") for k in kpis)
    return h["paid_kpi"] if sold or noun in h["paid_periods"] else None


@lru_cache(maxsize=1)
def _sign_ups() -> tuple[re.Pattern, list[tuple[str, re.Pattern]]]:
    h = load("heads")
    return re.compile("|".join(h["sign_ups"])), [
        (kpi, re.compile(r"(?<![a-z])(?:" + "|".join(stems) + ")")) for kpi, stems in h["sign_up_to"].items()]


def signed_up_to(folded: str, kpi: Mention) -> str | None:
    """« 300 inscrits au webinaire » are leads, « 350 inscriptions à l'école » sales: the
    nearest noun of an event or a course in the clause of the KPI decides."""
    people, kinds = _sign_ups()
    if not people.match(folded, kpi.start):
        return None
    lo, hi = max(0, kpi.start - 70), kpi.end + 50
    best = None
    for kid, rx in kinds:
        for m in rx.finditer(folded, lo, hi):
            d = abs(m.start() - kpi.start)
            if not re.search(r"[.;!?]", folded[min(m.start(), kpi.start):max(m.start(), kpi.start)]) and \
                    (best is None or d < best[0]):
                best = (d, kid)
    return best[1] if best else None


_ATTACHED = 30  # characters: a channel this close after the KPI qualifies it (« abonnés à notre compte TikTok »)


@lru_cache(maxsize=1)
def _subscribed_link() -> re.Pattern:
    """« abonnés à la », « inscrits à notre », « personnes s'abonnent à notre »: what links a
    people KPI to a channel right after it (a word, or a verb and its clitic, between)."""
    h = load("heads")
    dets = alternation(re.escape(d) for d in h["determiners"])
    links = alternation(re.escape(p) for p in h["subscribed_to"])
    return re.compile(rf" (?:(?:[a-z]+'|[a-z]+ )?(?:[a-z]+ )?{links}(?:{dets})?)?")


def subscribed(folded: str, kpi: Mention, channels: list[Mention]) -> bool:
    """Whether a people KPI is linked by « à » to the email channel: then it is subscribers."""
    if kpi.value not in load("heads")["subscribed_kpis"]:
        return False
    m = _subscribed_link().match(folded, kpi.end)
    if m and any(c.value == "email" and c.start == m.end() for c in channels):
        return True
    # « Notre infolettre doit franchir le cap des 12 000 abonnés »: the newsletter is the
    # subject, and no other channel is named closer to the KPI or right after it.
    before = [c for c in channels if c.end <= kpi.start]
    after = [c for c in channels if kpi.end <= c.start <= kpi.end + _ATTACHED and c.value != "email"]
    return bool(before) and before[-1].value == "email" and not after


@lru_cache(maxsize=1)
def _venue() -> tuple[re.Pattern, re.Pattern]:
    h = load("heads")
    keys = ("seated_venues", "seated_not_with")
    return tuple(re.compile(r"(?<![a-z])" + alternation(h[k]) + r"(?![a-z])") for k in keys)


def seated(folded: str, kpi: Mention, channels: list[Mention]) -> str | None:
    """« Le Théâtre vise 2 600 abonnés »: the subscribers of a venue with no channel named
    hold a seat or a season, the KPI `seated_kpi`; None when they may be followers."""
    h = load("heads")
    if kpi.value != "followers" or channels or folded[kpi.start:kpi.end] not in h["seated_words"]:
        return None
    venue, published = _venue()
    return h["seated_kpi"] if venue.search(folded) and not published.search(folded) else None
