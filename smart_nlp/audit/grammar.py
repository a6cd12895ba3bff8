"""The goal detector's grammar, compiled once from the word lists of
``lang/fr/goal_cues.yaml`` (folded text: lower case, no accents, one apostrophe).

The older cue families are stored as patterns; the families of issue 10 (intentions of
any subject, reported speech, nouns and labels of goals, the future with a target,
forecasts, superseded plans, quotations, one-off tasks, tables of targets) are word
lists, and the patterns that join them are written here from the small words of
``grammar_words``."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from ..lang.fr import alternation, load


def words(items: Iterable[str]) -> str:
    """One alternation of literal words or phrases, longest first."""
    return alternation([re.escape(w) for w in items])


def _rx(patterns: Iterable[str], end: bool = True) -> re.Pattern:
    return re.compile(r"(?<![\w'])" + alternation(list(patterns)) + (r"(?![\w])" if end else ""))


def _verb_form(cues: dict, capture: bool = False) -> str:
    """Any infinitive, reflexive or not (with ``capture``, group 1 is the verb)."""
    w = cues["grammar_words"]
    return (r"(?:" + words(w["reflexive"]) + r")?(" + ("" if capture else "?:") + r"[a-z][a-z-]*"
            + words(w["infinitive_endings"]) + r")")


def _plain_infinitive(cues: dict) -> str:
    return _verb_form(cues) + r"(?![a-z])"


def _any_adverb(cues: dict) -> str:
    return r"(?:" + words(cues["adverbs"]) + r"|[a-z]+" + words(cues["grammar_words"]["adverb_suffix"]) + r") "


def _adverb(cues: dict) -> str:
    return r"(?:" + _any_adverb(cues) + r")?"


def _infinitive(cues: dict) -> str:
    """An infinitive that is not a courtesy (« remercier », « présenter »)."""
    excluded = words(cues["courtesy_infinitives"] + cues["not_infinitives"])
    return r"(?!" + excluded + r"(?![a-z]))" + _plain_infinitive(cues)


def _gap(cues: dict) -> str:
    """What may stand between a verb of intention and what it takes: up to two adverbs
    (« veut aussi rapidement »), or an aside between commas (« souhaite, d'ici 2027, »)."""
    return r"(?: (?:" + _any_adverb(cues) + r"){0,2}|, [^,;.!?]{1,40}, )"


def _intentions(cues: dict) -> re.Pattern:
    """A verb of intention, adverbs or an aside, then what it takes (infinitive, « de »,
    « à », or a figure for « vise »), whatever the subject; an object pronoun may come
    before the infinitive (« veut en ouvrir 30 »)."""
    gap, infinitive = _gap(cues), _infinitive(cues)
    clitic = r"(?:(?:" + words(cues["object_pronouns"]) + r") |[ls]')?"
    direct = words(cues["intent_verbs_direct"]) + gap + clitic + infinitive
    de = words(cues["intent_verbs_de"]) + gap + r"(?:de |d')" + clitic + infinitive
    a = words(cues["intent_verbs_a"]) + gap + r"a " + clitic + infinitive
    aim = words(cues["aim_verbs"]) + gap + r"(?:\+ ?|x ?|" + words(cues["future_quantifiers"]) + r" |)\d"
    w = cues["grammar_words"]
    clause = words(cues["intent_verbs_que"]) + gap + words(w["complementizers"])
    adverb = _adverb(cues)
    reported = (words(cues["reporting_verbs"]) + " " + adverb + words(cues["reported_intents"])
                + r"(?: |(?<='))")
    nouns = words(cues["intent_nouns"])
    noun_verb = (words(cues["intent_noun_verbs"]) + r" ?(?:" + words(w["noun_adjectives"]) + r")?" + nouns
                 + r" (?:de |d'|a |(?=\d))")
    copula = (r"(?<![a-z])" + words(cues["intent_determiners"]) + r" ?" + nouns
              + r"(?: [^,.;:!?]{0,60}?)?,? " + words(cues["intent_copulas"]) + r" " + words(w["copula_followers"]))
    return re.compile(r"(?<![\w'])(?:" + "|".join((direct, de, a, aim, clause, reported, noun_verb)) + r")|" + copula)


def _quotation(cues: dict) -> re.Pattern:
    """A statement that opens on a quotation closed before a verb of speech."""
    marks = "".join(re.escape(m) for m in cues["quote_marks"])
    return re.compile(r"^[" + marks + r"].{2,}?[" + marks.replace("«", "»") + r"”]\s*,?\s*(?:"
                      + words(cues["speech_verbs"]) + r")(?![a-z])")


def _label(cues: dict) -> re.Pattern:
    """A label naming a goal at the start (« Objectif affiché : », « Notre cap : »)."""
    lead = r"(?:(?:" + words(cues["intent_determiners"] + cues["label_lead_words"]) + r") ?)?"
    return re.compile(r"^" + lead + "(" + words(cues["goal_labels"])
                      + r")(?![a-z])(?: [^:;.!?]{1,40}?)? ?: ?(?=\S)")


def _futures(cues: dict) -> re.Pattern:
    """A verb in the simple future (group 1) or the near future's infinitive (group 2)."""
    near = words(cues["near_future"]) + " " + _adverb(cues) + "(" + _infinitive(cues) + ")"
    simple = r"([a-z]{2,}" + words(cues["future_endings"]) + r")(?![a-z])"
    return re.compile(r"(?<![\w'])(?:" + simple + "|" + near + ")")


@lru_cache(maxsize=None)
def grammar() -> dict:
    cues = load("goal_cues")
    w = cues["grammar_words"]
    subject = r"^(?:" + words(w["subject_determiners"]) + r")?(?:" + words(w["subject_adjectives"]) + r")?"
    return {
        "goal_verb": re.compile(r"^(?:" + "|".join(cues["goal_verbs"]) + r")(?![\w])"),
        "followers": re.compile(r"^(?:" + "|".join(cues["infinitive_followers"]) + r")(?:(?<=')|(?!\w))"),
        "not_infinitives": frozenset(cues["not_infinitives"]),
        "noun_endings": tuple(cues["not_infinitive_endings"]),
        "infinitives_in_ure": frozenset(cues["infinitives_in_ure"]),
        "intention": _rx(cues["intention"], end=False),
        "intent_any": _intentions(cues),
        "modal": _rx(cues["modal"]),
        "wish": re.compile("|".join(cues["wish"])),
        "more_of": re.compile("|".join(cues["more_of"])),
        "signed_lead": re.compile("|".join(cues["signed_lead"])),
        "purpose": _rx(cues["purpose"]),
        "question": re.compile(r"^(?:" + alternation(cues["question_start"]) + r")(?![\w])"),
        "past": _rx(cues["past_verbs"]),
        "stative_verbs": _rx(cues["stative_verbs"]),
        "stative_states": _rx(cues["stative_states"]),
        "passive": _rx(cues["passive"]),
        "future_action": re.compile(alternation(cues["future_action"])),
        "future_not_goal": frozenset(cues["future_not_goal"]),
        "by_when": re.compile(r"(?<![\w'])" + words(cues["horizon_words"]) + r"(?![a-z])"),
        "budget": re.compile(alternation(cues["budget"])),
        "market": re.compile(alternation(cues["market"])),
        "forecast": re.compile(r"(?<![\w'])(?:" + words(w["source_prepositions"]) + " (?:"
                               + words(w["source_determiners"]) + r")?(?:[a-z]+ )?" + words(cues["forecast_sources"])
                               + r"|" + words(cues["forecast_verbs"]) + r")(?![a-z])"),
        "third_party": re.compile(subject + words(cues["third_parties"]) + r"(?![a-z])"),
        "other_subject": re.compile(subject + words(cues["third_parties"] + cues["customers"]) + r"s?(?![a-z])"),
        "superseded": re.compile(r"(?<![\w'])" + words(cues["superseded"]) + " " + _adverb(cues)
                                 + r"(?:de |d'|a )?" + _plain_infinitive(cues)),
        "quotation": _quotation(cues),
        "reached": re.compile(r"(?<![\w'])" + words(cues["reached_auxiliaries"]) + " " + _adverb(cues)
                              + words(cues["reached_participles"]) + r"(?![a-z])"),
        "conditional": re.compile(r"(?<![\w'])" + words(cues["conditional_words"]) + r"(?![a-z])|^"
                                  + words(cues["hypothesis_start"]) + r" [^,]{1,80},"),
        "speaker": re.compile(r"(?<![\w'])" + words(cues["customers"] + cues["third_parties"]
                                                      + cues["forecast_sources"]) + r"s?(?![a-z])"),
        "task_verb": re.compile(r"^" + words(cues["task_verbs"]) + r"(?![a-z])"),
        "subject_start": re.compile(alternation(cues["subject_start"])),
        "lead_time": re.compile(r"^(?:" + words(cues["lead_time_words"]) + r" [^,]{1,30}, ?)"),
        "present_state": re.compile(r"(?<![a-z'])" + words(cues["present_state_markers"]) + r"(?![a-z])"),
        "compared": re.compile(r"\b" + words(cues["comparison_words"]) + r"[^,;.]{0,25}$"),
        "context_start": re.compile(alternation(cues["context_start"])),
        "goal_section": _rx(cues["goal_sections"]),
        "retro_section": _rx(cues["retro_sections"]),
        "goals_reached": _rx(cues["goals_reached"]),
        "priority": _rx(cues["priority"]),
        "report_frame": re.compile(r"(?<![\w'])" + words(cues["report_frames"])
                                   + r" (?:[^,.;:!?]{0,40}? )?" + words(w["complementizers"])),
        "reported_present": cues["reported_present"],
        "reported_future": re.compile(r"(?<=[a-z]{3})(" + words(cues["reported_future"]) + r")$"),
        "reported_future_map": cues["reported_future"],
        "forecast_words": frozenset(cues["forecast_verbs"]),
        "goal_label": _label(cues),
        "numbered_label": re.compile(r"^\s*(" + words(cues["enumeration_labels"]) + r")s?\s*(?:"
                                     + words(cues["number_marks"]) + r")?\s*\d{1,2}\s*[:.)\-]\s*(?=\S)"),
        "weak_goal_labels": frozenset(cues["weak_goal_labels"]),
        "goal_labels": frozenset(cues["goal_labels"]),
        "goal_noun": re.compile(r"(?<![a-z])" + words(cues["goal_nouns"]) + r"(?![a-z])"),
        "aim_object": re.compile(r"(?<![\w'])" + words(cues["aim_verbs"]) + " " + _adverb(cues)
                                 + words(cues["aim_determiners"]) + r"(?:(?<=')|(?![a-z]))"),
        "action_object": re.compile(r"(?<![\w'])" + words(cues["intent_verbs_noun"]) + " " + _adverb(cues)
                                    + r"(?:" + words(cues["aim_determiners"]) + r"(?:(?<=')|(?![a-z]))|\d)"),
        "goal_setting": frozenset(cues["goal_setting_participles"]),
        "futures": _futures(cues),
        "future_passive": re.compile(r"(?<![\w'])" + words(cues["future_passive_verbs"]) + " " + _adverb(cues)
                                     + r"([a-z]{3,}(?:e|i|u|t|s)s?)(?![a-z])"),
        "future_states": frozenset(cues["future_states"]),
        "future_gap": re.compile(r"^ " + _adverb(cues) + r"(?:" + words(cues["future_quantifiers"]) + r" )?\+? ?$"),
        "auxiliaries": frozenset(cues["auxiliaries"]),
        "not_words": frozenset(cues["not_words"]),
        "opening_infinitive": re.compile(r"^" + _verb_form(cues, capture=True) + r"(?![\w'])"),
        "future_stem_endings": tuple(w["future_stem_endings"]),
        "stem_infinitives": tuple(w["stem_infinitives"]),
        "stem_completion": w["stem_completion"],
        "texts": cues["texts"],
        "target_column": _rx(cues["target_columns"]),
        "task_section": _rx(cues["task_sections"]),
        "task_verbs": frozenset(cues["task_verbs"]),
        "every": re.compile(r" " + words(cues["every_words"]) + r"(?![a-z])"),
        "item_conjunction": re.compile(r"^" + words(cues["item_conjunctions"]) + r",? "),
    }


def opening_infinitive(body: str) -> str | None:
    """The infinitive a statement opens on (« généraliser le… »), if any."""
    g = grammar()
    m = g["opening_infinitive"].match(body)
    word = m.group(1) if m else ""
    if not m or word in g["not_infinitives"] \
            or word.endswith(g["noun_endings"]) and word not in g["infinitives_in_ure"]:
        return None
    after = body[m.end():].lstrip()
    return m.group(0) if g["followers"].match(after) else None
