"""What the user counts, said in their words: « le nombre de repas servis à la cantine »,
« plus de donneurs de plasma », « faire venir plus de visiteurs au marché », « 400 heures
de bénévolat ». The people or things a goal counts are its KPI; a generic KPI word
(« chiffre d'affaires », « vues ») in their place would change what is measured.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..extract.base import SpanIndex
from ..extract.context import participle
from ..extract.facts import extract
from ..extract.kpi_made import counted_thing
from ..text import fold
from ..lang.fr import load
from .forms import Noun, noun_form, of, of_forms, plural_verb
from .lexicon import preps, rewrite_data, verbal_kpi
from .rented import rented

if TYPE_CHECKING:
    from .reader import TextReader


@lru_cache(maxsize=1)
def _count_cue() -> re.Pattern:
    """« plus de », « + de », « le nombre de »: what leads to the things a goal counts."""
    w = rewrite_data()
    return re.compile(r"(?<![\w])(" + "|".join([*w["more_cues"], *w["count_cues"], r"\+"]) + r") d(?:e |')")


def own_count(r: "TextReader") -> Noun | None:
    """The people or things the user counts when our KPI words do not head them: none
    found, one inside (« au centre de collecte »), or a verb of a KPI that counts people
    before them (then ``r.span`` is set: our KPI keeps its defaults, their noun is said).
    « le nombre de » stays for a relative change."""
    w, a, m = rewrite_data(), r.a, r.facts.kpi if r.a.kpi else None
    f = r.facts
    aside = SpanIndex(f.side)
    for cue in _count_cue().finditer(r.folded):
        ws, we = r.window(cue.end())
        words = r.said_words(ws, we)
        if not words or aside.any(cue.start(), we) or preps().match(fold(words)):
            continue
        head = words.split(" ")[0]
        first = ws + len(head)
        people = m is not None and m.end <= cue.start() and a.kpi in w["counted_people_kpis"] \
            and verbal_kpi().match(r.folded[m.start:m.end])
        who = relative_clause(words) if m is not None and m.rule.startswith("verb:") and m.start == ws \
            and fold(head) not in w["crowd_words"] else None
        if who:  # « que plus de familles réservent le gîte »: the families who book it, counted
            r.kept.append((ws, we))
            found = noun_form(fold(head))
            return Noun(who, found.gender if found else "m", "p")
        done_to = m is not None and m.start == ws and counted_thing(r.folded, m)  # « repas servis »: a thing counted
        if m is not None and not (first <= m.start < we or people or done_to):
            return None
        second = words.split(" ")[1:2]
        if second and plural_verb(second[0]):  # « que plus de gens connaissent… »: a clause
            return None
        crowd = fold(head) in w["crowd_words"]
        noun = _crowd(r.folded[:we]) if crowd else noun_form(fold(head))
        if (crowd and noun is None) or not (crowd or fold(head).endswith(("s", "x"))):
            return None  # a mass noun (« plus de visibilité »), a crowd at a place: not counted
        if people and not crowd:  # the words after the noun narrow our KPI
            r.span = (ws, first)
            r.kept.append(r.span)
            return _people_noun(r, head, noun)
        text = (noun.text if crowd else head) + words[len(head):]
        text = relative_clause(text) or text  # « entreprises qui louent la salle »: who do it, counted
        r.kept.append((ws, we))
        relative = a.targets and a.targets[0].kind in ("percent_change", "factor")
        if cue.group(1) in w["count_cues"] and relative:
            return Noun(f"{cue.group(1)} {of(text)}", "m", "s")
        return Noun(text, noun.gender if noun else "m", "p")
    return None


def people_word(word: str) -> bool:
    """Whether ``word`` names people one of our KPIs counts (« visiteurs », « patients »)."""
    read = extract(word).kpi
    return read is not None and read.value in rewrite_data()["counted_people_kpis"]


def _people_noun(r: "TextReader", head: str, noun: Noun | None) -> Noun:
    """« visiteurs » when it names people our KPIs count; « étudiants », which none
    does, after our KPI's noun (« nouveaux clients étudiants »)."""
    if people_word(head):
        return Noun(head, noun.gender if noun else "m", "p")
    ours = Noun(*r.kpi_words(r.a.kpi)["noun"])
    return Noun(f"{ours.text} {head}", ours.gender, ours.number)


def _crowd(said: str) -> Noun | None:
    """« monde », « gens »: the participants of an activity said with them (at a place,
    the visits the usual KPI counts are meant: None)."""
    w = rewrite_data()
    activity = re.search(r"(?<![\w])(?:" + "|".join(w["activity_words"]) + r")(?![\w])", said)
    return Noun(*w["crowd_noun"]) if activity else None


def relative_clause(words: str) -> str | None:
    """« entreprises du coin qui louent la salle » for « entreprises du coin louent la salle »:
    the people counted, then what they do as a relative clause (``None``: no verb after them)."""
    f = load("word_forms")
    tokens = words.split(" ")
    for i, token in enumerate(tokens[1:], 1):
        bare = re.sub(r"^(?:" + "|".join(f["reflexive"]) + r")(?=\w)", "", fold(token))
        pronoun = fold(token) in f["reflexive"] and i + 1 < len(tokens) and plural_verb(tokens[i + 1])
        if pronoun or plural_verb(bare if bare != fold(token) else token):
            return " ".join([*tokens[:i], f["relative_pronoun"], *tokens[i:]])
    return None


def who_do(text: str) -> bool:
    """Whether a counted noun is people who do something (« entreprises qui louent la salle »)."""
    return load("word_forms")["relative_pronoun"] in fold(text).split(" ")


@lru_cache(maxsize=1)
def collective_rx() -> re.Pattern:
    """Nouns of an approximate count (« vingtaine », « centaines »), which take « de »."""
    return re.compile(r"(?:" + "|".join(load("guard")["collective_counts"]) + r")$")


def stated_count(r: "TextReader") -> Noun | None:
    """« Notre chorale compte 24 choristes, on aimerait monter à 40 »: with no KPI named,
    what the stated current value counts is what the goal counts, when the target is a
    bare count (or there is none)."""
    b, t = r.a.baseline, r.a.targets[0] if r.a.targets else None
    if b is None or b.unit is not None or t is not None and (t.unit is not None or t.kind not in ("level", "delta")):
        return None
    if t is not None and _said_after(r, t.end) is not None:
        return None  # the target names what it counts
    found = _said_after(r, b.end, bool(collective_rx().search(fold(b.text))))
    if found is None:
        return None
    r.kept.append(found[1])
    return rented(r.folded, b.start, Noun(found[0], "m", "p" if b.value >= 2 else "s"))


def _said_after(r: "TextReader", end: int, collective: bool = False) -> tuple[str, tuple[int, int]] | None:
    """The user's words after a figure that say what it counts, and where they stand
    (after an approximate count's own « de »: « une dizaine de monuments »)."""
    if collective:
        of = re.match(r" ?(?:de |d')", r.folded[end:])
        end += of.end() if of else 0
    from .wellformed import cut_phrase, noun_phrase_fault

    ws, we = r.window(end)
    words = r.said_words(ws, we).split(" ")
    negation = load("guard")["negation"]
    while words and (noun_phrase_fault(" ".join(words)) or fold(words[-1]) in negation
                     or cut_phrase(" ".join(words))):  # « apprentis menuisiers ne suffisent »: up to the verb
        words.pop()
    said = " ".join(words)
    return None if not said or preps().match(fold(said)) else (said, (ws, ws + len(said)))


def inner_count(r: "TextReader") -> Noun | None:
    """« 12 témoignages clients », « 60 familles adhérentes »: the figure counts a noun of its
    own that the KPI word only qualifies; that noun with the KPI word is what is counted,
    never the KPI word alone (« 12 clients » would change the goal)."""
    k = r.facts.kpi
    if k is None:
        return None
    w = load("word_forms")["pre_adjectives"] + load("quantities")["bare_after"] + load("guard")["not_counted"]
    for q in (r.a.targets[0] if r.a.targets else None, r.a.baseline):
        if q is None or q.unit is not None or not 0 < k.start - q.end < 40:
            continue
        of = "|".join(f for f in of_forms() if " " not in f)  # « 30 dossiers de candidature »
        # (a plural KPI word is itself counted: « 15 prises de rendez-vous »)
        kind = "" if r.folded[k.start:k.end].endswith(("s", "x")) else r"(?:(?:" + of + r") |d')?"
        m = re.fullmatch(r" ([a-z-]{3,}[sx]) " + kind, r.folded[q.end:k.start]) \
            or re.fullmatch(r" ([a-z-]{3,}[sx]) " + _held() + r"(?:[a-z'-]+ ){1,2}", r.folded[q.end:k.start])
        m = m or _done_for(r.folded[q.end:k.start])
        # (« 200 porteurs de la carte fidélité »: the holders of a thing keep its words; « 40
        # classes accueillies pour des visites »: the things a participle says, for what)
        if m is not None and m.group(1) not in w and not r.channel_index.any(q.end, k.start):
            r.span = (q.end + 1, k.end)
            r.kept.append(r.span)
            head = noun_form(m.group(1))
            return Noun(r.text[q.end + 1:k.end], head.gender if head else "m", "p")
    return None


def _done_for(between: str) -> re.Match | None:
    """« classes accueillies pour des » between a figure and KPI words: a plural noun (and its
    adjective), a past participle and a preposition with its determiner (folded)."""
    w = rewrite_data()["done_for"]
    m = re.fullmatch(r" ([a-z-]{3,}[sx])(?: [a-z-]+[sx])? ([a-z]+) (?:" + "|".join(w["preps"]) + r") (?:(?:"
                     + "|".join(w["determiners"]) + r") )?", between)
    return m if m is not None and participle(m.group(2)) else None


def _held() -> str:
    """« de la carte », « du pass », « de notre club »: a complement with its determiner (a
    thing held or belonged to; « kilos de café » names a matter, our KPI word then counts)."""
    of = of_forms()  # « de », then its contractions; « de » takes the other determiners, none of « d' »
    dets = [d if d.endswith("'") else d + " " for d in load("word_forms")["determiners"] if d[0] != of[0][0]]
    return r"(?:(?:" + "|".join(of[1:]) + r") |" + of[0] + r" (?:" + "|".join(dets) + r"))"


DURATIONS = ("h", "min")


def duration_count(r: "TextReader") -> Noun | None:
    """« 400 heures de bénévolat »: with no KPI of ours named, a duration followed by what it
    is spent on is counted in the user's words (« heures de bénévolat »)."""
    t = r.a.targets[0] if r.a.targets else None
    if t is None or r.facts.kpi is not None or t.unit not in DURATIONS:
        return None
    unit = "|".join(load("units")["units"][t.unit])
    said = re.search(r"(?:" + unit + r")$", r.folded[t.start:t.end])
    link = re.match(r" (?:de |d')", r.folded[t.end:])
    if said is None or link is None or len(said.group()) < 3:  # « 6 h de … » has no noun to keep
        return None
    ws, we = r.window(t.end + link.end() - 1)
    words = r.said_words(ws, we) if we > ws else ""
    if not words or preps().match(words):
        return None
    r.kept.append((t.start + said.start(), we))
    return Noun(f"{r.text[t.start + said.start():t.end]} {r.text[t.end + 1:ws].strip()} {words}".replace("  ", " "),
                "f", "p")


def counted_duration(noun: Noun, unit: str | None) -> bool:
    """Whether the noun kept already says the target's unit (« heures de bénévolat »)."""
    if unit not in DURATIONS:
        return False
    return re.match(r"(?:" + "|".join(load("units")["units"][unit]) + r") ", noun.text.lower()) is not None


def flow(noun: Noun) -> bool:
    """« repas servis », « colis livrés », « appels »: what the user counts flows, it is no stock."""
    w, said = rewrite_data(), fold(noun.text)
    return re.search(r"(?<![\w])" + w["flow_participles"] + r"(?![\w])", said) is not None \
        or re.match(w["flow_nouns"], said) is not None
