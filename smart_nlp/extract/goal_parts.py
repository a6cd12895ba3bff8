"""Several goals in one text (issue 11): « vendre 150 galettes par semaine et obtenir 40 avis
Google », « +15 % de CA et 300 inscrits à la newsletter », « KR1 : 45 démos. KR2 : churn à
2 % ». A coach hands back one sentence per goal; merged, the rewrite mixes one KPI with the
other's target.

A second goal is a clause after a joint (« et », « ainsi que », « puis », a comma, a new
sentence) that opens on a goal verb, a figure, a determiner or its KPI, and that, read alone,
has its own target and a KPI other than the first's. What the two share is said in both:
the opening before the first goal (« D'ici fin juin, le garage veut »), and a deadline said
once after the second (and, when one verb governs both, the means and reason after it).
Never two goals: a subset (« dont 40 % »), a start (« de 2 à 5 % »), a restatement
(« soit »), a means (« en publiant 3 posts »), a figure on the same KPI (« 50 000 abonnés
sur Instagram et 20 000 sur TikTok »), a pronoun that acts on the first goal's object
(« et en convertir 60 »).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from ..lang.fr import alternation, load, word_regex
from ..text import fold
from .base import Mention, SpanIndex
from .kpi_forms import is_infinitive

if TYPE_CHECKING:
    from .facts import GoalFacts

_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*'?|[+\-×]|\d")


@dataclass
class GoalPart:
    """One goal of a text that holds several: ``text`` is what it says alone (with what the
    goals share), ``start``/``end`` its own words in the whole text, ``facts`` its reading."""

    text: str
    start: int
    end: int
    facts: "GoalFacts"


def _data() -> dict:
    return load("goal_parts")


@lru_cache(maxsize=1)
def _joint() -> re.Pattern:
    """A joint inside a sentence, then the adverbs that may follow it; or the end of a sentence."""
    d = _data()
    adverbs = r"(?:,? ?" + alternation(d["adverbs"]) + r",?(?= ))?"
    inner = r"(?:,? (?:" + alternation(d["joints"]) + r")|,)" + adverbs + " +"
    return re.compile(r"(?P<inner>" + inner + r")|(?P<sentence>(?<!\d)[.!?;]+\s+|\s*\n\s*)")


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset, frozenset, frozenset, frozenset]:
    d, ctx = _data(), load("context")
    return (frozenset(d["determiners"]), frozenset(d["clitics"]), frozenset(d["causatives"]),
            frozenset(ctx["infinitives"]) | frozenset(ctx["result_verbs"]))


def _infinitive(word: str, then: str = "") -> bool:
    """Whether ``word`` is an infinitive: a listed one, or one by its ending when a figure or a
    determiner follows it (« générer 120 demandes »; the verb table lacks many)."""
    if is_infinitive(word) or word in _words()[3]:
        return True
    ends = tuple(load("grammar_words")["facts"]["infinitive_endings"])
    return len(word) > 4 and word.endswith(ends) and bool(then) and (then[0].isdigit() or then in _words()[0])


def _opens(folded: str, at: int, facts: "GoalFacts") -> str | None:
    """What opens the clause at ``at``: « verb », « noun » (a figure, a determiner or a KPI
    before its target), or ``None`` (a pronoun, a preposition, « soit », « dont »…)."""
    dets, clitics, causatives, _ = _words()
    words = _WORD.findall(folded, at, at + 60)
    if not words:
        return None
    first = words[0]
    second = words[1] if len(words) > 1 else ""
    if first.rstrip("'") in {c.rstrip("'") for c in clitics} and _infinitive(second):
        return None  # « et en convertir 60 », « et le maintenir »
    if _infinitive(first, second) or first in causatives:
        return "verb"
    if first[0] in "+-×" or first.isdigit() or any(t.start == at for t in facts.targets):
        return "noun"
    if first in dets or first.rstrip("'") + "'" in dets or any(k.start == at for k in facts.kpis):
        return "noun"
    return None


def _outcome(folded: str, at: int) -> bool:
    """Whether the clause at ``at`` opens on a verb of result (« signer », « décrocher »)."""
    word = re.match(r"\s*([a-z]+)", folded[at:])
    return bool(word) and word.group(1) in _data()["outcome_verbs"]


def _head(folded: str, first: Mention, facts: "GoalFacts") -> Mention:
    """The target that opens the first goal: ``first``, or an earlier one when ``first`` only
    qualifies it (« 1 000 clients, dont 300 en B2B »)."""
    links = alternation([re.escape(w) if w == "(" else w for w in _data()["subsets"]])
    for t in sorted((t for t in facts.targets if t.end <= first.start), key=lambda t: -t.start):
        if not re.fullmatch(r"[^.;:!?,]{0,40},? ?" + links + r"[^.;:!?]{0,40}", folded[t.end:first.start]):
            break
        first = t
    return first


def _verb_start(folded: str, lo: int, target: Mention) -> int:
    """Where the verb that governs the first goal opens: the last infinitive before the
    target's figure, or that opens it (« passer à 25 »), with a causative before it
    (« faire grimper »); else ``lo``."""
    figure = re.search(r"\d", folded[target.start:target.end])
    hi = target.start + figure.start() if figure else target.end
    found = [m for m in re.finditer(r"\b([a-z]+)(?= ?([a-z]+'?|\d)?)", folded[lo:hi]) if _infinitive(*m.groups(""))]
    if not found:
        return lo
    at = lo + found[-1].start()
    before = re.search(r"([a-z]+) $", folded[lo:at])
    return at - len(before.group(0)) if before and before.group(1) in _words()[2] else at


def _noun_start(folded: str, lo: int, target: Mention, facts: "GoalFacts") -> int:
    """Where the first goal's noun phrase opens: its figure, or the determiner of the KPI
    said before it (« atteindre un chiffre d'affaires de 2 M€ »)."""
    dets = _words()[0]
    kpis = [k for k in facts.kpis if lo <= k.start and k.end <= target.start
            and not re.search(r"[,;:.!?\d]", folded[k.end:target.start])]
    if not kpis:
        return target.start
    at = kpis[0].start
    det = re.search(r"(?:^| )([a-z]+'?) ?$", folded[lo:at])
    return lo + det.start(1) if det and (det.group(1) in dets) else at


def _clause_start(folded: str, before: int) -> int:
    """The start of the sentence (or of what follows a colon) that holds ``before``."""
    cut = max(folded.rfind(c, 0, before) for c in (".", "!", "?", ";", "\n", ":"))
    return 0 if cut < 0 else cut + 1


def _tail(facts: "GoalFacts", text: str, after: int, shared_verb: bool, own: list[Mention]) -> list[Mention]:
    """What is said once after the second goal and holds for the first too: its deadline
    (when the first has none), and its means and reason when one verb governs both or a
    comma sets them apart from the second clause (« …, en s'appuyant sur … »)."""
    times = [t for t in facts.times if t.start >= after]
    out = times[:1] if times and not own else []
    side = [*facts.means, *([facts.justification] if facts.justification else [])]
    out += [m for m in side if m.start >= after and (shared_verb or text[:m.start].rstrip().endswith(","))]
    return sorted(out, key=lambda m: m.start)


def _said(text: str, spans: list[Mention]) -> str:
    return " ".join(text[m.start:m.end].strip(" ,;") for m in spans)


def _closed(text: str) -> str:
    return text.rstrip(" ,;:-") + ("" if text.rstrip()[-1:] in ".!?" else ".")


def split_goals(facts: "GoalFacts", read) -> list[GoalPart]:
    """The two goals of ``facts.text`` when it holds two (``read(text)``: a text's facts), in
    text order; ``[]`` for one goal."""
    text, folded = facts.text, fold(facts.text)
    targets = sorted(facts.targets, key=lambda m: m.start)
    fixed = SpanIndex([*facts.times, *facts.means, *facts.nil_means])
    for first, second in zip(targets, targets[1:]):
        parts = _split_between(facts, text, folded, first, second, fixed, read)
        if parts:
            return parts
    return []


def _split_between(facts, text, folded, first, second, fixed, read) -> list[GoalPart]:
    """The two goals when a joint between ``first`` and ``second`` opens a second goal."""
    for m in reversed(list(_joint().finditer(folded, first.end, second.start))):
        if fixed.any(m.start(), m.end()) or _anaphora().search(folded, m.end(), _clause_end(folded, second.end)):
            continue
        sentence = m.group("sentence") is not None
        kind = "sentence" if sentence else _opens(folded, m.end(), facts)
        if kind is None or not sentence and re.search(r"[.;!?\n]", folded[first.end:m.start()]):
            continue
        head = _head(folded, first, facts)
        lo = _clause_start(folded, head.start)
        own1 = 0 if sentence else _verb_start(folded, lo, head) if kind == "verb" else \
            _noun_start(folded, lo, head, facts)
        one, two = _texts(facts, text, m, own1, second, kind)
        f1, f2 = read(one), read(two)
        outcomes = (kind == "verb" and _outcome(folded, own1), kind != "noun" and _outcome(folded, m.end()))
        if _distinct(f1, f2, outcomes):
            return [GoalPart(one, own1, m.start(), f1), GoalPart(two, m.end(), len(text), f2)]
    return []


def _texts(facts: "GoalFacts", text: str, m: re.Match, own1: int, second: Mention, kind: str) -> tuple[str, str]:
    """What each goal says alone: the first up to the joint, with what the second says once
    for both after it; the second after the joint, behind the opening they share and with the
    first's deadline when it has none of its own (not after a step: « puis » comes later)."""
    if kind == "sentence":
        return _closed(text[:m.start()]), _closed(text[m.end():].strip())
    ones = [t for t in facts.times if t.end <= m.start()]
    tail = _tail(facts, text, second.end, kind == "noun", ones)
    one = _closed(text[:m.start()] + (" " + _said(text, tail) if tail else ""))
    prefix = text[:own1].rstrip()
    rest = text[m.end():].strip()
    mine = [t for t in ones if t.start >= own1]
    if len(mine) == 1 and not any(t.start >= m.end() for t in facts.times) and not _step().search(m.group()):
        rest = _closed(rest)[:-1] + " " + _said(text, mine)
    return one, _closed((prefix + " " if prefix else "") + rest)


@lru_cache(maxsize=1)
def _step() -> re.Pattern:
    return word_regex(_data()["steps"])


@lru_cache(maxsize=1)
def _anaphora() -> re.Pattern:
    return word_regex(_data()["anaphora"])


def _clause_end(folded: str, at: int) -> int:
    found = re.search(r"[.;!?\n]", folded[at:])
    return at + found.start() if found else len(folded)


def _distinct(f1: "GoalFacts", f2: "GoalFacts", outcomes: tuple[bool, bool]) -> bool:
    """Two goals: each read alone has a target and a KPI (or a verb of result: « signer 12
    mariages »; one of them at least a KPI), not the same one nor one that goes with it (a
    cost per lead with the leads), and a rate's target is a rate."""
    measured = [bool(f.kpi_id) or (said and not f.off_topic) for f, said in zip((f1, f2), outcomes)]
    if not (f1.targets and f2.targets and all(measured) and (f1.kpi_id or f2.kpi_id) and f1.kpi_id != f2.kpi_id):
        return False
    if not (f1.kpi_id and f2.kpi_id):
        return _reads_as_measured(f1 if f1.kpi_id else f2)
    if sorted((f1.kpi_id, f2.kpi_id)) in [sorted(p) for p in _data()["one_goal_pairs"]]:
        return False
    return _reads_as_measured(f1) and _reads_as_measured(f2)


def _reads_as_measured(f: "GoalFacts") -> bool:
    """A KPI that is a rate (not a score) with only counts as targets was misread
    (« 35 ouvertures » of shops is no opening rate)."""
    kpi = load("kpis")[f.kpi_id]
    return not kpi.get("rate") or kpi.get("score") or any(t.extra.get("unit") in ("%", "pt") for t in f.targets)


def primary(parts: list[GoalPart], kpi: str | None) -> int:
    """The goal the analysis's fields describe (SPEC 4: when both carry targets, the business
    KPI first): the one of the text's KPI when it has business impact, else the first with
    business impact, else the first."""
    business = [i for i, p in enumerate(parts) if _business(p.facts.kpi_id)]
    return next((i for i in business if parts[i].facts.kpi_id == kpi), business[0] if business else 0)


def _business(kpi: str | None) -> bool:
    return bool(kpi and load("kpis")[kpi].get("business"))


def lead_kpi(facts: "GoalFacts") -> None:
    """The text's KPI is the primary goal's when the reading of the whole took an audience
    measure (« augmenter les ventes de 10 % et avoir 500 abonnés »: the sales, SPEC 4)."""
    lead = facts.goals[primary(facts.goals, facts.kpi_id)]
    if _business(facts.kpi_id) or not _business(lead.facts.kpi_id):
        return
    facts.kpi_id = lead.facts.kpi_id
    own = [k for k in facts.kpis if k.value == facts.kpi_id and lead.start <= k.start < lead.end]
    facts.kpi = own[0] if own else facts.kpi
