"""What the strategy as a whole lacks: findings in French over all the goals of a document.

``strategy_findings`` turns the counts of ``summary.summarize`` into findings (``summary.finding``)
where ``level`` is ``ok``, ``info`` or ``warning``:

- ``no_goal``: the document states no goal (a valid, explicit result);
- ``score``: mean SMART score and how many goals meet all five criteria;
- ``criteria``: the share of goals meeting each criterion, the weakest one;
- ``funnel``: coverage of See / Think / Do / Care, stages without any goal;
- ``priority``: the goal marked as the priority (« objectif prioritaire », « en
  priorité »…), or else the inferred one: the first goal on the most business-critical
  KPI of the earliest-paying funnel stage (Do, then Think, Care, See);
- ``channels``: channels with goals vs channels mentioned without any goal;
- ``deadlines``: timeline, goals without deadline, deadlines read from the context;
- ``duplicates`` and ``conflicts``: goals that repeat or contradict each other (``overlaps``);
- ``errors``: statements the analyzer refused.
"""
from __future__ import annotations

from ..lang.fr import FUNNEL_STAGES
from ..lang.fr.format import channel_label, kpi_label
from .overlaps import overlap_findings
from .results import DocumentAudit
from .summary import FUNNEL_HINTS, FUNNEL_NAMES, finding, ids, percent, quote, say

# Business KPIs in the order a plan usually ranks them, to infer the priority.
PRIORITY_ORDER = ("revenue", "sales", "customers", "market_share", "roi", "average_order", "leads",
                  "conversion_rate", "retention", "acquisition_cost", "satisfaction")
STAGE_ORDER = {"do": 0, "think": 1, "care": 2, "see": 3}


def strategy_findings(audit: DocumentAudit) -> list[dict]:
    analysed = audit.analysed
    out: list[dict] = []
    if not audit.goals:
        out.append(finding("no_goal", "warning", say("no_goal.message", statements=audit.statements)))
        out.append(_channels(audit, analysed))
        return out
    errors = [g for g in audit.goals if g.error]
    if errors:
        items = " ; ".join(say("errors.item", id=g.id, where=g.location.short(), error=g.error) for g in errors)
        out.append(finding("errors", "warning", items + ".", errors))
    if not analysed:
        return out
    out.append(_score(audit, analysed))
    out.append(_criteria(audit))
    out.append(_funnel(audit, analysed))
    out.append(_priority(analysed))
    out.append(_channels(audit, analysed))
    out.extend(_deadlines(audit, analysed))
    out.extend(overlap_findings(analysed))
    return out


def _score(audit: DocumentAudit, analysed: list) -> dict:
    s = audit.summary
    n, full = len(analysed), s["fully_smart"]
    level = "ok" if full == n else "info" if s["mean_score"] >= 70 else "warning"
    if full == 0:
        smart = say("score.none", n=n)
    elif full == n:
        smart = say("score.all", n=n)
    else:
        smart = say("score.some", n=full, total=n)
    return finding("score", level, say("score.message", score=s["mean_score"], smart=smart),
                   data={"mean_score": s["mean_score"], "fully_smart": full, "goals": n})


def _criteria(audit: DocumentAudit) -> dict:
    crit = audit.summary["criteria"]
    shares = ", ".join(f"{c['name']} {percent(c['met'], c['total'])}" for c in crit.values())
    key = min(crit, key=lambda k: (crit[k]["share"], list(crit).index(k)))
    weakest = crit[key]
    data = {k: c["share"] for k, c in crit.items()}
    if weakest["met"] == weakest["total"]:
        return finding("criteria", "ok", say("criteria.all_met", shares=shares), data=data)
    failing = [g for g in audit.analysed if not g.analysis.criteria[key].met]
    advices = [g.analysis.criteria[key].advice for g in failing if g.analysis.criteria[key].advice]
    advice = max(set(advices), key=lambda a: (advices.count(a), -advices.index(a))) if advices else ""
    text = say("criteria.weakest", shares=shares, name=weakest["name"], met=weakest["met"], total=weakest["total"],
               ids=ids(failing))
    text += say("criteria.advice", advice=advice) if advice else "."
    return finding("criteria", "warning" if weakest["share"] < 0.5 else "info", text, failing, data=data)


def _funnel(audit: DocumentAudit, analysed: list) -> dict:
    funnel = audit.summary["funnel"]
    counts = ", ".join(f"{FUNNEL_NAMES[s]} {len(funnel[s])}" for s in FUNNEL_STAGES)
    missing = [s for s in FUNNEL_STAGES if not funnel[s]]
    data = {s: len(funnel[s]) for s in (*FUNNEL_STAGES, "none")}
    if not missing:
        return finding("funnel", "ok", say("funnel.covered", counts=counts), data=data)
    gaps = " ; ".join(say("funnel.gap", name=FUNNEL_NAMES[s], hint=FUNNEL_HINTS[s]) for s in missing)
    return finding("funnel", "warning", say("funnel.gaps", counts=counts, gaps=gaps), data=data)


def _priority(analysed: list) -> dict:
    marked = [g for g in analysed if g.priority]
    if len(marked) == 1:
        g = marked[0]
        return finding("priority", "ok", say("priority.marked", id=g.id, statement=quote(g.statement),
                                             marker=g.priority), [g],
                       data={"marked": [g.id], "inferred": None})
    if len(marked) > 1:
        return finding("priority", "warning", say("priority.several", ids=ids(marked)), marked,
                       data={"marked": [g.id for g in marked], "inferred": None})
    business = [g for g in analysed if g.analysis.kpi in PRIORITY_ORDER]
    if not business:
        return finding("priority", "warning", say("priority.no_business"), data={"marked": [], "inferred": None})
    best = min(business, key=lambda g: (STAGE_ORDER.get(g.analysis.funnel, 9),
                                        PRIORITY_ORDER.index(g.analysis.kpi), int(g.id[1:])))
    stage = FUNNEL_NAMES.get(best.analysis.funnel, "")
    return finding("priority", "info", say("priority.inferred", id=best.id, statement=quote(best.statement),
                                           kpi=kpi_label(best.analysis.kpi), stage=", " + stage if stage else ""),
                   [best], data={"marked": [], "inferred": best.id})


def _channels(audit: DocumentAudit, analysed: list) -> dict:
    with_goals: dict[str, list] = {}
    for g in analysed:
        for c in g.analysis.channels:
            with_goals.setdefault(c, []).append(g)
    only = {c: locs for c, locs in audit.channel_mentions.items() if c not in with_goals}
    data = {"with_goals": {c: [g.id for g in gs] for c, gs in with_goals.items()},
            "mentioned_without_goal": {c: [loc.short() for loc in locs] for c, locs in only.items()}}
    parts = []
    if with_goals:
        listed = ", ".join(f"{channel_label(c)} ({ids(gs)})" for c, gs in with_goals.items())
        parts.append(say("channels.with_goals", channels=listed))
    if only:
        listed = ", ".join(f"{channel_label(c)} ({_where(locs)})" for c, locs in only.items())
        parts.append(say("channels.without_goal", channels=listed))
        return finding("channels", "warning", " ".join(parts), data=data)
    if not with_goals:
        return finding("channels", "info", say("channels.none"), data=data)
    parts.append(say("channels.all_covered"))
    return finding("channels", "ok", " ".join(parts), data=data)


def _where(locs: list) -> str:
    shown = list(dict.fromkeys(loc.short() for loc in locs if loc.short()))
    text = ", ".join(shown[:3]) + ("…" if len(shown) > 3 else "")
    return text or say("channels.mentions", n=len(locs))


def _deadlines(audit: DocumentAudit, analysed: list) -> list[dict]:
    out = []
    missing = [g for g in analysed if g.analysis.deadline is None]
    timeline = audit.summary["timeline"]
    data = {"timeline": timeline, "without_deadline": [g.id for g in missing]}
    if timeline:
        first, last = timeline[0], timeline[-1]
        span = (say("deadlines.range", first=first["label"], last=last["label"]) if first["date"] != last["date"]
                else say("deadlines.day", day=first["label"]))
        text = f"{say('deadlines.count', n=len(timeline))} {span}."
    else:
        text = say("deadlines.none")
    if missing:
        text += say("deadlines.missing", ids=ids(missing))
    level = "warning" if missing else "ok"
    if len(timeline) >= 3 and len({t["date"] for t in timeline}) == 1:
        text += say("deadlines.same_day")
        level = "info" if level == "ok" else level
    out.append(finding("deadlines", level, text, missing, data))
    inherited = [g for g in analysed if "deadline_from" in g.context]
    if inherited:
        sources = list(dict.fromkeys(g.context["deadline_from"] for g in inherited))
        out.append(finding("deadline_context", "info",
                           say("deadline_context.message", ids=ids(inherited),
                               sources=", ".join(quote(x, 60) for x in sources)), inherited))
    return out
