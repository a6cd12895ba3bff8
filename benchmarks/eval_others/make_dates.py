"""Build dates.jsonl: hand-written deadline sentences, expected dates computed by explicit calendar arithmetic.

Each item names the calendar operation that SPEC section 3 prescribes for its expression, so the
expected value is computed, never typed by hand. This is not a parser: the text is never read.
"""
import calendar
import datetime as dt
import json
from pathlib import Path

D = dt.date.fromisoformat


def days(ref, n):
    return ref + dt.timedelta(days=n)


def months(ref, n):
    """Calendar months, day clipped to the month's end."""
    y, m = divmod(ref.month - 1 + n, 12)
    y += ref.year
    m += 1
    return dt.date(y, m, min(ref.day, calendar.monthrange(y, m)[1]))


def eom(y, m):
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def eoy(y):
    return dt.date(y, 12, 31)


def quarter_end(y, q):
    return eom(y, 3 * q)


def first_ending(ref, end_of):
    """First named period (end_of(year) gives its end) that ends on or after ref."""
    for y in (ref.year, ref.year + 1):
        if end_of(y) >= ref:
            return end_of(y)
    raise ValueError


def named_month(ref, m):
    return first_ending(ref, lambda y: eom(y, m))


def named_quarter(ref, q):
    return first_ending(ref, lambda y: quarter_end(y, q))


def named_semester(ref, s):
    return first_ending(ref, lambda y: eom(y, 6 * s))


def next_md(ref, m, d):
    """Next (month, day) on or after ref."""
    return first_ending(ref, lambda y: dt.date(y, m, d))


def next_dom(ref, d):
    """Next day-of-month d on or after ref (skipping months that lack it)."""
    y, m = ref.year, ref.month
    while True:
        if d <= calendar.monthrange(y, m)[1] and dt.date(y, m, d) >= ref:
            return dt.date(y, m, d)
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


WD = dict(lundi=0, mardi=1, mercredi=2, jeudi=3, vendredi=4, samedi=5, dimanche=6)


def next_wd(ref, name):
    """Next such weekday strictly after ref."""
    delta = (WD[name] - ref.weekday()) % 7 or 7
    return days(ref, delta)


def sunday(ref):
    return days(ref, 6 - ref.weekday())


# Seasons: (start month, start day, end month, end day, end is in the year after the start)
SEASONS = dict(printemps=(3, 20, 6, 20, 0), ete=(6, 21, 9, 22, 0), automne=(9, 23, 12, 20, 0), hiver=(12, 21, 3, 19, 1))


def season(ref, name, before=False):
    """First occurrence of the season ending on or after ref: its last day, or the day before it starts."""
    sm, sd, em, ed, wrap = SEASONS[name]
    for y in (ref.year - 1, ref.year, ref.year + 1):
        start, end = dt.date(y, sm, sd), dt.date(y + wrap, em, ed)
        if end >= ref:
            return days(start, -1) if before else end
    raise ValueError


def season_in(y, name):
    sm, sd, em, ed, wrap = SEASONS[name]
    return dt.date(y + wrap, em, ed)


NONE = lambda r: None  # noqa: E731  (a rate or period, not a deadline)

ITEMS = [
    # relative offsets
    ("Doubler les inscriptions à la newsletter d'ici 3 mois.", "2026-01-15", "d'ici 3 mois", lambda r: months(r, 3)),
    ("On vise 200 rendez-vous qualifiés dans 4 mois, pas avant.", "2027-10-12", "dans 4 mois", lambda r: months(r, 4)),
    ("Faire grimper le panier moyen à 62 € en 2 mois grâce aux bundles.", "2026-12-31", "en 2 mois", lambda r: months(r, 2)),
    ("Ramener le coût par lead sous 35 € sous six mois.", "2027-08-31", "sous six mois", lambda r: months(r, 6)),
    ("Gagner 4 000 abonnés Instagram au cours des trois prochains mois.", "2026-05-13", "au cours des trois prochains mois", lambda r: months(r, 3)),
    ("Obtenir 150 avis Google sur les 3 prochains mois.", "2025-11-29", "les 3 prochains mois", lambda r: months(r, 3)),
    ("Atteindre 1 200 ventes en ligne d'ici 1 mois, c'est le défi de l'équipe.", "2026-01-31", "d'ici 1 mois", lambda r: months(r, 1)),
    ("Notre plan : +30 % de trafic organique dans les 3 mois.", "2027-11-30", "dans les 3 mois", lambda r: months(r, 3)),
    ("Signer 12 nouveaux distributeurs sous 6 semaines.", "2026-01-15", "sous 6 semaines", lambda r: days(r, 42)),
    ("faire 500 precommandes d ici 8 semaines", "2025-09-03", "d ici 8 semaines", lambda r: days(r, 56)),
    ("Remplir le webinaire (300 inscrits) dans 10 jours.", "2026-04-04", "dans 10 jours", lambda r: days(r, 10)),
    ("Décrocher 20 démos client au cours des 2 prochaines semaines.", "2027-06-22", "au cours des 2 prochaines semaines", lambda r: days(r, 14)),
    ("Relancer tous les paniers abandonnés et en récupérer 15 % d'ici 15 jours.", "2025-12-19", "d'ici 15 jours", lambda r: days(r, 15)),
    ("Passer à 25 000 visiteurs uniques par mois en un an.", "2026-07-08", "en un an", lambda r: months(r, 12)),
    ("Multiplier par deux le CA export d'ici deux ans.", "2025-02-11", "d'ici deux ans", lambda r: months(r, 24)),
    ("Conquérir 3 000 nouveaux adhérents sur 12 mois.", "2027-03-19", "sur 12 mois", lambda r: months(r, 12)),
    ("Réduire le churn à 3 % d'ici un trimestre.", "2026-11-22", "d'ici un trimestre", lambda r: months(r, 3)),
    ("Porter la note moyenne à 4,6/5 d'ici un semestre.", "2027-08-31", "d'ici un semestre", lambda r: months(r, 6)),
    ("Nous devons générer 90 demandes de devis dans 18 mois au plus tard.", "2025-06-30", "dans 18 mois", lambda r: months(r, 18)),
    ("Atteindre 10 000 téléchargements de l'appli dans 3 mois.", "2027-11-30", "dans 3 mois", lambda r: months(r, 3)),
    # years and year ends
    ("Ouvrir 15 points de vente en 2027.", "2026-09-14", "en 2027", lambda r: eoy(2027)),
    ("Devenir numéro un des ventes de vélos cargo fin 2027.", "2026-02-09", "fin 2027", lambda r: eoy(2027)),
    ("Viser 5 M€ de chiffre d'affaires d'ici 2028.", "2025-05-23", "d'ici 2028", lambda r: eoy(2028)),
    ("Atteindre 40 % de clients récurrents d'ici la fin de l'année.", "2026-08-28", "d'ici la fin de l'année", lambda r: eoy(r.year)),
    ("Franchir le cap des 100 000 abonnés YouTube cette année.", "2025-03-07", "cette année", lambda r: eoy(r.year)),
    ("Lancer la marketplace et y réaliser 8 % des ventes courant 2026.", "2025-10-26", "courant 2026", lambda r: eoy(2026)),
    ("Tripler le nombre de franchisés à l'horizon 2030.", "2026-03-20", "à l'horizon 2030", lambda r: eoy(2030)),
    ("Objectif neutralité carbone et 50 % de CA en ligne, horizon 2029.", "2027-01-04", "horizon 2029", lambda r: eoy(2029)),
    ("Atteindre 2 millions de vues sur TikTok l'année prochaine.", "2026-01-15", "l'année prochaine", lambda r: eoy(r.year + 1)),
    ("Doubler nos ventes au Québec l'an prochain.", "2027-12-18", "l'an prochain", lambda r: eoy(r.year + 1)),
    # past explicit years and dates (still the deadline)
    ("Atteindre 3 % de taux de conversion en 2024.", "2025-08-17", "en 2024", lambda r: eoy(2024)),
    ("Recruter 500 membres avant le 30 juin 2025.", "2026-10-01", "avant le 30 juin 2025", lambda r: D("2025-06-30")),
    ("Réduire le CAC de 20 % fin 2026.", "2027-02-26", "fin 2026", lambda r: eoy(2026)),
    # quarters and semesters
    ("Générer 400 MQL au T2 2027.", "2026-12-31", "au T2 2027", lambda r: quarter_end(2027, 2)),
    ("+15 % de leads entrants fin T3.", "2026-07-08", "fin T3", lambda r: named_quarter(r, 3)),
    ("Hit 1M impressions on LinkedIn en Q3, côté équipe brand.", "2025-10-26", "en Q3", lambda r: named_quarter(r, 3)),
    ("Porter le taux d'ouverture à 32 % d'ici Q1 2027.", "2026-05-13", "d'ici Q1 2027", lambda r: quarter_end(2027, 1)),
    ("Atteindre 250 clients B2B au 2e trimestre.", "2026-04-04", "au 2e trimestre", lambda r: named_quarter(r, 2)),
    ("Faire progresser les ventes de 10 % au cours du troisième trimestre 2026.", "2026-01-31", "au cours du troisième trimestre 2026", lambda r: quarter_end(2026, 3)),
    ("Baisser le coût d'acquisition à 45 € au premier trimestre.", "2026-11-22", "au premier trimestre", lambda r: named_quarter(r, 1)),
    ("Avoir 60 partenaires actifs au S1 2027.", "2026-09-14", "au S1 2027", lambda r: eom(2027, 6)),
    ("Lancer l'offre premium et vendre 900 abonnements au second semestre.", "2025-03-07", "au second semestre", lambda r: named_semester(r, 2)),
    ("Atteindre 70 de NPS au premier semestre.", "2027-01-04", "au premier semestre", lambda r: named_semester(r, 1)),
    ("Augmenter la part de marché à 12 % d'ici la fin du trimestre.", "2026-02-09", "d'ici la fin du trimestre", lambda r: quarter_end(r.year, (r.month - 1) // 3 + 1)),
    ("Réduire de moitié le délai de réponse aux prospects le trimestre prochain.", "2027-11-30", "le trimestre prochain", lambda r: quarter_end(2028, 1)),
    ("Obtenir 80 % de satisfaction fin du semestre.", "2027-03-19", "fin du semestre", lambda r: eom(r.year, 6 if r.month <= 6 else 12)),
    # months
    ("Envoyer la newsletter à 20 000 inscrits avant fin mars.", "2026-01-15", "avant fin mars", lambda r: named_month(r, 3)),
    ("Atteindre 300 commandes sur Etsy en septembre.", "2026-10-01", "en septembre", lambda r: named_month(r, 9)),
    ("Sortir 8 épisodes du podcast d'ici juin 2027.", "2025-12-19", "d'ici juin 2027", lambda r: eom(2027, 6)),
    ("Atteindre 2 000 fans Facebook pour février.", "2027-02-26", "pour février", lambda r: named_month(r, 2)),
    ("Passer de 40 à 65 leads qualifiés par semaine fin avril.", "2026-03-20", "fin avril", lambda r: named_month(r, 4)),
    ("Il faut boucler 45 ventes fin du mois.", "2026-01-31", "fin du mois", lambda r: eom(r.year, r.month)),
    ("Caler 30 rendez-vous terrain d'ici la fin du mois.", "2027-02-26", "d'ici la fin du mois", lambda r: eom(r.year, r.month)),
    ("Obtenir 15 retombées presse le mois prochain.", "2026-01-15", "le mois prochain", lambda r: eom(r.year + (r.month == 12), r.month % 12 + 1)),
    ("Ajouter 1 500 contacts au CRM le mois prochain.", "2027-12-18", "le mois prochain", lambda r: eom(r.year + (r.month == 12), r.month % 12 + 1)),
    # weekdays and days
    ("Boucler 10 inscriptions au salon d'ici vendredi.", "2026-02-09", "d'ici vendredi", lambda r: next_wd(r, "vendredi")),
    ("Publier les 3 études de cas d'ici vendredi, on compte sur 50 téléchargements.", "2027-04-16", "d'ici vendredi", lambda r: next_wd(r, "vendredi")),
    ("Relancer les 40 devis en attente avant lundi prochain.", "2026-05-13", "avant lundi prochain", lambda r: next_wd(r, "lundi")),
    ("Avoir 25 candidatures d'ambassadeurs pour mardi.", "2025-11-29", "pour mardi", lambda r: next_wd(r, "mardi")),
    ("Présenter 5 maquettes de landing page jeudi en huit.", "2026-09-14", "jeudi en huit", lambda r: days(next_wd(r, "jeudi"), 7)),
    ("Réunir 100 réponses au sondage client mercredi en huit.", "2027-07-29", "mercredi en huit", lambda r: days(next_wd(r, "mercredi"), 7)),
    ("Valider 3 partenariats influence demain au plus tard.", "2026-12-31", "demain", lambda r: days(r, 1)),
    ("Obtenir 20 précommandes après-demain, pour l'ouverture.", "2025-02-11", "après-demain", lambda r: days(r, 2)),
    ("Livrer la campagne de réactivation (objectif 8 % de réachat) le 18.", "2026-03-20", "le 18", lambda r: next_dom(r, 18)),
    ("Atteindre 500 inscrits au programme de parrainage pour le 1er avril.", "2027-02-26", "pour le 1er avril", lambda r: next_md(r, 4, 1)),
    ("Obtenir 60 avis 5 étoiles avant le 30.", "2026-01-15", "avant le 30", lambda r: next_dom(r, 30)),
    ("Décrocher 12 contrats avant le 23/04.", "2026-04-04", "avant le 23/04", lambda r: next_md(r, 4, 23)),
    ("Gagner 2 000 followers avant le 23/04/2027.", "2026-11-22", "avant le 23/04/2027", lambda r: D("2027-04-23")),
    ("Atteindre un CTR de 2,5 % pour le 2027-05-15.", "2026-06-21", "2027-05-15", lambda r: D("2027-05-15")),
    ("Générer 75 leads d'ici le 15.03.2027.", "2027-01-04", "d'ici le 15.03.2027", lambda r: D("2027-03-15")),
    ("Signer 4 nouveaux comptes grands clients le 31 décembre au plus tard.", "2026-05-13", "le 31 décembre", lambda r: next_md(r, 12, 31)),
    ("Vendre 1 000 coffrets avant le 15 mars 2027.", "2026-01-15", "avant le 15 mars 2027", lambda r: D("2027-03-15")),
    ("Atteindre 300 abonnés payants avant le 31/12.", "2027-12-18", "avant le 31/12", lambda r: next_md(r, 12, 31)),
    ("Récolter 5 000 € de dons le 5 janvier.", "2025-12-19", "le 5 janvier", lambda r: next_md(r, 1, 5)),
    # weeks and fortnights
    ("Programmer 30 posts LinkedIn d'ici la fin de la semaine.", "2026-10-01", "d'ici la fin de la semaine", sunday),
    ("Envoyer 200 messages de prospection d'ici la fin de la semaine.", "2025-08-17", "d'ici la fin de la semaine", sunday),
    ("Obtenir 10 rendez-vous la semaine prochaine.", "2027-09-23", "la semaine prochaine", lambda r: days(sunday(r), 7)),
    ("Caler 6 démos d'ici la semaine prochaine.", "2026-06-21", "d'ici la semaine prochaine", lambda r: days(sunday(r), 7)),
    ("Traiter les 80 demandes entrantes sous quinzaine.", "2027-01-04", "sous quinzaine", lambda r: days(r, 15)),
    ("Faire 350 ventes flash la première quinzaine de mai.", "2026-03-20", "la première quinzaine de mai", lambda r: next_md(r, 5, 15)),
    ("Réaliser 20 000 € de CA la deuxième quinzaine de juillet.", "2027-07-29", "la deuxième quinzaine de juillet", lambda r: named_month(r, 7)),
    # ranges
    ("Vendre 600 billets du 5 au 12 juin.", "2026-04-04", "du 5 au 12 juin", lambda r: next_md(r, 6, 12)),
    ("Atteindre 40 000 visites entre le 3 et le 9 octobre.", "2025-09-03", "entre le 3 et le 9 octobre", lambda r: next_md(r, 10, 9)),
    ("Collecter 1 200 leads au salon, 20-24 novembre.", "2026-10-01", "20-24 novembre", lambda r: next_md(r, 11, 24)),
    ("Écouler 3 000 unités du 28 février au 3 mars 2027.", "2026-12-31", "du 28 février au 3 mars 2027", lambda r: D("2027-03-03")),
    # seasons, rentrée, Noël
    ("Lancer la gamme solaire et atteindre 15 % de part de marché avant l'été.", "2026-02-09", "avant l'été", lambda r: season(r, "ete", before=True)),
    ("Atteindre 5 000 abonnés à l'infolettre cet été.", "2027-05-30", "cet été", lambda r: season(r, "ete")),
    ("Doubler le trafic du blog d'ici l'automne.", "2026-07-08", "d'ici l'automne", lambda r: season(r, "automne")),
    ("Vendre 2 000 doudounes cet hiver.", "2026-11-22", "cet hiver", lambda r: season(r, "hiver")),
    ("Obtenir 120 réservations de gîtes fin de l'été.", "2025-06-30", "fin de l'été", lambda r: season(r, "ete")),
    ("Remonter la note Trustpilot à 4,3 d'ici le printemps.", "2027-12-18", "d'ici le printemps", lambda r: season(r, "printemps")),
    ("Signer 10 clubs sportifs avant l'hiver.", "2026-08-28", "avant l'hiver", lambda r: season(r, "hiver", before=True)),
    ("Ouvrir 3 corners et vendre 800 paires au printemps 2027.", "2026-09-14", "au printemps 2027", lambda r: season_in(2027, "printemps")),
    ("Réduire le taux de désabonnement à 0,5 % avant le printemps.", "2026-01-15", "avant le printemps", lambda r: season(r, "printemps", before=True)),
    ("Inscrire 400 élèves aux ateliers d'ici la rentrée.", "2026-05-13", "d'ici la rentrée", lambda r: next_md(r, 9, 1)),
    ("Atteindre 1 500 abonnés au magazine pour la rentrée.", "2027-06-22", "pour la rentrée", lambda r: next_md(r, 9, 1)),
    ("Réaliser 30 % du CA annuel avant Noël.", "2025-10-26", "avant Noël", lambda r: next_md(r, 12, 25)),
    ("Vendre 5 000 calendriers de l'Avent d'ici Noël.", "2027-12-18", "d'ici Noël", lambda r: next_md(r, 12, 25)),
    # negatives: rates and periods, or no deadline at all
    ("Publier 3 articles de blog chaque semaine.", "2026-02-09", "chaque semaine", NONE),
    ("Générer 120 leads par mois via Google Ads.", "2025-05-23", "par mois", NONE),
    ("Atteindre 45 000 € de ventes mensuelles sur la boutique.", "2027-06-22", "mensuelles", NONE),
    ("Signer 15 nouveaux clients par trimestre.", "2026-12-31", "par trimestre", NONE),
    ("Obtenir 500 inscriptions sur l'année.", "2026-05-13", "sur l'année", NONE),
    ("Viser 2 M€ de CA annuel sur le e-commerce.", "2027-10-12", "annuel", NONE),
    ("Envoyer une newsletter hebdomadaire à 8 000 abonnés avec 35 % d'ouverture.", "2025-11-29", "hebdomadaire", NONE),
    ("Faire 40 appels de prospection par jour.", "2026-08-28", "par jour", NONE),
    ("Atteindre 12 000 sessions quotidiennes sur le site.", "2027-03-19", "quotidiennes", NONE),
    ("Gagner 300 abonnés tous les mois sur Pinterest.", "2026-06-21", "tous les mois", NONE),
    ("Ajouter 250 avis clients par an.", "2025-03-07", "par an", NONE),
    ("Faire 6 000 € de marge par semaine en boutique.", "2027-07-29", "par semaine", NONE),
    ("Augmenter le taux de conversion du site le plus vite possible.", "2026-10-01", "le plus vite possible", NONE),
    ("Développer la notoriété de la marque à long terme.", "2025-08-17", "à long terme", NONE),
    ("Doubler les ventes en magasin dès que possible.", "2027-01-04", "dès que possible", NONE),
    ("Obtenir 20 leads par webinar, deux webinars par mois.", "2026-03-20", "par mois", NONE),
]


def main():
    out = Path(__file__).with_name("dates.jsonl")
    lines = []
    for i, (text, ref, expr, compute) in enumerate(ITEMS, 1):
        assert expr in text, (text, expr)
        date = compute(D(ref))
        lines.append(json.dumps({"id": f"d-{i:03d}", "text": text, "ref_date": ref, "expr": expr,
                                 "date": date.isoformat() if date else None}, ensure_ascii=False))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(len(lines), "lines written to", out)


if __name__ == "__main__":
    main()
