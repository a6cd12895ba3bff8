"""Shared fixtures: one analyzer for the session, the SPEC reference date."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

REF_DATE = date(2026, 1, 15)
EXAMPLES = Path(__file__).parent / "examples" / "fr"


def load_examples(name: str) -> list[dict]:
    """A Duckling-style table: French sentence → expected normalized value."""
    return yaml.safe_load((EXAMPLES / f"{name}.yaml").read_text(encoding="utf-8"))


def example_params(name: str) -> list:
    return [pytest.param(e, id=f"{i:03d}-{e['text'][:40]}") for i, e in enumerate(load_examples(name))]


@pytest.fixture(scope="session")
def analyzer():
    from smart_nlp import Analyzer

    return Analyzer()
