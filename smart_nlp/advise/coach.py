"""The measure a coach proposes for a vague wish, by the writer's kind of organisation:
« développer l'activité du cabinet d'architectes » means new signed projects, « faire
vivre le club » new members, « que les familles arrêtent de croire que la résidence est
hors de prix » visit requests, « moderniser la communication » the audience of its own
channels. The wishes, measures and the wish × kind table live in ``lang/fr/coach.yaml``, those
named by what the wish says (a time slot, « vivre de », younger members, the trade's reference)
in ``lang/fr/wish_measures.yaml``, whose wishes may take another's settings (``like``).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..extract.base import Mention, SpanIndex
from ..lang.fr import load
from ..text import typography
from . import competitor, organisation, trade, younger
from .earliest import Earliest
from .forms import Noun

if TYPE_CHECKING:
    from .reader import TextReader


@lru_cache(maxsize=1)
def _data() -> dict:
    """``coach.yaml`` with the wishes, measures and tables of ``wish_measures.yaml`` added."""
    base, more = load("coach"), load("wish_measures")
    wishes = dict(base["wishes"])
    for name, w in more["wishes"].items():  # a wish `like` another reads that one's table too
        like = {"table": w["like"], **base["wishes"][w["like"]]} if "like" in w else {}
        wishes[name] = {**like, **w}
    return {**base, "wishes": wishes, "measures": {**base["measures"], **more["measures"]},
            "by_wish": {**base["by_wish"], **more["by_wish"]}}


@lru_cache(maxsize=1)
def _wishes() -> list[tuple[str, re.Pattern, dict]]:
    slot = load("wish_measures")["slot_words"]
    return [(name, re.compile(r"(?<![\w])" + w["pattern"].replace("{slot}", slot)), w)
            for name, w in _data()["wishes"].items()]


def _rx(name: str) -> re.Pattern:
    return next(rx for n, rx, _ in _wishes() if n == name)


@lru_cache(maxsize=1)
def _earliest() -> Earliest[str]:
    return Earliest([(name, rx) for name, rx, _ in _wishes()])


@lru_cache(maxsize=256)  # a pure function of the goal's text
def wish(folded: str) -> tuple[str, int, int] | None:
    """The kind of vague wish the (folded) goal says first (the longest there), with where it is said."""
    first = _earliest().at_first(folded)
    if first is None:
        return None
    start, found = first
    end, name = min((-m.end(), name) for name, m in found)
    return name, start, -end


def _trade_channels(r: "TextReader") -> bool:
    """Whether every channel the goal names is inside the words naming its trade (« la
    boutique en ligne de bijoux » is the business, not a channel it uses)."""
    found = trade.sector(r.folded)
    return all(found and found[1] <= c.start < found[2] for c in r.facts.channels)


def _kinds(r: "TextReader", aside: list[tuple[int, int]]) -> set[str]:
    """The trade's sector and the body's kind the goal names outside ``aside``."""
    sector = trade.sector(r.folded, aside)
    org = organisation.kind(r.folded, aside)
    return {k for k in (sector and sector[0], org and org["name"]) if k}


def _entry(table: dict, kinds: set[str], folded: str) -> str | None:
    """The measure of the first kind of ``table`` the goal names (``when`` narrows an entry)."""
    for kind, cell in table.items():
        if kind not in ("default", "any") and kind not in kinds:  # `any`: before every kind
            continue
        for option in cell if isinstance(cell, list) else [cell]:
            if isinstance(option, str):
                return option
            if re.search(r"(?<![\w])(?:" + option["when"] + ")", folded):
                return option["measure"]
    return None


def measure(r: "TextReader") -> tuple[str, dict, tuple[int, int]] | None:
    """The KPI id, measure (``coach.yaml``) and span of the vague wish a coach would measure
    for this kind of organisation, or None (a target stated, a KPI of the user's own, a kind
    of body the table does not know)."""
    found = wish(r.folded)
    if found is None or r.a.targets:
        return None
    name, start, end = found
    w = _data()["wishes"][name]
    kpi = r.facts.kpi
    if kpi is not None and r.a.kpi not in w["overrides"] and not organisation.named_in(r.folded, kpi.start):
        return None  # « développer les ventes »: the user's own KPI (« transport à la demande » is a body's name)
    if any(re.search(w[k], r.folded) for k in ("sized_out", "platform_out") if k in w):
        return None  # « notre réseau de 40 agences », « sur Pinterest »: a survey, the platform's audience
    if w.get("cut_competitor"):  # « … avant de commander sur Amazon »: no channel of theirs
        competitor.cut(r, end)
    if not w.get("channel_ok") and not _trade_channels(r):
        return None  # « faire grandir notre compte Instagram »: the channel's own audience
    aside = [(m.start, m.end) for m in r.roles if m.label != "EVENT"]
    if "market_ends" in w:  # « s'implanter dans les épiceries fines de Genève »: the market, not the trade
        stops = [m.start() for s in w["market_ends"] for m in [re.compile(s).search(r.folded, end)] if m]
        aside.append((end, min(stops, default=len(r.folded))))
    table = w.get("own_kpi_tables", {}).get(r.a.kpi) or w.get("table", name)  # the user's KPI is never swapped
    kinds = _kinds(r, aside)
    key = _entry(_data()["by_wish"][table], kinds, r.folded)
    if key is None and "fallback" in w and r.a.kpi not in w.get("own_kpi_tables", {}):  # the user's KPI stays;
        # no kind named: whom the wish addresses (« se faire remarquer auprès des cavistes »)
        key = _entry(_data()["by_wish"][w["fallback"]], kinds, r.folded)
    if key is None:
        return None
    entry = _data()["measures"][key]
    r.own_narrowing = w.get("no_segment", False) and "narrow" not in entry  # the trade's own: no segment to choose
    if w.get("people"):  # « des musiciens plus jeunes »: the user's word for them, under an age
        entry = younger.fitted(entry, _rx(name).match(r.folded, start), r.folded)
    data = {**r.kpi_words(entry["kpi"]), **{k: v for k, v in entry.items() if k != "kpi"}}
    r.notes.append(typography(w["note"].format(said=r.text[start:end].strip(), noun=entry["noun"][0])))
    if w.get("whole_clause"):  # what people believe narrows nothing: the whole clause is the wish's
        start, end = _clause(r.folded, start, end)
        r.kept.append((start, end))
        end = _body(r, start, end) if entry.get("body") else end
    return entry["kpi"], data, (start, end)


def _body(r: "TextReader", start: int, end: int) -> int:
    """« … croire que notre résidence seniors est hors de prix »: where the words naming the
    trade start in the clause (its determiner), the words after them made a role of their
    own so that only the trade narrows the measure (« demandes de visite de notre résidence »)."""
    found = trade.sector(r.folded[:end])
    if found is None or found[1] < start:
        return end
    det = re.search(load("coach")["body_determiners"] + "$", r.folded[:found[1]])
    if det is None:
        return end
    r.roles.append(Mention(found[2], end, "BELIEF"))
    r.role_index = SpanIndex(r.roles)
    return det.start()


def _clause(folded: str, start: int, end: int) -> tuple[int, int]:
    """The clause around ``start:end``, between the punctuation marks before and after it."""
    marks = re.compile(load("coach")["clause_marks"])
    before = [m.end() for m in marks.finditer(folded, 0, start)]
    after = marks.search(folded, end)
    left = before[-1] if before else 0
    return left + len(folded[left:]) - len(folded[left:].lstrip()), after.start() if after else len(folded.rstrip())


def read(r: "TextReader") -> tuple[str, Noun, str, bool] | None:
    """The reader's KPI (id, noun, determiner family, assumed?) when a coach's measure
    fits the wish: its words are the KPI's, those after it narrow the measure."""
    found = measure(r)
    if found is None:
        return None
    kpi_id, r.measure, r.span = found
    r.verbal = True
    r.kept.append(r.span)
    return kpi_id, Noun(*r.measure["noun"]), "definite", False
