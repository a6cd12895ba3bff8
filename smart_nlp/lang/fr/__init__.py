"""Load the French language data files, once, with a light integrity check."""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

CHANNEL_IDS = (
    "linkedin facebook instagram tiktok youtube x pinterest snapchat social blog seo sea "
    "social_ads display email sms website marketplace app phone events webinar podcast "
    "influence affiliation referral press store partnerships"
).split()
KPI_IDS = (
    "revenue sales leads customers conversion_rate traffic followers engagement reach "
    "retention satisfaction acquisition_cost roi click_rate open_rate subscribers "
    "downloads average_order ranking market_share"
).split()
FUNNEL_STAGES = ("see", "think", "do", "care")

_REQUIRED_IDS = {"channels": CHANNEL_IDS, "kpis": KPI_IDS}


@lru_cache(maxsize=None)
def load(name: str) -> Any:
    """Read ``fr/<name>.yaml``; lexicons must cover exactly the SPEC ids."""
    with resources.files(__package__).joinpath(f"{name}.yaml").open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    expected = _REQUIRED_IDS.get(name)
    if expected is not None and set(data) != set(expected):
        raise ValueError(f"lang/fr/{name}.yaml: ids {sorted(set(data) ^ set(expected))} do not match SPEC")
    return data


def alternation(patterns: list[str] | dict) -> str:
    """One regex alternative group, longest patterns first so the longest wins."""
    items = sorted(patterns, key=len, reverse=True)
    return "(?:" + "|".join(items) + ")"


def word_regex(patterns: list[str] | dict) -> re.Pattern:
    """Compile patterns so they only match whole words of folded text."""
    return re.compile(r"(?<![\w])" + alternation(patterns) + r"(?![\w])")
