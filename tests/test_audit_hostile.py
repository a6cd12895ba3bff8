"""Hostile and malformed documents: each is audited in part or refused with a clear
French message (with an English gloss), never a traceback; limits answer with a
report that says what was left out. Small sizes here; the large ones are measured by
benchmarks/fuzz_documents.py."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from hostile_documents import (MALFORMED_DOCX, broken_xml_docx, deep_headings_txt, deep_nesting_md, flate_bomb_pdf,
                               huge_table_docx, huge_table_md, malformed_docx, many_lines_md, many_statements_md,
                               many_pages_pdf, tiny_paragraphs_docx, zip_bomb_docx)
from smart_nlp.audit import DocumentError, audit_paths, detect_goals, read_document
from smart_nlp.audit import limits
from smart_nlp.audit.core import audit_document
from smart_nlp.audit.report import render

REF = "2026-01-15"


@pytest.fixture(scope="module")
def az():
    from smart_nlp.analyzer import default_analyzer

    return default_analyzer()


def _save(tmp_path: Path, built: tuple[str, bytes]) -> Path:
    name, data = built
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("build", [
    lambda: many_lines_md(3000), lambda: many_statements_md(400), lambda: deep_headings_txt(40),
    lambda: deep_nesting_md(60), lambda: huge_table_md(300), lambda: tiny_paragraphs_docx(3000),
    lambda: huge_table_docx(200), lambda: many_pages_pdf(60),
], ids=["many_lines", "many_statements", "deep_headings", "deep_nesting", "md_table", "tiny_paragraphs",
        "docx_table", "many_pages"])
def test_large_shapes_are_read_and_detected(tmp_path, build):
    doc = read_document(_save(tmp_path, build()))
    plan = detect_goals(doc, REF)
    assert all(len(s.headings) <= limits.MAX_HEADING_DEPTH for s in doc.segments)
    assert all(len(s.text) <= limits.MAX_STATEMENT_CHARS for s in doc.segments)
    assert len(plan.goals) <= limits.MAX_GOALS


def test_deep_headings_are_bounded_and_still_give_their_context(tmp_path):
    doc = read_document(_save(tmp_path, deep_headings_txt(30)))
    deepest = doc.segments[-1]
    assert len(deepest.headings) == limits.MAX_HEADING_DEPTH
    assert deepest.headings[-1].endswith("Partie 30")


def test_statement_and_goal_limits_give_a_truncated_report_that_says_so(tmp_path, monkeypatch):
    monkeypatch.setattr("smart_nlp.audit.core.MAX_STATEMENTS", 50)
    monkeypatch.setattr("smart_nlp.audit.core.MAX_GOALS", 10)
    doc = read_document(_save(tmp_path, many_statements_md(200)))
    plan = detect_goals(doc, REF)
    assert len(plan.goals) == 10
    assert any("seuls les 50 premiers ont été examinés" in n for n in plan.notes)
    assert any("seuls les 10 premiers ont été analysés" in n for n in plan.notes)


def test_character_budget_of_the_detector_stops_with_a_note_naming_where(tmp_path, monkeypatch):
    monkeypatch.setattr("smart_nlp.audit.core.MAX_JUDGED_CHARS", 2000)
    doc = read_document(_save(tmp_path, many_statements_md(200)))
    plan = detect_goals(doc, REF)
    assert 10 < len(plan.goals) < 40
    assert any(n.startswith("Document de plus de 2000 caractères d'énoncés : la suite, à partir de ligne")
               for n in plan.notes), plan.notes


def test_a_statement_the_detector_cannot_read_is_reported_and_the_audit_goes_on(tmp_path, monkeypatch):
    from smart_nlp.audit.detect import GoalDetector

    original = GoalDetector.detect

    def flaky(self, text, *args, **kwargs):
        if "12 %" in text:
            raise ValueError("boom")
        return original(self, text, *args, **kwargs)

    monkeypatch.setattr(GoalDetector, "detect", flaky)
    path = tmp_path / "plan.md"
    path.write_text("# Objectifs 2026\n\n- Augmenter de 12 % les ventes d'ici juin.\n"
                    "- Atteindre 500 abonnés d'ici fin 2026.\n", encoding="utf-8")
    plan = detect_goals(read_document(path), REF)
    assert [g.statement for g in plan.goals] == ["Atteindre 500 abonnés d'ici fin 2026."]
    assert plan.notes == ["1 énoncé illisible pour le détecteur d'objectifs : ignoré "
                          "(statements the detector could not read)."]


@pytest.mark.parametrize("shape", MALFORMED_DOCX)
def test_malformed_docx_shapes_are_read(tmp_path, shape):
    doc = read_document(_save(tmp_path, malformed_docx(shape)))
    texts = [s.text for s in doc.segments]
    assert "Augmenter de 20 % les ventes en ligne d'ici fin 2026." in texts


@pytest.mark.parametrize("build,message", [
    (broken_xml_docx, "fichier Word endommagé, illisible"),
    (lambda: zip_bomb_docx(3), "fichier refusé par précaution (bombe de décompression ?)"),
])
def test_broken_and_bomb_docx_are_refused_clearly(tmp_path, build, message):
    path = _save(tmp_path, build())
    with pytest.raises(DocumentError) as err:
        read_document(path)
    assert str(err.value).startswith(f"{path} : ") and message in str(err.value)
    assert str(err.value).endswith(")")


def test_word_paragraph_limit_reads_the_beginning_and_says_so(tmp_path, monkeypatch):
    monkeypatch.setattr("smart_nlp.audit.readers.docx.MAX_WORD_BLOCKS", 100)
    doc = read_document(_save(tmp_path, tiny_paragraphs_docx(300)))
    assert len(doc.blocks) == 100
    assert doc.warnings == ["Document Word de plus de 100 paragraphes : la suite, à partir du paragraphe 101, "
                            "n'a pas été lue (only the first 100 paragraphs were read)."]


def test_too_large_word_text_is_refused_before_it_is_parsed(tmp_path, monkeypatch):
    monkeypatch.setattr("smart_nlp.audit.readers.docx.MAX_XML_BYTES", 50_000)
    path = _save(tmp_path, tiny_paragraphs_docx(3000))
    with pytest.raises(DocumentError) as err:
        read_document(path)
    assert "document Word trop volumineux" in str(err.value) and str(err.value).endswith("(Word document too large)")


def test_flate_bomb_pdf_is_refused_as_a_bomb(tmp_path):
    path = _save(tmp_path, flate_bomb_pdf(120))
    with pytest.raises(DocumentError) as err:
        read_document(path)
    assert str(err.value) == (f"{path} : contenu anormalement volumineux une fois décompressé : fichier refusé par "
                              "précaution (bombe de décompression ?) (decompression bomb refused)")


def test_pdf_that_needs_a_missing_aes_backend_says_it_is_protected(tmp_path, monkeypatch):
    from pypdf import PdfReader, PdfWriter
    from pypdf.errors import DependencyError

    from minimal_pdf import pdf_bytes
    import io

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes([[(12, "Atteindre 500 ventes.")]]))))
    writer.encrypt(user_password="", owner_password="owner", algorithm="RC4-128")
    path = tmp_path / "aes.pdf"
    with open(path, "wb") as fh:
        writer.write(fh)

    def no_backend(self, password):
        raise DependencyError("cryptography is required for AES algorithm")

    monkeypatch.setattr(PdfReader, "decrypt", no_backend)
    with pytest.raises(DocumentError) as err:
        read_document(path)
    assert str(err.value) == (f"{path} : PDF protégé par mot de passe ; exportez-le sans protection puis relancez "
                              "l'audit (password-protected PDF)")


def test_page_limit_reads_the_first_pages_and_says_so(tmp_path, monkeypatch):
    monkeypatch.setattr("smart_nlp.audit.readers.pdf.MAX_PAGES", 5)
    doc = read_document(_save(tmp_path, many_pages_pdf(8)))
    assert doc.pages == 5
    assert any("seules les 5 premières ont été analysées" in w for w in doc.warnings)


def test_one_bad_document_never_stops_the_others(tmp_path, az):
    good = tmp_path / "plan.md"
    good.write_text("# Objectifs 2026\n\n- Atteindre 500 abonnés Instagram d'ici fin 2026.\n", encoding="utf-8")
    bad = _save(tmp_path, broken_xml_docx())
    report = audit_paths([bad, good], az, REF)
    assert [d.document.path for d in report.documents] == [str(good)]
    assert [f.path for f in report.failures] == [str(bad)]
    data = json.loads(render(report, "json"))
    assert data["failures"][0]["error"].startswith(f"{bad} : fichier Word endommagé")
    assert "Documents non audités" in render(report, "md") and "Documents non audités" in render(report, "html")


def test_many_goals_on_one_kpi_are_compared_without_pairs_of_all(tmp_path, az):
    path = tmp_path / "plan.md"
    lines = ["# Objectifs 2026", ""] + [f"- Atteindre {500 + i % 3} ventes d'ici fin 2026." for i in range(60)]
    path.write_text("\n".join(lines), encoding="utf-8")
    audit = audit_document(read_document(path), az, REF)
    found = {f["code"]: f for f in audit.findings}
    pairs = found["duplicates"]["data"]["pairs"] + found["conflicts"]["data"]["pairs"]
    assert len(pairs) == 59
    assert ["O1", "O4"] in found["duplicates"]["data"]["pairs"] and ["O1", "O2"] in found["conflicts"]["data"]["pairs"]
