"""The business or place a goal is about, kept as its KPI's owner (issue 11): « Notre
camping a un taux d'occupation de 62 % » → « le taux d'occupation de notre camping », never
« de [lieu ou session à préciser] »; « Pour l'office du tourisme de Durbuy, … » and
« … pour l'atelier de lutherie. » likewise. It is found by its place in the sentence (the
subject before a verb, a phrase fronted or closing with « pour ») and its head noun (a
trade's, an organisation's or a business's, ``rewrite.yaml`` ``owner``).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from . import organisation, trade
from .forms import correct, of, of_forms
from .lexicon import rewrite_data
from .wellformed import noun_phrase_fault
from ..text import fold


@lru_cache(maxsize=1)
def _forms() -> tuple[re.Pattern, ...]:
    w = rewrite_data()["owner"]
    body = r"(?P<body>(?:" + "|".join(w["determiners"]) + r")(?: |(?<='))(?!\d)[^,.;:!?\d]{2,60}?)"
    verbs = "|".join(w["verbs"])
    lead = r"^(?:[\w-]+, )?"  # « Présentement, notre camping a… »
    subject = re.compile(lead + body + r" (?:" + verbs + r")(?![\w])")
    fronted = re.compile(lead + w["fronted"] + " " + body + r" ?[,:]")
    closing = re.compile(r"(?<![\w])" + w["fronted"] + " " + body + r" ?[.!]?$")
    topic = re.compile(lead + body + r", (?:" + "|".join(w["topic_next"]) + r")(?![\w])")
    return subject, fronted, closing, topic


def owner_span(text: str, folded: str, kpis: list = ()) -> tuple[int, int, bool] | None:
    """Where the business the goal is about stands, if it names one by its place and head
    and it holds no fact (``kpis``: a KPI word, a deadline), and whether the user said it
    after « pour »."""
    w = rewrite_data()["owner"]
    for rx in _forms():
        m = rx.search(folded.rstrip())
        if m is None:
            continue
        s, e = m.span("body")
        said = folded[s:e]
        if len(said.split()) > w["max_words"] or noun_phrase_fault(text[s:e]):
            continue
        head = re.sub(r"^\S+?(?: |(?<='))", "", said)
        if any(k.start < e and s < k.end for k in kpis):
            continue
        found = trade.sector(head)
        if re.match(w["heads"], head) or (found and found[1] == 0) or organisation.kind(head.split(" ")[0]):
            return s, e, rx in _forms()[1:3]
    return None


def with_owner(inline: str, own: tuple[str, bool] | None, kpi: str) -> str:
    """« prêts de la médiathèque de Saint-Flour »: the owner after what else narrows the
    KPI, unless the ``kpi`` words or ``inline`` already name its head; a place the inline
    already says is not said twice (« à Namur pour notre escape game »)."""
    if not own:
        return inline
    w = rewrite_data()["owner"]
    words = (w["fronted"] + " " + own[0] if own[1] else of(own[0])).split(" ")
    small = {*w["determiners"], w["fronted"], *of_forms()}
    head = next((x for x in re.split(r"[ ']", fold(own[0])) if len(x) > 1 and x not in small), "")  # never « l' »
    said = fold(kpi + " " + inline)
    if re.search(r"(?<![\w])" + re.escape(head), said):
        return inline
    for i in range(2, len(words)):
        if fold(" ".join(words[i:])) in said:
            words = words[:i]
            break
    return " ".join(x for x in (inline, " ".join(words)) if x)


def owned(r, narrowing: Callable[[], str], kpi: str, family: str) -> tuple[str, tuple[str, bool] | None]:
    """What narrows the KPI (``narrowing`` reads it) and the owner to add: the user's
    « pour … » always; the subject only when nothing else narrows a short ``kpi`` that is
    no amount (« dons de l'association » would say who gives), else its words are left
    to the narrowing, as before. A goal naming a channel keeps its reading as before."""
    before = len(r.kept)
    span = None if r.facts.channels else owner_span(r.text, r.folded, [*r.facts.kpis, *r.roles])
    long = family == "amount" or len(kpi.split(" ")) > rewrite_data()["owner"]["of_max_words"]
    if span is None or not span[2] and long:
        return narrowing(), None
    if not span[2]:
        inline = narrowing()
        if inline:
            return inline, None
        del r.kept[before:]
    r.kept.append(span[:2])
    said = correct(r.text[span[0]:span[1]])
    return narrowing(), (said[0].lower() + said[1:], span[2])
