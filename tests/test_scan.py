"""``extract.scan``: one pass over the text finds what one ``finditer`` per pattern finds,
and the guard on each pattern's first characters never hides one of its matches."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smart_nlp.extract.scan import WordPatterns, first_chars
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
