"""Arrows typed in a goal (issue 11: « taux de conv panier -> resa », « d'ici le 30
septembre, → abonnement payant » were pasted into the sentence). A step after a rate's head
(or at the start of the words kept after it) is said in words (« taux de transformation
des devis en commandes »); an arrow with
nothing to join is dropped; a plus between two items is « et ». Words: ``lang/fr/spoken.yaml``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang.fr import load
from ..text import fold

@lru_cache(maxsize=1)
def _step() -> re.Pattern:
    """A rate's head (or the start), up to two words, an arrow, up to two words: no side
    opens with a preposition or a determiner."""
    w = load("spoken")
    stop = "(?:" + "|".join(w["step_stops"]) + ")"
    arrow = "|".join(re.escape(a) for a in sorted(w["arrows"], key=len, reverse=True))
    word = r"(?!" + stop + r"(?: |$))[a-z][a-z-]*(?!['’])"
    side = word + r"(?: " + word + r")?"
    head = r"(?:(?<![\w])(?:" + "|".join(w["step_heads"]) + r") |^)"
    return re.compile(head + r"(?P<left>" + side + r") ?(?:" + arrow + r") ?(?P<right>" + side + r")(?![\w])")


@lru_cache(maxsize=1)
def _loose() -> re.Pattern:
    w = load("spoken")
    arrow = "|".join(re.escape(a) for a in sorted(w["arrows"], key=len, reverse=True))
    before = "|".join(f" {b} " for b in w["loose_arrow_before"])
    return re.compile(r"\s*,?\s*(?:" + arrow + r")\s*(?=$|[,.;]|" + before + r")|^\s*(?:" + arrow + r")\s*")


def plural(words: str) -> str:
    """« essai gratuit » → « essais gratuits »: each word by its ending."""
    rules = load("spoken")["plural_endings"]

    def one(word: str) -> str:
        end = next(e for e in rules if fold(word).endswith(e[0]))
        kept = end[0] in ("s", "x", "z") or not word.islower()  # a name (« Malt ») stays
        return word if kept else word[:len(word) - len(end[0])] + end[1]
    return " ".join(one(w) for w in words.split(" "))


def without_arrows(text: str) -> str:
    """``text`` with its conversion steps said in words and its loose arrows dropped."""
    join = load("spoken")["step_join"]
    if not any(a in text for a in load("spoken")["arrows"]):
        return text  # a piece of a phrase keeps its blanks
    folded = fold(text)
    for m in reversed(list(_step().finditer(folded)) if len(folded) == len(text) else []):
        left, right = text[m.start("left"):m.end("left")], text[m.start("right"):m.end("right")]
        text = text[:m.start("left")] + join.format(left=plural(left), right=plural(right)) + text[m.end("right"):]
    return re.sub(r" {2,}", " ", _loose().sub("", text)).strip()


def without_pluses(text: str) -> str:
    """« des flyers + une journée portes ouvertes » → « des flyers et une journée portes
    ouvertes », « A + B + C » → « A, B et C »; « + de 30 », « +20 % » stay."""
    if "+" not in text:
        return text
    opening, between = _pluses()
    text = opening.sub("", text)  # a means read from its plus (« + une journée »)
    pluses = list(between.finditer(text))
    for i, m in enumerate(reversed(pluses)):
        text = text[:m.start()] + (f" {load('word_forms')['and']} " if i == 0 else ", ") + text[m.end():]
    return text


@lru_cache(maxsize=1)
def _pluses() -> tuple[re.Pattern, re.Pattern]:
    """A plus that opens the text, and one between two items; neither before the words that
    keep it (« + de 30 »)."""
    kept = "|".join(re.escape(k) + ("" if k.endswith("'") else " ") for k in load("spoken")["plus_kept_before"])
    return re.compile(r"^\+\s*(?!" + kept + r")(?=[^\W\d])"), re.compile(r"(?<=[\w)]) \+ (?!" + kept + r"|\d)(?=\w)")
