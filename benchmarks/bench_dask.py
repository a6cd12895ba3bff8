#!/usr/bin/env python
"""Throughput of the Dask engine against ``--jobs``, on the same machine, in one run (issue 16).

Generates N goals (default 100,000: corpus sentences and the templates of ``bench.py``,
in one JSONL file) and D small strategy documents (default 200 two-page PDFs from the
templates of ``bench_audit.py``), then times, in this order:

- goals, single process: read, ``Analyzer.pipe`` with ``n_process`` = 1 then 2 (what
  ``smart-nlp analyze --input … --jobs N`` does), write one JSONL file;
- goals, Dask: ``analyze_files`` on a ``LocalCluster`` of 1 then 2 worker processes
  (one thread each), JSONL parts of 1,000 goals;
- documents: a sequential in-process audit (read, audit, JSON report per document),
  then ``audit_files`` on 1 then 2 workers.

Every path is warmed up (200 goals, a few documents) before its clock starts; a Dask
worker loads its analyzer when the plugin is registered, and the cluster's start-up is
reported apart, with each worker's memory after the run. The load average
is recorded before and after: on a shared machine, figures are only comparable within
one run. Writes ``benchmarks/results_dask.json`` atomically and prints a Markdown table.

Usage::

    python benchmarks/bench_dask.py                        # 100,000 goals, 200 documents
    python benchmarks/bench_dask.py --goals 5000 --documents 20
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import random
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from bench import make_goals  # noqa: E402
from bench_audit import pages, write_pdf  # noqa: E402

REF_DATE = "2026-01-15"
BLOCK_SIZE = 1000
DEFAULT_OUTPUT = HERE / "results_dask.json"


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def corpus_sentences() -> list[str]:
    texts = []
    for name in ("train.jsonl", "dev.jsonl"):
        for line in (ROOT / "corpus" / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    return texts


def write_goals(path: Path, n: int, seed: int) -> None:
    """Half corpus sentences, half template goals, shuffled; one JSONL object a line."""
    rng = random.Random(seed)
    corpus = corpus_sentences()
    texts = [rng.choice(corpus) for _ in range(n // 2)] + make_goals(n - n // 2, seed)
    rng.shuffle(texts)
    with path.open("w", encoding="utf-8") as fh:
        for i, text in enumerate(texts):
            fh.write(json.dumps({"id": f"g{i:06d}", "text": text}, ensure_ascii=False) + "\n")


def write_documents(folder: Path, n: int, seed: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        path = folder / f"plan-{i:03d}.pdf"
        write_pdf(pages(2, seed=seed + i), path)
        paths.append(path)
    return paths


def timed(fn) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def goals_single(path: Path, out: Path, jobs: int) -> int:
    from smart_nlp.analyzer import default_analyzer
    from smart_nlp.inputs import read_goals

    rows = list(read_goals(str(path)))
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for result in default_analyzer().pipe([g for _, g in rows], REF_DATE, n_process=jobs):
            fh.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
            n += 1
    return n


def documents_single(paths: list[Path], out: Path) -> int:
    from smart_nlp.analyzer import default_analyzer
    from smart_nlp.audit import AuditReport, audit_document, read_document
    from smart_nlp.audit.report import render

    out.mkdir(parents=True, exist_ok=True)
    goals = 0
    for p in paths:
        audit = audit_document(read_document(p), default_analyzer(), REF_DATE)
        (out / (p.name + ".audit.json")).write_text(render(AuditReport([audit]), "json"), encoding="utf-8")
        goals += len(audit.goals)
    return goals


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--goals", type=int, default=100_000)
    parser.add_argument("--documents", type=int, default=200)
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args(argv)

    from smart_nlp.distributed import analyze_files, audit_files, open_client

    res: dict = {"schema": 1, "generated_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                 "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                             "load_before": [round(x, 2) for x in os.getloadavg()]},
                 "goals": {"n": args.goals, "block_size": BLOCK_SIZE}, "documents": {"n": args.documents}}
    with tempfile.TemporaryDirectory(prefix="bench-dask-") as tmp:
        tmp = Path(tmp)
        log(f"generating {args.goals} goals and {args.documents} documents")
        goals = tmp / "goals.jsonl"
        write_goals(goals, args.goals, args.seed)
        docs = write_documents(tmp / "plans", args.documents, args.seed)
        warm_goals = tmp / "warm.jsonl"
        write_goals(warm_goals, 200, args.seed + 1)
        goals_single(warm_goals, tmp / "warm.out.jsonl", 1)
        documents_single(docs[:2], tmp / "warm-docs")

        for jobs in (1, 2):
            log(f"goals, --jobs {jobs}")
            seconds, n = timed(lambda: goals_single(goals, tmp / f"jobs{jobs}.jsonl", jobs))
            res["goals"][f"jobs_{jobs}"] = {"seconds": round(seconds, 2), "per_second": round(n / seconds, 1)}
        log("documents, one process")
        seconds, found = timed(lambda: documents_single(docs, tmp / "docs-single"))
        res["documents"]["single"] = {"seconds": round(seconds, 2), "per_second": round(len(docs) / seconds, 2),
                                      "goals_found": found}

        for workers in (1, 2):
            log(f"starting a LocalCluster of {workers} worker(s)")
            start = time.perf_counter()
            with open_client(n_workers=workers) as client:
                res.setdefault("cluster_start_seconds", {})[str(workers)] = round(time.perf_counter() - start, 2)
                analyze_files([str(warm_goals)], tmp / f"warm{workers}", client, "jsonl", REF_DATE, block_size=50)
                audit_files([str(p) for p in docs[:2 * workers]], tmp / f"warm-docs{workers}", client, REF_DATE)
                log(f"goals, Dask {workers} worker(s)")
                seconds, report = timed(lambda: analyze_files([str(goals)], tmp / f"dask{workers}", client, "jsonl",
                                                              REF_DATE, block_size=BLOCK_SIZE))
                assert report.goals == args.goals and not report.failed, report
                res["goals"][f"dask_{workers}"] = {"seconds": round(seconds, 2),
                                                   "per_second": round(args.goals / seconds, 1)}
                log(f"documents, Dask {workers} worker(s)")
                seconds, summary = timed(lambda: audit_files([str(tmp / "plans" / "*.pdf")], tmp / f"docs{workers}",
                                                             client, REF_DATE))
                assert summary["audited"] == len(docs), summary["errors"][:3]
                res["documents"][f"dask_{workers}"] = {"seconds": round(seconds, 2),
                                                       "per_second": round(len(docs) / seconds, 2),
                                                       "goals_found": summary["goals"]}
                res.setdefault("worker_memory_mib", {})[str(workers)] = [
                    round(w["metrics"]["memory"] / 2**20) for w in client.scheduler_info()["workers"].values()]
    g, d = res["goals"], res["documents"]
    res["speedup"] = {"goals_dask_2_over_1": round(g["dask_2"]["per_second"] / g["dask_1"]["per_second"], 2),
                      "goals_jobs_2_over_1": round(g["jobs_2"]["per_second"] / g["jobs_1"]["per_second"], 2),
                      "documents_dask_2_over_1": round(d["dask_2"]["per_second"] / d["dask_1"]["per_second"], 2)}
    res["machine"]["load_after"] = [round(x, 2) for x in os.getloadavg()]
    tmp_out = args.output.with_name(f".{args.output.name}.tmp")
    tmp_out.write_text(json.dumps(res, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    os.replace(tmp_out, args.output)
    print(markdown(res))
    return 0


def markdown(res: dict) -> str:
    g, d = res["goals"], res["documents"]
    lines = [f"| {g['n']:,} goals | seconds | goals/s |".replace(",", " "), "| --- | ---: | ---: |"]
    for key, label in (("jobs_1", "`--jobs 1`"), ("jobs_2", "`--jobs 2`"), ("dask_1", "Dask, 1 worker"),
                       ("dask_2", "Dask, 2 workers")):
        lines.append(f"| {label} | {g[key]['seconds']} | {g[key]['per_second']} |")
    lines += ["", f"| {d['n']} documents | seconds | documents/s |", "| --- | ---: | ---: |"]
    for key, label in (("single", "one process"), ("dask_1", "Dask, 1 worker"), ("dask_2", "Dask, 2 workers")):
        lines.append(f"| {label} | {d[key]['seconds']} | {d[key]['per_second']} |")
    s, m = res["speedup"], res["machine"]
    lines += ["", f"Worker memory (MiB): 1 worker {res['worker_memory_mib']['1']}, 2 workers "
                  f"{res['worker_memory_mib']['2']}; cluster start-up {res['cluster_start_seconds']} s.",
              "", f"Speed-up 2 workers / 1: goals ×{s['goals_dask_2_over_1']}, documents "
                  f"×{s['documents_dask_2_over_1']} (`--jobs 2` / `--jobs 1`: ×{s['goals_jobs_2_over_1']}); "
                  f"load average before {m['load_before'][0]}, after {m['load_after'][0]}."]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
