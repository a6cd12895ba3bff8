"""Filling a rewrite's placeholders the way a user would, for the rewrite tests."""
from __future__ import annotations

import re
from pathlib import Path

import yaml

_FILLS = yaml.safe_load((Path(__file__).parent / "examples" / "fr" / "rewrite_fills.yaml").read_text(encoding="utf-8"))
PLACEHOLDER = re.compile(r"\[([^\[\]]+)\]")


def fill(suggestion: str) -> str:
    """Neutral slots get a plausible value; concrete proposals lose their brackets."""
    return PLACEHOLDER.sub(lambda m: _FILLS.get(m.group(1), m.group(1)), suggestion)
