"""KPI words that qualify the noun a figure counts (« 92 % de familles satisfaites »,
« 2 500 tonnes de compost vendues »): the measure starts at that noun, the KPI id stays
the one the words name (a participle of « vendre » keeps the goal a goal of sales).
"""
from __future__ import annotations

import re

from ..extract.base import Mention
from ..extract.kpi_forms import forms as kpi_verb_forms
from ..text import fold
from .forms import noun_form, of_forms


def qualified_start(text: str, folded: str, m: Mention) -> int | None:
    """Where the noun the KPI words qualify starts, or None: a plural noun after a share's
    « de » (« 92 % de familles satisfaites »), or a plural noun of measure and its matter
    after a figure, before a KPI participle (« 2 500 tonnes de compost vendues »)."""
    said = fold(text[m.start:m.end]).split(" ")[0]
    of = "|".join(of_forms())
    share = re.search(r"% (?:" + of + r") ([a-z-]+[sx]) $", folded[:m.start])
    if share is not None and noun_form(said) is None and said.endswith(("s", "x")):
        return share.start(1)
    matter = re.search(r"\d ([a-z-]{3,}[sx]) (?:" + of + r") ?(?:[a-z'-]+ ){1,3}$", folded[:m.start])
    participle = " " not in fold(text[m.start:m.end]) and kpi_verb_forms().get(said, said) != said
    return matter.start(1) if matter is not None and participle else None
