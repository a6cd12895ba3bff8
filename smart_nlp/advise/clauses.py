"""Which clause a narrowing word stands in, when it is not the goal's: a second goal
joined by « et » (« … et avoir plus d'avis Google »), what the goal is compared with
(« … par rapport au service jeunesse de la Ville »), or the writer named as the subject
(« La direction des sports de la Ville vise… »). Words there narrow nothing."""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang.fr import load
from .forms import correct, infinitive, of_forms
from .lexicon import PUNCT, link_stops, rewrite_data
from .wellformed import noun_phrase_fault


def other_goal(folded: str, s: int, left: int, right: int, goal: list[int]) -> bool:
    """Whether ``s`` follows « et » and an infinitive, in a clause (``left``:``right``)
    that holds none of the goal's own words (``goal``: where they start)."""
    second = [m.start() for m in re.finditer(r"(?<= )" + load("word_forms")["and"] + r" (\S+)", folded[:s])
              if infinitive(m.group(1))]
    return bool(second) and max(second) >= left and not any(max(second) <= g < right for g in goal)


def compared(text: str, folded: str, s: int) -> bool:
    """Whether ``s`` stands after a comparison cue, with no punctuation between."""
    cue = re.compile(r"(?<![\w])" + rewrite_data()["comparison_cue"])
    return any(not any(p in text[m.end():s] for p in PUNCT) for m in cue.finditer(folded[:s]))


def comparison_phrase(text: str, folded: str, role_starts: list[int]) -> tuple[tuple[int, int], str] | None:
    """« par rapport à 2026 »: the span and the words of the period or value the user
    compares with, up to the next punctuation, fact or link word."""
    w = rewrite_data()
    m = re.search(r"(?<![\w])" + w["comparison_cue"], folded)
    if m is None:
        return None
    start = m.end()
    ends = [i for i in range(start, len(text)) if text[i] in PUNCT][:1]
    ends += [x for x in role_starts if x > start]
    ends += [x.start() for x in link_stops().finditer(folded, start)]
    end = len(text[:min(ends + [len(text)])].rstrip())
    if end <= start:
        return None
    return (m.start(), end), w["comparison_articles"][m.group(1)] + correct(text[start:end])


@lru_cache(maxsize=1)
def _subject_rx() -> re.Pattern:
    g, c = load("goal_cues"), load("context")  # (« Le service jeunesse touche 350 jeunes »: a verb of state too)
    short = [v for v in c["owned_verbs"] if len(v) < 3]  # « a » is also « à »: a verb only before its figure
    verbs = [*g["intent_verbs_direct"], *g["intent_verbs_de"], *g["intent_verbs_a"],
             *[v for v in c["owned_verbs"] if v not in short], *[v for v in c["stative"] if " " not in v],
             *[v + r"(?= \d)" for v in short]]
    return re.compile("(?:" + "|".join(g["subject_start"]) + r")[^,.;:!?]*?(?<= )(?:" + "|".join(verbs) + r")(?![\w])")


def in_subject(folded: str, s: int) -> bool:
    """Whether ``s`` stands in the sentence's subject, before the writer's intent verb or a
    verb of state (« La direction des sports de la Ville de Saint-Brieuc vise une hausse… »)."""
    m = _subject_rx().match(folded)
    return m is not None and s < m.end()


@lru_cache(maxsize=1)
def _body_rx() -> re.Pattern:
    g, w = load("goal_cues"), rewrite_data()["subject_body"]
    verbs = [*g["intent_verbs_direct"], *g["intent_verbs_de"], *g["intent_verbs_a"], *w["verbs"]]
    return re.compile(r"(?P<body>(?:" + "|".join(w["determiners"]) + r")(?: |(?<='))(?!\d)[^,.;:!?]*?) (?:"
                      + "|".join(verbs) + r")(?![\w])")


def subject_body(text: str, folded: str) -> str | None:
    """« Le club de handball souhaite… » → « le club de handball »: the body the writer names
    as the subject, which the goal is about (none for a pronoun, « Nous », « On »)."""
    m = _body_rx().match(folded)
    if m is None:
        return None
    said, w = text[:m.end("body")].strip(), rewrite_data()["subject_body"]
    head = re.sub(r"^\S+(?: |(?<='))", "", m.group("body"))  # « notre feuille de route » is no body
    if len(said.split()) > w["max_words"] or noun_phrase_fault(said) or re.match(w["not_bodies"], head):
        return None
    return said[0].lower() + said[1:]


def noun_before(folded: str, best: int) -> int:
    """« au club de fitness », not « de fitness »: a complement opened by « de » at ``best``
    belongs to the noun before it, said from its own preposition (where that starts)."""
    if not re.match(r"(?:" + "|".join(of_forms()) + r") |d'", folded[best:]):
        return best
    m = re.search(r"(?<![\w])(?:" + "|".join(rewrite_data()["narrowing_preps"]) + r") [a-z][\w-]+ $",
                  folded[max(0, best - 30):best])
    return max(0, best - 30) + m.start() if m else best
