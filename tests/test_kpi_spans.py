"""Goal → properties of its rewrite's KPI phrase (tests/examples/fr/kpi_spans.yaml): the
user's own noun phrase, cleaned, each narrowing said once, no emoji, hashtag or cut glue."""
from __future__ import annotations

import re
import unicodedata

import pytest

from conftest import load_examples
from smart_nlp.advise.wellformed import cut_phrase, repeated

CASES = load_examples("kpi_spans")


def faults(suggestion: str | None, case: dict) -> list[str]:
    """What the rewrite of ``case`` gets wrong in its KPI phrase (empty when all holds)."""
    if suggestion is None:
        return ["withheld"]
    text = re.sub("[\u00a0\u202f]", " ", suggestion)
    out = [f"lacks {p!r}" for p in case.get("has", []) if p not in text]
    out += [f"not once {p!r}" for p in case.get("once", []) if text.count(p) != 1]
    out += [f"holds {p!r}" for p in case.get("lacks", []) if p in text]
    if "#" in text or any(unicodedata.category(ch) == "So" for ch in text):
        out.append("emoji or hashtag")
    if repeated(text) or cut_phrase(text.split(" d'ici ")[0].split(",")[0]):
        out.append("glue")
    return out


def fact_faults(suggestion: str | None, case: dict) -> list[str]:
    """The user's figures lost or put in another role (``facts`` of the case)."""
    text = re.sub("[\u00a0\u202f]", " ", suggestion or "")
    facts = case.get("facts", {})
    return [f"lacks {p!r}" for p in facts.get("has", []) if p not in text] + \
        [f"holds {p!r}" for p in facts.get("lacks", []) if p in text]


@pytest.mark.parametrize("case", [pytest.param(c, id=f"{i:02d}-{c['text'][:40]}") for i, c in enumerate(CASES)
                                  if "family" not in c])
def test_rewrite_says_the_users_noun_phrase_once(analyzer, case):
    a = analyzer.analyze(case["text"], "2026-12-07")
    assert faults(a.suggestion, case) == [], a.suggestion
