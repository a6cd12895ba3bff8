"""Load check of the web API: requests per second and latency of ``POST /api/analyze``.

Starts ``python -m smart_nlp.web.server`` on a free port of 127.0.0.1 (or uses
``--url``, which must be a loopback address), waits for ``/api/health``, warms up, then
sends ``--requests`` analyses from ``--concurrency`` concurrent clients, one goal per
request (the goals of ``bench.py``'s generator). It stops by itself after the last
request or after ``--max-seconds``, whichever comes first, then stops the server it
started. Prints a Markdown table, writes JSON with ``--output``; exits 1 if any request
failed.

    python benchmarks/bench_web.py                       # 2 000 requests, 8 clients
    python benchmarks/bench_web.py --requests 500 --concurrency 32 --output /tmp/web.json
"""
from __future__ import annotations

import argparse
import asyncio
import ipaddress
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import make_goals  # noqa: E402  (the goal generator of bench.py)

REF_DATE = "2026-01-15"


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def loopback_only(url: str) -> str:
    host = urlsplit(url).hostname or ""
    try:
        addresses = {info[4][0] for info in socket.getaddrinfo(host, None)}
    except socket.gaierror as err:
        raise SystemExit(f"adresse inconnue : {host} ({err})")
    if not addresses or not all(ipaddress.ip_address(a.split("%")[0]).is_loopback for a in addresses):
        raise SystemExit(f"refusé : {url} n'est pas une adresse de cette machine (127.0.0.0/8 ou ::1)")
    return url.rstrip("/")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(port: int, log_path: Path) -> subprocess.Popen:
    with open(log_path, "wb") as out:
        return subprocess.Popen([sys.executable, "-m", "smart_nlp.web.server", "--host", "127.0.0.1",
                                 "--port", str(port)], stdout=out, stderr=subprocess.STDOUT)


def wait_ready(base: str, proc: subprocess.Popen | None, timeout: float = 120.0) -> float:
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        if proc is not None and proc.poll() is not None:
            raise SystemExit("le serveur s'est arrêté au démarrage")
        try:
            if httpx.get(base + "/api/health", timeout=2).json().get("status") == "ok":
                return time.monotonic() - start
        except (httpx.HTTPError, ValueError):
            pass
        time.sleep(0.2)
    raise SystemExit(f"le serveur n'a pas répondu en {timeout:.0f} s")


def percentile(sorted_values: list[float], q: float) -> float:
    """Nearest-rank percentile of an already sorted list."""
    if not sorted_values:
        return float("nan")
    k = max(0, min(len(sorted_values) - 1, round(q / 100 * len(sorted_values) + 0.5) - 1))
    return sorted_values[k]


async def run_load(base: str, goals: list[str], requests: int, concurrency: int, max_seconds: float) -> dict:
    latencies: list[float] = []
    errors: dict[str, int] = {}
    next_index = 0
    stop_at = time.monotonic() + max_seconds
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)

    async def worker(client: httpx.AsyncClient) -> None:
        nonlocal next_index
        while next_index < requests and time.monotonic() < stop_at:
            i = next_index
            next_index += 1
            body = {"text": goals[i % len(goals)], "ref_date": REF_DATE, "id": str(i)}
            t0 = time.perf_counter()
            try:
                r = await client.post("/api/analyze", json=body)
                ok = r.status_code == 200 and r.json().get("id") == str(i)
                key = None if ok else f"HTTP {r.status_code}"
            except httpx.HTTPError as err:
                key = type(err).__name__
            latencies.append(time.perf_counter() - t0)
            if key:
                errors[key] = errors.get(key, 0) + 1

    async with httpx.AsyncClient(base_url=base, timeout=30.0, limits=limits) as client:
        t0 = time.perf_counter()
        await asyncio.gather(*(worker(client) for _ in range(concurrency)))
        wall = time.perf_counter() - t0
    lat = sorted(latencies)
    done = len(lat)
    return {
        "requests": done, "concurrency": concurrency, "seconds": round(wall, 3),
        "stopped_by_time_limit": done < requests,
        "requests_per_second": round(done / wall, 1) if wall else None,
        "latency_ms": {"p50": round(percentile(lat, 50) * 1000, 1), "p95": round(percentile(lat, 95) * 1000, 1),
                       "p99": round(percentile(lat, 99) * 1000, 1), "max": round(lat[-1] * 1000, 1) if lat else None,
                       "mean": round(statistics.fmean(lat) * 1000, 1) if lat else None},
        "errors": sum(errors.values()), "errors_by_kind": errors,
    }


def markdown(res: dict) -> str:
    rows = [("requêtes", res["requests"]), ("clients simultanés", res["concurrency"]),
            ("durée, s", res["seconds"]), ("requêtes/s", res["requests_per_second"]),
            ("latence p50, ms", res["latency_ms"]["p50"]), ("latence p95, ms", res["latency_ms"]["p95"]),
            ("latence p99, ms", res["latency_ms"]["p99"]), ("latence max, ms", res["latency_ms"]["max"]),
            ("erreurs", res["errors"])]
    lines = ["| mesure | valeur |", "| --- | ---: |"] + [f"| {k} | {v} |" for k, v in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--requests", type=int, default=2000, help="requêtes à envoyer (défaut 2000)")
    p.add_argument("--concurrency", type=int, default=8, help="clients simultanés (défaut 8)")
    p.add_argument("--warmup", type=int, default=50, help="requêtes de chauffe, non comptées (défaut 50)")
    p.add_argument("--max-seconds", type=float, default=120.0, help="durée maximale de la mesure (défaut 120)")
    p.add_argument("--seed", type=int, default=20260115, help="graine du générateur d'objectifs")
    p.add_argument("--url", help="serveur déjà lancé, sur 127.0.0.1 seulement (sinon il est démarré ici)")
    p.add_argument("--output", type=Path, help="fichier JSON des résultats")
    args = p.parse_args(argv)
    if not (1 <= args.concurrency <= 256 and 1 <= args.requests <= 100_000 and 0 < args.max_seconds <= 600):
        p.error("bornes : 1 ≤ concurrency ≤ 256, 1 ≤ requests ≤ 100000, 0 < max-seconds ≤ 600")

    goals = make_goals(max(200, min(args.requests, 3000)), args.seed)
    proc = None
    with tempfile.TemporaryDirectory(prefix="bench-web-") as tmp:
        try:
            if args.url:
                base = loopback_only(args.url)
                started = None
            else:
                port = free_port()
                base = f"http://127.0.0.1:{port}"
                log(f"démarrage du serveur sur {base} …")
                proc = start_server(port, Path(tmp) / "server.log")
                started = round(wait_ready(base, proc), 2)
                log(f"serveur prêt en {started} s (chargement du modèle compris)")
            if args.url:
                wait_ready(base, None, 10)
            if args.warmup:
                asyncio.run(run_load(base, goals, args.warmup, min(args.concurrency, args.warmup), 60))
            log(f"mesure : {args.requests} requêtes, {args.concurrency} clients …")
            res = asyncio.run(run_load(base, goals, args.requests, args.concurrency, args.max_seconds))
        finally:
            if proc is not None:
                proc.terminate()
                try:
                    proc.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
    res.update({"endpoint": "POST /api/analyze", "server_start_seconds": started,
                "machine": {"python": platform.python_version(), "cpus": os.cpu_count(),
                            "processor": platform.processor() or platform.machine()}})
    print(markdown(res))
    if args.output:
        args.output.write_text(json.dumps(res, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 1 if res["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
