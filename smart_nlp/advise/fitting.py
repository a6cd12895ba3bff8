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
from . import defaults, organisation, person, suits, trade
from .lexicon import rewrite_data

if TYPE_CHECKING:
    from .kpi_reader import GoalReader


@lru_cache(maxsize=1)
def _data() -> dict:
    return load("fitting")


@lru_cache(maxsize=1)
def _publics() -> list[tuple[re.Pattern, dict]]:
    return [(re.compile(r"(?<![\w])(?:" + p["pattern"] + r")(?![\w])"), p) for p in _data()["publics"]]


def _aside(r: "GoalReader") -> list[tuple[int, int]]:
    """The user's own means and reasons (a purpose clause too): they name partners, not the goal."""
    return [(m.start, m.end) for m in [*r.facts.side, *r.roles] if getattr(m, "label", "") != "EVENT"]


def _outside_side(r: "GoalReader") -> str:
    """The folded goal with the user's own means and reasons blanked."""
    out = r.folded
    for start, end in _aside(r):
        out = out[:start] + " " * (end - start) + out[end:]
    return out


def lowers(r: "GoalReader") -> bool:
    """Whether the goal's own clause (before its figure or KPI, its means and reasons aside)
    asks its measure to go down: « afin de réduire les coûts » or « #contenu » do not."""
    starts = [t.start for t in r.facts.targets] + ([r.facts.kpi.start] if r.facts.kpi else [])
    return defaults.asks_lower(_outside_side(r)[:min(starts, default=len(r.folded))])


def public_means(r: "GoalReader", sector: str | None, fam: str | None, channel: str | None) -> list[str] | None:
    """The means that reach the public the goal names for this family of action, unless its
    trade already serves it or the user names a channel (its means are then the channel's)."""
    if sector in _data()["public_skip_sectors"] or (r.org or {}).get("own_trade"):  # a choir's own means
        return None                                                                 # reach its public
    text = _outside_side(r)
    for rx, entry in _publics():
        if rx.search(text) and sector not in entry["skip"] and (entry.get("channel_ok") or channel is None) \
                and fam in entry.get("families", _data()["public_families"]):
            return list(entry["means"])
    return None


def fallback(folded: str, kpi: str | None, sector: str | None, lower: bool) -> list[str]:
    """A concrete action when no table fits: the goal's KPI's family in this trade, else the
    trade's way of winning people, else the goal's way (``lower``ing its measure or more of it)."""
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
    org = organisation.kind(folded)
    if org:  # « 80 adoptions » for a shelter: its own means
        return [person.kept(o, folded) for o in suited(organisation.means(org, None, [], False), folded, None, org)]
    found = trade.sector(folded)
    sector = found[0] if found else None
    channel = defaults.main_channel(facts)
    options = defaults.means(None, channel, folded)
    if options == list(rewrite_data()["means"]["default"]):
        first = min((t.start for t in facts.targets), default=len(folded))
        options = fallback(folded, None, sector, defaults.asks_lower(folded[:first]))
    kfam = trade.family(a.kpi, "") if a.kpi not in (None, *_data()["cover"]["no_second"]) else None
    targets = sorted(facts.targets, key=lambda t: t.start)
    joined = kfam is not None and any(k.value == a.kpi and _joined(folded, k, targets) for k in facts.kpis)
    second = (trade.means(a.kpi, kfam, sector) if sector else None) \
        or trade.generic(a.kpi, kfam, rewrite_data()["means"]["by_kpi"].get(a.kpi)) if joined else None
    if second and kfam != "acquisition" and not _same(_first_clause(second[0]), options[0]):
        joined = _first_clause(options[0]) + _data()["cover"]["join"] + _first_clause(second[0])
        _ALONE[person.kept(joined, folded)] = person.kept(_first_clause(options[0]), folded)
        options = [joined] + options[1:]
    return [person.kept(o, folded) for o in suited(options, folded, sector, None)]


def _joined(folded: str, k, targets: list) -> bool:
    """Whether KPI mention ``k`` is a second target of its own: after the first figure, joined
    to it (« 150 couverts par midi et un ticket moyen de 13 € », not « 3 000 dons de 10 € »)
    and said next to a figure of its own."""
    near = _data()["cover"]["near"]
    return len(targets) >= 2 and k.start >= targets[0].end \
        and bool(re.search(_data()["cover"]["links"], folded[targets[0].end:k.start])) \
        and any(-near < t.start - k.end < near or -near < k.start - t.end < near for t in targets[1:])


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


def _second_channel(r: "GoalReader", kpi_id: str | None, channel: str | None, sector: str | None) -> str | None:
    """The means of the goal's other channel (« en boutique et sur notre site »), when the
    goal joins the two closely (« des Google Ads sur le site » is one channel landing on
    another) and that channel has no trade's own way (word of mouth in a known trade)."""
    aside, m = _aside(r), rewrite_data()["means"]
    named = [c for c in sorted(r.facts.channels, key=lambda c: c.start) if not any(s <= c.start < e for s, e in aside)]
    others = [c.value for c in named if c.value != channel]
    if channel is None or channel not in [c.value for c in named] or not others or kpi_id in m["kpi_first"] \
            or (sector and others[0] in m["trade_led_channels"]):
        return None
    found = trade.sector(r.folded)
    named = [c for c in named if c.value in _data()["cover"]["trade_places"]
             or not (found and found[1] <= c.start < found[2])]  # « salons de coiffure »: the trade, no fair
    others = [c.value for c in named if c.value != channel]
    if not others or channel not in [c.value for c in named]:
        return None
    spans = sorted((c.start, c.end) for c in named if c.value in (channel, others[0]))
    between = r.folded[spans[0][1]:spans[-1][0]]
    if len(between) > _data()["cover"]["gap"] or not re.search(_data()["cover"]["links"], between):
        return None
    m = rewrite_data()["means"]
    found = defaults.channel_means(kpi_id, others[0]) or m["by_channel"].get(others[0])
    return _named(_first_clause(found[0]), others[0]) if found else None


def _second_target(r: "GoalReader", kpi_id: str | None, fam: str | None, sector: str | None) -> str | None:
    """The means of a second KPI the goal sets its own figure for (« et un ticket moyen de 13 € »)."""
    targets = sorted(r.facts.targets, key=lambda t: t.start)
    if len(targets) < 2:
        return None
    aside = _aside(r)
    for k in r.facts.kpis:
        if k.value in (kpi_id, r.a.kpi, None, *_data()["cover"]["no_second"]) \
                or any(s < k.end and k.start < e for s, e in aside) \
                or not _joined(r.folded, k, targets):
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
    lower = lowers(r)
    if options == list(rewrite_data()["means"]["default"]):
        options = fallback(r.folded, r.a.kpi, sector, lower)
    elif not specific and lower and (r.unknown or kpi_id is None):  # less of something: never the trade's
        options = lowered(r.folded)                                  # way of winning people
    if not specific and not lower:
        public = public_means(r, sector, fam or ("more" if kpi_id is None else None), channel)
        options = public + [o for o in options if o not in public] if public else options
    target = None if specific or lower else _second_target(r, kpi_id, fam, sector)
    second = None if specific or lower else _second_channel(r, kpi_id, channel, sector) or target
    if second and not _same(second, options[0]):
        joined = _first_clause(options[0]) + _data()["cover"]["join"] + second
        if second == target:
            _ALONE[person.kept(joined, r.folded)] = person.kept(_first_clause(options[0]), r.folded)
        options = [joined] + options[1:]
    options = suited(options, r.folded, sector, r.org)
    return [person.kept(o, r.folded) for o in options]


def suited(options: list[str], folded: str, sector: str | None, org: dict | None) -> list[str]:
    """The proposals that suit the trade (no tasting for a web shop), else its way of winning people."""
    more = trade.means(None, "acquisition", sector) if sector else None
    return suits.kept(options, folded, sector, (org or {}).get("name"), more, load("suits")["instead"])


# Joined means (a second target's added) → the first goal's alone, for a proposal that says
# the first goal only and asks for the second one apart (advise/proposal.py).
_ALONE: dict[str, str] = {}


def alone(means: str) -> str:
    """``means`` (« en [X et en Y] ») without the second target's Y, when Y was added here."""
    inner = means[means.find("[") + 1:means.rfind("]")]
    return means.replace(inner, _ALONE[inner]) if "[" in means and inner in _ALONE else means


def _same(one: str, other: str) -> bool:
    """Whether two proposals say much the same (« organisant une animation en boutique »)."""
    a, b = set(fold(one).split()), set(fold(other).split())
    return len(a & b) >= _data()["cover"]["same"] * min(len(a), len(b))


def reason(r: "GoalReader", kpi_id: str | None, text: str) -> str:
    """The proposed reason, fitted: a paid subscription's is the revenue that comes back; one
    that needs what the goal lacks (app users for an installer) gives way to its funnel's."""
    paid = _data()["paid"]
    if kpi_id in paid["kpis"] and re.search(r"(?<![\w])(?:" + paid["cue"] + r")(?![\w])", r.folded):
        text = paid["reason"]
    if not suits.fits(text, r.folded, trade.goal_sector(r), (r.org or {}).get("name")):  # users of no app
        text = rewrite_data()["reasons"]["by_funnel"].get(r.a.funnel or "do", text)
    circular = _data()["circular"]
    found = re.match(circular["pattern"], fold(text)) if kpi_id in circular["kpis"] else None
    text = text[found.end():] if found else text  # fold keeps the offsets (accents only)
    return person.kept(text, r.folded)
