"""The gerund a means is said with (« en organisant 4 ateliers »), from the verb's infinitive."""
from __future__ import annotations

from ..lang.fr import load
from ..text import fold


def _forms() -> dict:
    return load("word_forms")


def gerund(clause: str) -> str:
    """« Organiser 4 ateliers » → « en organisant 4 ateliers »; other clauses unchanged."""
    words = clause.split(" ", 1)
    verb, rest = words[0], (" " + words[1] if len(words) > 1 else "")
    low = verb.lower()
    table, rule = _forms()["gerunds"], _forms()["gerund_rule"]
    base = next((p for p in _forms()["gerund_prefixes"]
                 if fold(low).startswith(p) and fold(low)[len(p):] in table), None)
    if fold(low) in table:
        part = table[fold(low)]
    elif base is not None:  # « refaire » → « refaisant »
        part = low[:len(base)] + table[fold(low)[len(base):]]
    elif low.endswith(rule["infinitive"]) and len(low) > 3:
        stem = low[:-len(rule["infinitive"])]
        if stem[-1:] in rule["respell"]:
            stem = stem[:-1] + rule["respell"][stem[-1]]
        part = stem + rule["participle"]
    else:
        return clause
    return gerund_phrase(part + rest)


def gerund_phrase(clause: str) -> str:
    """« en » before a clause that starts with a present participle: « en publiant … »."""
    return f"{_forms()['gerund_rule']['marker']} {clause}"
