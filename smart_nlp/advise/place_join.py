"""The narrowing's parts joined as the user joined them (issue 11: « en Suisse à Genève à
Lausanne », « en Belgique en Allemagne »): places coordinated with « et » keep it, and a
focus said before narrower places or people (« en Suisse, surtout à Genève », « d'ici l'été, en
priorité aux familles ») is written once, in an aside that keeps what the adverb means
(« en Suisse (en particulier à Genève et à Lausanne) », « (en priorité aux familles) »).
Words: ``lang/fr/spoken.yaml``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang.fr import load
from ..text import fold
from .defaults import measure_wish_said
from .forms import join_once


@lru_cache(maxsize=1)
def _links() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    w = load("spoken")

    def alt(words):
        return "|".join(sorted((re.escape(x) for x in words), key=len, reverse=True))
    both = re.compile(r"\s*(?:,\s*)?(?:" + alt(w["place_and"]) + r")\s*$")
    listed = re.compile(r"\s*(?:" + alt(w["place_list"]) + r")\s*$")
    focus = re.compile(r"\s*,?\s*(" + alt(w["focus_adverbs"]) + r")\s*$")
    return both, listed, focus


@lru_cache(maxsize=1)
def _focus_lead() -> re.Pattern:
    """A focus adverb a phrase opens with (« en priorité aux familles »)."""
    return re.compile(r"(" + "|".join(sorted(load("spoken")["focus_adverbs"], key=len, reverse=True)) + r") ,? ?")


def narrowing_joined(folded: str, parts: list[tuple[str, int, int]], measured: bool = False) -> str:
    """The parts (phrase, start, end in the text) in order, each said once, linked by what
    the user wrote between them: « et », a comma, a focus adverb (its places in an aside),
    or nothing. A part that is the wish a measure was read from (« à l'export » for « part
    du chiffre d'affaires réalisée à l'étranger ») is said by the measure's noun already,
    when the rewrite names that measure (``measured``: the goal gives no target of its own)."""
    both, listed, focus = _links()
    out, aside, last, adverb = "", None, None, None
    said = measure_wish_said(folded) if measured else None
    for phrase, s, e in _people_first(parts):
        if said and said.fullmatch(fold(phrase)):
            last = e  # « à l'export, surtout en Belgique »: the focus is on what the measure says
            continue
        if not phrase or join_once([out, aside or "", phrase]) == " ".join(x for x in (out, aside) if x):
            continue
        between = folded[last:s] if last is not None and last <= s else None
        lead = fold(phrase).split(" ")[0]  # « à » of « à Genève » when the span is the name alone
        if between is not None and len(fold(phrase).split(" ")) > 1 and between.endswith(" " + lead + " "):
            between = between[:-len(lead) - 1]
        link = _link(between, both, listed) if out else ""
        lead = _focus_lead().match(fold(phrase))  # « en priorité aux familles »: the adverb read with its words
        before = between if between is not None else folded[max(0, s - 30):s]  # « d'ici l'été, surtout »
        focused = lead or focus.search(before)
        phrase = phrase[lead.end():] if lead else phrase
        if aside is not None and link.strip() not in ("", ","):
            aside += link + phrase
        elif aside is None and focused:
            aside, adverb = phrase, focused.group(1)
        else:
            out, aside = _closed(out, aside, adverb) + (link or (" " if out else "")) + phrase, None
        last = e
    return _closed(out, aside, adverb)


def _people_first(parts: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """« attirer plus de jeunes au ciné-club »: the people counted (« de jeunes », no article)
    said before the other parts in the text complement the KPI's noun, so they come first
    (« visites de jeunes au ciné-club », never « au ciné-club de jeunes »)."""
    people = set(load("kpi_verbs")["people"])
    ofs = load("word_forms")["prepositions"]["of"]

    def counted(part: tuple[str, int, int]) -> bool:
        words = fold(part[0]).replace("'", "' ").split()
        return len(words) == 2 and words[0] in (ofs, ofs[0] + "'") and words[1] in people
    first = [p for p in parts if counted(p) and all(p[1] < q[1] for q in parts if q is not p)]
    return first + [p for p in parts if p not in first]


def _link(between: str | None, both: re.Pattern, listed: re.Pattern) -> str:
    if between is not None and both.fullmatch(between):
        return f" {load('word_forms')['and']} "
    if between is not None and listed.fullmatch(between):
        return ", "
    return " "


def _closed(out: str, aside: str | None, adverb: str | None) -> str:
    """The aside of a focus closed after what it narrows, with the adverb in writing."""
    if aside is None:
        return out
    w = load("spoken")
    said = w["focus_said"].get(adverb, w["focus_said"]["default"])
    return f"{out} ".lstrip() + w["focus_written"].format(adverb=said, places=aside)


def focus_aside(inline: str) -> str:
    """The focus aside that closes a narrowing (« … (en priorité chez les U12) »), kept when
    the rest of the narrowing is said otherwise; else nothing."""
    w = load("spoken")
    said = "|".join(re.escape(x) for x in {*w["focus_said"].values()})
    m = re.search(r"\((?:" + said + r") [^()]+\)$", inline)
    return m.group(0) if m else ""
