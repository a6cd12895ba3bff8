"""Whether the user's words meant as a noun phrase are one: no finite verb outside a
relative clause, no clause opener, no unknown abbreviation glued to the noun, nothing said
twice, no end on a preposition or an article. The guard and the user-phrase reader both
ask it (``check`` and ``phrase``)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..extract.context import compound_past
from ..lang.fr import load
from ..text import fold
from .forms import plural_verb
from .lexicon import PLACEHOLDER

_QUOTED = re.compile("\u00ab[^\u00bb]*\u00bb")  # a title the user quotes keeps its capitals


def _words() -> dict:
    return load("guard")


@lru_cache(maxsize=1)
def _known_abbreviations() -> frozenset[str]:
    """The abbreviations the analyzer reads: its KPI and channel words, and the usual ones."""
    said = " ".join(p for k in load("kpis").values() for p in k["patterns"])
    said += " " + " ".join(c["label"] for c in load("channels").values())
    return frozenset(_words()["abbreviations"]) | frozenset(re.findall(r"\w+", fold(said)))


_WORD = re.compile(r"\w+")


def _tokens(text: str) -> list[str]:
    return _WORD.findall(fold(PLACEHOLDER.sub(r"\1", text)))


def twice(tokens: list[str]) -> bool:
    """A word said once said again (« auprès des … auprès de »), unless a coordination repeats
    it (« chez les U9 et chez les filles »)."""
    w = _words()
    again = [x for i, x in enumerate(tokens) if i and tokens[i - 1] in w["coordinators"]]
    return any(tokens.count(x) - again.count(x) > 1 for x in w["once_words"])


@lru_cache(maxsize=1024)
def repeated(text: str) -> bool:
    """A word or a pair of words said twice back to back (« de Google de Google »)."""
    t = _tokens(text)
    if any(a == b and not a.isdigit() for a, b in zip(t, t[1:])):
        return True
    return any(t[i] == t[i + 2] and t[i + 1] == t[i + 3] for i in range(len(t) - 3))


@lru_cache(maxsize=1024)  # the same KPI nouns come back goal after goal
def noun_phrase_fault(text: str) -> bool:
    """Whether user words meant as a noun phrase hold a finite verb outside a relative clause,
    a clause opener, an abbreviation the analyzer does not know glued to the KPI noun (a
    name after a noun, « la formation SST », is the user's), or a word said twice."""
    if not text.strip():
        return False
    w, t = _words(), _tokens(text)
    if any(x in w["clause_openers"] for x in t):
        return True
    cased = re.findall(r"\w+", text)
    said = [x.lower() for x in cased]
    if any((x in w["finite_verbs"] or plural_verb(x)) and not _relative(said[:i]) and not cased[i][:1].isupper()
           for i, x in enumerate(said)):  # « à Vannes » names a town, not a verb
        return True
    first = re.match(r"\s*([A-Z]{2,6})(?![\w])", _QUOTED.sub("", PLACEHOLDER.sub("", text)))
    if first and fold(first.group(1)) not in _known_abbreviations():  # « dons IFI »: glued to the noun, unread
        return True
    past = compound_past(t)
    named = past is not None and past + 1 < len(cased) and cased[past + 1][:1].isupper()  # « à Vannes »: a town
    if past is not None and not named and not _relative(t[:past]):  # « à accueilli 15 joueurs »: what happened
        return True
    return repeated(text) or twice(t)  # « auprès des … auprès de »


def _relative(before: list[str]) -> bool:
    """« clients qui repassent commande »: a finite verb in a relative clause on the noun."""
    lead = [fold(x) for x in before[-2:]]
    w = _words()
    return bool(lead) and (lead[-1] in w["relative_pronouns"] or lead[0] in w["relative_pronouns"]
                           and lead[-1] in [*w["negation"], *w["reflexive"]])


def cut_phrase(text: str) -> bool:
    """Whether the KPI with its narrowing ends on a preposition or an article (« … auprès
    des », « pour le »), or says a word twice that is said once (« auprès des … auprès des »)."""
    t, w = _tokens(text), _words()
    return bool(t) and t[-1] in w["dangling_ends"] or twice(t)


def determiners_only(text: str) -> bool:
    """« ses », « les »: words kept as a narrowing that are only determiners narrow nothing."""
    t = _tokens(text)
    return bool(t) and all(x in _words()["determiner_words"] for x in t)


def without_dangling_end(text: str) -> str:
    """« de nos adhérents à » → « de nos adhérents »: a narrowing cut before its figure
    (« à moins de 9 % ») loses the link word it ended on."""
    words = text.split(" ")
    while words and fold(words[-1]).strip("'") in _words()["dangling_ends"] and not PLACEHOLDER.search(words[-1]):
        words.pop()
    return " ".join(words)
