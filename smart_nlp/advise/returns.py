"""People who come back, renew or sign up again (« que nos lecteurs se réabonnent au
magazine », « le taux de retour des patients »): the goal is a rate that moves up, named
for the action (« taux de réabonnement de nos lecteurs »), never a purchase rate or a
measure to bring down (the « taux de retour » of products).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..extract.base import SpanIndex
from ..lang.fr import load
from ..text import fold
from .counted import people_word
from .agreement import gender
from .forms import Noun, of, with_determiner
from .lexicon import rewrite_data, stops

if TYPE_CHECKING:
    from .reader import TextReader


@lru_cache(maxsize=1)
def _entries() -> list[tuple[dict, re.Pattern | None, re.Pattern]]:
    """Each return rate with its noun said (« taux de retour ») and its subject then verb."""
    w = rewrite_data()
    subjects = "|".join(w["return_subjects"])
    said = r"(?<![\w])(?P<subj>(?:" + subjects + r") [^,.;:!?]+?) (?P<verb>{verb})(?![\w])"
    return [(entry, re.compile(r"(?<![\w])" + entry["named"]) if entry.get("named") else None,
             re.compile(said.replace("{verb}", entry["verb"]))) for entry in w["return_rates"]]


def return_rate(r: "TextReader") -> Noun | None:
    """The rate of people doing an action again, with who does it (and what they renew).
    Said as a verb, ``r.span`` is set on it so that the words after it narrow the rate
    (« au magazine papier »); said as a noun, its words are the KPI phrase."""
    w = rewrite_data()
    f = r.facts  # a reason or a means (« car les clients qui reviennent… ») is no goal
    aside = SpanIndex(f.side)
    for entry, named_rx, said_rx in _entries():
        found = named_rx.search(r.folded) if named_rx else None
        if found and _people(r, found.end()) and not aside.any(found.start(), found.end()):
            ws, we = r.window(found.start())
            r.kept.append((ws, we))
            r.own_narrowing = True
            return Noun(r.said_words(ws, we), *entry["noun"][1:])
        m = said_rx.search(r.folded)
        if m is None or re.search(w["return_share"], r.folded[:m.start("subj")]) or aside.any(m.start(), m.end()) \
                or not _noun_phrase(m.group("subj")):
            continue  # « 30 % de nos clients repassent commande »: a share, said as it is
        subject = r.said_words(m.start("subj"), m.end("subj"))
        compound = "|".join(x for x in w["return_subjects"] if " " in x)
        subject = re.sub(r"^(?:" + compound + ") ", w["return_subject_article"] + " ", subject)
        thing, end = _object(r, m.end("verb"))
        r.kept.append((m.start("subj"), end))
        r.span, r.own_narrowing = (m.start("verb"), end), True
        return Noun(f"{entry['noun'][0]} {thing}{of(subject)}", *entry["noun"][1:])
    return None


def _noun_phrase(subject: str) -> bool:
    """Whether the words before the verb are its subject alone (« les clients de notre
    caviste »), not a clause (« … pour qu'ils », « … qui »)."""
    words = re.split(r"[ ']", subject)
    clause = {load("word_forms")["relative"], *rewrite_data()["return_clause_words"]}
    return not clause & set(words) and stops().search(subject, len(words[0])) is None


def _people(r: "TextReader", start: int) -> bool:
    """Whether the plural noun at ``start`` names people (« des patients », not « des colis »)."""
    word = re.match(r"[\w-]+", r.folded[start:])
    return word is not None and people_word(word.group())


def _object(r: "TextReader", end: int) -> tuple[str, int]:
    """« renouvellent leur cotisation » → « de la cotisation »: what the subject renews,
    read after the verb, with where it ends."""
    adverb = re.match(r" (?:" + "|".join(rewrite_data()["return_adverbs"]) + r")(?![\w])", r.folded[end:])
    end += adverb.end() if adverb else 0  # « reviennent plus souvent »: the verb says it
    m = re.match(r" (" + "|".join(rewrite_data()["return_objects"]) + r") ([\w-]+)", r.folded[end:])
    if m is None:
        return "", end
    word = r.said_words(end + m.start(2), end + m.end(2))
    noun = Noun(word, gender(fold(word)), "p" if m.group(1).endswith("s") else "s")
    return of(with_determiner(noun)) + " ", end + m.end()
