"""A means the user wrote as a bare noun phrase (issue 11: « via les écoles + la page insta »
left « …, la page Instagram. » at the end of the sentence): a means is an adverbial phrase,
so a noun phrase gets its instrument (« grâce à la page Instagram »)."""
from __future__ import annotations

from ..lang.fr import load
from ..text import fold
from .forms import plural_verb, to
from .lexicon import rewrite_data


def with_lead(said: str) -> str:
    """« la page Instagram » → « grâce à la page Instagram »; a means that opens with a
    preposition, a gerund or anything but a determiner, or holds a finite verb, stays as
    written."""
    words = fold(said).split(" ")
    dets, finite = load("word_forms")["determiners"], set(rewrite_data()["finite_verbs"])
    if words[0] not in dets and not any(words[0].startswith(d) for d in dets if d.endswith("'")) \
            or any(w in finite or plural_verb(w) for w in words[1:]):  # « le budget soit confirmé »: a clause
        return said
    return f"{rewrite_data()['coordination']['bare_means_lead']} {to(said[0].lower() + said[1:])}"


def once(means: list[str]) -> list[str]:
    """« grâce au marché et grâce aux écoles » → « grâce au marché et aux écoles »: two means
    in a row with the same instrument say it once."""
    lead = rewrite_data()["coordination"]["bare_means_lead"] + " "
    return [m[len(lead):] if i and m.startswith(lead) and means[i - 1].startswith(lead) else m
            for i, m in enumerate(means)]
