# -*- coding: utf-8 -*-
"""Generator for corpus/raw/part_a.jsonl and nongoals_a.jsonl (temporary, deleted after use).

Each goal is written once with compact structured annotations; offsets, deadlines,
measurable / achievable / relevant / time_bound and funnel are computed by the rules of
SPEC sections 3-5 so that the labels stay consistent across the file.
"""
import calendar
import collections
import datetime as dt
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

HERE = os.path.dirname(os.path.abspath(__file__))

CHANNEL_IDS = {"linkedin", "facebook", "instagram", "tiktok", "youtube", "x", "pinterest", "snapchat",
               "social", "blog", "seo", "sea", "social_ads", "display", "email", "sms", "website",
               "marketplace", "app", "phone", "events", "webinar", "podcast", "influence",
               "affiliation", "referral", "press", "store", "partnerships"}
KPI_IDS = {"revenue", "sales", "leads", "customers", "conversion_rate", "traffic", "followers",
           "engagement", "reach", "retention", "satisfaction", "acquisition_cost", "roi",
           "click_rate", "open_rate", "subscribers", "downloads", "average_order", "ranking",
           "market_share"}
BUSINESS = {"revenue", "sales", "leads", "customers", "conversion_rate", "retention",
            "acquisition_cost", "roi", "average_order", "satisfaction", "market_share"}
FUNNEL = {"reach": "see", "followers": "see", "engagement": "see", "ranking": "see",
          "traffic": "think", "subscribers": "think", "click_rate": "think", "open_rate": "think",
          "leads": "think", "downloads": "think",
          "sales": "do", "revenue": "do", "conversion_rate": "do", "customers": "do",
          "average_order": "do", "roi": "do", "market_share": "do",
          "retention": "care", "satisfaction": "care"}
UNITS = {"%", "pt", "EUR", "USD", "min", "h", None}
PERIODS = {"day", "week", "month", "quarter", "year", None}
KINDS = {"level", "delta", "percent_change", "factor"}
LABELS = {"TARGET", "BASELINE", "DEADLINE", "CHANNEL", "KPI", "MEANS"}
SPAN_CODES = {"T": "TARGET", "B": "BASELINE", "D": "DEADLINE", "C": "CHANNEL", "K": "KPI", "M": "MEANS"}

# surface form (lower case) -> channel id
CHAN_LEX = {
    "linkedin": "linkedin", "facebook": "facebook", "instagram": "instagram", "insta": "instagram",
    "reels instagram": "instagram", "tiktok": "tiktok", "youtube": "youtube", "twitter": "x",
    "x": "x", "pinterest": "pinterest", "snapchat": "snapchat", "réseaux sociaux": "social",
    "reseaux sociaux": "social", "réseaux": "social", "blog": "blog", "blog technique": "blog",
    "seo": "seo", "référencement naturel": "seo", "referencement naturel": "seo",
    "google ads": "sea", "sea": "sea", "google shopping": "sea", "apple search ads": "sea",
    "adwords": "sea", "référencement payant": "sea", "meta ads": "social_ads",
    "publicités sur les réseaux sociaux": "social_ads", "tiktok ads": "social_ads",
    "publicité sociale": "social_ads", "display": "display", "bannières": "display",
    "emailing": "email", "e-mailing": "email", "newsletter": "email", "newsletters": "email",
    "mailing": "email", "e-mails": "email", "emails": "email", "email": "email", "mails": "email",
    "sms": "sms", "bouche a oreille": "referral", "site": "website", "site web": "website", "site internet": "website",
    "e-shop": "website", "eshop": "website", "boutique en ligne": "website",
    "landing page": "website", "shopify": "website", "page de vente": "website",
    "amazon": "marketplace", "cdiscount": "marketplace", "etsy": "marketplace",
    "vinted": "marketplace", "booking": "marketplace", "airbnb": "marketplace",
    "abritel": "marketplace", "seloger": "marketplace", "uber eats": "marketplace",
    "marketplace": "marketplace", "marketplaces": "marketplace", "leboncoin": "marketplace",
    "app": "app", "appli": "app", "application": "app", "application mobile": "app",
    "android": "app", "app store": "app", "play store": "app",
    "téléphone": "phone", "prospection téléphonique": "phone", "phoning": "phone",
    "appels entrants": "phone",
    "salon": "events", "salons": "events", "événements": "events", "evenements": "events",
    "conférences": "events", "forum des associations": "events", "salon professionnel": "events",
    "webinar": "webinar", "webinars": "webinar", "webinaires": "webinar", "webinaire": "webinar",
    "podcast": "podcast", "influenceurs": "influence", "influenceuses": "influence",
    "micro-influenceuses": "influence", "créateurs": "influence", "influenceuses maman": "influence",
    "affiliation": "affiliation", "affiliés": "affiliation",
    "parrainage": "referral", "bouche-à-oreille": "referral", "bouche à oreille": "referral",
    "presse": "press", "relations presse": "press", "presse locale": "press",
    "presse nationale": "press", "presse spécialisée": "press",
    "boutique": "store", "magasin": "store", "magasins": "store", "point de vente": "store",
    "points de vente": "store", "comptoir": "store", "pharmacie": "store", "gms": "store",
    "boutiques": "store", "en boutique": "store",
    "partenariat": "partnerships", "partenariats": "partnerships", "partenaires": "partnerships",
}

# ---------------------------------------------------------------- dates

def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def month_end(y, m):
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def next_month_end(ref, m):
    y = ref.year
    d = month_end(y, m)
    return d if d >= ref else month_end(y + 1, m)


def next_date(ref, m, day):
    d = dt.date(ref.year, m, day)
    return d if d >= ref else dt.date(ref.year + 1, m, day)


def resolve(code, ref):
    """Deadline code -> date (SPEC section 3)."""
    if code is None:
        return None
    c = code
    if re.fullmatch(r"m\d+", c):
        return add_months(ref, int(c[1:]))
    if re.fullmatch(r"w\d+", c):
        return ref + dt.timedelta(days=7 * int(c[1:]))
    if re.fullmatch(r"Y\d{4}", c):
        return dt.date(int(c[1:]), 12, 31)
    if c == "EOY":
        return dt.date(ref.year, 12, 31)
    if c == "NY":
        return dt.date(ref.year + 1, 12, 31)
    mo = re.fullmatch(r"Q([1-4])(?:-(\d{4}))?", c)
    if mo:
        q = int(mo.group(1))
        if mo.group(2):
            return month_end(int(mo.group(2)), 3 * q)
        return next_month_end(ref, 3 * q)
    mo = re.fullmatch(r"H([12])(?:-(\d{4}))?", c)
    if mo:
        h = int(mo.group(1))
        if mo.group(2):
            return month_end(int(mo.group(2)), 6 * h)
        return next_month_end(ref, 6 * h)
    if c == "NH":  # le semestre prochain
        return month_end(*( (ref.year, 12) if ref.month <= 6 else (ref.year + 1, 6)))
    mo = re.fullmatch(r"E(\d{1,2})(?:-(\d{4}))?", c)
    if mo:
        m = int(mo.group(1))
        if mo.group(2):
            return month_end(int(mo.group(2)), m)
        return next_month_end(ref, m)
    mo = re.fullmatch(r"D(\d{4})-(\d{2})-(\d{2})", c)
    if mo:
        return dt.date(int(mo.group(1)), int(mo.group(2)), int(mo.group(3)))
    mo = re.fullmatch(r"DM(\d{2})-(\d{2})", c)
    if mo:
        return next_date(ref, int(mo.group(1)), int(mo.group(2)))
    if c == "XMAS":
        return next_date(ref, 12, 25)
    if c == "EOM":
        return month_end(ref.year, ref.month)
    if c == "EOQ":
        return month_end(ref.year, 3 * ((ref.month - 1) // 3 + 1))
    if c == "NM":
        n = add_months(dt.date(ref.year, ref.month, 1), 1)
        return month_end(n.year, n.month)
    if c == "NQ":
        qend = month_end(ref.year, 3 * ((ref.month - 1) // 3 + 1))
        n = add_months(dt.date(qend.year, qend.month, 1), 3)
        return month_end(n.year, n.month)
    raise ValueError("unknown deadline code %r" % code)


# ---------------------------------------------------------------- targets

PER = {"d": "day", "w": "week", "m": "month", "q": "quarter", "y": "year"}
KIND = {"L": "level", "D": "delta", "P": "percent_change", "F": "factor"}


def num(s):
    v = float(s)
    return int(v) if v == int(v) else v


def parse_q(code, with_kind=True):
    """'L4500EUR/m' -> dict; 'P15' -> percent_change 15 %; 'D-5pt' -> delta -5 pt."""
    mo = re.fullmatch(r"([LDPF])?(-?\d+(?:\.\d+)?)(%|pt|EUR|USD|min|h)?(?:/([dwmqy]))?", code)
    if not mo:
        raise ValueError("bad quantity %r" % code)
    k, v, u, p = mo.groups()
    d = {}
    if with_kind:
        d["kind"] = KIND[k]
    d["value"] = num(v)
    if with_kind and k == "P":
        u = "%"
    d["unit"] = u
    d["period"] = PER[p] if p else None
    return d


PER_YEAR = {"day": 365.0, "week": 365.0 / 7, "month": 12.0, "quarter": 4.0, "year": 1.0}


def annual_factor(t, baseline, months):
    """Annualised growth factor of one target, or None when it cannot be judged."""
    kind, v = t["kind"], t["value"]
    bv = baseline["value"] if baseline else None
    # growth rate carrying its own time frame ("+5 % par mois")
    if kind in ("percent_change", "factor") and t["period"]:
        f = 1 + v / 100.0 if kind == "percent_change" else v
        return f ** PER_YEAR[t["period"]]
    if kind == "delta" and t["period"] and bv:
        return ((bv + v) / bv) ** PER_YEAR[t["period"]]
    if months is None or months <= 0:
        return None
    if kind == "factor":
        f = v
    elif kind == "percent_change":
        f = 1 + v / 100.0
    elif kind == "level":
        if not bv:
            return None
        f = v / bv
    elif kind == "delta":
        if not bv:
            return None
        f = (bv + v) / bv
    if f <= 0:
        return None
    return f ** (12.0 / months)


def compute_achievable(has_means, nil, targets, baseline, ref, deadline):
    if nil:
        return False
    if has_means:
        return True
    if not targets:
        return False
    months = None
    if deadline:
        months = (deadline - ref).days / 30.4375
    facts = [annual_factor(t, baseline, months) for t in targets]
    facts = [f for f in facts if f is not None]
    if not facts:
        return False
    return all(1 / 3.0 <= f <= 3.0 for f in facts)


# ---------------------------------------------------------------- goals

GOALS = []
NONGOALS = []


def G(ref, text, k=None, t="", b="", d=None, m=0, s=0, j=0, nil=0, f="auto", sp="", ty=0, ch=None):
    GOALS.append(dict(ref=ref, text=text, k=k, t=t, b=b, d=d, m=m, s=s, j=j, nil=nil, f=f,
                      sp=sp, ty=ty, ch=ch))


def N(text):
    NONGOALS.append(text)


def find_span(text, sub, occ):
    start = -1
    for _ in range(occ + 1):
        start = text.find(sub, start + 1)
        if start < 0:
            raise ValueError("span %r (occurrence %d) not found in %r" % (sub, occ, text))
    end = start + len(sub)
    assert text[start:end] == sub
    return start, end


def build(i, g):
    text = g["text"]
    ref = dt.date.fromisoformat(g["ref"])
    assert dt.date(2025, 1, 1) <= ref <= dt.date(2027, 12, 31), g["ref"]
    targets = [parse_q(x) for x in g["t"].split(",") if x]
    baseline = parse_q(g["b"], with_kind=False) if g["b"] else None
    deadline = resolve(g["d"], ref)
    if deadline is not None:
        assert deadline >= ref, (text, deadline, ref)
    spans, chans = [], []
    for item in [x for x in g["sp"].split("|") if x]:
        code, sub = item.split(":", 1)
        occ = 0
        mo = re.fullmatch(r"(.*)#(\d+)", sub)
        if mo:
            sub, occ = mo.group(1), int(mo.group(2))
        cid = None
        if code == "C":
            if "=" in sub:
                sub, cid = sub.rsplit("=", 1)
            else:
                cid = CHAN_LEX.get(sub.lower())
            if cid is None or cid not in CHANNEL_IDS:
                raise ValueError("no channel id for %r in %r" % (sub, text))
        s0, e0 = find_span(text, sub, occ)
        spans.append([s0, e0, SPAN_CODES[code]])
        if cid:
            chans.append((s0, cid))
    spans.sort(key=lambda x: (x[0], -x[1]))
    channels = []
    for _, cid in sorted(chans):
        if cid not in channels:
            channels.append(cid)
    if g["ch"] is not None:
        channels = g["ch"]
    kpi = g["k"]
    funnel = g["f"]
    if funnel == "auto":
        if kpi == "acquisition_cost":
            raise ValueError("acquisition_cost needs an explicit funnel: %r" % text)
        funnel = FUNNEL.get(kpi)
    measurable = bool(targets) and kpi is not None
    relevant = (kpi in BUSINESS) or (bool(g["j"]) and kpi is not None)
    time_bound = deadline is not None
    achievable = compute_achievable(bool(g["m"]), bool(g["nil"]), targets if kpi else [],
                                    baseline, ref, deadline)
    rec = collections.OrderedDict()
    rec["id"] = "a-%04d" % i
    rec["text"] = text
    rec["ref_date"] = g["ref"]
    rec["labels"] = collections.OrderedDict([
        ("specific", bool(g["s"])), ("measurable", measurable), ("achievable", achievable),
        ("relevant", relevant), ("time_bound", time_bound)])
    rec["kpi"] = kpi
    rec["channels"] = channels
    rec["targets"] = targets
    rec["baseline"] = baseline
    rec["deadline"] = deadline.isoformat() if deadline else None
    rec["has_means"] = bool(g["m"])
    rec["funnel"] = funnel
    rec["spans"] = spans
    return rec


# ---------------------------------------------------------------- validation

REQ = ["id", "text", "ref_date", "labels", "kpi", "channels", "targets", "baseline", "deadline",
       "has_means", "funnel"]


def validate(rec, where):
    errs = []
    for key in REQ:
        if key not in rec:
            errs.append("missing key %s" % key)
    if errs:
        return errs
    if not isinstance(rec["text"], str) or not rec["text"].strip():
        errs.append("empty text")
    try:
        d = dt.date.fromisoformat(rec["ref_date"])
        if d.isoformat() != rec["ref_date"]:
            errs.append("ref_date not YYYY-MM-DD")
    except Exception:
        errs.append("bad ref_date")
    lab = rec["labels"]
    if set(lab) != {"specific", "measurable", "achievable", "relevant", "time_bound"}:
        errs.append("labels keys")
    if not all(isinstance(v, bool) for v in lab.values()):
        errs.append("labels not bool")
    if rec["kpi"] is not None and rec["kpi"] not in KPI_IDS:
        errs.append("kpi id %r" % rec["kpi"])
    if not isinstance(rec["channels"], list) or any(c not in CHANNEL_IDS for c in rec["channels"]):
        errs.append("channel ids %r" % rec["channels"])
    if len(set(rec["channels"])) != len(rec["channels"]):
        errs.append("duplicate channels")
    for t in rec["targets"]:
        if set(t) != {"kind", "value", "unit", "period"}:
            errs.append("target keys %r" % t)
        elif t["kind"] not in KINDS or t["unit"] not in UNITS or t["period"] not in PERIODS \
                or not isinstance(t["value"], (int, float)) or isinstance(t["value"], bool):
            errs.append("target values %r" % t)
    b = rec["baseline"]
    if b is not None:
        if set(b) != {"value", "unit", "period"} or b["unit"] not in UNITS or b["period"] not in PERIODS:
            errs.append("baseline %r" % b)
    if rec["deadline"] is not None:
        try:
            dd = dt.date.fromisoformat(rec["deadline"])
            if dd.isoformat() != rec["deadline"]:
                errs.append("deadline format")
        except Exception:
            errs.append("bad deadline %r" % rec["deadline"])
    if not isinstance(rec["has_means"], bool):
        errs.append("has_means not bool")
    if rec["funnel"] not in {"see", "think", "do", "care", None}:
        errs.append("funnel %r" % rec["funnel"])
    # consistency with the rules
    if lab["measurable"] != bool(rec["targets"]):
        errs.append("measurable vs targets")
    if lab["time_bound"] != (rec["deadline"] is not None):
        errs.append("time_bound vs deadline")
    if rec["kpi"] is None and (lab["specific"] or lab["relevant"] or rec["funnel"]):
        errs.append("no kpi but specific/relevant/funnel")
    # spans
    spans = rec.get("spans", [])
    for sp in spans:
        if not (isinstance(sp, list) and len(sp) == 3 and sp[2] in LABELS
                and 0 <= sp[0] < sp[1] <= len(rec["text"])):
            errs.append("span %r" % (sp,))
    txt = rec["text"]
    for sp in spans:
        a0, b0 = sp[0], sp[1]
        if (a0 > 0 and txt[a0 - 1].isalnum() and txt[a0].isalnum()) or \
                (b0 < len(txt) and txt[b0].isalnum() and txt[b0 - 1].isalnum()):
            errs.append("span not on word boundary %r %r" % (sp, txt[a0:b0]))
    outer = [sp for sp in spans if sp[2] in ("TARGET", "BASELINE", "DEADLINE", "MEANS")]
    inner = [sp for sp in spans if sp[2] in ("CHANNEL", "KPI")]
    for grp in (outer, inner):
        for a in range(len(grp)):
            for c in range(a + 1, len(grp)):
                x, y = grp[a], grp[c]
                if x[0] < y[1] and y[0] < x[1]:
                    errs.append("overlapping spans %r %r" % (x, y))
    for x in inner:
        for y in outer:
            if x[0] < y[1] and y[0] < x[1] and not (y[0] <= x[0] and x[1] <= y[1]):
                errs.append("crossing spans %r %r" % (x, y))
    if rec["targets"] and not any(sp[2] == "TARGET" for sp in spans):
        errs.append("target without TARGET span")
    if rec["deadline"] and not any(sp[2] == "DEADLINE" for sp in spans):
        errs.append("deadline without DEADLINE span")
    if rec["baseline"] and not any(sp[2] == "BASELINE" for sp in spans):
        errs.append("baseline without BASELINE span")
    if rec["has_means"] and not any(sp[2] == "MEANS" for sp in spans):
        errs.append("means without MEANS span")
    if rec["kpi"] and not any(sp[2] == "KPI" for sp in spans):
        errs.append("kpi without KPI span")
    return ["%s: %s" % (where, e) for e in errs]


def check_calibration():
    """Our derivation rules must reproduce the calibration verdicts."""
    path = "/work/shared/examples/calibration.jsonl"
    bad = 0
    for line in open(path, encoding="utf-8"):
        c = json.loads(line)
        ref = dt.date.fromisoformat(c["ref_date"])
        dl = dt.date.fromisoformat(c["deadline"]) if c["deadline"] else None
        a = compute_achievable(c["has_means"], False, c["targets"], c["baseline"], ref, dl)
        lab = c["labels"]
        probs = []
        if a != lab["achievable"]:
            probs.append("achievable")
        if bool(c["targets"]) != lab["measurable"]:
            probs.append("measurable")
        if (dl is not None) != lab["time_bound"]:
            probs.append("time_bound")
        if (c["kpi"] in BUSINESS) and not lab["relevant"]:
            probs.append("relevant")
        if c["kpi"] not in ("acquisition_cost", "downloads") and FUNNEL.get(c["kpi"]) != c["funnel"]:
            probs.append("funnel")
        if probs:
            bad += 1
            print("calibration mismatch", c["id"], probs)
    return bad


# ================================================================ GOALS
# codes: t/b quantities "L|D|P|F<value><unit>/<period>", d deadline code (see resolve),
# m means, s specific (judged by hand), j business justification, nil nil means,
# sp spans "K:..|T:..|B:..|D:..|C:..|M:.." (#n = n-th occurrence), ty typo/missing accents.

# ---- retail
G("2026-02-10", "Augmenter de 15 % les ventes de la boutique de Nantes d'ici fin juin 2026 en organisant une vente privée mensuelle pour les clients fidèles.",
  k="sales", t="P15", d="E6-2026", m=1, s=1,
  sp="T:15 %|K:ventes|C:boutique|D:d'ici fin juin 2026|M:en organisant une vente privée mensuelle pour les clients fidèles")
G("2026-01-20", "Vendre 300 paires de chaussures de randonnée en magasin au T2 2026 grâce à un partenariat avec deux clubs de marche locaux.",
  k="sales", t="L300", d="Q2-2026", m=1, s=1,
  sp="K:Vendre|T:300|C:magasin|D:au T2 2026|M:grâce à un partenariat avec deux clubs de marche locaux|C:partenariat")
G("2025-03-03", "Être plus visibles.", k="reach", sp="K:visibles")
G("2026-04-14", "Objectif : panier moyen de 65 € en magasin (contre 52 € aujourd'hui) d'ici fin septembre, en formant les vendeurs à la vente additionnelle.",
  k="average_order", t="L65EUR", b="52EUR", d="E9", m=1, s=1,
  sp="K:panier moyen|T:65 €|C:magasin|B:52 €|D:d'ici fin septembre|M:en formant les vendeurs à la vente additionnelle")
G("2025-07-01", "Augmenter la fréquentation du magasin.", k="traffic", s=1, sp="K:fréquentation|C:magasin")
G("2026-09-01", "Doubler le chiffre d'affaires des cartes cadeaux avant Noël.", k="revenue", t="F2", d="XMAS", s=1,
  sp="T:Doubler|K:chiffre d'affaires|D:avant Noël")
G("2026-02-15", "+20 % de CA sur Amazon d'ici fin T3", k="revenue", t="P20", d="Q3", s=1,
  sp="T:+20 %|K:CA|C:Amazon|D:d'ici fin T3")
G("2025-11-03", "On aimerait fidéliser davantage les clients de la carte de fidélité en leur envoyant un SMS personnalisé chaque mois.",
  k="retention", m=1, s=1, sp="K:fidéliser|M:en leur envoyant un SMS personnalisé chaque mois|C:SMS")
G("2027-01-11", "Atteindre 1 200 ventes de vélos électriques en 2027 dans nos trois magasins, contre 850 en 2026, en doublant la surface d'exposition.",
  k="sales", t="L1200", b="850", d="Y2027", m=1, s=1,
  sp="T:1 200|K:ventes|D:en 2027|C:magasins|B:850|M:en doublant la surface d'exposition")
G("2025-05-19", "Nous visons 25 000 € de CA mensuel pour le corner épicerie fine d'ici la fin de l'année.",
  k="revenue", t="L25000EUR/m", d="EOY", s=1, sp="T:25 000 €|K:CA mensuel|D:d'ici la fin de l'année")
G("2026-06-02", "Augmenter les ventes.", k="sales", sp="K:ventes")
G("2027-03-08", "Vendre plus de lunettes de soleil en magasin d'ici fin août.", k="sales", d="E8", s=1,
  sp="K:Vendre|C:magasin|D:d'ici fin août")
G("2025-09-15", "Nous voulons 500 nouveaux clients dans notre boutique de Lille d'ici fin mars, en offrant 10 % sur le premier achat.",
  k="customers", t="D500", d="E3", m=1, s=1,
  sp="T:500|K:nouveaux clients|C:boutique|D:d'ici fin mars|M:en offrant 10 % sur le premier achat")
G("2026-10-05", "Taux de conversion en magasin : passer de 18 % à 22 % au premier semestre 2027.",
  k="conversion_rate", t="L22%", b="18%", d="H1-2027", s=1,
  sp="K:Taux de conversion|C:magasin|B:18 %|T:22 %|D:au premier semestre 2027")
G("2027-05-10", "Gagner 3 points de part de marché sur le rayon jouets de la ville.", k="market_share", t="D3pt", s=1,
  sp="T:3 points|K:part de marché")
G("2025-02-03", "Passer de 45 à 120 avis Google pour la boutique avant le 30 juin en remettant une carte avec QR code à chaque passage en caisse.",
  k="satisfaction", t="L120", b="45", d="DM06-30", m=1, s=1,
  sp="B:45|T:120|K:avis Google|C:boutique|D:avant le 30 juin|M:en remettant une carte avec QR code à chaque passage en caisse")
G("2026-03-23", "Développer les ventes de notre marque propre de thés en vrac.", k="sales", s=1, sp="K:ventes")
G("2027-08-30", "Augmenter de 10 % le panier moyen d'ici fin 2027 sans budget supplémentaire.", k="average_order", t="P10", d="Y2027", nil=1,
  sp="T:10 %|K:panier moyen|D:d'ici fin 2027")
G("2025-06-16", "Chifre d'affaire du magasin de Vannes : +8 % sur l'année.", k="revenue", t="P8/y", s=1, ty=1,
  sp="K:Chifre d'affaire|C:magasin|T:+8 %")
G("2026-11-16", "Relancer les ventes de nos coffrets de Noël en ligne grâce à une newsletter hebdomadaire d'ici le 20 décembre.",
  k="sales", d="DM12-20", m=1, s=1, sp="K:ventes|M:grâce à une newsletter hebdomadaire|C:newsletter|D:d'ici le 20 décembre")
G("2025-08-25", "Magasin de jouets : je veux que 30 % de nos ventes viennent du click & collect d'ici fin novembre, contre 12 % aujourd'hui, en l'annonçant par SMS à nos 4 000 clients fichés.",
  k="sales", t="L30%", b="12%", d="E11", m=1, s=1,
  sp="T:30 %|K:ventes|D:d'ici fin novembre|B:12 %|M:en l'annonçant par SMS à nos 4 000 clients fichés|C:SMS")
G("2027-10-04", "Objectif Q1 : +10 % de clients en boutique le samedi grâce à des ateliers DIY gratuits.",
  k="customers", t="P10", d="Q1", m=1, s=1,
  sp="D:Q1|T:+10 %|K:clients|C:boutique|M:grâce à des ateliers DIY gratuits")

# ---- SaaS B2B
G("2026-01-15", "Générer 120 leads qualifiés par mois via LinkedIn d'ici fin juin 2026, contre 40 aujourd'hui, grâce à deux SDR et une séquence de prospection automatisée.",
  k="leads", t="L120/m", b="40/m", d="E6-2026", m=1, s=1,
  sp="T:120|K:leads qualifiés|C:LinkedIn|D:d'ici fin juin 2026|B:40|M:grâce à deux SDR et une séquence de prospection automatisée")
G("2027-02-01", "Réduire le churn mensuel de 4 % à 2,5 % d'ici la fin de l'année.", k="retention", t="L2.5%/m", b="4%/m", d="EOY",
  sp="K:churn mensuel|B:4 %|T:2,5 %|D:d'ici la fin de l'année")
G("2025-09-08", "Nous visons un MRR de 50 k€ à fin T2 2026 pour notre module de facturation, en ajoutant une offre annuelle.",
  k="revenue", t="L50000EUR/m", d="Q2-2026", m=1, s=1,
  sp="K:MRR|T:50 k€|D:à fin T2 2026|M:en ajoutant une offre annuelle")
G("2026-05-04", "Augmenter le nombre de démos.", k="leads", sp="K:démos")
G("2026-09-14", "Atteindre un CAC inférieur à 300 € sur les comptes PME d'ici fin Q1 2027, en basculant 30 % du budget du SEA vers le SEO.",
  k="acquisition_cost", f="do", t="L300EUR", d="Q1-2027", m=1, s=1,
  sp="K:CAC|T:300 €|D:d'ici fin Q1 2027|M:en basculant 30 % du budget du SEA vers le SEO|C:SEA|C:SEO")
G("2027-04-19", "Passer le taux de conversion essai gratuit vers abonnement payant de 2,1 % à 3 % sous 3 mois.",
  k="conversion_rate", t="L3%", b="2.1%", d="m3", s=1,
  sp="K:taux de conversion|B:2,1 %|T:3 %|D:sous 3 mois")
G("2025-04-07", "Obtenir 40 leads qualifiés (MQL) par mois grâce aux webinars produit.", k="leads", t="L40/m", m=1, s=1,
  sp="T:40|K:leads qualifiés|M:grâce aux webinars produit|C:webinars")
G("2026-12-01", "Nous voulons améliorer notre NPS auprès des clients grands comptes au premier trimestre.", k="satisfaction", d="Q1", s=1,
  sp="K:NPS|D:au premier trimestre")
G("2027-06-21", "Faire connaître la nouvelle API de paiement auprès des développeurs en publiant des tutoriels sur notre blog technique chaque semaine.",
  k="reach", m=1, s=1, sp="K:Faire connaître|M:en publiant des tutoriels sur notre blog technique chaque semaine|C:blog technique")
G("2025-01-13", "Multiplier par 4 les demandes de démo en 2 mois.", k="leads", t="F4", d="m2",
  sp="T:Multiplier par 4|K:demandes de démo|D:en 2 mois")
G("2026-03-02", "Objectif T3 : 15 nouveaux clients ETI signés grâce au salon Solutions RH et à une campagne LinkedIn ciblée.",
  k="customers", t="D15", d="Q3", m=1, s=1,
  sp="D:T3|T:15|K:nouveaux clients|M:grâce au salon Solutions RH et à une campagne LinkedIn ciblée|C:salon|C:LinkedIn")
G("2027-09-06", "Augmenter le taux d'ouverture de nos newsletters produit à 35 % d'ici fin novembre, car les clients qui les ouvrent renouvellent deux fois plus.",
  k="open_rate", t="L35%", d="E11", s=1, j=1,
  sp="K:taux d'ouverture|C:newsletters|T:35 %|D:d'ici fin novembre")
G("2025-10-20", "Je veux plus de leads sur LinkedIn.", k="leads", s=1, sp="K:leads|C:LinkedIn")
G("2026-07-07", "ARR à 1,2 M€ fin 2026 (contre 900 k€ aujourd'hui) en lançant l'offre Entreprise.",
  k="revenue", t="L1200000EUR/y", b="900000EUR/y", d="Y2026", m=1,
  sp="K:ARR|T:1,2 M€|D:fin 2026|B:900 k€|M:en lançant l'offre Entreprise")
G("2026-02-23", "Réduire de moitié le coût par lead sur Google Ads en un an.", k="acquisition_cost", f="think", t="F0.5", d="m12", s=1,
  sp="T:Réduire de moitié|K:coût par lead|C:Google Ads|D:en un an")
G("2027-11-02", "Générer 2 000 leads B2B sans budget marketing.", k="leads", t="L2000", nil=1, s=1,
  sp="T:2 000|K:leads B2B")
G("2025-08-18", "Obtenir 80 demandes de démo via les webinars d'ici le 15 décembre 2025, en organisant un webinar thématique toutes les deux semaines.",
  k="leads", t="L80", d="D2025-12-15", m=1, s=1,
  sp="T:80|K:demandes de démo|C:webinars|D:d'ici le 15 décembre 2025|M:en organisant un webinar thématique toutes les deux semaines")
G("2026-10-12", "Porter la part de marché de notre logiciel de paie chez les experts-comptables de 8 % à 12 % sur 18 mois.",
  k="market_share", t="L12%", b="8%", d="m18", s=1,
  sp="K:part de marché|B:8 %|T:12 %|D:sur 18 mois")
G("2027-01-25", "Améliorer le ROAS des campagnes Google Ads d'ici fin T2.", k="roi", d="Q2", s=1,
  sp="K:ROAS|C:Google Ads|D:d'ici fin T2")
G("2025-05-26", "Augmenter de 30 % le trafic organique du blog en publiant deux articles SEO par semaine.",
  k="traffic", t="P30", m=1, s=1,
  sp="T:30 %|K:trafic organique|C:blog|M:en publiant deux articles SEO par semaine|C:SEO")
G("2026-04-27", "Nous visons 500 inscrits à notre newsletter produit d'ici fin juillet afin de nourrir le pipeline commercial, grâce à un livre blanc offert à l'inscription.",
  k="subscribers", t="L500", d="E7", m=1, s=1, j=1,
  sp="T:500|K:inscrits|C:newsletter|D:d'ici fin juillet|M:grâce à un livre blanc offert à l'inscription")
G("2027-03-15", "Atteindre un taux de clic de 4 % sur nos campagnes emailing de relance.", k="click_rate", t="L4%", s=1,
  sp="K:taux de clic|T:4 %|C:emailing")
G("2025-02-17", "- Leads SEO : 300/mois fin S1 (vs 180 en janvier)", k="leads", t="L300/m", b="180/m", d="H1", s=1,
  sp="K:Leads|C:SEO|T:300|D:fin S1|B:180")
G("2026-11-09", "On aimerait que nos clients PME restent plus longtemps, en leur proposant un accompagnement à l'onboarding, d'ici le 30 juin.",
  k="retention", d="DM06-30", m=1, s=1,
  sp="K:restent plus longtemps|M:en leur proposant un accompagnement à l'onboarding|D:d'ici le 30 juin")

# ---- restaurants / cafés
G("2026-03-16", "Augmenter de 20 % les réservations du midi en semaine d'ici fin juin grâce à une formule déjeuner à 15 €.",
  k="sales", t="P20", d="E6", m=1, s=1,
  sp="T:20 %|K:réservations|D:d'ici fin juin|M:grâce à une formule déjeuner à 15 €")
G("2025-06-02", "Nous voulons 2 000 abonnés Instagram pour le café avant fin août.", k="followers", t="L2000", d="E8", s=1,
  sp="T:2 000|K:abonnés|C:Instagram|D:avant fin août")
G("2027-02-15", "Objectif : note moyenne de 4,7 sur TripAdvisor (actuellement 4,3) d'ici fin mai, en répondant à chaque avis sous 48 h.",
  k="satisfaction", t="L4.7", b="4.3", d="E5", m=1, s=1,
  sp="K:note moyenne|T:4,7|B:4,3|D:d'ici fin mai|M:en répondant à chaque avis sous 48 h")
G("2025-10-06", "Faire venir plus d'étudiants le soir.", k="customers", s=1, sp="K:étudiants")
G("2026-08-24", "Atteindre 60 k€ de CA sur la vente à emporter en 2026.", k="revenue", t="L60000EUR", d="Y2026", s=1,
  sp="T:60 k€|K:CA|D:en 2026")
G("2027-04-05", "Passer de 30 à 50 réservations par soir le week-end d'ici fin juin 2027 en lançant des soirées jazz le samedi et en les annonçant sur Instagram.",
  k="sales", t="L50/d", b="30/d", d="E6-2027", m=1, s=1,
  sp="B:30|T:50|K:réservations|D:d'ici fin juin 2027|M:en lançant des soirées jazz le samedi et en les annonçant sur Instagram|C:Instagram")
G("2025-01-20", "Le café doit devenir le lieu incontournable du quartier.")
G("2026-11-09", "Vendre 400 galettes des rois en janvier.", k="sales", t="L400", d="E1", s=1,
  sp="K:Vendre|T:400|D:en janvier")
G("2027-09-20", "Doubler les ventes de brunch du dimanche d'ici un an en le promouvant sur Instagram et Facebook.",
  k="sales", t="F2", d="m12", m=1, s=1,
  sp="T:Doubler|K:ventes|D:d'ici un an|M:en le promouvant sur Instagram et Facebook|C:Instagram|C:Facebook")
G("2025-03-31", "Fidéliser les habitués avec une carte à tampons.", k="retention", m=1, s=1,
  sp="K:Fidéliser|M:avec une carte à tampons")
G("2026-05-18", "Obtenir 150 avis 5 étoiles sur Google d'ici la fin du mois.", k="satisfaction", t="L150", d="EOM", s=1,
  sp="T:150|K:avis|D:d'ici la fin du mois")
G("2027-06-14", "Augmenter le ticket moyen en terrasse de 18 € à 22 € en formant les serveurs à proposer l'accord mets-cocktails.",
  k="average_order", t="L22EUR", b="18EUR", m=1, s=1,
  sp="K:ticket moyen|B:18 €|T:22 €|M:en formant les serveurs à proposer l'accord mets-cocktails")
G("2026-01-05", "Atteindre 100 commandes par semaine via Uber Eats d'ici fin mars en ajoutant trois bowls au menu livraison.",
  k="sales", t="L100/w", d="E3", m=1, s=1,
  sp="T:100|K:commandes|C:Uber Eats|D:d'ici fin mars|M:en ajoutant trois bowls au menu livraison")
G("2025-04-22", "Augmenter nos abonnés TikTok de 5 000 à 15 000 en 6 mois pour attirer une clientèle plus jeune au comptoir.",
  k="followers", t="L15000", b="5000", d="m6", s=1, j=1,
  sp="K:abonnés|C:TikTok|B:5 000|T:15 000|D:en 6 mois|C:comptoir")
G("2026-06-29", "Faire connaître notre nouvelle carte végétarienne.", k="reach", s=1, sp="K:Faire connaître")
G("2027-10-11", "+15 % de réservations de groupes d'ici le 31 décembre, grâce à une offre « repas d'équipe » envoyée par emailing aux entreprises voisines.",
  k="sales", t="P15", d="DM12-31", m=1, s=1,
  sp="T:+15 %|K:réservations|D:d'ici le 31 décembre|M:grâce à une offre « repas d'équipe » envoyée par emailing aux entreprises voisines|C:emailing")
G("2025-12-08", "Je veux vendre plus de cafés à emporter le matin en installant un comptoir rapide devant la gare.",
  k="sales", m=1, s=1, sp="K:vendre|M:en installant un comptoir rapide devant la gare")
G("2026-10-19", "Atteindre 3 000 followers sur Instagram.", k="followers", t="L3000", s=1,
  sp="T:3 000|K:followers|C:Instagram")
G("2027-07-05", "Diviser par deux le coût d'acquisition des clients livraison en 3 mois sans dépenser un euro de plus.",
  k="acquisition_cost", f="do", t="F0.5", d="m3", nil=1, s=1,
  sp="T:Diviser par deux|K:coût d'acquisition|D:en 3 mois")
G("2025-02-17", "Nous visons un chiffre d'affaires de 450 000 € en 2025, soit +12 % par rapport à 2024.",
  k="revenue", t="L450000EUR,P12", d="Y2025",
  sp="K:chiffre d'affaires|T:450 000 €|D:en 2025|T:+12 %")
G("2026-09-28", "Boulangerie-café : attirer plus de clients le dimanche.", k="customers", s=1, sp="K:clients")
G("2027-01-18", "Atteindre 35 % de clients qui reviennent dans le mois pour le salon de thé, contre 22 % aujourd'hui, d'ici fin T2 grâce à une carte de fidélité digitale.",
  k="retention", t="L35%", b="22%", d="Q2", m=1,
  sp="T:35 %|K:clients qui reviennent|B:22 %|D:d'ici fin T2|M:grâce à une carte de fidélité digitale")

# ---- artisans
G("2026-02-02", "Je suis plombier à Tours et je veux 20 demandes d'intervention par semaine via le référencement naturel d'ici fin avril, en créant une page par commune desservie.",
  k="leads", t="L20/w", d="E4", m=1, s=1,
  sp="T:20|K:demandes d'intervention|C:référencement naturel|D:d'ici fin avril|M:en créant une page par commune desservie")
G("2025-05-12", "Augmenter de 25 % les ventes de pains au levain d'ici fin 2025 en proposant une dégustation le samedi matin.",
  k="sales", t="P25", d="Y2025", m=1, s=1,
  sp="T:25 %|K:ventes|D:d'ici fin 2025|M:en proposant une dégustation le samedi matin")
G("2027-03-01", "Obtenir plus de demandes de devis pour des rénovations de cuisine.", k="leads", s=1, sp="K:demandes de devis")
G("2025-10-27", "Menuiserie : 10 devis signés par mois pour les escaliers sur mesure, contre 6 aujourd'hui, d'ici juin 2026.",
  k="sales", t="L10/m", b="6/m", d="E6-2026", s=1,
  sp="T:10|K:devis signés|B:6|D:d'ici juin 2026")
G("2026-09-07", "Arriver en première position du référencement naturel sur la requête « boulangerie bio Angers ».",
  k="ranking", t="L1", s=1, sp="T:première position|C:référencement naturel|K:position")
G("2027-01-18", "Je veux développer mon activité.")
G("2025-07-21", "Gagner 30 nouveaux clients particuliers en rénovation énergétique d'ici la fin de l'année grâce au bouche-à-oreille et à un partenariat avec une agence immobilière.",
  k="customers", t="D30", d="EOY", m=1, s=1,
  sp="T:30|K:nouveaux clients|D:d'ici la fin de l'année|M:grâce au bouche-à-oreille et à un partenariat avec une agence immobilière|C:bouche-à-oreille|C:partenariat")
G("2026-04-06", "Plombier chauffagiste : réduire mon coût par lead sur Google Ads de 45 € à 25 € d'ici fin août.",
  k="acquisition_cost", f="think", t="L25EUR", b="45EUR", d="E8", s=1,
  sp="K:coût par lead|C:Google Ads|B:45 €|T:25 €|D:d'ici fin août")
G("2026-11-23", "Vendre 250 bûches de Noël avant Noël, en prenant les précommandes sur Instagram dès le 1er décembre.",
  k="sales", t="L250", d="XMAS", m=1, s=1,
  sp="K:Vendre|T:250|D:avant Noël|M:en prenant les précommandes sur Instagram dès le 1er décembre|C:Instagram")
G("2025-02-24", "Doubler mes abonnes Facebook.", k="followers", t="F2", s=1, ty=1,
  sp="T:Doubler|K:abonnes|C:Facebook")
G("2027-05-24", "Atteindre un chiffre d'affaires de 8 000 € par mois sur les tables en chêne massif d'ici fin 2027 en exposant au salon Maison & Déco de septembre.",
  k="revenue", t="L8000EUR/m", d="Y2027", m=1, s=1,
  sp="K:chiffre d'affaires|T:8 000 €|D:d'ici fin 2027|M:en exposant au salon Maison & Déco de septembre|C:salon")
G("2026-06-15", "Améliorer la note client du dépannage en urgence.", k="satisfaction", s=1, sp="K:note client")
G("2025-11-10", "Obtenir 15 rendez-vous de métré par mois issus de Pinterest d'ici fin mars, en épinglant chaque semaine nos réalisations de dressings.",
  k="leads", t="L15/m", d="E3", m=1, s=1,
  sp="T:15|K:rendez-vous|C:Pinterest|D:d'ici fin mars|M:en épinglant chaque semaine nos réalisations de dressings")
G("2027-08-16", "Boulangerie : passer de 180 à 250 clients par jour en ouvrant le dimanche matin.",
  k="customers", t="L250/d", b="180/d", m=1,
  sp="B:180|T:250|K:clients|M:en ouvrant le dimanche matin")
G("2026-01-26", "Augmenter le CA des formations en ébénisterie pour particuliers de 40 % en 2026.",
  k="revenue", t="P40", d="Y2026", s=1, sp="K:CA|T:40 %|D:en 2026")
G("2025-09-29", "Nous aimerions que plus de gens connaissent notre savoir-faire de couvreur.", k="reach", sp="K:connaissent")
G("2027-10-25", "Recevoir 5 demandes de devis par semaine via le site, contre 2 actuellement, d'ici le 31 janvier 2028.",
  k="leads", t="L5/w", b="2/w", d="D2028-01-31",
  sp="T:5|K:demandes de devis|C:site|B:2|D:d'ici le 31 janvier 2028")
G("2026-03-09", "Passer de 12 à 30 avis Google d'ici fin juin en demandant un avis à chaque fin de chantier.",
  k="satisfaction", t="L30", b="12", d="E6", m=1, s=1,
  sp="B:12|T:30|K:avis Google|D:d'ici fin juin|M:en demandant un avis à chaque fin de chantier")
G("2025-04-14", "Trouver des clients pour nos pains sans gluten.", k="customers", s=1, sp="K:clients")
G("2027-02-22", "Électricien : multiplier par 3 les demandes de devis issues de Facebook en 12 mois, en publiant une vidéo de chantier par semaine.",
  k="leads", t="F3", d="m12", m=1, s=1,
  sp="T:multiplier par 3|K:demandes de devis|C:Facebook|D:en 12 mois|M:en publiant une vidéo de chantier par semaine")
G("2026-05-04", "Boulanger : vendre trois cents baguettes tradition par jour avant fin juin, contre deux cents aujourd'hui.",
  k="sales", t="L300/d", b="200/d", d="E6", s=1,
  sp="K:vendre|T:trois cents|D:avant fin juin|B:deux cents")
G("2025-08-04", "Menuisier agenceur : obtenir 4 commandes de dressing par mois grace au bouche a oreille et a un partenariat avec un magasin de literie.",
  k="sales", t="L4/m", m=1, s=1, ty=1,
  sp="T:4|K:commandes|M:grace au bouche a oreille et a un partenariat avec un magasin de literie|C:bouche a oreille|C:partenariat")

# ---- associations / ONG
G("2025-09-22", "Collecter 120 000 € de dons en ligne pour le programme d'accès à l'eau d'ici le 31 décembre grâce à une campagne emailing et des publicités sur les réseaux sociaux.",
  k="revenue", t="L120000EUR", d="DM12-31", m=1, s=1,
  sp="T:120 000 €|K:dons|D:d'ici le 31 décembre|M:grâce à une campagne emailing et des publicités sur les réseaux sociaux|C:emailing|C:publicités sur les réseaux sociaux")
G("2026-01-12", "Recruter 300 nouveaux adhérents en 2026.", k="customers", t="D300", d="Y2026",
  sp="T:300|K:adhérents|D:en 2026")
G("2027-03-29", "Faire passer le nombre de donateurs réguliers de 800 à 1 000 d'ici fin décembre, en lançant un programme de parrainage.",
  k="customers", t="L1000", b="800", d="E12", m=1, s=1,
  sp="K:donateurs réguliers|B:800|T:1 000|D:d'ici fin décembre|M:en lançant un programme de parrainage|C:parrainage")
G("2025-06-30", "Sensibiliser le grand public à notre cause.", k="reach", sp="K:Sensibiliser")
G("2026-10-05", "Augmenter de 10 % le montant moyen des dons d'ici fin 2026.", k="average_order", t="P10", d="Y2026",
  sp="T:10 %|K:montant moyen des dons|D:d'ici fin 2026")
G("2027-05-03", "Obtenir 500 adhésions d'ici fin septembre grâce à des stands au forum des associations et à une newsletter.",
  k="customers", t="L500", d="E9", m=1,
  sp="T:500|K:adhésions|D:d'ici fin septembre|M:grâce à des stands au forum des associations et à une newsletter|C:forum des associations|C:newsletter")
G("2025-11-17", "Doubler les dons récurrents des 25-35 ans sous 12 mois en lançant une campagne TikTok avec des créateurs engagés.",
  k="revenue", t="F2", d="m12", m=1, s=1,
  sp="T:Doubler|K:dons récurrents|D:sous 12 mois|M:en lançant une campagne TikTok avec des créateurs engagés|C:TikTok|C:créateurs")
G("2026-04-20", "Augmenter la visibilité de l'association.", k="reach", sp="K:visibilité")
G("2027-09-13", "Objectif : 5 000 € de dons pour la course solidaire, à collecter avant le 15 mai 2028.",
  k="revenue", t="L5000EUR", d="D2028-05-15", s=1, sp="T:5 000 €|K:dons|D:avant le 15 mai 2028")
G("2025-03-10", "Augmenter le taux d'ouverture de la newsletter des donateurs de 22 % à 30 % d'ici fin juin.",
  k="open_rate", t="L30%", b="22%", d="E6", s=1,
  sp="K:taux d'ouverture|C:newsletter|B:22 %|T:30 %|D:d'ici fin juin")
G("2026-08-03", "Fidéliser les adhérents de l'association sportive en proposant un tarif réduit au renouvellement.",
  k="retention", m=1, sp="K:Fidéliser|M:en proposant un tarif réduit au renouvellement")
G("2027-12-06", "Recruter des adhérents.", k="customers", sp="K:adhérents")
G("2025-01-27", "Atteindre un taux de renouvellement des adhésions de 85 % (contre 78 % en 2024) d'ici fin 2025, en envoyant des relances par SMS et par courrier.",
  k="retention", t="L85%", b="78%", d="Y2025", m=1,
  sp="K:taux de renouvellement|T:85 %|B:78 %|D:d'ici fin 2025|M:en envoyant des relances par SMS et par courrier|C:SMS")
G("2026-02-09", "Nous voulons 10 000 vues sur la vidéo YouTube de présentation du projet.", k="reach", t="L10000", s=1,
  sp="T:10 000|K:vues|C:YouTube")
G("2026-06-22", "Lever 30 k€ auprès des entreprises mécènes d'ici fin T4 afin de financer le nouveau local.",
  k="revenue", t="L30000EUR", d="Q4", s=1, sp="K:Lever|T:30 k€|D:d'ici fin T4")
G("2027-01-04", "Faire connaître l'association auprès des étudiants de la ville en animant des ateliers dans les trois universités.",
  k="reach", m=1, s=1, sp="K:Faire connaître|M:en animant des ateliers dans les trois universités")
G("2025-08-11", "Obtenir 1 500 abonnés sur LinkedIn d'ici fin 2025 pour attirer des mécènes.", k="followers", t="L1500", d="Y2025", s=1, j=1,
  sp="T:1 500|K:abonnés|C:LinkedIn|D:d'ici fin 2025")
G("2026-11-30", "+25 % de dons IFI par rapport à l'an dernier, avant le 15 juin, grâce à un mailing ciblé sur les grands donateurs.",
  k="revenue", t="P25", d="DM06-15", m=1, s=1,
  sp="T:+25 %|K:dons IFI|D:avant le 15 juin|M:grâce à un mailing ciblé sur les grands donateurs|C:mailing")
G("2027-04-12", "Convertir 5 % des sympathisants inscrits à la newsletter en adhérents d'ici fin juillet.",
  k="conversion_rate", t="L5%", d="E7", s=1,
  sp="K:Convertir|T:5 %|C:newsletter|D:d'ici fin juillet")
G("2025-12-15", "Recueillir 3.000 dons de 10 € ou plus via la campagne SMS de janvier.",
  k="revenue", t="L3000", d="E1", s=1, sp="T:3.000|K:dons|C:SMS|D:de janvier")
G("2026-03-30", "Nous voulons que l'association soit davantage reconnue par les collectivités afin d'obtenir plus de subventions.",
  k="reach", s=1, j=1, sp="K:reconnue")
G("2027-07-12", "Banque alimentaire : passer de 40 à 60 entreprises partenaires qui font un don annuel d'ici l'année prochaine, en organisant deux petits-déjeuners de présentation.",
  k="customers", t="L60", b="40", d="NY", m=1, s=1,
  sp="B:40|T:60|K:entreprises partenaires|D:d'ici l'année prochaine|M:en organisant deux petits-déjeuners de présentation")

# ---- training / formation
G("2026-01-19", "Vendre 120 places pour la formation « Manager à distance » d'ici fin T1 grâce à deux webinars de présentation.",
  k="sales", t="L120", d="Q1", m=1, s=1,
  sp="K:Vendre|T:120|D:d'ici fin T1|M:grâce à deux webinars de présentation|C:webinars")
G("2025-04-28", "Obtenir 200 inscriptions payantes à la formation Excel en ligne en 2025, contre 140 en 2024.",
  k="sales", t="L200", b="140", d="Y2025", s=1,
  sp="T:200|K:inscriptions payantes|D:en 2025|B:140")
G("2027-06-07", "Améliorer le taux de satisfaction des stagiaires à 4,8/5 en refondant les supports de cours.",
  k="satisfaction", t="L4.8", m=1,
  sp="K:taux de satisfaction|T:4,8/5|M:en refondant les supports de cours")
G("2026-09-28", "Générer 300 leads d'entreprises pour nos formations en cybersécurité via LinkedIn d'ici la fin de l'année, en publiant trois études de cas par mois.",
  k="leads", t="L300", d="EOY", m=1, s=1,
  sp="T:300|K:leads|C:LinkedIn|D:d'ici la fin de l'année|M:en publiant trois études de cas par mois")
G("2025-10-13", "Devenir l'organisme de formation de référence en Bretagne.")
G("2027-02-08", "Augmenter les ventes des formations.", k="sales", sp="K:ventes")
G("2026-05-11", "Passer le taux de conversion de la landing page de la formation Data Analyst de 3 % à 5 %.",
  k="conversion_rate", t="L5%", b="3%", s=1,
  sp="K:taux de conversion|C:landing page|B:3 %|T:5 %")
G("2025-07-07", "Doubler le nombre d'inscrits à la newsletter pédagogique d'ici 6 mois en offrant un mini-cours gratuit.",
  k="subscribers", t="F2", d="m6", m=1, s=1,
  sp="T:Doubler|K:inscrits|C:newsletter|D:d'ici 6 mois|M:en offrant un mini-cours gratuit")
G("2026-12-14", "Obtenir 50 demandes d'information par mois pour le bachelor en alternance via Instagram et TikTok, contre 15 aujourd'hui, d'ici fin mars.",
  k="leads", t="L50/m", b="15/m", d="E3", s=1,
  sp="T:50|K:demandes d'information|C:Instagram|C:TikTok|B:15|D:d'ici fin mars")
G("2027-08-23", "Réduire le taux d'abandon en cours de formation de 20 % à 10 % d'ici juin 2028 avec un tutorat hebdomadaire.",
  k="retention", t="L10%", b="20%", d="E6-2028", m=1,
  sp="K:taux d'abandon|B:20 %|T:10 %|D:d'ici juin 2028|M:avec un tutorat hebdomadaire")
G("2025-03-17", "Remplir nos formations.", k="sales", sp="K:Remplir")
G("2026-07-20", "Atteindre 1,5 M€ de chiffre d'affaires annuel en formation continue B2B d'ici 2 ans en recrutant trois commerciaux.",
  k="revenue", t="L1500000EUR/y", d="m24", m=1, s=1,
  sp="T:1,5 M€|K:chiffre d'affaires annuel|D:d'ici 2 ans|M:en recrutant trois commerciaux")
G("2027-11-15", "Gagner 2 000 abonnés sur la chaîne YouTube des tutos gratuits.", k="followers", t="D2000", s=1,
  sp="T:2 000|K:abonnés|C:YouTube")
G("2025-01-06", "Améliorer la visibilité de nos formations courtes auprès des demandeurs d'emploi en 2025 grâce à un partenariat avec France Travail.",
  k="reach", d="Y2025", m=1, s=1,
  sp="K:visibilité|D:en 2025|M:grâce à un partenariat avec France Travail|C:partenariat")
G("2026-03-30", "Objectif Q3 : 40 % de taux de transformation des appels entrants en inscriptions.",
  k="conversion_rate", t="L40%", d="Q3", s=1,
  sp="D:Q3|T:40 %|K:taux de transformation|C:appels entrants")
G("2027-04-26", "Faire croître le panier moyen des clients entreprises de 1 800 € à 2 200 € d'ici fin 2027.",
  k="average_order", t="L2200EUR", b="1800EUR", d="Y2027", s=1,
  sp="K:panier moyen|B:1 800 €|T:2 200 €|D:d'ici fin 2027")
G("2025-09-08", "Décrocher 25 contrats avec des entreprises du BTP.", k="sales", t="L25", s=1, sp="T:25|K:contrats")
G("2026-10-26", "Diviser par deux le CPL des campagnes Meta Ads pour le CAP Pâtissier d'ici fin janvier 2027, en testant 10 nouveaux visuels par mois.",
  k="acquisition_cost", f="think", t="F0.5", d="E1-2027", m=1, s=1,
  sp="T:Diviser par deux|K:CPL|C:Meta Ads|D:d'ici fin janvier 2027|M:en testant 10 nouveaux visuels par mois")
G("2025-05-05", "Augmenter le nombre de téléchargements de notre brochure de 50 %.", k="downloads", t="P50", s=1,
  sp="K:téléchargements|T:50 %")
G("2027-01-11", "Nous souhaitons obtenir 30 avis clients sur notre page Google d'ici la fin du trimestre, car les avis influencent nos inscriptions, en envoyant un lien d'avis à la fin de chaque session.",
  k="satisfaction", t="L30", d="EOQ", m=1, s=1,
  sp="T:30|K:avis clients|D:d'ici la fin du trimestre|M:en envoyant un lien d'avis à la fin de chaque session")
G("2026-08-31", "Organisme de formation : on veut 70 % de stagiaires qui recommandent la formation SST, contre 55 % aujourd'hui, sur les sessions de l'année prochaine.",
  k="satisfaction", t="L70%", b="55%", d="NY", s=1,
  sp="T:70 %|K:recommandent|B:55 %|D:l'année prochaine")

# ---- tourism / hotels / gîtes
G("2026-02-16", "Augmenter les réservations directes de l'hôtel de 20 % en 2026 pour moins dépendre de Booking.",
  k="sales", t="P20", d="Y2026", s=1,
  sp="K:réservations directes|T:20 %|D:en 2026|C:Booking")
G("2025-03-24", "Remplir le gîte toute l'année.", k="sales", sp="K:Remplir")
G("2027-06-01", "Vendre 150 nuitées hors saison (novembre à mars) grâce à des offres bien-être proposées par newsletter.",
  k="sales", t="L150", m=1, s=1,
  sp="K:Vendre|T:150|M:grâce à des offres bien-être proposées par newsletter|C:newsletter")
G("2025-10-20", "Obtenir 50 réservations de séminaires d'entreprise d'ici fin juin 2026 en démarchant 20 entreprises par semaine par téléphone.",
  k="sales", t="L50", d="E6-2026", m=1, s=1,
  sp="T:50|K:réservations|D:d'ici fin juin 2026|M:en démarchant 20 entreprises par semaine par téléphone|C:téléphone")
G("2026-07-13", "Gagner 10 000 followers Instagram pour le camping d'ici fin septembre.", k="followers", t="D10000", d="E9", s=1,
  sp="T:10 000|K:followers|C:Instagram|D:d'ici fin septembre")
G("2027-03-08", "Augmenter la note Booking de l'hôtel de 8,2 à 8,8 d'ici fin 2027 en rénovant les salles de bain.",
  k="satisfaction", t="L8.8", b="8.2", d="Y2027", m=1, s=1,
  sp="K:note|C:Booking|B:8,2|T:8,8|D:d'ici fin 2027|M:en rénovant les salles de bain")
G("2025-05-26", "Les réservations en ligne doivent représenter 60 % du total.", k="sales", t="L60%",
  sp="K:réservations|T:60 %")
G("2026-11-02", "Faire connaître nos gîtes auprès des familles belges.", k="reach", s=1, sp="K:Faire connaître")
G("2027-09-27", "Doubler le CA des séjours vélo en S1 2028.", k="revenue", t="F2", d="H1-2028", s=1,
  sp="T:Doubler|K:CA|D:en S1 2028")
G("2025-08-04", "Augmenter le trafic du site de l'office de tourisme de 40 % en un an.", k="traffic", t="P40", d="m12",
  sp="K:trafic|C:site|T:40 %|D:en un an")
G("2026-04-13", "Avoir plus de clients étrangers.", k="customers", s=1, sp="K:clients étrangers")
G("2027-12-13", "Passer de 35 % à 50 % de réservations directes d'ici le 30 juin 2028 en lançant un programme de fidélité et une campagne Google Ads de 800 €/mois.",
  k="sales", t="L50%", b="35%", d="D2028-06-30", m=1, s=1,
  sp="B:35 %|T:50 %|K:réservations directes|D:d'ici le 30 juin 2028|M:en lançant un programme de fidélité et une campagne Google Ads de 800 €/mois|C:Google Ads")
G("2025-02-10", "Atteindre un panier moyen de 420 € par séjour au T2.", k="average_order", t="L420EUR", d="Q2",
  sp="K:panier moyen|T:420 €|D:au T2")
G("2026-09-21", "Gîte de la Vallée : 30 avis 5 étoiles sur Airbnb avant fin décembre.", k="satisfaction", t="L30", d="E12", s=1,
  sp="T:30|K:avis|C:Airbnb|D:avant fin décembre")
G("2027-02-01", "Nous voulons que 25 % des clients de l'hôtel reviennent dans les 12 mois.", k="retention", t="L25%",
  sp="T:25 %|K:reviennent")
G("2025-11-24", "Augmenter de 5 % par mois les réservations de la table d'hôtes via le site.", k="sales", t="P5/m", s=1,
  sp="T:5 %|K:réservations|C:site")
G("2026-05-25", "Booster notre présence sur les réseaux sociaux d'ici fin août.", k="reach", d="E8", s=1,
  sp="K:présence|C:réseaux sociaux|D:d'ici fin août")
G("2027-07-19", "Vendre 600 billets pour les visites guidées nocturnes du château d'ici le 31 octobre grâce à des partenariats avec les hôtels de la région.",
  k="sales", t="L600", d="DM10-31", m=1, s=1,
  sp="K:Vendre|T:600|D:d'ici le 31 octobre|M:grâce à des partenariats avec les hôtels de la région|C:partenariats")
G("2025-06-09", "Multiplier par 10 les réservations via Instagram en 3 mois.", k="sales", t="F10", d="m3", s=1,
  sp="T:Multiplier par 10|K:réservations|C:Instagram|D:en 3 mois")
G("2026-01-05", "Augmenter le taux de conversion du moteur de réservation de 1,8 % à 2,5 % d'ici fin T2 en simplifiant le tunnel de paiement.",
  k="conversion_rate", t="L2.5%", b="1.8%", d="Q2", m=1,
  sp="K:taux de conversion|B:1,8 %|T:2,5 %|D:d'ici fin T2|M:en simplifiant le tunnel de paiement")
G("2027-05-17", "Camping : 90 % d'avis positifs des familles avec enfants cette année.", k="satisfaction", t="L90%", d="EOY", s=1,
  sp="T:90 %|K:avis positifs|D:cette année")
G("2025-12-29", "Nous visons +30 % de réservations de chambres d'hôtes en direct sur 12 mois, car chaque réservation directe nous évite 17 % de commission.",
  k="sales", t="P30", d="m12", s=1,
  sp="T:+30 %|K:réservations|D:sur 12 mois")

# ---- real estate
G("2026-03-02", "Obtenir 40 demandes d'estimation par mois via le site d'ici fin juin 2026, contre 25 aujourd'hui, en publiant un guide des prix par quartier.",
  k="leads", t="L40/m", b="25/m", d="E6-2026", m=1,
  sp="T:40|K:demandes d'estimation|C:site|D:d'ici fin juin 2026|B:25|M:en publiant un guide des prix par quartier")
G("2025-09-15", "Gagner 12 nouveaux clients vendeurs en exclusivité d'ici fin 2025 grâce à une campagne de boîtage dans le quartier.",
  k="customers", t="D12", d="Y2025", m=1, s=1,
  sp="T:12|K:nouveaux clients vendeurs|D:d'ici fin 2025|M:grâce à une campagne de boîtage dans le quartier")
G("2027-04-05", "Vendre plus d'appartements neufs.", k="sales", s=1, sp="K:Vendre")
G("2026-10-19", "Atteindre 5 000 abonnés Instagram pour l'agence afin de générer des contacts acquéreurs.",
  k="followers", t="L5000", s=1, j=1, sp="T:5 000|K:abonnés|C:Instagram")
G("2025-04-07", "Programme Les Terrasses du Lac : 80 % des lots réservés avant fin 2025.", k="sales", t="L80%", d="Y2025", s=1,
  sp="T:80 %|K:lots réservés|D:avant fin 2025")
G("2027-01-25", "Augmenter le nombre de vues de nos annonces sur SeLoger de 30 % en 6 mois pour obtenir plus de visites qualifiées.",
  k="reach", t="P30", d="m6", s=1, j=1,
  sp="K:vues|C:SeLoger|T:30 %|D:en 6 mois")
G("2026-06-08", "Obtenir 20 rendez-vous avec des investisseurs locatifs par mois grâce à des webinars sur la défiscalisation.",
  k="leads", t="L20/m", m=1, s=1,
  sp="T:20|K:rendez-vous|M:grâce à des webinars sur la défiscalisation|C:webinars")
G("2025-12-01", "Améliorer notre image.")
G("2027-10-04", "Doubler le nombre de leads vendeurs issus du site en un an.", k="leads", t="F2", d="m12", s=1,
  sp="T:Doubler|K:leads vendeurs|C:site|D:en un an")
G("2026-02-23", "Sous 2 mois, obtenir 15 avis Google supplémentaires pour l'agence de Bordeaux.",
  k="satisfaction", t="D15", d="m2", s=1, sp="D:Sous 2 mois|T:15|K:avis Google")
G("2025-07-14", "Générer 150 leads acquéreurs pour la résidence Les Jardins via Meta Ads avec un budget de 3 000 € d'ici fin septembre.",
  k="leads", t="L150", d="E9", m=1, s=1,
  sp="T:150|K:leads acquéreurs|C:Meta Ads|M:avec un budget de 3 000 €|D:d'ici fin septembre")
G("2027-05-17", "Augmenter la part de marché de l'agence sur les ventes de maisons à Niort de 9 % à 14 % d'ici 2 ans.",
  k="market_share", t="L14%", b="9%", d="m24", s=1,
  sp="K:part de marché|B:9 %|T:14 %|D:d'ici 2 ans")
G("2026-08-31", "Trouver plus de clients bailleurs pour la gestion locative sans augmenter le budget.", k="customers", nil=1, s=1,
  sp="K:clients bailleurs")
G("2025-01-20", "Nous visons 1,8 M€ d'honoraires en 2025.", k="revenue", t="L1800000EUR", d="Y2025",
  sp="T:1,8 M€|K:honoraires|D:en 2025")
G("2026-11-16", "Taux de transformation visite → offre d'achat : 25 % d'ici Q2 2027 (actuellement 15 %).",
  k="conversion_rate", t="L25%", b="15%", d="Q2-2027", s=1,
  sp="K:Taux de transformation|T:25 %|D:d'ici Q2 2027|B:15 %")
G("2027-07-26", "Être dans le top 3 Google sur « agence immobilière Niort » en référencement naturel d'ici fin 2027.",
  k="ranking", t="L3", d="Y2027", s=1, sp="K:top|T:3|C:référencement naturel|D:d'ici fin 2027")
G("2025-10-06", "Rendre l'agence incontournable sur LinkedIn auprès des promoteurs en publiant un post par jour.",
  k="reach", m=1, s=1, sp="K:incontournable|C:LinkedIn|M:en publiant un post par jour")
G("2026-04-27", "Recevoir 300 demandes pour les 24 logements du programme Horizon d'ici fin mai.", k="leads", t="L300", d="E5", s=1,
  sp="T:300|K:demandes|D:d'ici fin mai")
G("2027-02-15", "Augmenter de 15 % le chifre d'affaire de la location saisonnière en 2027 grâce à la mise en ligne sur Airbnb et Abritel.",
  k="revenue", t="P15", d="Y2027", m=1, s=1, ty=1,
  sp="T:15 %|K:chifre d'affaire|D:en 2027|M:grâce à la mise en ligne sur Airbnb et Abritel|C:Airbnb|C:Abritel")
G("2025-05-19", "Obtenir 30 leads par mois.", k="leads", t="L30/m", sp="T:30|K:leads")
G("2026-12-07", "Agence immobilière : je veux signer 8 nouveaux clients propriétaires pour la location meublée le mois prochain, en appelant les bailleurs de notre fichier.",
  k="customers", t="D8", d="NM", m=1, s=1,
  sp="T:8|K:nouveaux clients|D:le mois prochain|M:en appelant les bailleurs de notre fichier")

# ---- e-commerce
G("2026-03-16", "Atteindre 1 500 commandes par mois sur la boutique Shopify d'ici fin 2026, contre 900 aujourd'hui, grâce à une campagne Google Ads de 800 €/mois.",
  k="sales", t="L1500/m", b="900/m", d="Y2026", m=1,
  sp="T:1 500|K:commandes|C:Shopify|D:d'ici fin 2026|B:900|M:grâce à une campagne Google Ads de 800 €/mois|C:Google Ads")
G("2025-02-03", "Passer le taux de conversion mobile de 1,2 % à 1,8 % d'ici fin juin en refondant le tunnel de commande.",
  k="conversion_rate", t="L1.8%", b="1.2%", d="E6", m=1, s=1,
  sp="K:taux de conversion mobile|B:1,2 %|T:1,8 %|D:d'ici fin juin|M:en refondant le tunnel de commande")
G("2027-09-13", "Augmenter le panier moyen.", k="average_order", sp="K:panier moyen")
G("2026-06-22", "Réaliser 30 % du CA via Amazon d'ici fin 2026.", k="revenue", t="L30%", d="Y2026", s=1,
  sp="T:30 %|K:CA|C:Amazon|D:d'ici fin 2026")
G("2025-11-03", "Vendre 2 000 coffrets de cosmétiques sur Cdiscount et Amazon avant Noël en baissant les prix de 10 %.",
  k="sales", t="L2000", d="XMAS", m=1, s=1,
  sp="K:Vendre|T:2 000|C:Cdiscount|C:Amazon|D:avant Noël|M:en baissant les prix de 10 %")
G("2027-03-22", "Obtenir un ROAS de 5 sur nos campagnes Google Shopping au T3 (3,2 aujourd'hui) avec un budget de 4 000 € par mois.",
  k="roi", t="L5", b="3.2", d="Q3", m=1, s=1,
  sp="K:ROAS|T:5|C:Google Shopping|D:au T3|B:3,2|M:avec un budget de 4 000 € par mois")
G("2026-01-12", "Faire +30 % de CA sur le e-shop.", k="revenue", t="P30", sp="T:+30 %|K:CA|C:e-shop")
G("2025-04-14", "Augmenter de 20 % le taux de réachat à 6 mois des clientes de la gamme bio d'ici la fin de l'année.",
  k="retention", t="P20", d="EOY", s=1, sp="T:20 %|K:taux de réachat|D:d'ici la fin de l'année")
G("2026-09-07", "Tripler le trafic de la boutique en ligne.", k="traffic", t="F3", sp="T:Tripler|K:trafic|C:boutique en ligne")
G("2027-05-31", "Gagner 8 000 inscrits à la newsletter d'ici fin août grâce à un jeu-concours, car nos abonnés email génèrent 35 % du CA.",
  k="subscribers", t="D8000", d="E8", m=1, j=1,
  sp="T:8 000|K:inscrits|C:newsletter|D:d'ici fin août|M:grâce à un jeu-concours")
G("2025-08-25", "Objectif : 4,5/5 de note moyenne sur Trustpilot.", k="satisfaction", t="L4.5", s=1,
  sp="T:4,5/5|K:note moyenne")
G("2026-04-06", "Je veux vendre plus sur Etsy.", k="sales", s=1, sp="K:vendre|C:Etsy")
G("2027-11-08", "Augmenter de 50 % les ventes de la collection capsule sur Instagram en 6 semaines.",
  k="sales", t="P50", d="w6", s=1, sp="T:50 %|K:ventes|C:Instagram|D:en 6 semaines")
G("2025-06-16", "Diminuer le CAC de 60 € à 45 € d'ici fin 2025 en misant sur le parrainage.",
  k="acquisition_cost", f="do", t="L45EUR", b="60EUR", d="Y2025", m=1,
  sp="K:CAC|B:60 €|T:45 €|D:d'ici fin 2025|M:en misant sur le parrainage|C:parrainage")
G("2026-10-26", "Réduire de 20 % le coût par acquisition sur Meta Ads d'ici la fin du mois prochain.",
  k="acquisition_cost", f="do", t="P-20", d="NM", s=1,
  sp="T:20 %|K:coût par acquisition|C:Meta Ads|D:d'ici la fin du mois prochain")
G("2027-02-15", "Nous voulons atteindre 100.000 visiteurs uniques par mois sur le site.", k="traffic", t="L100000/m",
  sp="T:100.000|K:visiteurs uniques|C:site#1")
G("2025-09-29", "Augmenter les ventes de la gamme enfants de 35 % d'ici au 31 mars 2026 en collaborant avec 10 influenceuses maman.",
  k="sales", t="P35", d="D2026-03-31", m=1, s=1,
  sp="K:ventes|T:35 %|D:d'ici au 31 mars 2026|M:en collaborant avec 10 influenceuses maman|C:influenceuses maman")
G("2026-12-07", "Ventes via affiliation : 15 % du CA en 2027.", k="revenue", t="L15%", d="Y2027", s=1,
  sp="K:CA|C:affiliation|T:15 %|D:en 2027")
G("2027-06-28", "Atteindre un panier moyen de 75 € sur le site (actuellement 62 €) d'ici fin octobre en proposant la livraison gratuite dès 70 €.",
  k="average_order", t="L75EUR", b="62EUR", d="E10", m=1,
  sp="K:panier moyen|T:75 €|C:site|B:62 €|D:d'ici fin octobre|M:en proposant la livraison gratuite dès 70 €")
G("2025-03-03", "Obtenir un taux d'ouverture de 40 % sur les emails de panier abandonné.", k="open_rate", t="L40%", s=1,
  sp="K:taux d'ouverture|T:40 %|C:emails")
G("2026-07-27", "On aimerait passer de 2 à 3 % de taux de conversion sur la boutique en ligne sans budget.",
  k="conversion_rate", t="L3%", b="2%", nil=1,
  sp="B:2|T:3 %|K:taux de conversion|C:boutique en ligne")
G("2027-10-18", "Augmenter les commandes de 12 % au quatrième trimestre grâce à une campagne de retargeting display.",
  k="sales", t="P12", d="Q4", m=1,
  sp="K:commandes|T:12 %|D:au quatrième trimestre|M:grâce à une campagne de retargeting display|C:display")
G("2025-12-22", "Vendre 5 000 unités de la gourde isotherme en 2026 via Amazon.", k="sales", t="L5000", d="Y2026", s=1,
  sp="K:Vendre|T:5 000|D:en 2026|C:Amazon")
G("2026-05-04", "Améliorer le taux de conversion des pages produits sur mobile avant fin juillet.", k="conversion_rate", d="E7", s=1,
  sp="K:taux de conversion|D:avant fin juillet")
G("2027-01-04", "Augmenter le chiffre d'affaires de la boutique en ligne de 25 % en un an grâce au SEO et à l'emailing.",
  k="revenue", t="P25", d="m12", m=1,
  sp="K:chiffre d'affaires|C:boutique en ligne|T:25 %|D:en un an|M:grâce au SEO et à l'emailing|C:SEO|C:emailing")
G("2025-10-13", "E-commerce de thé : +15 % de clients récurrents sur l'abonnement mensuel d'ici fin T1 2026, en envoyant un échantillon offert dans chaque colis.",
  k="customers", t="P15", d="Q1-2026", m=1, s=1,
  sp="T:+15 %|K:clients récurrents|D:d'ici fin T1 2026|M:en envoyant un échantillon offert dans chaque colis")
G("2026-08-17", "Vendre nos articles de seconde main sur Vinted et atteindre 1 200 € de ventes par mois d'ici Noël.",
  k="revenue", t="L1200EUR/m", d="XMAS", s=1,
  sp="C:Vinted|T:1 200 €|K:ventes|D:d'ici Noël")
G("2027-04-19", "Passer le taux de clic de nos campagnes display de 0,3 % à 0,5 % d'ici fin juillet afin de faire baisser le coût par vente.",
  k="click_rate", t="L0.5%", b="0.3%", d="E7", s=1, j=1,
  sp="K:taux de clic|C:display|B:0,3 %|T:0,5 %|D:d'ici fin juillet")
G("2025-07-28", "Augmenter le chiffre d'affaire de notre e-shop de 200 %.", k="revenue", t="P200", ty=1,
  sp="K:chiffre d'affaire|C:e-shop|T:200 %")
G("2026-02-09", "Objectif : ROAS de 4 sur Meta Ads avant le 31/12 avec 2 500 € de budget mensuel.",
  k="roi", t="L4", d="DM12-31", m=1, s=1,
  sp="K:ROAS|T:4|C:Meta Ads|D:avant le 31/12|M:avec 2 500 € de budget mensuel")

# ---- cosmetics
G("2026-02-02", "Lancer notre sérum vitamine C et en vendre 3 000 flacons d'ici fin juin 2026 grâce à une campagne avec 15 micro-influenceuses.",
  k="sales", t="L3000", d="E6-2026", m=1, s=1,
  sp="K:vendre|T:3 000|D:d'ici fin juin 2026|M:grâce à une campagne avec 15 micro-influenceuses|C:micro-influenceuses")
G("2025-05-12", "Devenir la marque de cosmétiques bio préférée des Françaises.")
G("2027-08-09", "Gagner 2 points de part de marché sur les shampoings solides en GMS d'ici fin 2028 en signant avec deux enseignes supplémentaires.",
  k="market_share", t="D2pt", d="Y2028", m=1, s=1,
  sp="T:2 points|K:part de marché|C:GMS|D:d'ici fin 2028|M:en signant avec deux enseignes supplémentaires")
G("2026-11-23", "Atteindre 50k abonnés sur TikTok avant le 31 mars.", k="followers", t="L50000", d="DM03-31", s=1,
  sp="T:50k|K:abonnés|C:TikTok|D:avant le 31 mars")
G("2025-01-13", "Augmenter le taux de réachat des clientes de la crème de nuit de 30 % à 40 % en 2025 grâce à un abonnement avec 10 % de remise.",
  k="retention", t="L40%", b="30%", d="Y2025", m=1, s=1,
  sp="K:taux de réachat|B:30 %|T:40 %|D:en 2025|M:grâce à un abonnement avec 10 % de remise")
G("2026-06-15", "Faire connaître la gamme homme.", k="reach", s=1, sp="K:Faire connaître")
G("2027-04-19", "Recruter 1 000 nouvelles clientes via le programme de parrainage d'ici le 30 septembre 2027 en offrant un soin à la marraine et à la filleule.",
  k="customers", t="D1000", d="D2027-09-30", m=1, s=1,
  sp="T:1 000|K:nouvelles clientes|C:parrainage|D:d'ici le 30 septembre 2027|M:en offrant un soin à la marraine et à la filleule")
G("2025-10-27", "Multiplier par deux nos ventes sur Amazon d'ici un trimestre.", k="sales", t="F2", d="m3", s=1,
  sp="T:Multiplier par deux|K:ventes|C:Amazon|D:d'ici un trimestre")
G("2026-03-09", "Augmenter le taux d'engagement sur Instagram de 2 % à 4 % d'ici 6 mois en publiant des tutoriels maquillage trois fois par semaine, afin de soutenir les ventes de la nouvelle palette.",
  k="engagement", t="L4%", b="2%", d="m6", m=1, s=1, j=1,
  sp="K:taux d'engagement|C:Instagram|B:2 %|T:4 %|D:d'ici 6 mois|M:en publiant des tutoriels maquillage trois fois par semaine")
G("2027-12-06", "Améliorer la satisfaction client.", k="satisfaction", sp="K:satisfaction client")
G("2025-07-28", "Nous voulons un NPS de 60 sur la box beauté mensuelle d'ici fin T4 (45 aujourd'hui).",
  k="satisfaction", t="L60", b="45", d="Q4", s=1, sp="K:NPS|T:60|D:d'ici fin T4|B:45")
G("2026-09-14", "Obtenir 500 avis produits sur le site en 2 mois.", k="satisfaction", t="L500", d="m2",
  sp="T:500|K:avis produits|C:site|D:en 2 mois")
G("2027-02-22", "Développer les ventes en pharmacie de la gamme peaux sensibles en recrutant deux délégués commerciaux.",
  k="sales", m=1, s=1, sp="K:ventes|C:pharmacie|M:en recrutant deux délégués commerciaux")
G("2025-04-07", "Augmenter le CA de 10 % par trimestre.", k="revenue", t="P10/q", sp="K:CA|T:10 %")
G("2026-05-25", "Atteindre 10 000 ventes du rouge à lèvres Corail sur notre e-shop d'ici fin T3 avec une campagne de 20 k€ sur Meta Ads.",
  k="sales", t="L10000", d="Q3", m=1, s=1,
  sp="T:10 000|K:ventes|C:e-shop|D:d'ici fin T3|M:avec une campagne de 20 k€ sur Meta Ads|C:Meta Ads")
G("2027-10-11", "Réduire le coût par lead des box d'essai de 8 € à 5 €.", k="acquisition_cost", f="think", t="L5EUR", b="8EUR", s=1,
  sp="K:coût par lead|B:8 €|T:5 €")
G("2025-11-17", "Être plus présents sur Pinterest.", k="reach", s=1, sp="K:présents|C:Pinterest")
G("2026-08-17", "+40 % de ventes sur la gamme solaire au S1 2027 par rapport au S1 2026.", k="sales", t="P40", d="H1-2027", s=1,
  sp="T:+40 %|K:ventes|D:au S1 2027")
G("2027-06-07", "Obtenir 300 000 vues sur YouTube pour le tutoriel de lancement du fond de teint d'ici le 15 juillet 2027, afin de déclencher les précommandes.",
  k="reach", t="L300000", d="D2027-07-15", s=1, j=1,
  sp="T:300 000|K:vues|C:YouTube|D:d'ici le 15 juillet 2027")
G("2025-02-24", "Augmenter la marge brute de la gamme maquillage de 5 points d'ici la fin de l'année en renégociant avec nos fournisseurs.",
  k="roi", t="D5pt", d="EOY", m=1, s=1,
  sp="K:marge brute|T:5 points|D:d'ici la fin de l'année|M:en renégociant avec nos fournisseurs")
G("2026-12-14", "Nous visons 25 000 abonnes a la newsletter beauté en 2027 pour vendre nos coffrets en direct.",
  k="subscribers", t="L25000", d="Y2027", s=1, j=1, ty=1,
  sp="T:25 000|K:abonnes|C:newsletter|D:en 2027")
G("2027-03-01", "Cosmétiques solides : réduire de moitié le churn des abonnées à la box d'ici la fin de l'année, en leur laissant choisir 2 produits sur 5.",
  k="retention", t="F0.5", d="EOY", m=1, s=1,
  sp="T:réduire de moitié|K:churn|D:d'ici la fin de l'année|M:en leur laissant choisir 2 produits sur 5")

# ---- fitness / coaching
G("2026-01-05", "Recruter 150 nouveaux adhérents pour la salle de sport en janvier et février grâce à une offre sans frais d'inscription.",
  k="customers", t="D150", d="E2", m=1,
  sp="T:150|K:nouveaux adhérents|D:en janvier et février|M:grâce à une offre sans frais d'inscription")
G("2027-03-15", "Je veux plus de clients pour mon coaching.", k="customers", sp="K:clients")
G("2025-09-22", "Atteindre 40 clients en coaching en ligne à 99 €/mois d'ici fin décembre, en publiant 3 posts par semaine sur Instagram.",
  k="customers", t="L40", d="E12", m=1, s=1,
  sp="T:40|K:clients|D:d'ici fin décembre|M:en publiant 3 posts par semaine sur Instagram|C:Instagram")
G("2026-06-08", "Réduire le churn des abonnés de l'appli de fitness de 8 % à 5 % par mois.", k="retention", t="L5%/m", b="8%/m", s=1,
  sp="K:churn|C:appli|B:8 %|T:5 %")
G("2027-09-06", "Remplir les cours collectifs du matin.", k="sales", s=1, sp="K:Remplir")
G("2025-03-31", "Passer de 800 à 2 500 followers Instagram d'ici fin mai.", k="followers", t="L2500", b="800", d="E5", s=1,
  sp="B:800|T:2 500|K:followers|C:Instagram|D:d'ici fin mai")
G("2026-10-12", "Augmenter de 15 % le taux de renouvellement des abonnements annuels d'ici un an en mettant en place un suivi personnalisé à 3 mois.",
  k="retention", t="P15", d="m12", m=1, s=1,
  sp="T:15 %|K:taux de renouvellement|D:d'ici un an|M:en mettant en place un suivi personnalisé à 3 mois")
G("2027-01-18", "Objectif : 200 téléchargements par semaine de notre appli de coaching running.", k="downloads", t="L200/w", s=1, f="do",
  sp="T:200|K:téléchargements|C:appli")
G("2025-06-23", "Vendre 60 programmes de préparation marathon d'ici fin août en lançant une page de vente et 4 lives YouTube.",
  k="sales", t="L60", d="E8", m=1, s=1,
  sp="K:Vendre|T:60|D:d'ici fin août|M:en lançant une page de vente et 4 lives YouTube|C:page de vente|C:YouTube")
G("2026-04-20", "Augmenter ma visibilité.", k="reach", sp="K:visibilité")
G("2027-06-14", "Gagner 20 % de clients en plus dans le studio de Pilates d'ici 6 mois.", k="customers", t="P20", d="m6",
  sp="T:20 %|K:clients|D:d'ici 6 mois")
G("2025-12-29", "Doubler le CA des séances de coaching en entreprise d'ici fin 2026 en prospectant 30 minutes par jour sur LinkedIn.",
  k="revenue", t="F2", d="Y2026", m=1, s=1,
  sp="T:Doubler|K:CA|D:d'ici fin 2026|M:en prospectant 30 minutes par jour sur LinkedIn|C:LinkedIn")
G("2026-08-03", "Améliorer les avis de la salle sur Google.", k="satisfaction", s=1, sp="K:avis")
G("2027-04-05", "Atteindre un taux de conversion de 30 % entre séance d'essai gratuite et abonnement d'ici fin juin, contre 18 % actuellement.",
  k="conversion_rate", t="L30%", b="18%", d="E6", s=1,
  sp="K:taux de conversion|T:30 %|D:d'ici fin juin|B:18 %")
G("2025-10-06", "Obtenir 25 rendez-vous découverte par mois via Facebook, sans budget publicitaire.", k="leads", t="L25/m", nil=1, s=1,
  sp="T:25|K:rendez-vous découverte|C:Facebook")
G("2026-02-16", "Fidéliser les membres du club de boxe grâce à des soirées sparring mensuelles.", k="retention", m=1,
  sp="K:Fidéliser|M:grâce à des soirées sparring mensuelles")
G("2027-11-22", "Vendre 100 cartes de 10 séances en cadeau avant Noël en envoyant deux newsletters spéciales cadeaux.",
  k="sales", t="L100", d="XMAS", m=1, s=1,
  sp="K:Vendre|T:100|D:avant Noël|M:en envoyant deux newsletters spéciales cadeaux|C:newsletters")
G("2025-05-19", "Baisser le coût par client acquis sur Meta Ads de 40 € à 30 € en 4 mois.",
  k="acquisition_cost", f="do", t="L30EUR", b="40EUR", d="m4", s=1,
  sp="K:coût par client acquis|C:Meta Ads|B:40 €|T:30 €|D:en 4 mois")
G("2026-09-28", "Coach sportif : +50 % de clients particuliers en 2027.", k="customers", t="P50", d="Y2027", s=1,
  sp="T:+50 %|K:clients particuliers|D:en 2027")
G("2027-02-08", "Augmenter les inscriptions payantes au challenge « 30 jours pour se remettre au sport ».", k="sales", s=1,
  sp="K:inscriptions payantes")
G("2025-08-11", "Coach en nutrition : je veux 12 nouveaux clients par mois pour le programme « Ventre plat » avant fin octobre, contre 5 actuellement, en lançant une masterclass gratuite chaque mois.",
  k="customers", t="L12/m", b="5/m", d="E10", m=1, s=1,
  sp="T:12|K:nouveaux clients|D:avant fin octobre|B:5|M:en lançant une masterclass gratuite chaque mois")
G("2026-12-21", "Salle d'escalade : passer le taux de reabonnement de 58 % à 65 % l'annee prochaine.", k="retention", t="L65%", b="58%", d="NY", ty=1,
  sp="K:taux de reabonnement|B:58 %|T:65 %|D:l'annee prochaine")
G("2027-07-12", "Yoga : atteindre 1 000 abonnés à la chaîne YouTube en publiant une séance de 30 minutes par jour.",
  k="followers", t="L1000", m=1, s=1,
  sp="T:1 000|K:abonnés|C:YouTube|M:en publiant une séance de 30 minutes par jour")

# ---- agencies
G("2026-03-23", "Signer 6 nouveaux clients en retainer à plus de 3 000 €/mois d'ici fin T3 grâce à une campagne d'outbound sur LinkedIn.",
  k="customers", t="D6", d="Q3", m=1, s=1,
  sp="T:6|K:nouveaux clients|D:d'ici fin T3|M:grâce à une campagne d'outbound sur LinkedIn|C:LinkedIn")
G("2025-08-18", "Augmenter la notoriété de l'agence.", k="reach", sp="K:notoriété")
G("2027-01-11", "Générer 60 leads entrants par trimestre via le blog, contre 25 aujourd'hui, d'ici un an.",
  k="leads", t="L60/q", b="25/q", d="m12", s=1,
  sp="T:60|K:leads entrants|C:blog|B:25|D:d'ici un an")
G("2025-04-28", "Augmenter la marge par projet de 20 % à 30 % d'ici fin 2025 en standardisant nos process.",
  k="roi", t="L30%", b="20%", d="Y2025", m=1,
  sp="K:marge|B:20 %|T:30 %|D:d'ici fin 2025|M:en standardisant nos process")
G("2026-11-09", "Obtenir 3 contrats avec des marques de luxe en 2027.", k="customers", t="L3", d="Y2027", s=1,
  sp="T:3|K:contrats|D:en 2027")
G("2027-07-12", "Porter le CA récurrent de l'agence à 40 k€ mensuels.", k="revenue", t="L40000EUR/m", s=1,
  sp="K:CA récurrent|T:40 k€")
G("2025-02-17", "Devenir une agence reconnue dans la tech.")
G("2026-05-11", "Organiser 4 petits-déjeuners clients pour générer 30 rendez-vous qualifiés avant fin juin.",
  k="leads", t="L30", d="E6", m=1, s=1,
  sp="M:Organiser 4 petits-déjeuners clients|T:30|K:rendez-vous qualifiés|D:avant fin juin")
G("2027-10-25", "Réduire le churn clients de 15 % à 8 % par an.", k="retention", t="L8%/y", b="15%/y",
  sp="K:churn clients|B:15 %|T:8 %")
G("2025-11-24", "Faire connaître notre nouvelle offre de vidéos en motion design auprès des PME.", k="reach", s=1,
  sp="K:Faire connaître")
G("2026-08-31", "Obtenir 20 leads qualifiés par mois grâce au podcast de l'agence d'ici fin 2026.",
  k="leads", t="L20/m", d="Y2026", m=1, s=1,
  sp="T:20|K:leads qualifiés|M:grâce au podcast de l'agence|C:podcast|D:d'ici fin 2026")
G("2027-03-01", "Multiplier par 1,5 le CA des missions de branding en 2027.", k="revenue", t="F1.5", d="Y2027", s=1,
  sp="T:Multiplier par 1,5|K:CA|D:en 2027")
G("2025-06-02", "Gagner 1 000 followers LinkedIn sur la page de l'agence d'ici fin septembre en publiant des études de cas.",
  k="followers", t="D1000", d="E9", m=1, s=1,
  sp="T:1 000|K:followers|C:LinkedIn|D:d'ici fin septembre|M:en publiant des études de cas")
G("2026-02-09", "Augmenter le taux de transformation des propositions commerciales de 25 % à 35 %.",
  k="conversion_rate", t="L35%", b="25%", s=1, sp="K:taux de transformation|B:25 %|T:35 %")
G("2027-08-16", "Nous voulons travailler avec plus de clients dans le secteur de la santé.", k="customers", s=1, sp="K:clients")
G("2025-09-15", "Générer des leads.", k="leads", sp="K:leads")
G("2026-12-14", "Atteindre 500 k€ de CA en 2027 avec l'offre social media, soit deux fois plus qu'en 2026, en recrutant deux community managers.",
  k="revenue", t="L500000EUR,F2", d="Y2027", m=1, s=1,
  sp="T:500 k€|K:CA|D:en 2027|T:deux fois plus|M:en recrutant deux community managers")
G("2027-05-24", "Convertir 20 % des participants à nos webinars en rendez-vous commerciaux d'ici fin T3.",
  k="conversion_rate", t="L20%", d="Q3", s=1,
  sp="K:Convertir|T:20 %|C:webinars|D:d'ici fin T3")
G("2025-01-27", "Être cité dans 10 articles de presse spécialisée en 2025.", k="reach", t="L10", d="Y2025", s=1,
  sp="K:cité|T:10|C:presse spécialisée|D:en 2025")
G("2026-07-06", "On aimerait que nos posts LinkedIn génèrent plus d'interactions d'ici la fin du trimestre.",
  k="engagement", d="EOQ", s=1, sp="C:LinkedIn|K:interactions|D:d'ici la fin du trimestre")
G("2027-09-20", "Agence web : nous visons 15 demandes de devis par mois pour les refontes de sites e-commerce, car ce sont nos projets les plus rentables.",
  k="leads", t="L15/m", s=1, sp="T:15|K:demandes de devis")
G("2025-12-01", "Obtenir un CPL inférieur à 60 € sur les campagnes LinkedIn de l'agence au 1er trimestre, contre 95 € aujourd'hui, en ciblant uniquement les directeurs marketing.",
  k="acquisition_cost", f="think", t="L60EUR", b="95EUR", d="Q1", m=1, s=1,
  sp="K:CPL|T:60 €|C:LinkedIn|D:au 1er trimestre|B:95 €|M:en ciblant uniquement les directeurs marketing")

# ---- health (kiné, dentiste...)
G("2026-01-26", "Cabinet de kiné : obtenir 30 nouveaux patients par mois pour la rééducation du sportif d'ici fin avril, en nouant un partenariat avec trois clubs de foot.",
  k="customers", t="L30/m", d="E4", m=1, s=1,
  sp="T:30|K:nouveaux patients|D:d'ici fin avril|M:en nouant un partenariat avec trois clubs de foot|C:partenariat")
G("2025-05-05", "Avoir plus de patients.", k="customers", sp="K:patients")
G("2027-09-20", "Augmenter de 25 % les demandes de rendez-vous pour l'orthodontie invisible d'ici 6 mois grâce à une campagne Google Ads.",
  k="leads", t="P25", d="m6", m=1, s=1,
  sp="T:25 %|K:demandes de rendez-vous|D:d'ici 6 mois|M:grâce à une campagne Google Ads|C:Google Ads")
G("2026-04-13", "Passer de 4,2 à 4,7 étoiles sur Google d'ici la fin de l'année en envoyant un SMS de suivi après chaque séance.",
  k="satisfaction", t="L4.7", b="4.2", d="EOY", m=1, s=1,
  sp="B:4,2|T:4,7|K:étoiles|D:d'ici la fin de l'année|M:en envoyant un SMS de suivi après chaque séance|C:SMS")
G("2025-11-10", "Faire connaître le cabinet.", k="reach", sp="K:Faire connaître")
G("2027-02-22", "Obtenir 40 rendez-vous par mois pour les séances de drainage lymphatique.", k="leads", t="L40/m", s=1,
  sp="T:40|K:rendez-vous")
G("2026-10-05", "Augmenter le CA des soins esthétiques dentaires de 30 000 € en 2027 en formant l'équipe au blanchiment.",
  k="revenue", t="D30000EUR", d="Y2027", m=1, s=1,
  sp="K:CA|T:30 000 €|D:en 2027|M:en formant l'équipe au blanchiment")
G("2025-07-07", "Doubler le nombre d'abonnés Instagram du cabinet d'ostéopathie d'ici fin 2025 afin d'attirer de nouveaux patients.",
  k="followers", t="F2", d="Y2025", s=1, j=1,
  sp="T:Doubler|K:abonnés|C:Instagram|D:d'ici fin 2025")
G("2027-12-13", "Atteindre 95 % de patients satisfaits.", k="satisfaction", t="L95%", sp="T:95 %|K:patients satisfaits")
G("2026-06-29", "Réduire de moitié le taux de patients perdus de vue après le premier bilan, en 12 mois, grâce à des rappels automatiques par SMS.",
  k="retention", t="F0.5", d="m12", m=1, s=1,
  sp="T:Réduire de moitié|K:patients perdus de vue|D:en 12 mois|M:grâce à des rappels automatiques par SMS|C:SMS")
G("2025-03-17", "Nous visons 15 prises de rendez-vous en ligne par jour via le site du cabinet d'ici fin juin.",
  k="leads", t="L15/d", d="E6", sp="T:15|K:prises de rendez-vous|C:site|D:d'ici fin juin")
G("2026-09-07", "Augmenter la satisfaction des patients du service de téléconsultation.", k="satisfaction", s=1, sp="K:satisfaction")
G("2027-04-26", "Gagner 200 patients en implantologie en 2027 avec un budget SEA de 1 200 €/mois.",
  k="customers", t="D200", d="Y2027", m=1, s=1,
  sp="T:200|K:patients|D:en 2027|M:avec un budget SEA de 1 200 €/mois|C:SEA")
G("2025-10-20", "Passer de 20 à 35 nouveaux patients par mois au centre de Villeurbanne d'ici mars 2026.",
  k="customers", t="L35/m", b="20/m", d="E3-2026", s=1,
  sp="B:20|T:35|K:nouveaux patients|D:d'ici mars 2026")
G("2026-02-02", "Augmenter la visibilité du cabinet de kiné auprès des seniors en animant un atelier prévention chute par mois à la mairie.",
  k="reach", m=1, s=1, sp="K:visibilité|M:en animant un atelier prévention chute par mois à la mairie")
G("2027-06-21", "+3 points de taux de fidélisation des patients en orthodontie sous 2 mois.", k="retention", t="D3pt", d="m2", s=1,
  sp="T:+3 points|K:taux de fidélisation|D:sous 2 mois")
G("2025-08-25", "Obtenir 500 abonnés à la newsletter santé du cabinet.", k="subscribers", t="L500", s=1,
  sp="T:500|K:abonnés|C:newsletter")
G("2026-11-30", "Nous voulons réduire le nombre d'avis négatifs.", k="satisfaction", sp="K:avis négatifs")
G("2027-01-04", "Obtenir 10 % de patients en plus cette année sans rien investir.", k="customers", t="P10", d="EOY", nil=1,
  sp="T:10 %|K:patients|D:cette année")
G("2025-04-14", "Vendre 80 forfaits de blanchiment à 290 € d'ici fin septembre en les proposant systématiquement lors des détartrages.",
  k="sales", t="L80", d="E9", m=1, s=1,
  sp="K:Vendre|T:80|D:d'ici fin septembre|M:en les proposant systématiquement lors des détartrages")
G("2026-07-13", "Centre dentaire : augmenter le taux de conversion des devis d'implants de 35 % a 45 % d'ici fin decembre en proposant un paiement en 4 fois.",
  k="conversion_rate", t="L45%", b="35%", d="E12", m=1, s=1, ty=1,
  sp="K:taux de conversion|B:35 %|T:45 %|D:d'ici fin decembre|M:en proposant un paiement en 4 fois")
G("2027-10-04", "Ostéopathe : 20 premières consultations par mois issues de Doctolib avant la fin du trimestre, contre 12 aujourd'hui.",
  k="customers", t="L20/m", b="12/m", d="EOQ", s=1,
  sp="T:20|K:premières consultations|D:avant la fin du trimestre|B:12")
