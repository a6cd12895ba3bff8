"""Following goals against measurements: example table, file shapes, reports, CLI."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
import yaml

import smart_nlp
from smart_nlp.errors import InvalidInput
from smart_nlp.tracking import follow_many, read_measurements, track
from smart_nlp.tracking import report
from smart_nlp.tracking.measurements import parse_date, parse_number
from smart_nlp.temporal import months_between

HERE = Path(__file__).parent
SHAPES = HERE / "examples" / "track"
CASES = yaml.safe_load((HERE / "examples" / "fr" / "track.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["goal"][:40] for c in CASES])
def test_track_examples(case):
    result = track(case["goal"], [(d, v) for d, v in case["measurements"]], ref_date=str(case["ref_date"]))
    d = result.to_dict()
    if "error" in case:
        assert result.progress is None
        for part in case["error"]:
            assert part in d["error"]
        return
    assert d["error"] is None
    assert d["status"] == case["status"], (d["status"], d["advice"])
    if "curve" in case:
        assert d["curve"] == case["curve"]
    if "target_value" in case:
        assert d["target_value"] == pytest.approx(case["target_value"], rel=1e-3)
    if case.get("interval"):
        low, high = d["interval"]
        assert low < d["projected"] < high
    for part in case.get("advice", []):
        assert part in d["advice"].replace("\u202f", " ").replace("\u00a0", " ")
    for part in case.get("warnings", []):
        assert any(part in w for w in d["warnings"])


def test_projection_follows_a_straight_line_exactly():
    result = track("Gagner 400 clients d'ici le 31 mai 2027", [("2027-01-01", 100), ("2027-02-01", 150),
                                                                 ("2027-03-01", 200), ("2027-04-01", 250)],
                   ref_date="2027-01-01")
    p = result.progress
    assert p.trend.method == "linear" and p.plan.curve == "linear"
    assert p.trend.per_month == pytest.approx(50, rel=0.03)
    assert p.trend.projected == pytest.approx(100 + 50 * months_between(date(2027, 1, 1), date(2027, 5, 31)), rel=1e-3)
    assert p.plan.final == 500 and p.status == "out_of_reach"
    assert "(500 − 250) ÷ 50 par mois = 5 mois après le 1er avril 2027" in result.advice.replace("\u202f", " ")


@pytest.mark.parametrize("raw, expected", [
    ("15/03/2027", date(2027, 3, 15)), ("2027-03-15", date(2027, 3, 15)), ("15.03.2027", date(2027, 3, 15)),
    ("mars 2027", date(2027, 3, 31)), ("Février 2028", date(2028, 2, 29)), ("03/2027", date(2027, 3, 31)),
    ("2027-02", date(2027, 2, 28)), ("15/03/27", date(2027, 3, 15)), ("31/02/2027", None), ("demain", None),
])
def test_parse_date(raw, expected):
    assert parse_date(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("1 234,5", 1234.5), ("1.234,5", 1234.5), ("1,234.5", 1234.5), ("12 %", 12.0), ("3\u202f400 €", 3400.0),
    ("−12", -12.0), ("0,75", 0.75), ("1'000", 1000.0), (12, 12.0), ("douze", None), ("", None), ("1e400", None),
    ("1,234", 1234.0), ("12.500", 12500.0), ("0,125", 0.125), ("1,5", 1.5), ("1234,567", 1234.567),
])
def test_parse_number(raw, expected):
    assert parse_number(raw) == expected


def test_french_export_with_bom_comments_and_decimal_commas():
    rows = read_measurements(SHAPES / "fr_semicolon_bom_comments.csv")
    assert [(m.date, m.value, m.goal) for m in rows] == [
        (date(2027, 1, 31), 240.0, "g1"), (date(2027, 2, 28), 1275.5, "g1"),
        (date(2027, 3, 31), 1300.25, "g1"), (date(2027, 3, 15), 41.0, "leads")]
    assert rows[0].line == 5


def test_english_export():
    rows = read_measurements(SHAPES / "en_comma.csv")
    assert [(m.value, m.goal) for m in rows] == [(35.0, "leads"), (1041.5, "leads"), (12.0, "sales")]


def test_xlsx_export(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Rapport mensuel"])
    sheet.append(["Mois", "Indicateur", "Réalisé"])
    sheet.append([date(2027, 1, 31), "ventes", 120])
    sheet.append(["février 2027", "ventes", "135,5"])
    path = tmp_path / "mesures.xlsx"
    book.save(path)
    rows = read_measurements(path)
    assert [(m.date, m.value, m.goal, m.line) for m in rows] == [
        (date(2027, 1, 31), 120.0, "ventes", 3), (date(2027, 2, 28), 135.5, "ventes", 4)]


@pytest.mark.parametrize("name, parts", [
    ("unknown_columns.csv", ["« Quand »", "« Combien »", "date", "valeur", "unknown columns"]),
    ("bad_date.csv", ["bad_date.csv:3", "31/13/2027", "unparsable date"]),
    ("bad_number.csv", ["bad_number.csv:3", "douze", "unparsable number"]),
    ("empty.csv", ["empty.csv", "no measurements"]),
    ("empty_cell.csv", ["empty_cell.csv:3", "« valeur »", "empty cell"]),
])
def test_broken_files_name_file_and_line(name, parts):
    with pytest.raises(InvalidInput) as err:
        read_measurements(SHAPES / name)
    message = str(err.value).replace("\u00a0", " ")
    for part in parts:
        assert part in message


def _goals(*texts: str) -> list:
    return [(f"g{i}", smart_nlp.analyze(t, ref_date="2027-01-01")) for i, t in enumerate(texts, 1)]


def test_duplicated_dates_are_reported_for_their_goal():
    tracked = follow_many(_goals("Atteindre 100 ventes d'ici fin juin 2027"), read_measurements(SHAPES / "duplicate.csv"))
    assert "duplicate.csv:3" in tracked[0].error and "duplicated date" in tracked[0].error


def test_unknown_goal_names_its_line():
    goals = _goals("Atteindre 100 ventes d'ici fin juin 2027", "Gagner 50 leads d'ici fin juin 2027")
    with pytest.raises(InvalidInput) as err:
        follow_many(goals, read_measurements(SHAPES / "unknown_goal.csv"))
    assert "unknown_goal.csv:3" in str(err.value) and "g9" in str(err.value)


def test_rows_are_matched_by_kpi_name():
    goals = _goals("Atteindre 100 ventes d'ici fin juin 2027", "Gagner 50 leads d'ici fin juin 2027")
    tracked = follow_many(goals, read_measurements(SHAPES / "en_comma.csv"))
    assert [len(g.measurements) for g in tracked] == [1, 2]


def _tracked():
    goals = _goals("Passer de 200 à 500 ventes <script>alert(1)</script> & co d'ici le 30 juin 2027",
                   "Améliorer l'ambiance")
    rows = [("2027-01-31", 240), ("2027-02-28", 275), ("2027-03-31", 300)]
    from smart_nlp.tracking.measurements import from_pairs

    ms = [m.__class__(m.date, m.value, "g1", m.line, m.source) for m in from_pairs(rows)]
    ms.append(ms[0].__class__(date(2027, 1, 31), 3.0, "g2", 9, "x"))
    return follow_many(goals, ms)


def test_every_format_round_trips():
    tracked = _tracked()
    doc = json.loads(report.to_json(tracked))
    assert [g["id"] for g in doc["goals"]] == ["g1", "g2"]
    assert doc["goals"][0]["status"] in {"behind", "on_track", "ahead", "out_of_reach", "reached"}
    assert "pas de cible chiffrée" in doc["goals"][1]["error"]
    rows = list(csv.DictReader(io.StringIO(report.to_csv(tracked))))
    assert rows[0]["status"] == doc["goals"][0]["status"] and rows[0]["last_value"] == "300.0"
    md = report.to_markdown(tracked)
    assert "\\<script\\>" in md and "| Statut |" in md


def test_upload_errors_name_the_users_file_not_the_temporary_copy(tmp_path):
    copy = tmp_path / "document.csv"
    copy.write_text("date;valeur\n31/01/2027;beaucoup\n", encoding="utf-8")
    with pytest.raises(InvalidInput) as err:
        read_measurements(copy, "mes-chiffres.csv")
    assert "mes-chiffres.csv:2" in str(err.value) and str(tmp_path) not in str(err.value)


def test_messages_use_french_typography():
    with pytest.raises(InvalidInput) as err:
        read_measurements(SHAPES / "bad_number.csv")
    assert "\u00a0:" in str(err.value) and " :" not in str(err.value)


def test_public_api_is_a_function():
    result = smart_nlp.track("Atteindre 900 inscrits d'ici le 30 septembre 2027", [("2027-02-01", 120), ("2027-03-01", 260)],
                             ref_date="2027-01-01")
    assert result.progress.plan.final == 900


def test_html_is_escaped_offline_and_charted():
    html = report.to_html(_tracked())
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert html.count("<svg") == 1 and "<circle" in html and "stroke-dasharray" in html
    assert "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "") and "https://" not in html


def test_cli_track_writes_each_format(tmp_path):
    goals = tmp_path / "goals.jsonl"
    goals.write_text(json.dumps({"id": "g1", "text": "Passer de 200 à 500 ventes d'ici le 30 juin 2027",
                                 "ref_date": "2027-01-01"}, ensure_ascii=False) + "\n", encoding="utf-8")
    actuals = SHAPES / "fr_semicolon_bom_comments.csv"
    measures = tmp_path / "m.csv"
    measures.write_text("".join(line + "\n" for line in actuals.read_text(encoding="utf-8-sig").split("\n")
                                if "leads" not in line and line), encoding="utf-8")
    for fmt in ("json", "csv", "md", "html", "text"):
        out = tmp_path / f"r.{fmt}"
        proc = subprocess.run([sys.executable, "-m", "smart_nlp.cli", "track", str(goals), str(measures),
                               "--format", fmt, "-o", str(out)], capture_output=True, text=True)
        assert proc.returncode == 0, proc.stderr
        assert out.read_text(encoding="utf-8").strip()
    assert json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["goals"][0]["id"] == "g1"


def test_cli_track_bad_file_exits_2_with_line(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "smart_nlp.cli", "track", "Atteindre 100 ventes d'ici fin 2027",
                           str(SHAPES / "bad_number.csv")], capture_output=True, text=True)
    assert proc.returncode == 2
    assert "bad_number.csv:3" in proc.stderr and "Traceback" not in proc.stderr
