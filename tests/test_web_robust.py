"""The server under hostile or careless use (issue 13): per-goal errors in a batch, a
failure that never poisons its keep-alive connection, slow or silent clients timed out,
audits bounded, analyses off the event loop. A real uvicorn server on the loopback,
with the settings of ``smart-nlp serve``."""
from __future__ import annotations

import http.client
import json
import socket
import threading
import time

import pytest
import uvicorn
from fastapi.testclient import TestClient

from conftest import load_examples
from smart_nlp.web import create_app, limits, service
from smart_nlp.web.guard import GuardedH11Protocol, uvicorn_settings
from test_isolation import PLAIN, build

REF = "2026-01-15"


@pytest.fixture(scope="module")
def app(analyzer):
    return create_app(analyzer)


@pytest.fixture(scope="module")
def client(app):
    with TestClient(app) as c:
        yield c


@pytest.fixture(scope="module")
def server(app):
    """(host, port) of a real server running ``app`` in a background thread."""
    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="critical", **uvicorn_settings())
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(600):
        if srv.started:
            break
        time.sleep(0.05)
    assert srv.started
    yield srv.servers[0].sockets[0].getsockname()[:2]
    srv.should_exit = True
    thread.join(10)


def post(conn: http.client.HTTPConnection, path: str, body) -> tuple[int, dict]:
    conn.request("POST", path, json.dumps(body), {"Content-Type": "application/json"})
    response = conn.getresponse()
    return response.status, json.loads(response.read())


def test_the_batch_answers_200_with_each_hostile_goal_in_its_place(client):
    cases = [c for c in load_examples("hostile") if len(build(c)) < 1_000_000]
    goals = [{"id": c["name"], "text": build(c), "ref_date": c.get("ref_date")} for c in cases] + [PLAIN]
    body = json.dumps({"goals": goals, "ref_date": REF})  # ASCII escapes carry the lone surrogates
    response = client.post("/api/analyze", content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == 200
    body = response.json()
    assert body["count"] == len(goals)
    for case, result in zip(cases, body["results"]):
        if case["expect"] == "analysis":
            assert "error" not in result and result["id"] == case["name"]
        elif case["expect"] == "error":
            assert result["error"]["status"] in (413, 422) and result["id"] == case["name"]
    assert body["results"][-1]["targets"]


def test_a_malformed_batch_is_the_only_4xx(client):
    assert client.post("/api/analyze", json={"goals": "pas une liste"}).status_code == 422
    assert client.post("/api/analyze", content=b"[" * 100_000, headers={"Content-Type": "application/json"}
                       ).status_code == 400


def test_a_failed_request_keeps_its_connection_usable(server, app, monkeypatch):
    engine = app.state.engine
    analyze = engine.analyze

    def fragile(text, *args):
        if "piège" in text:
            raise RuntimeError("boom")
        return analyze(text, *args)

    monkeypatch.setattr(engine, "analyze", fragile)
    conn = http.client.HTTPConnection(*server, timeout=30)
    status, body = post(conn, "/api/analyze", {"text": "Un piège à 500 ventes"})
    assert status == 500 and "signalez-la" in body["detail"] and "Traceback" not in json.dumps(body)
    status, body = post(conn, "/api/analyze", {"text": PLAIN, "ref_date": REF})  # same connection
    assert status == 200 and body["targets"]
    conn.close()


def test_analyses_run_off_the_event_loop(server, app, monkeypatch):
    engine = app.state.engine
    analyze, release, entered = engine.analyze, threading.Event(), threading.Event()

    def held(text, *args):
        entered.set()
        release.wait(30)
        return analyze(text, *args)

    monkeypatch.setattr(engine, "analyze", held)
    outcome = {}
    slow = threading.Thread(target=lambda: outcome.update(
        slow=post(http.client.HTTPConnection(*server, timeout=60), "/api/analyze", {"text": PLAIN})))
    slow.start()
    assert entered.wait(30)
    health = http.client.HTTPConnection(*server, timeout=30)
    health.request("GET", "/api/health")
    assert health.getresponse().status == 200  # answered while the analysis is still held
    assert "slow" not in outcome
    release.set()
    slow.join(60)
    assert outcome["slow"][0] == 200


def test_a_silent_connection_is_closed(server, monkeypatch):
    monkeypatch.setattr(GuardedH11Protocol, "header_timeout", 0.3)
    with socket.create_connection(server, timeout=30) as sock:
        sock.sendall(b"GET /api/health HTTP/1.1\r\nHost: x\r\n")  # headers never finished
        assert sock.recv(1024) == b""  # closed by the server


def test_a_body_sent_too_slowly_is_answered_408(server, monkeypatch):
    monkeypatch.setattr(limits, "REQUEST_TIMEOUT", 0.5)
    with socket.create_connection(server, timeout=30) as sock:
        sock.sendall(b"POST /api/analyze HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     b"Content-Length: 100\r\n\r\n{\"text\": ")
        answer = b""
        while chunk := sock.recv(4096):
            answer += chunk
        assert answer.startswith(b"HTTP/1.1 408")


def test_audits_beyond_the_bound_wait_then_answer_busy(client, app, monkeypatch):
    engine = app.state.engine
    monkeypatch.setattr(limits, "AUDIT_WAIT", 0.1)
    taken = 0
    while engine._audits.acquire(blocking=False):
        taken += 1
    try:
        response = client.post("/api/audit", files={"file": ("plan.txt", "Doubler les ventes d'ici 2027".encode())})
    finally:
        for _ in range(taken):
            engine._audits.release()
    assert taken >= 1
    assert response.status_code == 503 and response.headers["retry-after"]
    assert "réessayez" in response.json()["detail"]


def test_the_analysis_pool_is_sized_to_the_cores(app):
    from smart_nlp.analyzer import available_cores

    assert app.state.engine._workers._max_workers == available_cores()
    assert isinstance(service.Engine(app.state.engine.analyzer)._audits, type(threading.BoundedSemaphore()))
