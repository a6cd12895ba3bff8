"""French grammar for the realiser: articles, elision, « de » contractions, spelling.

The word forms live in ``lang/fr/word_forms.yaml``; accents of other words are
restored from spaCy's French lemma index (loaded only when a word needs it).
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import lru_cache

from ..extract.kpi_forms import forms as kpi_verb_forms
from ..extract.spelling import known
from ..lang.fr import load, verb_forms
from ..text import fold
from .shorthand import write_out
from .towns import towns
from .rate_typos import rate_nouns_written
from .typos import misspelt
from .written import clause_accents, written

_WORD = re.compile(r"[\w-]+")


@dataclass(frozen=True)
class Noun:
    """A noun phrase with the gender and number that its determiner agrees with."""

    text: str
    gender: str = "m"
    number: str = "s"

    @property
    def key(self) -> str:
        return self.gender + self.number


def _forms() -> dict:
    return load("word_forms")


def starts_with_vowel(word: str) -> bool:
    """Whether ``word`` elides the article before it (« l'offre », « d'abonnés »)."""
    if not word:
        return False
    if word.startswith("["):
        word = word[1:]
    low = word.lower()
    if any(low.startswith(h) for h in _forms()["aspirated_h"]):
        return False
    return low[:1] in _forms()["vowels"]


def determiner(noun: Noun, family: str = "definite") -> str:
    """« le », « la », « l' », « les », « notre », « nos », « mon »…"""
    arts = _forms()["articles"][family]
    if family == "definite" and noun.number == "s" and starts_with_vowel(noun.text):
        return arts["elided"]
    if noun.key == "fs" and "vowel_fs" in arts and starts_with_vowel(noun.text):
        return arts["vowel_fs"]
    return arts[noun.key]


def with_determiner(noun: Noun, family: str = "definite") -> str:
    """The noun phrase with its determiner, elided when needed."""
    det = determiner(noun, family)
    return det + noun.text if det.endswith("'") else f"{det} {noun.text}"


def of(phrase: str) -> str:
    """« de » before a phrase, contracted or elided: « du chiffre », « des ventes », « d'abonnés »."""
    return _contract(_forms()["prepositions"]["of"], phrase)


def to(phrase: str) -> str:
    """« à » before a phrase, contracted: « au premier trimestre », « aux soldes »."""
    return _contract(_forms()["prepositions"]["to"], phrase)


def of_forms() -> list[str]:
    """« de » and its contractions with the definite article: « de », « du », « des »."""
    of = _forms()["prepositions"]["of"]
    return [of, *(merged for pair, merged in _forms()["contractions"].items() if pair.split(" ")[0] == of)]


def _contract(prep: str, phrase: str) -> str:
    for pair, merged in _forms()["contractions"].items():
        first, article = pair.split(" ")
        if first == prep and phrase.startswith(article + " "):
            return merged + phrase[len(article):]
    if prep in _forms()["elision"] and starts_with_vowel(phrase):
        return prep[:-1] + "'" + phrase
    return f"{prep} {phrase}"


def impersonal(text: str) -> str:
    """« les visiteurs de son site » → « les visiteurs du site »: a third-person possessive
    read out of its sentence becomes the definite article, contracted or elided."""
    arts = _forms()["third_possessives"]
    nouns = "".join(f"(?<!{w} )" for w in _forms()["not_possessive_before"])

    def article(m: re.Match) -> str:
        prep, art, word = m.group(1), arts[m.group(2).lower()], m.group(3)
        phrase = art[:-1] + "'" + word if art in _forms()["elision"] and starts_with_vowel(word) else f"{art} {word}"
        return _contract(prep, phrase) if prep else phrase

    preps, possessives = "|".join(_forms()["prepositions"].values()), "|".join(arts)
    if not re.search(rf"(?i)(?<![\w])({possessives}) ", text):
        return text
    rx = rf"(?:(?<![\w])({preps}) )?(?<![\w])" + nouns + rf"({possessives}) (\w+)"
    return re.sub(rx, article, text, flags=re.IGNORECASE)


def prep_phrase(prep: str, phrase: str) -> str:
    """A preposition before a phrase, with « de » / « à » contracted or elided."""
    of = _forms()["prepositions"]["of"]
    if prep in _forms()["prepositions"].values():
        return _contract(prep, phrase)
    if prep.endswith(" " + of):
        return prep[:-len(of) - 1] + " " + _contract(of, phrase)
    return f"{prep} {phrase}"


def capitalise(text: str) -> str:
    """Upper-case the first letter, even behind an opening bracket."""
    for i, ch in enumerate(text):
        if ch.isalpha():
            return text[:i] + ch.upper() + text[i + 1:]
    return text


_SPACE_BEFORE_MARK = re.compile(r"\s+([,.])")
_DOUBLE_COMMA = re.compile(r",\s*,")


def sentence(parts: list[str]) -> str:
    """Join clauses into one sentence with a capital and a final full stop."""
    text = " ".join(p.strip() for p in parts if p and p.strip())
    text = _SPACE_BEFORE_MARK.sub(r"\1", text)
    text = _DOUBLE_COMMA.sub(",", text).strip(" ,")
    text = text.rstrip(" .;:!,")
    return capitalise(text) + "."


def join_and(items: list[str]) -> str:
    """« a, b et c »."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {_forms()['and']} " + items[-1]


@lru_cache(maxsize=4096)
def noun_form(folded_word: str) -> Noun | None:
    """The noun of the word-form list that a folded (possibly misspelt) word is."""
    nouns = _forms()["nouns"]
    entry = nouns.get(folded_word)
    plural = nouns.get(folded_word + "s")
    if entry is None and plural is not None:
        return Noun(plural[0][:-1], plural[1], "s")
    single = nouns.get(folded_word[:-1]) if folded_word.endswith("s") else None
    if entry is None and single is not None and single[2] == "s":  # « paniers »: the plural of a listed noun
        return Noun(single[0] + "s", single[1], "p")
    if entry is None and len(folded_word) >= 5 and not (known(folded_word) or known(folded_word.rstrip("sx"))):
        # a real word is no misspelling of a listed one (« licenciés » is not « licences »)
        match = difflib.get_close_matches(folded_word, [n for n in nouns if n[0] == folded_word[0]], n=1, cutoff=0.9)
        entry = nouns[match[0]] if match else None
    return Noun(*entry) if entry else None


def expansion(folded_phrase: str) -> str | None:
    """The written-out form of an abbreviation (« CA » → « chiffre d'affaires »)."""
    return _forms()["expand"].get(folded_phrase.strip())


_QUOTED = re.compile(r"«[^»]*»|\"[^\"]*\"|“[^”]*”")


@lru_cache(maxsize=4096)  # the same KPI nouns and means come back goal after goal
def correct(text: str, fuzzy: bool = False, accents: bool = True, clause: bool = False) -> str:
    """Write out the user's shorthand and restore the accents of the listed words, then
    (``accents``) of any other word written without any, and (``fuzzy``) fix typos of
    known nouns; words with accents, capitals or digits, and words in quotes, are the
    user's and stay. In a ``clause`` (a means), an ending that may be the present of an
    -er verb (« on lance », « tu relances ») is no participle to accent."""
    def words(part: str) -> str:
        said = rate_nouns_written(written(part))
        return _correct_words(clause_accents(said) if clause else said, fuzzy, accents, clause)

    out, pos = [], 0
    for m in _QUOTED.finditer(text):
        out += [words(text[pos:m.start()]), m.group()]
        pos = m.end()
    return "".join(out) + words(text[pos:])


def _correct_words(text: str, fuzzy: bool, accents: bool, clause: bool = False) -> str:
    text = towns(write_out(text))
    nouns, words, keep = _forms()["nouns"], _forms()["words"], _forms()["keep_as_written"]

    def fix(m: re.Match) -> str:
        word = m.group()
        verb = tuple(load("grammar_words")["context"]["infinitive_endings"])  # -er, -ir: « Notre » is none
        if m.start() == 0 and word[:1].isupper() and word[1:].islower() and accents \
                and _partly_accented(word.lower(), fold(word.lower())).endswith(verb):  # « Referencer »
            return _partly_accented(word.lower(), fold(word.lower())).capitalize()
        if word != word.lower() or any(map(str.isdigit, word)):
            return word
        folded = fold(word)
        if word != folded and _partly_accented(word, folded) != word:  # « acceleré »: some accents missing
            return _partly_accented(word, folded)
        if word != folded:  # accented as the user wrote it: theirs, unless no such word is (« abonées »)
            typo = misspelt(folded, folded in _accented() or folded in nouns or folded in words)
            if typo is None:
                return word
            word = typo
        if word in nouns:
            return nouns[word][0]
        if word in words:
            return words[word]
        if fuzzy and (noun := noun_form(word)):
            return noun.text
        if not accents or len(word) < 5 or word in keep or clause and _present_er(word):
            return word
        return _accented().get(word) or (_accented().get(word[:-1], word[:-1]) + "x" if word[-1] == "x" else word)
    return _WORD.sub(fix, text)


def _partly_accented(word: str, folded: str) -> str:
    """The accented word of which ``word`` keeps only some accents (none, or « acceleré » of
    « accéléré »), else ``word``: an accent the user wrote that the word lacks makes it theirs."""
    full = _accented().get(folded)
    if full is None or len(full) != len(word) or len(word) < 5:
        return word
    changed = [i for i, (a, b) in enumerate(zip(word, full)) if a != b]
    stem = len(word) - (2 if word.endswith("s") else 1)
    if changed == [stem] and word[stem] == "e":  # « dépasse »: the present, not « dépassé »
        return word
    return full if all(a == b or a == fold(a) for a, b in zip(word, full)) else word


@lru_cache(maxsize=1)
def _accented() -> dict[str, str]:
    """Folded → accented form of French words whose folding is unambiguous
    (``lang/fr/accents.tsv``, distilled offline from spaCy's lemma index by
    ``smart_nlp.lang.fr.build_accents``: no spaCy at run time)."""
    from importlib import resources

    text = resources.files("smart_nlp.lang.fr").joinpath("accents.tsv").read_text(encoding="utf-8")
    return dict(line.split("\t", 1) for line in text.splitlines() if line)


def _present_er(word: str) -> bool:
    """« lance », « relances »: the present of an -er verb is spelt as its participle
    unaccented; an accent that only changes the ending « e(s) » → « é(s) » is not sure."""
    accented = _accented().get(word, word)
    changed = [i for i, (a, b) in enumerate(zip(word, accented)) if a != b]
    stem = word[:-1] if word.endswith("s") else word
    return stem.endswith("e") and changed == [len(stem) - 1]


def infinitive(word: str) -> bool:
    """Whether ``word`` is a verb in the infinitive (« Recruter », « planter »); the table
    lacks irregular verbs (« atteindre »), which the context grammar lists."""
    folded = fold(word.lower())
    return verb_forms().get(folded) == "inf" or folded in load("context")["infinitives"]


def as_infinitive(word: str) -> str:
    """« vendu » (« je veux avoir vendu les 80 coffrets ») → « vendre »: a KPI verb said in
    another form opens the rewrite in the infinitive."""
    return word if infinitive(word) else kpi_verb_forms().get(fold(word.lower()), word)


def after_goal_verb(words: str) -> bool:
    """« on veut expédier »: a word with an infinitive's ending right after a goal verb is
    one, even when the verb table lacks it (folded words, the verb last)."""
    parts = words.split(" ")
    ends = tuple(load("grammar_words")["facts"]["infinitive_endings"])
    return len(parts) == 2 and parts[0] in load("context")["goal_words"] and parts[1].endswith(ends)


def plural_verb(word: str) -> bool:
    """Whether ``word`` is a verb in the third person plural (« repassent », « achètent »)."""
    return word.endswith(tuple(_forms()["plural_verb_endings"])) and verb_forms().get(fold(word)) == "3pl"


def join_once(parts) -> str:
    """The parts in order; a part whose words the text before already says, in the same
    order (the KPI words met again in the narrowing), is said once."""
    out: list[str] = []
    for part in parts:
        words, said = fold(part).split(), fold(" ".join(out)).split()
        n = len(words)
        if n and not any(said[i:i + n] == words for i in range(len(said) - n + 1)):
            out.append(part)
    return " ".join(out)
