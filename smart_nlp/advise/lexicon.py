"""The compiled word patterns the rewrite reads the user's text with, from ``lang/fr/rewrite.yaml``
and the other word lists (patterns are built here, the words live in the data files).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..extract.scan import FirstOf
from ..lang.fr import load, word_regex
from ..text import fold, squash, typography
from .forms import impersonal, plural_verb

MONEY = ("EUR", "USD", "CAD", "CHF", "GBP")
PUNCT = ",.;:!?()"
PLACEHOLDER = re.compile(r"\[([^\[\]]+)\]")


def rewrite_data() -> dict:
    return load("rewrite")


def note(key: str, **kw) -> str:
    return typography(rewrite_data()["notes"][key].format(**kw))


def kpi_named(text: str, own: str = "") -> str:
    """« coffrets de thé » for « coffrets de thé sur notre site et au salon »: the KPI alone,
    as a note names it (its ``own`` noun, « retour sur investissement », is never cut)."""
    folded = fold(text)
    after = len(own) if own and folded.startswith(fold(own)) else 1
    found = (folded.find(s, after) for s in rewrite_data()["note_kpi_stops"])
    cut = min((i for i in found if i > 0), default=len(text))
    return text[:cut]


@lru_cache(maxsize=1)
def stops() -> re.Pattern:
    """Where the words after a KPI end: a link word, a figure, or the verb of a present state
    (« le taux de transformation de notre boutique plafonne à 1,2 % »)."""
    state = [w + r"(?![\w])" for w in load("context")["state"]]
    return re.compile(r"(?<![\w])(?:" + "|".join(rewrite_data()["narrowing_stops"] + state) + ")")


@lru_cache(maxsize=1)
def link_stops() -> re.Pattern:
    """The stops that are words (not numbers): where a phrase said as written ends."""
    words = [x for x in rewrite_data()["narrowing_stops"] if "\\d" not in x]
    return re.compile(r"(?<= )(?:" + "|".join(words) + ")")


@lru_cache(maxsize=1)
def periods_rx() -> re.Pattern:
    return re.compile(r" ?(?<![\w])(?:" + "|".join(rewrite_data()["periods"].values()) + r")(?![\w])")


@lru_cache(maxsize=1)
def verbal_kpi() -> re.Pattern:
    return re.compile("^(?:" + "|".join(rewrite_data()["verbal_kpi_words"]) + ")")


@lru_cache(maxsize=1)
def preps() -> re.Pattern:
    return word_regex(rewrite_data()["narrowing_preps"])


@lru_cache(maxsize=1)
def complement() -> re.Pattern:
    """A number that qualifies the KPI words rather than counting them (« 5 étoiles »)."""
    return re.compile(r" ?(?:" + "|".join(rewrite_data()["kpi_complements"]) + r")(?![\w])")


@lru_cache(maxsize=1)
def dangling_words() -> re.Pattern:
    """Link words closing a phrase (« dans les »), each after a space."""
    return re.compile(r"(?:(?<= )(?:" + "|".join(load("word_forms")["function_words"]) + r") ?)+$")


@lru_cache(maxsize=1)
def duration_words() -> re.Pattern:
    """« 90 jours » after the words that lead to it."""
    return re.compile(r" ?\d+ (?:" + "|".join(load("numbers")["time_nouns"]) + r")(?![\w])")


@lru_cache(maxsize=1)
def measures_before() -> FirstOf:
    """The measures of rewrite.yaml as said right before the KPI words, in their order."""
    return FirstOf([(re.compile(r"(?<![\w])" + e["pattern"] + "$"), e) for e in rewrite_data()["measures"]])


@lru_cache(maxsize=1)
def link() -> re.Pattern:
    """The link words between a measure to bring down and the KPI words after it."""
    w = rewrite_data()
    preps, dets = "|".join(w["lower_link_preps"]), "|".join(w["lower_link_determiners"])
    return re.compile(r" ?(?:(?:" + preps + r")(?: |(?<=')))?(?:(?:" + dets + r")(?: |$)|l')?")


@lru_cache(maxsize=1)
def _phrase_accents() -> tuple[re.Pattern, dict]:
    words = rewrite_data()["noun_phrase_accents"]
    return re.compile(r"(?<![\w'’])(" + "|".join(words) + r")(?= )"), words


def phrase_accents(text: str) -> str:
    """« participants a nos ateliers » → « à nos »: in a noun phrase, a word written
    without its accent can only be the accented one (no verb « a » there)."""
    rx, words = _phrase_accents()
    return rx.sub(lambda m: words[m.group(1)], text)


_REPEATED = re.compile(r"(?<![\w])((?:[\w'’-]+ ){1,7}?[\w'’-]+) \1(?![\w])", re.IGNORECASE)


def unrepeated(text: str) -> str:
    """« de la zone industrielle de la zone industrielle » → said once: a fragment the
    user typed twice in a row."""
    return _REPEATED.sub(r"\1", text)


def clean(text: str) -> str:
    return squash(text).strip(" ,;:.!…")


_HASHTAG = re.compile(r"(?<![\w&])#\w[\w-]*")


def strip_marks(text: str) -> str:
    """The user's words without emojis, pictographs and hashtags (« 🧗 #grimpe »)."""
    text = _HASHTAG.sub("", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) not in ("So", "Sk", "Cs", "Co")
                   and ch not in "\u200d\ufe0f")
    return re.sub(r"\s{2,}", " ", text).strip()


def unhedged(words: str) -> str:
    """« davantage les séances » → « les séances »: the adverbs between a verb and its object."""
    skip = "|".join(rewrite_data()["user_phrase"]["skip_words"])
    if re.fullmatch(r"(?:(?:" + skip + r") ?)+", fold(words)):  # « vendre beaucoup plus »: nothing said
        return ""
    m = re.match(r"(?:(?:" + skip + r") )+(?=\w)(?!d(?:e |'))", fold(words))
    return words[m.end():] if m else words


@lru_cache(maxsize=1)
def _more_said() -> re.Pattern:
    more = "|".join(rewrite_data()["user_phrase"]["more_after"])
    preps = "|".join(rewrite_data()["narrowing_preps"])
    return re.compile(r"(?:^|(?<= ))(?:" + more + r") (?=(?:" + preps + r") (?!\d))")  # « de plus de 50 ans » stays


def without_more(text: str) -> str:
    """« inscrits de plus aux cours » → « inscrits aux cours »: the target says « more »
    (read on the folded words, « en plus à Charleroi »)."""
    folded = fold(text)
    if len(folded) != len(text):
        return text
    for m in reversed(list(_more_said().finditer(folded))):
        text = text[:m.start()] + text[m.end():]
    return text


@lru_cache(maxsize=4096)  # a pure function of the words: the same phrases come back goal after goal
def tidy(said: str) -> str:
    """The user's words without rate (« par mois ») nor repeats, accented, possessives made articles."""
    said = without_more(periods_rx().sub("", strip_marks(said)))
    return impersonal(clean(unrepeated(phrase_accents(said))))


def without_comparative(words: str) -> str:
    """« plus de jouets » → « jouets »: the comparative the KPI noun already says."""
    cues = "|".join(rewrite_data()["more_cues"])
    m = re.match(r"(?:" + cues + r") d(?:e |')", fold(words))
    return words[m.end():] if m and m.end() < len(words) else words


def verb_first(words: str) -> bool:
    """« repassent commande », « s'inscrivent »: words that open on a plural verb."""
    tokens = re.findall(r"\w+", fold(words))
    tokens = tokens[1:] if tokens and tokens[0] in load("guard")["reflexive"] else tokens
    return bool(tokens) and plural_verb(tokens[0])
