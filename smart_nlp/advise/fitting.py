"""The means and reason a rewrite proposes, fitted to the whole goal once the tables have
spoken (issue 11, review: empty actions, one channel of two, nothing for the ticket moyen,
a museum rejuvenated by one guided tour, « faire venir de nouveaux clients » for subscribers):

- never an empty action: a concrete one of the goal's way (lowering a measure, winning more);
- the public the goal names (young people, families, lunchtime) reached first;
- each channel and each target of the goal covered, the second's means joined to the first;
- a paid subscription's reason is the revenue that comes back, not new clients again;
- everything said in the user's person (``person``).

The words live in ``lang/fr/fitting.yaml``.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..lang.fr import load
from ..text import fold
from . import defaults, person, trade
from .lexicon import rewrite_data

if TYPE_CHECKING:
    from .kpi_reader import GoalReader


@lru_cache(maxsize=1)
def _data() -> dict:
    return load("fitting")


@lru_cache(maxsize=1)
def _publics() -> list[tuple[re.Pattern, dict]]:
    return [(re.compile(r"(?<![\w])(?:" + p["pattern"] + r")(?![\w])"), p) for p in _data()["publics"]]


def _outside_side(r: "GoalReader") -> str:
    """The folded goal with the user's own means and reason blanked (they name partners)."""
    out = r.folded
    for m in r.facts.side:
        out = out[:m.start] + " " * (m.end - m.start) + out[m.end:]
    return out


def public_means(r: "GoalReader", sector: str | None, steered: bool) -> list[str] | None:
    """The means that reach the public the goal names, unless its trade already serves it
    (or, ``steered``, the channel the user names picks the means)."""
    text = _outside_side(r)
    for rx, entry in _publics():
        if rx.search(text) and sector not in entry["skip"] and (entry.get("channel_ok") or not steered):
            return list(entry["means"])
    return None


def fallback(folded: str, kpi: str | None, sector: str | None) -> list[str]:
    """A concrete action when no table fits: the goal's KPI's family in this trade, else the
    trade's way of winning people, else the goal's way (lowering its measure or more of it)."""
    lower = defaults.asks_lower(folded)
    fam = trade.family(kpi, folded) if kpi else None
    found = trade.means(kpi, fam, sector) if sector and kpi else None
    found = found or (trade.means(None, "acquisition", sector) if sector else None)
    return list(found) if found and not lower else list(_data()["fallback"]["lower" if lower else "more"])


def lowered(folded: str) -> list[str]:
    """The levers of what the goal lowers, found anywhere in it (« baisser le délai de
    réponse aux demandes de devis »: answers prepared), else the generic ones of lowering."""
    for entry in rewrite_data()["lower_measures"]:
        if "means" in entry and re.search(r"(?<![\w])(?:" + entry["pattern"] + ")", folded):
            return list(entry["means"])
    return list(_data()["fallback"]["lower"])


def counted(a, facts) -> list[str]:
    """The means of a count in the user's own words (« 180 burgers par service ») that the
    money KPI read first (« un ticket moyen de 15 € ») does not fit: the trade's way of
    winning people, with that KPI's own means after them."""
    folded = fold(a.text)
    found = trade.sector(folded)
    sector = found[0] if found else None
    channel = defaults.main_channel(facts)
    options = defaults.means(None, channel, folded)
    if options == list(rewrite_data()["means"]["default"]):
        options = fallback(folded, None, sector)
    kfam = trade.family(a.kpi, "") if a.kpi else None
    second = (trade.means(a.kpi, kfam, sector) if sector else None) \
        or trade.generic(a.kpi, kfam, rewrite_data()["means"]["by_kpi"].get(a.kpi)) if a.kpi else None
    if second and kfam != "acquisition":
        options = [_first_clause(options[0]) + _data()["cover"]["join"] + _first_clause(second[0])] + options[1:]
    return [person.kept(o, folded) for o in options]


def _first_clause(option: str) -> str:
    return option.split(_data()["cover"]["first_clause"])[0]


@lru_cache(maxsize=1)
def _channel_rx() -> dict[str, re.Pattern]:
    out = {}
    for cid, c in load("channels").items():
        words = [fold(c["label"])] + list(c.get("patterns", [])) + \
            ([_data()["cover"]["said"][cid]] if cid in _data()["cover"]["said"] else [])
        out[cid] = re.compile(r"(?<![\w])(?:" + "|".join(words) + r")(?![\w])")
    return out


def _named(option: str, channel: str) -> str:
    """``option`` that says its channel (« publiant une vidéo par jour » → « … sur TikTok »)."""
    if _channel_rx()[channel].search(fold(option)):
        return option
    vias, label = rewrite_data()["channel_via"], load("channels")[channel]["label"]
    named = rewrite_data()["task_channel_named"] if label[:1].isupper() else vias.get(channel, vias["default"])
    via = named.format(label=label)  # « sur TikTok », « sur le site »
    return _data()["cover"]["named"].format(means=option, via=via)


def _second_channel(r: "GoalReader", kpi_id: str | None, channel: str | None) -> str | None:
    """The means of the goal's other channel (« en boutique et sur notre site »)."""
    side = r.facts.side
    named = [c.value for c in sorted(r.facts.channels, key=lambda c: c.start)
             if not any(m.start <= c.start < m.end for m in side)]
    others = [c for c in dict.fromkeys(named) if c != channel]
    if channel is None or channel not in named or not others or kpi_id in rewrite_data()["means"]["kpi_first"]:
        return None
    spans = sorted((c.start, c.end) for c in r.facts.channels if c.value in (channel, others[0]))
    if not re.search(_data()["cover"]["links"], r.folded[spans[0][1]:spans[-1][0]]):
        return None  # « Google Ads sur le site »: one channel landing on another
    m = rewrite_data()["means"]
    found = defaults.channel_means(kpi_id, others[0]) or m["by_channel"].get(others[0])
    return _named(_first_clause(found[0]), others[0]) if found else None


def _second_target(r: "GoalReader", kpi_id: str | None, fam: str | None, sector: str | None) -> str | None:
    """The means of a second KPI the goal sets its own figure for (« et un ticket moyen de 13 € »)."""
    targets = sorted(r.facts.targets, key=lambda t: t.start)
    if len(targets) < 2:
        return None
    for k in r.facts.kpis:
        if k.value in (kpi_id, None) or k.start < targets[0].end \
                or any(m.overlaps(k.start, k.end) for m in r.facts.side):
            continue
        kfam = trade.family(k.value, "")
        if kfam == fam:
            continue
        found = (trade.means(k.value, kfam, sector) if sector else None) \
            or trade.generic(k.value, kfam, rewrite_data()["means"]["by_kpi"].get(k.value))
        return _first_clause(found[0]) if found else None
    return None


def fitted(r: "GoalReader", kpi_id: str | None, fam: str | None, channel: str | None, sector: str | None,
           options: list[str], specific: bool) -> list[str]:
    """The proposed means made to fit the whole goal (``specific``: they are the measure's
    own levers or the recruits', which no public or fallback replaces)."""
    if options == list(rewrite_data()["means"]["default"]):
        options = fallback(r.folded, r.a.kpi, sector)
    elif not specific and defaults.asks_lower(r.folded) \
            and (r.unknown or fam in _data()["public_families"]):  # less of something: never the trade's
        options = lowered(r.folded)                                 # way of winning people
    if not specific and (fam or ("more" if kpi_id is None else None)) in _data()["public_families"]:
        public = public_means(r, sector, defaults.channel_led(kpi_id, channel, sector))
        options = public + [o for o in options if o not in public] if public else options
    second = None if specific else _second_channel(r, kpi_id, channel) or _second_target(r, kpi_id, fam, sector)
    if second and fold(second) not in fold(options[0]):
        options = [_first_clause(options[0]) + _data()["cover"]["join"] + second] + options[1:]
    return [person.kept(o, r.folded) for o in options]


def reason(r: "GoalReader", kpi_id: str | None, text: str) -> str:
    """The proposed reason, fitted: a paid subscription's is the revenue that comes back."""
    paid = _data()["paid"]
    if kpi_id in paid["kpis"] and re.search(r"(?<![\w])(?:" + paid["cue"] + r")(?![\w])", r.folded):
        text = paid["reason"]
    circular = _data()["circular"]
    found = re.match(circular["pattern"], fold(text)) if kpi_id in circular["kpis"] else None
    text = text[found.end():] if found else text  # fold keeps the offsets (accents only)
    return person.kept(text, r.folded)
