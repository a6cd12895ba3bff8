"""The KPI a goal names with a verb (lang/fr/kpi_verbs.yaml, kpi_verb_forms.tsv).

« que 35 % des clients reviennent », « les patients qui abandonnent », « que les users
convertissent mieux »: what people do is the KPI, not the people. A verb of a family
linked to people (its subject before it, or people right after an object verb:
« réactiver 3 000 clients ») makes the people a mention of the verb's KPI instead of their
own; with « nous » as its object (« que plus de monde nous trouve ») the verb itself is the
mention. People doing a verb of no family to a KPI noun (« que nos clients laissent plus
d'avis ») give way to that noun. A verb that names its KPI alone (« soit téléchargée
40 000 fois ») counts when no KPI noun stands in its clause. Forms come from a table
distilled offline: one dictionary lookup a word.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang.fr import alternation, load
from ..text import fold
from .base import Mention, SpanIndex, first_kept
from .kpi_forms import after_determiner, forms as _forms, impersonal, is_infinitive, misspellings, third_plurals
from .kpi_people import age_group, is_role_noun, residents, visit

_TOKEN = re.compile(r"(?<![a-z])[a-z][a-z-]*[a-z]")
_PUNCTUATION = r"[,;:.!?()«»\[\]\n]"
_COUNTED = re.compile(r"\d[\d .,]*(?:k )?(?:[a-z]+ )?$")  # « 500 clients qui génèrent… »: counted people are the KPI
_WINDOW = 70  # characters: how far before a verb its people subject may stand
_OBJECT_WORDS = 4  # words: how far after an object verb its people may stand


@lru_cache(maxsize=1)
def _data() -> dict:
    return load("kpi_verbs")


@lru_cache(maxsize=1)
def _break() -> re.Pattern:
    """Punctuation or a link word: where the clause of a verb's subject or object ends."""
    return re.compile(rf"{_PUNCTUATION}|(?<![a-z]){alternation(_data()['clause_links'])} ")


@lru_cache(maxsize=1)
def _families() -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    """(infinitive → subject KPI, infinitive → object KPI, infinitives that stand alone), folded."""
    d = _data()
    subject = {fold(v): k for k, vs in d["subject"].items() for v in vs}
    obj = {fold(v): k for k, vs in d["object"].items() for v in vs}
    return subject, obj, frozenset(fold(v) for v in d["alone"])


@lru_cache(maxsize=1)
def _passive() -> tuple[dict[str, str], re.Pattern, tuple[str, ...]]:
    """(infinitive → KPI of the thing done to, a passive auxiliary closing the text, the
    endings of a participle after one)."""
    q = load("quantities")
    return ({fold(v): k for k, vs in _data()["passive"].items() for v in vs},
            re.compile(rf"(?<![a-z]){alternation(q['passive_auxiliaries'])} (?:[a-z]+ )?$"),
            tuple(q["participle_endings"]))


def _done_to(folded: str, verb: re.Match, inf: str, index: SpanIndex) -> tuple[int, int, str, bool] | None:
    """« 40 kots loués », « que le roman soit chroniqué »: a past participle of a `passive`
    verb after a thing (a plural or feminine participle) or after a passive auxiliary (any
    participle) names the thing's KPI, when its clause names none and no people precede it."""
    of, auxiliary, endings = _passive()
    word = verb.group(0)
    if inf not in of or word == inf or word in third_plurals() or \
            _clause_has_kpi(folded, verb.start(), verb.end(), index):
        return None
    if auxiliary.search(folded, max(0, verb.start() - 24), verb.start()) and word.endswith(endings):
        return verb.start(), verb.end(), of[inf], True
    before = list(_TOKEN.finditer(folded, max(0, verb.start() - 30), verb.start()))
    thing = before[-1] if before else None
    if thing and thing.end() == verb.start() - 1 and word.endswith(tuple(_data()["participle_endings"])) and \
            not _is_people(thing.group(0)) and not is_role_noun(thing.group(0)) and \
            thing.group(0) not in _function_words():
        return thing.start(), verb.end(), of[inf], True
    return None


def family(infinitive: str) -> str | None:
    """The KPI of what people do with the folded verb ``infinitive``, if it names one."""
    return _families()[0].get(infinitive)


@lru_cache(maxsize=1)
def _people() -> tuple[frozenset[str], re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """People words; the clitics before a verb; « nous » among them; a share before
    people; what may not follow a subject verb."""
    d = _data()
    words = frozenset(d["people"])
    clitics = alternation(re.escape(c) for c in d["clitics"])
    return (words,
            re.compile(rf"(?:{alternation(d['relatives'])} ?)?(?:{clitics}(?: |(?<=')))*$"),
            re.compile(rf"(?<![a-z]){alternation(re.escape(u) for u in d['us'])}(?: |(?<='))"),
            re.compile(rf"{alternation(d['shares'])} {alternation(d['share_links'])} ?(?:[a-z]+ )?$"),
            re.compile(rf" {alternation(re.escape(w) for w in d['not_after'])}(?![a-z])"))


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    """French function words (language_id.yaml): « 30 % de nos clients » counts the clients."""
    return frozenset(load("language_id")["fr"])


@lru_cache(maxsize=1)
def _relative() -> re.Pattern:
    return re.compile(rf"(?<![a-z]){alternation(_data()['relatives'])}")


def _is_people(word: str) -> bool:
    words = _people()[0]
    if word in words:
        return True
    for ending, repl in load("inflection")["endings"]:
        if ending and word.endswith(ending) and word[:len(word) - len(ending)] + repl in words:
            return True
    return False


def _people_kpi(folded: str, k: Mention) -> bool:
    """Whether a KPI mention names people (« nouveaux clients », « visiteurs uniques », a
    role noun counted: « 20 000 Martiniquais »)."""
    return k.rule == "people" or any(_is_people(w) for w in _TOKEN.findall(folded, k.start, k.end))


def _subject(folded: str, verb: re.Match, index: SpanIndex) -> tuple[int, int] | None:
    """The people before ``verb`` in its clause: a people KPI mention or word, nearest first."""
    lo = max(0, verb.start() - _WINDOW)
    window = folded[lo:verb.start()]
    cut = max((m.end() for m in _break().finditer(window)), default=0)
    best = None
    for m in _TOKEN.finditer(window, cut):
        start, end = lo + m.start(), lo + m.end()
        kpis = index.overlapping(start, end)
        shared = not kpis and m.group(0) not in _function_words() and \
            _people()[3].search(window, max(0, m.start() - 25), m.start())
        if (kpis and _people_kpi(folded, kpis[0])) or (not kpis and _is_people(m.group(0))) or shared:
            found = (kpis[0].start, kpis[0].end) if kpis else (start, end)
            # « nos clients pros »: people words in a row are one noun phrase
            best = (best[0], found[1]) if best and folded[best[1]:found[0]].strip() == "" else found
        elif (m.group(0) in _forms() or m.group(0) in third_plurals()) and not (
                best and verb.group(0) in third_plurals() and _relative().match(folded, best[1] + 1)):
            best = None  # another verb stands between: its subject, not this one's
            # (but the verb of a relative on them: « les clients qui ont pris l'offre restent »)
    if best and _relative_elsewhere().search(folded, best[1], verb.start()):
        return None  # « clients satisfaits dans les enquêtes qui suivent »: the enquêtes follow
    return best


@lru_cache(maxsize=1)
def _relative_elsewhere() -> re.Pattern:
    """A preposition opening another noun, then the relative pronoun of the verb."""
    breaks = alternation(load("kpi_grammar")["relative_breaks"])
    return re.compile(rf" {breaks} .*(?<![a-z]){alternation(_data()['relatives'])} ?[a-z' ]*$")


def _object(folded: str, verb: re.Match, index: SpanIndex) -> tuple[int, int] | None:
    """The people right after an object verb (a few small words or figures between)."""
    stop = _break().search(folded, verb.end())
    end = stop.start() if stop else len(folded)
    for i, m in enumerate(_TOKEN.finditer(folded, verb.end(), end)):
        if i >= _OBJECT_WORDS:
            return None
        kpis = index.overlapping(m.start(), m.end())
        if kpis:
            return (kpis[0].start, kpis[0].end) if _people_kpi(folded, kpis[0]) else None
        if _is_people(m.group(0)) or is_role_noun(m.group(0)):
            return m.start(), m.end()
        if age := age_group(folded, m.start()):
            return age.span()
    return None


def _next_kpi(folded: str, pos: int, index: SpanIndex) -> Mention | None:
    """A KPI mention among the few words after ``pos``, in the same clause."""
    stop = _break().search(folded, pos)
    end = min(stop.start() if stop else len(folded), pos + 40)
    found = index.overlapping(pos, end)
    return found[0] if found else None


def _clause_has_kpi(folded: str, start: int, end: int, index: SpanIndex) -> bool:
    lo = max((m.end() for m in _break().finditer(folded, max(0, start - 120), start)), default=max(0, start - 120))
    stop = _break().search(folded, end)
    return index.any(lo, stop.start() if stop else len(folded))


def _share(folded: str, start: int, kpi: str) -> str:
    """« 30 % des participants commandent »: a share of people buying is a conversion rate."""
    rule = _data()["share"]
    return rule[kpi] if kpi in rule and _people()[3].search(folded, max(0, start - 30), start) else kpi


def _finite(folded: str, verb: re.Match, inf: str) -> bool:
    """Whether the verb may have a subject: conjugated, or an infinitive after « à » (« amener 5 000 gens à venir »)."""
    before = folded[max(0, verb.start() - 6):verb.start()].rstrip()
    return verb.group(0) != inf or before.endswith(tuple(f" {w}" for w in _data()["infinitive_after"]))


def _link(folded: str, verb: re.Match, inf: str, index: SpanIndex) -> tuple[int, int, str, bool] | None:
    """(start, end, KPI, whether the verb's object is part of the act) of what a family verb
    names: over its people when it has some (their complements still narrow it), else over
    the verb."""
    subject_of, object_of, alone = _families()
    _, clitics, us, _, not_after = _people()
    if inf in subject_of and _finite(folded, verb, inf) and not not_after.match(folded, verb.end()):
        people = _subject(folded, verb, index)
        word, relative = verb.group(0), people and _relative().search(folded, people[1], verb.start())
        passive = word != inf and word not in third_plurals() and not relative and \
            word.endswith(tuple(_data()["participle_endings"]))  # « 15 clients signés »
        # « 400 adhérents qui paient »: people counted, then qualified, are the KPI;
        # « 200 lecteurs téléchargent » is what they do
        counted = people and _COUNTED.search(folded, max(0, people[0] - 12), people[0]) and relative
        if people and not passive and not counted:
            return people[0], people[1], _share(folded, people[0], subject_of[inf]), True
        before = clitics.search(folded, max(0, verb.start() - 30), verb.start())
        if before.start() > 0 and folded[before.start() - 1] == " " and us.search(folded, before.start(), verb.start()):
            return verb.start(), verb.end(), subject_of[inf], True  # someone before « nous »: its object
    done_to = verb.group(0) != inf and verb.group(0).endswith(tuple(_data()["participle_endings"]))
    if inf in object_of and not done_to and not after_determiner(folded, verb.start()) and \
            (people := _object(folded, verb, index)) and not _acts_after(folded, people[1]) and \
            not (object_of[inf] in _data()["counting_objects"] and (index.any(*people) or residents(folded, *people)
                                                                    and inf not in _data()["serve_households"])):
        kpi = visit(folded, verb.start(), inf, people) if object_of[inf] == "customers" else None
        return people[0], people[1], kpi or object_of[inf], False  # « fidéliser nos clients »
    if inf in alone and not _clause_has_kpi(folded, verb.start(), verb.end(), index):
        return verb.start(), verb.end(), subject_of.get(inf) or object_of[inf], True
    return _done_to(folded, verb, inf, index)


def acts(folded: str, end: int) -> bool:
    """Whether the people ending at ``end`` do something: a conjugated verb follows them,
    clitics or a relative between (« davantage de lycéens s'inscrivent »), not a participle."""
    skip = set(_data()["relatives"]) | set(_data()["clitics"])
    for word in _TOKEN.findall(folded, end, min(len(folded), end + 30))[:3]:
        if word not in skip:
            return word in third_plurals() or (word in _forms() and not is_infinitive(word)
                                                and not word.endswith(tuple(_data()["participle_endings"])))
    return False


def _gives_way(folded: str, verb: re.Match, index: SpanIndex) -> Mention | None:
    """« que nos clients laissent plus d'avis »: people doing a verb of no family to a KPI
    noun give way to it, unless they are counted (« 500 clients qui génèrent 30 % du CA »)."""
    people = _subject(folded, verb, index)
    owned = index.overlapping(*people) if people else []
    noun = _next_kpi(folded, verb.end(), index)
    if owned and _people_kpi(folded, owned[0]) and noun and not _people_kpi(folded, noun) and \
            not _COUNTED.search(folded, max(0, owned[0].start - 12), owned[0].start):
        return owned[0]
    return None


def with_verbs(folded: str, kpis: list[Mention]) -> list[Mention]:
    """KPI mentions completed (and people mentions replaced) by the KPIs verbs name."""
    subject_of = _families()[0]
    forms, plurals, misspelt = _forms(), third_plurals(), misspellings()
    index = SpanIndex(kpis)
    dropped: set[int] = set()
    added: list[Mention] = []
    for verb in _TOKEN.finditer(folded):
        word = verb.group(0)
        inf = forms.get(word) or misspelt.get(word)
        if (inf is None and word not in plurals) or any(
                k.start < verb.start() or k.end > verb.end() or (word != inf and not k.rule.endswith("+spelling"))
                for k in index.overlapping(*verb.span())):
            continue  # « les visites », « perdus de vue »: a KPI noun or phrase, not the verb in it
        if impersonal(folded, verb.end(), inf):
            continue
        found = _link(folded, verb, inf, index) if inf else None
        if found is None:
            if inf not in subject_of and (people := _gives_way(folded, verb, index)):
                dropped.add(id(people))
            continue
        start, end, kpi, absorbs = found
        if absorbs and (noun := _next_kpi(folded, verb.end(), index)) and noun.start - verb.end() < 25:
            dropped.add(id(noun))  # « qui lâchent leur abonnement »: the object is part of the act
        dropped.update(id(k) for k in index.overlapping(start, end))
        if absorbs or not index.any(*verb.span()):  # « sensibiliser le grand public »: the verb's own mention stays
            added.append(Mention(start, end, "KPI", kpi, rule=f"verb:{inf}"))
    if not added and not dropped:
        return list(kpis)
    kept = [k for k in kpis if id(k) not in dropped]
    taken = SpanIndex(kept)
    return first_kept(kept + [m for m in added if not taken.any(m.start, m.end)])


def _acts_after(folded: str, end: int) -> bool:
    """« convaincre 3 000 randonneurs de télécharger »: people an object verb acts on, then an
    infinitive of a family, do that act; it is the KPI, not the people."""
    m = re.match(rf" {alternation(_data()['infinitive_after'])} ?([a-z]+)", folded[end:end + 30])
    return bool(m) and _forms().get(m.group(1)) == m.group(1) and m.group(1) in _families()[0]
