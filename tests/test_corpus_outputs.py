"""Every goal of the corpus is analysed as ``tests/golden/corpus_outputs.jsonl`` records.

The golden file is written by ``python benchmarks/readme.py``: a refactoring must leave it
unchanged; a deliberate change to the outputs regenerates it, and its diff is reviewed.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
import readme  # noqa: E402

SHOWN = 8


def differences(old, new, path: str = "") -> list[str]:
    """``path: old → new`` for every leaf that differs between two JSON values."""
    if isinstance(old, dict) and isinstance(new, dict):
        return [d for k in dict.fromkeys([*old, *new])
                for d in differences(old.get(k, "<absent>"), new.get(k, "<absent>"), f"{path}.{k}")]
    if isinstance(old, list) and isinstance(new, list) and len(old) == len(new):
        return [d for i, (a, b) in enumerate(zip(old, new)) for d in differences(a, b, f"{path}[{i}]")]
    if old == new:
        return []
    return [f"  {path or '.'}: {json.dumps(old, ensure_ascii=False)} → {json.dumps(new, ensure_ascii=False)}"]


def test_differences_name_the_changed_leaves():
    old = {"kpi": "revenue", "criteria": {"specific": {"met": True}}, "targets": [{"value": 10}]}
    new = {"kpi": "revenue", "criteria": {"specific": {"met": False}}, "targets": [{"value": 10}], "x": 1}
    assert differences(old, new) == ['  .criteria.specific.met: true → false', '  .x: "<absent>" → 1']
    assert differences(old, old) == []


def test_corpus_outputs_are_unchanged():
    committed = [json.loads(line) for line in readme.GOLDEN.read_text(encoding="utf-8").splitlines()]
    now = readme.corpus_outputs()
    assert len(now) == len(committed), "the corpus changed: run `python benchmarks/readme.py`"
    changed = [(old, new) for old, new in zip(committed, now) if old != new]
    report = [f"{len(changed)} of {len(now)} goals analysed differently "
              "(if on purpose: run `python benchmarks/readme.py` and review the diff)"]
    for old, new in changed[:SHOWN]:
        report.append(f"{new['file']}:{new['line']} {new.get('id', '')} « {new.get('text', '')[:70]} »")
        report += differences(old, new)[:12]
    assert not changed, "\n".join(report)


def test_phrase_narrowing_reads_what_extract_reads():
    """The rewrite's narrowing check skips figures and targets: on every corpus goal and every
    rewrite (brackets removed) it must find what ``extract`` finds."""
    from smart_nlp.extract.facts import extract
    from smart_nlp.extract.phrase import phrase_narrowing

    records = [json.loads(line) for line in readme.GOLDEN.read_text(encoding="utf-8").splitlines()]
    texts = [r["text"] for r in records if r.get("text")]
    texts += [r["suggestion"].replace("[", "").replace("]", "") for r in records if r.get("suggestion")]
    differ = [t for t in texts if phrase_narrowing(t) != extract(t).narrowing]
    assert len(texts) > 2000 and not differ, differ[:5]


def test_phrase_narrows_answers_what_phrase_narrowing_finds():
    """The rewrite's yes/no narrowing check stops early when a qualifier, a segment word or a
    channel is free: on every corpus goal and rewrite, for every reading (any narrowing, or
    only segments and qualifiers), it must answer what the full list says."""
    from smart_nlp.extract.phrase import phrase_narrowing, phrase_narrows

    records = [json.loads(line) for line in readme.GOLDEN.read_text(encoding="utf-8").splitlines()]
    texts = [r["text"] for r in records if r.get("text")]
    texts += [r["suggestion"].replace("[", "").replace("]", "") for r in records if r.get("suggestion")]
    differ = [(t, kinds) for kinds in (None, ("segment", "qualifier"), ("qualifier",), ("segment",))
              for t in texts if phrase_narrows(t, kinds) != bool(phrase_narrowing(t, kinds))]
    assert len(texts) > 2000 and not differ, differ[:5]
