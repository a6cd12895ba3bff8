"""A count of the user's own words (« 80 adoptions », « 200 animaux placés ») said by a body
that sells nothing: its people are its own (« [familles à préciser] », not a target market),
and it gets the reason of its mission, since the money KPI first read for the count had none
(issue 11, review round 12: a profitability reason for an animal shelter)."""
from __future__ import annotations

from ..text import fold
from . import organisation
from .forms import of
from .lexicon import rewrite_data
from .realise import bracket


def public(text: str, default: str) -> str:
    """The placeholder of whom the count is about, in the body's own terms."""
    org = organisation.kind(fold(text))
    return org["narrow"] if org else default


def reasons(text: str, said: list[str]) -> list[str]:
    """The user's reasons, else the body's reason for what it counts of its own."""
    org = None if said else organisation.kind(fold(text))
    if org is None:
        return said
    return [rewrite_data()["reason"].format(reason=of(bracket(organisation.reason(org, None, unknown=True))))]
