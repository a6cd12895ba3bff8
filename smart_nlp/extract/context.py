"""Clauses of context: the facts a goal states around itself (lang/fr/context.yaml).

« Le réseau compte 1 500 agences ; chaque franchisé devra signer 8 mandats » aims at 8:
1 500 sits in a clause that states what exists. A clause runs between punctuation marks;
inside it, the nearest cue before a number decides its role: a context cue (an opener
such as « alors que », a verb of state, a compound past « a réalisé », a forecast « devrait
atteindre ») makes it context,
a goal word or an infinitive after that cue (« … a annoncé vouloir atteindre ») gives the
clause back to the goal. Context numbers are never targets, and a past result or current
level in the target's unit is the baseline; dates in context, or after a verb that says
when something starts, are never deadlines.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from ..lang.fr import alternation, load, verb_forms
from ..text import PICTOGRAPH

_CLAUSE = re.compile(r"[.;!?\n](?!\d)|, (?!\d)|: ")
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
_DIGITS = re.compile(r"\d[\d  .,]*\d|\d")


@lru_cache(maxsize=1)
def _infinitives() -> frozenset[str]:
    return frozenset(form for form, kind in verb_forms().items() if kind == "inf")


@lru_cache(maxsize=1)
def _plurals() -> frozenset[str]:
    """Third person plurals in the present (« animent », « vendent »), from verb_forms.tsv."""
    from importlib import resources

    text = resources.files("smart_nlp.lang.fr").joinpath("verb_forms.tsv").read_text(encoding="utf-8")
    return frozenset(line.split("\t")[0] for line in text.splitlines() if line.endswith("\t3pl"))


def _participles_of(verbs, rules) -> set[str]:
    return {inf[:-len(end)] + part for inf in verbs for end, part in rules
            if inf.endswith(end) and len(inf) > len(end) + 1}


@lru_cache(maxsize=1)
def _participles() -> tuple[frozenset[str], frozenset[str]]:
    """(participles after any auxiliary, participles after « a », which may be « à »)."""
    data = load("context")
    rules, planning = data["participle_rules"], set(data["goal_participles"])
    every = set(data["participles"]) | _participles_of(_infinitives() | set(data["infinitives"]), rules)
    results = set(data["participles"]) | _participles_of(data["result_verbs"], rules)
    return frozenset((every | results) - planning), frozenset(results - planning)


def participle(folded_word: str) -> bool:
    """Whether a folded word is a past participle (« accueillies », « posees »)."""
    every = _participles()[0]
    return folded_word in every or folded_word.endswith("s") and folded_word[:-1] in every


def _is_infinitive(folded: str, m: re.Match, infinitives: frozenset[str], irregular: frozenset[str]) -> bool:
    """A verb table lookup, or the -er / -ir ending of most French verbs (not « -ier »)
    when no determiner makes the word a noun (« le manager », « la newsletter »)."""
    word = m.group(0)
    if word in infinitives or word in irregular:
        return True
    g = _grammar()
    if len(word) < 4 or not word.endswith(g["infinitive_endings"]) or word.endswith(g["not_infinitive_endings"]):
        return False
    return not _noun(folded, m.start()) or bool(g["infinitive_lead"].search(folded, max(0, m.start() - 12), m.start()))


@lru_cache(maxsize=1)
def _grammar() -> dict:
    data = load("context")
    word = r"(?<![\w'])"
    adverbs = alternation(data["adverbs"])
    w = load("grammar_words")["context"]
    return {
        "opener": re.compile(word + alternation(data["openers"]) + r"(?:(?<=')|(?![a-z]))"),
        "stative": re.compile(word + alternation(data["stative"]) + r"(?![a-z])"),
        "owned": re.compile(r"(?:^|(?<=[.;:!?,] )|(?<=\n))" + alternation(data["owners"]) + r"(?: [\w'-]+){0,3}? "
                            + r"(?P<v>[a-z]+)(?= (?:" + alternation(data["approximations"]) + r" )?[\d+-])"),
        "owned_verbs": frozenset(data["owned_verbs"]),
        "plural_ending": data["plural_ending"],
        "state": re.compile(word + alternation(data["state"]) + r"(?![a-z])"),
        "auxiliary": re.compile(word + alternation(data["auxiliaries"]) + rf"(?: {adverbs})* (?P<p>[a-z]+)(?![a-z'])"),
        "goal": re.compile("(?:" + word + "|" + "".join(f"(?<={re.escape(e)})" for e in w["goal_elision"]) + ")"
                           + alternation(data["goal_words"]) + r"(?![a-z])"),
        "forecast": re.compile(word + "".join(f"(?<!{w})" for w in data["forecast_not_after"])
                               + alternation(data["forecasts"]) + rf"(?: {adverbs})* [a-z]+(?![a-z'])"),
        "wished": re.compile("(?:" + word + "|" + "".join(f"(?<={re.escape(e)})" for e in w["goal_elision"]) + ")"
                             + alternation(data["goal_words"]) + " (?:" + alternation(data["wish_links"]) + " )?"
                             + alternation(data["wish_que"]) + r"(?:(?<=')|(?![a-z]))"),
        "past_time": re.compile(r"(?:^|(?<=[.;:!?,(] )|(?<=\n)|(?<=[" + PICTOGRAPH + "] ))"
                                + alternation(data["past_times"]) + r"(?![a-z])"),
        "relative": re.compile(word + alternation(data["relative"]) + r" $"),
        "start_before": re.compile(word + alternation(data["starts"]) + r" (?:(?:" + "|".join(w["start_articles"])
                                   + r") ?)?$"),
        "determiner": re.compile(r"(?<![\w'])" + alternation(data["determiners"]) + r" ?$"),
        "restating": re.compile(alternation(w["restating"]) + " "),
        "recent_past": re.compile(word + alternation(data["recent_past"])),
        "past_link": re.compile(r" ?(?:" + alternation(data["past_infinitive_links"]) + r" ?)?"),
        "perceived": re.compile(r" " + alternation(data["past_perception"]) + r"$"),
        "short_object": re.compile(r" (?:[a-z']+ ){1,3}"),
        "infinitives": frozenset(data["infinitives"]),
        "infinitive_endings": tuple(w["infinitive_endings"]),
        "infinitive_lead": re.compile(r"(?<![\w])" + alternation(w["infinitive_leads"]) + r" ?$"),
        "not_infinitive_endings": tuple(w["not_infinitive_endings"]),
    }


def _wished(folded: str, start: int, g: dict) -> bool:
    """« nous voulons que notre appli compte… »: a verb under a wish is the goal's subjunctive."""
    return bool(g["wished"].search(folded, _sentence_start(folded, start), start))


@lru_cache(maxsize=256)
def _cues(folded: str) -> tuple[list[int], list[tuple[int, str]]]:
    """Clause starts, and every cue of the text as (end, kind), in text order."""
    g = _grammar()
    clauses = [0] + [m.end() for m in _CLAUSE.finditer(folded)]
    found: list[tuple[int, int, str]] = []
    for kind in ("opener", "stative", "state", "goal"):
        found += [(m.start(), m.end(), kind) for m in g[kind].finditer(folded)
                  if kind != "stative" or not (_noun(folded, m.start()) or _wished(folded, m.start(), g))]
    found += [(m.start(), m.end(), "stative") for m in g["owned"].finditer(folded)  # « nos formateurs animent 3 »
              if (m["v"] in g["owned_verbs"] or m["v"] in _plurals() or m["v"].endswith(g["plural_ending"]))
              and not g["goal"].search(m.group(0)) and not _verbal_subject(m.group(0), g)]
    found += [(m.start(), m.end(), "past") for m in g["past_time"].finditer(folded)]
    every, results = _participles()
    passive = " " + load("context")["passive_past"] + " "  # « a été téléchargée »: a compound past whatever the verb
    aimed = load("context")["infinitive_auxiliaries"]
    for m in g["auxiliary"].finditer(folded):
        aux = m.group(0).split(" ")[0]
        if aux in aimed and g["goal"].search(folded, _sentence_start(folded, m.start()), m.start()):
            continue
        if m["p"] in (results if aux in ("a", "n'a") else every) or passive in m.group(0):
            found.append((m.start(), m.end(), "past"))
    found += [(m.start(), m.end(), "past") for m in g["recent_past"].finditer(folded)]
    infinitives, irregular = _infinitives(), g["infinitives"]
    verbs = _not_past([m for m in _WORD.finditer(folded) if _is_infinitive(folded, m, infinitives, irregular)],
                      [(s, e) for s, e, kind in found if kind == "past"], folded, g)
    goals = sorted([s for s, _, kind in found if kind == "goal"] + [m.start() for m in verbs])
    # « l'ARR devrait atteindre »: expected, not aimed at; « il a été décidé que… devrait
    # atteindre », « afin d'amortir…, le nombre devrait atteindre »: a goal said before it
    # in its sentence makes it the goal's
    forecasts = [(m.start(), m.end()) for m in g["forecast"].finditer(folded)
                 if not any(_sentence_start(folded, m.start()) <= s < m.start() for s in goals)]
    found += [(s, e, "forecast") for s, e in forecasts]
    found += [(m.start(), m.end(), "goal") for m in verbs if not any(s <= m.start() < e for s, e in forecasts)]
    found.sort(key=lambda c: (c[1], c[0]))
    return clauses, [(end, kind) for _, end, kind in found]


def _not_past(verbs: list[re.Match], pasts: list[tuple[int, int]], folded: str, g: dict) -> list[re.Match]:
    """The infinitives that are no part of a past: « on a réussi à ramener », « vous avez su
    faire croître », « vient de franchir », « a vu ses nuitées grimper » report a result."""
    ends = sorted(pasts, key=lambda p: p[1])
    kept = []
    for m in verbs:
        last = next(((s, e) for s, e in reversed(ends) if e <= m.start()), None)
        between = folded[last[1]:m.start()] if last else None
        if between is not None and (g["past_link"].fullmatch(between) or (
                g["perceived"].search(folded, last[0], last[1]) and g["short_object"].fullmatch(between))):
            ends.append((m.start(), m.end()))  # « faire croître »: the next infinitive chains on
            continue
        kept.append(m)
    return kept


def _sentence_start(folded: str, start: int) -> int:
    return max(folded.rfind(mark, 0, start) for mark in ".;!?\n") + 1


def _noun(folded: str, start: int) -> bool:
    """Whether a determiner stands right before ``start`` (« notre compte », « le premier »)."""
    return bool(_grammar()["determiner"].search(folded, max(0, start - 8), start))


def role(folded: str, start: int) -> str | None:
    """The kind of context cue that governs position ``start``: « opener », « stative »,
    « state », « past » or « forecast »; None when the goal governs it."""
    g = _grammar()
    relative = g["relative"].search(folded, max(0, start - 40), start)
    if relative and not g["goal"].search(relative.group(0)):  # « un réseau … qui veut 20 % » aims
        return "stative"
    clauses, cues = _cues(folded)
    k = own = bisect_left(clauses, start + 1) - 1
    while k > 0 and g["restating"].match(folded, clauses[k]):
        k -= 1  # « On a vendu 1 300 paniers, soit 20 % de plus »: the restatement is the clause before
    clause_start = clauses[k]
    if k < own:  # … and the figure it restates has the cue (« a franchi 180 000 … depuis son lancement, en hausse »)
        start = max((m.start() for m in _DIGITS.finditer(folded, clause_start, clauses[own])), default=start)
    i = bisect_left(cues, (start + 1,)) - 1  # the last cue ending at or before ``start``
    if i < 0 or cues[i][0] <= clause_start:
        return None
    kind = cues[i][1]
    return None if kind == "goal" else kind


def aimed_in_sentence(folded: str, start: int) -> bool:
    """Whether a goal word or an infinitive stands before ``start`` in its sentence (« Est-ce
    qu'on peut viser 50 inscrits ? » still aims at 50)."""
    lo = _sentence_start(folded, start)
    return any(kind == "goal" and lo < end <= start for end, kind in _cues(folded)[1])


def compound_past(words: list[str]) -> int | None:
    """Where folded words hold an auxiliary then a participle (« a accueilli », « ont
    vendu »): the auxiliary's index, else None."""
    every, results = _participles()
    aux = set(load("context")["auxiliaries"])
    return next((i for i, (a, p) in enumerate(zip(words, words[1:])) if a in aux and (p in every or p in results)),
                None)


def _verbal_subject(words: str, g: dict) -> bool:
    """« le ramener à 1 € »: an infinitive after the article makes it a pronoun, no subject."""
    first = words.split(" ")[1] if " " in words else ""
    return first in _infinitives() or first in g["infinitives"] or \
        first.endswith(g["infinitive_endings"]) and not first.endswith(g["not_infinitive_endings"])


def has_goal_cue(folded: str, upto: int | None = None) -> bool:
    """Whether the text says a goal (a goal word or an infinitive) before ``upto``, or
    anywhere: if it does, figures in clauses of context stay context even when no other
    figure is left."""
    return any(kind == "goal" and (upto is None or end <= upto) for end, kind in _cues(folded)[1])


def governs_text(folded: str, start: int) -> str | None:
    """``role`` across clause marks: the last cue before ``start`` in the whole text
    (« On a 3 salons, 2 coiffeuses par salon »: the second clause has no verb)."""
    cues = _cues(folded)[1]
    i = bisect_left(cues, (start + 1,)) - 1
    return None if i < 0 or cues[i][1] == "goal" else cues[i][1]


SENTENCE = re.compile(r"[.;!?\n](?!\d)| : ")


def before_goal(folded: str, start: int) -> bool:
    """Whether ``start`` sits in a sentence with no goal word that comes before the first
    sentence with one (« Le restaurant a 3,9 étoiles ; je veux remonter à 4,4 »): the
    writer states where things are, then what they want. A heading before a colon counts
    as a sentence (« Cabinet ouvert en 2009, 3 fauteuils : on veut 25 patients par mois »)."""
    goals = _goal_ends(folded)
    if not goals or goals[0] <= start:
        return False
    return bool(SENTENCE.search(folded, start, goals[0]))


@lru_cache(maxsize=256)
def _goal_ends(folded: str) -> list[int]:
    return [end for end, kind in _cues(folded)[1] if kind == "goal"]


def goal_after(folded: str, start: int) -> int | None:
    """Where the goal word of ``start``'s sentence ends when ``start`` stands before it, in
    the part of the sentence that names who aims (« Notre amicale de 45 bénévoles veut… »);
    None when a goal word comes earlier in the sentence or none follows."""
    lo = next((m.end() for m in reversed(list(SENTENCE.finditer(folded, 0, start)))), 0)
    ends = _goal_word_ends(folded)
    i = bisect_left(ends, lo + 1)
    if i == len(ends) or ends[i] <= start:
        return None
    stop = SENTENCE.search(folded, start)
    return ends[i] if stop is None or ends[i] <= stop.start() else None


@lru_cache(maxsize=256)
def _goal_word_ends(folded: str) -> list[int]:
    """The ends of the goal words (« veut », « doit », « objectif »), not of the infinitives
    (« …, pour atteindre 3 200 commandes » is a purpose; « électroménager » no verb at all)."""
    return [m.end() for m in _grammar()["goal"].finditer(folded)]


def goal_in_clause(folded: str, start: int) -> bool:
    """Whether a goal word stands in the clause before ``start`` (« veut que le rayon
    pèse un quart du CA »: the verb of state is the goal's own)."""
    clauses, cues = _cues(folded)
    clause_start = clauses[bisect_left(clauses, start + 1) - 1]
    first = bisect_left(cues, (clause_start + 1,))
    return any(kind == "goal" for _, kind in cues[first:bisect_left(cues, (start + 1,))])


def stated_before_goal(folded: str, start: int, end: int) -> bool:
    """Whether the text's first goal word stands after the clause of ``start``–``end``: the
    writer says where things are, then what they want (« 85 élèves cette année, on vise 110 »)."""
    clauses, goals = _cues(folded)[0], _goal_ends(folded)
    i = bisect_left(clauses, end + 1)
    return bool(goals) and goals[0] > start and i < len(clauses) and goals[0] > clauses[i]


def starts_at(folded: str, start: int) -> bool:
    """Whether a verb of start stands right before ``start`` (« qui commencent le 7 janvier »,
    « à partir de septembre »): that date is when something starts, not a deadline."""
    return bool(_grammar()["start_before"].search(folded, max(0, start - 40), start))
