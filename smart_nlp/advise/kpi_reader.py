"""The KPI of a goal as the user named it: our KPI with the user's noun, a measure of it
(« durée moyenne des visites »), or the user's own object when it is none of ours.
"""
from __future__ import annotations

import re

from ..extract.base import Mention
from ..extract.kpi_made import counted_thing, made_verb
from ..lang.fr import load
from ..text import fold
from . import coach, defaults, verb_object
from .counted import duration_count, inner_count, own_count, relative_clause, stated_count
from .rates import own_rate, rate_object
from .reach import reach_measure, reached_count
from .qualified import qualified_start
from .shows import fill_measure
from .returns import return_rate
from .forms import (Noun, after_goal_verb, as_infinitive, capitalise, correct, expansion, infinitive, noun_form,
                    of_forms, rate_nouns_written, with_determiner)
from .lexicon import link, measures_before, note, preps, rewrite_data, verbal_kpi
from .phrase import misread_inside, object_phrase, own_phrase
from .reader import TextReader


class GoalReader(TextReader):
    """A ``TextReader`` that also reads the KPI, what it counts and the user's goal verb."""

    # -- the KPI ---------------------------------------------------------------
    def kpi(self) -> tuple[str, Noun, str, bool]:
        """KPI id, its noun as the user wrote it (corrected), determiner family, assumed?"""
        a, facts = self.a, self.facts
        if self.hint:  # the outcome of a task: its KPI as we name it
            self.kept.append((0, len(self.text)))
            return self.hint, Noun(*self.kpi_words(self.hint)["noun"]), "definite", False
        if (coached := coach.read(self)) is not None:  # « développer l'activité du cabinet »: its kind's measure
            return coached
        rate = own_rate(self)
        if rate is not None:  # « 90 % de réussite au CAP », « que 60 % des visiteurs reviennent »
            self.unknown, self.measure = True, rewrite_data()["rate_measure_default"]
            return defaults.ASSUMED_KPI, rate, "definite", False
        again = return_rate(self)
        if again is not None:  # « que nos lecteurs se réabonnent »: a rate named for the action
            return rewrite_data()["return_kpi"], again, "definite", False
        inner = inner_count(self) or duration_count(self) or reached_count(self)
        if inner is not None:  # « 12 témoignages clients »: the user's noun, the KPI word qualifies it
            self.unknown = True
            self.measure = None if a.targets else rewrite_data()["more_measure_default"]
            return defaults.ASSUMED_KPI, inner, "definite", False
        phrase = object_phrase(self)
        if phrase is not None and misread_inside(self, phrase):  # « les resas … sur la piste »: its head is counted
            return own_phrase(self, phrase)
        own = own_count(self)
        if own is not None and self.span:  # « faire venir plus de visiteurs »: our KPI, their noun
            return a.kpi, own, "definite", False
        if own is not None:  # « plus de donneurs de plasma »: what the user counts, in their words
            self.unknown = True
            self.measure = None if a.targets else rewrite_data()["more_measure_default"]
            return defaults.ASSUMED_KPI, own, "definite", False
        kpi_id, assumed = a.kpi, False
        wish = defaults.vague_wish(self.folded)
        reach = reach_measure(self, kpi_id or (wish[0] if wish else None), wish)
        if reach is None and wish and not a.targets and defaults.wish_measure(self.folded):
            reach = defaults.wish_measure(self.folded)  # « rajeunir la clientèle »: its object follows the verb
            self.span, self.own_narrowing = (wish[1], wish[2]), True
        if wish and (kpi_id is None or not a.targets):
            kpi_id = kpi_id or wish[0]
            self.notes.append(note("vague", said=self.text[wish[1]:wish[2]].strip(),
                                    kpi=(reach or self.kpi_words(kpi_id))["noun"][0]))
        if reach is not None:  # « l'audience de notre radio »: its listeners, not « vues »
            if facts.kpi is not None and a.kpi == kpi_id:
                self.dropped = (facts.kpi.start, facts.kpi.end)
                if not wish:
                    said = self.text[facts.kpi.start:facts.kpi.end]
                    self.notes.append(note("vague", said=said, kpi=reach["noun"][0]))
            self.measure, self.verbal = reach, True
            return kpi_id, Noun(*reach["noun"]), "definite", False
        if kpi_id is None:
            said = self.goal_object(lower_only=not a.targets)
            if said is not None:  # « réduire les retours produits de 30 % »: the user's own measure
                self.unknown = True
                self.measure = None if a.targets else \
                    defaults.lower_measure(fold(said[0].text)) or rewrite_data()["lower_measure_default"]
                return defaults.ASSUMED_KPI, said[0], said[1], False
        rate = rate_object(self) if kpi_id is None and not a.targets else None
        if rate is not None:  # « le taux de réussite en première année »: moved in points
            self.unknown, self.measure = True, defaults.rate_measure(fold(rate.text), a.baseline)
            return defaults.ASSUMED_KPI, rate, "definite", False
        more = self.more_object() if kpi_id is None and not a.targets else None
        if more is not None:  # « plus de participants aux ateliers »: counted from a starting value
            self.unknown, self.measure = True, rewrite_data()["more_measure_default"]
            return defaults.ASSUMED_KPI, more, "definite", False
        made = facts.kpi is not None and counted_thing(self.folded, facts.kpi, a.targets)  # « servir 400 repas »
        stated = stated_count(self) if kpi_id is None or made else None
        if stated is not None:  # « notre chorale compte 24 choristes, on aimerait monter à 40 »
            self.unknown = True
            self.measure = None if a.targets else rewrite_data()["more_measure_default"]
            return defaults.ASSUMED_KPI, stated, "definite", False
        counted = self.counted_object() if kpi_id is None or made else None
        if counted is not None:  # « Recruter 3 commerciaux »: a goal about something else
            self.unknown = True
            return defaults.ASSUMED_KPI, counted, "definite", False
        if kpi_id is None and (found := verb_object.counted(self, phrase)):  # « louer nos paddles », « les résas »
            return found
        if made:  # the user's own noun (no slot for a product) and verb (« Servir 400 repas »)
            self.unknown, inf = True, made_verb(facts.kpi)
            said = capitalise(correct(inf)) if inf else rewrite_data()["level_verb_default"]
            self.unknown_verb = self.unknown_verb or said
        if kpi_id is None:
            kpi_id, assumed = defaults.ASSUMED_KPI, True
            usual = self.org["assumed"] if self.org else \
                with_determiner(Noun(*self.kpi_words(kpi_id)["noun"]), "definite")
            self.notes.append(note("kpi_assumed", kpi=usual))
        data = self.kpi_words(kpi_id)
        said_verb = facts.kpi.rule[5:] if facts.kpi and a.kpi == kpi_id and facts.kpi.rule.startswith("verb:") else ""
        noun = Noun(*rewrite_data()["verb_nouns"].get(said_verb, data["noun"]))  # « loués »: rentals
        self.verbal = a.kpi is None and wish is not None
        det = "definite"
        m = facts.kpi if a.kpi == kpi_id else None
        rate, of = rewrite_data()["rate_measure_default"]["noun"][0], load("word_forms")["prepositions"]["of"]
        if m is not None and re.search(rf"{rate} (?:{of} |{of[:-1]}')$", self.folded[:m.start]):
            m = Mention(self.folded.rindex(rate, 0, m.start), m.end, m.label)
        before = re.search(r"(?<![\w])(\w+) $", self.folded[:m.start]) if m is not None else None
        if before and before.group(1) in load("word_forms")["pre_adjectives"]:
            m = Mention(before.start(1), m.end, m.label)
        elif before and (start := qualified_start(self.text, self.folded, m)) is not None:
            m = Mention(start, m.end, m.label)  # « familles satisfaites », « tonnes de compost vendues »
        if m is not None:
            m = self._lower_before(m)
        cap = defaults.capacity(self.folded[m.start:]) if m is not None else None
        if cap is not None:
            return self._capacity(m, cap, kpi_id, assumed)
        lower = defaults.lower_measure(self.folded[m.start:]) if m is not None else None
        if lower is not None:  # « le churn »: the user's words, never the family's label
            self.measure = lower
            self.kept.append((m.start, m.end))
            said = self.folded[m.start:m.end]
            noun = self._user_noun(m) or Noun(correct(self.text[m.start:m.end]), lower["noun"][1],
                                              "p" if said.split()[0].endswith(("s", "x")) else "s")
            return kpi_id, noun, self._determiner_family(m.start), assumed
        measure = self._measure(m) if m is not None else None
        if measure is not None:
            entry, start = measure
            self.measure = entry
            self.kept.append((start, m.end))
            noun = Noun(correct(self.text[start:m.end]), *entry["noun"][1:])
            return kpi_id, noun, "definite", assumed
        if m is not None and m.rule.startswith("verb:") and not a.targets:
            # « que nos clients restent plus longtemps »: what they do is our KPI, said our way
            self.verbal, self.dropped = True, (m.start, m.end)
        elif m is not None:
            said = self.folded[m.start:m.end]
            full = expansion(said)
            user = Noun(full, *data["noun"][1:]) if full else self._user_noun(m)
            counted = a.targets or said.split(" ")[0].endswith(("s", "x"))  # « plus de candidatures »
            if user is None and counted and not verbal_kpi().match(said):
                written = self.text[m.start:m.end]  # an acronym's final s is no plural (« NPS »)
                plural = said.endswith(("s", "x")) and not written.isupper()
                full = correct(written)  # « 20 rdv » → « rendez-vous »: an invariable noun a figure counts
                plural = plural or full.endswith(("s", "x", "z")) and bool(a.targets) and a.targets[0].unit is None \
                    and a.targets[0].value >= 2 and not written.isupper()
                user = Noun(full, data["noun"][1], "p" if plural else "s")
            if user is None and phrase is not None and phrase.head == m.start and not verbal_kpi().match(said):
                user = phrase.noun  # « + de rdv pr … »: the user's shorthand head, written out
            if user is not None:
                noun = user
                self.kept.append((m.start, m.end))
                self.count_noun = phrase is not None and phrase.head == m.start and phrase.counted
            else:
                self.verbal = True
                self.dropped = (m.start, m.end)
            det = self._determiner_family(m.start)
        return kpi_id, noun, det, assumed

    def _capacity(self, m: Mention, entry: dict, kpi_id: str, assumed: bool) -> tuple[str, Noun, str, bool]:
        """« taux d'occupation », « remplir les sessions »: a rate of capacity; a series of shows: places sold."""
        self.measure = entry
        if verbal_kpi().match(self.folded[m.start:m.end]):  # « … nos 8 représentations »: places sold at each
            self.verbal, self.dropped, self.measure = True, (m.start, m.end), fill_measure(self, entry)
            return kpi_id, Noun(*self.measure["noun"]), "definite", assumed
        self.kept.append((m.start, m.end))
        said = self.folded[m.start:m.end]
        text = next((t for w, t in entry["word_nouns"].items() if w in said), entry["noun"][0])
        return kpi_id, Noun(text, *entry["noun"][1:]), "definite", assumed

    def _determiner_family(self, start: int) -> str:
        """« nos ventes » → possessive: the determiner family of the word before ``start``."""
        before = self.folded[max(0, start - 7):start].split()
        cues = load("word_forms")["articles"]["possessive_cues"]
        return cues.get(before[-1], "definite") if before else "definite"

    def goal_object(self, lower_only: bool = False) -> tuple[Noun, str] | None:
        """What the goal verb acts on when it names no known KPI, without its determiner
        (``lower_only``: only a measure whose good direction is down, « les retours »)."""
        verbs = [*load("goal_cues")["goal_verbs"], *(v + r"\w*" for v in load("verbs")["lower_goal"])]
        m = re.search(r"(?<![\w])(?:" + "|".join(verbs) + r")(?![\w])", self.folded)
        if m is None:
            return None
        ws, we = self.window(m.end())
        words = self.said_words(ws, we)
        det = re.match(r"(" + "|".join(load("word_forms")["determiners"]) + ") ?", fold(words))
        if not words or det is None:
            return None
        bare = words[det.end():]
        if lower_only and defaults.lower_measure(fold(bare)) is None and not defaults.asks_lower(self.folded[:m.end()]):
            return None
        head = noun_form(fold(bare.split(" ")[0]))
        number = "p" if det.group(1) in load("word_forms")["plural_determiners"] else head.number if head else "s"
        self.kept.append((ws, we))
        self.unknown_verb = capitalise(correct(self.text[m.start():m.end()]))
        family = load("word_forms")["articles"]["possessive_cues"].get(det.group(1), "definite")
        return Noun(bare, head.gender if head else "m", number), family

    def more_object(self) -> Noun | None:
        """« plus de participants aux ateliers numériques »: what the user wants more of."""
        cues = "|".join(rewrite_data()["more_cues"])
        m = re.search(r"(?<![\w])(?:" + cues + r") d(?:e |')", self.folded)
        if m is None:
            return None
        ws, we = self.window(m.end())
        words = self.said_words(ws, we)
        if not words or preps().match(fold(words)):
            return None
        head = noun_form(fold(words.split(" ")[0]))
        self.kept.append((ws, we))
        return Noun(relative_clause(words) or words, head.gender if head else "m", "p")

    def counted_object(self) -> Noun | None:
        """« Recruter 3 commerciaux », « Ouvrir 2 boutiques »: an opening verb, a count and what
        it counts, none of our KPIs; the goal keeps its own verb and object."""
        t = self.a.targets[0] if self.a.targets else None
        if t is None or t.unit is not None or t.kind not in ("level", "delta"):
            return None
        said = self.text[:t.start].split()  # « Recruter 3 … », « Le CHU souhaite recruter 40 … »
        verb = said[-1] if said else ""
        if not (infinitive(verb) or after_goal_verb(fold(" ".join(said[-2:])))):
            return None
        counted = self._counted(t)
        if counted is not None:
            self.unknown_verb, self.counted = capitalise(correct(verb)), True
        return counted

    def _counted(self, t) -> Noun | None:
        """The words after a count that say what it counts (« 40 vélos reconditionnés »)."""
        ws, we = self.window(t.end)
        words = self.said_words(ws, we)
        if not words or preps().match(fold(words)):
            return None
        self.kept.append((ws, we))
        return Noun(words, "m", "p" if t.value >= 2 else "s")

    def verb_end(self) -> int:
        """Where the goal verb's words end: before the KPI, else the text's first words."""
        starts = [s for s, _ in self.kept] + ([self.facts.kpi.start] if self.facts.kpi else [])
        return min(starts) if starts else min(len(self.folded), 30)

    def user_verb(self) -> str | None:
        """The goal verb the user opened with (« Obtenir », « Signer »), to keep it."""
        verbs = rewrite_data()["level_verbs"]
        return next((verbs[m.group()] for m in re.finditer(r"(?<![\w])[a-z]+", self.folded[:60]) if m.group() in verbs),
                    None)

    def _lower_before(self, m: Mention) -> Mention:
        """« le délai de réponse aux devis »: a measure to bring down said right before the
        KPI words is what the goal is about; the KPI words then only narrow it."""
        for w in re.finditer(r"(?<![\w])\w", self.folded[max(0, m.start - 40):m.start]):
            start = max(0, m.start - 40) + w.start()
            found = defaults.lower_measure(self.folded[start:], span=True)
            if found is not None and link().fullmatch(self.folded[start + found:m.start]):
                return Mention(start, m.end, m.label)
        return m

    def _measure(self, m: Mention) -> tuple[dict, int] | None:
        """The measure said right before the KPI words, with where it starts."""
        found = measures_before().search(self.folded[:m.start])
        return (found[1], found[0].start()) if found else None

    def _user_noun(self, m: Mention) -> Noun | None:
        """The KPI mention as a noun phrase (its first known noun gives the agreement)."""
        words = rate_nouns_written(self.text[m.start:m.end]).split()  # « taux de cliks »: the noun in context
        adjectives = load("word_forms")["pre_adjectives"]
        for i, word in enumerate(words):
            noun = noun_form(fold(word))
            if noun is not None:
                head = [correct(w) for w in words[:i]] + [noun.text if fold(noun.text) != fold(word) else correct(word)]
                return Noun(" ".join(head + [correct(w) for w in words[i + 1:]]), noun.gender, noun.number)
            if fold(word) not in adjectives:
                return None
        return None

    def verb_object(self) -> tuple[str, Noun] | None:
        """« Vendre 40 vélos reconditionnés à Nantes »: a KPI said as a verb before its
        target keeps that verb, and the words after the number are what it counts."""
        t = self.a.targets[0] if self.a.targets else None
        if not (self.verbal and t is not None and t.kind in ("level", "delta") and self.dropped[1] <= t.start):
            return None
        counted = self._counted(t)
        if counted is None:
            return None
        return capitalise(correct(as_infinitive(self.text[self.dropped[0]:self.dropped[1]]))), counted
