"""Build rapport-annuel.docx, a hand-written annual-report extract for the frozen evaluation set.

Run from anywhere: python benchmarks/eval_others/documents/make_docx.py
The .docx is committed too; this script documents exactly what it holds.
"""
from pathlib import Path

from docx import Document

NNB = "\u202f"  # narrow no-break space, as typeset annual reports put before « % »

PARAGRAPHS_RESULTS = [
    f"Le chiffre d'affaires consolidé s'est établi à 412 millions d'euros, en hausse de 6,3{NNB}% à "
    f"périmètre constant. La marge opérationnelle courante a atteint 8,1{NNB}%, contre 7,4{NNB}% en 2025. "
    "Le Groupe a finalisé l'acquisition de la Laiterie Bressane, qui apporte 38 millions d'euros de "
    "ventes annuelles.",
    f"Les ventes réalisées sur les plateformes de distribution en ligne ont progressé de 19{NNB}% et "
    f"représentent désormais 7{NNB}% de l'activité. Le nombre de références certifiées biologiques a été "
    "porté à 140.",
]

PARAGRAPHS_OUTLOOK = [
    "Le Groupe entend accroître sa part de marché dans les fromages à pâte pressée. Il vise un chiffre "
    f"d'affaires de 480 millions d'euros à l'horizon 2029, dont 15{NNB}% réalisés à l'international. "
    "Le Conseil d'administration a fixé comme objectif une marge opérationnelle courante de "
    f"10{NNB}% en 2028. Au titre de l'exercice 2027, le Groupe vise une progression de 5{NNB}% de ses "
    "volumes vendus.",
    "Le Groupe prévoit de doubler ses ventes en ligne d'ici 2028 en s'appuyant sur sa nouvelle boutique "
    "directe. Il ambitionne également de ramener le taux de réclamation des clients sous "
    f"0,2{NNB}% d'ici fin 2027.",
    "Dans le cadre du plan de transformation, Halvane réduira de 30\u00a0% les émissions de gaz à effet "
    "de serre de ses sites industriels d'ici 2030. Le programme de fidélité « Cercle Halvane » comptera "
    "250 000 membres fin 2027.",
    f"Les instituts de conjoncture anticipent un recul de 1,5{NNB}% de la consommation de fromage en France "
    "en 2027. Le précédent plan stratégique prévoyait un chiffre d'affaires de 450 millions d'euros dès "
    "2026, objectif non atteint en raison de l'inflation des coûts laitiers.",
    "Un programme d'investissement de 65 millions d'euros sera consacré à la modernisation des sites sur "
    "la période 2027-2029. Il sera proposé à l'assemblée générale un dividende de 1,20 euro par action. "
    "L'assemblée générale des actionnaires se tiendra le 12 mai 2027 à Lyon.",
]

TABLE = [
    ("Indicateur", "Réalisé 2026", "Cible 2028"),
    ("Part des emballages recyclables", f"71{NNB}%", f"100{NNB}%"),
    ("Note de satisfaction des distributeurs", "7,2/10", "8/10"),
    ("Taux de fidélisation des adhérents du programme", f"64{NNB}%", f"75{NNB}%"),
]


def build(path: Path) -> None:
    doc = Document()
    doc.core_properties.title = "Groupe Halvane — Rapport annuel 2026 (extrait)"
    doc.add_heading("Groupe Halvane — Rapport annuel 2026", level=1)
    doc.add_heading("Rapport de gestion arrêté le 18 mars 2027", level=2)
    doc.add_heading("1. Faits marquants de l'exercice", level=2)
    for text in PARAGRAPHS_RESULTS:
        doc.add_paragraph(text)
    doc.add_heading("2. Perspectives et objectifs", level=2)
    for text in PARAGRAPHS_OUTLOOK:
        doc.add_paragraph(text)
    doc.add_heading("3. Objectifs extra-financiers à horizon 2028", level=3)
    table = doc.add_table(rows=len(TABLE), cols=3)
    table.style = "Table Grid"
    for row, values in zip(table.rows, TABLE):
        for cell, value in zip(row.cells, values):
            cell.text = value
    doc.save(path)


if __name__ == "__main__":
    build(Path(__file__).with_name("rapport-annuel.docx"))
