"""The narrowing of a short phrase, such as a rewrite's main clause, read without its
figures and targets: ``phrase_narrowing`` lists it, ``phrase_narrows`` only says whether
there is any and stops reading as soon as one word settles it."""
from __future__ import annotations

from ..text import fold
from .base import Mention, SpanIndex
from .clauses import WORD_KINDS, find_justification, narrowing, says_kinds, word_matches
from .deadlines import find_times
from .facts import GoalFacts, extract, kpi_mentions, kpis_outside, opens_with_purpose, read_spans
from .lexicon import find_channels
from .means import find_means


def phrase_narrows(text: str, kinds: tuple[str, ...] | None = None) -> bool:
    """``bool(phrase_narrowing(text, kinds))``, answered as soon as a qualifier or segment
    word, or a channel outside the KPI mentions, lies outside every time, means and nil
    means: the means ``facts.read_spans`` keeps are a subset of those, so that word is kept too."""
    folded = fold(text)
    if kinds is not None and not says_kinds(folded, kinds):
        return False
    if find_justification(folded) or opens_with_purpose(folded):
        return bool(phrase_narrowing(text, kinds))
    words = [m for kind in kinds or WORD_KINDS for m in word_matches(folded, kind)]
    times = find_times(folded)
    means = find_means(folded, times)
    quiet = SpanIndex([*means[0], *means[1], *times])
    if any(not quiet.any(m.start(), m.end()) for m in words) or kinds is None and _free_channel(folded, quiet):
        return True
    return bool(phrase_narrowing(text, kinds, times, means))


def _free_channel(folded: str, quiet: SpanIndex) -> bool:
    """A channel (not the site) outside ``quiet`` and every KPI mention: ``narrowing`` counts
    it, as the neighbours only add channels and it sees some of these KPI mentions."""
    channels = find_channels(folded)
    free = [c for c in channels if c.value != "website" and not quiet.any(c.start, c.end)]
    kpis = SpanIndex(kpi_mentions(folded, channels)[0]) if free else None
    return any(not kpis.any(c.start, c.end) for c in free)


def phrase_narrowing(text: str, kinds: tuple[str, ...] | None = None, times: list[Mention] | None = None,
                     means: tuple[list[Mention], list[Mention]] | None = None) -> list[str]:
    """``extract(text).narrowing`` without reading figures and targets, for a short phrase
    such as a rewrite's main clause: its narrowing needs only the lexicon, time, means and
    justification spans. A justification or a purpose after an opening action can turn
    into means once targets are read (``extract``), so a phrase that has one is read in full. ``kinds`` (some of
    ``clauses.WORD_KINDS``): only the narrowing of those kinds, and no span read at all
    when the phrase has none of their words. ``times``, ``means``: already read."""
    folded = fold(text)
    if kinds is not None and not says_kinds(folded, kinds):
        return []
    facts = GoalFacts(text)
    kpis = read_spans(facts, folded, times, means)
    if facts.justification or opens_with_purpose(folded):
        found = extract(text).narrowing
    else:
        facts.kpis = kpis_outside(facts, kpis)
        found = narrowing(folded, facts.kpis, facts.channels, facts.side, facts.times, text)
    return found if kinds is None else [f for f in found if f.split(":", 1)[0] in kinds]

