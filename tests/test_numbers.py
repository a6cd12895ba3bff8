"""Reading amounts (tests/examples/fr/numbers.yaml) and never failing on any text."""
from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import smart_nlp
from conftest import example_params, load_examples
from smart_nlp import Analyzer
from smart_nlp.extract import proportions, quantities, roles
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


@pytest.mark.parametrize("example", example_params("quantities"))
def test_quantity_rule_names(example):
    """Each form has one home: the named rule that reads it."""
    facts = extract(example["text"])
    expected = [t.get("rule") for t in example["targets"]]
    assert [t.rule if e else None for t, e in zip(facts.targets, expected)] == expected
    if (example.get("baseline") or {}).get("rule"):
        assert facts.baseline.rule == example["baseline"]["rule"]


@pytest.mark.parametrize("example", example_params("roles"))
def test_never_a_target(example):
    text, folded = example["text"], fold(example["text"])
    facts = extract(text)
    nums = [n for n in find_numbers(folded) if text[n.start:n.end] == example["number"]]
    assert len(nums) == 1
    blocked = [*facts.times, *facts.means, *facts.nil_means]
    assert roles.excluded(folded, nums[0], blocked) == example["rule"]
    in_targets = any(t.overlaps(nums[0].start, nums[0].end) for t in facts.targets)
    assert in_targets == (example["rule"] is None)


def test_every_rule_has_examples():
    examples = load_examples("quantities")
    used = {t.get("rule") for e in examples for t in e["targets"]} | {(e["baseline"] or {}).get("rule") for e in examples}
    used |= {e["rule"] for e in load_examples("roles")}
    named = {name for name, _ in quantities.RULES} | set(proportions.RULES) | {name for name, _ in roles.RULES}
    assert named - used == set()


@pytest.mark.parametrize("locale, unit", [("fr-CA", "CAD"), ("fr_CA", "CAD"), (None, "USD"), ("fr-FR", "USD")])
def test_locale_option_reads_a_bare_dollar(analyzer, locale, unit):
    goal = "Recueillir 30 000 $ de dons pour le refuge d'ici fin 2026"
    assert analyzer.analyze(goal, "2026-01-15", locale=locale).targets[0].unit == unit
    assert smart_nlp.analyze(goal, "2026-01-15", model="rules", locale=locale).targets[0].unit == unit
    assert next(iter(Analyzer("rules", locale=locale).pipe([goal], "2026-01-15"))).targets[0].unit == unit


def test_regressions_dot_plus_comma_never_stop_a_batch(analyzer):
    goals = ["Atteindre 6.700,54 € de ventes", "Lever 125.000,50 $ de dons", "Atteindre 300 ventes"]
    got = list(analyzer.pipe(goals, "2026-01-15"))
    assert [r.targets[0].value for r in got] == [6700.54, 125000.5, 300]


@pytest.mark.parametrize("extra, unit", [(["--locale", "fr-CA"], "CAD"), ([], "USD")])
def test_cli_locale_option(extra, unit):
    from typer.testing import CliRunner

    from smart_nlp.cli import app

    goal = "Recueillir 30 000 $ de dons pour le refuge d'ici fin 2026"
    result = CliRunner().invoke(app, ["analyze", goal, "--format", "json", "--ref-date", "2026-01-15", *extra])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["targets"][0]["unit"] == unit
