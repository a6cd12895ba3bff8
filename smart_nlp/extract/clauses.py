"""Clause-level evidence: business justification (relevant) and narrowing (specific)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang.fr import load
from .base import Mention, inside


@lru_cache(maxsize=None)
def _grammar() -> dict:
    rel = load("relevance")
    spec = load("specificity")
    words = lambda items: re.compile(r"(?<![\w])(?:" + "|".join(items) + r")(?![\w])")  # noqa: E731
    return {
        "justification": re.compile("|".join(rel["justification_cues"])),
        "business": re.compile(r"(?<![\w])(?:" + "|".join(rel["business_words"]) + r")"),
        "qualifier": words(spec["qualifiers"]),
        "prep": re.compile(r"^ ?(?:" + "|".join(spec["narrowing_preps"]) + r") ?(?:[«\"“] ?)?([a-z][a-z'-]*(?: [a-z][a-z'-]*)?)"),
        "direct_object": re.compile(r"^ ?(?:notre|nos|mon|ma|mes|le|la|les|l'|ce|cette|ces|son|sa|leur) ?(?:nouvelle?s? |nouveaux |)([a-z][a-z'-]*)"),
        "generic": words(spec["generic"]),
        "segment": re.compile("|".join(spec["segment_cues"])),
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


_SKIP = re.compile(r" ?(?:[+-]?[\d.,  ]+(?:k|m|md)?(?: ?(?:%|€|\$|points?|pts?|euros?))?|a|de|d'|par|en moyenne|au moins|environ|actuellement|(?:annuel|mensuel|hebdomadaire|trimestriel|nouveau|nouvel|supplementaire)[a-z]*|[()«»\"“”])(?= |$|,)")


def narrowing(folded: str, kpi_mentions: list[Mention], channels: list[Mention],
              blocked: list[Mention]) -> list[str]:
    """What narrows the KPI: channels (not the site as a whole), qualifiers, complements.

    ``blocked`` spans (means, justification, deadline) never narrow: a channel named
    only as a means does not make the goal specific (SPEC section 5).
    """
    g = _grammar()
    found: list[str] = []
    for c in channels:
        if c.value != "website" and not inside(blocked, c.start, c.end):
            found.append(f"channel:{c.value}")
    for m in g["qualifier"].finditer(folded):
        if not inside(blocked, m.start(), m.end()):
            found.append(f"qualifier:{m.group(0)}")
    for m in g["segment"].finditer(folded):
        if not inside(blocked, m.start(), m.end()):
            found.append(f"segment:{m.group(0)}")
    for k in kpi_mentions:
        if inside(blocked, k.start, k.end):
            continue
        found.extend(_complements(folded, k, blocked))
    return list(dict.fromkeys(found))


def _complements(folded: str, kpi: Mention, blocked: list[Mention]) -> list[str]:
    g = _grammar()
    pos, out = kpi.end, []
    verbal = folded[kpi.start:kpi.end].startswith(("faire", "se faire", "fidelis"))
    limit = min(len(folded), kpi.end + 80)
    for _ in range(6):
        if pos >= limit or inside(blocked, pos, pos + 2) or folded[pos] in ",.;:!?":
            break
        tail = folded[pos:limit]
        m = g["prep"].match(tail) or (g["direct_object"].match(tail) if verbal else None)
        if not m:
            skip = _SKIP.match(folded, pos)
            if skip and skip.end() > pos:
                pos = skip.end()
                continue
            break
        noun = m.group(1)
        head = noun.split(" ")[0]
        word_start = pos + m.start(1)
        if inside(blocked, word_start, word_start + len(head)):
            break
        if not g["generic"].fullmatch(head) and not g["generic"].fullmatch(noun):
            out.append(f"complement:{noun}")
            break
        pos = pos + m.start(1) + len(head)
    return out
