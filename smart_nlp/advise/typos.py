"""Typos of recognised words in the words a rewrite keeps (issue 11, SPEC 6: « abonées »
is corrected): the extractor's spelling corrector (rapidfuzz over the lexicon words, real
words of ``known_words.txt`` left alone) names the word meant. Only for words typed with
an accent that no French word has: a bare word may be a real one the tables lack (« stage »
is no « stade »).
"""
from __future__ import annotations

from ..extract.lexicon_words import lexicon_words
from ..extract.spelling import correction, known
from ..lang.fr import verb_forms


def misspelt(folded: str, real: bool) -> str | None:
    """The folded lexicon word ``folded`` is a typo of, ``None`` when it is a word as it
    stands (``real``: the caller's own tables know it) or too far from any."""
    if real or len(folded) < 5 or known(folded) or folded in lexicon_words() or folded in verb_forms():
        return None
    return correction(folded)
