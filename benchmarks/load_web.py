#!/usr/bin/env python
"""Mixed HTTP load on ``smart-nlp serve`` over the loopback (issue 13): zero 5xx, no
dropped response, then a clean shutdown on SIGTERM, timed.

Starts the server as ``smart-nlp serve`` would (same uvicorn settings), waits for
``/api/health``, then ``--clients`` threads share ``--requests`` requests, each thread
on its own keep-alive connection: single goals (ordinary and hostile, from
``tests/hostile_goals.py``), batches mixing both, the page and its fragment, small audit
uploads, malformed bodies. Prints the status counts and the shutdown time; exits 1 on
any 5xx or dropped response.

Usage::

    python benchmarks/load_web.py                      # 2,000 requests, 16 clients
    python benchmarks/load_web.py --requests 200 --clients 4
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import hostile_goals  # noqa: E402

from smart_nlp.io import write_atomic  # noqa: E402

PLAIN = ["Doubler les ventes de la boutique Etsy d'ici fin 2026 en publiant 3 fiches par semaine",
         "Atteindre 2 000 abonnés à la newsletter du club avant juin",
         "Réduire de 15 % le coût par lead sur Google Ads au T3"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def request(rng: random.Random) -> tuple[str, str, bytes, dict]:
    kind = rng.choices(["analyze", "hostile", "batch", "page", "fragment", "audit", "malformed", "health"],
                       [30, 20, 12, 8, 8, 4, 8, 10])[0]
    json_headers = {"Content-Type": "application/json"}
    if kind == "analyze":
        return kind, "/api/analyze", json.dumps({"text": rng.choice(PLAIN), "ref_date": "2026-01-15"}).encode(), json_headers
    if kind == "hostile":
        return kind, "/api/analyze", json.dumps({"text": hostile_goals.goal(rng)}).encode(), json_headers
    if kind == "batch":
        goals = [hostile_goals.goal(rng) if rng.random() < 0.5 else rng.choice(PLAIN) for _ in range(rng.randint(1, 20))]
        return kind, "/api/analyze", json.dumps({"goals": goals}).encode(), json_headers
    if kind == "page":
        text = rng.choice(PLAIN + [hostile_goals.goal(rng)[:300]])  # lone surrogates sent as the invalid UTF-8 they are
        return kind, "/?objectif=" + quote(text, safe="", errors="surrogatepass"), b"", {}
    if kind == "fragment":
        body = "objectif=" + quote(hostile_goals.goal(rng)[:2000], safe="", errors="surrogatepass") + "&date=2026-01-15"
        return kind, "/fragments/analyse", body.encode(), {"Content-Type": "application/x-www-form-urlencoded"}
    if kind == "audit":
        boundary = uuid.uuid4().hex
        doc = "# Plan 2026\n\n" + "\n".join(f"- {rng.choice(PLAIN)}" for _ in range(5))
        body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"plan.md\"\r\n"
                f"Content-Type: text/markdown\r\n\r\n{doc}\r\n--{boundary}--\r\n").encode()
        return kind, "/api/audit", body, {"Content-Type": f"multipart/form-data; boundary={boundary}"}
    if kind == "malformed":
        return kind, "/api/analyze", rng.choice([b"{", b"[" * 5000, b"{\"goals\": 3}", b"\xff\xfe"]), json_headers
    return kind, "/api/health", b"", {}


def client(port: int, n: int, seed: int, counts: Counter, lock: threading.Lock) -> None:
    rng = random.Random(seed)
    conn = None
    for _ in range(n):
        kind, path, body, headers = request(rng)
        for attempt in (1, 2):  # a connection the server closed after its keep-alive timeout is reopened once
            conn = conn or http.client.HTTPConnection("127.0.0.1", port, timeout=120)
            try:
                conn.request("POST" if body else "GET", path, body or None, headers)
                response = conn.getresponse()
                response.read()
                outcome = str(response.status)
                if response.getheader("connection", "").lower() == "close":
                    conn.close()
                    conn = None
                break
            except (ConnectionError, http.client.RemoteDisconnected, http.client.BadStatusLine) as err:
                conn.close()
                conn = None
                outcome = f"dropped ({type(err).__name__})"
                if attempt == 1 and isinstance(err, (http.client.RemoteDisconnected, ConnectionResetError)):
                    continue  # idle connection closed between two requests: not a dropped answer
                break
        with lock:
            counts[(kind, outcome)] += 1
    if conn:
        conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "smart_nlp.cli", "serve", "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=dict(os.environ))
    try:
        deadline = time.monotonic() + 180
        while True:
            try:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
                conn.request("GET", "/api/health")
                if json.loads(conn.getresponse().read())["status"] == "ok":
                    break
            except (OSError, ValueError, http.client.HTTPException):
                pass
            if time.monotonic() > deadline or server.poll() is not None:
                sys.exit("the server did not start")
            time.sleep(0.2)
        counts: Counter = Counter()
        lock = threading.Lock()
        share = [args.requests // args.clients + (i < args.requests % args.clients) for i in range(args.clients)]
        start = time.perf_counter()
        threads = [threading.Thread(target=client, args=(port, share[i], args.seed + i, counts, lock))
                   for i in range(args.clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.perf_counter() - start
    finally:
        stop = time.perf_counter()
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(30)
        except subprocess.TimeoutExpired:
            server.kill()
        shutdown = time.perf_counter() - stop
    statuses = Counter()
    for (kind, outcome), n in counts.items():
        statuses[outcome] += n
    bad = sum(n for outcome, n in statuses.items() if outcome.startswith("5") or outcome.startswith("dropped"))
    summary = (f"{sum(counts.values())} requests from {args.clients} clients in {elapsed:.1f} s; "
               f"statuses: {dict(sorted(statuses.items()))}; 5xx or dropped: {bad}; "
               f"shutdown after SIGTERM: {shutdown:.2f} s (exit code {server.returncode})")
    print(summary)
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    write_atomic(ROOT / "benchmarks" / "results" / "load_web.json",
                 json.dumps({"summary": summary, "commit": commit, "requests": args.requests, "clients": args.clients},
                            ensure_ascii=False, indent=2) + "\n")
    for (kind, outcome), n in sorted(counts.items()):
        print(f"  {kind:9s} {outcome:25s} {n}")
    sys.exit(1 if bad or server.returncode not in (0, -signal.SIGTERM) else 0)


if __name__ == "__main__":
    main()
