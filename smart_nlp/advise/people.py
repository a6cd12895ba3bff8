"""People the user names without a preposition (« où les jeunes ont envie de venir »,
« Attirer des retraités »): said as those the measure is taken among (« auprès des jeunes »),
never glued to a placeholder or to the KPI noun that replaced them."""
from __future__ import annotations

import re

from ..extract.phrase import phrase_narrows
from ..text import fold
from .forms import infinitive, of, plural_verb
from .lexicon import preps, rewrite_data


def _among(words: str) -> str:
    return f"{rewrite_data()['audience_prep']} {of(rewrite_data()['people_article'] + ' ' + words)}"


def among(inline: str) -> bool:
    """Whether ``inline`` already says the people the measure is taken among (« auprès des
    retraités »): no segment placeholder then, even on a placeholder KPI."""
    return fold(_among("")) in fold(inline) and phrase_narrows(inline, ("qualifier",))


def among_people(inline: str) -> str:
    """« [l'indicateur à préciser] auprès des jeunes »: people the text names with no
    preposition (« un endroit où les jeunes ont envie de venir ») are those the measure is
    taken among, not a word glued to a placeholder."""
    words = inline.strip()
    if not words or " " in words or preps().match(fold(words)) or not phrase_narrows(words, ("qualifier",)):
        return inline
    return _among(words)


def object_people(text: str, folded: str, s: int, e: int) -> str | None:
    """« Attirer des retraités un peu plus sportifs » → « auprès des retraités »: the people the
    goal's verb acts on (said with an article, not a preposition) are those the count is taken
    among once the KPI names what is counted; ``None`` for any other narrowing word."""
    articles = "|".join(rewrite_data()["object_articles"])
    before = re.search(r"([\w'-]+) (?:" + articles + r")(?: |(?<='))$", folded[max(0, s - 40):s])
    if not before or not (infinitive(before.group(1)) or plural_verb(before.group(1))) \
            or not phrase_narrows(text[s:e], ("qualifier",)):
        return None
    return _among(text[s:e])
