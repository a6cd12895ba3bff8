"""Analysed goal → ``GoalPlan``: each fact in its role, and only what is missing added.

The user's own words are kept where they carry meaning (the KPI as they named it,
what narrows it, their means and reasons); the KPI, target, deadline, means and
reason that are missing come from ``defaults`` as placeholders, each with a note
that says what was assumed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from ..extract.base import Mention, inside
from ..extract.facts import extract
from ..lang.fr import load, word_regex
from ..scoring.explain import format_date, format_duration
from ..temporal import Offset, add_months, months_between
from ..text import fold, squash, typography
from . import defaults
from .forms import Noun, capitalise, correct, expansion, gerund, infinitive, join_once, noun_form, of, plural_verb
from .realise import GoalPlan, Quantity, bracket, main_clause, realise

if TYPE_CHECKING:
    from ..analysis import Analysis
    from ..extract.facts import GoalFacts

_MONEY = ("EUR", "USD", "CAD", "CHF", "GBP")
_PUNCT = ",.;:!?()"
_LINK = re.compile(r" ?(?:(?:de|des|du|aux?|sur|par|en|d')(?: |(?<=')))?(?:(?:la|les|le|nos|notre|vos|leurs?)(?: |$)|l')?")
PLACEHOLDER = re.compile(r"\[([^\[\]]+)\]")


@dataclass
class Advice:
    """The rewrite of one goal (``None`` when it is not a goal) and what it assumed."""

    suggestion: str | None
    notes: list[str] = field(default_factory=list)
    plan: GoalPlan | None = None


def _w() -> dict:
    return load("rewrite")


def _note(key: str, **kw) -> str:
    return typography(_w()["notes"][key].format(**kw))


@lru_cache(maxsize=1)
def _stops() -> re.Pattern:
    return re.compile(r"(?<![\w])(?:" + "|".join(_w()["narrowing_stops"]) + ")")


@lru_cache(maxsize=1)
def _link_stops() -> re.Pattern:
    """The stops that are words (not numbers): where a phrase said as written ends."""
    words = [x for x in _w()["narrowing_stops"] if "\\d" not in x]
    return re.compile(r"(?<= )(?:" + "|".join(words) + ")")


@lru_cache(maxsize=1)
def _periods() -> re.Pattern:
    return re.compile(r" ?(?<![\w])(?:" + "|".join(_w()["periods"].values()) + r")(?![\w])")


@lru_cache(maxsize=1)
def _verbal() -> re.Pattern:
    return re.compile("^(?:" + "|".join(_w()["verbal_kpi_words"]) + ")")


@lru_cache(maxsize=1)
def _preps() -> re.Pattern:
    return word_regex(_w()["narrowing_preps"])


@lru_cache(maxsize=1)
def _complement() -> re.Pattern:
    """A number that qualifies the KPI words rather than counting them (« 5 étoiles »)."""
    return re.compile(r" ?(?:" + "|".join(_w()["kpi_complements"]) + r")(?![\w])")


@lru_cache(maxsize=1)
def _duration() -> re.Pattern:
    """« 90 jours » after the words that lead to it."""
    return re.compile(r" ?\d+ (?:" + "|".join(load("numbers")["time_nouns"]) + r")(?![\w])")


def _clean(text: str) -> str:
    return squash(text).strip(" ,;:.!…")


class _Reader:
    """Reads the facts of one analysed goal in their roles."""

    def __init__(self, a: "Analysis", facts: "GoalFacts"):
        self.a, self.facts = a, facts
        self.text, self.folded = a.text, fold(a.text)
        self.notes: list[str] = []
        roles: list[Mention] = [*facts.targets, *facts.means, *facts.nil_means]
        roles += [facts.baseline] if facts.baseline else []
        roles += [facts.justification] if facts.justification else []
        roles += facts.times  # every time expression, past ones too, is no narrowing
        self.roles = roles
        self.kept: list[tuple[int, int]] = []
        self.dropped = (0, 0)  # the user's KPI words when the rewrite names the KPI otherwise
        self.verbal = False
        self.unknown = False  # the KPI is none of ours: the user's own words name it
        self.unknown_verb = ""
        self.counted = False  # « Recruter 3 commerciaux »: the count said with its own verb
        self.measure: dict | None = None  # « durée moyenne des visites »: a measure of the KPI

    # -- the KPI ---------------------------------------------------------------
    def kpi(self) -> tuple[str, Noun, str, bool]:
        """KPI id, its noun as the user wrote it (corrected), determiner family, assumed?"""
        a, facts = self.a, self.facts
        kpi_id, assumed = a.kpi, False
        wish = defaults.vague_wish(self.folded)
        if wish and (kpi_id is None or not a.targets):
            kpi_id = kpi_id or wish[0]
            self.notes.append(_note("vague", said=self.text[wish[1]:wish[2]].strip(),
                                    kpi=defaults.kpi_words(kpi_id)["noun"][0]))
        if kpi_id is None:
            said = self.goal_object(lower_only=not a.targets)
            if said is not None:  # « réduire les retours produits de 30 % »: the user's own measure
                self.unknown = True
                self.measure = None if a.targets else \
                    defaults.lower_measure(fold(said[0].text)) or _w()["lower_measure_default"]
                return defaults.ASSUMED_KPI, said[0], said[1], False
        counted = self.counted_object() if kpi_id is None else None
        if counted is not None:  # « Recruter 3 commerciaux »: a goal about something else
            self.unknown = True
            return defaults.ASSUMED_KPI, counted, "definite", False
        if kpi_id is None:
            kpi_id, assumed = defaults.ASSUMED_KPI, True
            self.notes.append(_note("kpi_assumed", kpi=defaults.kpi_words(kpi_id)["noun"][0]))
        data = defaults.kpi_words(kpi_id)
        noun = Noun(*data["noun"])
        self.verbal = a.kpi is None and wish is not None
        det = "definite"
        m = facts.kpi if a.kpi == kpi_id else None
        if m is not None and re.search(r"taux d(?:e |')$", self.folded[:m.start]):
            m = Mention(self.folded.rindex("taux", 0, m.start), m.end, m.label)
        before = re.search(r"(?<![\w])(\w+) $", self.folded[:m.start]) if m is not None else None
        if before and before.group(1) in load("word_forms")["pre_adjectives"]:
            m = Mention(before.start(1), m.end, m.label)
        if m is not None:
            m = self._lower_before(m)
        lower = defaults.lower_measure(self.folded[m.start:]) if m is not None else None
        if lower is not None:  # « le churn »: the user's words, never the family's label
            self.measure = lower
            self.kept.append((m.start, m.end))
            said = self.folded[m.start:m.end]
            noun = self._user_noun(m) or Noun(correct(self.text[m.start:m.end]), lower["noun"][1],
                                              "p" if said.split()[0].endswith(("s", "x")) else "s")
            before = self.folded[max(0, m.start - 7):m.start].split()
            cues = load("word_forms")["articles"]["possessive_cues"]
            return kpi_id, noun, cues.get(before[-1], "definite") if before else "definite", assumed
        measure = self._measure(m) if m is not None else None
        if measure is not None:
            entry, start = measure
            self.measure = entry
            self.kept.append((start, m.end))
            noun = Noun(correct(self.text[start:m.end]), *entry["noun"][1:])
            return kpi_id, noun, "definite", assumed
        if m is not None:
            said = self.folded[m.start:m.end]
            full = expansion(said)
            user = Noun(full, *data["noun"][1:]) if full else self._user_noun(m)
            if user is None and a.targets and not _verbal().match(said):
                written = self.text[m.start:m.end]  # an acronym's final s is no plural (« NPS »)
                plural = said.endswith(("s", "x")) and not written.isupper()
                user = Noun(correct(written), data["noun"][1], "p" if plural else "s")
            if user is not None:
                noun = user
                self.kept.append((m.start, m.end))
            else:
                self.verbal = True
                self.dropped = (m.start, m.end)
            before = self.folded[max(0, m.start - 7):m.start].split()
            det = load("word_forms")["articles"]["possessive_cues"].get(before[-1], "definite") if before else "definite"
        return kpi_id, noun, det, assumed

    def goal_object(self, lower_only: bool = False) -> tuple[Noun, str] | None:
        """What the goal verb acts on when it names no known KPI, without its determiner
        (``lower_only``: only a measure whose good direction is down, « les retours »)."""
        verbs = [*load("goal_cues")["goal_verbs"], *(v + r"\w*" for v in load("verbs")["lower_goal"])]
        m = re.search(r"(?<![\w])(?:" + "|".join(verbs) + r")(?![\w])", self.folded)
        if m is None:
            return None
        ws, we = self.window(m.end())
        words = self._words(ws, we)
        det = re.match(r"(les|le|la|l'|nos|notre|mes|mon|ma|des|du|de|d') ?", fold(words))
        if not words or det is None:
            return None
        bare = words[det.end():]
        if lower_only and defaults.lower_measure(fold(bare)) is None and not defaults.asks_lower(self.folded[:m.end()]):
            return None
        head = noun_form(fold(bare.split(" ")[0]))
        number = "p" if det.group(1) in ("les", "nos", "mes", "des") else head.number if head else "s"
        self.kept.append((ws, we))
        self.unknown_verb = capitalise(correct(self.text[m.start():m.end()]))
        family = load("word_forms")["articles"]["possessive_cues"].get(det.group(1), "definite")
        return Noun(bare, head.gender if head else "m", number), family

    def counted_object(self) -> Noun | None:
        """« Recruter 3 commerciaux », « Ouvrir 2 boutiques »: an opening verb, a count and what
        it counts, none of our KPIs; the goal keeps its own verb and object."""
        t = self.a.targets[0] if self.a.targets else None
        if t is None or t.unit is not None or t.kind not in ("level", "delta"):
            return None
        verb = self.text[:t.start].strip()
        if " " in verb or not infinitive(verb):
            return None
        counted = self._counted(t)
        if counted is not None:
            self.unknown_verb, self.counted = capitalise(correct(verb)), True
        return counted

    def _counted(self, t) -> Noun | None:
        """The words after a count that say what it counts (« 40 vélos reconditionnés »)."""
        ws, we = self.window(t.end)
        words = self._words(ws, we)
        if not words or _preps().match(fold(words)):
            return None
        self.kept.append((ws, we))
        return Noun(words, "m", "p" if t.value >= 2 else "s")

    def verb_end(self) -> int:
        """Where the goal verb's words end: before the KPI, else the text's first words."""
        starts = [s for s, _ in self.kept] + ([self.facts.kpi.start] if self.facts.kpi else [])
        return min(starts) if starts else min(len(self.folded), 30)

    def user_verb(self) -> str | None:
        """The goal verb the user opened with (« Obtenir », « Signer »), to keep it."""
        verbs = _w()["level_verbs"]
        for m in re.finditer(r"(?<![\w])[a-z]+", self.folded[:60]):
            if m.group() in verbs:
                return verbs[m.group()]
        return None

    def _lower_before(self, m: Mention) -> Mention:
        """« le délai de réponse aux devis »: a measure to bring down said right before the
        KPI words is what the goal is about; the KPI words then only narrow it."""
        for w in re.finditer(r"(?<![\w])\w", self.folded[max(0, m.start - 40):m.start]):
            start = max(0, m.start - 40) + w.start()
            found = defaults.lower_measure(self.folded[start:], span=True)
            if found is not None and _LINK.fullmatch(self.folded[start + found:m.start]):
                return Mention(start, m.end, m.label)
        return m

    def _measure(self, m: Mention) -> tuple[dict, int] | None:
        """The measure said right before the KPI words, with where it starts."""
        head = self.folded[:m.start]
        for entry in _w()["measures"]:
            found = re.search(r"(?<![\w])" + entry["pattern"] + "$", head)
            if found:
                return entry, found.start()
        return None

    def _user_noun(self, m: Mention) -> Noun | None:
        """The KPI mention as a noun phrase (its first known noun gives the agreement)."""
        words = self.text[m.start:m.end].split()
        adjectives = load("word_forms")["pre_adjectives"]
        for i, word in enumerate(words):
            noun = noun_form(fold(word))
            if noun is not None:
                head = [correct(w) for w in words[:i]] + [noun.text if fold(noun.text) != fold(word) else correct(word)]
                return Noun(" ".join(head + [correct(w) for w in words[i + 1:]]), noun.gender, noun.number)
            if fold(word) not in adjectives:
                return None
        return None

    # -- what narrows it ---------------------------------------------------------
    def narrowing_spans(self) -> list[tuple[int, int]]:
        """Where in the text each narrowing fact stands."""
        f, out = self.facts, []
        means = [*f.means, *f.nil_means] + ([f.justification] if f.justification else [])
        out += [(c.start, c.end) for c in f.channels if not inside(means, c.start, c.end)]
        for item in f.narrowing:
            kind, _, value = item.partition(":")
            if kind == "channel":
                out += [(c.start, c.end) for c in f.channels if c.value == value
                        and not inside([*f.means, *f.nil_means], c.start, c.end)]
            else:
                m = re.search(r"(?<![\w])" + re.escape(value), self.folded)
                if m:
                    end = min([m.end()] + [r.start for r in self.roles if m.start() < r.start < m.end()])
                    out.append((m.start(), len(self.folded[:end].rstrip())))
        return out

    def window(self, start: int) -> tuple[int, int]:
        """The words after the KPI up to a stop: another role, punctuation, a link word."""
        end = start
        limit = min(len(self.text), start + 80)
        while end < limit:
            ch = self.text[end]
            if ch in _PUNCT or inside(self.roles, end, end + 1):
                break
            if (end == start or self.folded[end - 1] == " ") and _stops().match(self.folded, end):
                break
            end += 1
        end = len(self.text[:end].rstrip())
        rated = _complement().match(self.folded, end)  # « avis clients 5 étoiles »
        if rated:
            return start, self.window(rated.end())[1]
        return start, self._whole(start, end)

    def _whole(self, start: int, end: int) -> int:
        """A window never ends on a dangling link word (« dans les »): it runs on through a
        duration (« dans les 90 jours »), else stops before the link words."""
        words = r"(?:" + "|".join(load("word_forms")["function_words"]) + ")"
        dangling = re.search(r"(?:(?<= )" + words + r" ?)+$", self.folded[start:end] + " ")
        if dangling is None:
            return end
        duration = _duration().match(self.folded, end)
        d = self.a.deadline
        if duration and not (d and d.start < duration.end() and duration.start() < d.end):
            return duration.end()
        return len(self.text[:start + dangling.start()].rstrip())

    def narrowing(self, kpi_span: tuple[int, int] | None, verbal: bool = False) -> str:
        """The user's words right after the KPI that narrow it, then the other narrowing
        phrases of the goal (« dans nos trois magasins »), channel names spelt right.

        After a verb (« Faire connaître la gamme homme », « Fidéliser nos clients ») the
        words are its object: they become a complement of the KPI noun (« de la gamme »)."""
        spans = self.narrowing_spans()
        parts = []
        if kpi_span:
            ws, we = self.window(kpi_span[1])
            if we > ws:
                words = self._words(ws, we)
                if verbal and words and not _preps().match(fold(words)):
                    words = of(words)
                elif words and plural_verb(words.split(" ")[0]):  # « clients qui repassent commande »
                    words = load("word_forms")["relative"] + " " + words
                parts.append(words + self._event_date(we))
                self.kept.append((ws, we))
        for s, e in spans:
            if self._said(s, e):
                continue
            parts.append(self._phrase_at(s, e))
            self.kept.append((s, e))
        return join_once(parts)

    def _said(self, s: int, e: int) -> bool:
        """Whether every word of ``s:e`` is already kept (the KPI words and those after)."""
        return all(self.text[i].isspace() or any(ks <= i < ke for ks, ke in self.kept) for i in range(s, e))

    def verb_object(self) -> tuple[str, Noun] | None:
        """« Vendre 40 vélos reconditionnés à Nantes »: a KPI said as a verb before its
        target keeps that verb, and the words after the number are what it counts."""
        t = self.a.targets[0] if self.a.targets else None
        if not (self.verbal and t is not None and t.kind in ("level", "delta") and self.dropped[1] <= t.start):
            return None
        counted = self._counted(t)
        if counted is None:
            return None
        return capitalise(correct(self.text[self.dropped[0]:self.dropped[1]])), counted

    def _words(self, start: int, end: int) -> str:
        """The user's words of ``start:end``, accents restored and channels spelt as named,
        without the rate (« par mois »), which the target carries."""
        out, pos = [], start
        labels = load("channels")
        for c in sorted(self.facts.channels, key=lambda c: c.start):
            label = labels[c.value]["label"]
            if start <= c.start and c.end <= end and label[:1].isupper() and " " not in self.text[c.start:c.end]:
                out += [correct(self.text[pos:c.start]), label]
                pos = c.end
        out.append(correct(self.text[pos:end]))
        return _clean(_periods().sub("", "".join(out)))

    def _event_date(self, end: int) -> str:
        """« au webinar du 12 mai »: a date that completes the narrowing is kept there, dated."""
        d = self.a.deadline
        if d and re.search(r"(?<![\w])(?:du|de|le)$", self.folded[:end].rstrip()) and 0 <= d.start - end <= 1:
            self.kept.append((d.start, d.end))
            return " " + format_date(d.date)
        return ""

    def _phrase_at(self, s: int, e: int) -> str:
        """« dans nos trois magasins »: the narrowing word with the preposition before it."""
        head = self.folded[max(0, s - 30):s]
        best = None
        for m in _preps().finditer(head):
            if not any(ch in head[m.start():] for ch in _PUNCT):
                best = max(0, s - 30) + m.start()
        if best is None or inside(self.roles, best, s):
            channel = next((c for c in self.facts.channels if c.start == s), None)
            if channel is not None and self.dropped[0] <= s < self.dropped[1]:
                vias = _w()["channel_via"]
                return vias.get(channel.value, vias["default"]).format(label=load("channels")[channel.value]["label"])
            best = s
        return self._words(best, e)

    def comparison(self) -> str | None:
        """« par rapport à 2026 »: the period or value the user compares with, as said."""
        w = _w()
        m = re.search(r"(?<![\w])" + w["comparison_cue"], self.folded)
        if m is None:
            return None
        start = m.end()
        ends = [i for i in range(start, len(self.text)) if self.text[i] in _PUNCT][:1]
        ends += [x.start for x in self.roles if x.start > start]
        ends += [x.start() for x in _link_stops().finditer(self.folded, start)]
        end = len(self.text[:min(ends + [len(self.text)])].rstrip())
        if end <= start:
            return None
        self.kept.append((m.start(), end))
        return w["comparison_articles"][m.group(1)] + correct(self.text[start:end])

    # -- deadline ----------------------------------------------------------------
    def deadline(self, ref: date, months: int) -> str:
        """The user's deadline written as a date (never a second one); a past or missing
        one replaced by a default date in brackets."""
        a, w = self.a, _w()
        if a.deadline and a.deadline.date <= ref:
            self.kept.append((a.deadline.start, a.deadline.end))
            return self._new_deadline(ref, months, _note("deadline_past", said=_clean(a.deadline.text)))
        if a.deadline:
            if any(ks <= a.deadline.start and a.deadline.end <= ke for ks, ke in self.kept):
                return ""
            said = fold(a.deadline.text)
            expr = next((t.value for t in self.facts.times if t.start == a.deadline.start), None)
            if re.match(r"(?:en|sur|pour|courant|au cours de|durant|pendant) ", said) and re.search(r"\d{4}", said):
                return correct(_clean(a.deadline.text))
            text = w["deadline"].format(date=format_date(a.deadline.date))
            if isinstance(expr, Offset):
                text += " " + w["deadline_span"].format(duration=duration(ref, a.deadline.date))
            return text
        past = [t for t in self.facts.times if not t.extra.get("past")]
        note = _note("deadline_past", said=_clean(self.text[past[0].start:past[0].end])) if past else \
            _note("deadline_default", months=months)
        return self._new_deadline(ref, months, note)

    def _new_deadline(self, ref: date, months: int, note: str) -> str:
        """A default date, said as such: « d'ici le [31 juillet 2027] (soit 6 mois) »."""
        w = _w()
        when = add_months(ref, months)
        if when.day == 1:
            when -= timedelta(days=1)
        self.notes.append(note)
        return w["deadline"].format(date=bracket(format_date(when))) + " " + \
            w["deadline_span"].format(duration=duration(ref, when))


def duration(ref: date, when: date) -> str:
    """« 6 semaines », « 3 mois »: how far the date is from the reference date."""
    return format_duration(months_between(ref, when))


def _target(r: _Reader, kpi_id: str, noun: Noun) -> tuple[dict, Quantity | None, str, Noun]:
    """The target (the user's, else a default that fits the KPI), starting value, family, noun.

    A rate the user counts in units (« plus d'avis Google ») keeps their noun and is
    counted; a count written with an uncountable noun (« la fréquentation ») is counted
    in the KPI's own unit (« visites »).
    """
    a, data = r.a, r.measure or defaults.kpi_words(kpi_id)
    family = data["family"]
    countable = noun.number == "p" and noun != Noun(*data["noun"])  # the user's own plural noun
    if a.targets:
        t = a.targets[0]
        target = {"kind": t.kind, "value": t.value, "unit": t.unit, "period": t.period}
        start = Quantity(a.baseline.value, a.baseline.unit) if a.baseline else None
        r.kept.append((t.start, t.end))
        if _score(noun) and t.kind == "level" and t.unit is None:
            return target, start, "score", noun
        if family == "rate" and t.unit not in ("%", "pt") and t.kind in ("level", "delta"):
            family = "count"
    else:
        counted = family == "rate" and countable and "count_default" in data
        target, start = defaults.target(data, counted)
        if defaults.asks_lower(r.folded[:r.verb_end()]) and (r.measure or kpi_id != defaults.ASSUMED_KPI):
            target, start = defaults.downward(target, start)
        family = "count" if counted else family
        r.notes.append(_note("target_default"))
    if family == "count" and noun.number != "p" and target["kind"] in ("level", "delta"):
        noun = Noun(*data.get("count_noun", data["noun"]))
    elif family not in ("count", "rate") and not a.targets and r.measure is None:
        noun = Noun(*data["noun"])
    elif family == "rate" and not a.targets and (noun.number == "p" or r.verbal) and r.measure is None:
        noun = Noun(*data["noun"])
    return target, start, family, noun


def _score(noun: Noun) -> bool:
    """« note moyenne », « NPS »: the user names a score, not a rate or a count."""
    return fold(noun.text).split(" ")[0] in _w()["score_words"]


def _user_amount(r: _Reader, target: dict) -> str | None:
    """« 10 000 € de paniers validés »: the user's own words after an amount name what it counts."""
    t = r.a.targets[0] if r.a.targets else None
    if t is None or target["kind"] != "level" or t.unit not in _MONEY:
        return None
    m = re.match(r" (?:de |d')", r.folded[t.end:])
    if not m:
        return None
    ws, we = r.window(t.end + m.end() - 1)
    words = r._words(t.end + 1, we) if we > ws else ""
    if words:
        r.kept.append((t.end, we))
    return words or None


def compose(a: "Analysis", facts: "GoalFacts") -> Advice:
    """The plan of the rewrite and its notes (the caller has checked it is a goal)."""
    r = _Reader(a, facts)
    c = a.criteria
    kpi_id, noun, det, assumed = r.kpi()
    data = defaults.kpi_words(kpi_id)
    target, start, family, noun = _target(r, kpi_id, noun)
    if assumed:  # no measure named at all: a neutral slot, the usual one said in the notes
        noun = Noun(*_w()["assumed_kpi"])
    amount = _user_amount(r, target)
    verb_object = r.verb_object()
    if verb_object:
        family, noun = "count", verb_object[1]
    kpi_span = (facts.kpi.start, facts.kpi.end) if facts.kpi and a.kpi == kpi_id else None
    if r.unknown and r.measure is None:
        family = "count" if target["kind"] in ("level", "delta") and target.get("unit") is None else "amount"
    elif kpi_id == "ranking" and a.targets and target["kind"] == "level" and target.get("unit") is None:
        family = "position"  # « la 2e position sur Google »
    wish = defaults.vague_wish(r.folded)
    if kpi_span is None and wish and not assumed:
        kpi_span = (wish[1], wish[2])
    inline = r.narrowing(kpi_span, verbal=r.verbal) if not (amount or verb_object) else r.narrowing(None)
    if target.get("period") is None and kpi_span:
        target["period"] = defaults.period_after(r.folded, kpi_span[1])
    plan = GoalPlan(kpi=noun, family=family, target=target, determiner=det, kpi_placeholder=assumed,
                    inline=inline, start=start, level_verb=(verb_object or (r.user_verb(),))[0] or data.get("level_verb", "Atteindre"),
                    after_amount=None if r.unknown else amount or data.get("after_amount"),
                    verb_kept=verb_object is not None or (r.unknown and target["kind"] == "level") or r.counted)
    if r.unknown and r.unknown_verb:
        plan.level_verb = r.unknown_verb
    if family == "score":
        plan.level_verb, plan.verb_kept = _w()["score_verb"], True
    if not r.unknown and (not c["specific"].met or not _narrowed(plan)):
        prep, slot = defaults.narrow_slot(kpi_id, r.folded, after_words=bool(inline or amount))
        plan.slot = f"{prep} {bracket(slot)}"
        r.notes.append(_note("narrow_default", slot=slot))
    _relative_start(r, plan, kpi_id)
    plan.deadline = r.deadline(a.ref_date, defaults.deadline_months(a))
    _means(r, plan, kpi_id)
    if facts.justification:
        j = facts.justification
        plan.reasons.append(correct(_clean(a.text[j.start:j.end])))
    business = load("kpis")[kpi_id]["business"] and not r.unknown
    if not c["relevant"].met and not business and not (facts.justification and facts.justification.value):
        reason = _w()["reasons"]["unknown"] if r.unknown else defaults.reason(kpi_id, a.funnel)
        plan.reasons.append(_w()["reason"].format(reason=of(bracket(reason))))
        r.notes.append(_note("reason_default", kpi=noun.text))
    return Advice(typography(realise(plan)), r.notes, plan)


def _narrowed(plan: GoalPlan) -> bool:
    """Whether the words kept for the KPI still narrow it once written in the rewrite."""
    return bool(extract(PLACEHOLDER.sub(r"\1", main_clause(plan))).narrowing)


def _relative_start(r: _Reader, plan: GoalPlan, kpi_id: str) -> None:
    """A relative change names what it is compared with: a starting value, or for revenue a period."""
    if plan.target["kind"] not in ("percent_change", "factor", "delta") or plan.start is not None or r.counted:
        return
    said = r.comparison()
    if said:
        plan.comparison = said
    elif plan.family == "money":
        period = _w()["comparison_default"].format(year=r.a.ref_date.year - 1)
        plan.comparison = bracket(period)
        r.notes.append(_note("baseline_asked", what=period))
    else:
        plan.start = defaults.start_for(None if r.unknown else kpi_id, plan.target, r.measure)
        r.notes.append(_note("baseline_asked", what=plan.kpi.text))


def _means(r: _Reader, plan: GoalPlan, kpi_id: str) -> None:
    """The user's means as they wrote them, else a concrete one for this KPI and channel."""
    facts = r.facts
    plan.means = [_means_text(r.text, m) for m in facts.means if not facts.nil_means]
    if plan.means:
        return
    own = r.measure is not None and (r.unknown or r.measure["family"] != defaults.kpi_words(kpi_id)["family"])
    options = r.measure.get("means") if own else None
    options = options or defaults.means(None if r.unknown else kpi_id, defaults.main_channel(facts))
    plan.means = ["en " + bracket(options[0])]
    if facts.nil_means:
        nil = facts.nil_means[0]
        r.notes.append(_note("nil_means", said=_clean(r.text[nil.start:nil.end])))
    r.notes.append(_note("means_default", kpi=plan.kpi.text))
    if len(options) > 1:
        r.notes.append(_note("means_more", others=" ; ".join("en " + o for o in options[1:])))


def _means_text(text: str, m: Mention) -> str:
    said = _clean(text[m.start:m.end])
    return gerund(said) if m.start == 0 or m.rule == "means-before-purpose" else said
