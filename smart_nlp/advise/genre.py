"""Texts whose shape says what they are, whatever figures or KPI words they hold: the
minutes or agenda of a meeting (« CR réunion du 12/10 — présents : … Prochain point le
26. »), a quote or a commercial proposal (« Devis : … 2 450 € HT, validité 30 jours »), a
question asking for help with a problem (« pourquoi mes pubs sont refusées depuis
lundi ?? »), and results reported under a heading (« Bilan de la braderie : 340 ventes… »).
Read by their grammar and the words only such texts use (``lang/fr/intent.yaml``), so a
goal said after a meeting (« après la réunion, on s'est fixé 30 adhérents ») stays a goal.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..lang.fr import alternation, load, word_regex

if TYPE_CHECKING:
    from ..analysis import Analysis
    from ..extract.facts import GoalFacts

_LEAD = r"^[^a-z0-9]*"  # a heading may open on a dash, a bullet or an emoji


def _words() -> dict:
    return load("intent")


@lru_cache(maxsize=None)
def _rx(key: str) -> re.Pattern:
    return word_regex(_words()[key])


@lru_cache(maxsize=None)
def _head(key: str) -> re.Pattern:
    return re.compile(_LEAD + r"(?:" + alternation(_words()[key]) + r")(?![\w])")


@lru_cache(maxsize=1)
def _meeting_noted() -> re.Pattern:
    """A meeting opening the text with its date or rhythm (« Réunion équipe du 14/10 : »,
    « point hebdo boutique - ») or under « Notes du… », then a colon or a dash."""
    w = _words()
    notes = r"(?:" + alternation(w["meeting_notes"]) + r" ?)"
    meeting = alternation(w["meeting_heads"]) + r"(?![\w])"
    when = r"(?:[^:.!?]{0,40}? )?" + alternation(w["meeting_when"]) + r"(?![\w])"
    return re.compile(_LEAD + r"(?:" + notes + meeting + r"|" + notes + r"?" + meeting + when
                      + r")[^:.!?]{0,40}?(?::| - )")


@lru_cache(maxsize=1)
def _quote_head() -> re.Pattern:
    """A quote's heading, after a determiner or not (« Notre proposition commerciale : »)."""
    w = _words()
    det = r"(?:(?:" + alternation(w["quote_determiners"]) + r")(?: |(?<=')))?"
    return re.compile(_LEAD + det + r"(?:" + alternation(w["quote_heads"]) + r")(?![\w])")


def _imperatives(verb: str) -> list[str]:
    """« relance », « relancez »; « envoie »; « appelle », « appele » (folded: no accents)."""
    f = _words()["order_forms"]
    if not verb.endswith(f["infinitive"]):
        return []
    stem = verb[:-len(f["infinitive"])]
    tu = [stem + f["tu"]]
    if stem.endswith(tuple(f["y_stems"])):
        tu = [stem[:-1] + f["y_tu"]]
    elif stem.endswith(tuple(f["doubled"])):
        tu.append(stem + stem[-1] + f["tu"])
    return tu + [stem + f["vous"]]


@lru_cache(maxsize=1)
def _order() -> re.Pattern:
    """An imperative of a task verb opening the text (after a first name or a greeting), then
    what it acts on; a verb said with its preposition (« pense à ») needs nothing after."""
    w = _words()
    bare, with_prep = set(w["order_irregular"]), set()
    for verb in load("goal_cues")["task_verbs"] + w["order_verbs"]:
        head, _, rest = verb.partition(" ")
        forms = {f + " " + rest for f in _imperatives(head)} if rest else set(_imperatives(head))
        (with_prep if rest and rest in w["order_objects"] else bare).update(forms)
    lead = r"^(?:(?:" + alternation(w["greetings"]) + r")?(?: ?[a-z-]+)? ?[,:] ?)?"
    objects = r"(?: (?:" + alternation(w["order_objects"]) + r")(?![\w])| ?-|(?<=')|(?= \d))"
    verbs = r"(?:" + alternation(sorted(with_prep)) + r")(?![\w])|(?:" + alternation(sorted(bare)) + r")" + objects
    return re.compile(lead + r"(?P<verb>" + verbs + ")")


def _ordered(folded: str) -> bool:
    """An order to a colleague, not a goal said in the same words: no heading, no rate or
    « chaque » (a standing commitment), no wish (« …, on veut 2 000 abonnés »), no goal's
    purpose, and no count right after a verb whose result is counted (« Signe 15 nouveaux
    partenaires avant la fin de la saison »)."""
    order = _order().match(folded)
    if not order or _heading(folded, order.start("verb")) or _rx("order_rates").search(folded) \
            or _rx("wish_cues").search(folded) or _goal_asked(folded):
        return False
    verb = order.group("verb").split(" ")[0]
    counted = {f for v in _words()["countable_verbs"] for f in _imperatives(v)}
    return not (verb in counted and re.match(r" ?\d", folded[order.start("verb") + len(verb):]))


def _heading(folded: str, start: int) -> bool:
    """« Programme Les Terrasses du Lac : 80 % des lots… »: the word opens a heading (a
    colon closes its first words), a noun, not an order."""
    return re.match(r"[^:.,;!?]{0," + str(_words()["heading_reach"]) + "}:", folded[start:]) is not None


def _count(key: str, folded: str) -> int:
    return len({m.group(0) for m in _rx(key).finditer(folded)})


def genre(folded: str) -> str | None:
    """``minutes``, ``quote`` or ``request`` (an order to a colleague) when the text's
    heading, words or mood say so, else None."""
    if _head("minutes_heads").match(folded):
        return "minutes"
    cues = _count("minutes_cues", folded)
    if cues >= 2 or (cues and _head("meeting_heads").match(folded)):
        return "minutes"
    if _meeting_noted().match(folded) and not _rx("wish_cues").search(folded):
        return "minutes"
    if _quote_head().match(folded) and _rx("price_cues").search(folded):
        return "quote"
    if _ordered(folded):
        return "request"
    return None


@lru_cache(maxsize=1)
def _help_opener() -> re.Pattern:
    """A how-to opening the text or a sentence, or after a greeting or « svp »."""
    lead = r"(?:^|[.?!,] ?|(?<![\w])(?:" + alternation(_words()["greetings"] + _words()["help_leads"]) + r") ?,? ?)"
    return re.compile(lead + r"(?:" + alternation(_words()["help_openers"]) + r")(?![\w])")


def _goal_asked(rest: str) -> bool:
    """« (comment faire) pour doubler nos ventes », « (comment faire) venir plus de clients »:
    the how-to asks how to reach a goal (a goal's verb after « pour », or « plus de »)."""
    from ..audit.grammar import grammar  # the audit package imports the analyzer

    purpose = re.search(r"(?<![\w])(?:" + alternation(_words()["help_purpose"]) + r") ?", rest)
    if purpose and grammar()["goal_verb"].match(rest[purpose.end():]):
        return True
    return bool(_rx("help_more").search(rest))


def asks_for_help(folded: str, wished: bool, facts: "GoalFacts") -> bool:
    """A question for help with a problem or a manipulation, with no wish:
    a how-to at the start of a sentence, or a problem said in a question. « Comment faire
    pour doubler nos ventes ? » asks how to reach a goal and is read as that goal; a
    figure in a problem (« une erreur 404 ») is no target unless a goal's verb aims at it."""
    if wished:
        return False
    how = _help_opener().search(folded)
    if how and not facts.targets:
        return not _goal_asked(folded[how.end():])
    # « une erreur 404 depuis ce matin, c'est normal ? »: a figure with no goal's verb is no target
    aimed = facts.targets and _aimed().search(folded)
    return "?" in folded and not aimed and bool(_rx("problem_cues").search(folded))


@lru_cache(maxsize=1)
def _aimed() -> re.Pattern:
    """A goal's verb anywhere (the audit's opening one, unanchored): built once, not per goal."""
    from ..audit.grammar import grammar  # the audit package imports the analyzer

    return re.compile(r"(?<![\w])" + grammar()["goal_verb"].pattern.lstrip("^"))


def reported(a: "Analysis", folded: str, wished: bool) -> bool:
    """Results reported under a heading (« Bilan du salon : 45 contacts, 6 devis »): no
    wish, no deadline ahead, and a heading that does not say they are aimed at."""
    m = _head("report_heads").match(folded)
    if not m or wished:
        return False
    colon = folded.find(":", m.end())
    if colon < 0 or colon - m.end() > _words()["heading_reach"] or _rx("report_not").search(folded[:colon]):
        return False
    return a.deadline is None or a.deadline.date <= a.ref_date


def items(text: str, split: str) -> list[str]:
    """The items of a list split by ``split``, their bullets (« - », « 1) », « [ ] ») removed."""
    bullets = re.compile(_words()["item_bullets"])
    return [bullets.sub("", i).strip() for i in re.split(split, text) if bullets.sub("", i).strip()]
