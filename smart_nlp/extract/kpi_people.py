"""People a goal counts by a word no KPI lexicon lists (lang/fr/kpi_grammar.yaml).

« 1 200 nouveaux frontaliers », « le nombre de primo-accédants », « 400 sociétaires de
plus », « septante cafés et épiceries revendeurs »: a role noun, known by how agent and
role nouns end, right after a count, names the customers the goal counts (an audience,
« 80 000 téléspectateurs », its reach; the vector neighbour when it has one; staff and a
town's residents nothing). Only a fallback: when the goal names a KPI, the people
counted beside it are context (« forte de 18 000 étudiants, l'université… »).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang.fr import alternation, load
from .base import Mention, SpanIndex
from .heads import hired_before, neighbour, off_topic_at
from .lexicon_words import lexicon_words


def _grammar() -> dict:
    return load("kpi_grammar")


@lru_cache(maxsize=1)
def people_words() -> tuple[tuple[str, ...], tuple[str, ...], frozenset[str], dict[str, str], frozenset[str]]:
    """Role-noun endings, endings and words that name no one, people words → their own KPI
    (an audience, visitors), people words."""
    g = _grammar()
    own = {w: kpi for kpi, words in g["people_kpis"].items() for w in words}
    return tuple(g["people_endings"]), tuple(g["not_people_endings"]), frozenset(g["not_people"]), \
        own, frozenset(load("kpi_verbs")["people"])


def people_kpi(word: str) -> str | None:
    """The KPI people named by ``word`` (folded, any number or gender) stand for: an
    audience is reach, visitors traffic; None for any other people."""
    own = people_words()[3]
    if word in own:
        return own[word]
    for ending, repl in load("inflection")["endings"]:
        if ending and word.endswith(ending) and (found := own.get(word[:len(word) - len(ending)] + repl)):
            return found
    return None


def is_role_noun(word: str) -> bool:
    """Whether a folded plural word ends as agent and role nouns end (« frontaliers »,
    « primo-accédants », « sociétaires », « Québécois ») and is no common thing so ending."""
    endings, not_endings, not_people, *_ = people_words()
    return people_kpi(word) is not None or word.endswith(endings) and not word.endswith(not_endings) and \
        word not in not_people


_TOKEN = re.compile(r"(?<![a-z])[a-z][a-z-]*[a-z]")


def residents(folded: str, start: int, end: int) -> bool:
    """« attirer de jeunes ménages dans le centre-bourg »: a town's residents, no customers."""
    return is_resident(_TOKEN.findall(folded, start, min(len(folded), end + 20))[:3])


def is_resident(words: list[str]) -> bool:
    """Whether one of ``words`` names the residents of a place (« habitants », « ménages »)."""
    return any(w in load("kpi_verbs")["residents"] for w in words)


@lru_cache(maxsize=1)
def _age_group() -> re.Pattern:
    return re.compile(alternation(load("kpi_verbs")["age_groups"]))


def age_group(folded: str, pos: int) -> re.Match | None:
    """« les moins de 35 ans », « les 18-25 ans » at ``pos``: people named by their age."""
    return _age_group().match(folded, pos)


@lru_cache(maxsize=1)
def _counted_rx() -> re.Pattern:
    g = _grammar()
    counts = [*g["counted_before"], *(w for w in load("numbers")["number_words"] if w not in g["not_counting"])]
    return re.compile(rf"(?<![a-z]){alternation(counts)} (?:{alternation(g['counted_adjectives'])} )?"
                      r"(?P<w>[a-z][a-z-]*[a-z])(?![a-z'-])")


_NEXT = re.compile(r" (?P<w>[a-z][a-z-]*[a-z])(?![a-z'-])")


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    return frozenset(load("language_id")["fr"])


def _role_in_phrase(folded: str, m: re.Match) -> tuple[int, int] | None:
    """The counted phrase up to its role noun: its first noun, or one a few words on
    (« septante cafés et épiceries revendeurs »), no function word between."""
    g, stops = _grammar(), _function_words()
    first, (start, end) = m.start("w"), m.span("w")
    linked = False
    for i in range(g["counted_gap"] + 1):
        word = folded[start:end]
        if is_role_noun(word) and word not in lexicon_words() and \
                (i == 0 or linked or word.endswith(tuple(g["apposed_endings"]))):
            return first, end
        while (n := _NEXT.match(folded, end)) and n.group("w") in g["counted_links"]:
            end, linked = n.end(), True
        if not n or n.group("w") in stops or n.group("w") in lexicon_words():
            return None
        start, end = n.span("w")
    return None


def counted_people(folded: str, index: SpanIndex, acts) -> list[Mention]:
    """People counted by a role noun the lexicons miss, but those who do something
    (``acts(folded, end)``: « davantage de lycéens s'inscrivent ») and those hired."""
    out, floor = [], load("heads")["min_similarity"]
    for m in _counted_rx().finditer(folded):
        if index.any(*m.span("w")) or not (found := _role_in_phrase(folded, m)):
            continue
        start, end = found
        role = folded[max(start, folded.rfind(" ", start, end) + 1):end]
        hired = hired_before(folded, m.start()) and role not in load("off_topic")["recruited_partners"]
        if index.any(start, end) or off_topic_at(folded, start) or hired or \
                residents(folded, start, end) or acts(folded, end):
            continue
        near = neighbour(role)  # « 9 000 spectateurs »: the vectors say traffic
        own = people_kpi(role)
        if own is None and near and near[1] >= floor:
            if near[0] != "none":
                out.append(Mention(start, end, "KPI", near[0], rule="people+neighbour",
                                   extra={"confidence": near[1]}))
            continue
        out.append(Mention(start, end, "KPI", own or "customers", rule="people"))
    return out


@lru_cache(maxsize=1)
def _registered_rx() -> re.Pattern:
    return re.compile(rf"(?<![a-z'])(?P<people>[a-z][a-z-]*[a-z]) {alternation(_grammar()['registered'])}(?![a-z])")


def registered(folded: str, kpis: list[Mention]) -> list[Mention]:
    """« 3 800 lecteurs inscrits »: people who signed up, counted as people, are customers."""
    if not any(w in folded for w in _grammar()["registered"]):
        return kpis
    found = [Mention(m.start(), m.end(), "KPI", "customers", rule="registered")
             for m in _registered_rx().finditer(folded)
             if m.group("people") in people_words()[4] or is_role_noun(m.group("people"))]
    return kpis if not found else [k for k in kpis if not SpanIndex(found).any(k.start, k.end)] + found


@lru_cache(maxsize=1)
def _visit_rx() -> tuple[re.Pattern, re.Pattern]:
    """A place right after people (« attirer plus de familles au musée »), and an event or a
    place that is the subject right before the verb (« que la fête de la Saint-Jean attire »)."""
    d = load("kpi_verbs")
    return (re.compile(rf"(?: [a-z-]+)? {alternation(d['visit_places'])}(?: |(?<='))"),
            re.compile(rf"(?<![a-z]){alternation(d['visited'])}(?![a-z])[^,;:.!?]*$"))


def visit(folded: str, verb: int, inf: str, people: tuple[int, int]) -> str | None:
    """The KPI of people a verb draws (its object): visitors or an audience by their own
    word (« attirer 12 000 touristes »), anyone drawn to a place or by an event visits it."""
    own = people_kpi(folded[people[0]:people[1]].split(" ")[-1])
    place, subject = _visit_rx()
    drawn = place.match(folded, people[1]) or subject.search(folded, max(0, verb - 50), verb)
    return own or (load("kpi_verbs")["visits"].get(inf) if drawn else None)

