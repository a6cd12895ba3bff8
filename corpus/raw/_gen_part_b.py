# -*- coding: utf-8 -*-
"""Temporary generator for corpus/raw/part_b.jsonl and nongoals_b.jsonl (delete after use)."""
import calendar, datetime as dt, json, random, sys, os

CHANNELS = set("linkedin facebook instagram tiktok youtube x pinterest snapchat social blog seo sea social_ads display email sms website marketplace app phone events webinar podcast influence affiliation referral press store partnerships".split())
KPIS = {"revenue": "do", "sales": "do", "leads": "think", "customers": "do", "conversion_rate": "do",
        "traffic": "think", "followers": "see", "engagement": "see", "reach": "see", "retention": "care",
        "satisfaction": "care", "acquisition_cost": "do", "roi": "do", "click_rate": "think", "open_rate": "think",
        "subscribers": "think", "downloads": "think", "average_order": "do", "ranking": "see", "market_share": "do"}
BUSINESS = {"revenue", "sales", "leads", "customers", "conversion_rate", "retention", "acquisition_cost", "roi",
            "average_order", "satisfaction", "market_share"}
KINDS = {"level", "delta", "percent_change", "factor"}
UNITS = {"%", "pt", "EUR", "USD", "min", "h", None}
PERIODS = {"day", "week", "month", "quarter", "year", None}
LO, HI = dt.date(2025, 1, 1), dt.date(2027, 12, 31)
rng = random.Random(20260415)

# ---------- deadline resolvers (SPEC section 3) ----------
def _eom(y, m):
    return dt.date(y, m, calendar.monthrange(y, m)[1])
def _addm(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year; m += 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))
def MO(n): return lambda r: _addm(r, n)            # d'ici n mois / sous / en / sur / au cours des n prochains mois
def WK(n): return lambda r: r + dt.timedelta(days=7 * n)
def YR(n=1): return lambda r: _addm(r, 12 * n)
def EOY(y=None): return lambda r: dt.date(y or r.year, 12, 31)   # fin 2027 / en 2027 / cette année
def NEXTY(): return lambda r: dt.date(r.year + 1, 12, 31)
def _first(cands, r):
    return min(c for c in cands if c >= r)
def Q(q, y=None):
    if y: return lambda r: _eom(y, 3 * q)
    return lambda r: _first([_eom(r.year, 3 * q), _eom(r.year + 1, 3 * q)], r)
def S(s, y=None):
    if y: return lambda r: _eom(y, 6 * s)
    return lambda r: _first([_eom(r.year, 6 * s), _eom(r.year + 1, 6 * s)], r)
def MON(m, y=None):                                  # fin mars / en septembre / avant fin septembre
    if y: return lambda r: _eom(y, m)
    return lambda r: _first([_eom(r.year, m), _eom(r.year + 1, m)], r)
def DAY(d, m, y=None):                               # avant le 31/12, le 15 mars 2027
    if y: return lambda r: dt.date(y, m, d)
    return lambda r: _first([dt.date(r.year, m, d), dt.date(r.year + 1, m, d)], r)
def EOMONTH(): return lambda r: _eom(r.year, r.month)
def NEXTMONTH():
    def f(r):
        d = _addm(dt.date(r.year, r.month, 1), 1)
        return _eom(d.year, d.month)
    return f
def EOQ(): return lambda r: _eom(r.year, 3 * ((r.month - 1) // 3 + 1))
def NEXTQ():
    def f(r):
        d = _addm(dt.date(r.year, 3 * ((r.month - 1) // 3) + 1, 1), 3)
        return _eom(d.year, d.month + 2)
    return f
def NOEL(): return DAY(25, 12)

ABSOLUTE = set()
def ABS(f):
    ABSOLUTE.add(id(f)); return f

# ---------- targets ----------
def LV(v, s, u=None, p=None): return ("level", v, u, p, s)
def DE(v, s, u=None, p=None): return ("delta", v, u, p, s)
def PC(v, s, p=None): return ("percent_change", v, "%", p, s)
def FA(v, s, p=None): return ("factor", v, None, p, s)
def BL(v, s, u=None, p=None): return (v, u, p, s)

GOALS = []
def g(text, S, k, ch=(), t=(), dl=None, means=(), b=None, just=None, funnel="auto", ref=None, nil=None, mingap=25, expect=None):
    GOALS.append(dict(text=text, S=S, k=k, ch=list(ch), t=list(t), dl=dl, means=list(means), b=b, just=just,
                      funnel=funnel, ref=ref, nil=nil, mingap=mingap, expect=expect))
def smart(*a, **kw):
    kw.setdefault("expect", "11111"); g(*a, **kw)

NONGOALS = []
def ng(text): NONGOALS.append(text)

def _num(v):
    return int(v) if isinstance(v, (int, float)) and float(v).is_integer() else v

def _find(text, sub, label, errs, gid):
    n, tup = 1, isinstance(sub, tuple)
    if tup: sub, n = sub
    starts, i = [], text.find(sub)
    while i >= 0:
        before = text[i - 1] if i > 0 else " "
        after = text[i + len(sub)] if i + len(sub) < len(text) else " "
        if not ((sub[0].isalnum() and before.isalnum()) or (sub[-1].isalnum() and after.isalnum())):
            starts.append(i)
        i = text.find(sub, i + 1)
    if not starts:
        errs.append(f"{gid}: {label} substring not found: {sub!r}"); return None
    if len(starts) > 1 and not tup:
        errs.append(f"{gid}: {label} substring ambiguous ({len(starts)}x): {sub!r}"); return None
    if len(starts) < n:
        errs.append(f"{gid}: {label} occurrence {n} of {sub!r} missing"); return None
    st = starts[n - 1]
    assert text[st:st + len(sub)] == sub
    return [st, st + len(sub), label]

def _months(ref, d):
    """Calendar months between ref and d (whole months, then remaining days / 30.4375)."""
    n = (d.year - ref.year) * 12 + d.month - ref.month
    while n > 0 and _addm(ref, n) > d: n -= 1
    return n + (d - _addm(ref, n)).days / 30.4375
PER_YEAR = {"day": 365, "week": 52, "month": 12, "quarter": 4, "year": 1}

def achievable(G, ref, deadline):
    if G["nil"]: return False
    if G["means"]: return True
    if not G["t"]: return False
    m = _months(ref, deadline) if deadline else None
    mags = []
    for kind, v, u, p, s in G["t"]:
        f = None
        if kind in ("percent_change", "factor"):
            f0 = 1 + v / 100 if kind == "percent_change" else v
            if p: f = f0 ** PER_YEAR[p]
            elif m: f = f0 ** (12 / m) if f0 > 0 else float("inf")
        elif G["b"] is not None and m:
            bv = G["b"][0]
            f0 = v / bv if kind == "level" else (bv + v) / bv
            f = f0 ** (12 / m) if f0 > 0 else float("inf")
        if f is not None:
            mags.append(max(f, 1 / f) if f > 0 else float("inf"))
    return bool(mags) and all(x <= 3 for x in mags)

def build():
    errs, out = [], []
    seen = set()
    for i, G in enumerate(GOALS, 1):
        gid = f"b-{i:04d}"
        text = G["text"]
        if text in seen: errs.append(f"{gid}: duplicate text")
        seen.add(text)
        dlf = G["dl"][1] if G["dl"] else None
        if G["ref"]:
            ref = dt.date.fromisoformat(G["ref"])
        else:
            for _ in range(20000):
                ref = LO + dt.timedelta(days=rng.randrange((HI - LO).days + 1))
                if not dlf: break
                d = dlf(ref)
                absolute = dlf(ref + dt.timedelta(days=400)) == d
                gap = (d - ref).days
                if gap >= G["mingap"] and (not absolute or gap <= 760): break
            else:
                errs.append(f"{gid}: no ref_date found")
        deadline = dlf(ref) if dlf else None
        if deadline and deadline < ref: errs.append(f"{gid}: deadline before ref")
        spans = []
        kpi = G["k"][0] if G["k"] else None
        if G["k"]:
            for sub in (G["k"][1] if isinstance(G["k"][1], list) else [G["k"][1]]):
                spans.append(_find(text, sub, "KPI", errs, gid))
        chans = []
        for cid, sub in G["ch"]:
            if cid not in chans: chans.append(cid)
            spans.append(_find(text, sub, "CHANNEL", errs, gid))
        for tt in G["t"]: spans.append(_find(text, tt[4], "TARGET", errs, gid))
        if G["b"]: spans.append(_find(text, G["b"][3], "BASELINE", errs, gid))
        if G["dl"]: spans.append(_find(text, G["dl"][0], "DEADLINE", errs, gid))
        for sub in G["means"]: spans.append(_find(text, sub, "MEANS", errs, gid))
        if G["just"] and G["just"] not in text: errs.append(f"{gid}: justification not in text")
        if G["nil"] and G["nil"] not in text: errs.append(f"{gid}: nil means not in text")
        spans = [s for s in spans if s]
        # channel order = order of first mention
        chspans = {}
        for (cid, sub), sp in zip(G["ch"], [s for s in spans if s[2] == "CHANNEL"]):
            chspans.setdefault(cid, sp[0]); chspans[cid] = min(chspans[cid], sp[0])
        chans = sorted(chans, key=lambda c: chspans.get(c, 10 ** 6))
        spans.sort(key=lambda s: (s[0], s[1]))
        labels = {"specific": bool(G["S"]), "measurable": bool(G["t"]),
                  "achievable": achievable(G, ref, deadline),
                  "relevant": (kpi in BUSINESS) or bool(G["just"]),
                  "time_bound": deadline is not None}
        if not kpi and G["S"]: errs.append(f"{gid}: specific without KPI")
        funnel = (KPIS[kpi] if kpi else None) if G["funnel"] == "auto" else G["funnel"]
        if G["expect"]:
            got = "".join("1" if labels[c] else "0" for c in ("specific", "measurable", "achievable", "relevant", "time_bound"))
            if got != G["expect"]: errs.append(f"{gid}: expected {G['expect']} got {got}: {text[:70]}")
        targets = [{"kind": k, "value": _num(v), "unit": u, "period": p} for k, v, u, p, s in G["t"]]
        base = None
        if G["b"]:
            base = {"value": _num(G["b"][0]), "unit": G["b"][1], "period": G["b"][2]}
        out.append({"id": gid, "text": text, "ref_date": ref.isoformat(), "labels": labels, "kpi": kpi,
                    "channels": chans, "targets": targets, "baseline": base,
                    "deadline": deadline.isoformat() if deadline else None,
                    "has_means": bool(G["means"]), "funnel": funnel, "spans": spans})
    return out, errs

REQUIRED = ["id", "text", "ref_date", "labels", "kpi", "channels", "targets", "baseline", "deadline", "has_means", "funnel"]
CRITS = ["specific", "measurable", "achievable", "relevant", "time_bound"]

def validate(rows):
    errs = []
    for n, r in enumerate(rows, 1):
        w = f"part_b.jsonl:{n}"
        for k in REQUIRED:
            if k not in r: errs.append(f"{w}: missing key {k}")
        if set(r["labels"]) != set(CRITS) or not all(isinstance(v, bool) for v in r["labels"].values()):
            errs.append(f"{w}: bad labels")
        if r["kpi"] is not None and r["kpi"] not in KPIS: errs.append(f"{w}: bad kpi {r['kpi']}")
        if len(set(r["channels"])) != len(r["channels"]) or any(c not in CHANNELS for c in r["channels"]):
            errs.append(f"{w}: bad channels {r['channels']}")
        for t in r["targets"]:
            if set(t) != {"kind", "value", "unit", "period"} or t["kind"] not in KINDS or t["unit"] not in UNITS \
               or t["period"] not in PERIODS or not isinstance(t["value"], (int, float)):
                errs.append(f"{w}: bad target {t}")
        b = r["baseline"]
        if b is not None and (set(b) != {"value", "unit", "period"} or b["unit"] not in UNITS or b["period"] not in PERIODS):
            errs.append(f"{w}: bad baseline {b}")
        for key in ("ref_date", "deadline"):
            if r[key] is not None:
                try: dt.date.fromisoformat(r[key])
                except ValueError: errs.append(f"{w}: bad date {key}")
        if not (LO <= dt.date.fromisoformat(r["ref_date"]) <= HI): errs.append(f"{w}: ref_date out of range")
        if r["funnel"] not in ("see", "think", "do", "care", None): errs.append(f"{w}: bad funnel")
        if not isinstance(r["has_means"], bool): errs.append(f"{w}: bad has_means")
        if r["labels"]["measurable"] != bool(r["targets"]): errs.append(f"{w}: measurable/targets mismatch")
        if r["labels"]["time_bound"] != (r["deadline"] is not None): errs.append(f"{w}: time_bound/deadline mismatch")
        for s, e, lab in r["spans"]:
            if not (0 <= s < e <= len(r["text"])) or lab not in ("TARGET", "BASELINE", "DEADLINE", "CHANNEL", "KPI", "MEANS"):
                errs.append(f"{w}: bad span {s, e, lab}")
        if r["kpi"] and not any(l == "KPI" for _, _, l in r["spans"]): errs.append(f"{w}: kpi without span")
        if r["channels"] and not any(l == "CHANNEL" for _, _, l in r["spans"]): errs.append(f"{w}: channel without span")
    return errs

def main(final=False):
    rows, errs = build()
    errs += validate(rows)
    for e in errs: print("ERROR", e)
    if final:
        assert len(rows) == 330, len(rows)
        assert len(NONGOALS) == 80, len(NONGOALS)
    here = os.path.dirname(os.path.abspath(__file__)) if "__file__" in globals() else "."
    if not errs:
        with open(os.path.join(here, "part_b.jsonl"), "w", encoding="utf-8") as f:
            for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
        with open(os.path.join(here, "nongoals_b.jsonl"), "w", encoding="utf-8") as f:
            for i, t in enumerate(NONGOALS, 1):
                f.write(json.dumps({"id": f"nb-{i:03d}", "text": t, "is_goal": False}, ensure_ascii=False) + "\n")
    from collections import Counter
    print("goals:", len(rows), "non-goals:", len(NONGOALS), "errors:", len(errs))
    for c in CRITS: print(f"  {c:11s} true: {sum(r['labels'][c] for r in rows)}")
    print("  fully SMART:", sum(all(r["labels"].values()) for r in rows))
    combos = Counter("".join("1" if r["labels"][c] else "0" for c in CRITS) for r in rows)
    print("  combos (SMART bits):", dict(sorted(combos.items())))
    return rows, errs

# ================= GOALS =================
# ---------- fully SMART (block 1) ----------
smart("Nous visons 40 demandes de devis par mois pour nos prestations de maintenance industrielle d'ici fin juin, contre 25 aujourd'hui, en prospectant les responsables maintenance sur LinkedIn.",
      1, ("leads", "demandes de devis"), [("linkedin", "LinkedIn")], [LV(40, "40", p="month")], ("d'ici fin juin", MON(6)),
      ["en prospectant les responsables maintenance sur LinkedIn"], b=BL(25, "25", p="month"))
smart("Objectif : 120 000 € de CA sur la gamme de vins bio vendue aux cavistes en 2027, grâce à deux agents commerciaux recrutés en Bretagne et en Normandie.",
      1, ("revenue", "CA"), [], [LV(120000, "120 000 €", "EUR")], ("en 2027", EOY(2027)),
      ["grâce à deux agents commerciaux recrutés en Bretagne et en Normandie"])
smart("Je veux signer 6 nouveaux clients B2B pour mon activité de conseil en cybersécurité d'ici le 30 septembre 2026 en co-animant un webinar mensuel avec un cabinet d'avocats.",
      1, ("customers", "nouveaux clients B2B"), [("webinar", "webinar")], [LV(6, ("6", 1))], ("d'ici le 30 septembre 2026", DAY(30, 9, 2026)),
      ["en co-animant un webinar mensuel avec un cabinet d'avocats"])
smart("Atteindre 350 adhérents dans la section jeunes du club de tennis avant le 15 septembre 2026 (nous en avons 300), grâce à une journée portes ouvertes et au parrainage entre membres.",
      1, ("customers", "adhérents"), [("events", "journée portes ouvertes"), ("referral", "parrainage")], [LV(350, "350")], ("avant le 15 septembre 2026", DAY(15, 9, 2026)),
      ["grâce à une journée portes ouvertes et au parrainage entre membres"], b=BL(300, "300"))
smart("Passer le taux de conversion de la page de prise de rendez-vous du cabinet dentaire de 3 % à 4,5 % d'ici fin T3 2026.",
      1, ("conversion_rate", "taux de conversion"), [("website", "page de prise de rendez-vous")], [LV(4.5, "4,5 %", "%")], ("d'ici fin T3 2026", Q(3, 2026)),
      b=BL(3, "3 %", "%"), ref="2025-11-03")
smart("Doubler les réservations de la chambre d'hôtes en basse saison (novembre à mars) d'ici un an, en proposant des forfaits week-end bien-être avec le spa voisin.",
      1, ("sales", "réservations"), [], [FA(2, "Doubler")], ("d'ici un an", YR(1)),
      ["en proposant des forfaits week-end bien-être avec le spa voisin"])
smart("Nous voulons porter le panier moyen des clients professionnels de notre épicerie fine sur Shopify de 38 € à 45 € d'ici le 31/12, en ajoutant des coffrets cadeaux et un seuil de livraison offerte à 50 €.",
      1, ("average_order", "panier moyen"), [("website", "Shopify")], [LV(45, "45 €", "EUR")], ("d'ici le 31/12", DAY(31, 12)),
      ["en ajoutant des coffrets cadeaux et un seuil de livraison offerte à 50 €"], b=BL(38, "38 €", "EUR"))
smart("CA Etsy x2 avant Noël grâce à 15 nouvelles fiches produits bijoux en argent",
      1, ("revenue", "CA"), [("marketplace", "Etsy")], [FA(2, "x2")], ("avant Noël", NOEL()),
      ["grâce à 15 nouvelles fiches produits bijoux en argent"], mingap=60)
smart("École de musique municipale — objectif 180 inscriptions payantes aux cours d'éveil des 4-6 ans d'ici fin septembre, contre 140 l'an passé, via une campagne d'affichage et une newsletter aux familles.",
      1, ("sales", "inscriptions payantes"), [("email", "newsletter")], [LV(180, "180")], ("d'ici fin septembre", MON(9)),
      ["via une campagne d'affichage et une newsletter aux familles"], b=BL(140, "140"))
smart("Je souhaite générer 25 SQL par mois pour mon logiciel de gestion de flotte d'ici le trimestre prochain, en prospectant 1 h par jour au téléphone.",
      1, ("leads", "SQL"), [("phone", "téléphone")], [LV(25, "25", p="month")], ("d'ici le trimestre prochain", NEXTQ()),
      ["en prospectant 1 h par jour au téléphone"])
smart("Réduire de 30 % le CAC des abonnements Premium de notre appli de méditation d'ici Q3 2026 en remplaçant une partie du budget Meta Ads par du contenu TikTok organique.",
      1, ("acquisition_cost", "CAC"), [("app", "appli"), ("social_ads", "Meta Ads"), ("tiktok", "TikTok")], [PC(-30, "30 %")], ("d'ici Q3 2026", Q(3, 2026)),
      ["en remplaçant une partie du budget Meta Ads par du contenu TikTok organique"])
smart("Objectif n°1 — passer de 2 400 à 3 000 donateurs réguliers pour l'association d'ici fin 2026, en recrutant par du street-fundraising et des SMS de relance.",
      1, ("customers", "donateurs réguliers"), [("sms", "SMS")], [LV(3000, "3 000")], ("d'ici fin 2026", EOY(2026)),
      ["en recrutant par du street-fundraising et des SMS de relance"], b=BL(2400, "2 400"))
smart("Nous devons augmenter de 15 % le chiffre d'affaires de la boutique de Vannes sur les articles de randonnée d'ici fin août, grâce à un rayon réaménagé et à un vendeur spécialisé.",
      1, ("revenue", "chiffre d'affaires"), [("store", "boutique")], [PC(15, "15 %")], ("d'ici fin août", MON(8)),
      ["grâce à un rayon réaménagé et à un vendeur spécialisé"])
smart("On doit obtenir 60 demandes d'estimation de propriétaires vendeurs par trimestre pour l'agence immobilière de Lyon 6e d'ici fin T2 2027, en distribuant 3 000 flyers par mois et en relançant nos anciens clients par e-mail.",
      1, ("leads", "demandes d'estimation"), [("email", "e-mail")], [LV(60, "60", p="quarter")], ("d'ici fin T2 2027", Q(2, 2027)),
      ["en distribuant 3 000 flyers par mois et en relançant nos anciens clients par e-mail"])
smart("Atteindre un ROAS de 5 sur nos campagnes Google Shopping pour les pièces détachées de vélo avant fin novembre, avec un budget de 3 000 € par mois et un flux produits optimisé.",
      1, ("roi", "ROAS"), [("sea", "Google Shopping")], [LV(5, "5")], ("avant fin novembre", MON(11)),
      ["avec un budget de 3 000 € par mois et un flux produits optimisé"])
smart("Je veux +20 % de ventes sur mes miels de lavande sur Amazon en six mois en passant au programme Expédié par Amazon.",
      1, ("sales", "ventes"), [("marketplace", ("Amazon", 1))], [PC(20, "+20 %")], ("en six mois", MO(6)),
      ["en passant au programme Expédié par Amazon"])
smart("Nous visons un NPS de 60 chez les propriétaires de NAC suivis par la clinique vétérinaire d'ici la fin de l'année (45 actuellement), en instaurant un rappel SMS après chaque consultation.",
      1, ("satisfaction", "NPS"), [("sms", "SMS")], [LV(60, "60")], ("d'ici la fin de l'année", EOY()),
      ["en instaurant un rappel SMS après chaque consultation"], b=BL(45, "45"))
smart("Podcast « Terroirs » : 20 000 écoutes par épisode d'ici fin 2026 contre 8 000 aujourd'hui, en invitant un chef étoilé chaque mois, afin de vendre nos espaces sponsors plus cher.",
      1, ("reach", "écoutes"), [("podcast", "Podcast")], [LV(20000, "20 000")], ("d'ici fin 2026", EOY(2026)),
      ["en invitant un chef étoilé chaque mois"], b=BL(8000, "8 000"), just="afin de vendre nos espaces sponsors")
smart("Augmenter de 25 % les rendez-vous de rééducation du sportif au cabinet de kinésithérapie au cours des 6 prochains mois en ouvrant des créneaux le samedi matin.",
      1, ("leads", "rendez-vous"), [], [PC(25, "25 %")], ("au cours des 6 prochains mois", MO(6)),
      ["en ouvrant des créneaux le samedi matin"])
smart("Mon objectif : 3 000 € de MRR sur mon SaaS de planning pour salons de coiffure d'ici fin mars, en ajoutant la réservation en ligne et en démarchant 10 salons par semaine.",
      1, ("revenue", "MRR"), [], [LV(3000, "3 000 €", "EUR", "month")], ("d'ici fin mars", MON(3)),
      ["en ajoutant la réservation en ligne et en démarchant 10 salons par semaine"])
smart("Atteindre 400 billets vendus pour la Nuit des musées à la Cité du textile d'ici le 15 mai 2026 grâce à un partenariat avec la radio locale et à une campagne Instagram ciblant les étudiants.",
      1, ("sales", "billets vendus"), [("partnerships", "partenariat"), ("instagram", "Instagram")], [LV(400, "400")], ("d'ici le 15 mai 2026", DAY(15, 5, 2026)),
      ["grâce à un partenariat avec la radio locale et à une campagne Instagram ciblant les étudiants"])
smart("Nous visons 15 % de part de marché sur les chaudières à granulés dans le Grand Est d'ici 2028 en développant un réseau de 30 installateurs partenaires.",
      1, ("market_share", "part de marché"), [("partnerships", "installateurs partenaires")], [LV(15, "15 %", "%")], ("d'ici 2028", EOY(2028)),
      ["en développant un réseau de 30 installateurs partenaires"])
smart("Faire passer le taux de réachat à 90 jours des clientes de notre box beauté de 28 % à 35 % d'ici un semestre avec un programme de fidélité à points.",
      1, ("retention", "taux de réachat"), [], [LV(35, "35 %", "%")], ("d'ici un semestre", MO(6)),
      ["avec un programme de fidélité à points"], b=BL(28, "28 %", "%"))
smart("Je veux atteindre 50 ventes par mois de mes planches à découper en olivier sur Etsy d'ici le mois prochain, en passant de 2 à 6 photos par fiche.",
      1, ("sales", "ventes"), [("marketplace", "Etsy")], [LV(50, "50", p="month")], ("d'ici le mois prochain", NEXTMONTH()),
      ["en passant de 2 à 6 photos par fiche"])
smart("Obtenir 30 avis clients supplémentaires sur la formule brunch du dimanche d'ici la fin du trimestre, en remettant un QR code avec l'addition.",
      1, ("satisfaction", "avis clients"), [], [DE(30, "30")], ("d'ici la fin du trimestre", EOQ()),
      ["en remettant un QR code avec l'addition"], mingap=20)
smart("Porter le taux de conversion de l'essai gratuit en abonnement payant de notre appli d'apprentissage de l'allemand de 4 % à 6 % en 2026, grâce à un parcours d'accueil refait et à des notifications push personnalisées.",
      1, ("conversion_rate", "taux de conversion"), [("app", "appli")], [LV(6, "6 %", "%")], ("en 2026", EOY(2026)),
      ["grâce à un parcours d'accueil refait et à des notifications push personnalisées"], b=BL(4, "4 %", "%"))
smart("Obtenir 8 rendez vous qualifies par semaine avec des DAF de PME industrielles pour notre cabinet d'expertise comptable d'ici fin avril, via une séquence LinkedIn + e-mail de 4 messages.",
      1, ("leads", "rendez vous qualifies"), [("linkedin", "LinkedIn"), ("email", "e-mail")], [LV(8, "8", p="week")], ("d'ici fin avril", MON(4)),
      ["via une séquence LinkedIn + e-mail de 4 messages"])
smart("Multiplier par 3 les précommandes de notre cuvée de crémant sur le site d'ici le 1er décembre, en envoyant une offre early bird aux 4 000 inscrits de la newsletter.",
      1, ("sales", "précommandes"), [("website", "site"), ("email", "newsletter")], [FA(3, "Multiplier par 3")], ("d'ici le 1er décembre", DAY(1, 12)),
      ["en envoyant une offre early bird aux 4 000 inscrits de la newsletter"])
smart("Atteindre 2 000 membres payants sur notre aplication de running d'ici septembre 2026 (1 200 aujourd'hui) en lançant un challenge mensuel avec des clubs locaux.",
      1, ("customers", "membres payants"), [("app", "aplication")], [LV(2000, "2 000")], ("d'ici septembre 2026", MON(9, 2026)),
      ["en lançant un challenge mensuel avec des clubs locaux"], b=BL(1200, "1 200"))
smart("Le gîte doit réaliser 60 % de ses réservations en direct d'ici juin 2027, contre 40 % aujourd'hui, grâce à une newsletter aux anciens hôtes et à un code promo fidélité.",
      1, ("sales", "réservations"), [("email", "newsletter")], [LV(60, "60 %", "%")], ("d'ici juin 2027", MON(6, 2027)),
      ["grâce à une newsletter aux anciens hôtes et à un code promo fidélité"], b=BL(40, "40 %", "%"))
smart("Réduire le churn mensuel de notre box traiteur pour entreprises de 6 % à 4 % d'ici fin T4, grâce à un point de suivi systématique au 2e mois.",
      1, ("retention", "churn mensuel"), [], [LV(4, "4 %", "%", "month")], ("d'ici fin T4", Q(4)),
      ["grâce à un point de suivi systématique au 2e mois"], b=BL(6, "6 %", "%", "month"))
smart("D'ici 3 mois, obtenir 45 leads entrants par mois sur notre offre de portage salarial via le referencement naturel (contre 20 actuellement), en publiant 2 articles de blog par semaine.",
      1, ("leads", "leads entrants"), [("seo", "referencement naturel"), ("blog", "blog")], [LV(45, "45", p="month")], ("D'ici 3 mois", MO(3)),
      ["en publiant 2 articles de blog par semaine"], b=BL(20, "20", p="month"))
smart("Notre club de rugby vise 25 000 € de recettes de partenariats locaux pour la saison, d'ici le 31 août 2026, en organisant un dîner des partenaires et en créant trois niveaux de sponsoring.",
      1, ("revenue", "recettes"), [("partnerships", "partenariats")], [LV(25000, "25 000 €", "EUR")], ("d'ici le 31 août 2026", DAY(31, 8, 2026)),
      ["en organisant un dîner des partenaires et en créant trois niveaux de sponsoring"])
smart("Je veux signer 4 nouveaux clients par trimestre sur mon offre de conseil RSE d'ici fin 2026, en prenant la parole dans 3 salons professionnels.",
      1, ("customers", "nouveaux clients"), [("events", "salons professionnels")], [LV(4, "4", p="quarter")], ("d'ici fin 2026", EOY(2026)),
      ["en prenant la parole dans 3 salons professionnels"])
smart("Objectif : CTR de 2,5 % sur les annonces Google Ads de la campagne « Rénovation énergétique » d'ici fin mai (1,6 % aujourd'hui), car chaque clic supplémentaire fait baisser notre coût par devis.",
      1, ("click_rate", "CTR"), [("sea", "Google Ads")], [LV(2.5, "2,5 %", "%")], ("d'ici fin mai", MON(5)),
      b=BL(1.6, "1,6 %", "%"), just="car chaque clic supplémentaire fait baisser notre coût par devis", ref="2026-11-16")
smart("Augmenter de 10 % les vente de pain au levain dans nos deux boulangeries d'ici la fin de l'année.",
      1, ("sales", "vente"), [("store", "boulangeries")], [PC(10, "10 %")], ("d'ici la fin de l'année", EOY()), mingap=60)
smart("Dans six semaines, avoir 150 inscrits payants au webinaire « Réussir sa déclaration de TVA » destiné aux artisans, grâce à un partenariat avec la Chambre de métiers.",
      1, ("sales", "inscrits payants"), [("webinar", "webinaire"), ("partnerships", "partenariat")], [LV(150, "150")], ("Dans six semaines", WK(6)),
      ["grâce à un partenariat avec la Chambre de métiers"])
smart("Nous voulons tripler les adhésions en ligne à la fédération de randonnée d'ici 2 ans en refondant le parcours d'adhésion et en lançant une campagne Meta Ads de 500 € par mois.",
      1, ("customers", "adhésions en ligne"), [("social_ads", "Meta Ads")], [FA(3, "tripler")], ("d'ici 2 ans", YR(2)),
      ["en refondant le parcours d'adhésion et en lançant une campagne Meta Ads de 500 € par mois"])
smart("Passer de 1,2 à 1,8 M€ de chiffre d'affaires à l'export pour nos vannes industrielles en 2027, grâce à un distributeur exclusif en Allemagne et à notre présence au salon de Hanovre.",
      1, ("revenue", "chiffre d'affaires à l'export"), [("events", "salon de Hanovre")], [LV(1800000, "1,8 M€", "EUR")], ("en 2027", EOY(2027)),
      ["grâce à un distributeur exclusif en Allemagne et à notre présence au salon de Hanovre"], b=BL(1200000, "1,2", "EUR"))
smart("Atteindre 5 000 téléchargements de notre application de réservation de courts de padel avant le 15 mars 2027 grâce à des affiches QR code dans 40 clubs partenaires, car chaque utilisateur actif nous rapporte 3 € de commission par mois.",
      1, ("downloads", "téléchargements"), [("app", "application"), ("partnerships", "clubs partenaires")], [LV(5000, "5 000")], ("avant le 15 mars 2027", DAY(15, 3, 2027)),
      ["grâce à des affiches QR code dans 40 clubs partenaires"], just="car chaque utilisateur actif nous rapporte 3 € de commission par mois", funnel="do")
smart("Collecter 45 000 € de dons lors de notre soirée de gala, le 20 novembre 2026, en sollicitant 12 entreprises mécènes en amont.",
      1, ("revenue", "dons"), [("events", "soirée de gala")], [LV(45000, "45 000 €", "EUR")], ("le 20 novembre 2026", DAY(20, 11, 2026)),
      ["en sollicitant 12 entreprises mécènes en amont"])
smart("On doit ramener le coût par lead de nos campagnes LinkedIn sous les 60 € d'ici fin octobre (95 € aujourd'hui) en testant des formulaires natifs et trois nouveaux visuels.",
      1, ("acquisition_cost", "coût par lead"), [("linkedin", "LinkedIn")], [LV(60, "60 €", "EUR")], ("d'ici fin octobre", MON(10)),
      ["en testant des formulaires natifs et trois nouveaux visuels"], b=BL(95, "95 €", "EUR"), funnel="think")
smart("Atteindre 92 % de satisfaction chez les apprentis du BTS en alternance d'ici juin 2026, contre 84 % cette année, en doublant les heures de tutorat.",
      1, ("satisfaction", "satisfaction"), [], [LV(92, "92 %", "%")], ("d'ici juin 2026", MON(6, 2026)),
      ["en doublant les heures de tutorat"], b=BL(84, "84 %", "%"), ref="2025-10-06")
smart("Notre objectif est d'obtenir 80 demandes de démo par mois de la part de cliniques vétérinaires pour notre logiciel de téléconsultation au S2 2026, en investissant 4 000 € par mois en Google Ads.",
      1, ("leads", "demandes de démo"), [("sea", "Google Ads")], [LV(80, "80", p="month")], ("au S2 2026", S(2, 2026)),
      ["en investissant 4 000 € par mois en Google Ads"])
smart("Quadrupler le nombre de commandes B2B de notre torréfaction sur 2 ans en équipant 20 bureaux de machines à café en location.",
      1, ("sales", "commandes B2B"), [], [FA(4, "Quadrupler")], ("sur 2 ans", YR(2)),
      ["en équipant 20 bureaux de machines à café en location"])
smart("Objectif S2 2027 : 12.000 € de CA mensuel sur la vente de paniers de légumes en entreprise, via 3 nouveaux partenariats avec des comités d'entreprise.",
      1, ("revenue", "CA mensuel"), [("partnerships", "partenariats")], [LV(12000, "12.000 €", "EUR", "month")], ("S2 2027", S(2, 2027)),
      ["via 3 nouveaux partenariats avec des comités d'entreprise"])
smart("Diviser par deux le churn des abonnés annuels de notre magazine régional sur 12 mois, en envoyant une relance SMS 30 jours avant l'échéance.",
      1, ("retention", "churn"), [("sms", "SMS")], [FA(0.5, "Diviser par deux")], ("sur 12 mois", YR(1)),
      ["en envoyant une relance SMS 30 jours avant l'échéance"])
smart("Atteindre 1,2 M€ de chiffre d'affaires sur Cdiscount pour notre gamme d'électroménager reconditionné au cours de l'année prochaine, en élargissant le catalogue à 300 références.",
      1, ("revenue", "chiffre d'affaires"), [("marketplace", "Cdiscount")], [LV(1200000, "1,2 M€", "EUR")], ("au cours de l'année prochaine", NEXTY()),
      ["en élargissant le catalogue à 300 références"])
smart("Nous visons cinquante nouveaux clients pour notre offre de nettoyage de bureaux à Lille en un an, en embauchant un commercial terrain.",
      1, ("customers", "nouveaux clients"), [], [LV(50, "cinquante")], ("en un an", YR(1)),
      ["en embauchant un commercial terrain"])
smart("Gagner 2 pts de taux de conversion sur l'application mobile de la pharmacie (1,8 % actuellement) d'ici Q2 2027 grâce au paiement en un clic.",
      1, ("conversion_rate", "taux de conversion"), [("app", "application mobile")], [DE(2, "2 pts", "pt")], ("d'ici Q2 2027", Q(2, 2027)),
      ["grâce au paiement en un clic"], b=BL(1.8, "1,8 %", "%"))
smart("Vinted : passer de 30 à 80 ventes mensuelles de vêtements vintage d'ici fin T1 2027 en publiant 5 annonces par jour.",
      1, ("sales", "ventes mensuelles"), [("marketplace", "Vinted")], [LV(80, "80", p="month")], ("d'ici fin T1 2027", Q(1, 2027)),
      ["en publiant 5 annonces par jour"], b=BL(30, "30", p="month"))
smart("Faire passer la note moyenne des consultations pédiatriques du centre d'ophtalmologie de 3,9 à 4,5 sur 5 d'ici la fin de l'année, en envoyant un SMS de demande d'avis après chaque rendez-vous.",
      1, ("satisfaction", "note moyenne"), [("sms", "SMS")], [LV(4.5, "4,5")], ("d'ici la fin de l'année", EOY()),
      ["en envoyant un SMS de demande d'avis après chaque rendez-vous"], b=BL(3.9, "3,9"))
smart("Nous voulons 300 K€ de chiffre d'afaire sur la ligne de vêtements de travail personnalisés d'ici fin 2027, en recrutant 2 commerciaux sédentaires.",
      1, ("revenue", "chiffre d'afaire"), [], [LV(300000, "300 K€", "EUR")], ("d'ici fin 2027", EOY(2027)),
      ["en recrutant 2 commerciaux sédentaires"])
smart("Augmenter de 40 % les inscriptions payantes aux stages de voile des 8-12 ans avant fin juillet 2026 grâce à un partenariat avec les écoles primaires de la commune.",
      1, ("sales", "inscriptions payantes"), [("partnerships", "partenariat")], [PC(40, "40 %")], ("avant fin juillet 2026", MON(7, 2026)),
      ["grâce à un partenariat avec les écoles primaires de la commune"])
smart("Je veux ramener mon coût par acquisition sur Google Ads à 35 € pour mes kits de jardinage d'ici le 30/06, en restructurant les campagnes par famille de produits.",
      1, ("acquisition_cost", "coût par acquisition"), [("sea", "Google Ads")], [LV(35, "35 €", "EUR")], ("d'ici le 30/06", DAY(30, 6)),
      ["en restructurant les campagnes par famille de produits"])
smart("Porter le taux d'ouverture de la newsletter B2B de 18 % à 25 % d'ici fin septembre en segmentant la base par secteur, car nos commandes de réassort partent surtout de ces e-mails.",
      1, ("open_rate", "taux d'ouverture"), [("email", "newsletter")], [LV(25, "25 %", "%")], ("d'ici fin septembre", MON(9)),
      ["en segmentant la base par secteur"], b=BL(18, "18 %", "%"), just="car nos commandes de réassort partent surtout de ces e-mails")
smart("En 2026, le domaine veut vendre 6 000 bouteilles de rosé au caveau, contre 5 000 l'an dernier, grâce à l'ouverture le dimanche en juillet-août.",
      1, ("sales", "vendre"), [("store", "caveau")], [LV(6000, "6 000")], ("En 2026", EOY(2026)),
      ["grâce à l'ouverture le dimanche en juillet-août"], b=BL(5000, "5 000"), ref="2026-02-09")
smart("Atteindre 10 000 abonnés Instagram pour le festival de jazz d'ici le 1er juin (6 500 aujourd'hui) en publiant des extraits live 4 fois par semaine, afin de remplir les 3 000 places payantes.",
      1, ("followers", "abonnés"), [("instagram", "Instagram")], [LV(10000, "10 000")], ("d'ici le 1er juin", DAY(1, 6)),
      ["en publiant des extraits live 4 fois par semaine"], b=BL(6500, "6 500"), just="afin de remplir les 3 000 places payantes")
smart("Q3 2026 : 90 leads qualifiés issus des salons BTP, contre 55 au Q3 2025, avec un stand mutualisé et des démos en direct.",
      1, ("leads", "leads qualifiés"), [("events", "salons BTP")], [LV(90, "90")], ("Q3 2026", Q(3, 2026)),
      ["avec un stand mutualisé et des démos en direct"], b=BL(55, "55"), ref="2025-12-08")
smart("Je veux doubler les ventes de ma formation en ligne « Photo culinaire » sous 4 mois en lançant un programme d'affiliation à 30 % de commission.",
      1, ("sales", "ventes"), [("affiliation", "affiliation")], [FA(2, "doubler")], ("sous 4 mois", MO(4)),
      ["en lançant un programme d'affiliation à 30 % de commission"])
smart("En tant que graphiste freelance, je veux réaliser 5 500 € de chiffre d'affaires mensuel avec les agences de communication d'ici fin 2026, en passant mon TJM à 450 € et en les prospectant 1 h par jour.",
      1, ("revenue", "chiffre d'affaires mensuel"), [], [LV(5500, "5 500 €", "EUR", "month")], ("d'ici fin 2026", EOY(2026)),
      ["en passant mon TJM à 450 € et en les prospectant 1 h par jour"])
smart("L'office de tourisme vise +20 % de réservations en ligne pour les visites guidées du centre historique d'ici fin octobre, grâce à un nouveau module de billetterie sur le site.",
      1, ("sales", "réservations en ligne"), [("website", "site")], [PC(20, "+20 %")], ("d'ici fin octobre", MON(10)),
      ["grâce à un nouveau module de billetterie sur le site"])
smart("Faire passer la rétention à J30 de notre appli de suivi de grossesse de 22 % à 30 % d'ici un trimestre, en ajoutant des rappels hebdomadaires personnalisés.",
      1, ("retention", "rétention"), [("app", "appli")], [LV(30, "30 %", "%")], ("d'ici un trimestre", MO(3)),
      ["en ajoutant des rappels hebdomadaires personnalisés"], b=BL(22, "22 %", "%"))
smart("Amazon : 200 commandes par semaine sur nos housses de téléphone d'ici la fin du trimestre, contre 120 aujourd'hui, grâce à des campagnes Sponsored Products à 40 € par jour.",
      1, ("sales", "commandes"), [("marketplace", "Amazon")], [LV(200, "200", p="week")], ("d'ici la fin du trimestre", EOQ()),
      ["grâce à des campagnes Sponsored Products à 40 € par jour"], b=BL(120, "120", p="week"), mingap=20)
smart("Vendre 24 appartements neufs du programme « Les Terrasses du Lac » avant le 31 décembre 2026 en organisant des visites virtuelles et deux week-ends portes ouvertes.",
      1, ("sales", "Vendre"), [("events", "week-ends portes ouvertes")], [LV(24, "24")], ("avant le 31 décembre 2026", DAY(31, 12, 2026)),
      ["en organisant des visites virtuelles et deux week-ends portes ouvertes"])
smart("Générer 150 000 € de CA additionnel sur le contrat de maintenance premium auprès de notre parc installé d'ici fin 2027, via une campagne d'appels sortants et un webinaire client.",
      1, ("revenue", "CA additionnel"), [("phone", "appels sortants"), ("webinar", "webinaire")], [DE(150000, "150 000 €", "EUR")], ("d'ici fin 2027", EOY(2027)),
      ["via une campagne d'appels sortants et un webinaire client"])
smart("Atteindre 3 500 abonnements numériques payants au journal d'ici la fin de l'année prochaine (2 800 aujourd'hui), avec une offre à 1 € le premier mois.",
      1, ("sales", "abonnements numériques payants"), [], [LV(3500, "3 500")], ("d'ici la fin de l'année prochaine", NEXTY()),
      ["avec une offre à 1 € le premier mois"], b=BL(2800, "2 800"))
smart("Le club de foot veut vendre 800 abonnements saison pour les matchs à domicile avant fin août (650 la saison dernière), grâce à une prévente réservée aux licenciés.",
      1, ("sales", "abonnements saison"), [], [LV(800, "800")], ("avant fin août", MON(8)),
      ["grâce à une prévente réservée aux licenciés"], b=BL(650, "650"))
smart("Augmenter de 12 % le panier moyen au bar de l'hôtel d'ici le trimestre prochain en formant les serveurs à la vente de cocktails signature.",
      1, ("average_order", "panier moyen"), [], [PC(12, "12 %")], ("d'ici le trimestre prochain", NEXTQ()),
      ["en formant les serveurs à la vente de cocktails signature"])
smart("Objectif : 45 inscriptions au Bachelor marketing digital en alternance, soit 15 de plus que l'an dernier, d'ici le 30 septembre, grâce à trois salons étudiants et à des JPO mensuelles.",
      1, ("sales", "inscriptions"), [("events", "salons étudiants")], [LV(45, "45"), DE(15, "15")], ("d'ici le 30 septembre", DAY(30, 9)),
      ["grâce à trois salons étudiants et à des JPO mensuelles"])
smart("Augmenter les dons mensuels par prélèvement de 8 000 € à 10 000 € par mois en 2027 via une campagne d'appels auprès des donateurs ponctuels.",
      1, ("revenue", "dons mensuels"), [("phone", "campagne d'appels")], [LV(10000, "10 000 €", "EUR", "month")], ("en 2027", EOY(2027)),
      ["via une campagne d'appels auprès des donateurs ponctuels"], b=BL(8000, "8 000 €", "EUR", "month"))
smart("Fromagerie : +30 % de CA sur les plateaux de fromages pour entreprises d'ici Noël, en démarchant 50 comités d'entreprise par e-mail et par téléphone.",
      1, ("revenue", "CA"), [("email", "e-mail"), ("phone", "téléphone")], [PC(30, "+30 %")], ("d'ici Noël", NOEL()),
      ["en démarchant 50 comités d'entreprise par e-mail et par téléphone"], mingap=60)
smart("Je veux 200 prospets qualifiés par mois via linkdin pour mon cabinet de recrutement IT d'ici fin juin, en publiant 3 posts par semaine et en envoyant 20 invitations par jour.",
      1, ("leads", "prospets qualifiés"), [("linkedin", "linkdin")], [LV(200, "200", p="month")], ("d'ici fin juin", MON(6)),
      ["en publiant 3 posts par semaine et en envoyant 20 invitations par jour"])
smart("Doubler le nombre d'écoutes mensuelles du podcast « Les Artisans du Goût » en 8 mois en publiant un épisode par semaine, afin d'attirer des sponsors payants.",
      1, ("reach", "écoutes mensuelles"), [("podcast", "podcast")], [FA(2, "Doubler")], ("en 8 mois", MO(8)),
      ["en publiant un épisode par semaine"], just="afin d'attirer des sponsors payants")
smart("Faire passer le CAC des abonnés payants de notre jeu mobile de 24 € à 16 € d'ici fin S1 2027, en testant des créas UGC sur TikTok.",
      1, ("acquisition_cost", "CAC"), [("app", "jeu mobile"), ("tiktok", "TikTok")], [LV(16, "16 €", "EUR")], ("d'ici fin S1 2027", S(1, 2027)),
      ["en testant des créas UGC sur TikTok"], b=BL(24, "24 €", "EUR"))
smart("Fleuriste : atteindre 120 commandes de bouquets d'ici le 14 février (90 l'an dernier) grâce à des précommandes sur Instagram ouvertes dès le 15 janvier.",
      1, ("sales", "commandes"), [("instagram", "Instagram")], [LV(120, "120")], ("d'ici le 14 février", DAY(14, 2)),
      ["grâce à des précommandes sur Instagram ouvertes dès le 15 janvier"], b=BL(90, "90"), ref="2026-12-02")
smart("Nous visons un taux de transformation devis → commande de 35 % (contre 27 %) sur les chantiers de désamiantage d'ici fin T2 2027, en rappelant chaque prospect sous 48 h.",
      1, ("conversion_rate", "taux de transformation"), [], [LV(35, "35 %", "%")], ("d'ici fin T2 2027", Q(2, 2027)),
      ["en rappelant chaque prospect sous 48 h"], b=BL(27, "27 %", "%"))
smart("Sous 2 mois, obtenir 20 demandes de devis pour la pose de panneaux solaires chez des agriculteurs, en tenant un stand à la foire agricole de Brive.",
      1, ("leads", "demandes de devis"), [("events", "foire agricole")], [LV(20, "20")], ("Sous 2 mois", MO(2)),
      ["en tenant un stand à la foire agricole de Brive"])
smart("Le théâtre municipal vise 2 500 abonnements à la saison 2026-2027 d'ici fin octobre 2026, contre 2 100 la saison passée, grâce à une formule 3 spectacles à 45 €.",
      1, ("sales", "abonnements"), [], [LV(2500, "2 500")], ("d'ici fin octobre 2026", MON(10, 2026)),
      ["grâce à une formule 3 spectacles à 45 €"], b=BL(2100, "2 100"), ref="2026-05-04")
smart("Je veux générer 8 k€ de CA mensuel sur Vinted et Etsy avec mes créations en macramé d'ici le 31 mars 2027, en publiant une nouvelle pièce chaque jour.",
      1, ("revenue", "CA mensuel"), [("marketplace", "Vinted"), ("marketplace", "Etsy")], [LV(8000, "8 k€", "EUR", "month")], ("d'ici le 31 mars 2027", DAY(31, 3, 2027)),
      ["en publiant une nouvelle pièce chaque jour"])
smart("Le cabinet d'ostéopathie veut 25 nouveaux patients par mois issus de la recherche Google locale (12 aujourd'hui) d'ici fin septembre, en optimisant sa fiche d'établissement et en publiant un article par mois sur le blog.",
      1, ("customers", "nouveaux patients"), [("seo", "recherche Google locale"), ("blog", "blog")], [LV(25, "25", p="month")], ("d'ici fin septembre", MON(9)),
      ["en optimisant sa fiche d'établissement et en publiant un article par mois sur le blog"], b=BL(12, "12", p="month"))
smart("Signer 3 contrats d'accompagnement de plus de 20 jours avec des ETI d'ici fin T3, en répondant à 2 appels d'offres par mois.",
      1, ("sales", "contrats d'accompagnement"), [], [LV(3, ("3", 1))], ("d'ici fin T3", Q(3)),
      ["en répondant à 2 appels d'offres par mois"])
smart("Atteindre 9 000 clients abonnés sur l'appli de recettes batch cooking d'ici juin 2027, contre 5 000 aujourd'hui, en lançant une offre famille à 6,99 €.",
      1, ("customers", "clients abonnés"), [("app", "appli")], [LV(9000, "9 000")], ("d'ici juin 2027", MON(6, 2027)),
      ["en lançant une offre famille à 6,99 €"], b=BL(5000, "5 000"))
smart("Sur 12 mois, faire passer le taux de clic de nos e-mails de relance panier abandonné de 3 % à 5 %, car chaque point de clic rapporte environ 1 500 € de ventes récupérées.",
      1, ("click_rate", "taux de clic"), [("email", "e-mails")], [LV(5, "5 %", "%")], ("Sur 12 mois", YR(1)),
      b=BL(3, "3 %", "%"), just="car chaque point de clic rapporte environ 1 500 € de ventes récupérées")
smart("Objectif : +35 % de demandes de devis via le formulaire du site pour les extensions bois en 2026, grâce à un simulateur de prix en ligne.",
      1, ("leads", "demandes de devis"), [("website", "site")], [PC(35, "+35 %")], ("en 2026", EOY(2026)),
      ["grâce à un simulateur de prix en ligne"])
smart("Augmenter de 15% le nombre de clients du salon de coiffure sur la prestation coloration vegetale d'ici la fin de l'annee en offrant un diagnostic gratuit.",
      1, ("customers", "clients"), [], [PC(15, "15%")], ("d'ici la fin de l'annee", EOY()),
      ["en offrant un diagnostic gratuit"], mingap=60)
smart("Augmenter la part de marché de notre lessive écologique en grandes surfaces de 3 % à 4 % d'ici fin 2027, en obtenant le référencement dans 2 enseignes nationales.",
      1, ("market_share", "part de marché"), [("store", "grandes surfaces")], [LV(4, "4 %", "%")], ("d'ici fin 2027", EOY(2027)),
      ["en obtenant le référencement dans 2 enseignes nationales"], b=BL(3, "3 %", "%"))
smart("Je veux vendre 150 paniers garnis via le marché de Noël et notre e-shop avant le 24 décembre, en proposant la personnalisation gratuite.",
      1, ("sales", "vendre"), [("events", "marché de Noël"), ("website", "e-shop")], [LV(150, "150")], ("avant le 24 décembre", DAY(24, 12)),
      ["en proposant la personnalisation gratuite"])
smart("La médiathèque veut gagner 300 nouveaux adhérents de 18-25 ans d'ici fin juin grâce à des soirées jeux vidéo mensuelles.",
      1, ("customers", "nouveaux adhérents"), [("events", "soirées jeux vidéo")], [DE(300, "300")], ("d'ici fin juin", MON(6)),
      ["grâce à des soirées jeux vidéo mensuelles"])
smart("Nous visons 15k visites organiques par mois sur le blog de l'agence d'ici fin mars (6k aujourd'hui) en publiant 8 articles SEO par mois, car le blog génère 40 % de nos demandes de devis.",
      1, ("traffic", "visites organiques"), [("blog", ("blog", 1)), ("seo", "SEO")], [LV(15000, "15k", p="month")], ("d'ici fin mars", MON(3)),
      ["en publiant 8 articles SEO par mois"], b=BL(6000, "6k", p="month"), just="car le blog génère 40 % de nos demandes de devis")
smart("Atteindre deux mille donateurs mensuels pour la banque alimentaire départementale l'année prochaine, contre 1 400 aujourd'hui, grâce à une campagne de télémarketing.",
      1, ("customers", "donateurs mensuels"), [("phone", "télémarketing")], [LV(2000, "deux mille")], ("l'année prochaine", NEXTY()),
      ["grâce à une campagne de télémarketing"], b=BL(1400, "1 400"))
smart("Réduire de moitié le coût par lead des demandes de brochure pour nos séjours linguistiques au 2e trimestre 2027, en passant les campagnes Google Ads en enchères au CPA.",
      1, ("acquisition_cost", "coût par lead"), [("sea", "Google Ads")], [FA(0.5, "Réduire de moitié")], ("au 2e trimestre 2027", Q(2, 2027)),
      ["en passant les campagnes Google Ads en enchères au CPA"], funnel="think")
smart("Objectif : +5 % de CA par mois sur les abonnements café de spécialité au second semestre, grâce à un code parrain offert à chaque abonné.",
      1, ("revenue", "CA"), [("referral", "code parrain")], [PC(5, "+5 %", p="month")], ("au second semestre", S(2)),
      ["grâce à un code parrain offert à chaque abonné"])
smart("Porter à 120 le nombre de rendez-vous mensuels pris par de nouveaux patients au centre dentaire du Parc d'ici le 15 mars 2027, en ouvrant la prise de rendez-vous en ligne 24 h/24.",
      1, ("leads", "rendez-vous mensuels"), [], [LV(120, "120", p="month")], ("d'ici le 15 mars 2027", DAY(15, 3, 2027)),
      ["en ouvrant la prise de rendez-vous en ligne 24 h/24"])
smart("Générer 250\u202f000 € de CA sur les formations inter-entreprises en management en 2027, contre 190\u202f000 € en 2026, grâce à un catalogue refondu et à 4 webinars de présentation.",
      1, ("revenue", "CA"), [("webinar", "webinars")], [LV(250000, "250\u202f000 €", "EUR")], ("en 2027", EOY(2027)),
      ["grâce à un catalogue refondu et à 4 webinars de présentation"], b=BL(190000, "190\u202f000 €", "EUR"), ref="2026-11-23")
smart("On doit atteindre un taux de rétention de 85 % au renouvellement sur les licences de notre logiciel de caisse pour restaurants d'ici fin 2026, via un programme d'onboarding en visio.",
      1, ("retention", "taux de rétention"), [], [LV(85, "85 %", "%")], ("d'ici fin 2026", EOY(2026)),
      ["via un programme d'onboarding en visio"])
smart("Sous 6 mois, réduire de 3 points le taux de résiliation des abonnements annuels de la salle d'escalade, en proposant des cours collectifs inclus.",
      1, ("retention", "taux de résiliation"), [], [DE(-3, "3 points", "pt")], ("Sous 6 mois", MO(6)),
      ["en proposant des cours collectifs inclus"])
smart("Je veux que mes ventes de savons artisanaux sur Etsy passent de 40 à 100 par mois d'ici septembre, en traduisant mes fiches en anglais et en allemand.",
      1, ("sales", "ventes"), [("marketplace", "Etsy")], [LV(100, "100", p="month")], ("d'ici septembre", MON(9)),
      ["en traduisant mes fiches en anglais et en allemand"], b=BL(40, "40", p="month"))
smart("Hôtel-restaurant Le Relais : +25 % de séminaires d'entreprise réservés en 2027 grâce à un commercial dédié et à une présence sur 2 salons MICE.",
      1, ("sales", "réservés"), [("events", "salons MICE")], [PC(25, "+25 %")], ("en 2027", EOY(2027)),
      ["grâce à un commercial dédié et à une présence sur 2 salons MICE"])
smart("Obtenir 35 demandes de devis par mois pour nos armoires électriques sur mesure via notre site d'ici la fin du S1 2027, contre 20 aujourd'hui, grâce à un configurateur en ligne.",
      1, ("leads", "demandes de devis"), [("website", "site")], [LV(35, "35", p="month")], ("d'ici la fin du S1 2027", S(1, 2027)),
      ["grâce à un configurateur en ligne"], b=BL(20, "20", p="month"))
smart("Agence immo : passer de 8 a 14 rendez-vous d'estimation de maisons par mois d'ici fin juin grace a une campagne de boitage et un partenariat avec les notaires du secteur.",
      1, ("leads", "rendez-vous d'estimation"), [("partnerships", "partenariat")], [LV(14, "14", p="month")], ("d'ici fin juin", MON(6)),
      ["grace a une campagne de boitage et un partenariat avec les notaires du secteur"], b=BL(8, "8", p="month"))
smart("Le club de handball vise 60 000 € de recettes de billetterie sur la saison régulière, soit +15 % par rapport à l'an dernier, avant le 30 avril 2027, grâce à des soirées thématiques et à une offre famille.",
      1, ("revenue", "recettes de billetterie"), [("events", "soirées thématiques")], [LV(60000, "60 000 €", "EUR"), PC(15, "+15 %")], ("avant le 30 avril 2027", DAY(30, 4, 2027)),
      ["grâce à des soirées thématiques et à une offre famille"])
smart("Traductrice indépendante, je vise 10 clients récurrents en contrat mensuel d'ici fin 2026, contre 6 aujourd'hui, en publiant une étude de cas par mois sur LinkedIn.",
      1, ("customers", "clients récurrents"), [("linkedin", "LinkedIn")], [LV(10, "10")], ("d'ici fin 2026", EOY(2026)),
      ["en publiant une étude de cas par mois sur LinkedIn"], b=BL(6, "6"))
smart("Atteindre 4,6 étoiles de note moyenne sur le Play Store pour notre appli bancaire (4,1 aujourd'hui) d'ici Q4 2026 en corrigeant les 20 bugs les plus signalés.",
      1, ("satisfaction", "note moyenne"), [("app", "appli bancaire")], [LV(4.6, "4,6")], ("d'ici Q4 2026", Q(4, 2026)),
      ["en corrigeant les 20 bugs les plus signalés"], b=BL(4.1, "4,1"))
smart("Cdiscount : porter la marge nette sur les trottinettes électriques à 12 % d'ici fin T1, en renégociant le prix d'achat avec le fournisseur.",
      1, ("roi", "marge nette"), [("marketplace", "Cdiscount")], [LV(12, "12 %", "%")], ("d'ici fin T1", Q(1)),
      ["en renégociant le prix d'achat avec le fournisseur"])
smart("La chaîne YouTube « Bricolage Facile » doit générer 2 500 € de revenus d'affiliation par mois d'ici fin 2027 en ajoutant des liens produits dans chaque vidéo.",
      1, ("revenue", "revenus d'affiliation"), [("youtube", "YouTube"), ("affiliation", "affiliation")], [LV(2500, "2 500 €", "EUR", "month")], ("d'ici fin 2027", EOY(2027)),
      ["en ajoutant des liens produits dans chaque vidéo"])
smart("Nous voulons 1 200 élèves inscrits aux cours de soutien scolaire en ligne en septembre 2026 (900 l'an passé) grâce à un partenariat avec 15 collèges.",
      1, ("customers", "élèves inscrits"), [("partnerships", "partenariat")], [LV(1200, "1 200")], ("en septembre 2026", MON(9, 2026)),
      ["grâce à un partenariat avec 15 collèges"], b=BL(900, "900"))
smart("L'association vise 30 000 € de dons issus des entreprises du territoire en 2026, soit le double de 2025, grâce à un club de mécènes animé par notre président.",
      1, ("revenue", "dons"), [], [LV(30000, "30 000 €", "EUR"), FA(2, "le double")], ("en 2026", EOY(2026)),
      ["grâce à un club de mécènes animé par notre président"], ref="2026-01-12")
smart("Vendre 3 000 coffrets de champagne aux comités d'entreprise avant le 15 décembre, contre 2 200 l'an dernier, en participant à 4 salons CSE cet automne.",
      1, ("sales", "Vendre"), [("events", "salons CSE")], [LV(3000, "3 000")], ("avant le 15 décembre", DAY(15, 12)),
      ["en participant à 4 salons CSE cet automne"], b=BL(2200, "2 200"))
smart("Librairie du Marché : 500 commandes en click & collect sur notre site d'ici fin décembre, grâce à une newsletter hebdomadaire de coups de cœur.",
      1, ("sales", "commandes"), [("website", "site"), ("email", "newsletter")], [LV(500, "500")], ("d'ici fin décembre", MON(12)),
      ["grâce à une newsletter hebdomadaire de coups de cœur"])
smart("Augmenter le taux de conversion des essais gratuits de notre outil de paie en abonnements de 12 % à 18 % sur 9 mois.",
      1, ("conversion_rate", "taux de conversion"), [], [LV(18, "18 %", "%")], ("sur 9 mois", MO(9)), b=BL(12, "12 %", "%"))
smart("Au cours des 12 prochains mois, augmenter de 25 % le chiffre d'affaires des vins au verre du bistrot.",
      1, ("revenue", "chiffre d'affaires"), [], [PC(25, "25 %")], ("Au cours des 12 prochains mois", MO(12)))
smart("Le laboratoire d'analyses vise 15 % de rendez-vous de prélèvement à domicile en plus d'ici fin septembre.",
      1, ("leads", "rendez-vous de prélèvement à domicile"), [], [PC(15, "15 %")], ("d'ici fin septembre", MON(9)), mingap=75)
smart("Musée des Beaux-Arts : vendre 1 800 pass annuels d'ici la fin de l'année, contre 1 500 l'an dernier.",
      1, ("sales", "vendre"), [], [LV(1800, "1 800")], ("d'ici la fin de l'année", EOY()), b=BL(1500, "1 500"), mingap=80)
smart("Passer de 40k à 60k trajets réservés par mois sur l'appli de covoiturage rural d'ici 6 mois.",
      1, ("sales", "trajets réservés"), [("app", "appli")], [LV(60000, "60k", p="month")], ("d'ici 6 mois", MO(6)), b=BL(40000, "40k", p="month"))
smart("Faire progresser de 8 % les ventes de compresseurs reconditionnés auprès des garages au cours du trimestre prochain.",
      1, ("sales", "ventes"), [], [PC(8, "8 %")], ("au cours du trimestre prochain", NEXTQ()))
smart("Sur le trimestre prochain, faire baisser le CPL des campagnes Facebook pour nos cours de yoga prénatal de 18 € à 12 € en testant des vidéos témoignages.",
      1, ("acquisition_cost", "CPL"), [("facebook", "Facebook")], [LV(12, "12 €", "EUR")], ("Sur le trimestre prochain", NEXTQ()),
      ["en testant des vidéos témoignages"], b=BL(18, "18 €", "EUR"), funnel="think")
smart("Nous voulons 3 fois plus de réservations de groupes scolaires au parc animalier d'ici 18 mois, grâce à un dossier pédagogique envoyé à 2.500 écoles.",
      1, ("sales", "réservations"), [], [FA(3, "3 fois plus")], ("d'ici 18 mois", MO(18)),
      ["grâce à un dossier pédagogique envoyé à 2.500 écoles"])
smart("Objectif n°2 — NPS des clients grands comptes à +50 d'ici fin T4 2026 (+32 aujourd'hui), via des revues d'activité trimestrielles.",
      1, ("satisfaction", "NPS"), [], [LV(50, "+50")], ("d'ici fin T4 2026", Q(4, 2026)),
      ["via des revues d'activité trimestrielles"], b=BL(32, "+32"))
smart("Je dois porter mon taux de conversion sur Etsy de 1,5 % à 2,5 % d'ici fin T2 en améliorant mes photos et mes descriptions.",
      1, ("conversion_rate", "taux de conversion"), [("marketplace", "Etsy")], [LV(2.5, "2,5 %", "%")], ("d'ici fin T2", Q(2)),
      ["en améliorant mes photos et mes descriptions"], b=BL(1.5, "1,5 %", "%"))
smart("Augmenter de 20 % les reservations de la salle de seminaire du domaine viticole d'ici la fin de l'année grâce a une page dédiée sur notre site et 2 salons pro.",
      1, ("sales", "reservations"), [("website", "site"), ("events", "salons pro")], [PC(20, "20 %")], ("d'ici la fin de l'année", EOY()),
      ["grâce a une page dédiée sur notre site et 2 salons pro"], mingap=40)
smart("Faire passer le taux de fidélisation des campeurs en emplacement nu de 27 % à 35 % d'ici fin 2026, grâce à une remise de 10 % pour les habitués.",
      1, ("retention", "taux de fidélisation"), [], [LV(35, "35 %", "%")], ("d'ici fin 2026", EOY(2026)),
      ["grâce à une remise de 10 % pour les habitués"], b=BL(27, "27 %", "%"))
smart("Faire grimper les ventes en précommande du nouvel album du groupe à 2 000 exemplaires avant la sortie, le 3 octobre 2026, via notre site et 3 concerts en showcase.",
      1, ("sales", "ventes en précommande"), [("website", "site"), ("events", "concerts en showcase")], [LV(2000, "2 000")], ("le 3 octobre 2026", DAY(3, 10, 2026)),
      ["via notre site et 3 concerts en showcase"])
smart("Afin de sécuriser le financement de la saison, le festival doit vendre 9 000 pass 3 jours avant le 30 juin 2027, en ouvrant une prévente à tarif réduit dès janvier et en mobilisant 10 influenceurs régionaux.",
      1, ("sales", "vendre"), [("influence", "influenceurs")], [LV(9000, "9 000")], ("avant le 30 juin 2027", DAY(30, 6, 2027)),
      ["en ouvrant une prévente à tarif réduit dès janvier et en mobilisant 10 influenceurs régionaux"])
smart("Signer 12 contrats de toiture solaire par mois en Occitanie d'ici fin T3 2027 en formant 3 couvreurs partenaires.",
      1, ("sales", "contrats"), [("partnerships", "couvreurs partenaires")], [LV(12, "12", p="month")], ("d'ici fin T3 2027", Q(3, 2027)),
      ["en formant 3 couvreurs partenaires"])
smart("Faut qu'on monte à 1000 couverts par semaine au resto le midi d'ici fin juin, en lançant une formule express à 14 €.",
      1, ("sales", "couverts"), [], [LV(1000, "1000", p="week")], ("d'ici fin juin", MON(6)),
      ["en lançant une formule express à 14 €"])
smart("Accroître de 18 % le CA de notre gamme de bières IPA en GMS sur l'année 2027 grâce à 2 animations en magasin par mois.",
      1, ("revenue", "CA"), [("store", "GMS")], [PC(18, "18 %")], ("sur l'année 2027", EOY(2027)),
      ["grâce à 2 animations en magasin par mois"])
smart("Atteindre 1 500 inscrits à la newsletter du restaurant d'ici la fin de l'année (900 aujourd'hui) grâce à un jeu-concours en salle, car chaque envoi remplit une vingtaine de tables.",
      1, ("subscribers", "inscrits"), [("email", "newsletter")], [LV(1500, "1 500")], ("d'ici la fin de l'année", EOY()),
      ["grâce à un jeu-concours en salle"], b=BL(900, "900"), just="car chaque envoi remplit une vingtaine de tables", mingap=30)
smart("Dégager un ROI de 3 sur notre stand au salon Maison & Objet de septembre, en pré-réservant 40 rendez-vous acheteurs.",
      1, ("roi", "ROI"), [("events", "salon")], [LV(3, "3")], ("de septembre", MON(9)),
      ["en pré-réservant 40 rendez-vous acheteurs"])
smart("Nous visons 500 000 USD de CA à l'export aux États-Unis pour nos couteaux de Thiers d'ici fin 2027, via un importateur exclusif et une boutique sur Amazon US.",
      1, ("revenue", "CA"), [("marketplace", "Amazon US")], [LV(500000, "500 000 USD", "USD")], ("d'ici fin 2027", EOY(2027)),
      ["via un importateur exclusif et une boutique sur Amazon US"])
smart("Sur 12 mois, on veut ramener le churn des abonnés trimestriels de notre box apéro à 3 % par mois (5 % aujourd'hui), en ajoutant la possibilité de mettre l'abonnement en pause.",
      1, ("retention", "churn"), [], [LV(3, "3 %", "%", "month")], ("Sur 12 mois", YR(1)),
      ["en ajoutant la possibilité de mettre l'abonnement en pause"], b=BL(5, "5 %", "%", "month"))
smart("Sur les 6 prochains mois, faire passer le panier moyen des commandes Uber Eats de la pizzeria de 24 € à 28 €, en ajoutant des desserts aux menus.",
      1, ("average_order", "panier moyen"), [("marketplace", "Uber Eats")], [LV(28, "28 €", "EUR")], ("Sur les 6 prochains mois", MO(6)),
      ["en ajoutant des desserts aux menus"], b=BL(24, "24 €", "EUR"))

# ---------- non-SMART goals, by combination (S M A R T) ----------
def e(code, *a, **kw):
    kw["expect"] = code; g(*a, **kw)

# 00000
e("00000", "Développer la marque.", 0, None)
e("00000", "Booster notre présence digitale !", 0, None)
e("00000", "Ameliorer notre notoriete.", 0, ("reach", "notoriete"))
e("00000", "Je veux plus de followers.", 0, ("followers", "followers"))
e("00000", "Créer une communauté engagée autour de nos valeurs.", 0, ("engagement", "communauté engagée"))
e("00000", "Être la référence du conseil en énergie pour les collectivités.", 0, None)
# 00001
e("00001", "Moderniser le site internet de la mairie d'ici fin 2026.", 0, None, [("website", "site internet")], dl=("d'ici fin 2026", EOY(2026)))
e("00001", "Objectif 2027 : devenir incontournable sur notre marché.", 0, None, dl=("2027", EOY(2027)))
e("00001", "Accroître notre notoriété d'ici fin juin.", 0, ("reach", "notoriété"), dl=("d'ici fin juin", MON(6)))
e("00001", "Plus d'abonnés avant la fin du mois !", 0, ("followers", "abonnés"), dl=("avant la fin du mois", EOMONTH()), mingap=5)
e("00001", "Refaire toute notre charte graphique le trimestre prochain.", 0, None, dl=("le trimestre prochain", NEXTQ()))
e("00001", "Améliorer l'engagement de notre communauté en 2027.", 0, ("engagement", "engagement"), dl=("en 2027", EOY(2027)))
# 00010
e("00010", "Augmenter les ventes.", 0, ("sales", "ventes"))
e("00010", "Je veux plus de clients.", 0, ("customers", "clients"))
e("00010", "Il faut qu'on améliore notre taux de convertion.", 0, ("conversion_rate", "taux de convertion"))
e("00010", "Generer davantage de leads.", 0, ("leads", "leads"))
e("00010", "Reduire le churn.", 0, ("retention", "churn"))
e("00010", "Augmenter le chiffre d'afaires de l'entreprise.", 0, ("revenue", "chiffre d'afaires"))
# 00011
e("00011", "Augmenter notre CA cette année.", 0, ("revenue", "CA"), dl=("cette année", EOY()))
e("00011", "Trouver de nouveaux clients d'ici fin mars.", 0, ("customers", "nouveaux clients"), dl=("d'ici fin mars", MON(3)))
e("00011", "Ameliorer nos marges avant le 31/12.", 0, ("roi", "marges"), dl=("avant le 31/12", DAY(31, 12)))
e("00011", "Conquérir des parts de marché en 2027.", 0, ("market_share", "parts de marché"), dl=("en 2027", EOY(2027)))
e("00011", "Objectif fin du mois : plus de rendez-vous dans l'agenda.", 0, ("leads", "rendez-vous"), dl=("fin du mois", EOMONTH()), mingap=5)
e("00011", "Fideliser nos clients l'annee prochaine.", 0, ("retention", "Fideliser"), dl=("l'annee prochaine", NEXTY()))
# 00100
e("00100", "Être plus présents sur le web en recrutant un community manager.", 0, None, means=["en recrutant un community manager"])
e("00100", "Améliorer notre image en sponsorisant l'équipe de foot locale.", 0, None, means=["en sponsorisant l'équipe de foot locale"])
e("00100", "Avoir plus de followers en publiant 30 minutes par jour.", 0, ("followers", "followers"), means=["en publiant 30 minutes par jour"])
e("00100", "Faire grandir notre communauté grâce à un jeu-concours mensuel.", 0, ("followers", "communauté"), means=["grâce à un jeu-concours mensuel"])
e("00100", "Renforcer notre notoriété en exposant dans des salons.", 0, ("reach", "notoriété"), [("events", "salons")], means=["en exposant dans des salons"])
# 00101
e("00101", "Professionnaliser notre communication d'ici fin 2026 en faisant appel à une agence.", 0, None, dl=("d'ici fin 2026", EOY(2026)), means=["en faisant appel à une agence"])
e("00101", "Gagner en visibilité d'ici Noël grâce à des vitrines animées.", 0, ("reach", "visibilité"), dl=("d'ici Noël", NOEL()), means=["grâce à des vitrines animées"])
e("00101", "Augmenter le trafique du site le mois prochain en redigeant des articles de blog.", 0, ("traffic", "trafique"), [("website", "site"), ("blog", "blog")],
  dl=("le mois prochain", NEXTMONTH()), means=["en redigeant des articles de blog"])
e("00101", "Relancer notre page facebok en septembre avec un calendrier éditorial.", 0, None, [("facebook", "facebok")], dl=("en septembre", MON(9)), means=["avec un calendrier éditorial"])
e("00101", "Plus d'abonnés d'ici 3 mois en faisant des lives chaque semaine.", 0, ("followers", "abonnés"), dl=("d'ici 3 mois", MO(3)), means=["en faisant des lives chaque semaine"])
# 00110
e("00110", "Augmenter les ventes en embauchant un commercial.", 0, ("sales", "ventes"), means=["en embauchant un commercial"])
e("00110", "Trouver plus de clients grâce au bouche-à-oreille et aux recommandations.", 0, ("customers", "clients"), [("referral", "bouche-à-oreille")],
  means=["grâce au bouche-à-oreille et aux recommandations"])
e("00110", "Améliorer la satisfaction client en répondant à tous les avis sous 24 h.", 0, ("satisfaction", "satisfaction client"), means=["en répondant à tous les avis sous 24 h"])
e("00110", "Générer des leads en prospectant 1 h par jour sur LinkedIn.", 0, ("leads", "leads"), [("linkedin", "LinkedIn")], means=["en prospectant 1 h par jour sur LinkedIn"])
e("00110", "Réduire notre coût d'acquisition avec un meilleur ciblage publicitaire.", 0, ("acquisition_cost", "coût d'acquisition"), means=["avec un meilleur ciblage publicitaire"])
e("00110", "Développer le CA en lançant une offre d'abonnement.", 0, ("revenue", "CA"), means=["en lançant une offre d'abonnement"])
# 00111
e("00111", "Développer notre chiffre d'affaires d'ici fin 2027 en ouvrant un deuxième point de vente.", 0, ("revenue", "chiffre d'affaires"), [("store", "point de vente")],
  dl=("d'ici fin 2027", EOY(2027)), means=["en ouvrant un deuxième point de vente"])
e("00111", "Ameliorer la fidelisation client avant fin septembre grâce à une carte de fidélité.", 0, ("retention", "fidelisation client"),
  dl=("avant fin septembre", MON(9)), means=["grâce à une carte de fidélité"])
e("00111", "Augmenter le nombre de nouveaux clients au S1 2027 en participant à trois salons.", 0, ("customers", "nouveaux clients"), [("events", "salons")],
  dl=("au S1 2027", S(1, 2027)), means=["en participant à trois salons"])
e("00111", "Faire décoller les ventes cette année grâce à une refonte complète du site.", 0, ("sales", "ventes"), [("website", "site")],
  dl=("cette année", EOY()), means=["grâce à une refonte complète du site"])
e("00111", "Obtenir plus de prospects sous 2 mois en relançant nos anciens devis par téléphone.", 0, ("leads", "prospects"), [("phone", "téléphone")],
  dl=("sous 2 mois", MO(2)), means=["en relançant nos anciens devis par téléphone"])
e("00111", "Améliorer le ROI marketing d'ici le trimestre prochain en coupant les campagnes non rentables.", 0, ("roi", "ROI"),
  dl=("d'ici le trimestre prochain", NEXTQ()), means=["en coupant les campagnes non rentables"])
# 01000
e("01000", "Je veux 5 000 followers.", 0, ("followers", "followers"), t=[LV(5000, "5 000")])
e("01000", "Objectif : 100k vues.", 0, ("reach", "vues"), t=[LV(100000, "100k")])
e("01000", "Atteindre un taux d'engagement de 8 %.", 0, ("engagement", "taux d'engagement"), t=[LV(8, "8 %", "%")])
e("01000", "Passer à 20 000 visiteurs uniques par mois.", 0, ("traffic", "visiteurs uniques"), t=[LV(20000, "20 000", p="month")])
e("01000", "Doubler le nombre d'abonnés.", 0, ("followers", "abonnés"), t=[FA(2, "Doubler")])
e("01000", "1 million d'impressions, c'est le but.", 0, ("reach", "impressions"), t=[LV(1000000, "1 million")])
# 01001
e("01001", "Ateindre 30 000 visites par mois sur le site d'ici fin 2026.", 0, ("traffic", "visites"), [("website", "site")], [LV(30000, "30 000", p="month")], ("d'ici fin 2026", EOY(2026)))
e("01001", "Multiplier par 10 notre nombre d'abonnés en 3 mois.", 0, ("followers", "abonnés"), t=[FA(10, "Multiplier par 10")], dl=("en 3 mois", MO(3)))
e("01001", "Avoir 2 000 fans avant Noël.", 0, ("followers", "fans"), t=[LV(2000, "2 000")], dl=("avant Noël", NOEL()))
e("01001", "Gagner 10 000 abonnes d'ici la fin de l'annee.", 0, ("followers", "abonnes"), t=[DE(10000, "10 000")], dl=("d'ici la fin de l'annee", EOY()))
e("01001", "Tripler le trafic du site web en 2 mois.", 0, ("traffic", "trafic"), [("website", "site web")], [FA(3, "Tripler")], ("en 2 mois", MO(2)))
e("01001", "Objectif : 500 000 impressions au T4 2026.", 0, ("reach", "impressions"), t=[LV(500000, "500 000")], dl=("au T4 2026", Q(4, 2026)))
e("01001", "Nous voulons 8 % de taux d'engagement dans six semaines.", 0, ("engagement", "taux d'engagement"), t=[LV(8, "8 %", "%")], dl=("dans six semaines", WK(6)))
# 01010
e("01010", "Réduire l'attrition de 4 points.", 0, ("retention", "attrition"), t=[DE(-4, "4 points", "pt")])
e("01010", "Je veux 50 nouveau clients.", 0, ("customers", "nouveau clients"), t=[LV(50, "50")])
e("01010", "Atteindre 1 M€ de chiffre d'affaires.", 0, ("revenue", "chiffre d'affaires"), t=[LV(1000000, "1 M€", "EUR")])
e("01010", "Augmenter les ventes de 30 %.", 0, ("sales", "ventes"), t=[PC(30, "30 %")])
e("01010", "Un panier moyen à 60 €, voilà le cap.", 0, ("average_order", "panier moyen"), t=[LV(60, "60 €", "EUR")])
e("01010", "Obtenir un NPS de 50.", 0, ("satisfaction", "NPS"), t=[LV(50, "50")])
e("01010", "100 leads par mois, minimum.", 0, ("leads", "leads"), t=[LV(100, "100", p="month")])
# 01011
e("01011", "Atteindre 100 000 € de CA d'ici fin 2026.", 0, ("revenue", "CA"), t=[LV(100000, "100 000 €", "EUR")], dl=("d'ici fin 2026", EOY(2026)))
e("01011", "Multiplier les ventes par 5 en 6 mois.", 0, ("sales", "ventes"), t=[FA(5, "par 5")], dl=("en 6 mois", MO(6)))
e("01011", "Je veux 200 clients de plus avant fin juin.", 0, ("customers", "clients"), t=[DE(200, "200")], dl=("avant fin juin", MON(6)))
e("01011", "Décupler notre chiffre d'affaires l'année prochaine.", 0, ("revenue", "chiffre d'affaires"), t=[FA(10, "Décupler")], dl=("l'année prochaine", NEXTY()))
e("01011", "Atteindre un taux de conversion de 5 % d'ici fin T3 2026.", 0, ("conversion_rate", "taux de conversion"), t=[LV(5, "5 %", "%")], dl=("d'ici fin T3 2026", Q(3, 2026)))
e("01011", "Objectif : 40 % de part de marché en 2027.", 0, ("market_share", "part de marché"), t=[LV(40, "40 %", "%")], dl=("en 2027", EOY(2027)))
e("01011", "+50 % de leads le mois prochain !", 0, ("leads", "leads"), t=[PC(50, "+50 %")], dl=("le mois prochain", NEXTMONTH()))
e("01011", "Le chiffre d'affaire doit passer à 2 millions d'euros d'ici 2027.", 0, ("revenue", "chiffre d'affaire"), t=[LV(2000000, "2 millions d'euros", "EUR")], dl=("d'ici 2027", EOY(2027)))
# 01100
e("01100", "Tripler le nombre de fans en organisant un concours chaque mois.", 0, ("followers", "fans"), t=[FA(3, "Tripler")], means=["en organisant un concours chaque mois"])
e("01100", "Atteindre 10 000 vues par vidéo grâce à un monteur freelance.", 0, ("reach", "vues"), t=[LV(10000, "10 000")], means=["grâce à un monteur freelance"])
e("01100", "Gagner 1 000 abonnés en travaillant avec des influenceurs.", 0, ("followers", "abonnés"), [("influence", "influenceurs")], [DE(1000, "1 000")], means=["en travaillant avec des influenceurs"])
e("01100", "Obtenir 50 000 visites par mois avec un budget de 1 500 € par mois en publicité.", 0, ("traffic", "visites"), t=[LV(50000, "50 000", p="month")],
  means=["avec un budget de 1 500 € par mois en publicité"])
e("01100", "Un taux d'engagement de 10 % en répondant à chaque commentaire.", 0, ("engagement", "taux d'engagement"), t=[LV(10, "10 %", "%")], means=["en répondant à chaque commentaire"])
# 01101
e("01101", "Atteindre 20 000 abonnés d'ici fin 2026 en publiant une vidéo par jour.", 0, ("followers", "abonnés"), t=[LV(20000, "20 000")], dl=("d'ici fin 2026", EOY(2026)),
  means=["en publiant une vidéo par jour"])
e("01101", "Augmenter de 50 % les visites du site en un an.", 0, ("traffic", "visites"), [("website", "site")], [PC(50, "50 %")], ("en un an", YR(1)))
e("01101", "+30 % d'impressions en 6 mois grâce à une campagne display.", 0, ("reach", "impressions"), [("display", "display")], [PC(30, "+30 %")], ("en 6 mois", MO(6)),
  means=["grâce à une campagne display"])
e("01101", "Je veux 3 000 followers de plus dans trois mois en postant des vidéos tous les jours.", 0, ("followers", "followers"), t=[DE(3000, "3 000")], dl=("dans trois mois", MO(3)),
  means=["en postant des vidéos tous les jours"])
e("01101", "Atteindre 5 000 téléchargements d'ici fin septembre grâce à une campagne Google Ads.", 0, ("downloads", "téléchargements"), [("sea", "Google Ads")], [LV(5000, "5 000")],
  ("d'ici fin septembre", MON(9)), means=["grâce à une campagne Google Ads"])
e("01101", "Obtenir 10 000 likes d'ici fin T2 grâce à un jeu-concours.", 0, ("engagement", "likes"), t=[LV(10000, "10 000")], dl=("d'ici fin T2", Q(2)), means=["grâce à un jeu-concours"])
# 01110
e("01110", "Atteindre une note moyenne de 4,5 en formant toute l'équipe à l'accueil client.", 0, ("satisfaction", "note moyenne"), t=[LV(4.5, "4,5")],
  means=["en formant toute l'équipe à l'accueil client"])
e("01110", "Augmenter les ventes de 20 % en recrutant deux vendeurs.", 0, ("sales", "ventes"), t=[PC(20, "20 %")], means=["en recrutant deux vendeurs"])
e("01110", "Signer 30 nouveaux clients en prospectant 2 heures par jour.", 0, ("customers", "nouveaux clients"), t=[LV(30, "30")], means=["en prospectant 2 heures par jour"])
e("01110", "Ramener le CAC à 80 € en optimisant nos campagnes.", 0, ("acquisition_cost", "CAC"), t=[LV(80, "80 €", "EUR")], means=["en optimisant nos campagnes"])
e("01110", "Doubler le chiffre d'affaires en ouvrant une boutique en ligne.", 0, ("revenue", "chiffre d'affaires"), [("website", "boutique en ligne")], [FA(2, "Doubler")],
  means=["en ouvrant une boutique en ligne"])
e("01110", "Obtenir 150 demandes de devis par mois grâce à un budget Google Ads de 2 000 €.", 0, ("leads", "demandes de devis"), [("sea", "Google Ads")], [LV(150, "150", p="month")],
  means=["grâce à un budget Google Ads de 2 000 €"])
# 01111
e("01111", "Doubler le CA d'ici 2 ans en recrutant trois commerciaux.", 0, ("revenue", "CA"), t=[FA(2, "Doubler")], dl=("d'ici 2 ans", YR(2)), means=["en recrutant trois commerciaux"])
e("01111", "Atteindre 500 000 € de chiffre d'affaires en 2027 grâce à une levée de fonds de 300 000 €.", 0, ("revenue", "chiffre d'affaires"), t=[LV(500000, "500 000 €", "EUR")],
  dl=("en 2027", EOY(2027)), means=["grâce à une levée de fonds de 300 000 €"])
e("01111", "Gagner 100 clients supplémentaires d'ici fin juin en embauchant un commercial.", 0, ("customers", "clients supplémentaires"), t=[DE(100, "100")],
  dl=("d'ici fin juin", MON(6)), means=["en embauchant un commercial"])
e("01111", "Augmenter les ventes de 10 % d'ici la fin de l'année.", 0, ("sales", "ventes"), t=[PC(10, "10 %")], dl=("d'ici la fin de l'année", EOY()), mingap=60)
e("01111", "Nous voulons passer de 2 % à 3 % de taux de conversion en un an.", 0, ("conversion_rate", "taux de conversion"), t=[LV(3, "3 %", "%")], dl=("en un an", YR(1)),
  b=BL(2, "2 %", "%"))
e("01111", "Réduire le taux de désabonnement de 20 % sur 12 mois.", 0, ("retention", "taux de désabonnement"), t=[PC(-20, "20 %")], dl=("sur 12 mois", YR(1)))
e("01111", "Générer 60 leads par mois d'ici fin T2 2027 avec un budget de 2 500 € par mois.", 0, ("leads", "leads"), t=[LV(60, "60", p="month")], dl=("d'ici fin T2 2027", Q(2, 2027)),
  means=["avec un budget de 2 500 € par mois"])
e("01111", "Objectif : porter le panier moyen de 45 € à 52 € au cours des 6 prochains mois, en proposant des lots.", 0, ("average_order", "panier moyen"), t=[LV(52, "52 €", "EUR")],
  dl=("au cours des 6 prochains mois", MO(6)), means=["en proposant des lots"], b=BL(45, "45 €", "EUR"))
# 10000
e("10000", "On voudrait avoir plus de visibilite sur les reseaux sociaux.", 1, ("reach", "visibilite"), [("social", "reseaux sociaux")])
e("10000", "Faire connaître notre nouvelle gamme de thés glacés.", 1, ("reach", "Faire connaître"))
e("10000", "Plus d'abonnés sur notre compte Tik Tok.", 1, ("followers", "abonnés"), [("tiktok", "Tik Tok")])
e("10000", "Développer la notoriété du cabinet auprès des jeunes médecins installés.", 1, ("reach", "notoriété"))
e("10000", "Augmenter l'engagement sur notre page Linkedin.", 1, ("engagement", "engagement"), [("linkedin", "Linkedin")])
e("10000", "Accroître le trafic vers la page « Nos formations CACES ».", 1, ("traffic", "trafic"), [("website", "page")])
# 10001
e("10001", "Améliorer notre visibilité sur YouTube d'ici fin 2027.", 1, ("reach", "visibilité"), [("youtube", "YouTube")], dl=("d'ici fin 2027", EOY(2027)))
e("10001", "Faire connaître le nouveau food truck auprès des salariés de la zone d'activité avant fin avril.", 1, ("reach", "Faire connaître"), dl=("avant fin avril", MON(4)))
e("10001", "Plus d'engagement sur instagramm d'ici fin août.", 1, ("engagement", "engagement"), [("instagram", "instagramm")], dl=("d'ici fin août", MON(8)))
e("10001", "Développer l'audience du podcast auprès des 25-35 ans au T3.", 1, ("reach", "audience"), [("podcast", "podcast")], dl=("au T3", Q(3)))
e("10001", "Avoir plus de trafic depuis Pinterest le mois prochain.", 1, ("traffic", "trafic"), [("pinterest", "Pinterest")], dl=("le mois prochain", NEXTMONTH()))
e("10001", "Gagner des téléchargements pour notre appli de jardinage sous 3 mois.", 1, ("downloads", "téléchargements"), [("app", "appli")], dl=("sous 3 mois", MO(3)), funnel="do")
# 10010
e("10010", "Augmenter les ventes de notre gamme de vins sans alcool.", 1, ("sales", "ventes"))
e("10010", "Rentabiliser nos campagnes Google Ads.", 1, ("roi", "Rentabiliser"), [("sea", "Google Ads")])
e("10010", "Je veux plus de clients pour mes cours de piano à domicile.", 1, ("customers", "clients"))
e("10010", "Améliorer le taux de conversion sur mobil.", 1, ("conversion_rate", "taux de conversion"))
e("10010", "Fidéliser les clients professionnels de la jardinerie.", 1, ("retention", "Fidéliser"))
e("10010", "Augmenter les leads venant de LinkedIn.", 1, ("leads", "leads"), [("linkedin", "LinkedIn")])
# 10011
e("10011", "Vendre davantage de formations en présentiel aux entreprises d'ici fin 2026.", 1, ("sales", "Vendre"), dl=("d'ici fin 2026", EOY(2026)))
e("10011", "Plus de demandes de devis pour les rénovations de salles de bain avant fin mars.", 1, ("leads", "demandes de devis"), dl=("avant fin mars", MON(3)))
e("10011", "Augmenter le CA issu de l'affiliation au second semestre.", 1, ("revenue", "CA"), [("affiliation", "affiliation")], dl=("au second semestre", S(2)))
e("10011", "Améliorer la satisfaction des patients du service de téléconsultation d'ici Q4 2026.", 1, ("satisfaction", "satisfaction"), dl=("d'ici Q4 2026", Q(4, 2026)))
e("10011", "Attirer de nouveaux clients B2B sur le salon Vinexpo en février.", 1, ("customers", "nouveaux clients B2B"), [("events", "salon Vinexpo")], dl=("en février", MON(2)))
e("10011", "Réduire le churn des abonnés mensuels de l'appli d'ici la fin du trimestre.", 1, ("retention", "churn"), [("app", "appli")], dl=("d'ici la fin du trimestre", EOQ()), mingap=10)
e("10011", "Booster les réservations de groupes au restaurant pour les fêtes de fin d'année, avant le 15 décembre.", 1, ("sales", "réservations"), dl=("avant le 15 décembre", DAY(15, 12)))
# 10100
e("10100", "Faire connaitre le festival de musique baroque en envoyant un communiqué à la presse régionale.", 1, ("reach", "Faire connaitre"), [("press", "presse régionale")],
  means=["en envoyant un communiqué à la presse régionale"])
e("10100", "Gagner en visibilité sur Tiktok en publiant 30 minutes par jours.", 1, ("reach", "visibilité"), [("tiktok", "Tiktok")], means=["en publiant 30 minutes par jours"])
e("10100", "Developper notre communauté Insta grâce a des collaborations avec des micro-influenceurs.", 1, ("followers", "communauté"), [("instagram", "Insta"), ("influence", "micro-influenceurs")],
  means=["grâce a des collaborations avec des micro-influenceurs"])
e("10100", "Augmenter le trafic organique en réécrivant les 50 pages les plus visitées.", 1, ("traffic", "trafic organique"), means=["en réécrivant les 50 pages les plus visitées"])
e("10100", "Améliorer notre positionnement sur « plombier Nantes » en obtenant des liens depuis des annuaires locaux.", 1, ("ranking", "positionnement"),
  means=["en obtenant des liens depuis des annuaires locaux"])
e("10100", "Faire découvrir notre nouvelle bière de Noël aux cavistes grâce à des échantillons gratuits.", 1, ("reach", "Faire découvrir"), means=["grâce à des échantillons gratuits"])
# 10101
e("10101", "Faire connaître notre épicerie vrac aux étudiants du campus d'ici fin septembre en distribuant des bons de réduction.", 1, ("reach", "Faire connaître"),
  dl=("d'ici fin septembre", MON(9)), means=["en distribuant des bons de réduction"])
e("10101", "Augmenter l'engagement sur la page Facebook du club avant le début de saison, fin août, en publiant les coulisses des entraînements.", 1, ("engagement", "engagement"),
  [("facebook", "Facebook")], dl=("fin août", MON(8)), means=["en publiant les coulisses des entraînements"])
e("10101", "Améliorer la visibilité du podcast en 2027 grâce à des invités connus.", 1, ("reach", "visibilité"), [("podcast", "podcast")], dl=("en 2027", EOY(2027)),
  means=["grâce à des invités connus"])
e("10101", "Développer le trafic issu de Pinterest d'ici un semestre en épinglant 10 visuels par jour.", 1, ("traffic", "trafic"), [("pinterest", "Pinterest")],
  dl=("d'ici un semestre", MO(6)), means=["en épinglant 10 visuels par jour"])
e("10101", "Faire découvrir l'application de tri des déchets aux habitants de la métropole d'ici le mois prochain via un affichage dans les bus.", 1, ("reach", "Faire découvrir"),
  [("app", "application")], dl=("d'ici le mois prochain", NEXTMONTH()), means=["via un affichage dans les bus"])
e("10101", "Relancer l'audience de la chaîne YouTube de l'école d'ici 4 mois en tournant des tutoriels avec les étudiants.", 1, ("reach", "audience"), [("youtube", "YouTube")],
  dl=("d'ici 4 mois", MO(4)), means=["en tournant des tutoriels avec les étudiants"])
# 10110
e("10110", "Obtenir plus de demandes de devis pour nos vérandas en participant à la Foire de Paris.", 1, ("leads", "demandes de devis"), [("events", "Foire de Paris")],
  means=["en participant à la Foire de Paris"])
e("10110", "Augmenter les ventes de nos confitures sur Amazon en améliorant les photos.", 1, ("sales", "ventes"), [("marketplace", "Amazon")], means=["en améliorant les photos"])
e("10110", "Fidéliser les adhérents seniors du club de gym grâce à des cours dédiés.", 1, ("retention", "Fidéliser"), means=["grâce à des cours dédiés"])
e("10110", "Développer le CA de la formation continue des infirmiers en s'appuyant sur un partenariat avec l'ordre régional.", 1, ("revenue", "CA"), [("partnerships", "partenariat")],
  means=["en s'appuyant sur un partenariat avec l'ordre régional"])
e("10110", "Améliorer le taux de conversion des visiteurs mobiles en simplifiant le tunnel de commande.", 1, ("conversion_rate", "taux de conversion"),
  means=["en simplifiant le tunnel de commande"])
e("10110", "Réduire le coût par lead des campagnes SEA grâce à un meilleur score de qualité.", 1, ("acquisition_cost", "coût par lead"), [("sea", "SEA")],
  means=["grâce à un meilleur score de qualité"], funnel="think")
# 10111
e("10111", "Développer les ventes de notre offre de déjeuners livrés aux entreprises d'ici fin 2026, en recrutant un livreur.", 1, ("sales", "ventes"),
  dl=("d'ici fin 2026", EOY(2026)), means=["en recrutant un livreur"])
e("10111", "Augmenter le nombre de rendez-vous pris en ligne pour les bilans auditifs d'ici fin mars en ajoutant un module de réservation.", 1, ("leads", "rendez-vous"),
  dl=("d'ici fin mars", MON(3)), means=["en ajoutant un module de réservation"])
e("10111", "Gagner des clients dans l'hôtellerie-restauration au S1 2027 grâce à un commercial spécialisé.", 1, ("customers", "clients"),
  dl=("au S1 2027", S(1, 2027)), means=["grâce à un commercial spécialisé"])
e("10111", "Faire progresser la marge sur les ventes Vinted avant le 30 juin en achetant les lots en gros.", 1, ("roi", "marge"), [("marketplace", "Vinted")],
  dl=("avant le 30 juin", DAY(30, 6)), means=["en achetant les lots en gros"])
e("10111", "Améliorer la satisfaction des élèves en conduite accompagnée d'ici la fin de l'année en ajoutant des créneaux le soir.", 1, ("satisfaction", "satisfaction"),
  dl=("d'ici la fin de l'année", EOY()), means=["en ajoutant des créneaux le soir"])
e("10111", "Booster les precommandes du calendrier des pompiers avant fin novembre en faisant du porte-à-porte.", 1, ("sales", "precommandes"),
  dl=("avant fin novembre", MON(11)), means=["en faisant du porte-à-porte"])
e("10111", "Augmenter le CA de nos formations Excel sous 3 mois en les proposant en webinaire.", 1, ("revenue", "CA"), [("webinar", "webinaire")],
  dl=("sous 3 mois", MO(3)), means=["en les proposant en webinaire"])
# 11000
e("11000", "Atteindre 5 000 abonnés sur notre page linkedin entreprise.", 1, ("followers", "abonnés"), [("linkedin", "linkedin")], [LV(5000, "5 000")])
e("11000", "Obtenir 20 000 vues sur le teaser du spectacle de fin d'année.", 1, ("reach", "vues"), t=[LV(20000, "20 000")])
e("11000", "Avoir 1 000 telechargements du guide des aides à la rénovation.", 1, ("downloads", "telechargements"), t=[LV(1000, "1 000")])
e("11000", "Un taux d'ouverture de 40 % sur la newsletter des adhérents.", 1, ("open_rate", "taux d'ouverture"), [("email", "newsletter")], [LV(40, "40 %", "%")])
e("11000", "Atteindre la 1re position sur Google pour « traiteur mariage Bordeaux ».", 1, ("ranking", "position"), [("seo", "Google")], [LV(1, "1re")])
e("11000", "Passer à 3 000 folowers sur le compte instagram de la brasserie.", 1, ("followers", "folowers"), [("instagram", "instagram")], [LV(3000, "3 000")])
e("11000", "Un CTR de 4 % sur les bannières display de la campagne de rentrée.", 1, ("click_rate", "CTR"), [("display", "display")], [LV(4, "4 %", "%")])
# 11001
e("11001", "Atteindre 50 000 abonnés TikTok d'ici fin 2026.", 1, ("followers", "abonnés"), [("tiktok", "TikTok")], [LV(50000, "50 000")], ("d'ici fin 2026", EOY(2026)))
e("11001", "Multiplier par 8 les vues de nos vidéos YouTube en 2 mois.", 1, ("reach", "vues"), [("youtube", "YouTube")], [FA(8, "Multiplier par 8")], ("en 2 mois", MO(2)))
e("11001", "Obtenir 300 000 impressions pour la campagne d'affichage numérique du musée en septembre.", 1, ("reach", "impressions"), t=[LV(300000, "300 000")], dl=("en septembre", MON(9)))
e("11001", "Gagner 2 000 abonnés sur la chaîne du podcast avant le 31/12.", 1, ("followers", "abonnés"), [("podcast", "podcast")], [DE(2000, "2 000")], ("avant le 31/12", DAY(31, 12)))
e("11001", "Faire passer le trafic organique de 500 à 20 000 visites mensuelles en six mois.", 1, ("traffic", "trafic organique"), t=[LV(20000, "20 000", p="month")],
  dl=("en six mois", MO(6)), b=BL(500, "500", p="month"))
e("11001", "Nous voulons un taux d'engagement de 12 % sur LinkedIn d'ici fin du trimestre.", 1, ("engagement", "taux d'engagement"), [("linkedin", "LinkedIn")], [LV(12, "12 %", "%")],
  ("d'ici fin du trimestre", EOQ()), mingap=10)
e("11001", "Objectif : 10 000 téléchargements de l'appli de la mairie d'ici fin T1 2027.", 1, ("downloads", "téléchargements"), [("app", "appli")], [LV(10000, "10 000")],
  ("d'ici fin T1 2027", Q(1, 2027)), funnel="do")
# 11010
e("11010", "Porter le taux de réabonnement des lecteurs de l'édition papier de 60 à 70 %.", 1, ("retention", "taux de réabonnement"), t=[LV(70, "70 %", "%")], b=BL(60, "60", "%"))
e("11010", "Obtenir un taux de satisfaction de 95 % sur les chantiers de rénovation énergétique.", 1, ("satisfaction", "taux de satisfaction"), t=[LV(95, "95 %", "%")])
e("11010", "Vendre 2 000 bouteilles de notre cidre bio sur Amazon.", 1, ("sales", "Vendre"), [("marketplace", "Amazon")], [LV(2000, "2 000")])
e("11010", "Réduire de 25 % le CAC des clients B2B.", 1, ("acquisition_cost", "CAC"), t=[PC(-25, "25 %")])
e("11010", "Atteindre 40 demandes de devis par mois via Google Ads pour la pose de clôtures.", 1, ("leads", "demandes de devis"), [("sea", "Google Ads")], [LV(40, "40", p="month")])
e("11010", "Doubler les ventes de la gamme enfants.", 1, ("sales", "ventes"), t=[FA(2, "Doubler")])
e("11010", "Un panier moyen de 75 € sur la boutique Etsy.", 1, ("average_order", "panier moyen"), [("marketplace", "Etsy")], [LV(75, "75 €", "EUR")])
# 11011
e("11011", "Gagner 3 points de taux de conversion sur la page produit du matelas Confort+ d'ici fin mai.", 1, ("conversion_rate", "taux de conversion"), [("website", "page produit")],
  [DE(3, "3 points", "pt")], ("d'ici fin mai", MON(5)))
e("11011", "Multiplier par 6 le CA de la boutique Etsi en 4 mois.", 1, ("revenue", "CA"), [("marketplace", "Etsi")], [FA(6, "Multiplier par 6")], ("en 4 mois", MO(4)))
e("11011", "Atteindre 200 000 € de CA sur l'offre de conseil en IA d'ici fin 2026.", 1, ("revenue", "CA"), t=[LV(200000, "200 000 €", "EUR")], dl=("d'ici fin 2026", EOY(2026)))
e("11011", "Doubler les ventes de nos confitures sur Etsy sur 12 mois, sans budget pub.", 1, ("sales", "ventes"), [("marketplace", "Etsy")], [FA(2, "Doubler")], ("sur 12 mois", YR(1)),
  nil="sans budget pub")
e("11011", "Passer de 10 à 90 clients grands comptes en un an.", 1, ("customers", "clients grands comptes"), t=[LV(90, "90")], dl=("en un an", YR(1)), b=BL(10, "10"))
e("11011", "Obtenir 500 demandes de devis pour les piscines coques avant fin juin, sans investir en publicité.", 1, ("leads", "demandes de devis"), t=[LV(500, "500")],
  dl=("avant fin juin", MON(6)), nil="sans investir en publicité")
e("11011", "Augmenter les leads issus de LinkedIn de 40 % par mois jusqu'à fin 2027.", 1, ("leads", "leads"), [("linkedin", "LinkedIn")], [PC(40, "40 %", p="month")],
  ("jusqu'à fin 2027", EOY(2027)))
e("11011", "Vendre 1 000 abonnements à la box enfants d'ici fin octobre sans dépenser un euro en marketing.", 1, ("sales", "abonnements"), t=[LV(1000, "1 000")],
  dl=("d'ici fin octobre", MON(10)), nil="sans dépenser un euro en marketing")
# 11100
e("11100", "Gagner 5 % d'abonnés Instagram par mois sur le compte du club.", 1, ("followers", "abonnés"), [("instagram", "Instagram")], [PC(5, "5 %", p="month")])
e("11100", "Atteindre 2 000 abonnés LinkedIn sur la page de l'entreprise en publiant des études de cas.", 1, ("followers", "abonnés"), [("linkedin", "LinkedIn")], [LV(2000, "2 000")],
  means=["en publiant des études de cas"])
e("11100", "Obtenir 50 000 vues sur notre websérie de recettes grâce à un partenariat avec un chef youtubeur.", 1, ("reach", "vues"), [("partnerships", "partenariat")], [LV(50000, "50 000")],
  means=["grâce à un partenariat avec un chef youtubeur"])
e("11100", "Avoir 10 000 téléchargements du podcast par épisode en invitant des sportifs connus.", 1, ("downloads", "téléchargements"), [("podcast", "podcast")], [LV(10000, "10 000")],
  means=["en invitant des sportifs connus"])
e("11100", "Augmenter le trafic du blog de 8 % par mois.", 1, ("traffic", "trafic"), [("blog", "blog")], [PC(8, "8 %", p="month")])
e("11100", "Doubler nos abonnes Pinterest en epinglant 15 visuels par jour.", 1, ("followers", "abonnes"), [("pinterest", "Pinterest")], [FA(2, "Doubler")],
  means=["en epinglant 15 visuels par jour"])
# 11101
e("11101", "Atteindre 20 000 abonnés sur la chaîne YouTube du club d'ici la fin de la saison, fin mai, en filmant chaque match.", 1, ("followers", "abonnés"), [("youtube", "YouTube")],
  [LV(20000, "20 000")], ("fin mai", MON(5)), means=["en filmant chaque match"])
e("11101", "Obtenir 3 000 téléchargements de notre livre blanc sur la maintenance prédictive d'ici fin T2 2027 grâce à une campagne LinkedIn.", 1, ("downloads", "téléchargements"),
  [("linkedin", "LinkedIn")], [LV(3000, "3 000")], ("d'ici fin T2 2027", Q(2, 2027)), means=["grâce à une campagne LinkedIn"])
e("11101", "Passer de 2 000 à 6 000 visites mensuelles sur le blog en un an.", 1, ("traffic", "visites mensuelles"), [("blog", "blog")], [LV(6000, "6 000", p="month")],
  ("en un an", YR(1)), b=BL(2000, "2 000", p="month"))
e("11101", "Gagner 1 500 abonnés TikTok pour la cave avant Noël en publiant des accords mets-vins chaque jour.", 1, ("followers", "abonnés"), [("tiktok", "TikTok")], [DE(1500, "1 500")],
  ("avant Noël", NOEL()), means=["en publiant des accords mets-vins chaque jour"])
e("11101", "Atteindre un million de vues sur la campagne TikTok du festival en juin 2027 grâce à 5 créateurs de contenu.", 1, ("reach", "vues"), [("tiktok", "TikTok"), ("influence", "créateurs de contenu")],
  [LV(1000000, "un million")], ("en juin 2027", MON(6, 2027)), means=["grâce à 5 créateurs de contenu"])
e("11101", "Faire passer le taux d'ouverture de notre newsletter culturelle de 25 % à 35 % en 6 mois en personnalisant l'objet.", 1, ("open_rate", "taux d'ouverture"),
  [("email", "newsletter")], [LV(35, "35 %", "%")], ("en 6 mois", MO(6)), means=["en personnalisant l'objet"], b=BL(25, "25 %", "%"))
e("11101", "Obtenir 5.000 vues du replay du webinar de lancement sous six semaines grâce à 3 partenaires médias.", 1, ("reach", "vues"), [("webinar", "webinar"), ("partnerships", "partenaires médias")],
  [LV(5000, "5.000")], ("sous six semaines", WK(6)), means=["grâce à 3 partenaires médias"])
# 11110
e("11110", "Réduire le CPL sous 25 € sur LinkedIn avec un budget de 3 000 € par mois.", 1, ("acquisition_cost", "CPL"), [("linkedin", "LinkedIn")], [LV(25, "25 €", "EUR")],
  means=["avec un budget de 3 000 € par mois"], funnel="think")
e("11110", "Vendre 300 coffrets dégustation via notre e-shop en envoyant une newletter par semaine.", 1, ("sales", "Vendre"), [("website", "e-shop"), ("email", "newletter")],
  [LV(300, "300")], means=["en envoyant une newletter par semaine"])
e("11110", "Porter le NPS des clients entreprises de 25 à 45 en nommant un chargé de compte dédié.", 1, ("satisfaction", "NPS"), t=[LV(45, "45")], b=BL(25, "25"),
  means=["en nommant un chargé de compte dédié"])
e("11110", "Augmenter le CA de la boutique Vinted de 4 % par mois.", 1, ("revenue", "CA"), [("marketplace", "Vinted")], [PC(4, "4 %", p="month")])
e("11110", "Obtenir 30 leads qualifiés par mois pour l'offre de comptabilité des LMNP en publiant 2 vidéos YouTube par semaine.", 1, ("leads", "leads qualifiés"),
  [("youtube", "YouTube")], [LV(30, "30", p="month")], means=["en publiant 2 vidéos YouTube par semaine"])
e("11110", "Atteindre 70 % de taux de réachat sur les cartouches d'encre compatibles grâce à un abonnement avec remise.", 1, ("retention", "taux de réachat"), t=[LV(70, "70 %", "%")],
  means=["grâce à un abonnement avec remise"])
e("11110", "Gagner 15 nouveaux adhérents juniors par mois au club de plongée grâce à des baptêmes gratuits le samedi.", 1, ("customers", "nouveaux adhérents juniors"),
  t=[LV(15, "15", p="month")], means=["grâce à des baptêmes gratuits le samedi"])
