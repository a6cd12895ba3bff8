"""The web page and the HTTP API, through FastAPI's TestClient (issue 7).

One app for the module, sharing the session analyzer; the lifespan runs as in
``smart-nlp serve``. The real-browser test is ``test_browser.py``.
"""
from __future__ import annotations

import html
import inspect
import io
import json
import re
import tempfile

import pytest
from fastapi.testclient import TestClient

from smart_nlp.errors import MAX_GOAL_CHARS
from smart_nlp.web import create_app
from smart_nlp.web.limits import MAX_BATCH, MAX_JSON_BYTES, MAX_UPLOAD_BYTES
from smart_nlp.web.view import highlight, placeholder_parts

REF = "2026-01-15"
SPEC_GOAL = "Je veux multiplier par 10 mon CA depuis LinkedIn d'ici 3 mois"
SMART_GOAL = "Nous voulons doubler nos ventes sur Etsy d'ici fin 2026 en publiant 3 fiches produits par semaine"
XSS = "<img src=x onerror=alert(1)>"
SPEC_KEYS = {"text", "ref_date", "kpi", "channels", "targets", "baseline", "deadline", "means",
             "funnel", "criteria", "smart_score", "suggestion"}
CRITERIA = {"specific", "measurable", "achievable", "relevant", "time_bound"}


@pytest.fixture(scope="module")
def client(analyzer):
    with TestClient(create_app(analyzer)) as c:
        yield c


def docx_bytes(*paragraphs: str) -> bytes:
    import docx

    doc = docx.Document()
    doc.add_heading("Plan marketing 2026", level=1)
    for p in paragraphs:
        doc.add_paragraph(p)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def visible_text(page: str) -> str:
    """The text a reader sees: tags, scripts and attributes removed, entities decoded."""
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", page))


def assert_french_typography(text: str) -> None:
    bad = re.findall(r".{0,20}(?: [:;!?%€»]|« ).{0,10}", text)
    assert not bad, f"espace ordinaire là où il faut une espace insécable : {bad}"


def assert_json_error(r, status: int) -> dict:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert isinstance(body["detail"], str) and body["detail"], body
    assert isinstance(body["code"], str) and body["code"], body
    assert_french_typography(body["detail"])
    return body


# --- POST /api/analyze ---------------------------------------------------------------------

def test_analyze_one_goal_follows_spec_section_1(client):
    r = client.post("/api/analyze", json={"text": SPEC_GOAL, "ref_date": REF, "id": "g-1"})
    assert r.status_code == 200
    a = r.json()
    assert SPEC_KEYS <= set(a) and set(a["criteria"]) == CRITERIA
    assert a["id"] == "g-1"
    assert a["kpi"] == "revenue" and a["channels"] == ["linkedin"]
    assert a["deadline"]["date"] == "2026-04-15"
    assert a["text"][a["deadline"]["start"]:a["deadline"]["end"]] == "d'ici 3 mois"
    assert a["criteria"]["achievable"]["met"] is False
    assert 0 <= a["smart_score"] <= 100


def test_analyze_matches_the_python_api(client, analyzer):
    r = client.post("/api/analyze", json={"text": SMART_GOAL, "ref_date": REF})
    assert r.json() == analyzer.analyze(SMART_GOAL, REF).to_dict()


def test_analyze_a_list_keeps_order_and_reports_bad_goals_in_place(client):
    goals = [{"id": "a", "text": SPEC_GOAL}, "Augmenter nos ventes", {"id": "vide", "text": "   "},
             {"id": "long", "text": "x" * (MAX_GOAL_CHARS + 1)}, {"text": SMART_GOAL, "ref_date": "2026-06-01"}]
    r = client.post("/api/analyze", json={"goals": goals, "ref_date": REF})
    assert r.status_code == 200
    body = r.json()
    assert body["count"] == 5 and body["errors"] == 2
    res = body["results"]
    assert res[0]["id"] == "a" and res[0]["deadline"]["date"] == "2026-04-15"
    assert res[1]["text"] == "Augmenter nos ventes" and res[1]["ref_date"] == REF
    assert res[2] == {"index": 2, "id": "vide", "error": {"status": 422, "code": "SN001",
                                                         "detail": res[2]["error"]["detail"]}}
    assert "vide" in res[2]["error"]["detail"]
    assert res[3]["error"]["status"] == 413 and res[3]["id"] == "long"
    assert res[4]["ref_date"] == "2026-06-01"


def test_analyze_a_bare_list(client):
    r = client.post("/api/analyze", json=[SPEC_GOAL, {"text": SMART_GOAL, "id": 7}])
    body = r.json()
    assert r.status_code == 200 and body["count"] == 2 and body["errors"] == 0
    assert body["results"][1]["id"] == "7"


# --- other routes -------------------------------------------------------------------------------

def test_health(client):
    r = client.get("/api/health")
    assert r.status_code == 200
    body = r.json()
    assert body["status"] == "ok" and body["model"] == "shipped"
    assert body["limits"]["goal_chars"] == MAX_GOAL_CHARS
    assert body["limits"]["upload_bytes"] == MAX_UPLOAD_BYTES
    assert {".txt", ".md", ".docx", ".pdf"} <= set(body["limits"]["file_types"])
    assert isinstance(body["audit"], bool)


def test_openapi_docs_are_served_offline(client):
    spec = client.get("/openapi.json").json()
    assert {"/api/analyze", "/api/audit", "/api/health"} <= set(spec["paths"])
    r = client.get("/docs")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "POST" in r.text and "/api/analyze" in r.text and "/api/audit" in r.text
    assert 'lang="fr"' in r.text
    assert not re.search(r'(?:src|href)="(?:https?:)?//', r.text), "la documentation charge une ressource externe"
    assert client.get("/redoc").status_code == 404
    prose = re.sub(r"<(pre|code)>.*?</\1>", " ", r.text, flags=re.S)  # JSON and curl excepted
    assert_french_typography(visible_text(prose))


def test_page_is_french_self_contained_and_accessible(client):
    r = client.get("/")
    assert r.status_code == 200
    page = r.text
    assert '<html lang="fr">' in page and 'name="viewport"' in page
    assert not re.search(r'(?:src|href|action)="(?:https?:)?//', page), "ressource externe dans la page"
    for field in ("objectif", "date-ref", "fichier"):
        assert f'<label for="{field}">' in page, field
    assert page.count('class="example"') >= 3
    assert "Date de référence" in page and "Auditer un document" in page
    assert_french_typography(visible_text(page))
    assert "default-src 'self'" in r.headers["content-security-policy"]
    for asset in ("/static/app.js", "/static/app.css"):
        assert client.get(asset).status_code == 200


def test_page_without_javascript_analyses_on_submit(client):
    r = client.post("/", data={"objectif": SPEC_GOAL, "date": REF})
    assert r.status_code == 200
    assert r.text.count('class="card ') == 5
    assert "15 avril 2026" in r.text
    assert 'value="2026-01-15"' in r.text


def test_fragment_shows_cards_score_deadline_and_marked_placeholders(client):
    r = client.post("/fragments/analyse", data={"objectif": "Augmenter nos ventes", "date": REF})
    assert r.status_code == 200
    frag = r.text
    assert frag.count('class="card ') == 5 and frag.count('class="card unmet"') >= 3
    assert "Score SMART&nbsp;:" in frag
    assert re.search(r"<mark class=\"placeholder\" contenteditable=\"true\"[^>]*>\[", frag)
    assert 'class="copy"' in frag and ">Copier</button>" in frag
    assert '<mark class="hl hl-kpi"' in frag
    assert_french_typography(visible_text(frag))


def test_fragment_renders_milestones_and_ambition_when_present(client):
    r = client.post("/fragments/analyse", data={"objectif": SPEC_GOAL, "date": REF})
    a = client.post("/api/analyze", json={"text": SPEC_GOAL, "ref_date": REF}).json()
    text = visible_text(r.text)
    if a.get("milestones"):
        assert "Jalons" in text
        for m in a["milestones"]:
            assert m["text"] in text
    if a.get("ambition"):
        assert a["ambition"]["text"] in text


def test_fragment_error_is_html_with_status(client):
    r = client.post("/fragments/analyse", data={"objectif": "x" * (MAX_GOAL_CHARS + 10), "date": REF})
    assert r.status_code == 413 and 'role="alert"' in r.text
    r = client.post("/fragments/analyse", data={"objectif": "Augmenter", "date": "2026-02-30"})
    assert r.status_code == 422 and "date de référence invalide" in r.text


# --- XSS: user text is shown as text ---------------------------------------------------------

@pytest.mark.parametrize("how", ["page", "form", "fragment"])
def test_goal_with_markup_is_rendered_as_text(client, how):
    goal = f"{XSS} Doubler nos ventes sur Etsy d'ici fin 2026"
    if how == "page":
        r = client.get("/", params={"objectif": goal, "date": REF})
    elif how == "form":
        r = client.post("/", data={"objectif": goal, "date": REF})
    else:
        r = client.post("/fragments/analyse", data={"objectif": goal, "date": REF})
    assert r.status_code == 200
    assert "<img" not in r.text
    assert "&lt;img src=x onerror=alert(" in r.text  # the analyzer may highlight the « 1 »
    assert "onerror=alert(" in visible_text(r.text)


def test_api_returns_markup_as_plain_json_data(client):
    r = client.post("/api/analyze", json={"text": f"{XSS} Augmenter nos ventes", "ref_date": REF})
    assert r.headers["content-type"].startswith("application/json")
    assert r.json()["text"].startswith(XSS)


def test_audit_file_name_with_markup_is_escaped(client):
    r = client.post("/fragments/audit", files={"file": (f"{XSS}.exe", b"MZ")})
    assert r.status_code == 415 and "<img" not in r.text


# --- errors: JSON, French, 4xx -------------------------------------------------------------------

@pytest.mark.parametrize("kwargs, status, code", [
    ({"content": b"{pas du json", "headers": {"content-type": "application/json"}}, 400, "invalid_request"),
    ({"json": {"texte": "Augmenter nos ventes"}}, 422, "invalid_request"),
    ({"json": {"text": 42}}, 422, "invalid_request"),
    ({"json": {"text": "   "}}, 422, "SN001"),
    ({"json": {"text": "12 34"}}, 422, "SN001"),
    ({"json": {"text": "Augmenter nos ventes", "ref_date": "15/01/2026"}}, 422, "SN002"),
    ({"content": b"Augmenter nos ventes", "headers": {"content-type": "text/plain"}}, 415, "unsupported_media_type"),
])
def test_analyze_errors_are_json_4xx(client, kwargs, status, code):
    body = assert_json_error(client.post("/api/analyze", **kwargs), status)
    assert body["code"] == code


def test_unknown_route_and_method_are_json(client):
    assert assert_json_error(client.get("/api/nothing"), 404)["detail"] == "Adresse introuvable."
    r = client.delete("/api/health")
    assert_json_error(r, 405)
    assert r.headers["allow"] == "GET"


def test_unknown_audit_report_is_404(client):
    assert assert_json_error(client.get("/api/audit/0123abcd/csv"), 404)["code"] == "audit_not_found"


# --- limits: 413 ----------------------------------------------------------------------------------

def test_goal_over_5000_chars_is_413(client):
    ok = client.post("/api/analyze", json={"text": "Augmenter nos ventes " + "a" * (MAX_GOAL_CHARS - 25)})
    assert ok.status_code == 200
    body = assert_json_error(client.post("/api/analyze", json={"text": "a" * (MAX_GOAL_CHARS + 1)}), 413)
    assert body["code"] == "goal_too_long" and "5\u202f000" in body["detail"]


def test_too_many_goals_is_413(client):
    body = assert_json_error(client.post("/api/analyze", json={"goals": ["Augmenter nos ventes"] * (MAX_BATCH + 1)}), 413)
    assert body["code"] == "batch_too_large"


def test_json_body_over_limit_is_413_announced_or_streamed(client):
    big = b'{"text": "' + b"a" * MAX_JSON_BYTES + b'"}'
    assert_json_error(client.post("/api/analyze", content=big, headers={"content-type": "application/json"}), 413)

    def chunks():  # no Content-Length: the limit is enforced while reading
        for i in range(0, len(big), 256 * 1024):
            yield big[i:i + 256 * 1024]

    assert_json_error(client.post("/api/analyze", content=chunks(), headers={"content-type": "application/json"}), 413)


@pytest.mark.parametrize("path", ["/api/audit", "/fragments/audit"])
def test_upload_over_10_mb_is_413(client, path):
    r = client.post(path, files={"file": ("plan.txt", b"Augmenter nos ventes.\n" * (MAX_UPLOAD_BYTES // 22 + 10))})
    assert r.status_code == 413
    assert "10\u00a0Mo" in r.text


def test_upload_just_over_10_mb_inside_envelope_is_413(client):
    r = client.post("/api/audit", files={"file": ("plan.txt", b"a" * (MAX_UPLOAD_BYTES + 1))})
    assert assert_json_error(r, 413)["code"] == "too_large"


# --- uploads: 415, temporary folder -----------------------------------------------------------------

@pytest.mark.parametrize("name, content", [
    ("plan.exe", b"MZ\x90\x00"),
    ("plan", b"Augmenter nos ventes"),
    ("plan.odt", b"PK\x03\x04"),
    ("plan.docx", b"ceci n'est pas un docx"),
    ("plan.pdf", b"PK\x03\x04 pas un pdf"),
    ("plan.txt", b"Augmenter\x00\x01 nos ventes"),
])
def test_unknown_or_mismatched_file_types_are_415(client, name, content):
    body = assert_json_error(client.post("/api/audit", files={"file": (name, content)}), 415)
    assert body["code"] == "unsupported_type"


def test_audit_needs_multipart_and_a_file(client):
    assert_json_error(client.post("/api/audit", json={"file": "plan.docx"}), 415)
    body = assert_json_error(client.post("/api/audit", files={"document": ("plan.txt", b"abc")}), 422)
    assert "file" in body["detail"]
    assert_json_error(client.post("/api/audit", files={"file": ("plan.txt", b"")}), 422)


def test_uploads_are_processed_in_a_temporary_folder_then_deleted(client, monkeypatch, tmp_path):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    seen = []
    import smart_nlp.web.service as service

    real = service.Engine.audit

    def spy(self, path, filename, ref):
        seen.append(path)
        assert path.exists() and path.parent.parent == tmp_path and path.name == "document.docx"
        return real(self, path, filename, ref)

    monkeypatch.setattr(service.Engine, "audit", spy)
    r = client.post("/api/audit", files={"file": ("../../etc/plan.docx", docx_bytes(SPEC_GOAL))})
    assert r.status_code == 200 and r.json()["filename"] == "plan.docx"
    assert len(seen) == 1
    assert list(tmp_path.iterdir()) == [], "le dossier temporaire de l'envoi n'a pas été supprimé"


def test_audit_of_a_docx_shows_its_goals_and_offers_three_reports(client):
    data = docx_bytes("Notre boutique vend des bougies artisanales depuis 2019.", SPEC_GOAL, SMART_GOAL)
    r = client.post("/api/audit", data={"ref_date": REF}, files={"file": ("plan.docx", data)})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["filename"] == "plan.docx" and body["ref_date"] == REF
    assert "smart-nlp-upload" not in json.dumps(body)
    statements = [g["statement"] for g in body["goals"]]
    assert SPEC_GOAL in statements and SMART_GOAL in statements
    assert not any("bougies" in s for s in statements)
    for g in body["goals"]:
        assert SPEC_KEYS <= set(g["analysis"]) and g["location"]["label"]
    spec = [g for g in body["goals"] if g["statement"] == SPEC_GOAL][0]["analysis"]
    assert spec["deadline"]["date"] == "2026-04-15" and spec["criteria"]["achievable"]["met"] is False
    assert body["summary"]["goals"] == 2
    reports = {}
    for fmt, media in (("html", "text/html"), ("csv", "text/csv"), ("json", "application/json")):
        d = client.get(body["downloads"][fmt])
        assert d.status_code == 200 and d.headers["content-type"].startswith(media)
        assert d.headers["content-disposition"] == f'attachment; filename="audit-plan.{fmt}"'
        reports[fmt] = d
    assert "multiplier par 10" in reports["csv"].content.decode("utf-8-sig")
    assert reports["json"].json()["documents"][0]["file"] == "plan.docx"
    assert "<html" in reports["html"].text.lower()
    direct = client.post("/api/audit", params={"format": "csv"}, files={"file": ("plan.docx", data)})
    assert direct.status_code == 200 and "multiplier par 10" in direct.content.decode("utf-8-sig")


def test_audit_fragment_lists_goals_with_links_and_escapes_document_text(client):
    data = docx_bytes(f"{XSS} Doubler nos ventes sur Etsy d'ici fin 2026.", SPEC_GOAL)
    r = client.post("/fragments/audit", data={"date": REF}, files={"file": ("plan.docx", data)})
    assert r.status_code == 200, r.text
    assert "<img" not in r.text and "&lt;img src=x onerror=alert(" in r.text
    assert r.text.count('class="audit-goal"') == 2
    assert r.text.count('class="download"') == 3
    assert 'class="badge unmet"' in r.text


def test_audit_without_javascript_renders_the_whole_page(client):
    r = client.post("/audit", data={"date": REF}, files={"file": ("plan.docx", docx_bytes(SPEC_GOAL))})
    assert r.status_code == 200 and '<html lang="fr">' in r.text
    assert 'class="audit-goal"' in r.text and 'class="download"' in r.text
    r = client.post("/audit", data={"date": REF})
    assert r.status_code == 422 and "Choisissez d" in r.text and 'role="alert"' in r.text


@pytest.mark.parametrize("name, content", [
    ("plan.docx", b"PK\x03\x04 archive abimee"),
    ("plan.txt", b"   \n  \n"),
])
def test_unreadable_document_is_422_and_names_the_users_file(client, name, content):
    body = assert_json_error(client.post("/api/audit", files={"file": (name, content)}), 422)
    assert body["code"] == "unreadable_document"
    assert body["detail"].startswith(name) and "smart-nlp-upload" not in body["detail"]


def test_audit_unavailable_is_a_clear_503(client, monkeypatch):
    from smart_nlp.web import audit_adapter

    def missing():
        raise audit_adapter.AuditUnavailable(audit_adapter.UNAVAILABLE_MESSAGE)

    monkeypatch.setattr(audit_adapter, "load_audit", missing)
    assert client.get("/api/health").json()["audit"] is False
    data = docx_bytes(SPEC_GOAL)
    body = assert_json_error(client.post("/api/audit", files={"file": ("plan.docx", data)}), 503)
    assert body["code"] == "audit_unavailable" and "L'audit de documents n'est pas disponible" in body["detail"]
    r = client.post("/fragments/audit", files={"file": ("plan.docx", data)})
    assert r.status_code == 503 and 'role="alert"' in r.text and "pas disponible" in r.text
    assert client.post("/api/analyze", json={"text": SPEC_GOAL}).status_code == 200


# --- the app, the server command ---------------------------------------------------------------------

def test_model_is_loaded_once_in_the_lifespan(monkeypatch, analyzer):
    import smart_nlp.analyzer as mod

    calls = []

    def fake_analyzer():
        calls.append(1)
        return analyzer

    monkeypatch.setattr(mod, "Analyzer", fake_analyzer)
    app = create_app()
    assert calls == []
    with TestClient(app) as c:
        for _ in range(3):
            assert c.post("/api/analyze", json={"text": SPEC_GOAL}).status_code == 200
    assert calls == [1]


def test_before_start_up_the_api_says_loading():
    c = TestClient(create_app())  # no lifespan: the model is not loaded
    assert c.get("/api/health").json()["status"] == "loading"
    assert assert_json_error(c.post("/api/analyze", json={"text": SPEC_GOAL}), 503)["code"] == "loading"


def test_serve_binds_loopback_by_default(monkeypatch):
    import uvicorn
    from typer.testing import CliRunner
    import typer

    from smart_nlp.web.server import serve

    params = inspect.signature(serve).parameters
    assert params["host"].default == "127.0.0.1" and params["port"].default == 8000
    runs = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: runs.append(kw))
    cli = typer.Typer()
    cli.command()(serve)
    cli.command("autre")(lambda: None)
    result = CliRunner().invoke(cli, ["serve"])
    assert result.exit_code == 0, result.output
    assert runs[-1]["host"] == "127.0.0.1" and runs[-1]["port"] == 8000
    result = CliRunner().invoke(cli, ["serve", "--host", "0.0.0.0", "--port", "8123"])
    assert runs[-1]["host"] == "0.0.0.0" and runs[-1]["port"] == 8123
    assert "joignable depuis le réseau" in result.output
    assert CliRunner().invoke(cli, ["serve", "--port", "0"]).exit_code == 2


# --- view helpers ---------------------------------------------------------------------------------------

def _flatten(nodes) -> str:
    return "".join(n if isinstance(n, str) else _flatten(n.children) for n in nodes)


def test_highlight_nests_spans_and_keeps_every_character():
    text = "Doubler les ventes en publiant sur LinkedIn"
    spans = [[0, 7, "TARGET"], [12, 18, "KPI"], [19, 43, "MEANS"], [35, 43, "CHANNEL"]]
    nodes = highlight(text, spans)
    assert _flatten(nodes) == text
    means = [n for n in nodes if not isinstance(n, str) and n.label == "MEANS"][0]
    assert [c.label for c in means.children if not isinstance(c, str)] == ["CHANNEL"]


def test_highlight_clips_crossing_spans_and_ignores_bad_ones():
    text = "abcdefghij"
    nodes = highlight(text, [[0, 6, "KPI"], [4, 9, "CHANNEL"], [8, 3, "TARGET"], [2, 4, "NOPE"]])
    assert _flatten(nodes) == text
    kpi = nodes[0]
    assert kpi.label == "KPI" and kpi.children[-1].label == "CHANNEL" and kpi.children[-1].end == 6


def test_placeholders_are_split_out():
    parts = placeholder_parts("Atteindre [200] leads auprès de [votre cible], d'ici juin.")
    assert [p for is_ph, p in parts if is_ph] == ["[200]", "[votre cible]"]
    assert "".join(p for _, p in parts) == "Atteindre [200] leads auprès de [votre cible], d'ici juin."
