"""The document audit (issue 6): reading, goal detection, context, findings, reports, CLI.

Real .docx files are built with python-docx and real .pdf files with a minimal PDF
writer below (pypdf cannot write text); nothing is committed as a binary fixture.
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from smart_nlp.audit import DocumentError, audit_document, audit_paths, read_document
from smart_nlp.audit.command import audit_command, default_output, write_atomic
from smart_nlp.audit.context import document_ref_date
from smart_nlp.audit.core import detect_goals
from smart_nlp.audit.detect import GoalDetector, measure
from smart_nlp.audit.report import CSV_COLUMNS, render, render_csv, render_html, render_json, render_markdown
from smart_nlp.audit.segment import sentences
from smart_nlp.lang.fr import load

REF = date(2026, 1, 15)
from minimal_pdf import pdf_bytes  # noqa: E402  (tests/ is on sys.path)

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
SPEC_KEYS = {"text", "ref_date", "kpi", "channels", "targets", "baseline", "deadline", "means",
             "funnel", "criteria", "smart_score", "suggestion"}


# --------------------------------------------------------------------------- fixtures

PLAN_TXT = """PLAN MARKETING 2026 — ATELIER LUMIÈRE

1. Contexte

En 2025, nous avons réalisé un chiffre d'affaires de 420 000 €, en hausse de 8 %. Le marché français
du luminaire design pèse environ 1,3 milliard d'euros.
Le budget marketing de l'année s'élève à 38 000 €.
Nous publierons régulièrement sur Instagram et TikTok.
Comment attirer plus de clients en semaine ?

2. Objectifs

Objectifs 2026 :
- +20 % de CA
- 500 nouveaux clients B2B via LinkedIn

Objectif prioritaire : atteindre 150 leads qualifiés par mois via le blog d'ici fin juin 2026 en publiant
deux articles par semaine.
"""

PLAN_MD = """# Plan marketing 2026

Date : 15 janvier 2026

## Bilan 2025

- +12 % de CA
- 300 nouveaux clients

## Objectifs T2 2027

- **+20 %** de CA sur [Amazon](https://www.amazon.fr)
- Atteindre 5 000 abonnés LinkedIn

| Indicateur | Cible | Échéance |
|---|---|---|
| Chiffre d'affaires | +15 % | fin T4 2026 |
| Taux de réachat | 35 % | |

```
Augmenter le CA de 90 % (exemple dans un bloc de code, ignoré)
```
"""


def make_docx(path: Path, goal_extra: str = "") -> Path:
    import docx

    d = docx.Document()
    d.add_heading("Plan marketing 2026 – Atelier Lumière", 0)
    d.add_heading("1. Contexte", 1)
    d.add_paragraph("En 2025, nous avons réalisé un chiffre d'affaires de 420 000 €. "
                    "Le marché du luminaire design pèse 1,3 Md€ en France.")
    d.add_paragraph("Le budget marketing de l'année s'élève à 38 000 €.")
    d.add_heading("2. Objectifs", 1)
    d.add_paragraph("Nos objectifs pour le premier semestre 2027 :")
    d.add_paragraph("+20 % de CA sur la boutique Etsy", style="List Bullet")
    d.add_paragraph("Atteindre 150 leads qualifiés par mois via LinkedIn d'ici fin juin 2026 en publiant "
                    "3 posts par semaine" + goal_extra, style="List Bullet")
    d.add_paragraph("Nous publierons régulièrement sur Instagram.")
    table = d.add_table(rows=3, cols=3)
    for i, row in enumerate([("Indicateur", "Cible", "Échéance"), ("Chiffre d'affaires", "+15 %", "fin T4 2026"),
                             ("Taux de réachat", "35 %", "")]):
        for j, value in enumerate(row):
            table.rows[i].cells[j].text = value
    d.add_page_break()
    d.add_heading("3. Questions ouvertes", 1)
    d.add_paragraph("Quel budget consacrer à Google Ads l'an prochain ?")
    d.add_paragraph("Doubler les ventes de la gamme enfants d'ici fin 2026 grâce à deux salons.")
    d.save(str(path))
    return path


PDF_PAGES = [
    [(18, "Plan marketing 2026"), (11, "Date : 15 janvier 2026"), (14, "Contexte"),
     (11, "L'association compte 420 adhérents et 35 bénévoles actifs."),
     (11, "Les dons en ligne ont progressé de 12 % l'an dernier."), (14, "Objectifs T2 2027"),
     (11, "• +20 % de dons en ligne"), (11, "• 300 nouveaux adhérents grâce au parrainage"),
     (11, "Nous visons aussi 10 000 abonnés Instagram d'ici fin 2026, en publiant trois Reels par"),
     (11, "semaine, afin de recruter des bénévoles."), (9, "Association Les Amis du Parc — page 1")],
    [(14, "Moyens"), (11, "Le budget marketing 2026 s'élève à 12 000 €."),
     (11, "Réduire le coût par adhérent de 30 % d'ici fin 2026 en passant"),
     (11, "au prélèvement automatique."), (9, "Association Les Amis du Parc — page 2")],
    [(14, "Annexe"), (11, "Le marché associatif local reste dynamique."),
     (9, "Association Les Amis du Parc — page 3")],
]


@pytest.fixture(scope="module")
def az():
    """The analyzer the CLI uses (one load for the module)."""
    from smart_nlp.analyzer import default_analyzer

    return default_analyzer()


@pytest.fixture()
def docs(tmp_path: Path) -> dict[str, Path]:
    txt = tmp_path / "plan.txt"
    txt.write_text(PLAN_TXT, encoding="utf-8")
    md = tmp_path / "plan.md"
    md.write_text(PLAN_MD, encoding="utf-8")
    pdf = tmp_path / "plan.pdf"
    pdf.write_bytes(pdf_bytes(PDF_PAGES))
    return {"txt": txt, "md": md, "docx": make_docx(tmp_path / "plan.docx"), "pdf": pdf}


def cli_app() -> typer.Typer:
    app = typer.Typer(add_completion=False)
    app.command("audit")(audit_command)

    @app.command("version")
    def version() -> None:  # a second command, so that « audit » stays a subcommand
        typer.echo("smart_nlp")

    return app


runner = CliRunner()


def run(*args: str):
    return runner.invoke(cli_app(), ["audit", *args])


def flat(text: str) -> str:
    return " ".join(text.split())


def statements(audit) -> list[str]:
    return [g.statement for g in audit.goals]


# --------------------------------------------------------------------------- language data

def test_goal_cues_data_compiles_and_every_cue_has_a_french_label():
    cues = load("goal_cues")
    for key, value in cues.items():
        if key in ("labels", "not_infinitives", "abbreviations"):
            continue
        for pattern in value:
            re.compile(pattern)
    names = {"question", "past", "stative_verbs", "stative_states", "passive", "subject_start", "future_action", "budget", "market",
             "context_start", "heading", "intention", "modal", "wish", "more_of", "signed_lead", "purpose",
             "goal_verb", "action_verb", "target", "kpi", "deadline", "goal_section", "retro_section", "past_time"}
    assert names <= set(cues["labels"])
    for key, value in cues.items():
        if isinstance(value, list):
            assert len(value) == len(set(value)), f"goal_cues.yaml: duplicates in {key}"


# --------------------------------------------------------------------------- detector

GOALS = [
    "Augmenter de 20 % le CA issu de LinkedIn d'ici fin 2026.",
    "Nous visons 15 000 visites organiques par mois sur le blog d'ici fin mars.",
    "Objectif : un taux d'ouverture de 40 % sur la newsletter des adhérents.",
    "+15 % de réservations de groupes d'ici le 31 décembre.",
    "Je veux plus de leads sur LinkedIn.",
    "Les réservations en ligne doivent représenter 60 % du total.",
    "Que le festival gagne en notoriété d'ici la fin de l'année.",
    "Gîte de la Vallée : 30 avis 5 étoiles sur Airbnb avant fin décembre.",
    "Nous atteindrons 500 clients d'ici fin 2026.",
    "Nous publierons 3 posts par semaine sur LinkedIn pour atteindre 1 000 abonnés d'ici juin.",
    "Le club vise 60 000 € de recettes de billetterie, soit +15 % par rapport à l'an dernier.",
    "Refaire la vitrine et le logo du salon d'ici fin mars avec un graphiste.",
    "Nous doublerons le CA en 2027.",
    "On va tripler les abonnés LinkedIn d'ici juin.",
    *"""
Passer de 1 800 à 2 500 clients actifs d'ici fin 2026.
Nous voulons réduire le taux de désabonnement de la newsletter à 0,5 % d'ici juin.
Objectif n°2 : 40 rendez-vous qualifiés par mois grâce aux salons.
Accroître la part des ventes en ligne à 50 % du chiffre d'affaires en 2027.
Conquérir 200 nouveaux clients professionnels en Bretagne avant fin 2026.
Développer le chiffre d'affaires export de 25 % sur 18 mois.
Faire passer le taux de conversion du site de 1,2 % à 2 % d'ici fin T3.
Notre ambition est de devenir la première agence du département d'ici 2028.
Il faut que le panier moyen dépasse 70 € avant l'été.
Atteindre une note Google de 4,8 sur 5 d'ici décembre.
+30 % d'inscriptions aux ateliers enfants d'ici la rentrée.
Nous souhaitons vendre 500 coffrets de Noël avant le 20 décembre.
Générer 1 000 leads via les webinars en 2026.
Fidéliser 70 % des nouveaux clients au-delà de six mois.
Doubler le nombre d'abonnés YouTube d'ici un an en publiant une vidéo par semaine.
D'ici fin 2026, porter à 3 000 le nombre d'adhérents de l'association.
Nous nous fixons 150 ventes par mois sur la boutique en ligne avant l'été.
Ambition 2027 : 1 M€ de chiffre d'affaires sur la gamme professionnelle.
Augmenter la notoriété de la marque auprès des 18-25 ans en 2026.
Obtenir 50 avis clients supplémentaires sur Google d'ici fin mars.
Notre priorité est d'atteindre 25 % de clients récurrents d'ici un an.
Réduire de moitié le coût d'acquisition sur Meta Ads en six mois.
Vendre 2 000 billets pour l'édition 2026 du festival.
Cible : 40 % de taux d'ouverture sur la newsletter mensuelle d'ici juin.
Nous devons signer 10 nouveaux distributeurs avant la fin de l'année.
Multiplier par trois le trafic organique du blog d'ici 18 mois.
Avoir 500 clients abonnés à la box d'ici fin 2026.""".strip().splitlines(),
]
NON_GOALS = [
    ("En 2025 nous avons réalisé 1,2 M€ de chiffre d'affaires, en hausse de 8 %.", "past"),
    ("L'an dernier, la newsletter comptait 3 200 inscrits.", "past"),
    ("Nos abonnés Instagram sont passés de 2 000 à 5 000 en 2025.", "past"),
    ("Le budget marketing de l'année s'élève à 38 000 €.", None),
    ("Budget prévisionnel : 2 500 € par mois pour la publicité en ligne.", "budget"),
    ("Le marché français du vélo électrique pèse environ 1,3 milliard d'euros.", None),
    ("Nos principaux concurrents sont deux chaînes nationales.", None),
    ("Nous publierons régulièrement sur LinkedIn et Instagram.", "future_action"),
    ("Nous mettrons en place un programme de parrainage.", "future_action"),
    ("Comment attirer plus de clients en semaine ?", "question"),
    ("Faut-il lancer une newsletter mensuelle", "question"),
    ("Contexte : l'association compte 420 adhérents.", "context_start"),
    ("Notre NPS actuel est de 32.", None),
    ("La salle de sport compte 1 150 adhérents actifs.", "stative_verbs"),
    ("Objectifs marketing 2027", None),
    ("Nous souhaitons remercier toute l'équipe pour son engagement.", None),
    ("Recruter un alternant.", None),
    ("Nous vendons nos vins chez 45 cavistes.", "subject_start"),
    *((text, None) for text in """
Notre agence a été créée à Lyon il y a quinze ans.
Les ventes en ligne représentaient 35 % du chiffre d'affaires l'an passé.
Sur les douze derniers mois, le trafic du site a augmenté de 18 %.
Le coût moyen d'un clic sur Google Ads tourne autour de 1,20 €.
Nous disposons d'une base de 8 000 contacts clients.
Le secteur de la restauration rapide croît de 4 % par an.
Les concurrents directs pratiquent des prix inférieurs de 10 %.
Nous allons organiser une journée portes ouvertes en mai.
La refonte de la boutique en ligne sera livrée en septembre.
Faut-il investir dans la publicité télévisée locale ?
Quels indicateurs suivre chaque mois ?
Budget alloué aux réseaux sociaux : 800 € par mois.
Investissement prévu : 15 000 € pour le salon de Paris.
Rappel : la réunion de lancement aura lieu le 12 février.
Menaces : hausse du prix des matières premières et inflation.
Notre cible : les femmes de 30 à 45 ans vivant en zone urbaine.
L'enquête de satisfaction a recueilli 350 réponses.
Le taux de clic moyen de nos campagnes atteint 2,3 %.
Nous avons lancé une page TikTok en octobre dernier.
Les abonnés Instagram sont aujourd'hui au nombre de 4 200.
Chaque vendredi, l'équipe publiera un récapitulatif sur LinkedIn.
Le panier moyen a progressé de 6 € depuis janvier.
Nous comptons aujourd'hui 1 800 clients actifs.
Tableau 3 : répartition des ventes par canal en 2025
Source : enquête interne, décembre 2025.
Les résultats du premier trimestre sont encourageants.
Plus de la moitié de nos clients viennent du bouche-à-oreille.
Le site reçoit en moyenne 250 visites par jour.
La boutique sera fermée pendant les travaux en août.
Le magasin de Nantes enregistre 40 % des ventes du réseau.
Depuis l'ouverture du second magasin, la fréquentation a nettement progressé.
Les jeunes parents constituent notre cœur de clientèle.
Grâce au salon de Rennes, nous avons signé 12 contrats l'automne dernier.
Pour rappel, le site a été refondu au printemps 2025.
À ce jour, la page Facebook rassemble environ 2 300 fans.
Selon l'Insee, la population de la commune augmente de 1 % par an.
Le prestataire facture 450 € par mois pour la gestion des campagnes.
Une newsletter mensuelle est envoyée à 5 000 abonnés.
Nous participerons à trois salons professionnels cette année.
Pourquoi ne pas tester les publicités sur Pinterest ?
Est-ce que l'influence est adaptée à notre cible ?
Deux stagiaires rejoindront l'équipe au printemps.
En moyenne, un client revient trois fois par an.
La concurrence s'est intensifiée avec l'arrivée de deux enseignes nationales.
Environ 60 % des demandes de devis arrivent par téléphone.
Les retours clients sur la nouvelle carte sont très positifs.
Ce plan a été validé par le conseil d'administration en décembre.
En 2024, les dons avaient reculé de 5 %.
Un partenariat avec la radio locale est à l'étude.
Notre taux de fidélisation s'établit à 62 % à un an.
Les tarifs seront revus à la hausse de 3 % au 1er mars.
Il y a deux ans, nous ne vendions pas encore en ligne.
Annexe 4 – Planning détaillé des publications
La moitié du budget sera consacrée à la publicité sur Meta.
Chaque commercial suit environ 80 comptes clients.""".strip().splitlines()),
]


@pytest.mark.parametrize("text", GOALS)
def test_detector_keeps_goals(text):
    det = GoalDetector(REF).detect(text)
    assert det.is_goal, det.explain()
    assert det.explain().startswith("retenu")


@pytest.mark.parametrize("text,veto", NON_GOALS)
def test_detector_leaves_out_context_past_budgets_market_actions_questions(text, veto):
    det = GoalDetector(REF).detect(text)
    assert not det.is_goal, det.explain()
    assert det.explain().startswith("écarté")
    if veto:
        assert det.veto is not None and det.veto.name == veto, det.explain()


def test_detector_reads_bullets_with_their_heading():
    detector = GoalDetector(REF)
    assert detector.detect("+20 % de CA", "bullet", ["Objectifs 2026 :"]).is_goal
    assert not detector.detect("+12 % de CA", "bullet", ["Bilan 2025"]).is_goal
    assert detector.detect("500 nouveaux clients", "bullet", ["Objectifs T2 2027"]).is_goal
    det = detector.detect("Objectifs 2026 :", "paragraph")
    assert not det.is_goal and det.veto.name == "heading"
    assert not detector.detect("2. Objectifs 2026", "heading").is_goal
    assert detector.detect("Objectif 1 : doubler les ventes en ligne d'ici fin 2026", "heading").is_goal


def test_detector_explains_with_french_cue_labels():
    det = GoalDetector(REF).detect("Augmenter de 20 % le CA issu de LinkedIn d'ici fin 2026.")
    names = [c.name for c in det.cues]
    assert names[:1] == ["goal_verb"] and {"target", "kpi", "deadline"} <= set(names)
    assert "verbe d'objectif en tête (« Augmenter »)" in det.explain()
    det = GoalDetector(REF).detect("Nous avons participé au salon Vivatech en juin dernier.")
    assert det.explain() == "écarté\u00a0: résultat passé (« avons participé »)"


def _corpus(name: str) -> list[dict]:
    return [json.loads(line) for line in (CORPUS / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def test_detector_precision_and_recall_on_the_corpus():
    goals = [(r["text"], date.fromisoformat(r["ref_date"])) for r in _corpus("dev.jsonl")]
    nongoals = [(r["text"], REF) for r in _corpus("nongoals.jsonl")]
    m = measure(goals, nongoals)
    assert m["tp"] + m["fn"] == len(goals) and m["fp"] + m["tn"] == len(nongoals) == 160
    assert m["precision"] >= 0.97, m["false_positives"]
    assert m["recall"] >= 0.97, m["missed"]


# --------------------------------------------------------------------------- splitting

def test_sentences_respect_abbreviations_and_numbers():
    text = "Nous visons 12.500 visites (cf. annexe 2). Le CA était de 1,2 M€. Ex. : la boutique ouvre."
    assert [s for _, s in sentences(text)] == ["Nous visons 12.500 visites (cf. annexe 2).",
                                               "Le CA était de 1,2 M€.", "Ex. : la boutique ouvre."]
    for offset, s in sentences(text):
        assert text[offset:offset + len(s)] == s


def test_txt_headings_bullets_lead_in_and_lines(docs):
    doc = read_document(docs["txt"])
    by_text = {s.text: s for s in doc.segments}
    assert by_text["PLAN MARKETING 2026 — ATELIER LUMIÈRE"].kind == "heading"
    assert by_text["1. Contexte"].kind == "heading"
    bullet = by_text["+20 % de CA"]
    assert bullet.kind == "bullet" and bullet.lead_in == "Objectifs 2026 :"
    assert bullet.location.line == 14 and bullet.location.section == "2. Objectifs"
    assert bullet.contexts[:2] == ["Objectifs 2026 :", "2. Objectifs"]
    wrapped = [s for s in doc.segments if s.text.startswith("Le marché français")][0]
    assert wrapped.text.endswith("pèse environ 1,3 milliard d'euros.") and wrapped.location.line == 5
    goal = [s for s in doc.segments if s.text.startswith("Objectif prioritaire")][0]
    assert goal.text.endswith("deux articles par semaine.") and goal.location.line == 17


def test_markdown_structure_tables_and_inline_markup(docs):
    doc = read_document(docs["md"])
    texts = [s.text for s in doc.segments]
    assert "+20 % de CA sur Amazon" in texts
    assert not any("bloc de code" in t for t in texts)
    header = [s for s in doc.segments if s.kind == "table_header"][0]
    assert header.text == "Indicateur | Cible | Échéance"
    row = [s for s in doc.segments if s.kind == "table_row"][0]
    assert row.text == "Chiffre d'affaires | +15 % | fin T4 2026"
    assert row.lead_in == header.text and row.location.table == 1 and row.location.row == 2
    assert row.location.describe() == "tableau\u00a01, ligne\u00a02 — section «\u00a0Objectifs T2 2027\u00a0»"


def test_docx_headings_lists_tables_pages(tmp_path):
    doc = read_document(make_docx(tmp_path / "p.docx"))
    by_text = {s.text: s for s in doc.segments}
    assert by_text["2. Objectifs"].kind == "heading"
    bullet = by_text["+20 % de CA sur la boutique Etsy"]
    assert bullet.kind == "bullet" and bullet.lead_in == "Nos objectifs pour le premier semestre 2027 :"
    assert bullet.location.page == 1 and bullet.location.paragraph == 7
    rows = [s for s in doc.segments if s.kind == "table_row"]
    assert [r.text for r in rows] == ["Chiffre d'affaires | +15 % | fin T4 2026", "Taux de réachat | 35 %"]
    last = by_text["Doubler les ventes de la gamme enfants d'ici fin 2026 grâce à deux salons."]
    assert last.location.page == 2 and last.location.section == "3. Questions ouvertes"
    assert doc.pages == 2


def test_pdf_pages_lines_headings_and_running_footer(tmp_path):
    path = tmp_path / "plan.pdf"
    path.write_bytes(pdf_bytes(PDF_PAGES))
    doc = read_document(path)
    texts = [s.text for s in doc.segments]
    assert not any("Les Amis du Parc" in t for t in texts), "running footer kept"
    by_text = {s.text: s for s in doc.segments}
    assert by_text["Objectifs T2 2027"].kind == "heading"
    bullet = by_text["+20 % de dons en ligne"]
    assert bullet.kind == "bullet" and bullet.location.page == 1 and bullet.location.line == 7
    assert bullet.contexts[0] == "Objectifs T2 2027"
    joined = by_text["Nous visons aussi 10 000 abonnés Instagram d'ici fin 2026, en publiant trois Reels par "
                     "semaine, afin de recruter des bénévoles."]
    assert joined.location.line == 9
    cross = [t for t in texts if t.startswith("Réduire le coût")][0]
    assert cross.endswith("en passant au prélèvement automatique.")
    assert by_text[cross].location.page == 2 and by_text[cross].location.section == "Moyens"
    assert doc.pages == 3


# --------------------------------------------------------------------------- bad input

def _encrypted_pdf(path: Path) -> Path:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes(PDF_PAGES[:1]))))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    with open(path, "wb") as fh:
        writer.write(fh)
    return path


def _encrypted_docx(path: Path) -> Path:
    """The container of a password-protected Office file: a compound file (OLE) that holds
    EncryptionInfo and EncryptedPackage streams instead of the .docx zip."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + b"\x3e\x00\x03\x00\xfe\xff\x09\x00"
    entries = "".join(name.ljust(32, "\x00") for name in ("Root Entry", "EncryptionInfo", "EncryptedPackage"))
    path.write_bytes(header.ljust(512, b"\x00") + entries.encode("utf-16-le") + os.urandom(2048))
    return path


BAD_INPUTS = {
    "missing": (lambda d: d / "absent.docx", "fichier introuvable"),
    "directory": (lambda d: d, "c'est un dossier"),
    "extension": (lambda d: _write(d / "plan.odt", b"PK\x03\x04"), "format non pris en charge (.odt)"),
    "corrupt_docx": (lambda d: _write(d / "plan.docx", b"PK\x03\x04 ceci n'est pas un docx"), "fichier Word"),
    "old_doc": (lambda d: _write(d / "plan.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600),
                "ancien format Word (.doc)"),
    "encrypted_docx": (lambda d: _encrypted_docx(d / "plan.docx"), "protégé par mot de passe"),
    "corrupt_pdf": (lambda d: _write(d / "plan.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage"),
                    "PDF endommagé"),
    "not_pdf": (lambda d: _write(d / "plan.pdf", b"Bonjour, ceci est du texte."), "l'en-tête %PDF est absent"),
    "encrypted_pdf": (lambda d: _encrypted_pdf(d / "plan.pdf"), "PDF protégé par mot de passe"),
    "scanned_pdf": (lambda d: _write(d / "scan.pdf", pdf_bytes([[], []], image_only=True)),
                    "aucune couche de texte sur 2 pages (PDF scanné ?)"),
    "empty_txt": (lambda d: _write(d / "vide.txt", b""), "document vide"),
    "blank_md": (lambda d: _write(d / "vide.md", b"\n\n   \n# \n"), "document vide"),
    "empty_docx": (lambda d: _empty_docx(d / "vide.docx"), "document vide"),
    "binary_txt": (lambda d: _write(d / "plan.txt", b"\x00\x01\x02binaire"), "semble binaire"),
}


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _empty_docx(path: Path) -> Path:
    import docx

    docx.Document().save(str(path))
    return path


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_bad_inputs_raise_a_clear_error_naming_the_file(tmp_path, case):
    make, message = BAD_INPUTS[case]
    path = make(tmp_path)
    with pytest.raises(DocumentError) as info:
        read_document(path)
    assert str(info.value).startswith(f"{path} : ")
    assert message in str(info.value)


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_cli_bad_inputs_exit_2_and_write_nothing(tmp_path, case):
    make, message = BAD_INPUTS[case]
    path = make(tmp_path)
    before = set(tmp_path.iterdir())
    result = run(str(path))
    assert result.exit_code == 2, result.output
    assert message in flat(result.stderr) and str(path.name) in result.stderr
    assert "Aucun rapport n'a été écrit" in flat(result.stderr)
    assert set(tmp_path.iterdir()) == before


def test_invalid_utf8_text_is_an_error_naming_the_line_as_for_goal_files(tmp_path):
    """One decoder, one policy for every text input (smart_nlp.inputs.decode)."""
    data = "Contexte\n\nAtteindre 500 abonnés d'ici fin 2026.\n".encode("cp1252")
    path = _write(tmp_path / "plan.txt", data)
    with pytest.raises(DocumentError) as err:
        read_document(path)
    assert str(err.value) == f"{path} : ligne 3 : encodage invalide, le fichier doit être en UTF-8 (invalid UTF-8)"


def test_pdf_with_some_scanned_pages_warns(tmp_path):
    data = pdf_bytes(PDF_PAGES[:1] + [[]])
    path = _write(tmp_path / "mixte.pdf", data)
    doc = read_document(path)
    assert doc.warnings == ["page 2 sans texte (scannée ?) : non analysée."]


# --------------------------------------------------------------------------- audit: context and ref date

def test_heading_deadline_is_passed_down_to_goals_without_one(tmp_path, az):
    path = _write(tmp_path / "p.md", "## Objectifs T2 2027\n\n- +20 % de CA\n- 500 nouveaux clients d'ici fin 2026\n"
                                    "\n## Bilan 2025\n\n- +12 % de CA\n".encode())
    audit = audit_document(read_document(path), az, REF)
    assert statements(audit) == ["+20 % de CA", "500 nouveaux clients d'ici fin 2026"]
    first, second = audit.goals
    assert first.text == "+20 % de CA, d'ici le 30 juin 2027"
    assert first.context["deadline_from"] == "Objectifs T2 2027" and first.context["deadline"] == "2027-06-30"
    d = first.analysis.to_dict()
    assert d["deadline"]["date"] == "2027-06-30" and d["criteria"]["time_bound"]["met"]
    assert d["text"][d["deadline"]["start"]:d["deadline"]["end"]] == d["deadline"]["text"]
    assert second.text == second.statement and second.analysis.deadline.date == date(2026, 12, 31)


def test_lead_in_year_and_kpi_are_read_with_the_bullets(tmp_path, az):
    path = _write(tmp_path / "p.txt", "Chiffre d'affaires 2026 :\n- +20 % sur Amazon\n- +10 % en boutique\n".encode())
    audit = audit_document(read_document(path), az, REF)
    assert [g.text for g in audit.goals] == ["Chiffre d'affaires : +20 % sur Amazon, d'ici le 31 décembre 2026",
                                             "Chiffre d'affaires : +10 % en boutique, d'ici le 31 décembre 2026"]
    assert all(g.analysis.kpi == "revenue" for g in audit.goals)
    assert audit.goals[0].context["kpi_from"] == "Chiffre d'affaires 2026 :"


def test_reference_date_from_the_option_then_the_document_then_today(tmp_path, az):
    dated = _write(tmp_path / "a.md", "# Plan\n\nDate : 3 mars 2026\n\n- Atteindre 500 clients d'ici 3 mois\n".encode())
    plain = _write(tmp_path / "b.md", "# Plan\n\n- Atteindre 500 clients d'ici 3 mois\n".encode())
    assert audit_document(read_document(dated), az, REF).ref_date == REF
    a = audit_document(read_document(dated), az)
    assert a.ref_date == date(2026, 3, 3) and a.ref_source.startswith("indiquée dans le document, ligne\u00a03")
    assert a.goals[0].analysis.deadline.date == date(2026, 6, 3)
    b = audit_document(read_document(plain), az, REF)
    assert b.ref_date == REF and b.ref_source == "option --ref-date"
    c = audit_document(read_document(plain), az)
    assert c.ref_date == date.today() and c.ref_source.startswith("date du jour")
    assert document_ref_date(read_document(plain)) is None


def test_enumerating_label_is_removed_before_analysis(tmp_path, az):
    path = _write(tmp_path / "p.md", "## Objectif 1 : doubler les ventes en ligne d'ici fin 2026\n".encode())
    audit = audit_document(read_document(path), az, REF)
    (goal,) = audit.goals
    assert goal.text == "doubler les ventes en ligne d'ici fin 2026"
    assert goal.context["label_removed"] == "Objectif 1 :"
    assert [t.value for t in goal.analysis.targets] == [2]


# --------------------------------------------------------------------------- findings

def _findings(audit) -> dict[str, dict]:
    return {f["code"]: f for f in audit.findings}


def test_findings_funnel_priority_channels_deadlines(docs, az):
    audit = audit_document(read_document(docs["txt"]), az, REF)
    assert statements(audit) == ["+20 % de CA", "500 nouveaux clients B2B via LinkedIn",
                                 "Objectif prioritaire : atteindre 150 leads qualifiés par mois via le blog d'ici "
                                 "fin juin 2026 en publiant deux articles par semaine."]
    f = _findings(audit)
    assert f["funnel"]["level"] == "warning"
    assert "Sans objectif\u00a0: Notoriété (voir)" in f["funnel"]["message"] and "Fidélisation (revenir)" in f["funnel"]["message"]
    assert f["funnel"]["data"] == {"see": 0, "think": 1, "do": 2, "care": 0, "none": 0}
    assert f["priority"]["level"] == "ok" and f["priority"]["goals"] == ["O3"]
    assert set(f["channels"]["data"]["with_goals"]) == {"linkedin", "blog"}
    assert set(f["channels"]["data"]["mentioned_without_goal"]) == {"instagram", "tiktok"}
    assert "Canaux cités sans objectif\u00a0: Instagram (ligne\u00a08), TikTok (ligne\u00a08)" in f["channels"]["message"]
    assert f["deadlines"]["data"]["without_deadline"] == []
    assert [t["id"] for t in f["deadlines"]["data"]["timeline"]] == ["O3", "O1", "O2"]
    assert f["deadline_context"]["goals"] == ["O1", "O2"]
    assert audit.summary["criteria"]["measurable"] == {"name": "Mesurable", "met": 3, "total": 3, "share": 1.0}
    for finding in audit.findings:
        assert finding["message"] == finding["message"].strip() and " :" not in finding["message"]


def test_findings_duplicates_conflicts_and_inferred_priority(tmp_path, az):
    text = ("Objectifs 2026 :\n"
            "- Augmenter de 20 % le CA issu d'Amazon d'ici fin 2026.\n"
            "- Augmenter de 35 % le CA issu d'Amazon d'ici fin 2026.\n"
            "- Gagner 2 000 abonnés Instagram d'ici fin 2026.\n"
            "- Gagner 2 000 abonnés Instagram d'ici fin 2026 !\n"
            "- Atteindre 500 abonnés à la newsletter.\n")
    audit = audit_document(read_document(_write(tmp_path / "p.txt", text.encode())), az, REF)
    f = _findings(audit)
    assert f["conflicts"]["data"]["pairs"] == [["O1", "O2"]]
    assert f["duplicates"]["data"]["pairs"] == [["O3", "O4"]]
    assert f["priority"]["level"] == "info" and f["priority"]["data"]["inferred"] == "O1"
    assert f["deadline_context"]["goals"] == ["O5"]
    assert "Toutes les échéances tombent le même jour" in f["deadlines"]["message"]


def test_several_marked_priorities_are_flagged(tmp_path, az):
    text = ("Objectif prioritaire : doubler le CA en ligne d'ici fin 2026.\n\n"
            "En priorité, atteindre 300 nouveaux clients B2B d'ici fin 2026.\n")
    audit = audit_document(read_document(_write(tmp_path / "p.txt", text.encode())), az, REF)
    f = _findings(audit)
    assert f["priority"]["level"] == "warning" and f["priority"]["goals"] == ["O1", "O2"]


def test_document_without_goal_is_an_explicit_report(tmp_path, az):
    text = "Contexte\n\nEn 2025, nous avons réalisé 1,2 M€ de CA.\nNous publierons sur Instagram.\n"
    audit = audit_document(read_document(_write(tmp_path / "p.txt", text.encode())), az, REF)
    assert audit.goals == []
    f = _findings(audit)
    assert f["no_goal"]["level"] == "warning" and "Aucun objectif n'a été trouvé" in f["no_goal"]["message"]
    assert f["channels"]["data"]["mentioned_without_goal"] == {"instagram": ["ligne\u00a04"]}
    from smart_nlp.audit.core import AuditReport

    report = AuditReport([audit])
    html = render_html(report)
    assert "Aucun objectif détecté dans ce document." in html
    assert "**Aucun objectif détecté dans ce document.**" in render_markdown(report)
    assert json.loads(render_json(report))["documents"][0]["goals"] == []
    assert render_csv(report).splitlines() == [";".join(CSV_COLUMNS)]


# --------------------------------------------------------------------------- reports

class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.stack: list[str] = []
        self.errors: list[str] = []

    VOID = {"meta", "br", "img", "link", "input", "hr", "rect", "line", "circle", "polygon", "col"}

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.extend(attrs)
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
        else:
            self.stack.pop()


@pytest.fixture(scope="module")
def report(tmp_path_factory, az):
    d = tmp_path_factory.mktemp("report")
    path = make_docx(d / "plan.docx", goal_extra=" <script>alert('x')</script> & « guillemets » | pipe")
    return audit_paths([path], az, REF)


def test_html_is_one_escaped_self_contained_page(report):
    html = render_html(report)
    parser = _Tags()
    parser.feed(html)
    assert html.startswith("<!DOCTYPE html>") and '<html lang="fr">' in html
    assert parser.errors == [] and parser.stack == []
    assert "script" not in parser.tags and "link" not in parser.tags and "img" not in parser.tags
    assert not [a for a in parser.attrs if a[0] in ("src", "href") and a[1] and not a[1].startswith("#")]
    assert "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "") and "https://" not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; « guillemets »" in html
    assert parser.tags.count("svg") >= 3  # criteria, funnel, timeline
    assert parser.tags.count("article") == len(report.documents[0].goals)
    assert html.count('class="yes"') + html.count('class="no"') >= 5 * len(report.documents[0].goals)
    for needle in ("Synthèse", "Constats sur la stratégie", "Couverture de l&#39;entonnoir", "Objectifs",
                   "Détail des objectifs", "Proposition de reformulation", "p.\u00a01, paragraphe\u00a07",
                   '<mark class="target"', '<span class="added"', "@media print"):
        assert needle in html, needle


def test_html_renders_milestones_and_ambition_when_present(report):
    goal = report.documents[0].goals[1]
    d = goal.analysis.to_dict()
    html = render_html(report)
    if d.get("milestones"):
        assert 'class="milestones"' in html
    goal.analysis.to_dict = lambda: {**d, "milestones": [{"date": "2026-03-31", "text": "31 mars 2026 : 50 leads"}],
                                     "ambition": {"text": "×3 en 5 mois"}}
    try:
        html = render_html(report)
    finally:
        del goal.analysis.to_dict
    assert "31 mars 2026\u00a0: 50 leads" in html and "×3 en 5 mois" in html


def test_markdown_report_is_escaped_and_complete(report):
    text = render_markdown(report)
    assert text.startswith("# Audit SMART — ")
    for title in ("## Synthèse", "## Constats", "## Objectifs", "## Détail des objectifs"):
        assert title in text
    assert "\\<script\\>" in text and "<script>" not in text
    assert "\\| pipe" in text
    rows = [line for line in text.splitlines() if re.match(r"\| O\d+ \|", line)]
    assert len(rows) == len(report.documents[0].goals)
    assert all(line.count("✓") + line.count("✗") == 5 for line in rows)


def test_json_report_holds_spec_objects_with_locations(report):
    data = json.loads(render_json(report))
    (doc,) = data["documents"]
    assert doc["ref_date"] == "2026-01-15" and doc["format"] == "Word" and doc["pages"] == 2
    assert {f["code"] for f in doc["findings"]} >= {"score", "criteria", "funnel", "priority", "channels", "deadlines"}
    for goal in doc["goals"]:
        a = goal["analysis"]
        assert SPEC_KEYS <= set(a) and a["id"] == goal["id"]
        assert goal["location"]["label"]
        for sp in a["targets"] + a["means"] + [x for x in (a["baseline"], a["deadline"]) if x]:
            assert a["text"][sp["start"]:sp["end"]] == sp["text"]
        assert goal["detection"]["is_goal"] and goal["detection"]["explanation"].startswith("retenu")


def test_csv_opens_in_a_french_spreadsheet(report, tmp_path):
    text = render_csv(report)
    path = tmp_path / "r.csv"
    write_atomic(path, text, "utf-8-sig")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == CSV_COLUMNS
    assert rows[0][9:14] == ["spécifique", "mesurable", "atteignable", "pertinent", "temporel"]
    goals = report.documents[0].goals
    assert len(rows) == 1 + len(goals)
    first = dict(zip(rows[0], rows[1]))
    assert first["énoncé"] == "'+20 % de CA sur la boutique Etsy"  # not read as a formula
    assert first["échéance"] == "30/06/2027" and first["indicateur"] == "chiffre d'affaires"
    assert {r[9] for r in rows[1:]} <= {"oui", "non"}
    assert all(len(r) == len(CSV_COLUMNS) for r in rows)


def test_render_rejects_an_unknown_format(report):
    with pytest.raises(ValueError, match="format inconnu"):
        render(report, "xlsx")


# --------------------------------------------------------------------------- CLI

@pytest.mark.parametrize("kind", ["txt", "md", "docx", "pdf"])
def test_cli_default_html_report_next_to_each_input(docs, kind):
    result = run(str(docs[kind]), "--ref-date", "2026-01-15")
    assert result.exit_code == 0, result.output
    out = default_output(docs[kind], "html")
    assert out.name == "plan.audit.html" and out.exists()
    html = out.read_text(encoding="utf-8")
    assert "<h1>Audit SMART — " in html and "<article" in html
    assert f"Rapport HTML écrit dans {out}" in flat(result.stderr)
    assert not [p for p in out.parent.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize("kind", ["txt", "md", "docx", "pdf"])
@pytest.mark.parametrize("fmt", ["md", "json", "csv"])
def test_cli_formats_to_stdout(docs, kind, fmt):
    result = run(str(docs[kind]), "--format", fmt, "-o", "-", "--ref-date", "2026-01-15")
    assert result.exit_code == 0, result.output
    out = result.stdout
    if fmt == "json":
        data = json.loads(out)
        assert data["documents"][0]["goals"], kind
        assert all(SPEC_KEYS <= set(g["analysis"]) for g in data["documents"][0]["goals"])
    elif fmt == "csv":
        assert out.startswith("\ufeff" + ";".join(CSV_COLUMNS[:3]))
        assert len(out.strip().splitlines()) >= 3
    else:
        assert out.startswith("# Audit SMART — ") and "## Détail des objectifs" in out


@pytest.mark.parametrize("name, written", [
    ("report.md", "Markdown"), ("Report.MARKDOWN", "Markdown"), ("report.json", "JSON"), ("report.csv", "CSV"),
    ("report.htm", "HTML"), ("report.html", "HTML"), ("report.txt", "HTML")])
def test_cli_output_extension_names_the_format(docs, tmp_path, name, written):
    out = tmp_path / name
    result = run(str(docs["md"]), "-o", str(out), "--ref-date", "2026-01-15")
    assert result.exit_code == 0, result.output
    assert f"Rapport {written} écrit dans {out}" in flat(result.stderr)
    content = out.read_text(encoding="utf-8-sig")
    starts = {"Markdown": "# Audit SMART — ", "JSON": "{", "CSV": ";".join(CSV_COLUMNS[:3]), "HTML": "<!"}
    assert content.lstrip().startswith(starts[written]), content[:80]


def test_cli_explicit_format_wins_over_the_extension(docs, tmp_path):
    out = tmp_path / "report.md"
    result = run(str(docs["md"]), "-o", str(out), "-f", "json", "--ref-date", "2026-01-15")
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text(encoding="utf-8"))["documents"][0]["goals"]


def test_cli_several_files_into_one_report_with_progress(docs, tmp_path):
    out = tmp_path / "audit.json"
    result = run(*(str(docs[k]) for k in ("txt", "md", "docx", "pdf")), "-f", "json", "-o", str(out),
                 "--ref-date", "2026-01-15")
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [Path(d["file"]).name for d in data["documents"]] == ["plan.txt", "plan.md", "plan.docx", "plan.pdf"]
    assert data["n_goals"] == sum(len(d["goals"]) for d in data["documents"]) >= 10
    pdf = data["documents"][3]
    assert pdf["ref_date"] == "2026-01-15" and pdf["ref_source"] == "option --ref-date"
    assert [g["statement"] for g in pdf["goals"]] == [
        "+20 % de dons en ligne", "300 nouveaux adhérents grâce au parrainage",
        "Nous visons aussi 10 000 abonnés Instagram d'ici fin 2026, en publiant trois Reels par semaine, "
        "afin de recruter des bénévoles.",
        "Réduire le coût par adhérent de 30 % d'ici fin 2026 en passant au prélèvement automatique."]
    assert pdf["goals"][0]["analysis"]["deadline"]["date"] == "2027-06-30"
    assert pdf["goals"][0]["location"]["page"] == 1


def test_cli_bad_files_among_several_are_reported_and_the_others_audited(docs, tmp_path):
    out = tmp_path / "audit.json"
    odt = _write(tmp_path / "x.odt", b"PK\x03\x04")
    result = run(str(docs["txt"]), str(tmp_path / "absent.pdf"), str(odt), "-o", str(out), "-f", "json")
    assert result.exit_code == 2
    err = flat(result.stderr)
    assert "absent.pdf : fichier introuvable" in err and "x.odt : format non pris en charge" in err
    assert "2 fichiers en erreur : ils sont signalés ici, les autres documents ont été audités." in err
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [d["file"] for d in data["documents"]] == [str(docs["txt"])] and data["documents"][0]["goals"]
    assert [f["file"] for f in data["failures"]] == [str(tmp_path / "absent.pdf"), str(odt)]


def test_cli_only_bad_files_writes_nothing(tmp_path):
    out = tmp_path / "audit.html"
    odt = _write(tmp_path / "x.odt", b"PK\x03\x04")
    result = run(str(tmp_path / "absent.pdf"), str(odt), "-o", str(out))
    assert result.exit_code == 2
    assert "2 fichiers en erreur : aucun rapport n'a été écrit." in flat(result.stderr)
    assert not out.exists()


def test_cli_several_files_default_outputs_do_not_clash(docs):
    result = run(str(docs["txt"]), str(docs["md"]), "--ref-date", "2026-01-15", "-f", "md")
    assert result.exit_code == 0, result.output
    folder = docs["txt"].parent
    assert (folder / "plan.txt.audit.md").exists() and (folder / "plan.md.audit.md").exists()
    assert not (folder / "plan.audit.md").exists()


def test_cli_no_goal_exits_0_with_an_explicit_report(tmp_path):
    path = _write(tmp_path / "notes.md", "# Notes\n\nLe budget 2026 s'élève à 12 000 €.\n".encode())
    result = run(str(path), "-f", "md", "--ref-date", "2026-01-15")
    assert result.exit_code == 0, result.output
    assert "Aucun objectif détecté dans" in flat(result.stderr)
    assert "**Aucun objectif détecté dans ce document.**" in (tmp_path / "notes.audit.md").read_text(encoding="utf-8")


def test_cli_bad_ref_date_and_missing_output_dir(docs, tmp_path):
    result = run(str(docs["txt"]), "--ref-date", "15/01/2026")
    assert result.exit_code == 2 and "date de référence invalide" in flat(result.stderr)
    result = run(str(docs["txt"]), "-o", str(tmp_path / "nope" / "r.html"))
    assert result.exit_code == 2 and "n'existe pas" in flat(result.stderr)
    result = run(str(docs["txt"]), "-o", str(tmp_path))
    assert result.exit_code == 2 and "est un dossier" in flat(result.stderr)


def test_write_atomic_never_leaves_half_a_report(tmp_path):
    target = tmp_path / "r.html"
    target.write_text("ancien rapport", encoding="utf-8")
    with pytest.raises(UnicodeEncodeError):
        write_atomic(target, "début du rapport\ud800 fin", "utf-8")
    assert target.read_text(encoding="utf-8") == "ancien rapport"
    assert [p.name for p in tmp_path.iterdir()] == ["r.html"]
    write_atomic(target, "nouveau rapport")
    assert target.read_text(encoding="utf-8") == "nouveau rapport"


def test_detect_goals_plan_is_reference_independent_of_analysis(docs):
    plan = detect_goals(read_document(docs["md"]))
    assert plan.ref_date == date(2026, 1, 15) and plan.ref_source.startswith("indiquée dans le document")
    assert [g.statement for g in plan.goals] == ["+20 % de CA sur Amazon", "Atteindre 5 000 abonnés LinkedIn",
                                                 "Chiffre d'affaires | +15 % | fin T4 2026", "Taux de réachat | 35 %"]
    assert all(g.analysis is None for g in plan.goals)


def test_markdown_and_csv_keep_french_no_break_spaces(tmp_path):
    plan = tmp_path / "plan.md"
    plan.write_text("# Objectifs 2027\n\n- Augmenter de 20 % les ventes sur Etsy d'ici fin 2027 grâce à 3 fiches par semaine.\n",
                    encoding="utf-8")
    report = audit_paths([plan], ref_date="2027-01-10")
    md = render_markdown(report)
    assert "Date de référence\u00a0:" in md
    assert "20\u00a0%" in md
    assert "\u00a0%" in render_csv(report)


@pytest.mark.parametrize("raw, shown", [
    ("Maison & Objet", "Maison &amp; Objet"),          # a plain ampersand, not « &amp;amp; »
    ("R&amp;D", "R&amp;amp;D"),                         # an entity typed by the user stays literal
    ("<b>gras</b> *étoile*", "&lt;b&gt;gras&lt;/b&gt; *étoile*"),
])
def test_markdown_escaping_renders_the_text_as_written(raw, shown):
    """Escaped for Markdown (backslashes), not for HTML: a CommonMark renderer shows the text."""
    from markdown_it import MarkdownIt

    from smart_nlp.audit.report_md import md

    assert MarkdownIt().renderInline(md(raw)) == shown
