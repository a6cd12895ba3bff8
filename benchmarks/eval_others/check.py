"""Format check of the frozen evaluation set (SPEC sections 1, 4 and 7, without spans).

Run: python benchmarks/eval_others/check.py  — it reads only this folder's goals.jsonl and
never imports the analyzer, so that checking the set cannot leak anything into the code.
"""
import collections
import datetime as dt
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).parent
KEYS = {"id", "voice", "text", "ref_date", "labels", "kpi", "channels", "targets", "baseline",
        "deadline", "has_means", "funnel"}
CRITERIA = {"specific", "measurable", "achievable", "relevant", "time_bound"}
CHANNELS = {"linkedin", "facebook", "instagram", "tiktok", "youtube", "x", "pinterest", "snapchat",
            "social", "blog", "seo", "sea", "social_ads", "display", "email", "sms", "website",
            "marketplace", "app", "phone", "events", "webinar", "podcast", "influence", "affiliation",
            "referral", "press", "store", "partnerships"}
KPIS = {"revenue", "sales", "leads", "customers", "conversion_rate", "traffic", "followers",
        "engagement", "reach", "retention", "satisfaction", "acquisition_cost", "roi", "click_rate",
        "open_rate", "subscribers", "downloads", "average_order", "ranking", "market_share"}
KINDS = {"level", "delta", "percent_change", "factor"}
UNITS = {None, "%", "pt", "EUR", "USD", "CAD", "CHF", "GBP", "min", "h"}
PERIODS = {None, "day", "week", "month", "quarter", "year"}
FUNNELS = {None, "see", "think", "do", "care"}


def iso(value):
    return dt.date.fromisoformat(value).isoformat() == value


def problems(n, r):
    if set(r) != KEYS:
        yield f"keys {sorted(set(r) ^ KEYS)}"
    if r.get("id") != f"o-{n:03d}":
        yield f"id {r.get('id')!r}, expected o-{n:03d}"
    if not isinstance(r.get("text"), str) or not r["text"].strip():
        yield "empty text"
    if not iso(r.get("ref_date", "")):
        yield "ref_date"
    labels = r.get("labels", {})
    if set(labels) != CRITERIA or not all(isinstance(v, bool) for v in labels.values()):
        yield "labels"
    if r.get("kpi") not in KPIS | {None}:
        yield f"kpi {r.get('kpi')!r}"
    ch = r.get("channels", [])
    if not set(ch) <= CHANNELS or len(ch) != len(set(ch)):
        yield f"channels {ch}"
    for t in r.get("targets", []):
        if set(t) != {"kind", "value", "unit", "period"} or t["kind"] not in KINDS \
                or t["unit"] not in UNITS or t["period"] not in PERIODS \
                or not isinstance(t["value"], (int, float)):
            yield f"target {t}"
    b = r.get("baseline")
    if b is not None and (set(b) != {"value", "unit", "period"} or b["unit"] not in UNITS
                          or b["period"] not in PERIODS or not isinstance(b["value"], (int, float))):
        yield f"baseline {b}"
    if r.get("deadline") is not None and not iso(r["deadline"]):
        yield "deadline"
    if not isinstance(r.get("has_means"), bool):
        yield "has_means"
    if r.get("funnel") not in FUNNELS:
        yield "funnel"
    if labels.get("time_bound") != (r.get("deadline") is not None):
        yield "time_bound label disagrees with deadline"
    if labels.get("measurable") != bool(r.get("targets")):
        yield "measurable label disagrees with targets"


def main():
    bad, voices, texts = 0, collections.Counter(), set()
    lines = (HERE / "goals.jsonl").read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines, 1):
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            print(f"goals.jsonl:{n}: invalid JSON ({e})")
            bad += 1
            continue
        for p in problems(n, r):
            print(f"goals.jsonl:{n}: {p}")
            bad += 1
        if r.get("text") in texts:
            print(f"goals.jsonl:{n}: duplicate text")
            bad += 1
        texts.add(r.get("text"))
        voices[r.get("voice")] += 1
    print(f"{len(lines)} goals, {len(voices)} voices: {dict(voices)}")
    print("OK" if not bad else f"{bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
