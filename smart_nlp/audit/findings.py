"""What the strategy as a whole lacks: findings in French over all the goals of a document.

``summarize`` counts (criteria met, funnel stages, deadlines); ``strategy_findings``
turns them into findings, each a dict ``{"code", "level", "title", "message",
"goals", "data"}`` where ``level`` is ``ok``, ``info`` or ``warning``:

- ``no_goal``: the document states no goal (a valid, explicit result);
- ``score``: mean SMART score and how many goals meet all five criteria;
- ``criteria``: the share of goals meeting each criterion, the weakest one;
- ``funnel``: coverage of See / Think / Do / Care, stages without any goal;
- ``priority``: the goal marked as the priority (« objectif prioritaire », « en
  priorité »…), or else the inferred one: the first goal on the most business-critical
  KPI of the earliest-paying funnel stage (Do, then Think, Care, See);
- ``channels``: channels with goals vs channels mentioned without any goal;
- ``deadlines``: timeline, goals without deadline, deadlines read from the context;
- ``duplicates`` and ``conflicts``: goals that repeat or contradict each other;
- ``errors``: statements the analyzer refused.
"""
from __future__ import annotations


from ..analysis import CRITERIA
from ..lang.fr import FUNNEL_STAGES, load
from ..lang.fr.format import criterion_name, format_date
from ..text import typography

from .overlaps import pairs_of
from .results import DocumentAudit, GoalRecord

FUNNEL_NAMES = {"see": "Notoriété (See)", "think": "Considération (Think)", "do": "Conversion (Do)",
                "care": "Fidélisation (Care)"}
FUNNEL_HINTS = {"see": "portée, abonnés, vues", "think": "trafic, leads, inscrits à la newsletter",
                "do": "ventes, chiffre d'affaires, nouveaux clients",
                "care": "fidélisation, satisfaction, réachat"}
# Business KPIs in the order a plan usually ranks them, to infer the priority.
PRIORITY_ORDER = ("revenue", "sales", "customers", "market_share", "roi", "average_order", "leads",
                  "conversion_rate", "retention", "acquisition_cost", "satisfaction")
STAGE_ORDER = {"do": 0, "think": 1, "care": 2, "see": 3}


def percent(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)}\u00a0%" if whole else "—"


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word if n <= 1 else (many or word + 's')}"


def ids(goals: list[GoalRecord]) -> str:
    return ", ".join(g.id for g in goals)


def quote(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return f"«\u00a0{text}\u00a0»"


def _finding(code: str, level: str, title: str, message: str, goals: list | None = None,
             data: dict | None = None) -> dict:
    return {"code": code, "level": level, "title": typography(title), "message": typography(message),
            "goals": [g.id for g in goals or []], "data": data or {}}


# --------------------------------------------------------------------------- summary

def summarize(audit: DocumentAudit) -> dict:
    """Counts the reports draw: criteria met, funnel stages, deadlines, mean score."""
    analysed = audit.analysed
    n = len(analysed)
    criteria = {}
    for key in CRITERIA:
        met = sum(1 for g in analysed if g.analysis.criteria[key].met)
        criteria[key] = {"name": criterion_name(key), "met": met, "total": n, "share": met / n if n else 0.0}
    funnel = {stage: [g.id for g in analysed if g.analysis.funnel == stage] for stage in FUNNEL_STAGES}
    funnel["none"] = [g.id for g in analysed if g.analysis.funnel is None]
    timeline = sorted(({"id": g.id, "date": g.analysis.deadline.date.isoformat(),
                        "label": format_date(g.analysis.deadline.date),
                        "inherited": "deadline_from" in g.context}
                       for g in analysed if g.analysis.deadline), key=lambda t: (t["date"], int(t["id"][1:])))
    scores = [g.analysis.smart_score for g in analysed]
    return {
        "statements": audit.statements,
        "goals": len(audit.goals),
        "analysed": n,
        "left_out": audit.statements - len(audit.goals),
        "mean_score": round(sum(scores) / n) if n else None,
        "fully_smart": sum(1 for g in analysed if all(v.met for v in g.analysis.criteria.values())),
        "criteria": criteria,
        "funnel": funnel,
        "timeline": timeline,
        "without_deadline": [g.id for g in analysed if g.analysis.deadline is None],
        "ref_date": audit.ref_date.isoformat(),
        "ref_source": audit.ref_source,
    }


# --------------------------------------------------------------------------- findings

def strategy_findings(audit: DocumentAudit) -> list[dict]:
    analysed = audit.analysed
    out: list[dict] = []
    if not audit.goals:
        out.append(_finding(
            "no_goal", "warning", "Aucun objectif détecté",
            f"Aucun objectif n'a été trouvé parmi les {audit.statements} énoncés du document "
            "(contexte, résultats passés, budgets, actions sans cible et questions sont écartés). "
            "Formulez chaque objectif avec un verbe et une cible, par exemple : « Augmenter de 20 % "
            "le chiffre d'affaires issu de LinkedIn d'ici fin 2026 en publiant 3 posts par semaine »."))
        out.append(_channels(audit, analysed))
        return out
    errors = [g for g in audit.goals if g.error]
    if errors:
        out.append(_finding("errors", "warning", "Énoncés non analysés",
                            " ; ".join(f"{g.id} ({g.location.short()}) : {g.error}" for g in errors) + ".", errors))
    if not analysed:
        return out
    out.append(_score(audit, analysed))
    out.append(_criteria(audit))
    out.append(_funnel(audit, analysed))
    out.append(_priority(analysed))
    out.append(_channels(audit, analysed))
    out.extend(_deadlines(audit, analysed))
    out.extend(_overlaps(analysed))
    return out


def _score(audit: DocumentAudit, analysed: list) -> dict:
    s = audit.summary
    n, full = len(analysed), s["fully_smart"]
    level = "ok" if full == n else "info" if s["mean_score"] >= 70 else "warning"
    if full == 0:
        smart = f"aucun des {n} objectifs ne remplit les cinq critères" if n > 1 else \
            "l'objectif ne remplit pas les cinq critères"
    elif full == n:
        smart = "tous les objectifs remplissent les cinq critères" if n > 1 else \
            "l'objectif remplit les cinq critères"
    else:
        smart = f"{full} objectif{'s' if full > 1 else ''} sur {n} rempli{'ssent' if full > 1 else 't'} " \
                "les cinq critères"
    return _finding("score", level, "Score SMART du plan", f"Score SMART moyen : {s['mean_score']}/100 ; {smart}.",
                    data={"mean_score": s["mean_score"], "fully_smart": full, "goals": n})


def _criteria(audit: DocumentAudit) -> dict:
    crit = audit.summary["criteria"]
    shares = ", ".join(f"{c['name']} {percent(c['met'], c['total'])}" for c in crit.values())
    key = min(crit, key=lambda k: (crit[k]["share"], list(crit).index(k)))
    weakest = crit[key]
    if weakest["met"] == weakest["total"]:
        return _finding("criteria", "ok", "Critères SMART",
                        f"Tous les objectifs respectent les cinq critères ({shares}).",
                        data={k: c["share"] for k, c in crit.items()})
    failing = [g for g in audit.analysed if not g.analysis.criteria[key].met]
    advices = [g.analysis.criteria[key].advice for g in failing if g.analysis.criteria[key].advice]
    advice = max(set(advices), key=lambda a: (advices.count(a), -advices.index(a))) if advices else ""
    message = (f"Part des objectifs qui respectent chaque critère : {shares}. Le moins respecté est "
               f"« {weakest['name']} » ({weakest['met']} sur {weakest['total']} ; à revoir : {ids(failing)})")
    message += f". Conseil le plus fréquent : {advice}" if advice else "."
    return _finding("criteria", "warning" if weakest["share"] < 0.5 else "info", "Critères SMART", message,
                    failing, data={k: c["share"] for k, c in crit.items()})


def _funnel(audit: DocumentAudit, analysed: list) -> dict:
    funnel = audit.summary["funnel"]
    counts = ", ".join(f"{FUNNEL_NAMES[s]} {len(funnel[s])}" for s in FUNNEL_STAGES)
    missing = [s for s in FUNNEL_STAGES if not funnel[s]]
    data = {s: len(funnel[s]) for s in (*FUNNEL_STAGES, "none")}
    if not missing:
        return _finding("funnel", "ok", "Couverture de l'entonnoir",
                        f"Chaque étape de l'entonnoir a au moins un objectif ({counts}).", data=data)
    gaps = " ; ".join(f"{FUNNEL_NAMES[s]}, par exemple {FUNNEL_HINTS[s]}" for s in missing)
    return _finding("funnel", "warning", "Couverture de l'entonnoir",
                    f"Objectifs par étape : {counts}. Sans objectif : {gaps}. Vérifiez que ces étapes sont "
                    "couvertes ailleurs ou assumez de ne pas les travailler.", data=data)


def _priority(analysed: list) -> dict:
    marked = [g for g in analysed if g.priority]
    if len(marked) == 1:
        g = marked[0]
        return _finding("priority", "ok", "Priorité",
                        f"Objectif prioritaire indiqué : {g.id} {quote(g.statement)} (« {g.priority} »).", [g],
                        data={"marked": [g.id], "inferred": None})
    if len(marked) > 1:
        return _finding("priority", "warning", "Priorité",
                        f"Plusieurs objectifs se disent prioritaires ({ids(marked)}) : hiérarchisez-les, une "
                        "seule priorité guide les arbitrages de budget et de temps.", marked,
                        data={"marked": [g.id for g in marked], "inferred": None})
    business = [g for g in analysed if g.analysis.kpi in PRIORITY_ORDER]
    if not business:
        return _finding("priority", "warning", "Priorité",
                        "Aucun objectif n'est désigné comme prioritaire, et aucun ne vise un indicateur "
                        "d'activité (ventes, chiffre d'affaires, leads, clients) : la priorité ne peut pas "
                        "être déduite.", data={"marked": [], "inferred": None})
    best = min(business, key=lambda g: (STAGE_ORDER.get(g.analysis.funnel, 9),
                                        PRIORITY_ORDER.index(g.analysis.kpi), int(g.id[1:])))
    kpi = load("kpis")[best.analysis.kpi]["label"]
    stage = FUNNEL_NAMES.get(best.analysis.funnel, "")
    return _finding("priority", "info", "Priorité",
                    f"Aucun objectif n'est désigné comme prioritaire ; le plus structurant semble être "
                    f"{best.id} {quote(best.statement)} ({kpi}{', ' + stage if stage else ''}). "
                    "Dites-le explicitement (« Objectif prioritaire : … »).", [best],
                    data={"marked": [], "inferred": best.id})


def _channels(audit: DocumentAudit, analysed: list) -> dict:
    labels = load("channels")
    with_goals: dict[str, list] = {}
    for g in analysed:
        for c in g.analysis.channels:
            with_goals.setdefault(c, []).append(g)
    only = {c: locs for c, locs in audit.channel_mentions.items() if c not in with_goals}
    data = {"with_goals": {c: [g.id for g in gs] for c, gs in with_goals.items()},
            "mentioned_without_goal": {c: [loc.short() for loc in locs] for c, locs in only.items()}}
    parts = []
    if with_goals:
        parts.append("Canaux avec objectif : " + ", ".join(
            f"{labels[c]['label']} ({ids(gs)})" for c, gs in with_goals.items()) + ".")
    if only:
        listed = ", ".join(f"{labels[c]['label']} ({_where(locs)})" for c, locs in only.items())
        parts.append(f"Canaux cités sans objectif : {listed}. Fixez-leur un objectif ou retirez-les du plan.")
        return _finding("channels", "warning", "Canaux", " ".join(parts), data=data)
    if not with_goals:
        return _finding("channels", "info", "Canaux", "Aucun canal n'est cité dans le document.", data=data)
    parts.append("Tous les canaux cités ont au moins un objectif.")
    return _finding("channels", "ok", "Canaux", " ".join(parts), data=data)


def _where(locs: list) -> str:
    shown = list(dict.fromkeys(loc.short() for loc in locs if loc.short()))
    text = ", ".join(shown[:3]) + ("…" if len(shown) > 3 else "")
    return text or plural(len(locs), "mention")


def _deadlines(audit: DocumentAudit, analysed: list) -> list[dict]:
    out = []
    s = audit.summary
    missing = [g for g in analysed if g.analysis.deadline is None]
    timeline = s["timeline"]
    data = {"timeline": timeline, "without_deadline": [g.id for g in missing]}
    if timeline:
        first, last = timeline[0], timeline[-1]
        span = (f"du {first['label']} au {last['label']}" if first["date"] != last["date"]
                else f"le {first['label']}")
        message = f"{plural(len(timeline), 'échéance')} {span}."
    else:
        message = "Aucun objectif n'a d'échéance."
    if missing:
        message += f" Sans échéance : {ids(missing)} ; fixez une date ou une durée pour chacun."
    level = "warning" if missing else "ok"
    if len(timeline) >= 3 and len({t["date"] for t in timeline}) == 1:
        message += " Toutes les échéances tombent le même jour : prévoyez des jalons intermédiaires."
        level = "info" if level == "ok" else level
    out.append(_finding("deadlines", level, "Échéances", message, missing, data))
    inherited = [g for g in analysed if "deadline_from" in g.context]
    if inherited:
        sources = list(dict.fromkeys(g.context["deadline_from"] for g in inherited))
        out.append(_finding("deadline_context", "info", "Échéances lues dans le contexte",
                            f"{ids(inherited)} : l'échéance vient du titre ou de l'introduction "
                            f"({', '.join(quote(x, 60) for x in sources)}) ; écrivez-la dans l'objectif "
                            "pour qu'il se suffise à lui-même.", inherited))
    return out


def _overlaps(analysed: list) -> list[dict]:
    """Goals that repeat or contradict each other on the same KPI."""
    duplicates, conflicts = pairs_of(analysed)
    order = {g.id: k for k, g in enumerate(analysed)}
    duplicates.sort(key=lambda p: (order[p[0].id], order[p[1].id]))
    conflicts.sort(key=lambda p: (order[p[0].id], order[p[1].id]))
    out = []
    kpis = load("kpis")

    def pairs(items: list, shown: int = 10) -> str:
        text = " ; ".join(f"{a.id} et {b.id} ({why}" + (f", {kpis[a.analysis.kpi]['label']}" if a.analysis.kpi else "")
                          + ")" for a, b, why in items[:shown])
        return text + (f" ; et {len(items) - shown} autres paires" if len(items) > shown else "")

    def involved(items: list) -> list:
        found = {}
        for a, b, _ in items:
            found.setdefault(a.id, a)
            found.setdefault(b.id, b)
        return list(found.values())

    if duplicates:
        goals = involved(duplicates)
        out.append(_finding("duplicates", "warning", "Objectifs en double",
                            f"Objectifs qui se répètent : {pairs(duplicates)}. Fusionnez-les.", goals,
                            {"pairs": [[a.id, b.id] for a, b, _ in duplicates]}))
    if conflicts:
        goals = involved(conflicts)
        out.append(_finding("conflicts", "warning", "Objectifs contradictoires",
                            f"Objectifs qui se contredisent : {pairs(conflicts)}. Gardez une seule cible "
                            "par indicateur et par échéance.", goals,
                            {"pairs": [[a.id, b.id] for a, b, _ in conflicts]}))
    if not duplicates and not conflicts and len(analysed) > 1:
        out.append(_finding("overlaps", "ok", "Doublons et contradictions",
                            "Aucun objectif en double ni contradictoire."))
    return out
