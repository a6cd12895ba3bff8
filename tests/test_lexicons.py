"""Integrity of the French language data (smart_nlp/lang/fr/*.yaml), in the spirit of
dateparser's language-data tests: every file loads, ids match the SPEC, every pattern
is a valid regular expression written for folded text, no pattern is ambiguous."""
from __future__ import annotations

import re
from collections import defaultdict
from datetime import date
from importlib import resources

import pytest
import yaml

from smart_nlp.lang.fr import CHANNEL_IDS, FUNNEL_STAGES, KPI_IDS, load, word_regex
from smart_nlp.text import fold

# SPEC section 4, copied here on purpose: the code's constants are checked against it.
SPEC_CHANNELS = {
    "linkedin", "facebook", "instagram", "tiktok", "youtube", "x", "pinterest", "snapchat", "social",
    "blog", "seo", "sea", "social_ads", "display", "email", "sms", "website", "marketplace", "app",
    "phone", "events", "webinar", "podcast", "influence", "affiliation", "referral", "press", "store",
    "partnerships",
}
SPEC_KPIS = {
    "revenue", "sales", "leads", "customers", "conversion_rate", "traffic", "followers", "engagement",
    "reach", "retention", "satisfaction", "acquisition_cost", "roi", "click_rate", "open_rate",
    "subscribers", "downloads", "average_order", "ranking", "market_share",
}
# SPEC section 5 (relevant): KPIs with business impact.
SPEC_BUSINESS_KPIS = {
    "revenue", "sales", "leads", "customers", "conversion_rate", "retention", "acquisition_cost",
    "roi", "average_order", "satisfaction", "market_share",
}
# SPEC section 4: funnel stage from the KPI (a cost per lead is « think »).
SPEC_FUNNEL = {
    "reach": "see", "followers": "see", "engagement": "see", "ranking": "see",
    "traffic": "think", "subscribers": "think", "click_rate": "think", "open_rate": "think",
    "leads": "think", "downloads": "think", "acquisition_cost": "think",
    "sales": "do", "revenue": "do", "conversion_rate": "do", "customers": "do",
    "average_order": "do", "roi": "do", "market_share": "do",
    "retention": "care", "satisfaction": "care",
}
SPEC_UNITS = {"%", "pt", "EUR", "USD", "CAD", "CHF", "GBP", "min", "h"}
SPEC_PERIODS = {"day", "week", "month", "quarter", "year"}
CRITERIA_NAMES = {"specific": "Spécifique", "measurable": "Mesurable", "achievable": "Atteignable",
                  "relevant": "Pertinent", "time_bound": "Temporel"}

LANG_DIR = resources.files("smart_nlp.lang.fr")
YAML_NAMES = sorted(p.name[:-5] for p in LANG_DIR.iterdir() if p.name.endswith(".yaml"))
LEXICONS = ("channels", "kpis")


def _strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, list):
        for x in obj:
            yield from _strings(x)
    elif isinstance(obj, dict):
        for x in obj.values():
            yield from _strings(x)


def regex_sources() -> list[tuple[str, str]]:
    """(where, pattern) for every regular expression matched on folded text."""
    out: list[tuple[str, str]] = []

    def add(where: str, items) -> None:
        out.extend((where, p) for p in items)

    for name in LEXICONS:
        for key, entry in load(name).items():
            add(f"{name}/{key}", entry["patterns"])
    for name in ("means", "relevance", "specificity"):
        for key, items in load(name).items():
            add(f"{name}/{key}", _strings(items))
    verbs = load("verbs")
    for key, items in verbs.items():
        add(f"verbs/{key}", items.keys() if isinstance(items, dict) else items)
    tw = load("time_words")
    for key, items in tw.items():  # word lists, and the keys of word → value maps
        nested = items.values() if key == "duration_units" else [items]
        for part in nested:
            add(f"time_words/{key}", list(part) if isinstance(part, dict) and key not in ("rentree", "fortnight")
                else _strings(part))
    num = load("numbers")
    for period, items in num["periods"].items():
        add(f"numbers/periods/{period}", items)
    for key in ("number_words", "time_nouns", "offer_nouns", "percent_descriptors", "size_nouns", "scales",
                "scale_words", "half_tail", "half_prefix", "collectives", "fractions", "after_year"):
        add(f"numbers/{key}", num.get(key, []))
    units = load("units")
    for key in ("currencies", "prefix_currencies", "units"):
        for unit, items in units[key].items():
            add(f"units/{key}/{unit}", items)
    for key in ("dollar", "canadian_context", "not_points", "seconds"):
        add(f"units/{key}", units[key])
    if "goal_cues" in YAML_NAMES:
        for key, items in load("goal_cues").items():
            if key != "labels":  # display names, not patterns
                add(f"goal_cues/{key}", _strings(items))
    return out


REGEXES = regex_sources()


@pytest.mark.parametrize("name", YAML_NAMES)
def test_every_yaml_file_loads(name):
    raw = yaml.safe_load(LANG_DIR.joinpath(f"{name}.yaml").read_text(encoding="utf-8"))
    assert isinstance(raw, dict) and raw, f"{name}.yaml is empty or not a mapping"
    assert load(name) == raw


def test_all_known_files_are_present():
    assert {"channels", "kpis", "language_id", "means", "messages", "numbers", "relevance",
            "specificity", "time_words", "units", "verbs"} <= set(YAML_NAMES)


def test_channel_ids_are_the_spec_ids():
    assert set(load("channels")) == SPEC_CHANNELS
    assert set(CHANNEL_IDS) == SPEC_CHANNELS and len(CHANNEL_IDS) == len(SPEC_CHANNELS)


def test_kpi_ids_are_the_spec_ids():
    assert set(load("kpis")) == SPEC_KPIS
    assert set(KPI_IDS) == SPEC_KPIS and len(KPI_IDS) == len(SPEC_KPIS)


@pytest.mark.parametrize("name", LEXICONS)
def test_lexicon_entries_have_a_label_and_patterns(name):
    for key, entry in load(name).items():
        assert isinstance(entry.get("label"), str) and entry["label"].strip(), key
        patterns = entry.get("patterns")
        assert isinstance(patterns, list) and patterns, key
        assert all(isinstance(p, str) and p for p in patterns), key


def test_every_pattern_compiles_and_never_matches_nothing():
    assert len(REGEXES) > 500
    broken, empty = [], []
    for where, pattern in REGEXES:
        try:
            rx = re.compile(pattern)
        except re.error as err:
            broken.append((where, pattern, str(err)))
            continue
        if rx.fullmatch("") is not None:
            empty.append((where, pattern))
    assert broken == []
    assert empty == []


@pytest.mark.parametrize("name", LEXICONS)
def test_lexicon_compiles_as_one_word_regex(name):
    for key, entry in load(name).items():
        rx = word_regex(entry["patterns"])
        assert rx.search("") is None, key


def test_patterns_are_written_for_folded_text():
    """Patterns run on folded text (lower case, no accents): a pattern with an accent or
    a capital letter (outside a backslash escape) can never match."""
    unfolded = []
    for where, pattern in REGEXES:
        bare = re.sub(r"\\.", "", pattern)
        if fold(bare) != bare:
            unfolded.append((where, pattern))
    assert unfolded == []


@pytest.mark.parametrize("name", LEXICONS)
def test_no_pattern_under_two_ids(name):
    owners: dict[str, set[str]] = defaultdict(set)
    for key, entry in load(name).items():
        for p in entry["patterns"]:
            owners[p].add(key)
    shared = {p: sorted(keys) for p, keys in owners.items() if len(keys) > 1}
    assert shared == {}


def test_no_verb_pattern_in_two_roles():
    verbs = load("verbs")
    owners: dict[str, set[str]] = defaultdict(set)
    for role in ("increase", "decrease", "level", "halving"):
        for p in verbs[role]:
            owners[p].add(role)
    for p in verbs["factor_words"]:
        owners[p].add("factor_words")
    assert {p: r for p, r in owners.items() if len(r) > 1} == {}


def test_no_rate_pattern_under_two_periods():
    owners: dict[str, set[str]] = defaultdict(set)
    for period, items in load("numbers")["periods"].items():
        for p in items:
            owners[p].add(period)
    assert {p: r for p, r in owners.items() if len(r) > 1} == {}


def test_every_kpi_has_a_funnel_stage_and_a_business_flag():
    assert set(FUNNEL_STAGES) == {"see", "think", "do", "care"}
    for key, entry in load("kpis").items():
        assert entry.get("funnel") in FUNNEL_STAGES, key
        assert isinstance(entry.get("business"), bool), key


def test_business_kpis_are_those_of_spec_section_5():
    business = {k for k, v in load("kpis").items() if v["business"] is True}
    assert business == SPEC_BUSINESS_KPIS


def test_default_funnel_stages_follow_spec_section_4():
    assert {k: v["funnel"] for k, v in load("kpis").items()} == SPEC_FUNNEL


def test_time_words_are_consistent():
    tw = load("time_words")
    assert set(tw["months"].values()) == set(range(1, 13))
    assert set(tw["ordinals"].values()) == {1, 2, 3, 4}
    for unit, months in tw["duration_units"]["months"].items():
        assert months in (1, 3, 6, 12), unit
    for unit, days in tw["duration_units"]["days"].items():
        assert days in (1, 7), unit
    for name, (month, day) in tw["holidays"].items():
        date(2024, month, day)  # a real day of the year (2024: 29 February exists)
    assert sorted(tw["weekdays"].values()) == list(range(7))
    assert set(tw["fortnight_halves"].values()) == {1, 2}
    bounds = sorted((date(2025, *s["start"]), date(2025, *s["end"])) for s in tw["seasons"].values())
    for (_, end), (start, _) in zip(bounds, bounds[1:]):
        assert (start - end).days == 1  # the seasons follow one another without gap or overlap


def test_numbers_map_to_spec_units_and_periods():
    num, units = load("numbers"), load("units")
    assert set(units["units"]) | set(units["currencies"]) | set(units["prefix_currencies"]) <= SPEC_UNITS
    assert set(num["periods"]) == SPEC_PERIODS
    assert all(isinstance(v, int) and v > 1 for v in num["scales"].values())
    assert all(0 < v < 1 for v in num["fractions"].values())


def test_messages_cover_criteria_periods_and_units():
    msg = load("messages")
    assert {k: v["name"] for k, v in msg["criteria"].items()} == CRITERIA_NAMES
    assert set(msg["periods"]) >= SPEC_PERIODS
    assert set(msg["units"]) >= SPEC_UNITS


def test_language_id_word_lists_are_disjoint():
    lang = load("language_id")
    assert lang["fr"] and lang["en"]
    assert set(lang["fr"]).isdisjoint(lang["en"])
