#!/usr/bin/env python
"""Fuzz the analyzer with generated goals (issue 13): zero exceptions escaping, every
goal answered in its place, and the slowest goal.

The goals come from ``tests/hostile_goals.py`` (number and date forms, Unicode edge
cases, repetitions, texts at the 5,000-character limit). Each goal is analysed alone
(``Analyzer.analyze``, timed warm: wall clock and this process's CPU time, which is what
a goal costs when the machine is shared), then all of them stream through ``Analyzer.pipe``,
whose answers must line up one for one with the goals. Writes
``benchmarks/results/fuzz.json`` and, with ``--readme``, the README's figures between
its ``fuzz`` markers.

Usage::

    python benchmarks/fuzz.py                 # 100,000 goals
    python benchmarks/fuzz.py --n 2000 --readme
"""
from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import hostile_goals  # noqa: E402

from smart_nlp.analysis import Analysis  # noqa: E402
from smart_nlp.analyzer import Analyzer  # noqa: E402
from smart_nlp.errors import MAX_GOAL_CHARS, SmartNLPError  # noqa: E402
from smart_nlp.io import write_atomic  # noqa: E402

REF = "2026-01-15"


def run(n: int, seed: int) -> dict:
    goals = hostile_goals.goals(n, seed)
    analyzer = Analyzer()
    for text in hostile_goals.goals(50, seed + 1):  # warm: lexicons compiled, caches filled
        try:
            analyzer.analyze(text, REF)
        except SmartNLPError:
            pass
    escaped: list[dict] = []
    analysed = errors = 0
    slowest: list[tuple[float, int]] = []
    slowest_cpu: list[tuple[float, int]] = []
    walls: list[float] = []
    cpus: list[float] = []
    start = time.perf_counter()
    for i, text in enumerate(goals):
        t0, c0 = time.perf_counter(), time.process_time()
        try:
            result = analyzer.analyze(text, REF)
            analysed += isinstance(result, Analysis)
        except SmartNLPError:
            errors += 1
        except BaseException as err:  # noqa: BLE001  (what the harness is here to find)
            escaped.append({"index": i, "error": type(err).__name__, "text": text[:200]})
        took, cpu = time.perf_counter() - t0, time.process_time() - c0
        if len(text) <= MAX_GOAL_CHARS:
            walls.append(took)
            cpus.append(cpu)
            slowest = sorted([*slowest, (took, i)], reverse=True)[:5]
            slowest_cpu = sorted([*slowest_cpu, (cpu, i)], reverse=True)[:5]
    alone_seconds = time.perf_counter() - start
    start = time.perf_counter()
    in_place, batch_escaped = 0, None
    try:
        for text, result in zip(goals, analyzer.pipe(goals, REF)):
            in_place += isinstance(result, (Analysis, SmartNLPError)) and (
                not isinstance(result, Analysis) or len(result.text) == len(text))
    except BaseException as err:  # noqa: BLE001
        batch_escaped = type(err).__name__
    batch_seconds = time.perf_counter() - start
    return {
        "goals": n, "seed": seed, "analysed": analysed, "errors": errors,
        "escaped": len(escaped), "escaped_examples": escaped[:20],
        "batch_answered_in_place": in_place, "batch_escaped": batch_escaped,
        "alone_seconds": round(alone_seconds, 1), "batch_seconds": round(batch_seconds, 1),
        "p99_ms": _p99(walls), "p99_cpu_ms": _p99(cpus),
        "slowest_ms": [{"ms": round(t * 1000, 1), "chars": len(goals[i]), "start": goals[i][:60]} for t, i in slowest],
        "slowest_cpu_ms": [{"ms": round(t * 1000, 1), "chars": len(goals[i]), "start": goals[i][:60]}
                           for t, i in slowest_cpu],
    }


def _p99(times: list[float]) -> float:
    return round(statistics.quantiles(times, n=100)[98] * 1000, 1) if len(times) > 1 else 0.0


def markdown(r: dict) -> str:
    worst, worst_cpu = r["slowest_ms"][0], r["slowest_cpu_ms"][0]
    return "\n".join([
        f"| generated goals | analysed | refused with their own error | exceptions escaping | answered in place "
        f"in one batch | slowest goal (≤ 5,000 chars, warm): wall, CPU | 99th percentile: wall, CPU |",
        "| --- | --- | --- | --- | --- | --- | --- |",
        f"| {r['goals']:,} | {r['analysed']:,} | {r['errors']:,} | {r['escaped']} | "
        f"{r['batch_answered_in_place']:,} / {r['goals']:,} | {worst['ms']} ms ({worst['chars']:,} chars), "
        f"{worst_cpu['ms']} ms ({worst_cpu['chars']:,} chars) | {r['p99_ms']} ms, {r['p99_cpu_ms']} ms |",
        "",
        f"`python benchmarks/fuzz.py --n {r['goals']}` (seed {r['seed']}): {r['alone_seconds']} s one by one, "
        f"{r['batch_seconds']} s through `Analyzer.pipe`.",
    ])


def update_readme(text: str) -> None:
    readme = ROOT / "README.md"
    content = readme.read_text(encoding="utf-8")
    block = f"<!-- fuzz:start -->\n{text}\n<!-- fuzz:end -->"
    new, count = re.subn(r"<!-- fuzz:start -->.*?<!-- fuzz:end -->", lambda m: block, content, flags=re.S)
    if count != 1:
        sys.exit("README.md has no <!-- fuzz:start --> … <!-- fuzz:end --> block")
    write_atomic(readme, new)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--readme", action="store_true", help="write the figures into README.md")
    args = parser.parse_args()
    result = run(args.n, args.seed)
    (ROOT / "benchmarks" / "results").mkdir(exist_ok=True)
    write_atomic(ROOT / "benchmarks" / "results" / "fuzz.json", json.dumps(result, ensure_ascii=False, indent=2) + "\n")
    text = markdown(result)
    print(text)
    if args.readme:
        update_readme(text)
    if result["escaped"] or result["batch_escaped"] or result["batch_answered_in_place"] != result["goals"]:
        sys.exit(1)


if __name__ == "__main__":
    main()
