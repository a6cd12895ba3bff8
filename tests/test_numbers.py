"""Reading amounts (tests/examples/fr/numbers.yaml) and never failing on any text."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import example_params
from smart_nlp.extract.facts import extract
from smart_nlp.extract.numbers import find_numbers
from smart_nlp.extract.reading import parse_words, read_digits
from smart_nlp.text import fold


@pytest.mark.parametrize("example", example_params("numbers"))
def test_amounts(example):
    got = [[round(m.value, 4), m.extra["unit"]] for m in find_numbers(fold(example["text"]), example.get("locale"))]
    assert got == [[round(float(v), 4), u] for v, u in example["amounts"]]


@pytest.mark.parametrize("raw", ["1" + "0" * 309, "9" * 16, "1e400", "nan", "inf", "1.2.3,4,5", "'''", ",", ""])
def test_absurd_digits_are_no_number(raw):
    assert read_digits(raw) is None


@pytest.mark.parametrize("raw", ["cent " * 50, "mille mille mille", "et demi", "virgule", "un", "demi-rien"])
def test_absurd_words_are_no_number(raw):
    assert parse_words(raw) is None


_PIECES = st.sampled_from(["1", "0", "9", " ", ".", ",", "'", "’", "\u202f", "%", "€", "$", "k", "M", "Md", "^",
                           "e", "-", "+", "x", "h", "min", " et demi", " virgule ", "deux", "mille", "millions",
                           "billions", "douzaine", "demi-", "pour cent", "CAD", "contre", "de", "à", "par mois"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_reading_any_string_never_raises(text):
    folded = fold(text)
    for m in find_numbers(folded, "fr-CA"):
        assert m.value == m.value and abs(m.value) <= 1e15
    extract("Atteindre " + text)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=120))
def test_extracting_any_text_never_raises(text):
    extract(text)


@pytest.mark.parametrize("text", ["Atteindre " + "500 ventes " * 450, "Atteindre " + "1 " * 2000,
                                  "Vendre " + "deux " * 900 + "paniers", "Atteindre " + "1" * 5000 + " ventes"])
def test_long_runs_are_read(text):
    facts = extract(text)
    assert all(t.value == t.value for t in facts.targets)
