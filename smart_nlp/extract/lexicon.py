"""Channels and KPIs: lexicon lookup over folded text (lang/fr/channels, kpis).

Lookups run on the goal as the spelling corrector reads it (``spelling.correct``:
inflected and misspelt words put back in their lexicon form), and every mention is
mapped back to the offsets of the folded text.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang.fr import alternation, load
from .base import Mention, longest_first
from .lexicon_words import LEXICONS, lexicon_words
from .scan import WordPatterns
from .spelling import correct

__all__ = ["LEXICONS", "find", "find_channels", "find_kpis", "lexicon_words"]


@lru_cache(maxsize=None)
def _entries(name: str) -> tuple[list[str], WordPatterns]:
    table = load(name)
    return list(table), WordPatterns(["|".join(entry["patterns"]) for entry in table.values()])


def find(name: str, folded: str, label: str) -> list[Mention]:
    """All mentions of lexicon ``name`` ("channels" or "kpis"), longest first: those of
    one ``finditer`` per entry (an entry's match inside its previous one is skipped)."""
    fixed = correct(folded)
    text = fixed.text
    keys, patterns = _entries(name)
    found = []
    for pos, j, end in patterns.each(text):
        start, stop = fixed.source(pos, end)
        rule = f"{name}:{keys[j]}" + ("+spelling" if text[pos:end] != folded[start:stop] else "")
        found.append(Mention(start, stop, label, keys[j], rule=rule))
    return longest_first(found)


_PLATFORMS = ("facebook", "instagram", "linkedin", "tiktok", "youtube", "x", "pinterest", "snapchat")


@lru_cache(maxsize=1)
def _platforms() -> list[tuple[str, re.Pattern]]:
    table = load("channels")
    return [(key, re.compile(r"(?<![\w])(?:" + "|".join(table[key]["patterns"]) + r")(?![\w])"))
            for key in table if key in _PLATFORMS]


@lru_cache(maxsize=1)
def _online_grammar() -> tuple[re.Pattern, frozenset[str], int]:
    h = load("heads")
    return (re.compile(rf"(?<![\w])(?P<word>[a-z][a-z-]*) (?:{alternation(h['online_marks'])})"
                       rf"(?![\w])(?! (?:{alternation(h['online_not_after'])})(?![\w]))"),
            frozenset(h["online_not_channel"]), h["online_reach"])


_WORDS = re.compile(r"[a-z][a-z-]*")


def _online(folded: str) -> list[Mention]:
    """« devis demandés en ligne », « pharmacie en ligne »: the website, named by what
    happens online (the noun or participle before « en ligne » and the mark itself)."""
    rx, products, reach = _online_grammar()
    out = []
    for m in rx.finditer(folded):
        words = _WORDS.findall(folded, max(0, m.start() - 40), m.end("word"))[-reach:]
        if not any(w in products or w.rstrip("sx") in products for w in words):
            out.append(Mention(m.start("word"), m.end(), "CHANNEL", "website", rule="channels:website<online"))
    return out


@lru_cache(maxsize=1)
def _contact_grammar() -> list[tuple[str, re.Pattern]]:
    """Per channel: a verb of contact (group ``verb``, ``obj`` when a person follows it),
    a gerund or a noun of contact."""
    h = load("heads")
    objects, not_after = alternation(h["contact_objects"]), alternation(h["contact_not_after"])
    gerund = load("grammar_words")["means"]["gerund"]
    out = []
    for channel in dict.fromkeys([*h["contact_verbs"], *h["contact_gerunds"], *h["contact_nouns"]]):
        verbs = alternation(h["contact_verbs"].get(channel, []) or ["(?!)"])
        gerunds = alternation(h["contact_gerunds"].get(channel, []) or ["(?!)"])
        nouns = alternation(h["contact_nouns"].get(channel, []) or ["(?!)"])
        out.append((channel, re.compile(
            rf"(?<![\w])(?:(?P<verb>{verbs})(?P<obj>(?= (?:{objects})(?![\w])))?"
            rf"|{gerund} (?:{gerunds})(?! (?:{not_after}))|{nouns})(?![\w])")))
    return out


@lru_cache(maxsize=1)
def _contact_before() -> tuple[re.Pattern, re.Pattern, re.Pattern, str, str]:
    """What may stand before a verb of contact: a determiner (then it is a noun), an elided
    object pronoun, a plural one; and the endings each pronoun asks of the verb."""
    h = load("heads")
    spaced = [p if p.endswith("'") else p + " " for p in h["contact_pronouns"]]
    return (re.compile(rf"(?<![\w])(?:{alternation(h['contact_not_before'])}) $"),
            re.compile(rf"(?<![\w])(?:{alternation(re.escape(p) for p in spaced)})$"),
            re.compile(rf"(?<![\w])(?:{alternation(h['contact_plural_pronouns'])}) $"),
            h["contact_pronoun_not_ending"], h["contact_plural_ending"])


def _contacted(folded: str, m: re.Match) -> bool:
    """Whether a verb of contact names its channel: a person after it and no determiner
    before it (« le texte »), or an object pronoun before it (« qu'ils m'appellent », « les
    clients nous textent », never « je m'appelle »)."""
    if not m["verb"]:
        return True
    determiner, elided, plural, not_ending, ending = _contact_before()
    lo = max(0, m.start() - 8)
    if m["obj"] is not None:  # an empty group: the lookahead for the person matched
        return not determiner.search(folded, lo, m.start())
    verb = m["verb"]
    return bool((elided.search(folded, lo, m.start()) and not verb.endswith(not_ending))
                or (plural.search(folded, lo, m.start()) and verb.endswith(ending)))


def _contact(folded: str) -> list[Mention]:
    """« en appelant les donateurs », « on textera les patients »: the channel a verb of contact goes through."""
    return [Mention(m.start(), m.end(), "CHANNEL", channel, rule=f"channels:{channel}<contact")
            for channel, rx in _contact_grammar() for m in rx.finditer(folded) if _contacted(folded, m)]


@lru_cache(maxsize=1)
def _in_context_grammar() -> tuple[re.Pattern, dict[str, re.Pattern]]:
    """One pattern for the nouns (a group per channel), and what must stand before each channel's."""
    table = load("heads")["channels_in_context"]
    words = "|".join(rf"(?P<{c}>{alternation(e['words'])})" for c, e in table.items())
    return (re.compile(rf"(?<![\w])(?:{words})(?![\w])"),
            {c: re.compile(rf"(?<![\w])(?:{alternation(e['after'])}) $") for c, e in table.items()})


def _in_context(folded: str) -> list[Mention]:
    """« vendre en épicerie fine », « via un réseau de revendeurs »: nouns that are a channel only there."""
    nouns, after = _in_context_grammar()
    return [Mention(m.start(), m.end(), "CHANNEL", m.lastgroup, rule=f"channels:{m.lastgroup}<context")
            for m in nouns.finditer(folded) if after[m.lastgroup].search(folded, max(0, m.start() - 16), m.start())]


@lru_cache(maxsize=1)
def _subject_grammar() -> tuple[frozenset[str], re.Pattern, re.Pattern]:
    h, cues = load("heads"), load("goal_cues")
    dets = alternation(d if d.endswith("'") else d + " " for d in h["subject_determiners"])
    verbs = alternation([*cues["intent_verbs_direct"], *cues["intent_verbs_de"], *cues["intent_verbs_a"]])
    return (frozenset(h["subject_channels"]),
            re.compile(rf"^\W*(?:{dets})(?:[a-z'-]+ (?:de |d')(?:[\d ]+ )?)?$"),
            re.compile(rf"[^,.;:!?()]{{0,{h['subject_reach']}}}?(?<![\w])(?:{verbs})(?![\w])"))


def _names_subject(folded: str, m: Mention) -> bool:
    """« La pharmacie vise 500 patients… »: the shop the goal opens on is who intends, not a channel."""
    kinds, before, after = _subject_grammar()
    return m.value in kinds and bool(before.match(folded[:m.start])) and bool(after.match(folded, m.end))


def find_channels(folded: str) -> list[Mention]:
    """Channel mentions; paid ads on a named platform (« LinkedIn Ads ») name it too;
    whatever is done « en ligne » names the website, a verb of contact its channel, a shop
    goods are sold in the store; a shop that opens the goal as its subject is none."""
    out = []
    found = find("channels", folded, "CHANNEL")
    if more := _online(folded) + _contact(folded) + _in_context(folded):
        found = longest_first(found + more)
    for m in found:
        if m.value == "social_ads":  # the same words name the platform, listed first
            out += [Mention(m.start, m.end, "CHANNEL", key, rule=f"channels:{key}<social_ads")
                    for key, rx in _platforms() if rx.search(folded, m.start, m.end)]
        if not _names_subject(folded, m):
            out.append(m)
    return out


def find_kpis(folded: str) -> list[Mention]:
    return find("kpis", folded, "KPI")
