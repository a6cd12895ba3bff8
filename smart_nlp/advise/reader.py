"""Where each fact of a goal stands in the user's text, and the user's own words around
them: what narrows the KPI, the period or value it is compared with."""
from __future__ import annotations

import re
from bisect import bisect_right, insort
from typing import TYPE_CHECKING

from ..extract.base import Mention, SpanIndex
from ..lang.fr import load
from ..lang.fr.format import format_date
from ..text import fold
from . import defaults, organisation, place_join, trade
from .clauses import compared, comparison_phrase, in_subject, noun_before, other_goal
from .places import as_town, focus_spans, named_places
from .coordination import against, coordinated, joined
from .people import object_people
from .subject_channel import subject_channel
from .forms import correct, infinitive, of, plural_verb, to
from .lexicon import (PUNCT, complement, dangling_words, duration_words, note, preps, rewrite_data, stops, tidy,
                      unhedged, verb_first, without_comparative)

if TYPE_CHECKING:
    from ..analysis import Analysis
    from ..extract.facts import GoalFacts


class TextReader:
    """Reads the facts of one analysed goal in their roles: where each stands, the user's words around them."""

    def __init__(self, a: "Analysis", facts: "GoalFacts"):
        self.a, self.facts = a, facts
        self.text, self.folded = a.text, fold(a.text)
        self.notes: list[str] = []
        roles: list[Mention] = [*facts.targets, *facts.means, *facts.nil_means]
        roles += [facts.baseline] if facts.baseline else []
        roles += [facts.justification] if facts.justification else []
        roles += facts.times  # every time expression, past ones too, is no narrowing
        self.roles = roles
        self.role_index = SpanIndex(roles)  # looked up per character and per narrowing span
        self.channel_index = SpanIndex(facts.channels)
        self.kept: list[tuple[int, int]] = []
        self._cover, self._painted = bytearray(len(self.text)), 0  # ``kept`` as a per-character mask
        self._ends: list[int] = []
        self.dropped = (0, 0)  # the user's KPI words when the rewrite names the KPI otherwise
        self.verbal = False
        self.unknown = False  # the KPI is none of ours: the user's own words name it
        self.unknown_verb = ""
        self.counted = False  # « Recruter 3 commerciaux »: the count said with its own verb
        self.measure: dict | None = None  # « durée moyenne des visites »: a measure of the KPI
        self.hint: str | None = None  # the KPI a task serves, when the text names none
        self.span: tuple[int, int] | None = None  # the user's noun for our KPI, read elsewhere
        self.own_narrowing = False  # the KPI phrase says whom it measures (« de nos lecteurs »)
        self.phrase = None  # the user's object phrase, read whole, when its head is the KPI noun
        self.count_noun = False  # « le nombre d'abonnés »: said so when the KPI is an object
        aside = [(m.start, m.end) for m in facts.side]
        self.org = organisation.kind(self.folded, aside)  # a town hall, an association…: no clients, no sales

    def kpi_words(self, kpi_id: str) -> dict:
        """The KPI's words in rewrite.yaml, in the organisation's own terms when it names one,
        with the default of what it is said of (« des devis en commandes »)."""
        return organisation.kpi_words(self.org, kpi_id, defaults.kpi_words(kpi_id, self.folded))

    # -- what narrows it ---------------------------------------------------------
    def narrowing_spans(self) -> list[tuple[int, int]]:
        """Where in the text each narrowing fact stands."""
        f, out = self.facts, []
        means = SpanIndex(f.side)
        out += [(c.start, c.end) for c in f.channels
                if not means.any(c.start, c.end) and not trade.named(self.folded, c)]
        out += [span for span in named_places(self.text, self.channel_index, self.role_index)
                + focus_spans(self.text, self.role_index) if not means.any(*span)]  # « surtout chez les U12 »
        means = SpanIndex([*f.means, *f.nil_means])
        for item in f.narrowing:
            kind, _, value = item.partition(":")
            if kind == "channel":
                out += [(c.start, c.end) for c in f.channels if c.value == value and not means.any(c.start, c.end)
                        and not trade.named(self.folded, c)]
            elif set(re.findall(r"\w\w+", value)) - set(load("guard")["dangling_ends"]):  # never a bare « auprès d'u »
                m = re.search(r"(?<![\w])" + re.escape(value) + r"\w*", self.folded)  # never half a word
                if m:
                    end = min([m.end()] + [r.start for r in self.roles if m.start() < r.start < m.end()])
                    out.append((m.start(), len(self.folded[:end].rstrip())))
        return out

    def window(self, start: int) -> tuple[int, int]:
        """The words after the KPI up to a stop: another role, punctuation, a link word."""
        end = start
        limit = min(len(self.text), start + 120)
        in_role = bytearray(max(0, limit - start))  # per character of the window: inside another role
        for m in self.role_index.overlapping(start, limit):
            lo, hi = max(m.start, start) - start, min(m.end, limit) - start
            if hi > lo:
                in_role[lo:hi] = b"\x01" * (hi - lo)
        while end < limit:
            ch = self.text[end]
            if ch in PUNCT or in_role[end - start]:
                break
            if end > start + 1 and self.folded[end - 1] == " " and self.channel_index.any(end - 2, end - 1) \
                    and plural_verb(self.text[end:].split(" ", 1)[0]):
                break  # « les réservations en ligne doivent représenter… »: a channel ends the subject
            if (end == start or self.folded[end - 1] == " ") and (stop := stops().match(self.folded, end)):
                if not self._goes_on(stop):
                    break
                end = stop.end() - 1
            end += 1
        if end == limit and end < len(self.text) and self.text[end].isalnum():  # never cut a word
            end = self.text.rfind(" ", start, end) if " " in self.text[start:end] else start
        end = len(self.text[:end].rstrip())
        rated = complement().match(self.folded, end)  # « avis clients 5 étoiles »
        if rated:
            return start, self.window(rated.end())[1]
        return start, self._whole(start, end)

    def _goes_on(self, stop: re.Match) -> bool:
        """Whether a link word (« sans », « et », « pour ») joins a noun instead of opening a clause."""
        rule = rewrite_data()["narrowing_joins"].get(stop.group().strip())
        after = re.match(r"[\s«\"“]*([\w'’-]+)", self.text[stop.end():])
        if rule is None or after is None:
            return False
        word, folded = after.group(1), fold(after.group(1))
        found = {"verb": infinitive(word) or plural_verb(word),
                 "determiner": folded in load("word_forms")["determiners"] or folded.startswith(("l'", "d'")),
                 "prep": (bool(preps().fullmatch(folded)) or bool(re.match(r"d'\w", folded))) and not infinitive(word),
                 "prep_word": bool(preps().fullmatch(folded)) and not infinitive(word),  # « aux », not « d'ici »
                 "proper_noun": word[:1].isupper(),
                 "determiner_after_channel": folded in load("word_forms")["determiners"]
                 and any(c.end == len(self.text[:stop.start()].rstrip()) and self._after_prep(c.start)
                         for c in self.facts.channels),
                 "against": against(self.folded, stop.end()),  # (a verb after either never goes on)
                 "coordinated": coordinated(self.folded, stop.start(), folded),
                 "joined": joined(self.text, self.folded, stop.start(), self.channel_index)}
        if "stop_before" in rule:
            return not any(found[k] for k in rule["stop_before"])
        return any(found[k] for k in rule["go_on_before"]) and not found["verb"]

    def _after_prep(self, start: int) -> bool:
        """Whether the words before ``start`` open a phrase with a preposition (« via nos »)."""
        words = self.folded[max(0, start - 20):start].split()[-2:]
        return any(preps().fullmatch(w) for w in words)

    def _whole(self, start: int, end: int) -> int:
        """A window never ends on a dangling link word (« dans les »): it runs on through a
        duration (« dans les 90 jours »), else stops before the link words."""
        dangling = dangling_words().search(self.folded[start:end] + " ")
        if dangling is None:
            return end
        duration = duration_words().match(self.folded, end)
        d = self.a.deadline
        if duration and not (d and d.start < duration.end() and duration.start() < d.end):
            return duration.end()
        return len(self.text[:start + dangling.start()].rstrip())

    def narrowing(self, kpi_span: tuple[int, int] | None, verbal: bool = False) -> str:
        """The user's words right after the KPI that narrow it, then the other narrowing
        phrases of the goal (« dans nos trois magasins »), channel names spelt right.

        After a verb (« Faire connaître la gamme homme », « Fidéliser nos clients ») the
        words are its object: a complement of the KPI noun (« de la gamme », ``object_at``: « à la salle »)."""
        spans = self.narrowing_spans()
        parts = []
        if kpi_span:
            ws, we = self.window(kpi_span[1])
            if we > ws:
                words = self._noun_phrase(ws, self.said_words(ws, we))
                words = unhedged(words) if verbal else words
                if verbal and words and not (preps().match(fold(words)) or re.match(r"d'\w", fold(words))
                                             or self.channel_index.any(ws, ws + 2)):  # « la commu Insta »: bare
                    words = (to if (self.measure or {}).get("object_at") else of)(without_comparative(words))
                elif words and verb_first(words):  # « clients qui repassent commande », « qui s'inscrivent »
                    words = load("word_forms")["relative"] + " " + words
                parts.append((words + self._event_date(we), ws, we))
                self.kept += [(ws, we)] if words else []  # dropped words (« comme … en Gaspésie »): its place narrows
        for s, e in spans:
            if self._said(s, e) or self._in_clause(s, e):
                continue
            phrase = self._phrase_at(s, e)
            ends, channel = [x for x in self._kept_ends() if x <= s], self.channel_index.any(s, e)
            bare = phrase[:1].islower() and fold(phrase.split(" ")[0]) not in load("word_forms")["function_words"] \
                and not channel and not (ends and not self.text[ends[-1]:s].strip())  # right after kept words: theirs
            if parts and bare and not preps().match(fold(phrase)) or phrase[:1].islower() \
                    and in_subject(self.folded, s) and not channel:
                continue  # « … des 55-70 ans contrats obsèques », « La direction des sports vise »: no narrowing
            parts.append((phrase, s, e))
            self.kept.append((s, e))
        return place_join.narrowing_joined(self.folded, parts, measured=not self.a.targets)  # no target: a measure

    def _in_clause(self, s: int, e: int) -> bool:
        """Whether ``s:e`` stands in a clause with its own finite verb (« …, les partenaires
        attendent ce chiffre »): a remark about the goal, which narrows nothing."""
        left = max([self.text.rfind(p, 0, s) for p in PUNCT] + [-1]) + 1
        right = min([i for i in (self.text.find(p, e) for p in PUNCT) if i >= 0] + [len(self.text)])
        goal = [x.start for x in [self.facts.kpi, *self.facts.targets] if x is not None]
        if other_goal(self.folded, s, left, right, goal) or compared(self.text, self.folded, s):
            return True
        if any(left <= g < right for g in goal):  # the goal's own clause
            return False
        if left == 0:  # the first clause; a heading before a colon (« Journée portes ouvertes : ») unless it
            opens = self.channel_index.any(s, e) and not self.text[:s].strip()  # opens on the channel (« insta : »)
            return self.text[right:right + 1] == ":" and not opens and not any(map(infinitive, self.text[:s].split()))
        finite = set(rewrite_data()["finite_verbs"])
        return any(plural_verb(w) or fold(w) in finite for w in re.findall(r"[\w'’-]+", self.text[left:right]))

    def _noun_phrase(self, ws: int, words: str) -> str:
        """The words after the KPI as a noun phrase: a bare channel gets its preposition
        (« leads site » → « leads sur le site »); words that open no noun phrase (« comme
        le festival de référence ») are dropped and said in a note."""
        folded = fold(words)
        if re.match(r"(?:" + "|".join(rewrite_data()["narrowing_bad_openers"]) + r")(?![\w])", folded):
            self.notes.append(note("narrow_dropped", said=words))
            return ""
        start = len(self.text) - len(self.text[ws:].lstrip())
        bare = next((c for c in self.channel_index.overlapping(start, start + 1) if c.start == start), None)
        opener = "|".join(rewrite_data()["narrowing_preps"])
        said_prep = re.search(r"(?<![\w])(?:" + opener + r") *$", self.folded[:start])
        plain = bare is not None and fold(self.text[bare.start:bare.end]) in rewrite_data()["bare_channel_words"]
        if plain and not preps().match(folded) and said_prep is None:
            vias, label = rewrite_data()["channel_via"], load("channels")[bare.value]["label"]
            via = vias.get(bare.value, vias["default"]).format(label=label)
            return via + words[len(self.text[bare.start:bare.end].strip()):]
        return words

    def _kept_ends(self) -> list[int]:
        """Where each kept span ends, sorted (``kept`` only grows: the new ones are added)."""
        for _, ke in self.kept[len(self._ends):]:
            insort(self._ends, ke)
        return self._ends

    def _said(self, s: int, e: int) -> bool:
        """Whether every word of ``s:e`` is already kept (the KPI words and those after)."""
        for ks, ke in self.kept[self._painted:]:  # ``kept`` only grows: paint what is new
            ks, ke = max(ks, 0), min(ke, len(self._cover))
            if ke > ks:
                self._cover[ks:ke] = b"\x01" * (ke - ks)
        self._painted = len(self.kept)
        return all(self.text[i].isspace() or self._cover[i] for i in range(s, e))

    def said_words(self, start: int, end: int) -> str:
        """The user's words of ``start:end``, accents restored and channels spelt as named,
        without the rate (« par mois »), which the target carries."""
        out, pos = [], start
        labels = load("channels")
        for c in self.channel_index.overlapping(start, end):
            label = labels[c.value]["label"]
            if start <= c.start and c.end <= end and label[:1].isupper() and " " not in self.text[c.start:c.end]:
                out += [correct(self.text[pos:c.start]), label]
                pos = c.end
        out.append(correct(self.text[pos:end]))
        return tidy("".join(out))

    def _event_date(self, end: int) -> str:
        """« au webinar du 12 mai »: a date that completes the narrowing is kept there, dated."""
        d = self.a.deadline
        before = "|".join(load("word_forms")["before_date"])
        if d and re.search(rf"(?<![\w])(?:{before})$", self.folded[:end].rstrip()) and 0 <= d.start - end <= 1:
            self.kept.append((d.start, d.end))
            return " " + format_date(d.date)
        return ""

    def _phrase_at(self, s: int, e: int) -> str:
        """« dans nos trois magasins »: the narrowing word with the preposition before it
        (« sur Vannes » said « à Vannes »: a town is where, not on what)."""
        said = subject_channel(self, s, e) or object_people(self.text, self.folded, s, e) or self._phrase_words(s, e)
        return as_town(said) if (s, e) in named_places(self.text, self.channel_index, self.role_index) else said

    def _phrase_words(self, s: int, e: int) -> str:
        head = self.folded[max(0, s - 30):s]
        best, chain = None, (-2, -2)
        for m in preps().finditer(head):  # « auprès des 55-70 ans »: the whole run of link words
            chain = (chain[0] if m.start() == chain[1] + 1 else m.start(), m.end())
            if not any(ch in head[m.start():] for ch in PUNCT):
                best = max(0, s - 30) + chain[0]
        if best is None or self.role_index.any(best, s):
            channel = next((c for c in self.channel_index.overlapping(s, s + 1) if c.start == s), None)
            if channel is not None and self.dropped[0] <= s < self.dropped[1]:
                vias = rewrite_data()["channel_via"]
                return vias.get(channel.value, vias["default"]).format(label=load("channels")[channel.value]["label"])
            best = s
        best = self._head_before(best)
        ends = self._kept_ends()
        last = bisect_right(ends, s)
        if last and ends[last - 1] > best:  # « via LinkedIn et les salons »: what is already said is not said again
            best = ends[last - 1]
        return self.said_words(best, e)

    def _head_before(self, best: int) -> int:
        """« au club de fitness », not « de fitness », when nothing else stands there."""
        start = noun_before(self.folded, best)
        if self.role_index.any(start, best) or any(ks < best and start < ke for ks, ke in self.kept):
            return best
        return start

    def comparison(self) -> str | None:
        """« par rapport à 2026 »: the period or value the user compares with, as said."""
        found = comparison_phrase(self.text, self.folded, [x.start for x in self.roles])
        if found is None:
            return None
        span, phrase = found
        self.kept.append(span)
        return phrase
