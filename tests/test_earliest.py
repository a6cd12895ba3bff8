"""``advise.earliest``: one scan finds the earliest of named patterns, with the same answer as
asking each pattern for its first match (issue 10, speed: a goal's wish and its person)."""
from __future__ import annotations

import re

from smart_nlp.advise.earliest import Earliest

NAMED = [("grow", re.compile(r"(?<![\w])developp\w*")), ("short", re.compile(r"(?<![\w])develop")),
         ("shop", re.compile(r"(?<![\w])boutique")), ("twice", re.compile(r"(\w+) \1"))]
TEXTS = ["developper la boutique", "nous voulons developper nos ventes", "la boutique boutique", "",
         "redevelopper", "x developpons, boutique", "vendre vendre plus"]


def one_by_one(named, text):
    found = [(key, m) for key, rx in named if (m := rx.search(text))]
    if not found:
        return None
    start = min(m.start() for _, m in found)
    return start, [(k, m.span()) for k, m in found if m.start() == start]


def spans(first):
    return first and (first[0], [(k, m.span()) for k, m in first[1]])


def test_one_scan_answers_as_each_pattern_in_turn():
    joined = Earliest(NAMED[:3])
    assert joined._any is not None  # plain patterns are joined
    for text in TEXTS:
        assert spans(joined.at_first(text)) == one_by_one(NAMED[:3], text)
    assert spans(joined.at_first("on va developper")) == (6, [("grow", (6, 16)), ("short", (6, 13))])


def test_a_back_reference_is_never_joined():
    pair = Earliest(NAMED)
    assert pair._any is None  # « \1 » would name another pattern's group once joined
    for text in TEXTS:
        assert spans(pair.at_first(text)) == one_by_one(NAMED, text)
    assert pair.at_first("vendre vendre plus")[1][0][0] == "twice"
