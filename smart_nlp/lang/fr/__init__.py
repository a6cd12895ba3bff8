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
# libyaml's parser when PyYAML was built with it: the same data, eight times faster to read,
# which is most of what loading the language data costs at each start of the command line.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@lru_cache(maxsize=None)
def load(name: str) -> Any:
    """Read ``fr/<name>.yaml``; lexicons must cover exactly the SPEC ids."""
    with resources.files(__package__).joinpath(f"{name}.yaml").open(encoding="utf-8") as fh:
        data = yaml.load(fh, Loader=_LOADER)
    expected = _REQUIRED_IDS.get(name)
    if expected is not None and set(data) != set(expected):
        raise ValueError(f"lang/fr/{name}.yaml: ids {sorted(set(data) ^ set(expected))} do not match SPEC")
    return data


def message(name: str, key: str, /, **fields: Any) -> str:
    """The template at ``key`` (dotted: ``"errors.empty"``) of ``fr/<name>.yaml``, filled with
    ``fields`` by ``str.format`` (so ``{{`` and ``}}`` are literal braces in every template).

    A template that depends on a count is a mapping of forms chosen by the field ``n``:
    ``zero`` (if given) for 0, ``one`` up to 1 (French: « 0 fichier », « 1 fichier »), ``many``.
    """
    node = load(name)
    for part in key.split("."):
        node = node[part]
    if isinstance(node, dict):
        n = fields["n"]
        node = node["zero"] if n == 0 and "zero" in node else node["one"] if n <= 1 else node["many"]
    return node.format(**fields)


def alternation(patterns: list[str] | dict) -> str:
    """One regex alternative group, longest patterns first so the longest wins."""
    items = sorted(patterns, key=len, reverse=True)
    return "(?:" + "|".join(items) + ")"


def word_regex(patterns: list[str] | dict) -> re.Pattern:
    """Compile patterns so they only match whole words of folded text."""
    return re.compile(r"(?<![\w])" + alternation(patterns) + r"(?![\w])")


@lru_cache(maxsize=64)
def word_pattern(pattern: str) -> re.Pattern:
    """``word_regex`` of one pattern read from yaml at call time, compiled once."""
    return word_regex([pattern])


class WordTable:
    """A distilled word list (``word`` or ``word<TAB>fields`` per line, ``#`` comments
    first) kept as one string: loading it allocates nothing per word, which matters on a
    cold start. ``build_neighbours.py`` writes the words sorted, so a lookup bisects the
    lines (a substring search over the whole text cost 0.1 ms for a word not listed)."""

    def __init__(self, text: str):
        self._text = "\n" + text + "\n"

    def get(self, word: str) -> list[str] | None:
        """The fields after ``word`` (empty for a bare word), or None when it is not listed."""
        text = self._text
        lo, hi = 1, len(text)  # the lines starting in [lo, hi) may hold the word
        while lo < hi:
            mid = (lo + hi) // 2
            start = text.rfind("\n", 0, mid) + 1  # the line holding position mid
            end = text.index("\n", start)
            tab = text.find("\t", start, end)
            key = text[start:end if tab < 0 else tab]
            if key == word:
                return [] if tab < 0 else text[tab + 1:end].split("\t")
            if key < word:
                lo = end + 1
            else:
                hi = start
        return None

    def __contains__(self, word: str) -> bool:
        return self.get(word) is not None


@lru_cache(maxsize=1)
def verb_forms() -> dict[str, str]:
    """Folded verb form → « inf » or « 3pl » (``verb_forms.tsv``, distilled offline from
    spaCy's lemma table by ``build_verb_forms``)."""
    text = resources.files(__package__).joinpath("verb_forms.tsv").read_text(encoding="utf-8")
    return dict(line.split("\t", 1) for line in text.splitlines() if line)


@lru_cache(maxsize=None)
def word_table(name: str) -> WordTable:
    """``fr/<name>`` (a .tsv or .txt file written by build_neighbours.py), or an empty table."""
    path = resources.files(__package__).joinpath(name)
    return WordTable(path.read_text(encoding="utf-8") if path.is_file() else "")
