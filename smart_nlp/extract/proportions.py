"""Targets said in words, without a figure to read: factors and ranks (SPEC section 1).

« doubler » → ×2, « réduire de moitié » → ×0.5, « d'un tiers » → ×2/3 down or ×4/3 up,
« de trois quarts » → ×0.25, « 3e position » → level 3, « première place » → level 1;
shares are levels in percent: « un client sur cinq » → 20 %, « un quart du CA » → 25 %;
a bare share set against another (« (1 sur 4 aujourd'hui) ») is marked ``compared``.
Words come from lang/fr/verbs.yaml, numbers.yaml and quantities.yaml.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from ..lang.fr import alternation, load
from .base import Mention, inside
from .context import role
from .reading import parse_words, read_digits


@lru_cache(maxsize=None)
def _grammar() -> dict:
    v, n, q = load("verbs"), load("numbers"), load("quantities")
    word = r"(?<![\w])"
    fractions = alternation(list(n["fractions"]))
    small = load("grammar_words")["proportions"]
    count = alternation([re.escape(w) for w in n["number_words"]] + [r"\d+"] + small["count_articles"])
    change = alternation([re.escape(s) for s in v["increase"] + v["decrease"]])
    of = alternation([f if f.endswith("'") else f + " " for f in q["from"]])
    return {
        "factor_word": re.compile(word + "(" + alternation(list(v["factor_words"])) + r")[a-z]*"),
        # « Objectif double : … », « un double objectif »: the adjective of a goal word counts goals
        "goal_noun_before": re.compile(r"(?<![\w])" + alternation(small["counted_goal_nouns"]) + " $"),
        "goal_noun_after": re.compile(r" " + alternation(small["counted_goal_nouns"]) + r"(?![a-z])"),
        "factor_values": v["factor_words"],
        "halving": re.compile(word + alternation([re.escape(h) for h in v["halving"]])),
        "fraction": re.compile(word + rf"(?P<verb>{change})[a-z]*(?: [^\s,.;]+){{0,6}}? {of}"
                               rf"(?:(?P<count>{count}) )?(?P<frac>{fractions})(?![a-z])"),
        "one_part": (None, *small["one_part"]),
        "share_articles": tuple(small["share_articles"]),
        "fraction_values": [(re.compile(rf"^{k}$"), val) for k, val in n["fractions"].items()],
        "decrease": re.compile(alternation([re.escape(s) for s in v["decrease"]])),
        "rank": re.compile(word + r"(\d{1,2})" + alternation(q["ordinal_suffixes"]) + " "
                           + alternation(q["rank_nouns"]) + r"(?![a-z])"),
        "first": re.compile(word + alternation(q["first"]) + " " + alternation(q["rank_nouns"]) + r"(?![a-z])"),
        "one_in": re.compile(r"(?<![\w,.])" + "".join(f"(?<!{re.escape(t)} )" for t in q["top"])
                             + r"(?P<count>" + count + r") (?!" + alternation(small["one_in_time"]) + r" )"
                             + r"(?P<noun>(?:(?!" + alternation(small["one_in_not"])
                             + r" )[a-z][a-z-]*(?: " + alternation(small["one_in_complement"]) + r" ?(?!"
                             + alternation(small["one_in_not"]) + r" )[a-z][a-z-]*)? ){1,%d}?)" % small["one_in_words"]
                             + small["one_in_link"]
                             + r" (?P<total>" + count + r")(?![\w,.])"),
        # « … ; on veut que ce soit 1 sur 20 »: a bare share, read once a share with its noun is said
        "bare": re.compile(r"(?<![\w,.])(?P<count>" + count + r") " + small["one_in_link"] + r" (?P<total>" + count
                           + r")(?![\w,.])"),
        "compared": re.compile(r"(?:" + "|".join(small["one_in_compared"]) + r")(?P<count>" + count + r") "
                               + small["one_in_link"] + r" (?P<total>" + count + r")(?![\w,.])"),
        # What every match of a group of rules holds, looked for without their look-behinds
        # (a search the engine starts on its first characters): most goals have none.
        "needs": {
            ("rank", "first"): re.compile(alternation(q["rank_nouns"]) + r"(?![a-z])"),
            ("halving",): re.compile(alternation([re.escape(h) for h in v["halving"]])),
            ("fraction", "share"): re.compile(fractions + r"(?![a-z])"),
            ("one_in", "compared", "bare"): re.compile(" (?:" + small["one_in_link"] + ") "),
            ("factor_word",): re.compile(alternation(list(v["factor_words"]))),
        },
        "share": re.compile(r"(?<![\w])(?<!" + r")(?<!".join(re.escape(w + " ") if not w.endswith("'") else re.escape(w)
                                                         for w in small["share_not_after"])
                            + r")(?P<count>" + alternation(small["share_articles"]) + "|" + count + r") (?P<frac>"
                            + fractions + r")(?= " + alternation(small["share_of"][:-1]) + r" |" + r" d')"),
    }


NAMES = load("rule_names")["proportions"]
RULES = tuple(NAMES.values())


def _target(m: re.Match, value: float, kind: str, rule: str) -> Mention:
    return Mention(m.start(), m.end(), "TARGET", value, rule=rule, extra={"kind": kind, "unit": None, "period": None})


def _fraction_factor(m: re.Match, g: dict) -> float | None:
    """« réduire de trois quarts » → 1 − 3 × 1/4 = 0.25; « augmenter d'un tiers » → 4/3."""
    count = _count(m["count"], g)
    part = next(val for rx, val in g["fraction_values"] if rx.match(m["frac"]))
    if count is None:
        return None
    sign = -1 if g["decrease"].match(m["verb"]) else 1
    factor = 1 + sign * count * part
    return factor if 0 < factor <= 1000 else None


def _count(raw: str, g: dict) -> float | None:
    return 1.0 if raw in g["one_part"] else read_digits(raw) if raw.isdigit() else parse_words(raw)


def _share(m: re.Match, g: dict) -> float | None:
    """« un client sur cinq » → 20, « les trois quarts des ventes » → 75 (percent)."""
    if "total" in m.groupdict():
        part, total = _count(m["count"], g), _count(m["total"], g)
        return 100 * part / total if part and total and 0 < part < total else None
    part = 1.0 if m["count"] in g["share_articles"] else _count(m["count"], g)
    frac = next(val for rx, val in g["fraction_values"] if rx.match(m["frac"]))
    return 100 * part * frac if part and 0 < part * frac < 1 else None


def find_proportions(folded: str, blocked: list[Mention]) -> list[Mention]:
    """Factor and rank targets said in words, outside ``blocked`` spans."""
    g = _grammar()
    out: list[Mention] = []
    runs = {rule for rules, rx in g["needs"].items() if rx.search(folded) for rule in rules}
    if not runs:
        return out

    def keep(m: re.Match) -> bool:
        return not inside(blocked, m.start(), m.end()) and not inside(out, m.start(), m.end())

    def each(rule: str) -> Iterator[re.Match]:
        return g[rule].finditer(folded) if rule in runs else iter(())

    for m in each("rank"):
        if keep(m):
            out.append(_target(m, float(m.group(1)), "level", NAMES["rank"]))
    for m in each("first"):
        if keep(m):
            out.append(_target(m, 1.0, "level", NAMES["first"]))
    for m in each("halving"):
        if keep(m):
            out.append(_target(m, 0.5, "factor", NAMES["halving"]))
    for m in each("fraction"):
        value = _fraction_factor(m, g)
        if value is not None and keep(m):
            out.append(_target(m, value, "factor", NAMES["fraction"]))
    for rule in ("one_in", "share", "compared"):
        for m in each(rule):
            value = _share(m, g)
            if value is not None and keep(m):
                share = _target(m, round(value, 4), "level", NAMES["one_in" if rule == "compared" else rule])
                share.start = m.start("count")
                share.extra.update(unit="%", compared=rule == "compared")
                out.append(share)
    if any(m.rule == NAMES["one_in"] and not m.extra["compared"] for m in out):
        for m in each("bare"):
            value = _share(m, g)
            if value is not None and keep(m):
                share = _target(m, round(value, 4), "level", NAMES["bare_one_in"])
                share.extra.update(unit="%", compared=False)
                out.append(share)
    for m in each("factor_word"):
        if keep(m) and not g["goal_noun_before"].search(folded, max(0, m.start() - 14), m.start()) \
                and not g["goal_noun_after"].match(folded, m.end()):
            out.append(_target(m, float(g["factor_values"][m.group(1)]), "factor", NAMES["factor_word"]))
    return out


@lru_cache(maxsize=1)
def _now() -> tuple[re.Pattern, re.Pattern]:
    share_now = alternation(load("quantities")["share_now"])
    return (re.compile(r"[^.;,:!?()\n]{0,30}?(?<![\w])" + share_now + r"(?![a-z])"),
            re.compile(r"(?:^|[.;:!?(] ?)" + share_now + r",? $"))


def shares_now(folded: str, shares: list[Mention]) -> list[Mention]:
    """The shares in percent that hold now: set against the target's (« (1 sur 4
    aujourd'hui) »), said of now after or just before (« Aujourd'hui, 1 visiteur sur 50
    passe commande »), or in a clause of state (« (on est à 2 sur 10) »)."""
    after, before = _now()
    return [f for f in shares if f.extra["unit"] == "%" and (
        f.extra["compared"] or after.match(folded, f.end) or before.search(folded, 0, f.start)
        or role(folded, f.start) in ("state", "past"))]
