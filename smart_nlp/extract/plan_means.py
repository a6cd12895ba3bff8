"""The user's plan said as a clause of its own (lang/fr/plan_means.yaml, issue 11).

The cue-led means of ``means.py`` miss the plans writers say in a clause or a sentence of
their own: « On va faire du porte-à-porte pis mettre plus de budget dans nos pubs »,
« Chaque commercial prépare sa liste », « nous misons sur l'affichage », « Proposez-la à
chaque passage en caisse », « Merci de rappeler les clients ». Read by grammar: after the
goal's first clause, a clause that opens with a subject (the writer, the team, none for a
to-do), a future or an intent, and a verb of action in any person and tense but the past;
its object must fit the verbs that also state goals (« faire 500 ventes » is none). The
rewrite reads the same clauses back (``plan_parts``) to say them as gerunds.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..lang.fr import alternation, load
from ..text import fold
from .base import Mention, inside


@dataclass(frozen=True)
class PlanVerb:
    """One verb of the plan: where its clause, its subject and its verb lie in the text, its
    infinitive (as the rewrite writes it) and the pronoun an imperative carries."""
    start: int
    subject: tuple[int, int] | None
    team: bool
    verb_start: int
    verb_end: int
    lemma: str
    clitic: str | None
    object: tuple[int, int] | None = None  # a passive's subject, the object of the rewrite's gerund
    before: bool = False  # the pronoun stands before the verb (« on les propose »), not after (« proposez-les »)


@lru_cache(maxsize=1)
def _data() -> dict:
    return load("plan_means")


@lru_cache(maxsize=1)
def verb_forms() -> dict[str, str]:
    """Every folded form of a verb of action → its infinitive: regular -er verbs by rule
    (means.yaml action_inflection, and the future), the others as listed."""
    d, rules = _data(), load("means")["action_inflection"]
    forms: dict[str, str] = {}
    for verb in d["verbs"]:
        head, _, rest = fold(verb).partition(" ")
        tail = f" {rest}" if rest else ""
        forms[head + tail] = verb
        if head.endswith(rules["ending"]) and "'" not in head:
            stem = head[:-len(rules["ending"])]
            soft = stem[:-1] + rules["soft"].get(stem[-1:], stem[-1:])
            for ending in d["stem_endings"]:
                forms.setdefault(stem + ending + tail, verb)
            forms.setdefault(soft + d["soft_ending"] + tail, verb)
    for form, verb in d["irregular"].items():
        forms.setdefault(form, verb)
    return forms


@lru_cache(maxsize=1)
def participle_forms() -> dict[str, str]:
    """Every folded past participle of a verb of action → its infinitive."""
    d, ending = _data(), load("means")["action_inflection"]["ending"]
    forms: dict[str, str] = dict(d["irregular_participles"])
    for verb in d["verbs"]:
        head, _, rest = fold(verb).partition(" ")
        if head.endswith(ending) and "'" not in head and not rest:
            forms.update({head[:-len(ending)] + e: verb for e in d["participle_endings"]})
    return forms


@lru_cache(maxsize=1)
def _grammar() -> dict[str, re.Pattern]:
    d = _data()
    forms = sorted(verb_forms(), key=len, reverse=True)
    return {
        "boundary": re.compile(alternation(d["boundaries"])),
        "connector": re.compile(alternation(d["connectors"]) + "(?:,? )"),
        "subject": re.compile(alternation(d["self_subjects"] + d["team_subjects"]) + r"(?: |(?<=') ?)"),
        "aux": re.compile(alternation(d["auxiliaries"]) + r"(?: |(?<=') ?)"),
        "adverb": re.compile(alternation(d["adverbs"]) + " "),
        "pronoun_before": re.compile(d["pronoun_before"] + "(?=[a-z])"),
        "lead": re.compile(alternation(d["imperative_leads"]) + r"(?: |(?<=') ?)"),
        "verb": re.compile(alternation(forms) + r"(?![a-z])(?:-(" + alternation(d["clitics"]) + r")(?![a-z]))?"),
        "objects": {v: re.compile(" ?" + d["object_words"][k]) for v, k in d["objects"].items()},
        "not_after": re.compile(" " + alternation(d["not_after"]) + r"(?:(?<=')|(?![a-z]))"),
        "stop": re.compile("|".join(d["stops"])),
        "sentence_end": re.compile(r"[.;!?\n](?!\d)"),
        "plan_end": re.compile(r"[.;:!?\n](?!\d)"),
        "joint": re.compile(d["verb_joints"]),
        "passive": re.compile(d["passive"] + alternation(sorted(participle_forms(), key=len, reverse=True))
                              + "(?![a-z])"),
        "label": re.compile(r"(?<![\w])" + alternation(d["list_labels"])),
        "item_joint": re.compile(alternation(d["list_joints"])),
    }


def _skip(rx: re.Pattern, folded: str, pos: int) -> tuple[int, tuple[int, int] | None]:
    m = rx.match(folded, pos)
    return (m.end(), (m.start(), m.end() - 1)) if m else (pos, None)


def verb_at(folded: str, pos: int, start: int | None = None) -> PlanVerb | None:
    """The plan clause opening at ``pos`` (connector, subject, future or intent, adverb, verb
    of action whose object fits), or None."""
    g = _grammar()
    pos, _ = _skip(g["connector"], folded, pos)
    pos, subject = _skip(g["subject"], folded, pos)
    pos, lead = _skip(g["lead"], folded, pos) if subject is None else (pos, None)
    origin = pos if subject is None else subject[0]  # the span opens at the subject or the verb
    bare = pos
    pos, _ = _skip(g["aux"], folded, pos)
    pos, _ = _skip(g["adverb"], folded, pos)
    pos, pronoun = _skip(g["pronoun_before"], folded, pos) if subject is not None else (pos, None)
    m = g["verb"].match(folded, pos) or g["verb"].match(folded, bare)  # « je compte sur »: no auxiliary
    if m and pronoun and m.start() != pos:
        return None
    if not m and subject is None and lead is None:
        return _passive(folded, pos, start)
    if not m or g["not_after"].match(folded, m.end()):
        return None
    base = folded[m.start():m.end(1) - len(m.group(1)) - 1] if m.group(1) else m.group(0)
    if start is None and subject is None and lead is None and not base.endswith(_data()["imperative_ending"]):
        return None  # a bare infinitive opens a goal, not a plan
    lemma = verb_forms()[base]
    need = g["objects"].get(fold(lemma))
    if need is not None and not need.match(folded, m.end()):
        return None
    team = subject is not None and folded[subject[0]:subject[1]].strip() not in _data()["self_subjects"]
    if pronoun and m.start() == pos:
        said = folded[pronoun[0]:pronoun[1] + 1].strip()
        return PlanVerb(origin if start is None else start, subject, team, m.start(), m.start() + len(base),
                        lemma, said, before=True)
    return PlanVerb(origin if start is None else start, subject, team, m.start(), m.start() + len(base),
                    lemma, m.group(1))


def _passive(folded: str, pos: int, start: int | None) -> PlanVerb | None:
    """« les anciens adhérents seront relancés »: the noun group becomes the object."""
    m = _grammar()["passive"].match(folded, pos)
    if not m:
        return None
    verb = len(m.group(0)) - len(m.group(0).rsplit(" ", 1)[-1]) + m.start()
    lemma = participle_forms()[folded[verb:m.end()]]
    return PlanVerb(pos if start is None else start, None, False, verb, m.end(), lemma, None, m.span(1))


def find_plan_means(folded: str, means: list[Mention]) -> list[Mention]:
    """``means`` with each plan clause after the goal's first words, to the end of its sentence
    (or a purpose, a reason), as a means; the means read inside it are its own."""
    g = _grammar()
    found: list[Mention] = []
    for b in g["boundary"].finditer(folded):
        start = b.end()
        if start == 0 or start >= len(folded) or inside(found, start, start + 1) or \
                any(m.start < start < m.end for m in means):
            continue
        plan = verb_at(folded, start)
        if plan is None:
            continue
        stop = g["plan_end"].search(folded, plan.verb_end)
        end = stop.start() if stop else len(folded)
        cut = g["stop"].search(folded, plan.verb_end, end)
        end = len(folded[:cut.start() if cut else end].rstrip(" ,:-"))
        if end > plan.verb_end + 2 and not any(m.start <= plan.start and m.end > end for m in means):
            found.append(Mention(plan.start, end, "MEANS", rule="means-plan", extra={"from": start}))
    found += _listed(folded, found, g)
    if not found:
        return means
    kept = [m for m in means if not any(f.extra.get("from", f.start) <= m.start < f.end and m.end <= f.end
                                        or f.rule == "means-list" and m.start < f.end and m.end > f.start
                                        for f in found)]
    return sorted(kept + found, key=lambda m: m.start)


def _listed(folded: str, found: list[Mention], g: dict) -> list[Mention]:
    """Each list of means after a label and a colon, to the end of its sentence (its commas
    join items, they end nothing); ``extra["label"]``: the label's own word, if any."""
    out = []
    for m in g["label"].finditer(folded):
        stop = g["sentence_end"].search(folded, m.end())
        end = len(folded[:stop.start() if stop else len(folded)].rstrip(" ,:-"))
        if end > m.end() + 2 and not inside(found, m.start(), m.end()):
            label = {"label": m.group(1), "from": m.start()}
            out.append(Mention(m.end(), end, "MEANS", rule="means-list", extra=label))
    return out


def list_items(folded: str, start: int, end: int) -> list[tuple[int, int]]:
    """The items of the list ``folded[start:end]``: (start, end) of each."""
    cuts = [(j.start(), j.end()) for j in _grammar()["item_joint"].finditer(folded, start, end)]
    bounds = [start] + [c for cut in cuts for c in cut] + [end]
    return [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]


def plan_parts(folded: str, start: int, end: int) -> list[PlanVerb]:
    """The coordinated verbs of the plan clause ``folded[start:end]`` (« faire des kiosques pis
    appeler nos clients »: two), each from its own clause start."""
    g = _grammar()
    first = verb_at(folded, start, start)
    if first is None:
        return []
    parts = [first]
    for j in g["joint"].finditer(folded, first.verb_end, end):
        nxt = verb_at(folded, j.end(), j.start())
        if nxt is not None and nxt.verb_end <= end:
            parts.append(nxt)
    return parts
