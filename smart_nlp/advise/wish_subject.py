"""The business a vague wish is about (issue 11): « On aimerait que la fromagerie soit plus
connue dans le village » is read as views of the Google listing; the fromagerie, said as
the subject of the wish, is what they are views of — never dropped, nor glued after the
village (« dans le quartier magasin »).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .forms import correct, join_once, of
from .lexicon import rewrite_data
from ..text import fold


@lru_cache(maxsize=1)
def _subject_rx() -> re.Pattern:
    w = rewrite_data()["wish_subject"]
    opener, dets, verbs = ("|".join(w[k]) for k in ("openers", "determiners", "verbs"))
    return re.compile(r"(?<![\w])(?:" + opener + r")(?P<body>(?:" + dets + r")(?: |(?<='))"
                      r"[^,.;:!?\d]{1,40}?) (?:" + verbs + r")(?![\w])")


def wish_subject(folded: str, kpis: list) -> tuple[int, int] | None:
    """Where the subject of « que … soit / devienne » stands in ``folded``, if the goal says
    one and it is no KPI word (« que nos clients soient plus fidèles » measures them)."""
    m = _subject_rx().search(folded)
    if m is None or any(k.start < m.end("body") and m.start("body") < k.end for k in kpis):
        return None
    return m.span("body")


def keep_subject(r, noun) -> tuple[int, int] | None:
    """The wish's subject for the goal ``r`` reads (a ``kpi_reader.GoalReader``), kept aside
    so no narrowing reads it again; ``None`` when the KPI ``noun`` already says it (« la
    note du restaurant de la plage »)."""
    body = wish_subject(r.folded, r.facts.kpis)
    if body is None or re.sub(r"^\w+(?: |')", "", r.folded[body[0]:body[1]]) in fold(noun.text):
        return None
    r.kept.append(body)
    return body


def with_subject(r, body: tuple[int, int] | None, inline: str) -> str:
    """« de la fromagerie dans le village »: the subject first, then what else narrows."""
    return join_once([of(correct(r.text[body[0]:body[1]])), inline]) if body else inline
