"""Filling a rewrite's placeholders the way a user would, for the rewrite tests."""
from __future__ import annotations

import re
from pathlib import Path

import yaml

_FILLS = yaml.safe_load((Path(__file__).parent / "examples" / "fr" / "rewrite_fills.yaml").read_text(encoding="utf-8"))
PLACEHOLDER = re.compile(r"\[([^\[\]]+)\]")
_PROPOSAL = re.compile("Proposition[\u00a0\u202f ]: «[\u00a0\u202f ](.*?)[\u00a0\u202f ]»")


def fill(suggestion: str) -> str:
    """Neutral slots get a plausible value; concrete proposals lose their brackets."""
    return PLACEHOLDER.sub(lambda m: _FILLS.get(m.group(1), m.group(1)), suggestion)


def shown(a) -> str:
    """The sentence the user sees: the rewrite, else the proposal of a withheld one, with
    its no-break spaces made plain for the tests' substrings."""
    text = a.suggestion
    if text is None:
        found = [m.group(1) for m in map(_PROPOSAL.search, a.suggestion_notes) if m]
        text = found[0] if found else ""
    return re.sub("[\u00a0\u202f]", " ", text)
