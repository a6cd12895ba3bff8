"""Agreement the user's words need once they stand in the rewrite: a noun's gender when
the word list does not have it (guessed from its ending), a participle after the noun in
its gender and number (« visiteuses issues »).
"""
from __future__ import annotations

from ..lang.fr import load
from ..text import fold
from .forms import Noun, noun_form


def _forms() -> dict:
    return load("word_forms")


def gender(folded_word: str) -> str:
    """The gender of a noun: from the word-form list, else guessed from its ending."""
    found = noun_form(folded_word)
    if found is not None:
        return found.gender
    return "f" if folded_word.rstrip("sx").endswith(tuple(_forms()["feminine_endings"])) else "m"


def agree(words: str, noun: Noun) -> str:
    """« visiteuses issus des réseaux » → « issues »: a participle right after the noun
    takes its gender and number (the noun's own head word decides the gender)."""
    first, _, rest = words.partition(" ")
    folded, table = fold(first.lower()), _forms()["agreeing_participles"]
    fem, plu = _forms()["participle_endings"]["feminine"], _forms()["participle_endings"]["plural"]
    stem = next((x for x in table if folded in (x, x + fem, x + plu, x + fem + plu)), None)
    if stem is None:
        return words
    head = fold(noun.text.split(" ")[0].lower()) if noun.text else ""
    feminine = gender(head) == "f"
    base = table[stem]
    plural = "" if noun.number == "s" or (base.endswith(plu) and not feminine) else plu
    return " ".join(x for x in (base + (fem if feminine else "") + plural, rest) if x)
