"""The noun phrase the goal's verb acts on, read as ONE contiguous span of the user's text.

A coach hands back « Doubler les réservations EVG/EVJF sur la piste de karting » from
« doubler les resas EVG/EVJF sur la piste de karting »: the user's own phrase, cleaned
(shorthand written out, accents restored, emojis and hashtags gone), not a KPI label
glued to fragments read elsewhere. The phrase is used only when it is a well-formed noun
phrase whose head is a noun; otherwise the rewrite is composed from the facts.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from ..extract.base import SpanIndex
from ..lang.fr import load
from ..text import fold
from .defaults import ASSUMED_KPI
from .forms import Noun, noun_form, plural_verb
from .wellformed import cut_phrase, noun_phrase_fault
from .lexicon import PUNCT, complement, rewrite_data, strip_marks

if TYPE_CHECKING:
    from .reader import TextReader


@dataclass
class UserPhrase:
    """The phrase in the text (``start``: its determiner, ``head``:``head_end`` its noun,
    ``end``: its last complement), its head noun cleaned with its agreement, the whole
    phrase cleaned (no determiner), and its determiner family."""

    start: int
    head: int
    head_end: int
    end: int
    noun: Noun
    words: str
    determiner: str
    counted: bool = False  # « le nombre d'abonnés »: the user named the count


def _words() -> dict:
    return rewrite_data()["user_phrase"]


@lru_cache(maxsize=1)
def _verb_rx() -> re.Pattern:
    verbs = load("goal_cues")["goal_verbs"]
    return re.compile(r"(?<![\w])(?:" + "|".join(verbs) + r")(?![\w])")


@lru_cache(maxsize=1)
def _opener_rx() -> re.Pattern:
    """What may stand between the verb and its object's determiner: adverbs (« davantage »),
    then a determiner, a more-cue with its « de » (« plus de »), « le nombre de »."""
    w = _words()
    skip = "|".join(w["skip_words"])
    dets = "|".join(re.escape(d) for d in load("word_forms")["determiners"])
    more = "|".join([re.escape(c) for c in rewrite_data()["more_cues"]] + [r"\+"])
    short = [re.escape(k) for k, v in load("word_forms")["shorthand"].items() if v == w["count_noun"]]
    counts = "|".join([*w["count_words"], *short])  # « le nb d'abonnés »
    return re.compile(rf"(?:(?:{skip}) )*(?P<det>(?:{more}) d(?:e |')|(?:{dets})(?: |(?<=')))"
                      rf"(?P<count>(?:{counts}) d(?:e |'))?")


@lru_cache(maxsize=1)
def _more_rx() -> re.Pattern:
    """A more-cue with its « de » (« plus de », « + de »)."""
    more = "|".join([re.escape(c) for c in rewrite_data()["more_cues"]] + [r"\+"])
    return re.compile(rf"(?<![\w])(?:{more}) d(?:e |')")


@lru_cache(maxsize=1)
def _lead_rx() -> re.Pattern:
    return re.compile(r"\s*(?:(?:" + "|".join(_words()["target_leads"]) + r")\s*)?")


def object_phrase(r: "TextReader") -> UserPhrase | None:
    """The phrase the first goal verb (or a more-cue, « + de rdv ») acts on, when it is a
    well-formed noun phrase headed by a known noun."""
    aside = SpanIndex(r.facts.side)
    starts = [m.end() for m in _verb_rx().finditer(r.folded) if not aside.any(m.start(), m.end())]
    starts += [m.start() for m in _more_rx().finditer(r.folded)]
    for pos in sorted(starts)[:2]:
        found = _phrase_at(r, _after_targets(r, pos))
        if found is not None:
            return found
    return None


def _after_targets(r: "TextReader", pos: int) -> int:
    """« Augmenter de 20 % les abonnements », « multiplier par 3 les demandes »: the object
    comes after the target and the word that leads to it."""
    lead = _lead_rx()
    while True:
        nxt = lead.match(r.folded, pos).end()
        t = next((m for m in r.facts.targets if m.start <= nxt < m.end), None)
        if t is None:
            return len(r.folded) - len(r.folded[pos:].lstrip())
        pos = t.end


def _phrase_at(r: "TextReader", pos: int) -> UserPhrase | None:
    m = _opener_rx().match(r.folded, pos)
    if m is None:
        return None
    head = m.end()
    ws, end = r.window(head)
    if end <= head:
        return None
    words = strip_marks(r.said_words(head, end))
    if not words or fault(words):
        return None
    first = words.split(" ")[0]
    noun = noun_form(fold(first))
    if noun is None:
        return None
    head_end = head + len(r.text[head:].split(" ")[0])
    det = m.group("det").strip()
    plural = fold(det) in load("word_forms")["plural_determiners"] or det.endswith("de") and not det[:1].isalpha()
    plural = plural or fold(det).split(" ")[0] in [*rewrite_data()["more_cues"], "+"]
    number = "p" if plural or noun.number == "p" else "s"
    family = load("word_forms")["articles"]["possessive_cues"].get(fold(det), "definite")
    return UserPhrase(m.start("det"), head, head_end, end, Noun(first, noun.gender, number), words, family,
                      m.group("count") is not None)


def fault(words: str) -> bool:
    """Whether cleaned user words are no noun phrase: a finite verb, a number, a clause
    or deadline word, an end on a preposition or an article, a once-said word said twice."""
    folded = complement().sub("", fold(words))  # « de 13 à 17 ans », « 5 étoiles »: numbers that say whom or what
    tokens = re.findall(r"[\w'’-]+", folded)
    banned = set(_words()["never_inside"])
    if any(ch.isdigit() for ch in folded) or any(ch in PUNCT for ch in words) or banned & set(tokens):
        return True
    if any(plural_verb(t) for t in re.findall(r"[\w'’-]+", words)[1:]):
        return True
    return noun_phrase_fault(words) or cut_phrase(words)


def misread_inside(r: "TextReader", phrase: UserPhrase) -> bool:
    """Whether the KPI words read stand inside the object's complements, not at its
    head (« piste » in « les resas sur la piste de karting »): a plural noun heads it."""
    m = r.facts.kpi
    return m is not None and r.a.kpi is not None and phrase.head < m.start < phrase.end and phrase.noun.number == "p"


def own_phrase(r: "TextReader", phrase: UserPhrase) -> tuple[str, Noun, str, bool]:
    """The user's object counted in their own words (``r.unknown``), from a starting value
    when no figure is given; the words after its head narrow it."""
    r.unknown = True
    r.measure = None if r.a.targets else rewrite_data()["more_measure_default"]
    r.span, r.phrase, r.count_noun = (phrase.head, phrase.head_end), phrase, phrase.counted
    r.kept.append((phrase.start, phrase.head_end))
    return ASSUMED_KPI, phrase.noun, phrase.determiner, False
