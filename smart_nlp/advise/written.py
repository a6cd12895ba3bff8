"""The user's kept words as written French (issue 11, SPEC 6): a coach writes « et » for a
spoken « pis », drops the fillers (« genre », « tsé », « du coup »), capitalises the
feasts and brands (« noël » → « Noël », « instagram » → « Instagram »), mends phrases
misspelt with real words (« chiffre d'affaire ») and writes short forms out (« taux de
conv »); a narrowing also loses its adverb-only « de » fragments (« de souvent ») and says
the spoken area in writing (« dans le coin »). Word lists: ``lang/fr/spoken.yaml``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang.fr import load
from ..text import fold
from .arrows import without_arrows, without_pluses


@lru_cache(maxsize=1)
def _forms() -> dict[str, str]:
    """Folded words → how a coach writes them: feasts, brands (the channels' own names among
    them), misspelt phrases, short forms."""
    w = load("spoken")
    labels = [c["label"] for c in load("channels").values()]
    brands = [b for b in [*labels, *w["brand_names"]] if b != b.lower() and re.fullmatch(r"[\w ]{3,}", b)]
    return {**{fold(b): b for b in brands}, **w["proper_names"], **w["misspelt_phrases"], **w["short_forms"]}


def _alt(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    w = load("spoken")
    connectors = re.compile(r"(?<![\w'’-])(" + _alt(w["connectors"]) + r")(?![\w'’-])")
    fillers = re.compile(r"(?<![\w'’-])(" + _alt(w["fillers"]) + r")(?![\w'’-]),?")
    names = re.compile(r"(?<![\w'’-])(" + _alt(_forms()) + r")(?![\w'’-])")
    return connectors, fillers, names


def _word_before(folded: str, at: int) -> str:
    m = re.search(r"([\w'’-]+)\W*$", folded[:at])
    return m.group(1) if m else ""


def written(text: str) -> str:
    """``text`` with spoken connectors and fillers made written, feasts capitalised; a
    connector left at the end (the next item said apart) is dropped."""
    w = load("spoken")
    text = without_pluses(without_arrows(text))
    folded = fold(text)
    if len(folded) != len(text):
        return text
    connectors, fillers, names = _patterns()
    edits: list[tuple[int, int, str]] = []
    for m in connectors.finditer(folded):
        if _word_before(folded, m.start()) not in w["connector_guards"]:
            tail = not folded[m.end():].rstrip(",.;")  # a space after it: the fragment goes on
            if tail:  # « … anciens clients pis » then « en postant … »: the items are joined anyway
                edits.append((len(folded[:m.start()].rstrip()), len(folded), ""))
            else:
                edits.append((m.start(), m.end(), "" if m.start() == 0 else w["connectors"][m.group(1)]))
    for m in fillers.finditer(folded):
        if _word_before(folded, m.start()) not in w["filler_guards"]:
            end = m.end() + (m.start() == 0 and len(folded[m.end():]) - len(folded[m.end():].lstrip(" ")))
            edits.append((m.start(), end, ""))  # at the start, its blank goes with it
    for m in names.finditer(folded):
        inner = text[m.start() + 1:m.end()]
        if inner.islower() or not inner.strip(" -'"):  # « TripAdvisor »: the user's capitals stay
            edits.append((m.start(), m.end(), _forms()[m.group(1)]))
    end = len(text) + 1
    for s, e, new in sorted(edits, key=lambda x: (-x[0], x[1])):
        if e <= end:  # one edit per place (« bon ben » before « ben »)
            text, end = text[:s] + new + text[e:], s
    return _tidy(text) if edits else text


def _tidy(text: str) -> str:
    """The blanks and commas a dropped word leaves (the ends stay, the text may be a fragment)."""
    text = re.sub(r"(?<=\S) {2,}", " ", text)
    text = re.sub(r" +,", ",", text)
    return re.sub(r"^(\s*),\s*", r"\1", text)


@lru_cache(maxsize=1)
def _fragments() -> re.Pattern:
    return re.compile(load("spoken")["spoken_fragments"])


@lru_cache(maxsize=1)
def _qualifiers() -> tuple[re.Pattern, re.Pattern]:
    """The degree adverbs before an object's determiner, and an « à » + verb of change at
    the end of a noun group (lists: spoken.yaml, verbs.yaml)."""
    w, v = load("spoken"), load("verbs")
    dets = [d for d in load("word_forms")["determiners"] if not d.startswith("d")]  # « plus de produits » stays
    degree = re.compile(r"(?<![\w])(de |d')(?:(?:" + _alt(w["degree_adverbs"]) + r") )+(?=(?:"
                        + _alt(dets) + r")(?: |(?<=')))")
    stems = "|".join([*map(re.escape, v["increase"] + v["decrease"]), _alt(w["change_asks"])])
    adverbs = _alt(w["change_ask_adverbs"])
    ask = re.compile(w["change_ask_lead"] + r"(?:" + stems + r")[a-z]*(?: (?:" + adverbs + r"))?$")
    return degree, ask


def _unqualified(inline: str) -> str:
    """« d'un peu plus mes clientes » → « de mes clientes », « taux de clic à améliorer » →
    « taux de clic »: the goal's verb says how much and which way."""
    degree, ask = _qualifiers()
    m = ask.search(fold(inline))
    if m and m.start() > 0:
        inline = inline[:m.start()]
    for m in reversed(list(degree.finditer(fold(inline)))):
        inline = inline[:m.start()] + "de " + inline[m.end():]
    for pair, merged in _contractions():
        inline = pair.sub(merged, inline)
    return inline


@lru_cache(maxsize=1)
def _contractions() -> tuple[tuple[re.Pattern, str], ...]:
    """« de le » → « du »: each pair as a pattern, compiled once, not at each narrowing."""
    return tuple((re.compile(r"(?<![\w'])" + pair + r"(?= )"), merged)
                 for pair, merged in load("word_forms")["contractions"].items())


@lru_cache(maxsize=1)
def _places() -> tuple[tuple[re.Pattern, str], ...]:
    """Each spoken place as a whole-word pattern, with how it is written (compiled once,
    not at each narrowing)."""
    return tuple((re.compile(r"(?<![\w])" + re.escape(said) + r"(?![\w])"), in_writing)
                 for said, in_writing in load("spoken")["spoken_places"].items())


_BLANKS = re.compile(r" {2,}")


def written_narrowing(inline: str) -> str:
    """``inline`` without its adverb-only « de » fragments (« vues d'un peu plus dans le
    coin », « ventes de nos kayaks de souvent ») nor its spoken qualifiers, its spoken
    places written."""
    inline = _unqualified(without_pluses(without_arrows(inline)))
    folded = fold(inline)  # same length as ``inline``
    cut = [m.span() for m in _fragments().finditer(folded)]
    for s, e in reversed(cut):
        inline, folded = inline[:s] + inline[e:], folded[:s] + folded[e:]
    for said, in_writing in _places():
        for m in reversed(list(said.finditer(folded))):
            inline = inline[:m.start()] + in_writing + inline[m.end():]
    return _BLANKS.sub(" ", inline).strip()


@lru_cache(maxsize=1)
def _preposition_a() -> re.Pattern:
    w = load("spoken")
    subjects = "".join(f"(?<!{re.escape(x)}{'' if x.endswith(chr(39)) else ' '})" for x in w["a_subjects"])
    return re.compile(r"(?<![\w'’])" + subjects + r"a(?= (?:" + _alt(w["a_before"]) + r")(?: |(?<=')))")


def clause_accents(text: str) -> str:
    """« en distribuant des cartes a la caisse » → « à la caisse »: in a means, « a » before a
    determiner with no subject before it is the preposition."""
    return _preposition_a().sub(load("word_forms")["prepositions"]["to"], text)
