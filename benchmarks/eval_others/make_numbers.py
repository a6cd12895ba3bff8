"""Build numbers.jsonl: hand-written goal sentences and their expected targets (SPEC section 1).

The expected values are written here by the annotator; the script only checks and serialises
them, so that no-break spaces (U+00A0, U+202F) and typographic apostrophes survive as written.
"""
import json
from pathlib import Path

NB, NNB = "\u00a0", "\u202f"


def t(kind, value, unit=None, period=None):
    return {"kind": kind, "value": value, "unit": unit, "period": period}


L, DL, PC, F = "level", "delta", "percent_change", "factor"

ITEMS = [
    # numbers in words
    ("Atteindre deux millions trois cent mille euros de chiffre d'affaires en 2027.", "2026-02-09", [t(L, 2300000, "EUR")]),
    ("Porter les ventes en ligne à deux millions et demi d'euros d'ici fin 2026.", "2025-11-29", [t(L, 2500000, "EUR")]),
    ("Nous visons quatre millions et demi de vues sur nos vidéos YouTube cette année.", "2026-01-15", [t(L, 4500000)]),
    ("Franchir le cap d'un demi-million d'abonnés TikTok avant l'été.", "2027-03-19", [t(L, 500000)]),
    ("Atteindre un taux de conversion de trois virgule deux pour cent sur la boutique.", "2026-05-13", [t(L, 3.2, "%")]),
    ("Gagner deux douzaines de revendeurs agréés au T2.", "2027-01-04", [t(DL, 24)]),
    ("Recruter trois douzaines d'ambassadeurs de plus pour le programme de parrainage.", "2025-09-03", [t(DL, 36)]),
    ("Atteindre mille deux cents demandes de devis sur l'année.", "2026-08-28", [t(L, 1200, None, "year")]),
    ("Passer à vingt et un mille abonnés à l'infolettre d'ici décembre.", "2025-06-30", [t(L, 21000)]),
    ("Atteindre quatre-vingt-dix-neuf pour cent de commandes livrées à temps.", "2027-06-22", [t(L, 99, "%")]),
    ("Obtenir trois mille cinq cents inscriptions au salon virtuel.", "2026-10-01", [t(L, 3500)]),
    ("Augmenter les ventes du rayon bio de vingt-cinq pour cent en un an.", "2027-10-12", [t(PC, 25, "%")]),
    ("Atteindre soixante-dix clients grands comptes d'ici 2028.", "2026-03-20", [t(L, 70)]),
    ("Atteindre cent vingt rendez-vous qualifiés par mois.", "2025-02-11", [t(L, 120, None, "month")]),
    # Belgian and Swiss French
    ("Atteindre septante-cinq pour cent de clients satisfaits d'ici la fin de l'année.", "2026-04-04", [t(L, 75, "%")]),
    ("Notre magasin de Namur vise nonante mille visiteurs en 2027.", "2026-12-31", [t(L, 90000)]),
    ("Faire passer le taux de réachat à septante pour cent.", "2027-02-26", [t(L, 70, "%")]),
    ("La coopérative veut compter nonante-neuf membres avant septembre.", "2025-05-23", [t(L, 99)]),
    ("Le Valais compte atteindre huitante mille nuitées réservées en ligne.", "2026-07-08", [t(L, 80000)]),
    # digits and thousands marks
    ("Atteindre 1 250 000 visites sur le site marchand en 2026.", "2025-10-26", [t(L, 1250000)]),
    (f"Porter le nombre d'abonnés à 48{NB}000 d'ici la rentrée.", "2026-05-13", [t(L, 48000)]),
    (f"Générer 3{NNB}500 leads qualifiés au second semestre.", "2027-04-16", [t(L, 3500)]),
    ("Atteindre 2.400 clients actifs en Belgique l'an prochain.", "2026-09-14", [t(L, 2400)]),
    ("Atteindre 1'000 inscrits au webinaire de Genève.", "2025-08-17", [t(L, 1000)]),
    ("Compter 2’500 membres actifs dans le club d'ici juin.", "2026-01-31", [t(L, 2500)]),
    ("Passer le chiffre d'affaires à 12'400'000 CHF d'ici 2029.", "2027-07-29", [t(L, 12400000, "CHF")]),
    ("Atteindre 8.450,75 € de ventes quotidiennes sur la marketplace.", "2026-06-21", [t(L, 8450.75, "EUR", "day")]),
    ("Faire 175.000,40 $ de chiffre d'affaires sur Amazon d'ici mars.", "2027-12-18", [t(L, 175000.4, "USD")]),
    ("Améliorer le taux de clic de ,5 point sur les bannières display.", "2026-02-09", [t(DL, 0.5, "pt")]),
    ("Obtenir un taux d'ouverture de 27,5 % sur la newsletter.", "2025-03-07", [t(L, 27.5, "%")]),
    ("Cumuler 2 billions d'impressions sur le réseau display d'ici 2030.", "2026-11-22", [t(L, 2000000000000)]),
    ("Atteindre 1,2 million d'écoutes du podcast.", "2027-05-30", [t(L, 1200000)]),
    ("Passer à 15k abonnés LinkedIn sur la page entreprise.", "2026-12-31", [t(L, 15000)]),
    ("Dépasser 1M de vues cumulées sur Instagram Reels.", "2025-12-19", [t(L, 1000000)]),
    ("Atteindre 3 milliards d'impressions publicitaires sur l'année.", "2027-08-31", [t(L, 3000000000, None, "year")]),
    # signs
    ("+15 % de ventes sur l'e-shop au T4.", "2026-07-08", [t(PC, 15, "%")]),
    ("Objectif : -20 % de coût par acquisition sur Meta Ads.", "2027-09-23", [t(PC, -20, "%")]),
    ("CPL : −12 € d'ici la fin du trimestre.", "2026-01-15", [t(DL, -12, "EUR")]),
    ("+500 abonnés Pinterest ce mois-ci.", "2025-02-11", [t(DL, 500)]),
    ("Atteindre un NPS de +45 en fin d'année.", "2026-10-01", [t(L, 45)]),
    ("Faire remonter le NPS de -10 à +20 d'ici l'automne.", "2027-06-22", [t(L, 20)]),
    # percent written out
    ("Augmenter les réservations de 15 pour cent par rapport à 2025.", "2026-03-20", [t(PC, 15, "%")]),
    ("Baisser le churn de 8 pourcent en six mois.", "2025-06-30", [t(PC, -8, "%")]),
    ("Atteindre 4 pour-cent de conversion sur la landing page.", "2027-11-30", [t(L, 4, "%")]),
    ("Atteindre 5 % de part de marché en Suisse romande.", "2026-08-28", [t(L, 5, "%")]),
    ("Porter le taux de rétention à 12,5 % au S2.", "2027-01-04", [t(L, 12.5, "%")]),
    # currencies before or after
    ("Atteindre $25k de ventes sur le store américain avant fin 2026.", "2026-04-04", [t(L, 25000, "USD")]),
    ("Faire monter le panier moyen à EUR 45.", "2025-05-23", [t(L, 45, "EUR")]),
    ("Ramener le coût par lead à 20 euros.", "2026-11-22", [t(L, 20, "EUR")]),
    ("La filiale américaine vise 40 millions de dollars de ventes en 2028.", "2027-03-19", [t(L, 40000000, "USD")]),
    ("Atteindre 12 k$ de revenus publicitaires par mois sur la chaîne.", "2025-09-03", [t(L, 12000, "USD", "month")]),
    ("Réaliser 3 M€ de CA sur le canal B2B.", "2027-10-12", [t(L, 3000000, "EUR")]),
    ("Atteindre 150 k€ de précommandes avant le lancement.", "2026-06-21", [t(L, 150000, "EUR")]),
    ("Réduire le CAC à €3k par client grand compte.", "2025-08-17", [t(L, 3000, "EUR")]),
    ("Réaliser 4 M$ de ventes annuelles sur la plateforme.", "2026-01-31", [t(L, 4000000, "USD", "year")]),
    ("Atteindre 1,5 Md€ de chiffre d'affaires à l'horizon 2030.", "2027-12-18", [t(L, 1500000000, "EUR")]),
    ("Atteindre CHF 1,2 million de ventes en ligne en 2027.", "2026-09-14", [t(L, 1200000, "CHF")]),
    ("Générer 150 000 francs suisses de dons lors de la campagne.", "2025-11-29", [t(L, 150000, "CHF")]),
    ("Hit £80k de revenus sur le marché britannique.", "2026-02-09", [t(L, 80000, "GBP")]),
    ("Atteindre GBP 5 000 de ventes mensuelles au Royaume-Uni.", "2027-04-16", [t(L, 5000, "GBP", "month")]),
    ("Porter le chiffre d'affaires londonien à £2,5 M.", "2025-03-07", [t(L, 2500000, "GBP")]),
    ("Atteindre 12 000 USD de revenus sur l'offre SaaS d'ici le T4.", "2026-12-31", [t(L, 12000, "USD")]),
    # Canadian context
    ("Notre boutique de Montréal vise 300 000 $ de ventes en ligne d'ici Noël.", "2026-08-28", [t(L, 300000, "CAD")]),
    ("Atteindre 50 000 $ CA de dons pour la fondation.", "2027-02-26", [t(L, 50000, "CAD")]),
    ("Au Québec, faire grimper le panier moyen de 15 $.", "2025-10-26", [t(DL, 15, "CAD")]),
    ("Réaliser 2 millions de dollars canadiens de ventes à l'export.", "2026-05-13", [t(L, 2000000, "CAD")]),
    ("Atteindre CAD 40 000 de revenus récurrents par mois.", "2027-07-29", [t(L, 40000, "CAD", "month")]),
    # durations
    ("Ramener le temps d'attente au service client à 1 min 20.", "2026-03-20", [t(L, 1.3333, "min")]),
    ("Faire passer la durée moyenne d'écoute du podcast à 2 h 30.", "2027-05-30", [t(L, 2.5, "h")]),
    ("Réduire le délai de réponse aux leads à 1h15.", "2025-12-19", [t(L, 1.25, "h")]),
    ("Porter le temps moyen passé sur la page produit de 2 min à 3 min 30.", "2026-10-01", [t(L, 3.5, "min")]),
    ("Ramener le délai de réponse aux avis négatifs à 45 min.", "2027-09-23", [t(L, 45, "min")]),
    # points of a rate
    ("Gagner 3 points de taux de conversion sur mobile.", "2026-07-08", [t(DL, 3, "pt")]),
    ("Augmenter le taux d'ouverture de 1,5 pt d'ici juin.", "2025-02-11", [t(DL, 1.5, "pt")]),
    ("Réduire le churn de 2 points cette année.", "2026-04-04", [t(DL, -2, "pt")]),
    ("Prendre 4 points de part de marché aux concurrents d'ici 2029.", "2027-11-30", [t(DL, 4, "pt")]),
    # factors and proportions
    ("Réduire de moitié le coût par lead sur Google Ads.", "2026-01-15", [t(F, 0.5)]),
    ("Réduire d'un tiers les retours produits en 2027.", "2026-06-21", [t(F, 0.6667)]),
    ("Réduire de trois quarts le délai de traitement des devis.", "2025-09-03", [t(F, 0.25)]),
    ("Réduire de deux tiers le taux d'abandon de panier.", "2027-01-04", [t(F, 0.3333)]),
    ("Obtenir deux fois plus de leads depuis le blog.", "2026-11-22", [t(F, 2)]),
    ("Faire trois fois plus de ventes sur Vinted qu'en 2025.", "2026-02-09", [t(F, 3)]),
    ("Avoir deux fois moins de désabonnements à la newsletter.", "2025-05-23", [t(F, 0.5)]),
    ("Doubler le nombre de rendez-vous pris en ligne d'ici juin.", "2026-02-09", [t(F, 2)]),
    ("Quadrupler le nombre de téléchargements de l'application.", "2027-08-31", [t(F, 4)]),
    ("Multiplier par 1,5 le chiffre d'affaires des salons.", "2026-08-28", [t(F, 1.5)]),
    ("Diviser par trois le coût d'acquisition client.", "2025-06-30", [t(F, 0.3333)]),
    ("x3 sur les ventes de la gamme enfant d'ici 2027 !", "2026-05-13", [t(F, 3)]),
    ("Augmenter de moitié les recettes de la billetterie.", "2027-03-19", [t(F, 1.5)]),
    # rates per period
    ("Atteindre 15 000 € mensuels de ventes sur Etsy.", "2026-12-31", [t(L, 15000, "EUR", "month")]),
    ("Passer à 300 commandes hebdo sur le drive.", "2025-11-29", [t(L, 300, None, "week")]),
    ("Atteindre 2 000 visites/jour sur le blog.", "2027-10-12", [t(L, 2000, None, "day")]),
    ("Porter les ventes trimestrielles à 1,2 M€.", "2026-09-14", [t(L, 1200000, "EUR", "quarter")]),
    ("Faire croître le MRR de 5 % par mois pendant un an.", "2025-08-17", [t(PC, 5, "%", "month")]),
    ("Générer 40 demandes de démo par semaine depuis LinkedIn.", "2026-03-20", [t(L, 40, None, "week")]),
    # traps: counts, deadlines, means, baselines, several targets
    ("Porter notre réseau à 1 500 agences d'ici 2030.", "2026-01-31", [t(L, 1500)]),
    ("Tripler le CA en ligne d'ici 2028 en investissant entre 40 et 50 millions $ dans la plateforme.", "2027-06-22", [t(F, 3)]),
    ("Gagner 2 000 abonnés en 6 mois avec un budget de 1 500 €/mois.", "2026-10-01", [t(DL, 2000)]),
    ("Passer de 10 000 à 15 000 visiteurs uniques d'ici le 30 juin.", "2027-04-16", [t(L, 15000)]),
    ("Faire passer le taux de conversion de 1,2 % à 2 % en 3 mois grâce à 2 tests A/B par semaine.", "2025-12-19", [t(L, 2, "%")]),
    ("Atteindre 500 clients et 200 000 € de chiffre d'affaires en 2027.", "2026-07-08", [t(L, 500), t(L, 200000, "EUR")]),
    ("Ramener le coût par lead à 30 € sur les 3 prochains mois.", "2027-02-26", [t(L, 30, "EUR")]),
    ("Remonter en 2e position sur Google pour « traiteur Lyon » d'ici le 15 mai.", "2026-04-04", [t(L, 2)]),
    ("Lancer la v2 de l'appli et atteindre 30 000 téléchargements au T3 2026.", "2025-10-26", [t(L, 30000)]),
    ("Obtenir 10 000 abonnés de plus en publiant 5 Reels par semaine.", "2026-06-21", [t(DL, 10000)]),
    ("Augmenter le panier moyen de 8 € sur l'e-shop d'ici le 15/09.", "2027-07-29", [t(DL, 8, "EUR")]),
    ("Atteindre un ROAS de 400 % sur les campagnes Shopping.", "2025-03-07", [t(L, 400, "%")]),
]


def main():
    out = Path(__file__).with_name("numbers.jsonl")
    lines = []
    for i, (text, ref, targets) in enumerate(ITEMS, 1):
        assert targets and all(x["kind"] in (L, DL, PC, F) for x in targets), text
        lines.append(json.dumps({"id": f"n-{i:03d}", "text": text, "ref_date": ref, "targets": targets},
                                ensure_ascii=False))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(len(lines), "lines written to", out)


if __name__ == "__main__":
    main()
