"""``extract.scan``: one pass over the text finds what one ``finditer`` per pattern finds,
and the guard on each pattern's first characters never hides one of its matches."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smart_nlp.extract.scan import FirstOf, WordPatterns, alternatives, first_chars
from smart_nlp.lang.fr import load
from smart_nlp.text import fold

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("pattern, chars", [
    ("abc", "a"),
    ("a|b|cd", "abc"),
    ("(?:le |la )?ventes?", "lv"),
    ("[a-c]x|d", "abcd"),
    ("(?<=sur )x|twitter", "xt"),
    ("(?<!de )telephone", "t"),
    ("c\\.a\\.?", "c"),
    ("(?:e-?)*mail", "em"),
])
def test_first_chars_of_a_pattern(pattern, chars):
    assert first_chars(pattern) == frozenset(chars)


@pytest.mark.parametrize("pattern", [r"\w+", r"\d", "[^a]b", ".x", "a?", "(?i:a)", "(?=a)", "a*"])
def test_first_chars_unknown_when_not_worked_out(pattern):
    assert first_chars(pattern) is None


def _one_finditer_each(patterns: list[str], text: str) -> list[tuple[int, int, int]]:
    """What the docstring of ``WordPatterns.each`` promises, found the slow way."""
    out = []
    for j, p in enumerate(patterns):
        out += [(m.start(), j, m.end()) for m in re.finditer(rf"(?<![\w])(?:{p})(?![\w])", text) if m.end() > m.start()]
    return sorted(out)


def _lexicon(name: str) -> list[str]:
    return ["|".join(entry["patterns"]) for entry in load(name).values()]


def _goals() -> list[str]:
    lines = (ROOT / "corpus" / "train.jsonl").read_text(encoding="utf-8").splitlines()
    return [fold(json.loads(line)["text"]) for line in lines if line.strip()]


@pytest.mark.parametrize("name", ["kpis", "channels"])
def test_one_pass_finds_what_each_pattern_finds(name):
    patterns = _lexicon(name)
    scan = WordPatterns(patterns)
    texts = _goals()
    assert sum(1 for t in texts for _ in scan.each(t)) > 300
    assert [t for t in texts if sorted(scan.each(t)) != _one_finditer_each(patterns, t)] == []


_SCANS = {name: (_lexicon(name), WordPatterns(_lexicon(name))) for name in ("kpis", "channels")}
_WORDS = sorted({w for t in _goals()[:200] for w in re.findall(r"[a-z'-]+", t)})


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=12), st.sampled_from(["kpis", "channels"]))
def test_one_pass_on_any_words(words, name):
    patterns, scan = _SCANS[name]
    text = " ".join(words)
    assert sorted(scan.each(text)) == _one_finditer_each(patterns, text)


def _own_goals() -> list[str]:
    """The speed work's own goals (tests/examples/fr/speed7.yaml), folded."""
    import yaml

    return [fold(t) for t in yaml.safe_load((ROOT / "tests/examples/fr/speed7.yaml").read_text(encoding="utf-8"))]


def _word_lists() -> dict[str, list[str]]:
    """Every word list read with ``WordPatterns``, as its patterns."""
    from smart_nlp.extract.time_grammar import grammar

    kinds = load("organisations")["kinds"].values()
    return {"kpis": _lexicon("kpis"), "channels": _lexicon("channels"),
            "sectors": list(load("means")["sectors"].values()),
            "organisations": [k["pattern"] for k in kinds], "members": [k["members"] for k in kinds if "members" in k],
            "time anchors": list(grammar().anchor_words)}


@pytest.mark.parametrize("name", list(_word_lists()))
def test_one_pass_on_own_goals(name):
    """On goals written for the speed work, sorting alternatives by their first character
    finds what one ``finditer`` per pattern finds, in every word list."""
    patterns = _word_lists()[name]
    scan = WordPatterns(patterns)
    texts = _own_goals() + [t.upper() for t in _own_goals()[:3]] + ["", " ", "(les ventes)", "ventes\n"]
    assert [t for t in texts if sorted(scan.each(t)) != _one_finditer_each(patterns, t)] == []


@pytest.mark.parametrize("pattern, parts", [
    ("a|b", ["a", "b"]),
    ("a|(?:b|c)|[|]", ["a", "(?:b|c)", "[|]"]),
    (r"x\|y|z", [r"x\|y", "z"]),
    ("[]|]|q", ["[]|]", "q"]),
    ("[^]|]|q", ["[^]|]", "q"]),
    ("(?<=sur )x|twitter", ["(?<=sur )x", "twitter"]),
])
def test_alternatives_split_at_the_top_level_only(pattern, parts):
    assert alternatives(pattern) == parts


def test_first_of_answers_what_asking_each_pattern_answers():
    """``FirstOf``: the first pattern in their order that matches, not the leftmost match."""
    rules = [(re.compile(r"(?<![\w])ventes?"), "sales"), (re.compile(r"(?<![\w])clients?"), "customers"),
             (re.compile(r"\d+ ?%"), "share")]
    first = FirstOf(rules)
    for text in _own_goals() + ["", "des clients puis des ventes", "20 % de clients"]:
        slow = next(((m.span(), v) for rx, v in rules if (m := rx.search(text))), None)
        fast = first.search(text)
        assert (fast and (fast[0].span(), fast[1])) == slow
        slow = next(((m.span(), v) for rx, v in rules if (m := rx.match(text))), None)
        fast = first.match(text)
        assert (fast and (fast[0].span(), fast[1])) == slow
    assert first.search("des clients puis des ventes")[1] == "sales"


def test_first_of_patterns_that_cannot_be_joined():
    """Two patterns naming the same group cannot be joined: each is then asked in turn."""
    first = FirstOf([(re.compile(r"(?P<n>\d+) ventes"), 1), (re.compile(r"(?P<n>\d+) clients"), 2)])
    assert first.search("300 clients")[1] == 2 and first.search("rien") is None


def test_first_of_a_word_start_binds_to_the_first_alternative_only():
    """« (?<![\\w])vente|clients »: the second alternative matches inside a word too, as
    the pattern asked alone would."""
    rules = [(re.compile(r"(?<![\w])vente|clients"), "a"), (re.compile(r"(?<![\w])(?:panier|trafic)$"), "b")]
    first = FirstOf(rules)
    assert first.search("nosclients")[1] == "a" and first.search("avente") is None
    assert first.search("le trafic")[1] == "b" and first.search("le trafic web") is None


def test_the_pass_over_the_text_enters_no_group():
    """The engine clears every mark up to the highest group it enters: a named group per
    pattern in the pattern run at every word start made each one cost as much as the whole
    list (issue 10). Groups are only in the patterns asked where a match starts."""
    scan = WordPatterns(_lexicon("kpis"))
    assert scan._starts.groups == 0
    assert list(scan.each(fold("le chiffre d'affaires et les ventes"))) != []
