"""Every example table of tests/examples/fr, one test per sentence."""
from __future__ import annotations

import pytest

from conftest import REF_DATE, example_params, load_examples


def _analyze(analyzer, example):
    return analyzer.analyze(example["text"], example.get("ref_date", REF_DATE)).to_dict()


def _norm_targets(targets):
    return [(t["kind"], round(float(t["value"]), 4), t["unit"], t["period"]) for t in targets]


@pytest.mark.parametrize("example", example_params("deadlines"))
def test_deadline(analyzer, example):
    got = _analyze(analyzer, example)["deadline"]
    expected = example["date"]
    assert (got["date"] if got else None) == (str(expected) if expected else None)
    if expected and example.get("span"):
        assert got["text"] == example["span"]


@pytest.mark.parametrize("example", example_params("quantities"))
def test_quantities(analyzer, example):
    got = _analyze(analyzer, example)
    assert _norm_targets(got["targets"]) == _norm_targets(example["targets"])
    base = example.get("baseline")
    if base is None:
        assert got["baseline"] is None
    else:
        assert got["baseline"] is not None
        assert round(float(got["baseline"]["value"]), 4) == round(float(base["value"]), 4)
        assert got["baseline"]["unit"] == base.get("unit")
        assert got["baseline"]["period"] == base.get("period")


@pytest.mark.parametrize("example", example_params("channels"))
def test_channels(analyzer, example):
    assert _analyze(analyzer, example)["channels"] == example["channels"]


@pytest.mark.parametrize("example", example_params("kpis"))
def test_kpi(analyzer, example):
    assert _analyze(analyzer, example)["kpi"] == example["kpi"]


@pytest.mark.parametrize("example", example_params("means"))
def test_means(analyzer, example):
    got = _analyze(analyzer, example)
    assert [m["text"] for m in got["means"]] == example["means"]
    assert bool(got["facts"]["nil_means"]) == example.get("nil_means", False)


@pytest.mark.parametrize("example", example_params("funnel"))
def test_funnel(analyzer, example):
    assert _analyze(analyzer, example)["funnel"] == example["funnel"]


def _fields(got):
    """Targets as sorted (kind, value, unit, period) rows, baseline as (value, unit, period), deadline date."""
    base, deadline = got["baseline"], got["deadline"]
    return {"targets": sorted(_norm_targets(got["targets"])),
            "baseline": None if base is None else (round(float(base["value"]), 4), base["unit"], base["period"]),
            "deadline": deadline["date"] if deadline else None}


def _expected(example):
    """The same fields from a table row: targets [kind, value, unit, period], baseline [value, unit, period]."""
    base = example["baseline"]
    return {"targets": sorted((k, round(float(v), 4), u, p) for k, v, u, p in example["targets"]),
            "baseline": None if base is None else (round(float(base[0]), 4), *base[1:]),
            "deadline": str(example["deadline"]) if example.get("deadline") else None}


def _assert_targets_and_baseline(got, example):
    """Targets as [kind, value, unit, period] rows in any order; baseline as [value, unit, period]."""
    fields, expected = _fields(got), _expected(example)
    assert (fields["targets"], fields["baseline"]) == (expected["targets"], expected["baseline"])


@pytest.mark.parametrize("example", example_params("target_roles"))
def test_target_roles(analyzer, example):
    """Which numbers are targets, which is the current value, and whether means are stated."""
    got = _analyze(analyzer, example)
    _assert_targets_and_baseline(got, example)
    assert bool(got["means"]) == example["has_means"]


@pytest.mark.parametrize("example", example_params("voices_dates_channels"))
def test_voice_deadline(analyzer, example):
    got = _analyze(analyzer, example)["deadline"]
    expected = example["deadline"]
    assert (got["date"] if got else None) == (str(expected) if expected else None)



@pytest.mark.parametrize("example", example_params("voices_dates_channels"))
def test_voice_channels(analyzer, example):
    assert _analyze(analyzer, example)["channels"] == example["channels"]


@pytest.mark.parametrize("example", example_params("targets_others"))
def test_targets_others(analyzer, example):
    """Targets and the stated current value as other people write them."""
    _assert_targets_and_baseline(_analyze(analyzer, example), example)


VOICES6_FLOORS = {"targets": 0.97, "baseline": 0.94, "deadline": 0.96}


@pytest.mark.parametrize("field", sorted(VOICES6_FLOORS))
def test_targets_voices6_stay_above_their_floor(analyzer, field):
    """The own set in new voices (targets_voices6.yaml, main scored targets 0.828, baseline 0.869,
    deadline 0.960 when it was frozen) is a measure, not a list to fit: a floor per field, a
    little under the figures measured once the session's work was done."""
    examples = load_examples("targets_voices6")
    wrong = [e["text"] for e in examples if _fields(_analyze(analyzer, e))[field] != _expected(e)[field]]
    assert 1 - len(wrong) / len(examples) >= VOICES6_FLOORS[field], f"{field} wrong on: {wrong}"


@pytest.mark.parametrize("example", example_params("target_roles_late6"))
def test_numbers_that_are_not_targets(analyzer, example):
    """Clock times, hall numbers, an item's own size, pay, the organisation's size in
    parentheses, a voted budget: no target; « présentement », « à peu près »: the baseline."""
    _assert_targets_and_baseline(_analyze(analyzer, example), example)


@pytest.mark.parametrize("example", example_params("kpis_late6"))
def test_seat_subscribers_and_resellers(analyzer, example):
    """Season and seat subscribers, a mutual's members and resellers are customers."""
    assert _analyze(analyzer, example)["kpi"] == example["kpi"]


TARGETS7_FLOORS = {"targets": 0.94, "baseline": 0.97, "deadline": 0.97, "has_means": 0.94, "kpi": 0.83}


def _targets7_field(got, example, field):
    """(got, expected) of one field of a targets7.yaml row."""
    if field in ("targets", "baseline", "deadline"):
        return _fields(got)[field], _expected(example)[field]
    if field == "has_means":
        return bool(got["means"]), example["has_means"]
    return got["kpi"], example["kpi"]


@pytest.mark.parametrize("field", sorted(TARGETS7_FLOORS))
def test_targets7_stay_above_their_floor(analyzer, field):
    """The own set of session 7 on the families README listed as not understood (ordinal
    periods, events, means before « pour atteindre » or before the figure, ratios, persuading
    verbs, new accounts, emoji, « après N en 2026 », pay), frozen before the work at targets
    0.750, baseline 0.889, deadline 0.917, has_means 0.833, kpi 0.667: a floor per field, a
    little under the figures measured once the work was done."""
    examples = load_examples("targets7")
    wrong = [e["text"] for e in examples if (pair := _targets7_field(_analyze(analyzer, e), e, field))[0] != pair[1]]
    assert 1 - len(wrong) / len(examples) >= TARGETS7_FLOORS[field], f"{field} wrong on: {wrong}"


TARGETS7B_FLOORS = {"targets": 0.93, "baseline": 0.95, "deadline": 0.95, "has_means": 0.97, "kpi": 0.88}


@pytest.mark.parametrize("field", sorted(TARGETS7B_FLOORS))
def test_targets7b_stay_above_their_floor(analyzer, field):
    """The own set of helper targets7b (subject-led means before « pour atteindre », targets
    inside « pour que », windows of measure, thanks before a goal, KPI words: résas,
    exposants, révisions, comptes, abonnés au forfait, gagner la confiance, TPE), frozen before the work at
    targets 0.795, baseline 0.955, deadline 0.932, has_means 0.841, kpi 0.591: a floor per
    field, a little under the figures measured once the work was done."""
    examples = load_examples("targets7b")
    wrong = [e["text"] for e in examples if (pair := _targets7_field(_analyze(analyzer, e), e, field))[0] != pair[1]]
    assert 1 - len(wrong) / len(examples) >= TARGETS7B_FLOORS[field], f"{field} wrong on: {wrong}"


@pytest.mark.parametrize("example", example_params("targets7b_fixes"))
def test_targets7b_fixes(analyzer, example):
    """One case per family fixed by helper targets7b: each field the case names is exact."""
    got, full = _analyze(analyzer, example), {"targets": [], "baseline": None, "deadline": None, **example}
    for field in ("targets", "baseline", "deadline", "has_means", "kpi"):
        if field in example:
            pair = _targets7_field(got, full, field)
            assert pair[0] == pair[1], (field, example["text"])


TARGETS8_FLOORS = {"targets": 0.97, "baseline": 0.92, "deadline": 0.95, "has_means": 0.89, "kpi": 0.88}


@pytest.mark.parametrize("field", sorted(TARGETS8_FLOORS))
def test_targets8_stay_above_their_floor(analyzer, field):
    """The own set of helper targets8 on issue 10's families (results already reached, job-ad
    profiles, questions, rhythms/discounts/costs/prices of means, bracketed current values,
    second targets, « reste N à signer », KPI words), frozen before the work at targets 0.574,
    baseline 0.779, deadline 0.912, has_means 0.853, kpi 0.750: a floor per field, a little
    under the figures measured once the work was done."""
    examples = load_examples("targets8")
    wrong = [e["text"] for e in examples if (pair := _targets7_field(_analyze(analyzer, e), e, field))[0] != pair[1]]
    assert 1 - len(wrong) / len(examples) >= TARGETS8_FLOORS[field], f"{field} wrong on: {wrong}"


@pytest.mark.parametrize("example", example_params("targets8_fixes"))
def test_targets8_fixes(analyzer, example):
    """One case or more per family fixed by helper targets8: each field the case names is exact."""
    got, full = _analyze(analyzer, example), {"targets": [], "baseline": None, "deadline": None, **example}
    for field in ("targets", "baseline", "deadline", "has_means", "kpi"):
        if field in example:
            pair = _targets7_field(got, full, field)
            assert pair[0] == pair[1], (field, example["text"])
