"""The singular of a counted noun group (« 1 vente »): the head and its adjectives only."""
from __future__ import annotations

from ..lang.fr import load
from ..text import fold


def _forms() -> dict:
    return load("word_forms")


def singular(phrase: str) -> str:
    """« nouveaux clients B2B » → « nouveau client B2B », « avis positifs » → « avis positif »:
    the head noun and the adjectives right after it; complements stay as written."""
    words = phrase.split(" ")
    keep = set(_forms()["invariable"]) | set(_forms()["function_words"])
    out = []
    for i, word in enumerate(words):
        low = fold(word)
        if low in _forms()["function_words"] or not low.endswith(("s", "x")):
            return " ".join(out + words[i:])
        out.append(word if low in keep else _singular_word(word))
    return " ".join(out)


def _singular_word(word: str) -> str:
    for rule in _forms()["singular_endings"]:
        end = rule["plural"]
        stem = word[:-len(end)]
        if word.endswith(end) and len(word) >= rule["min_length"] \
                and not (rule.get("not_after") and stem.endswith(rule["not_after"])):
            return stem + rule["singular"]
    return word
