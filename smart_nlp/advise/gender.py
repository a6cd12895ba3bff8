"""The people a default means speaks of, in the user's gender: a hair salon that wants to
keep « ses clientes » is told to call « chaque cliente », not « chaque client »."""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang.fr import alternation
from ..text import fold
from .lexicon import rewrite_data


@lru_cache(maxsize=1)
def _rx() -> re.Pattern:
    f = rewrite_data()["feminine_people"]
    def words(d: dict) -> str:
        return alternation([re.escape(w) for w in d])
    return re.compile(r"(?<![\w])(" + words(f["determiners"]) + r") (?:(" + words(f["adjectives"]) + r") )?("
                      + words(f["nouns"]) + r")(?: (" + words(f["adjectives"]) + r"))?(?![\w])")


@lru_cache(maxsize=1)
def _pairs() -> tuple[tuple[str, str], ...]:
    """(masculine, feminine) people nouns that differ, folded."""
    nouns = rewrite_data()["feminine_people"]["nouns"]
    return tuple((fold(m), fold(f)) for m, f in nouns.items() if m != f)


@lru_cache(maxsize=256)  # asked once per default means of one goal
def feminine(folded: str) -> bool:
    """Whether the goal speaks of its people in the feminine only (« les clientes »)."""
    said = set(re.findall(r"\w+", folded))
    return any(f in said for _, f in _pairs()) and not any(m in said for m, _ in _pairs())


def in_gender(text: str, folded_goal: str) -> str:
    """``text`` with its people in the feminine when the goal names them so."""
    if not feminine(folded_goal):
        return text
    f = rewrite_data()["feminine_people"]

    def swap(m: re.Match) -> str:
        det, pre, noun, post = m.groups()
        out = [f["determiners"][det], f["adjectives"].get(pre) if pre else None, f["nouns"][noun],
               f["adjectives"].get(post) if post else None]
        return " ".join(w for w in out if w)
    return _agreed(_rx().sub(swap, text))


@lru_cache(maxsize=1)
def _relative_rx() -> re.Pattern:
    f = rewrite_data()["feminine_people"]
    nouns = alternation([re.escape(fold(w)) for w in set(f["nouns"].values())])
    return re.compile(r"(?<![\w])(?:" + nouns + r") " + f["relative"] + r"(?P<word>\w+)")


def _agreed(text: str) -> str:
    """« chaque cliente qui n'est pas revenu » → « revenue »: the participle agrees with her."""
    folded = fold(text)
    for m in reversed(list(_relative_rx().finditer(folded)) if len(folded) == len(text) else []):
        s, e = m.span("word")
        word = text[s:e]
        if not word.endswith(tuple(rewrite_data()["feminine_people"]["participle_endings"])):
            continue  # « qui est fidèle »: no participle
        text = text[:s] + (word[:-1] + "e" + word[-1] if word.endswith("s") else word + "e") + text[e:]
    return text
