"""The guard on the rewrite: a misread goal gets a placeholder or an honest note, never a broken sentence."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import smart_nlp.conclude as conclude_module
from conftest import load_examples
from smart_nlp.advise.check import cut_phrase, fault, noun_phrase_fault
from smart_nlp.advise.proposal import uncut
from smart_nlp.lang.fr import load
from smart_nlp.text import typography

TABLE = load_examples("rewrite_guard")
ROOT = Path(__file__).resolve().parent.parent
_NARROW_NOTE_END = typography(load("guard")["notes"]["narrow_unread"].split("{slot}")[1])


def _plain(text: str) -> str:
    return re.sub("[\u00a0\u202f]", " ", text)


GOALS = [pytest.param(c, id=f"{i:02d}-{c['text'][:40]}") for i, c in enumerate(TABLE["goals"])]


@pytest.mark.parametrize("case", GOALS)
def test_the_guard_keeps_fixes_or_withholds_the_rewrite(analyzer, case):
    a = analyzer.analyze(case["text"], "2026-12-07")
    assert a.is_goal
    if case["rewrite"] == "none":
        assert a.suggestion is None and len(a.suggestion_notes) == 1
        assert all(part in _plain(a.suggestion_notes[0]) for part in case["note"])
        assert not any(part in _plain(a.suggestion_notes[0]) for part in case.get("lacks_note", []))
        assert a.suggestion_notes[0] in a.warnings
        return
    assert a.suggestion is not None
    suggestion = _plain(a.suggestion)
    narrowing_replaced = any(n.endswith(_NARROW_NOTE_END) for n in a.suggestion_notes)
    assert narrowing_replaced == (case["rewrite"] == "placeholder")
    assert not narrowing_replaced or "[cible à préciser]" in suggestion
    assert all(part in suggestion for part in case.get("has", []))
    assert not any(part in suggestion for part in case.get("lacks", []))


@pytest.mark.parametrize("case", [pytest.param(c, id=c["text"]) for c in TABLE["phrases"]])
def test_a_slot_of_user_words_must_be_a_noun_phrase(case):
    assert noun_phrase_fault(case["text"]) == case["fault"]


@pytest.mark.parametrize("case", [pytest.param(c, id=c["text"]) for c in TABLE["cut"]])
def test_a_kpi_phrase_cut_on_a_preposition_is_found_and_proposed_up_to_its_cut(case):
    assert cut_phrase(case["text"]) == case["cut"]
    assert uncut(case["text"]) == case["kept"]


def _variants(text: str) -> list[str]:
    """The goal as written, in lower case, and behind a heading."""
    return [text, text.lower(), "Objectif : " + text]


@pytest.fixture(scope="module")
def advised(analyzer):
    """Every (analysis, advice) the corpus goals and their variants produce."""
    seen, advise = [], conclude_module.advise

    def spy(a, facts):
        advice = advise(a, facts)
        seen.append((a, advice, facts))
        return advice

    conclude_module.advise = spy
    try:
        for name in ("train", "dev"):
            for line in (ROOT / "corpus" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
                if line.strip():
                    ex = json.loads(line)
                    for text in _variants(ex["text"]):
                        analyzer.analyze(text, ex["ref_date"])
    finally:
        conclude_module.advise = advise
    return seen


def test_every_rewrite_passes_the_guards_own_checks(advised):
    failing = [(a.text, advice.suggestion, fault(a, advice, facts)) for a, advice, facts in advised
               if advice.suggestion is not None and fault(a, advice, facts) is not None]
    assert len(advised) > 1000 and failing == []


def test_a_withheld_rewrite_is_still_a_goal_with_a_note(advised):
    withheld = [advice for _, advice, _ in advised if advice.suggestion is None and advice.plan is not None]
    assert all(len(advice.notes) == 1 for advice in withheld)
