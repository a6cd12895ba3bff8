"""Filling a series of shows or sessions (« remplir la salle pour nos 8 représentations »,
« que nos 6 soirées soient complètes »): what the user counts is the places sold at each
one, the number of shows said with them, never an abstract fill rate. The nouns of shows,
the measure's words and its default figures are ``show_series`` of ``lang/fr/rewrite.yaml``.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .lexicon import rewrite_data

if TYPE_CHECKING:
    from .reader import TextReader


@lru_cache(maxsize=1)
def _series() -> re.Pattern:
    """A count before a noun of shows: « nos 8 représentations », « les 12 dates » (folded;
    « les séances » alone may be sessions of a fixed capacity, whose fill rate is meant)."""
    w = rewrite_data()["show_series"]
    return re.compile(r"(?<![\w])(?:(?:" + "|".join(w["determiners"]) + r") )?(?P<n>\d+) (?P<show>"
                      + w["nouns"] + r")(?![\w])")


def series(folded: str) -> re.Match | None:
    """The series of shows a goal of filling names, if any."""
    return _series().search(folded)


def show_measure(text: str, folded: str) -> tuple[dict, tuple[int, int]] | None:
    """The measure « places vendues à chacune de nos 8 représentations » for a goal that
    fills the shows of a series the text names (the user's noun and count), and where the
    series stands; None when it names no series."""
    m = series(folded)
    if m is None:
        return None
    w = rewrite_data()["show_series"]
    shows = text[m.start("show"):m.end("show")].lower()
    one = re.sub(r"[sx]$", "", m.group("show").split("-")[0])
    each = w["each"]["f" if one in w["feminine"] else "m"]
    det = m.group(0).split(" ")[-3] if m.group(0).count(" ") >= 2 else ""
    lead = w["of_series"].get(det, w["of_series"]["default"])
    said = f"{lead} {m.group('n')} {shows}"
    measure = w["measure"]
    return {**measure, "noun": [measure["noun"][0].format(each=each, series=said), *measure["noun"][1:]]}, m.span()


def fill_measure(r: "TextReader", entry: dict) -> dict:
    """The measure of a goal of filling: places sold at each show when the text names a
    series (its words then kept from the narrowing), else the rate of capacity ``entry``."""
    shows = show_measure(r.text, r.folded)
    if shows is None:
        return entry
    r.kept.append(shows[1])
    return shows[0]
