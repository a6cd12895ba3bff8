"""The user's plan said as a clause of its own, written as the rewrite's means (issue 11).

« On va faire des kiosques pis appeler nos anciens clients » → « en faisant des kiosques et
en appelant nos anciens clients »; « Proposez-la à chaque passage en caisse » → « en la
proposant à chaque passage en caisse »; a team's plan keeps its subject as an absolute
participle (« chaque membre du comité appelant dix anciens joueurs »). The user's words
after each verb stay theirs, counts included; only the person and tense are fitted.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..extract.base import Mention
from ..extract.plan_means import PlanVerb, list_items, plan_parts
from ..lang.fr import alternation, load
from ..text import fold
from .forms import correct, join_and, starts_with_vowel, to
from .gerunds import gerund, gerund_phrase
from .lexicon import clean, strip_marks


def plan_text(text: str, m: Mention) -> str | None:
    """The plan clause ``m`` as gerunds (one per coordinated verb), None when it holds no verb
    of action the grammar reads."""
    parts = plan_parts(fold(text), m.start, m.end)
    if not parts:
        return None
    said = [_said(text, p, parts[i + 1].start if i + 1 < len(parts) else m.end) for i, p in enumerate(parts)]
    return join_and(said)


def _said(text: str, p: PlanVerb, end: int) -> str:
    """One verb and the user's words after it, as a gerund (or a team's participle)."""
    after = p.verb_end + (len(p.clitic) + 1 if p.clitic and not p.before else 0)
    closing = _closing().search(fold(text[after:end]))
    rest = correct(clean(strip_marks(text[after:after + closing.start() if closing else end])), clause=True)
    said = f"{p.lemma} {_lower(clean(text[p.object[0]:p.object[1]]))} {rest}" if p.object else f"{p.lemma} {rest}"
    phrase = gerund(said.strip())  # a passive's noun group is the object: « en relançant les adhérents »
    marker = load("word_forms")["gerund_rule"]["marker"] + " "
    if not phrase.startswith(marker):  # a verb the gerund table cannot form: the user's words as said
        return correct(clean(strip_marks(text[p.verb_start:end])), clause=True)
    participle = phrase[len(marker):]
    if p.clitic:
        clitic = p.clitic.rstrip("'")
        elided = clitic in load("plan_means")["elided_clitics"] + [clitic[:1]] and starts_with_vowel(participle)
        participle = (clitic[0] + "'" if elided else clitic + " ") + participle
    if p.team and p.subject:
        subject = text[p.subject[0]:p.subject[1]].strip()
        return f"{_lower(subject)} {participle}"
    return gerund_phrase(participle)


def list_text(text: str, m: Mention) -> str:
    """A list of means after a label: « grâce à 4 sorties, à un stand et aux affiches » when each
    item opens with a determiner or a count, else after its label (« avec comme leviers : … »)."""
    d, folded = load("plan_means"), fold(text)
    items = [correct(clean(strip_marks(text[a:b])), clause=True) for a, b in list_items(folded, m.start, m.end)]
    items = [i for i in items if i]
    dets = load("word_forms")["determiners"] + d["list_determiners"]
    if all(i[:1].isdigit() or fold(i).split(" ")[0] in dets or fold(i)[:2] in dets for i in items):
        return f"{d['list_lead']} " + join_and([to(_lower(i)) for i in items])
    label = d["list_labels_said"].get(m.extra.get("label") or "", d["list_label_default"])
    return d["list_bare"].format(label=label) + " " + join_and([_lower(i) for i in items])


@lru_cache(maxsize=1)
def _closing() -> re.Pattern:
    """A politeness closing the to-do (« svp »)."""
    return re.compile("(?:[ ,!]+" + alternation(load("plan_means")["closing_words"]) + r")+[ .!]*$")


def _lower(said: str) -> str:
    """The first letter in lower case, unless the word is an acronym (« SMS »)."""
    return said if said[1:2].isupper() else said[:1].lower() + said[1:]
