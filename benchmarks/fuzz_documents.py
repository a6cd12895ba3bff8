#!/usr/bin/env python
"""Audit hostile documents at full size, each in its own process, and record its time
and peak memory (issue 13: every one under 60 s and 1 GiB, never a traceback).

The shapes come from ``tests/hostile_documents.py`` (the tests use them small): 100,000
lines, deep headings and nesting, tens of thousands of statements, tiny Word paragraphs,
huge tables, thousands of goals on one KPI, many PDF pages, zip and flate bombs, broken
XML, malformed Word files. Each document goes the whole road of ``smart-nlp audit``
(read, detect, analyse, findings, HTML report) or is refused with a clear message; the
time shown is that road, the analyzer's one-time load excluded (``wall_seconds`` in
the JSON includes it), and the memory is the process's peak resident size.

Usage::

    python benchmarks/fuzz_documents.py            # every shape, full size
    python benchmarks/fuzz_documents.py --only lines --scale 0.1
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import hostile_documents as hd  # noqa: E402

LIMIT_SECONDS, LIMIT_BYTES = 60, 1024 ** 3
SHAPES = {
    "lines": lambda s: hd.many_lines_md(int(100_000 * s)),
    "statements": lambda s: hd.many_statements_md(int(40_000 * s)),
    "deep_headings": lambda s: hd.deep_headings_txt(int(2_000 * s)),
    "deep_nesting": lambda s: hd.deep_nesting_md(int(5_000 * s)),
    "md_table": lambda s: hd.huge_table_md(int(50_000 * s)),
    "tiny_paragraphs": lambda s: hd.tiny_paragraphs_docx(int(300_000 * s)),
    "docx_table": lambda s: hd.huge_table_docx(int(30_000 * s)),
    "one_kpi_goals": lambda s: hd.many_statements_md(int(8_000 * s)),
    "pages": lambda s: hd.many_pages_pdf(int(2_000 * s)),
    "zip_bomb": lambda s: hd.zip_bomb_docx(max(2, int(500 * s))),
    "flate_bomb": lambda s: hd.flate_bomb_pdf(max(2, int(500 * s))),
    "broken_xml": lambda s: hd.broken_xml_docx(),
    **{f"docx_{shape}": (lambda shape: lambda s: hd.malformed_docx(shape))(shape) for shape in hd.MALFORMED_DOCX},
}

CHILD = """
import json, sys, time, resource
from smart_nlp.analyzer import default_analyzer
from smart_nlp.audit import DocumentError, read_document
from smart_nlp.audit.core import audit_document
from smart_nlp.audit.report import AuditReport, render
analyzer = default_analyzer()
start = time.perf_counter()
try:
    doc = read_document(sys.argv[1])
    audit = audit_document(doc, analyzer, "2026-01-15")
    html = render(AuditReport([audit]), "html")
    out = {"outcome": "audited", "statements": len(doc.segments), "goals": len(audit.goals),
           "warnings": doc.warnings[:3], "report_bytes": len(html)}
except DocumentError as err:
    out = {"outcome": "refused", "message": str(err)[-160:]}
out["seconds"] = round(time.perf_counter() - start, 2)
out["peak_rss_mib"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
print(json.dumps(out, ensure_ascii=False))
"""


def make(name: str, scale: float, folder: Path) -> tuple[Path, int]:
    """Write one hostile document; runs in its own process (see ``run``)."""
    file_name, data = SHAPES[name](scale)
    path = folder / file_name
    path.write_bytes(data)
    return path, len(data)


def run(name: str, scale: float, folder: Path) -> dict:
    """Audit one shape in a child process, which reports its own peak resident size. The
    document is written by yet another process: a child's peak counts the high-water mark
    of the process it was started from, and building a 500 MB bomb is not the audit's."""
    made = subprocess.run([sys.executable, __file__, "--make", name, str(scale), str(folder)],
                          capture_output=True, text=True, check=True)
    written, size = json.loads(made.stdout)
    path = Path(written)
    file_name = path.name
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True,
                          timeout=LIMIT_SECONDS * 5)
    wall = time.perf_counter() - started
    result = {"shape": name, "file": file_name, "bytes": size, "wall_seconds": round(wall, 1), "peak_rss_mib": 0}
    if proc.returncode != 0:
        result.update(outcome="crash", stderr=proc.stderr[-400:])
    else:
        result.update(json.loads(proc.stdout.strip().splitlines()[-1]))
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=1.0, help="size factor of every shape (1 = full size)")
    parser.add_argument("--only", nargs="*", choices=sorted(SHAPES), help="shapes to run (default: all)")
    parser.add_argument("--json", type=Path, help="write the results here")
    args = parser.parse_args(argv)
    results, failed = [], 0
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.only or SHAPES:
            result = _isolated(name, args.scale, Path(tmp))
            over = result.get("seconds", 0) > LIMIT_SECONDS or result["peak_rss_mib"] * 2 ** 20 > LIMIT_BYTES
            failed += over or result["outcome"] == "crash"
            results.append(result)
            print(f"{name:34} {result['outcome']:8} {result['bytes'] / 1e6:7.1f} MB {result.get('seconds', 0):6.1f} s "
                  f"{result['peak_rss_mib']:6d} MiB  " + (result.get("message") or
                                                           f"{result.get('statements')} énoncés, "
                                                           f"{result.get('goals')} objectifs"), flush=True)
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"{len(results)} documents, {failed} over {LIMIT_SECONDS} s / 1 GiB or crashed")
    return 1 if failed else 0


def _isolated(name: str, scale: float, folder: Path) -> dict:
    """Run one shape from a fresh, small parent (see ``run``)."""
    proc = subprocess.run([sys.executable, __file__, "--one", name, str(scale), str(folder)],
                          capture_output=True, text=True)
    if proc.returncode != 0 or not proc.stdout.strip():
        return {"shape": name, "file": "", "bytes": 0, "wall_seconds": 0.0, "peak_rss_mib": 0, "outcome": "crash",
                "stderr": proc.stderr[-400:]}
    return json.loads(proc.stdout.strip().splitlines()[-1])


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--make":
        made_path, made_size = make(sys.argv[2], float(sys.argv[3]), Path(sys.argv[4]))
        print(json.dumps([str(made_path), made_size]))
        sys.exit(0)
    if len(sys.argv) == 5 and sys.argv[1] == "--one":
        print(json.dumps(run(sys.argv[2], float(sys.argv[3]), Path(sys.argv[4])), ensure_ascii=False))
        sys.exit(0)
    sys.exit(main())
