"""Whether a proposed means or reason suits the goal's trade (issue 11, review rounds 12-13: a
tasting for a web print shop, points of sale for tutoring, a donation drive to find young
singers, an app-store listing for a solar installer, city doctors for a vet, an upsell at the
till for a restaurant): a proposal that needs food, goods, a storefront, money, consumers, an
app, human patients or a till is dropped from a goal that lacks it.

The words live in ``lang/fr/suits.yaml``; this module only reads the traits and filters.
"""
from __future__ import annotations

from functools import lru_cache

from ..lang.fr import load, word_pattern
from ..text import fold


@lru_cache(maxsize=256)
def traits(folded: str, sector: str | None, org: str | None) -> frozenset[str]:
    """The traits the (folded) goal has: food or money by its sector or words; goods, a
    storefront and consumers unless its sector or words say it lacks them (tutoring sells no
    goods, a web shop has no counter, a firm selling to firms no Instagram public), food or
    the words of ``unless`` giving them back."""
    d = load("suits")
    found = {name for name, t in d["has"].items() if sector in t["sectors"] or word_pattern(t["words"]).search(folded)}
    if org and org not in d["money_kinds"]:  # an association, a shelter: gifts are its own way
        found.add("money")
    for name, t in d["lacks"].items():
        by_words = sector is None or not t.get("sector_first")  # a known trade's sector says it first
        lacks = sector in t["sectors"] or (by_words and word_pattern(t["words"]).search(folded))
        back = sector in t.get("unless_sectors", []) or ("unless" in t and word_pattern(t["unless"]).search(folded)) \
            or t.get("given_by") in found
        if back or not lacks:
            found.add(name)
    for name, t in d["lacks"].items():  # a firm selling to firms has no counter either
        tied = t.get("with_lacking")
        if tied and tied["trait"] not in found and sector not in tied["unless_sectors"] \
                and not ("unless" in t and word_pattern(t["unless"]).search(folded)):
            found.discard(name)
    return frozenset(found)


def fits(option: str, folded: str, sector: str | None, org: str | None) -> bool:
    """Whether one proposal (a means or a reason) needs nothing the goal lacks."""
    return needs(option) <= traits(folded, sector, org)


def needs(option: str) -> set[str]:
    """The traits a proposal needs (« dégustation »: food)."""
    folded = fold(option)
    return {name for name, p in load("suits")["needs"].items() if word_pattern(p).search(folded)}


def kept(options: list[str], folded: str, sector: str | None, org: str | None, *more: list[str] | None) -> list[str]:
    """The proposals that suit the goal, else the first of the ``more`` lists that has some,
    else the proposals as they were (better an unfitting idea than none)."""
    for found in (options, *more):
        fit = [o for o in found or [] if fits(o, folded, sector, org)]
        if fit:
            return fit
    return options
