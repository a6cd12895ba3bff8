#!/usr/bin/env python
"""Time the audit of a generated 100-page strategy document (issue 6).

Builds two documents of the same generated content — a Word file (python-docx, one
explicit page break a page) and a PDF (a minimal hand-written PDF, Helvetica, about
40 lines a page) — then audits each the way ``smart-nlp audit`` does: read and
segment, detect goals and read them in context, analyse them, compute the findings,
render the HTML report. The analyzer is loaded once beforehand (its load time is
printed apart: it is the same for one goal or a thousand).

Usage::

    python benchmarks/bench_audit.py              # 100 pages
    python benchmarks/bench_audit.py --pages 20
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

REF_DATE = "2026-01-15"
LINES_PER_PAGE = 40

PRODUCTS = ["la gamme bio", "nos coffrets cadeaux", "l'offre de formation", "la box mensuelle", "nos vélos électriques",
            "la ligne homme", "nos ateliers enfants", "l'abonnement premium", "la collection été", "nos paniers"]
CHANNELS = ["LinkedIn", "Instagram", "TikTok", "Amazon", "le blog", "la newsletter", "Google Ads", "YouTube",
            "les salons", "le référencement naturel"]
PERIODS = ["d'ici fin 2026", "d'ici fin juin 2026", "avant le 31 décembre 2026", "en 6 mois", "d'ici fin T3 2026",
           "au premier semestre 2027", "d'ici 3 mois", "avant Noël"]
MEANS = ["en publiant 3 posts par semaine", "grâce à un budget de 1 500 € par mois", "en recrutant un commercial",
         "grâce à deux webinars", "en optimisant 20 fiches produits", "avec une campagne d'emailing mensuelle"]
GOALS = [
    "Augmenter de {p} % le chiffre d'affaires de {prod} sur {ch} {t} {m}.",
    "Atteindre {n} abonnés sur {ch} {t}.",
    "Nous visons {n} leads qualifiés par mois via {ch} {t}, {m}.",
    "Doubler les ventes de {prod} {t}.",
    "Réduire le coût par lead sur {ch} de {p} % {t} {m}.",
    "Obtenir {n} nouveaux clients B2B pour {prod} {t}.",
]
BULLET_GOALS = ["+{p} % de CA sur {ch}", "{n} nouveaux clients pour {prod}", "Atteindre {n} inscrits à la newsletter",
                "Taux de conversion de {small} % sur {ch}"]
CONTEXT = [
    "En 2025, nous avons réalisé un chiffre d'affaires de {k} k€, en hausse de {p} % sur un an.",
    "Le marché français de {prod} pèse environ {small} milliards d'euros.",
    "Le budget marketing de l'année s'élève à {k} 000 €.",
    "Nous publierons régulièrement sur {ch} et sur {ch2}.",
    "Comment mieux mesurer l'impact de {ch} sur les ventes ?",
    "L'équipe commerciale compte {small} personnes basées à Nantes.",
    "Nos clients nous découvrent surtout grâce au bouche-à-oreille et à {ch}.",
    "La campagne de mars sur {ch} a généré {n} ventes pour {k} 000 € de chiffre d'affaires.",
    "Nous travaillons avec une agence de communication depuis trois ans.",
    "Le taux d'ouverture moyen de nos e-mails est de {p} %.",
]


def fill(template: str, rnd: random.Random) -> str:
    ch, ch2 = rnd.sample(CHANNELS, 2)
    return template.format(p=rnd.choice([5, 10, 15, 20, 30, 50]), prod=rnd.choice(PRODUCTS), ch=ch, ch2=ch2,
                           t=rnd.choice(PERIODS), m=rnd.choice(MEANS), n=rnd.choice([50, 120, 300, 1000, 5000]),
                           k=rnd.randint(12, 900), small=rnd.randint(2, 9))


def pages(n_pages: int, seed: int = 6) -> list[list[tuple[str, str]]]:
    """Each page: (kind, text) lines — kind is title, heading, lead, bullet or text."""
    rnd = random.Random(seed)
    out = []
    for page in range(1, n_pages + 1):
        lines: list[tuple[str, str]] = []
        if page == 1:
            lines += [("title", "Plan marketing 2026"), ("text", "Date : 15 janvier 2026")]
        while len(lines) < LINES_PER_PAGE - 8:
            section = rnd.random()
            if section < 0.35:
                lines.append(("heading", f"{len(out) + 1}.{len(lines)} Contexte et résultats"))
                lines += [("text", fill(rnd.choice(CONTEXT), rnd)) for _ in range(rnd.randint(3, 6))]
            elif section < 0.7:
                lines.append(("heading", f"{len(out) + 1}.{len(lines)} Objectifs"))
                lines += [("text", fill(rnd.choice(GOALS), rnd)) for _ in range(rnd.randint(2, 4))]
            else:
                lines.append(("heading", f"{len(out) + 1}.{len(lines)} Objectifs T{rnd.randint(2, 4)} 2026"))
                lines.append(("lead", "Nos cibles pour ce trimestre :"))
                lines += [("bullet", fill(rnd.choice(BULLET_GOALS), rnd)) for _ in range(rnd.randint(2, 4))]
        out.append(lines)
    return out


def write_docx(content: list[list[tuple[str, str]]], path: Path) -> None:
    import docx

    d = docx.Document()
    for i, lines in enumerate(content):
        for kind, text in lines:
            if kind == "title":
                d.add_heading(text, 0)
            elif kind == "heading":
                d.add_heading(text, 1)
            elif kind == "bullet":
                d.add_paragraph(text, style="List Bullet")
            else:
                d.add_paragraph(text)
        if i < len(content) - 1:
            d.add_page_break()
    d.save(str(path))


def write_pdf(content: list[list[tuple[str, str]]], path: Path) -> None:
    """Helvetica, WinAnsiEncoding; long lines are wrapped at 95 characters."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    from minimal_pdf import pdf_bytes

    sizes = {"title": 18, "heading": 14}
    pages = []
    for lines in content:
        page = []
        for kind, text in lines:
            text = ("• " + text) if kind == "bullet" else text
            chunks, current = [], ""
            for word in text.split():
                if len(current) + len(word) > 95:
                    chunks.append(current)
                    current = word
                else:
                    current = f"{current} {word}".strip()
            chunks.append(current)
            page += [(sizes.get(kind, 10), chunk) for chunk in chunks]
        pages.append(page)
    path.write_bytes(pdf_bytes(pages))


def audit_once(path: Path, analyzer) -> dict:
    from smart_nlp.audit.core import AuditReport, audit_document, detect_goals
    from smart_nlp.audit.report import render_html
    from smart_nlp.audit.readers import read_document

    t0 = time.perf_counter()
    doc = read_document(path)
    t1 = time.perf_counter()
    plan = detect_goals(doc, REF_DATE)
    t2 = time.perf_counter()
    audit = audit_document(doc, analyzer, REF_DATE, plan=plan)
    t3 = time.perf_counter()
    html = render_html(AuditReport([audit]))
    t4 = time.perf_counter()
    return {"pages": doc.pages, "statements": len(doc.segments), "goals": len(audit.goals),
            "read": t1 - t0, "detect": t2 - t1, "analyse": t3 - t2, "render": t4 - t3, "total": t4 - t0,
            "html_kib": len(html.encode()) / 1024}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=100)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

    t = time.perf_counter()
    from smart_nlp.analyzer import default_analyzer

    analyzer = default_analyzer()
    load = time.perf_counter() - t
    content = pages(args.pages)
    print(f"Analyzer load: {load:.2f} s (once per process)")
    print(f"| document | pages | statements | goals | read | detect | analyse | render HTML | total |")
    print(f"| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    with tempfile.TemporaryDirectory() as tmp:
        for name, writer in (("docx", write_docx), ("pdf", write_pdf)):
            path = Path(tmp) / f"plan-{args.pages}p.{name}"
            writer(content, path)
            r = audit_once(path, analyzer)
            print(f"| {name} | {r['pages']} | {r['statements']} | {r['goals']} | {r['read']:.2f} s | "
                  f"{r['detect']:.2f} s | {r['analyse']:.2f} s | {r['render']:.2f} s | **{r['total']:.2f} s** |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
