"""Clause-level evidence: business justification (relevant) and narrowing (specific)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang.fr import load
from ..text import fold
from .base import Mention, SpanIndex, inside
from .qualifiers import REACH, head_qualifier, named_areas


@lru_cache(maxsize=None)
def _grammar() -> dict:
    rel = load("relevance")
    spec = load("specificity")
    w = load("grammar_words")["clauses"]
    any_of = "|".join
    words = lambda items: re.compile(r"(?<![\w])(?:" + any_of(items) + r")(?![\w])")  # noqa: E731
    figure = r"[+-]?[\d., ]+(?:k|m|md)?(?: ?(?:" + any_of(w["skip_units"]) + "))?"
    steps = [*w["skip_rates"], figure, *w["skip_words"], "(?:" + any_of(w["skip_adjectives"]) + r")[a-z]*",
             r"[()«»\"“”]"]
    return {
        "justification": re.compile("|".join(rel["justification_cues"])),
        "business": re.compile(r"(?<![\w])(?:" + "|".join(rel["business_words"]) + r")"),
        "qualifier": words(spec["qualifiers"]),
        "prep": re.compile(r"^ ?(?:" + "|".join(spec["narrowing_preps"]) + r")(?: |(?<=')|(?<=d'))(?:[«\"“] ?)?"
                           r"([a-z][a-z'-]*(?: [a-z][a-z'-]*)?)"),
        "direct_object": re.compile(r"^ ?(?:(?:" + any_of(w["object_adverbs"]) + r") )?(?:(?:"
                                    + any_of(w["object_determiners"]) + r")(?: |(?<=')))?(?:l')?(?:(?:"
                                    + any_of(w["new_adjectives"]) + r") )?([a-z][a-z'-]*(?: [a-z][a-z'-]*)?)"),
        "number_word": re.compile(any_of(load("numbers")["number_words"] + w["scale_words"])),
        "kpi_word": re.compile("|".join(p for entry in load("kpis").values() for p in entry["patterns"])),
        "generic": words(spec["generic"]),
        # What an adjective after the KPI never is: the business, a KPI, a number (« trois »).
        "not_narrowing": re.compile(any_of([*spec["generic"], *w["scale_words"], *load("numbers")["number_words"],
                                            *(p for kpi in load("kpis").values() for p in kpi["patterns"])])),
        "segment": re.compile("|".join(spec["segment_cues"])),
        # What the reading of a complement steps over (« par mois », « 20 % », « de »…).
        "skip": re.compile(r" ?(?:" + any_of(steps) + r")(?= |$|,)"),
        "verbal": tuple(w["verbal_kpis"]),
        "links": frozenset(w["links"]),
        "state_verbs": frozenset(w["state_verbs"]),
    }


def find_justification(folded: str) -> Mention | None:
    """The « afin de… / car… » clause, to the end of the sentence, if any."""
    m = _grammar()["justification"].search(folded)
    if not m or m.start() == 0:
        return None
    end = len(folded)
    stop = re.search(r"[.;!?](?!\d)", folded[m.end():])
    if stop:
        end = m.end() + stop.start()
    business = bool(_grammar()["business"].search(folded, m.end(), end))
    return Mention(m.start(), end, "JUSTIFICATION", business, rule="justification")


WORD_KINDS = ("qualifier", "segment")  # narrowing said by words alone, whatever the spans around them


def says_kinds(folded: str, kinds: tuple[str, ...]) -> bool:
    """Whether the text holds a word of one of these ``WORD_KINDS``: without one, ``narrowing``
    finds none of those kinds, so no span needs to be read to know it."""
    if not set(kinds) <= set(WORD_KINDS):
        raise ValueError(f"not a narrowing said by words alone: {kinds}")
    g = _grammar()
    return any(g[kind].search(folded) for kind in kinds)


def word_matches(folded: str, kind: str):
    """Where the words of one of the ``WORD_KINDS`` occur, as ``narrowing`` reads them."""
    return _grammar()[kind].finditer(folded)


def narrowing(folded: str, kpi_mentions: list[Mention], channels: list[Mention],
              blocked: list[Mention], times: list[Mention] = (), text: str | None = None) -> list[str]:
    """What narrows the KPI: channels (not the site as a whole), qualifiers, complements,
    an adjective of the KPI's head and, with the written ``text`` (its capitals), a named area.

    ``blocked`` spans (means, justification) never narrow: a channel named only as a
    means does not make the goal specific (SPEC section 5). ``times`` neither narrow
    nor stop the reading of a complement (« un MRR de 50 k€ à fin T2 pour notre module »).
    """
    g = _grammar()
    found: list[str] = []
    quiet = SpanIndex([*blocked, *times])
    kpi_index, blocked_index, times_index, channel_index = (SpanIndex(ms) for ms in (kpi_mentions, blocked, times,
                                                                                    channels))
    for c in channels:
        if c.value != "website" and not quiet.any(c.start, c.end) and not kpi_index.any(c.start, c.end):
            found.append(f"channel:{c.value}")
    for m in word_matches(folded, "qualifier"):
        if not quiet.any(m.start(), m.end()):
            found.append(f"qualifier:{m.group(0)}")
    for m in word_matches(folded, "segment"):
        if not quiet.any(m.start(), m.end()):
            found.append(f"segment:{m.group(0)}")
    grammar = []  # what only grammar reads: said after the word lists, and only when new
    spans = SpanIndex([*blocked, *times, *channels])
    grammar += [f"area:{area}" for area in named_areas(folded, text, kpi_mentions, spans, _channel_words(), quiet)]
    for k in kpi_mentions:
        if blocked_index.any(k.start, k.end):
            continue
        adjective = head_qualifier(folded, text, k, spans, g["not_narrowing"])
        if adjective:
            grammar.append(f"adjective:{adjective}")
        window = (k.start, k.end + _REACH + 2)  # all that _complements reads
        found.extend(_complements(folded, k, *(index.overlapping(*window)
                                               for index in (blocked_index, times_index, channel_index))))
    said = " ".join(n.partition(":")[2] for n in found)
    found += [n for n in grammar if not re.search(r"(?<![\w])" + re.escape(n.partition(":")[2]) + r"(?![\w])", said)]
    return list(dict.fromkeys(found))


@lru_cache(maxsize=1)
def _channel_words() -> frozenset[str]:
    """The first word of each channel's label, folded (« instagram », « google »): no place."""
    return frozenset(fold(c["label"]).split(" ")[0] for c in load("channels").values())


_REACH = REACH

@lru_cache(maxsize=4096)  # a goal repeating its KPI asks the same few nouns again and again
def _generic(noun: str) -> bool:
    """A complement that names the whole business, its audience or the KPI itself."""
    g = _grammar()
    words = noun.split(" ")
    head, second = words[0], (words[1] if len(words) > 1 else None)
    linked = second is None or second in g["links"] or second.startswith("d'")
    if g["generic"].fullmatch(noun) or (g["generic"].fullmatch(head) and linked):
        return True
    return bool(g["kpi_word"].fullmatch(head)) and linked


def _complements(folded: str, kpi: Mention, blocked: list[Mention], times: list[Mention],
                 channels: list[Mention]) -> list[str]:
    g = _grammar()
    pos, out = kpi.end, []
    verbal = folded[kpi.start:kpi.end].startswith(g["verbal"])
    limit = min(len(folded), kpi.end + _REACH)
    for _ in range(8):
        if pos >= limit or (blocked and inside(blocked, pos, pos + 2)) or folded[pos] in ",.;:!?":
            break
        over = times and next((t for t in times if t.start <= pos + 1 < t.end), None)
        if over:
            pos = over.end
            continue
        tail = folded[pos:limit]
        m = g["prep"].match(tail) or (g["direct_object"].match(tail) if verbal else None)
        if not m:
            skip = g["skip"].match(folded, pos)
            if skip and skip.end() > pos:
                pos = skip.end()
                continue
            break
        noun = m.group(1)
        head = noun.split(" ")[0]
        word_start = pos + m.start(1)
        if g["number_word"].fullmatch(head):
            pos = word_start + len(head)
            continue
        head_end = word_start + len(head)
        if (blocked and inside(blocked, word_start, head_end)) or (times and inside(times, word_start, head_end)):
            pos = word_start
            continue
        if channels and inside(channels, word_start, head_end):
            break  # a channel narrows on its own (counted above when it is not a mere means)
        second = noun[len(head) + 1:]
        if (blocked and inside(blocked, head_end, word_start + len(noun))) or second in g["links"] \
                or second.startswith("d'") or second in g["state_verbs"]:
            noun = head
        if not _generic(noun):
            out.append(f"complement:{noun}")
            break
        pos = word_start + len(head)
    return out
