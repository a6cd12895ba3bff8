"""The target of the rewrite: the user's, else a default that fits the KPI family, with
the starting value or comparison period a relative change needs.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lang.fr import load
from ..text import fold
from . import defaults, scale
from .ceiling import at_least, goal_ceiling
from .counted import counted_duration, flow
from .deadline import default_date, over_event, over_season
from .forms import Noun, noun_form, of, with_determiner
from .lexicon import MONEY, clean, note, rewrite_data
from .realise import GoalPlan, Quantity, bracket
from .resumed import lower_after
from .said_figures import percent, price_of, stated_end

if TYPE_CHECKING:
    from .kpi_reader import GoalReader


def goal_target(r: "GoalReader", kpi_id: str, noun: Noun) -> tuple[dict, Quantity | None, str, Noun]:
    """The target (the user's, else a default that fits the KPI), starting value, family, noun.

    A rate the user counts in units (« plus d'avis Google ») keeps their noun and is
    counted; a count written with an uncountable noun (« la fréquentation ») is counted
    in the KPI's own unit (« visites »).
    """
    a, data = r.a, r.measure or r.kpi_words(kpi_id)
    family = data["family"]
    if kpi_id == "satisfaction" and r.measure is None and _rating(r.folded):
        w, m = rewrite_data()["rating"], r.facts.kpi
        averaged = re.compile(w["averaged"]).match(r.folded, m.start) if m is not None else None
        if averaged:  # « avis moyen »: the KPI's words end after the adjective
            r.span = (m.start, averaged.end())
            r.kept.append(r.span)
        if noun.text.split(" ")[0].lower() not in w["noun_words"]:  # « noté », « étoiles », « avis moyen »
            noun = Noun(*w["noun_averaged" if averaged else "noun"])
            rated = re.search(w["rated"], r.folded)
            if rated:  # « la note du cabinet »
                said = r.text[rated.start(1):rated.end(1)]
                noun = Noun(f"{noun.text} {of(said[:1].lower() + said[1:])}", noun.gender, noun.number)
        if not a.targets:
            return (*_rating_target(r), "score", noun)
    countable = noun.number == "p" and noun != Noun(*data["noun"])  # the user's own plural noun
    if a.targets:
        t = a.targets[0]
        target = {"kind": t.kind, "value": t.value, "unit": t.unit, "period": t.period, "price": price_of(r.facts, t)}
        if counted_duration(noun, t.unit):  # « 400 heures de bénévolat »: the noun says the unit
            target["unit"] = None
        target["more"] = t.kind == "delta" and re.match(rewrite_data()["delta_more_said"], r.folded[t.end:]) is not None
        start = Quantity(a.baseline.value, a.baseline.unit) if a.baseline else None
        r.kept.append((t.start, t.end))
        bound = goal_ceiling(r)
        if bound is not None:  # « rester sous les 5 % »: a ceiling kept, no start to give
            return {**target, "ceiling": bound[2]}, start, family, noun
        share = _stated_share(r, t, noun)
        if share:
            return share
        if _score(noun) and t.kind == "level" and t.unit is None:
            return target, start, "score", noun
        if family == "rate" and t.unit not in ("%", "pt") and t.kind in ("level", "delta"):
            family = "count"
        moved = stated_end(t, target, start, a.baseline and a.baseline.period)
        if moved is not None:  # « on part de 410 k€, +12 % », « 450 clients fidèles, +20 % »: from the start said
            (target, start), family = moved, "money" if start.unit in MONEY else "count" if family == "rate" else family
        elif family == "rate" and t.kind == "percent_change" and t.unit == "%":
            target, start = _relative_rate(r, data, target, start)
        elif start is None and family == "rate" and t.kind == "level" and t.unit == "%" and _rate_named(noun, data) \
                and not at_least(r.folded, t):  # a floor (« 30 % minimum ») is reached, from no start to give
            start = _rate_start(r, t.value, data)  # « 90 % de réussite »: moved from a start to give
    else:
        counted = family == "rate" and countable and "count_default" in data
        target, start = defaults.target(data, counted)
        target, start = _sized(r, kpi_id, noun, target, start)
        if target.get("period") and _stock(noun, Noun(*data["noun"])):
            target["period"] = None  # « membres féminines »: people counted as they are, not per month
        if (defaults.asks_lower(r.folded[:r.verb_end()]) or lower_after(r.folded[r.verb_end():])) \
                and (r.measure or kpi_id != defaults.ASSUMED_KPI):
            target, start = defaults.downward(target, start, data)
        family = "count" if counted else family
        if a.baseline is not None and a.baseline.unit == "%" and (start is None or start.unit != "%") \
                and family == "count":  # « aujourd'hui 15 % » of what is counted: its rate moves
            target, start, noun = _rate_of(r, noun)
            family = "rate"
        target, start = defaults.from_baseline(a.baseline, target, start)
        if over_season(a):  # « cet été »: counted over the season, not per month
            target["period"] = None
        elif r.measure is rewrite_data()["more_measure_default"] and flow(noun):
            target["period"] = "month"  # « repas servis »: a flow, counted per month
        r.notes.append(note("target_default"))
    if family == "rate" and noun.text.startswith(rewrite_data()["rate_measure_default"]["noun"][0] + " "):
        return target, start, family, noun
    if family == "count" and noun.number != "p" and target["kind"] in ("level", "delta"):
        noun = Noun(*data.get("count_noun", data["noun"]))
    elif family not in ("count", "rate") and not a.targets and r.measure is None:
        noun = Noun(*data["noun"])
    elif family == "rate" and not a.targets and (noun.number == "p" or r.verbal) and r.measure is None:
        noun = Noun(*data["noun"])
    return target, start, family, noun


def _stated_share(r: "GoalReader", t, noun: Noun) -> tuple[dict, Quantity, str, Noun] | None:
    """« Seulement 4 apprenties sur 60 élèves, on veut plus de filles »: the share stated is
    where the goal starts; its part moves up by some points (« de 6,7 % à [12] % »)."""
    w = rewrite_data()["stated_share"]
    said = re.match(w["said"], fold(t.text))
    if t.kind != "level" or t.unit != "%" or len(r.a.targets) > 1 or said is None \
            or not re.search(w["more"], r.folded[t.end:]):
        return None
    counted = t.text.split(" ", 1)[1][:len(said.group(1)) - 1]
    if fold(counted) == fold(noun.text):
        return None
    start = Quantity(round(t.value, 2), "%")  # as the user's figures give it
    end = float(round(start.value + w["step"])) if start.value >= 1 else round(start.value + w["step"], 1)
    counted_np = with_determiner(Noun(counted, "f", "p"))  # a plural article has one form
    part = Noun(f"{w['noun'][0]} {of(counted_np)} {w['among']} {noun.text}", *w["noun"][1:])
    target = {"kind": "level", "value": min(end, 100.0), "unit": "%", "period": None, "placeholder": True,
              "said": w["today"].format(said=clean(t.text))}
    return target, start, "rate", part


def _rate_named(noun: Noun, data: dict) -> bool:
    """« le taux d'ouverture », « la part de marché », « le CTR »: a noun that names the rate
    moves between two values; « 90 % de clients satisfaits » is said as a share."""
    first = noun.text.split(" ")[0]
    return fold(first) in rewrite_data()["rate_words"] or first.isupper() or noun.text == data["noun"][0]


def _rate_start(r: "GoalReader", end: float, data: dict) -> Quantity:
    """The start to give a rate the user sets a level for: some points below it (above it
    for a rate to bring down, « le taux de désinscription à moins de 1 % »), or half
    (double) a small one."""
    step = rewrite_data()["rate_measure_default"]["step"]
    d = data.get("default", {})
    if defaults.asks_lower(r.folded[:r.verb_end()]) or d.get("from", 0) > d.get("to", 100):
        value = min(end + step, 100.0) if end >= step else end * 2
    else:  # a return over 100 % moves in proportion, not by some points
        value = end - step if step < end <= 100 else round(end / 2, 1) if end <= step \
            else defaults.round_figure(end * 2 / 3)
    return Quantity(float(value), "%", True)


def _stock(noun: Noun, own: Noun) -> bool:
    """« membres » for « nouveaux clients »: the user counts the people there are, where the
    KPI's own noun counts the new ones per period."""
    new = load("word_forms")["pre_adjectives"]
    said, usual = fold(noun.text).split(" "), fold(own.text).split(" ")
    return noun.number == "p" and said[0] not in new and usual[0] in new and said[0] != usual[-1]


def _rate_of(r: "GoalReader", noun: Noun) -> tuple[dict, Quantity | None, Noun]:
    """« les rendez-vous non honorés, aujourd'hui 15 % »: the rate of what the user counts,
    the default target of a rate, turned down when the goal asks it to go down."""
    rate = rewrite_data()["rate_measure_default"]
    target, start = defaults.target(rate)
    if defaults.asks_lower(r.folded[:r.verb_end()]):
        target, start = defaults.downward(target, start)
    return target, start, Noun(f"{rate['noun'][0]} {of(noun.text)}", *rate["noun"][1:])


def _sized(r: "GoalReader", kpi_id: str, noun: Noun, target: dict,
           start: Quantity | None) -> tuple[dict, Quantity | None]:
    """A default count sized for the trade and what it counts (« de [10] à [15] clients » for a
    plumber, thousands of downloads for an app); a measure with its own default keeps it."""
    own = r.measure not in (None, rewrite_data()["more_measure_default"]) and not r.measure.get("sized")
    if own or target["kind"] != "level" or target.get("unit") or start is None or start.unit:
        return target, start
    aside = [(m.start, m.end) for m in r.roles if m.label != "EVENT"]
    found = scale.pair(None if r.unknown else kpi_id, fold(noun.text), r.folded, aside, (r.org or {}).get("name"))
    if found is None:
        return target, start
    return {**target, "value": float(found[1])}, Quantity(float(found[0]), None, placeholder=True)


def _relative_rate(r: "GoalReader", data: dict, target: dict, start: Quantity | None) -> tuple[dict, Quantity]:
    """« augmenter le taux d'occupation de 10 % »: a rate moves from its starting value (the
    user's, else one to give) to the level the relative change leads to, in points."""
    base = start if start is not None and start.unit == "%" else \
        Quantity(data["default"].get("from", rewrite_data()["rate_measure_default"]["default"]["from"]), "%", True)
    end = round(base.value * (1 + target["value"] / 100), 1)
    r.notes.append(note("rate_relative", change=percent(target["value"]), points=percent(end - base.value)))
    said = percent(target["value"]) + rewrite_data()["percent_sign"]
    return {**target, "kind": "level", "value": end, "placeholder": base.placeholder, "said": said}, base


def _rating(folded: str) -> bool:
    """« mieux noté », « 4,2 étoiles », « note Google »: the goal speaks of a rating."""
    w = rewrite_data()["rating"]
    folded = re.sub(w["not_rating"], "", folded)
    return re.search(r"(?<![\w])(?:" + "|".join(w["words"]) + r")(?![\w])", folded) is not None


def _rating_target(r: "GoalReader") -> tuple[dict, Quantity]:
    """A rating moves on its own scale (the « sur N » said, else five stars) from the value
    the user states, else from a placeholder: « de 4,2 à [4,6] étoiles »."""
    w = rewrite_data()["rating"]
    said = re.search(w["scale_said"], r.folded)
    scale = w["scales"].get(int(said.group(1)) if said else w["default_scale"]) or w["scales"][w["default_scale"]]
    base = r.a.baseline.value if r.a.baseline is not None and r.a.baseline.unit is None else None
    if base is None and re.search(w["value_said"], r.folded):
        base = float(re.search(w["value_said"], r.folded).group(1).replace(",", "."))
    known = base is not None and 0 < base < scale["top"]
    start = Quantity(base, None) if known else Quantity(scale["from"], None, True)
    end = round(min(start.value + scale["step"], scale["top"]), 1)
    r.notes.append(note("target_default"))
    return {"kind": "level", "value": end, "unit": scale["unit"], "period": None, "placeholder": True}, start


def _score(noun: Noun) -> bool:
    """« note moyenne », « NPS »: the user names a score, not a rate or a count."""
    return fold(noun.text).split(" ")[0] in rewrite_data()["score_words"]


def user_amount(r: "GoalReader", target: dict) -> str | None:
    """« 10 000 € de paniers validés »: the user's own words after an amount name what it counts."""
    t = r.a.targets[0] if r.a.targets else None
    if t is None or target["kind"] != "level" or t.unit not in MONEY:
        return None
    m = re.match(r" (?:de |d')", r.folded[t.end:])
    if not m:
        return None
    ws, we = r.window(t.end + m.end() - 1)
    words = r.said_words(t.end + 1, we) if we > ws else ""
    if words:
        r.kept.append((t.end, we))
    return words or None


def relative_start(r: "GoalReader", plan: GoalPlan, kpi_id: str) -> None:
    """A relative change names what it is compared with: a starting value, or for revenue a
    period; a counted starting value says what it counts."""
    kind = plan.target["kind"]
    if kind in ("percent_change", "factor", "delta") and plan.start is None and not (r.counted and kind == "delta"):
        _compared(r, plan, kpi_id)
        plan.start_words = start_words(r, plan, kpi_id)
    elif plan.start is not None and not plan.start_words:  # the user's own start: its head noun
        plan.start_words = _counted_head(plan.kpi, whole=False)


def _compared(r: "GoalReader", plan: GoalPlan, kpi_id: str) -> None:
    said = r.comparison()
    if said:
        plan.comparison = said
    elif plan.family == "money":
        ref, d = r.a.ref_date, r.a.deadline
        end = d.date if d and d.date > ref else default_date(ref, defaults.deadline_months(r.a))
        period = rewrite_data()["comparison_default"].format(year=end.year - 1)
        plan.comparison = bracket(period)
        r.notes.append(note("baseline_asked", what=period))
    else:
        plan.start = defaults.start_for(None if r.unknown else kpi_id, plan.target, r.measure)
        r.notes.append(note("baseline_asked", what=plan.kpi.text))


def start_words(r: "GoalReader", plan: GoalPlan, kpi_id: str) -> str:
    """« contre [3 000] visites par mois aujourd'hui », « contre [100] bénévoles aujourd'hui »:
    what a counted starting value counts (the head of the user's noun, without « nouveaux »:
    what is new today is counted by the change), over the KPI's period when it is a flow."""
    if plan.start is None or plan.start.unit is not None:
        return ""
    counted = _counted_head(plan.kpi, whole=plan.family == "count" and not r.unknown)
    if plan.family != "count" or r.unknown:
        return counted
    data = r.kpi_words(kpi_id)
    period = data["default"].get("period")
    if counted:  # « +30 % de patients »: a flow's start is counted over its period too
        flow = period and plan.target["kind"] in ("percent_change", "factor") and not plan.target.get("period") \
            and defaults.period_after(fold(counted), 0) is None and not over_event(r.a, r.folded)
        return f"{counted} {rewrite_data()['periods'][period]}" if flow else counted
    noun = Noun(*data.get("count_noun", data["noun"]))
    return f"{noun.text} {rewrite_data()['periods'][period]}" if period else noun.text


def _counted_head(kpi: Noun, whole: bool) -> str:
    """« nouveaux adhérents » → « adhérents », « nombre de bénévoles pour la collecte » →
    « bénévoles »: the noun a count is said in, up to its head (``whole``: a KPI's plural
    noun with all its words, « demandes de démo »)."""
    words = kpi.text.split(" ")
    count = rewrite_data()["user_phrase"]["count_noun"]
    if fold(words[0]) == count and len(words) > 2 and fold(words[1]) in ("de", "d'"):
        words, whole = words[2:], False
    elif kpi.number != "p":
        return ""
    drop, w = load("word_forms")["pre_adjectives"], rewrite_data()["start_words"]
    while len(words) > 1 and fold(words[0]) in drop:
        words = words[1:]
    if whole:  # « meules supplémentaires via la boutique » → « meules »: what is counted, not where
        cut = next((i for i, x in enumerate(words[1:], 1) if fold(x) in w["stops"] + w["additive"]), len(words))
        return " ".join(words[:cut])
    if noun_form(fold(words[0])) is None or not fold(words[0]).endswith(("s", "x")):
        return ""
    named = next((i for i, w in enumerate(words[1:], 1) if not w[:1].isupper()), len(words))
    return " ".join(words[:named])  # « avis Google »: a name after the noun stays
