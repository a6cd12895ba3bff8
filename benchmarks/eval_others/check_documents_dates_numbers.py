"""Validate documents.jsonl, dates.jsonl and numbers.jsonl (shape, ISO dates, exact substrings).

Also prints, per document, the text that no statement covers, so the annotator can see that only
headings, metadata lines and table headers were left out.
"""
import datetime as dt
import json
import re
import sys
from pathlib import Path

from docx import Document

HERE = Path(__file__).parent
KINDS = {"level", "delta", "percent_change", "factor"}
UNITS = {None, "%", "pt", "EUR", "USD", "CAD", "CHF", "GBP", "min", "h"}
PERIODS = {None, "day", "week", "month", "quarter", "year"}
KPIS = {"revenue", "sales", "leads", "customers", "conversion_rate", "traffic", "followers", "engagement",
        "reach", "retention", "satisfaction", "acquisition_cost", "roi", "click_rate", "open_rate",
        "subscribers", "downloads", "average_order", "ranking", "market_share", None}
errors = []


def fail(where, msg):
    errors.append(f"{where}: {msg}")


def iso(value, where, nullable=False):
    if value is None and nullable:
        return
    try:
        dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        fail(where, f"not an ISO date: {value!r}")


def lines(name):
    with open(HERE / name, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            yield f"{name}:{n}", json.loads(line)


def document_chunks(path):
    """Paragraphs and table cells for .docx, the raw text otherwise."""
    if path.suffix == ".docx":
        doc = Document(path)
        cells = [c.text for t in doc.tables for r in t.rows for c in r.cells]
        return [p.text for p in doc.paragraphs] + cells
    return [path.read_text(encoding="utf-8")]


def check_documents():
    for where, doc in lines("documents.jsonl"):
        if set(doc) != {"file", "ref_date", "statements"}:
            fail(where, f"keys {sorted(doc)}")
        iso(doc["ref_date"], where)
        chunks = document_chunks(HERE / "documents" / doc["file"])
        left = list(chunks)
        for i, st in enumerate(doc["statements"]):
            w = f"{where} statement {i}"
            if set(st) != {"text", "is_goal", "kpi", "deadline"}:
                fail(w, f"keys {sorted(st)}")
            if not any(st["text"] in c for c in chunks):
                fail(w, f"not in the document: {st['text']!r}")
            if st["kpi"] not in KPIS:
                fail(w, f"unknown kpi {st['kpi']!r}")
            iso(st["deadline"], w, nullable=True)
            if not st["is_goal"] and (st["kpi"] or st["deadline"]):
                fail(w, "a non-goal carries a kpi or a deadline")
            left = [c.replace(st["text"], "", 1) for c in left]
        rest = [re.sub(r"\s+", " ", c).strip() for c in left]
        print(f"--- {doc['file']}: {len(doc['statements'])} statements, "
              f"{sum(s['is_goal'] for s in doc['statements'])} goals; not covered:")
        for c in rest:
            if c:
                print("   ", c[:300])


def check_dates():
    ids = set()
    for where, d in lines("dates.jsonl"):
        if set(d) != {"id", "text", "ref_date", "expr", "date"}:
            fail(where, f"keys {sorted(d)}")
        if d["id"] in ids:
            fail(where, "duplicate id")
        ids.add(d["id"])
        iso(d["ref_date"], where)
        iso(d["date"], where, nullable=True)
        if d["expr"] not in d["text"]:
            fail(where, "expr not in text")
    print("dates:", len(ids), "lines")


def check_numbers():
    ids = set()
    for where, d in lines("numbers.jsonl"):
        if set(d) != {"id", "text", "ref_date", "targets"}:
            fail(where, f"keys {sorted(d)}")
        if d["id"] in ids:
            fail(where, "duplicate id")
        ids.add(d["id"])
        iso(d["ref_date"], where)
        for t in d["targets"]:
            if set(t) != {"kind", "value", "unit", "period"} or t["kind"] not in KINDS \
                    or t["unit"] not in UNITS or t["period"] not in PERIODS \
                    or not isinstance(t["value"], (int, float)):
                fail(where, f"bad target {t}")
    print("numbers:", len(ids), "lines")


if __name__ == "__main__":
    check_documents()
    check_dates()
    check_numbers()
    for e in errors:
        print("ERROR", e)
    sys.exit(1 if errors else 0)
