"""Is the text a goal at all? A question to the tool, a request to a colleague, a
complaint, a to-do item, a result already reached or a description of the present gets
no rewrite but a statement of what it is instead (words in ``lang/fr/intent.yaml``).

The kinds said in the text's own words come first (« peux-tu… », « ras le bol »); then
the audit's transparent goal detector decides, and only its vetoes (past tense, a state,
an action planned with no result) rule a text out, so a terse goal (« plus de leads »)
is never refused for lack of cues. A wish said with where it stands today (« on est à 5
inscrits, objectif complet d'ici février ») is a goal: the state is its start.
"""
from __future__ import annotations

import re
from datetime import timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from ..lang.fr import alternation, load, word_regex
from ..text import fold, typography
from . import coach, defaults, others
from .genre import asks_for_help, genre, items, reported
from .lexicon import rewrite_data

if TYPE_CHECKING:
    from ..analysis import Analysis
    from ..audit.cues import Detection
    from ..extract.facts import GoalFacts

_RESCUED = ("past", "complaint")
_VETOES = {"past": "not_goal_past", "passive": "not_goal_past", "future_action": "not_goal_task",
           "stative_verbs": "not_goal_state", "stative_states": "not_goal_state", "budget": "not_goal_state",
           "market": "not_goal_state"}


def vague_wish(folded: str) -> tuple[str, int, int] | None:
    """A vague wish of rewrite.yaml, else one a coach measures by kind of organisation."""
    return defaults.vague_wish(folded) or coach.wish(folded)


def words() -> dict:
    return load("intent")


@lru_cache(maxsize=None)
def _rx(key: str) -> re.Pattern:
    return word_regex(words()[key])


@lru_cache(maxsize=1)
def _opener() -> re.Pattern:
    openers = list(rewrite_data()["question_openers"]) + list(words()["question_openers"])
    return re.compile(r"(?:" + "|".join(openers) + r")(?![\w])")


@lru_cache(maxsize=1)
def _addressed() -> re.Pattern:
    """A message opening on a greeting or a first name and a comma, then asking
    (« Bonjour Marc, pourrais-tu… », « Julie, merci de… »), or on « Merci de préparer »."""
    greet = "|".join(words()["greetings"])
    ask = "|".join(words()["request_openers"])
    return re.compile(r"^(?:(?:" + greet + r")(?: [a-z-]+)? ?, ?|[a-z-]+ ?, ?)?(?:" + ask + r")(?![\w])")


def is_question(folded: str) -> bool:
    return folded.rstrip().endswith("?") or bool(_opener().match(folded.strip()))


def own_kind(a: "Analysis", facts: "GoalFacts") -> str | None:
    """The kind of a text its own words say it is (question, diagnosis, request, complaint,
    to-do, information),
    or None: a text with a target is judged by the goal detector."""
    folded = fold(a.text).strip()
    if said := genre(folded) or _said_not_goal(a, facts, folded):
        return said
    wished = bool(_rx("wish_cues").search(folded))
    if reported(a, folded, wished):
        return "past"
    if _asks_the_tool_first(a.text, facts):
        return "question"  # « c'est quoi un bon taux ? on doit en envoyer deux » : the figure is the situation
    if facts.targets:
        return "support" if asks_for_help(folded, wished, facts) else None  # « erreur 404, c'est normal ? »
    question = is_question(folded)
    if _rx("tool_asks").search(folded) or (question and _rx("tool_nouns").search(folded)):
        return "question"  # « c'est quoi un KPI ? », « tu peux m'aider à écrire un objectif ? »
    if asks_for_help(folded, wished, facts):
        return "support"  # « pourquoi mes pubs sont refusées depuis lundi ?? »: help with a problem
    if _rx("request_asks").search(folded) or _addressed().match(folded):
        return "request"
    if question and _rx("diagnosis_openers").match(folded):
        return "diagnosis"  # « pourquoi nos ventes baissent ? »: the goal it implies is not ours to invent
    if question and facts.kpi is None and vague_wish(folded) is None:
        return "question"  # nothing in it to measure
    if _rx("complaint_cues").search(folded) and not _rx("wish_cues").search(folded) and not coach.wish(folded):
        return "complaint"
    if _rx("info_markers").match(folded):
        return "state"
    if _rx("todo_markers").search(folded) or _soon_task(a, folded):
        return "todo"
    return None


def _asks_the_tool_first(text: str, facts: "GoalFacts") -> bool:
    """A text that opens on a question about the method (« c'est quoi… ? ») and whose
    figures all come after it: they tell the situation, they are no target. A rhetorical
    « Notre objectif ? Doubler… » asks the tool nothing and stays a goal."""
    end = text.find("?")
    if end < 0 or not _rx("tool_asks").search(fold(text[: end + 1])):
        return False
    return all(t.start > end for t in facts.targets)


def _said_not_goal(a: "Analysis", facts: "GoalFacts", folded: str) -> str | None:
    """A text its shape says is no goal, figures or not: a to-do list under its heading
    (« TODO : rappeler X, commander 200 gobelets ») or joined by « + » or « ; », a question
    put to a colleague by name (« Sophie, t'as pu regarder… ? ») or opening on « tu » /
    « vous » with no target, a complaint about a third party (« l'agence ne répond jamais »)
    that the goal detector does not read as a goal either (« nos clients se plaignent :
    réduire le délai à 24 h » stays a goal)."""
    w = words()
    tasks = load("goal_cues")["task_verbs"]
    if _rx("todo_heads").match(folded):
        rest = folded[_rx("todo_heads").match(folded).end():]
        if sum(i.split(" ")[0] in tasks for i in items(rest, w["todo_item_split"])) >= 2:
            return "todo"
    listed = items(folded, w["task_list_split"])
    if len(listed) >= 2 and all(i.split(" ")[0] in tasks for i in listed):
        return "todo"  # every item an errand: a list of tasks, whatever its first verb could also wish
    if is_question(folded) and _rx("addressed_name").match(folded) and _rx("addressed_you").search(folded):
        return "request"
    if not facts.targets and _asks_someone(folded):
        return "request"
    if _rx("complaint_said").search(folded) and not _rx("wish_cues").search(folded) and not _read_as_goal(a, facts):
        return "complaint"
    return None


def _asks_someone(folded: str) -> bool:
    """The text opens on a question put to someone in the second person, a name before it or
    not (« t'as pu voir avec le presta si… ? », « vous avez reçu les chiffres ? »), that does
    not ask the tool for help."""
    end = folded.find("?")
    if end < 0:
        return False
    head = folded[:end]
    named = _rx("addressed_name").match(head)
    start = head[named.end():].lstrip() if named else head
    if _rx("tool_asks").search(head):  # « tu peux m'aider à écrire un objectif ? » asks the tool
        return False
    return bool(_rx("addressed_you").match(start) or _rx("addressed_asks").match(start))


def _read_as_goal(a: "Analysis", facts: "GoalFacts") -> bool:
    from ..audit.detect import GoalDetector  # the audit package imports the analyzer

    return GoalDetector(a.ref_date).detect(a.text, facts=facts).is_goal


def _soon_task(a: "Analysis", folded: str) -> bool:
    """« Relancer l'imprimeur avant jeudi »: a task verb and a deadline a few days ahead."""
    from ..audit.grammar import opening_infinitive  # the audit package imports the analyzer

    verb = opening_infinitive(folded)
    if not verb or verb.split()[0] not in load("goal_cues")["task_verbs"] or a.deadline is None:
        return False
    return a.deadline.date - a.ref_date <= timedelta(days=words()["soon_days"])


def _wished(folded: str, state: bool) -> bool:
    """A wish said in the text (a first-person wish, a goal noun for a state, or an opening
    infinitive that names a goal): the state or past after it is where the goal starts."""
    from ..audit.grammar import grammar, opening_infinitive

    if _rx("wish_cues").search(folded) or (state and _rx("goal_nouns").search(folded)):
        return True
    verb = opening_infinitive(folded)
    return bool(verb) and (bool(grammar()["goal_verb"].match(folded)) or vague_wish(folded) is not None)


def _detect(a: "Analysis", facts: "GoalFacts") -> "Detection":
    from ..audit.detect import GoalDetector  # the audit package imports the analyzer

    return GoalDetector(a.ref_date).detect(a.text, facts=facts)


def _veto(det: "Detection") -> str | None:
    """The key of the goal detector's veto (None: no veto of ours)."""
    vetoed = not det.is_goal and det.veto is not None and det.veto.name in _VETOES
    return _VETOES[det.veto.name] if vetoed else None


def stated_figures(a: "Analysis", facts: "GoalFacts") -> bool:
    """« Rajeunir la clientèle, 80 % des clients ont plus de 60 ans »: a wish with a measure
    of its own whose figures only say where things stand (a state, or a current value with
    no target: the share of the old is no start for the share of the young)."""
    if not (facts.targets or facts.baseline) or defaults.wish_measure(fold(a.text)) is None:
        return False
    return not facts.targets or _veto(_detect(a, facts)) in ("not_goal_state", "not_goal_past")


def not_a_goal(a: "Analysis", facts: "GoalFacts") -> str | None:
    """Why the text is not a goal (the key of its note), or None when it is one."""
    kind = own_kind(a, facts)
    if kind:  # a result or a complaint with a goal in one of its clauses is that goal
        return None if kind in _RESCUED and others.goal_clause(a.text, a.ref_date) else "not_goal_" + kind
    folded = fold(a.text).strip()
    det = _detect(a, facts)
    other = others.kind(a.text, facts, det, a.deadline is not None and a.deadline.date >= a.ref_date)
    if other:
        return None if others.goal_clause(a.text, a.ref_date, counted=True) else "not_goal_" + other
    why = _veto(det)
    if why:
        measured = facts.targets or facts.kpi is not None or vague_wish(folded) is not None
        if why in ("not_goal_state", "not_goal_past") and measured and _wished(folded, why == "not_goal_state"):
            return None
        if why == "not_goal_state" and others.aims_ahead(a, facts):
            return None
        # « est-ce qu'on peut viser 50 inscrits ? je pense que oui »: a target wished, no mere action
        wished_target = facts.targets and _rx("wish_cues").search(folded)
        if why == "not_goal_task" and (countable(a.text) or wished_target or _planned_after(facts)):
            return None
        return None if others.goal_clause(a.text, a.ref_date) else why
    action = any(c.name == "action_verb" for c in det.cues)
    if action and facts.kpi is None and not facts.targets and vague_wish(folded) is None \
            and not countable(a.text):
        return "not_goal_task"  # « Moderniser le site »: no result is named
    return None


def _planned_after(facts: "GoalFacts") -> bool:
    """« 200 abonnements vendus d'ici avril. On va tenir un stand… »: the action is the plan
    said after the targets, not the whole text."""
    if not (facts.targets and facts.means):
        return False
    return max(t.end for t in facts.targets) <= min(m.start for m in facts.means)


@lru_cache(maxsize=1)
def _action() -> re.Pattern:
    w = words()
    return re.compile(r"^(" + alternation(w["countable_verbs"]) + r") (?:(" + alternation(w["countable_plural"])
                      + r")|(" + alternation(w["countable_one_more"]) + r"))(?= ?[a-z])")


def countable(text: str) -> re.Match | None:
    """The verb and determiner of a countable action the text opens on (« trouver des
    distributeurs », « ouvrir un deuxième salon »), if any."""
    return _action().match(fold(text).strip())


def note_for(why: str) -> str:
    """The note that says what the text is (``intent.yaml``, else ``rewrite.yaml``)."""
    notes = words()["notes"]
    return typography(notes[why] if why in notes else rewrite_data()["notes"][why])


def ask(why: str) -> str | None:
    """The one question that would make a complaint or a diagnosis a goal (its measure is
    the user's to say: what a complaint names is rarely what they want to count), or for
    a question on the method, what to write instead; None for the other kinds."""
    key = words()["asks"].get(why)
    return typography(words()["notes"][key]) if key else None
