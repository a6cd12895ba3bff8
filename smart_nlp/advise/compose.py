"""Analysed goal → ``GoalPlan``: each fact in its role, and only what is missing added.

The user's own words are kept where they carry meaning (the KPI as they named it,
what narrows it, their means and reasons); the KPI, target, deadline, means and
reason that are missing come from ``defaults`` as placeholders, each with a note
that says what was assumed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING

from ..extract.base import Mention, SpanIndex
from ..lang.fr import load
from ..text import fold, typography
from . import defaults, fitting, milestone, organisation, recruits, trade
from .gender import in_gender
from .deadline import deadline, event_phrase, find_event, over_season
from .agreement import agree
from .narrowed import body_narrows, channel_labels, narrowed
from .people import among, among_people
from .rates import moved_rate, rate_levers
from .wellformed import determiners_only, without_dangling_end
from .counted import who_do
from .forms import Noun, correct, of, of_forms
from .gerunds import gerund, gerund_phrase
from .kpi_reader import GoalReader
from .lexicon import clean, kpi_named, note, phrase_accents, rewrite_data
from .realise import GoalPlan, bracket, realise
from .said_means import means_text, once, trimmed
from .target import goal_target, relative_start, user_amount
from .gain_verb import count_verb
from .user_verb import own_verb
from .owner import owned, with_owner
from .wish_subject import keep_subject, with_subject
from .written import written, written_narrowing
from .ceiling import at_least, goal_ceiling

if TYPE_CHECKING:
    from ..analysis import Analysis
    from ..extract.facts import GoalFacts


@dataclass
class Advice:
    """The rewrite of one goal (``None`` when it is not a goal, ``why`` the key of what it is) and what it assumed."""
    suggestion: str | None
    notes: list[str] = field(default_factory=list)
    plan: GoalPlan | None = None
    why: str | None = None


def compose(a: "Analysis", facts: "GoalFacts", hint: str | None = None, until: date | None = None) -> Advice:
    """The plan of the rewrite and its notes (the caller has checked it is a goal;
    ``hint``: the KPI to write when the text names none, a task's outcome; ``until``: the
    default deadline when the caller knows a better one than a fixed length)."""
    facts = trimmed(facts, fold(a.text))  # « pour financer X, d'ici juin, avec Y »: X alone, Y a means
    r = GoalReader(a, facts)
    r.hint = hint
    c = a.criteria
    event = event_phrase(r)  # (before the KPI: « 5 sponsors pour le tournoi de juin » counts sponsors)
    if event:  # « avant l'ouverture des pistes »: the deadline in the user's words, not a narrowing
        r.roles.append(Mention(*event, "EVENT"))
        r.role_index = SpanIndex(r.roles)
        r.kept.append(event)
    bound = goal_ceiling(r)
    if bound and bound[0] < bound[1]:  # « rester sous les 5 % »: the bound's words are no KPI words
        r.roles.append(Mention(bound[0], bound[1], "CEILING"))
        r.role_index = SpanIndex(r.roles)
    kpi_id, noun, det, assumed = r.kpi()
    noun = _sentence_case(a.text, noun)
    noun = replace(noun, text=written_narrowing(written(phrase_accents(noun.text))))  # no « de souvent »
    lead = milestone.lead_clause(r)
    hires = None if assumed else recruits.recruit(fold(noun.text), r.folded, r.unknown)
    hire_verb = hires and a.baseline is None  # with « 24 choristes » given, 40 is a level, not hires
    if hire_verb and a.targets:  # « Recruter 40 bénévoles »: a count of its own, said with its verb
        r.counted = True
    if lead:  # « Lancer la gamme X et vendre… »: its words narrow nothing, it is a means
        r.kept.append(lead)
    purpose = milestone.purpose_clause(r)
    if purpose:  # « … pour sauver plus de vies »: the user's reason, no narrowing of the KPI
        r.roles.append(Mention(*purpose, "JUSTIFICATION"))
        r.role_index = SpanIndex(r.roles)
        r.kept.append(purpose)
    data = r.kpi_words(kpi_id)
    if r.measure and "narrow" in r.measure:  # « taux de notoriété assistée auprès de [public] »
        data = {**data, "narrow": r.measure["narrow"]}
    if r.measure and "narrow_after" in r.measure:  # a rate of capacity: the place or session it fills
        data = {**data, **{k: r.measure[k] for k in ("narrow", "narrow_after", "level_verb")}}
    if hire_verb:  # people are recruited for a mission, never counted per month by default
        verbs = rewrite_data()["recruit_verbs"]
        data = {**data, "level_verb": verbs.get(fold(noun.text).split(" ")[0], verbs["default"])}
    target, start, family, noun = goal_target(r, kpi_id, noun)
    if hires and not a.targets:
        target["period"] = None
    target["at_least"] = bool(a.targets) and at_least(r.folded, a.targets[0])
    seasonal = event or (a.deadline.rule in rewrite_data()["event_rules"] if a.deadline else find_event(r.folded))
    if not a.targets and seasonal:
        target["period"] = None  # « pour les soldes d'été », « pour Noël »: counted over the event
    if assumed:  # no measure named at all: a neutral slot, the usual one said in the notes
        noun = Noun(*rewrite_data()["assumed_kpi"])
    amount = user_amount(r, target)
    verb_object = r.verb_object()
    if verb_object:
        family, noun = "count", verb_object[1]
    elif facts.kpi and facts.kpi.rule.startswith("verb:") and a.targets and target.get("unit") == "%" and \
            not (r.verbal or r.unknown):  # « que 40 % des inscrits achètent »: a share of the people who do it
        family = "count"
    kpi_span = r.span or ((facts.kpi.start, facts.kpi.end) if facts.kpi and a.kpi == kpi_id else None)
    if r.unknown and r.measure is None:
        family = "count" if target["kind"] in ("level", "delta") and target.get("unit") is None else "amount"
    elif kpi_id == "ranking" and a.targets and target["kind"] == "level" and target.get("unit") is None:
        family = "position"  # « la 2e position sur Google »
    wish = defaults.vague_wish(r.folded)
    if kpi_span is None and wish and not assumed:
        kpi_span = (wish[1], wish[2])
    body = keep_subject(r, noun) if not a.targets else None  # « que la fromagerie soit plus connue »
    inline, own = owned(r, lambda: r.narrowing(None) if amount or verb_object else
                        r.narrowing(kpi_span, r.verbal), noun.text, "amount" if amount else family)
    said = (wish[1], wish[2]) if wish else (r.dropped[1] and r.dropped or r.span or (0, 0)) if r.measure else (0, 0)
    wished = r.folded[max(0, said[0] - 30):said[1]] if said[1] else ""  # « se faire davantage connaître »
    inline = written_narrowing(without_dangling_end(inline))  # « de souvent (la) », « dans le coin »: written
    inline = agree(without_dangling_end(inline), noun) if not determiners_only(inline) else ""  # « ses » alone: nothing
    if assumed and (people := among_people(inline)) != inline:  # « [l'indicateur à préciser] auprès des jeunes »
        inline, r.own_narrowing = people, True
    audience = re.search(rewrite_data()["audience_wish"], wished)
    forms = of_forms()
    if audience and re.match("(?:" + "|".join(forms) + ") |" + forms[0][:-1] + "'", fold(inline)):
        inline = _place_of(inline) or rewrite_data()["audience_prep"] + " " + inline  # « connu des familles »
        r.own_narrowing = True
    inline = with_subject(r, body, inline)
    with_own = with_owner(inline, own, noun.text)  # « … de notre camping »: no segment slot then
    inline, own = with_own, with_own != inline
    if target.get("period") is None and kpi_span:
        target["period"] = defaults.period_after(r.folded, kpi_span[1])
    level_verb = (verb_object or (r.user_verb(),))[0] or count_verb(r, noun, family) \
        or data.get("level_verb", rewrite_data()["level_verb_default"])
    level_verb = own_verb(r, noun, bool(verb_object or hire_verb) or family != "count") or level_verb
    own_rate = moved_rate(r)  # moved « de [60] % à [65] % », « de [15] % à [10] % »
    plan = GoalPlan(kpi=noun, family=family, target=target, determiner=det, kpi_placeholder=assumed,
                    inline=inline, start=start, level_verb=level_verb,
                    after_amount=None if r.unknown else amount or data.get("after_amount"),
                    verb_kept=verb_object is not None or r.counted
                    or (r.unknown and target["kind"] == "level" and not own_rate and not who_do(noun.text)),
                    user_phrase=r.phrase is not None, count_noun=r.count_noun and noun.number == "p")
    if r.unknown and r.unknown_verb:
        plan.level_verb = r.unknown_verb
    if family == "score" and start is None:
        plan.level_verb, plan.verb_kept = rewrite_data()["score_verb"], True
    task_channel = _task_channel(r) if r.hint else None
    specific = c["specific"].met
    if task_channel:  # « Poster 3 fois par semaine sur Instagram »: its outcome is counted there
        plan.slot = task_channel
    elif not (r.unknown or r.own_narrowing or own and not assumed and (narrowed(plan) or "narrow_after" in data)) \
            and (assumed and not specific and not among(inline) or not narrowed(plan, strict=not specific)) \
            and not (hires and (inline or "narrow" not in hires)) \
            and not ((seasonal or over_season(a)) and (r.measure or {}).get("action") == "fill"):
        if not body_narrows(r, plan, hires):
            prep, slot = hires["narrow"] if hires else \
                defaults.narrow_slot(data, r.folded, bool(inline or amount), r.org, trade.goal_sector(r))
            plan.slot = f"{agree(prep, plan.kpi)} {bracket(slot)}"  # « visiteurs issus de »
            r.notes.append(note("narrow_default", slot=slot))
    relative_start(r, plan, kpi_id)
    plan.deadline = deadline(r, a.ref_date, defaults.deadline_months(a), event, until)
    _means(r, plan, kpi_id, lead, hires)
    if purpose:
        plan.reasons.append(correct(clean(a.text[purpose[0]:purpose[1]])))
    if facts.justification:
        j = facts.justification
        plan.reasons.append(correct(clean(a.text[j.start:j.end])))
    business = load("kpis")[kpi_id]["business"] and not r.unknown
    if not c["relevant"].met and not business and not (facts.justification and facts.justification.value) \
            and not purpose:
        if hires:
            reason = hires["reason"]
        elif r.org:
            measure = r.unknown and r.measure not in (None, rewrite_data()["more_measure_default"])  # a delay, a rate
            funnel = a.funnel if a.kpi == kpi_id else load("kpis")[kpi_id]["funnel"]  # the rewrite's own KPI
            reason = organisation.reason(r.org, funnel, r.unknown or r.counted, measure)  # « 300 participants »
        else:
            named = trade.goal_sector(r)
            if named is None and r.unknown:  # « Vacciner 200 chats, en … de la clinique vétérinaire »: still its trade
                named = (trade.sector(r.folded) or [None])[0]
            reason = defaults.reason(None if r.unknown else kpi_id, a.funnel, named)
        _add_reason(plan.reasons, bracket(fitting.reason(r, kpi_id, reason)))
        r.notes.append(note("reason_default", kpi=noun.text))
    return Advice(typography(realise(plan)), r.notes, plan)


def _add_reason(reasons: list[str], reason: str) -> None:
    """« afin de [faire venir de nouveaux clients] », or after the user's own purpose
    (« afin d'attirer des sponsors ») its continuation, never a second « afin de »."""
    joins = rewrite_data()["reason_joins"]
    opener = fold(reasons[-1]).split(" ")[0] if reasons else ""
    if opener in joins:
        reasons[-1] += " " + joins[opener].format(of_reason=of(reason), reason=reason)
    else:
        reasons.append(rewrite_data()["reason"].format(reason=of(reason)))


def _task_channel(r: GoalReader) -> str | None:
    """Where a task's outcome is counted: the channel the task names (« sur Instagram »)."""
    outcomes, labels = rewrite_data()["task_outcomes"], load("channels")
    channel = next((c.value for c in sorted(r.facts.channels, key=lambda c: c.start) if c.value in outcomes), None)
    if channel is None:
        return None
    label, vias = labels[channel]["label"], rewrite_data()["channel_via"]
    if label[:1].isupper():  # a platform by its name
        return rewrite_data()["task_channel_named"].format(label=label)
    return vias.get(channel, vias["default"]).format(label=label)


def _sentence_case(text: str, noun: Noun) -> Noun:
    """« Taux de conversion à 3 % »: a capital the KPI words only had for opening the text
    is lowered inside the rewrite (acronyms and platform names keep theirs)."""
    first = noun.text.split(" ")[0]
    if first[:1].isupper() and not first.isupper() and text.lstrip().startswith(first) \
            and fold(first) not in channel_labels():
        return replace(noun, text=first[0].lower() + noun.text[1:])
    return noun


def _place_of(inline: str) -> str | None:
    """« la plus connue de Nîmes » → « à Nîmes », « du Val-de-Marne » → « dans le Val-de-Marne »:
    a named place after « de » is where, not whom (``None`` for people, « des familles »)."""
    forms = rewrite_data()["place_of"]
    m = re.match(r"(" + "|".join(sorted(forms, key=len, reverse=True)) + r")(?<=') ?|(" +
                 "|".join(sorted(forms, key=len, reverse=True)) + r") ", inline)
    rest = inline[m.end():] if m else ""
    labels = {fold(c["label"]) for c in load("channels").values()}
    first = rest.split(" ")[0]
    if not rest[:1].isupper() or fold(first) in labels or (len(first) > 1 and first.isupper()):  # « des DRH »
        return None
    return f"{forms[m.group(1) or m.group(2)]} {rest}"


def _means(r: "GoalReader", plan: GoalPlan, kpi_id: str, lead: tuple[int, int] | None, hires: dict | None) -> None:
    """The user's means as they wrote them (a milestone first), else a concrete one for this
    KPI and channel."""
    facts = r.facts
    plan.means = [gerund(correct(clean(r.text[lead[0]:lead[1]])))] if lead else []
    plan.means = once(plan.means + [means_text(r.text, m) for m in facts.means if not facts.nil_means])
    if plan.means:
        return
    options = (r.measure or {}).get("means") or (r.kpi_words(kpi_id).get("means") if not r.unknown else
                                                 rate_levers(r.folded))  # a measure's own levers (churn, delays)
    specific = bool(options or hires)  # the measure's own levers: no public or second channel replaces them
    aside = [(m.start, m.end) for m in r.roles if m.label != "EVENT"]
    dated = [(m.start, m.end) for m in r.roles if m.label == "EVENT"]  # the event dates the goal
    found = trade.sector(r.folded, aside + dated) or trade.sector(r.folded, aside)
    channel = defaults.main_channel(facts)
    if any(m.label == "EVENT" and m.start <= c.start < m.end for m in r.roles for c in facts.channels
           if c.value == channel):
        channel = None  # « inscriptions pour nos portes ouvertes »: the event counted, not a channel used
    fam = trade.family(kpi_id, r.folded, (r.measure or {}).get("action"))
    if r.unknown:  # « repas servis », « participants aux ateliers »: more of what the trade does
        more = r.measure in (None, rewrite_data()["more_measure_default"])
        kpi_id, fam = None, ("retention" if trade.keeps(r.folded) else "acquisition") if more else None
    asked = not plan.kpi_placeholder or fam != trade.family(kpi_id, "")  # « faire revenir »: the action is said
    fitted = trade.means(kpi_id, fam, found[0]) if found and not options and asked else None
    if found and not options and not asked:  # « développer l'activité du cabinet »: win clients of that trade
        fitted = trade.means(None, "acquisition", found[0])
    if found and any(found[1] <= c.start < found[2] for c in facts.channels if c.value == channel) and (
            channel == load("means")["own_channels"].get(found[0]) or channel == "website"):
        channel = None  # « inscriptions à notre salon professionnel », « notre épicerie en ligne »: the trade itself
    elif defaults.channel_led(kpi_id, channel, found and found[0]) \
            or found and defaults.sells_to_trade(r.folded, found[0]):
        fitted = None  # a channel the user names steers the means; a shop selling to restaurants sells B2B
    if fitted and r.org:  # a body that sells nothing keeps only the trade's means that sell nothing
        fitted = [o for o in fitted if not organisation.commercial(o)] or None
    said = r.a.kpi if r.unknown and r.measure is rewrite_data()["rate_measure_default"] else None  # its share's KPI
    fam = trade.family(said, r.folded) if said else fam
    abroad = None if options or defaults.channel_led(kpi_id, channel) else \
        defaults.abroad_means(kpi_id, r.folded, found[0] if found else None)  # importers, not the home counter
    options = options or abroad or fitted or defaults.means(said if r.unknown else kpi_id, channel, r.folded, fam)
    own = [o for o in (r.measure or {}).get("means") or [] if not organisation.commercial(o)]
    if hires:
        options = hires["means"]
    elif r.org and own:  # a measure's own levers that sell nothing come first (« désabonnement »)
        options = own + organisation.means(r.org, None, [], False)
    elif r.org and not fitted and not (r.unknown and specific and r.measure is None):  # a rate's levers first
        online = channel is not None and channel not in rewrite_data()["on_site_channels"] \
            and kpi_id in rewrite_data()["on_site_kpis"]
        own_measure = r.unknown and r.measure not in (None, rewrite_data()["more_measure_default"])
        key = "quality" if own_measure else None if r.unknown or plan.kpi_placeholder else kpi_id  # its own levers
        options = organisation.means(r.org, key, options, online)
    elif kpi_id == "customers" and not organisation.commercial(plan.kpi.text):  # « adhérents », « patients »
        options = [o for o in options if not organisation.commercial(o)] or options
    options = fitting.fitted(r, kpi_id, fam, channel, found and found[0], options, specific)  # the whole goal covered
    options = [in_gender(o, r.folded) for o in options]
    plan.means = [gerund_phrase(bracket(options[0]))]
    if facts.nil_means:
        nil = facts.nil_means[0]
        r.notes.append(note("nil_means", said=clean(r.text[nil.start:nil.end])))
    own = r.kpi_words(kpi_id)["noun"][0] if kpi_id else ""
    r.notes.append(note("means_default", kpi=kpi_named(plan.kpi.text, own)))
    if len(options) > 1:
        r.notes.append(note("means_more", others=" ; ".join(gerund_phrase(o) for o in options[1:])))
