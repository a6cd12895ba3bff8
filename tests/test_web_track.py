"""The tracking panel and ``/api/track`` through FastAPI's TestClient (issue 15)."""
from __future__ import annotations

import io

import pytest
from fastapi.testclient import TestClient

from smart_nlp.web import create_app

GOAL = "Passer de 200 à 500 ventes en ligne d'ici le 30 juin 2027"
CSV = "date;valeur\n31/01/2027;240\n28/02/2027;275\n31/03/2027;300\n"


@pytest.fixture(scope="module")
def client(analyzer):
    with TestClient(create_app(analyzer)) as c:
        yield c


def test_api_track_with_pairs(client):
    r = client.post("/api/track", json={"goal": GOAL, "ref_date": "2027-01-01",
                                        "measurements": [["2027-01-31", 240], ["2027-02-28", 275]]})
    assert r.status_code == 200
    body = r.json()
    assert body["status"] in {"behind", "on_track", "ahead"} and body["target_value"] == 500
    assert body["chart_svg"].startswith("<svg") and body["advice"]


def test_api_track_with_csv_text(client):
    r = client.post("/api/track", json={"goal": GOAL, "ref_date": "2027-01-01", "csv": CSV})
    assert r.status_code == 200 and r.json()["last"]["value"] == 300


def test_api_track_bad_number_is_a_4xx_naming_the_line(client):
    r = client.post("/api/track", json={"goal": GOAL, "ref_date": "2027-01-01",
                                        "csv": "date;valeur\n31/01/2027;beaucoup\n"})
    assert 400 <= r.status_code < 500
    assert "2" in r.text and "beaucoup" in r.text


def test_fragment_shows_chart_table_and_advice(client):
    r = client.post("/fragments/suivi", data={"objectif": GOAL, "date": "2027-01-01", "mesures": CSV})
    assert r.status_code == 200
    assert "<svg" in r.text and "Conseil" in r.text and "Rythme nécessaire" in r.text


def test_fragment_with_uploaded_xlsx(client):
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["Mois", "Réalisé"])
    book.active.append(["janvier 2027", 240])
    book.active.append(["février 2027", 275])
    buf = io.BytesIO()
    book.save(buf)
    files = {"file": ("mesures.xlsx", buf.getvalue(),
                      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")}
    r = client.post("/fragments/suivi", data={"objectif": GOAL, "date": "2027-01-01"}, files=files)
    assert r.status_code == 200, r.text
    assert "<svg" in r.text


def test_untrackable_goal_says_why(client):
    r = client.post("/fragments/suivi", data={"objectif": "Améliorer notre image", "date": "2027-01-01",
                                              "mesures": CSV})
    assert "pas de cible chiffrée" in r.text


def test_page_without_javascript_renders_the_panel(client):
    r = client.post("/suivi", data={"objectif": GOAL, "date": "2027-01-01", "mesures": CSV})
    assert r.status_code == 200
    assert 'id="form-suivi"' in r.text and "<svg" in r.text and "31/01/2027;240" in r.text


def test_goal_text_is_escaped_in_the_chart_page(client):
    goal = GOAL + " <img src=x onerror=alert(1)>"
    r = client.post("/suivi", data={"objectif": goal, "date": "2027-01-01", "mesures": CSV})
    assert "<img src=x" not in r.text
