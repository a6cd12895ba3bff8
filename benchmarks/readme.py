"""Regenerate every figure and example output of the README and ``docs/`` from the code.

- ``<!-- generated: NAME -->`` … ``<!-- end: NAME -->`` sections: ``accuracy`` (the
  tables of ``benchmarks/accuracy.py``), ``performance`` (the table of the last
  ``benchmarks/bench.py`` run, read from ``benchmarks/results.json``), ``examples``
  (how many French example sentences the tests read);
- ```` ```console ```` blocks: each ``$ smart-nlp …`` line is run and the output below it
  replaced by what the command prints (80 columns);
- the audit example reports in ``docs/`` are rebuilt from ``docs/plan-exemple.md``;
- ``tests/golden/corpus_outputs.jsonl``: the analysis of every goal of ``corpus/*.jsonl``
  (their own reference date, else ``GOLDEN_REF_DATE``), which ``tests/test_corpus_outputs.py``
  compares with what the code answers now.

``python benchmarks/readme.py`` rewrites the files; ``--check`` only says which differ
(exit 1). ``tests/test_readme.py`` runs the same comparison; Python examples (``>>>``)
are checked by doctest there.
"""
from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = [ROOT / "README.md", ROOT / "docs" / "contract.md"]
AUDIT_EXAMPLE = ROOT / "docs" / "plan-exemple.md"
AUDIT_REF_DATE = "2027-01-05"
TRACK_EXAMPLE = ROOT / "docs" / "examples" / "suivi-t1.html"
GOLDEN = ROOT / "tests" / "golden" / "corpus_outputs.jsonl"
GOLDEN_REF_DATE = "2026-01-15"
SECTION = re.compile(r"(<!-- generated: (\w+) -->\n?)(.*?)(<!-- end: \2 -->)", re.S)
CONSOLE = re.compile(r"(```console\n)(.*?)(```)", re.S)


def cli(args: list[str]) -> str:
    """What ``smart-nlp ARGS`` prints on a 80-column terminal, from this checkout."""
    env = {**os.environ, "COLUMNS": "80", "PYTHONPATH": str(ROOT), "NO_COLOR": "1", "TERM": "dumb"}
    env.pop("SMART_NLP_MODEL", None)
    done = subprocess.run([sys.executable, "-c", "from smart_nlp.cli import main; main()", *args],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)
    return "\n".join(line.rstrip() for line in (done.stdout + done.stderr).rstrip("\n").splitlines())


def console(block: str) -> str:
    """Re-run each ``$ smart-nlp …`` command of a console block."""
    out = []
    for line in block.splitlines():
        if line.startswith("$ smart-nlp "):
            out += [line, cli(shlex.split(line[2:])[1:])]
    return "\n".join(out) + "\n"


def example_count() -> str:
    import yaml

    def cases(table: list | dict) -> int:
        """Examples with expected values: a table's mappings, or the lists of a sectioned
        file (a bare sentence only feeds a same-output check; a lookup table is no example)."""
        rows = table if isinstance(table, list) else [r for v in table.values() if isinstance(v, list) for r in v]
        return sum(isinstance(r, dict) for r in rows)

    n = sum(cases(yaml.safe_load(p.read_text(encoding="utf-8")))
            for p in sorted((ROOT / "tests" / "examples" / "fr").glob("*.yaml")))
    return f"{n:,}".replace(",", " ")


def performance() -> str:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench import readme_table

    return readme_table(json.loads((ROOT / "benchmarks" / "results.json").read_text(encoding="utf-8")))


def accuracy() -> str:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from accuracy import tables

    return tables()


def doubts() -> str:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from accuracy import doubts

    return doubts()


def id_table(name: str) -> str:
    """The channel or KPI ids the analyzer knows, from its lexicons."""
    from smart_nlp.lang.fr import load

    data = load(name)
    if name == "channels":
        rows = ["| id | shown as |", "| --- | --- |"]
        rows += [f"| `{k}` | {v['label']} |" for k, v in data.items()]
    else:
        rows = ["| id | shown as | funnel stage | business impact |", "| --- | --- | --- | --- |"]
        rows += [f"| `{k}` | {v['label']} | {v['funnel']} | {'yes' if v.get('business') else 'no'} |"
                 for k, v in data.items()]
    return "\n".join(rows)


# Deadline phrases shown in docs/contract.md, each inside a goal, resolved on 2026-01-15.
DEADLINE_PHRASES = [
    "d'ici 3 mois", "dans 3 mois", "sous six semaines", "en un an", "sur 12 mois", "d'ici un trimestre",
    "d'ici un semestre", "fin 2026", "d'ici la fin de l'année", "fin T2 2027", "au 2e trimestre 2027",
    "Q2 2027", "au premier semestre 2027", "S1 2027", "fin mars", "avant le 31/12", "avant le 15 mars 2027",
    "d'ici la fin du mois", "d'ici la fin du trimestre", "l'année prochaine", "le mois prochain", "avant Noël",
    "au T3", "en septembre", "d'ici vendredi", "à l'horizon 2030", "avant l'été", "d'ici la rentrée", "en 2020",
    "par mois",
]


def deadline_table() -> str:
    from smart_nlp import analyze

    rows = ["| the goal says | deadline (written 2026-01-15) | warnings |", "| --- | --- | --- |"]
    for phrase in DEADLINE_PHRASES:
        a = analyze(f"Atteindre 500 clients {phrase}", ref_date="2026-01-15")
        when = a.deadline.date.isoformat() if a.deadline else "none"
        rows.append(f"| « Atteindre 500 clients {phrase} » | {when} | {' '.join(a.warnings) or '—'} |")
    return "\n".join(rows)


def rewrites() -> str:
    """The before/after table of ``benchmarks/rewrite_examples.py``."""
    import contextlib
    import io

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from rewrite_examples import pairs

    from smart_nlp import Analyzer

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        pairs(Analyzer())
    return "\n".join(line for line in out.getvalue().splitlines() if line.startswith("|"))


def others() -> str:
    """Before/after on the frozen set written by others (``benchmarks/eval_others.py``)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from eval_others import RESULTS, comparison

    def read(label: str) -> dict:
        return json.loads((RESULTS / f"eval_others-{label}.json").read_text(encoding="utf-8"))

    return comparison([("before (365850d)", read("before")), ("session 9 start (d6bad93)", read("session9-start")),
                       ("session 10 start (faa0170)", read("session10-start")), ("now", read("after"))])


def dev_voices(name: str = "dev_voices") -> str:
    """Before/after on the development sets in other voices (``benchmarks/dev_voices.py``),
    read from ``benchmarks/results/NAME-{before,after}.json``."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from dev_voices import comparison

    def read(label: str) -> dict:
        return json.loads((ROOT / "benchmarks" / "results" / f"{name}-{label}.json").read_text(encoding="utf-8"))

    return comparison(read("before"), read("after"))


SESSION_STARTS = {6: "0367389", 7: "e6ce3a8", 8: "ba3f3d6", 9: "d6bad93", 10: "faa0170"}


def frozen_holdout(session: int) -> str:
    """A session's frozen holdout, scored at version 0.1, at the session's start and, once,
    at its end (the last column appears when that score exists)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from dev_voices import stages

    def read(label: str) -> dict | None:
        path = ROOT / "benchmarks" / "results" / f"holdout{session}-{label}.json"
        return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None

    columns = [("version 0.1 (365850d)", read("v0.1")), (f"session start ({SESSION_STARTS[session]})", read("start")),
               ("session end, scored once", read("after"))]
    return stages([(heading, result) for heading, result in columns if result is not None])


def dev_voices7() -> str:
    """Session 7's own set for the targets work (``corpus/dev_voices7.jsonl``), frozen before the
    work: at version 0.1, at the session's start and now (the « after » of the development sets)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from dev_voices import stages

    def read(label: str) -> dict:
        path = ROOT / "benchmarks" / "results" / f"{label}.json"
        return {"dev_voices7.jsonl": json.loads(path.read_text(encoding="utf-8"))["dev_voices7.jsonl"]}

    return stages([("version 0.1 (365850d)", read("dev_voices7-v0.1")),
                   ("session start (a37d102)", read("dev_voices7-start")), ("now", read("dev_voices-after"))])


def review() -> str:
    """The blind rewrite review's rounds (``benchmarks/rewrite_review/``)."""
    lines = ["| round | version | rewrites | fluency | faithfulness | usefulness | showable as is |",
             "| --- | --- | --- | --- | --- | --- | --- |"]
    rounds = (ROOT / "benchmarks" / "rewrite_review").glob("round*")
    for folder in sorted(rounds, key=lambda f: int(f.name.removeprefix("round"))):
        if not (folder / "results.json").is_file():
            continue  # a round whose ratings are not in yet
        for label, r in json.loads((folder / "results.json").read_text(encoding="utf-8")).items():
            lines.append(f"| {folder.name} | {label} | {r['n']} | {r['fluency']:.2f} | {r['faithfulness']:.2f} | "
                         f"{r['usefulness']:.2f} | {100 * r['showable']:.0f} % |")
    return "\n".join(lines)


def review_pairs(count: int = 3) -> str:
    """Before/after pairs from the latest rated review round: the first ``count`` goals, in id
    order, whose rewrites differ between version 0.1 and the version rated « after », with the
    blind reviewer's scores (not chosen by how well they read)."""
    folder = max((f for f in (ROOT / "benchmarks" / "rewrite_review").glob("round*")
                  if (f / "results.json").is_file()), key=lambda f: int(f.name.removeprefix("round")))
    key = json.loads((folder / "key.json").read_text(encoding="utf-8"))
    scores = {(key[r["sid"]]["goal"], key[r["sid"]]["label"]): r
              for r in map(json.loads, (folder / "ratings.jsonl").read_text(encoding="utf-8").splitlines()) if r}

    def rows(label: str) -> dict[str, dict]:
        lines = (folder / f"rewrites-{label}.jsonl").read_text(encoding="utf-8").splitlines()
        return {r["id"]: r for r in map(json.loads, filter(None, lines))}

    def shown(r: dict) -> str:
        text = r["rewrite"] or "(" + ((r.get("suggestion_notes") or ["aucune reformulation"])[0]) + ")"
        return text.replace("|", "\\|")

    def rated(goal: str, label: str) -> str:
        r = scores[(goal, label)]
        return "/".join(str(r[s]) for s in ("fluency", "faithfulness", "usefulness")) + (" ✓" if r["showable"] else "")

    before, after = rows("before"), rows("after")
    lines = [f"From `benchmarks/rewrite_review/{folder.name}` (scores: fluency/faithfulness/usefulness, "
             "✓ showable as is):", "",
             "| the user wrote | version 0.1 | now |", "| --- | --- | --- |"]
    picked = [g for g in sorted(after) if before[g]["rewrite"] != after[g]["rewrite"]][:count]
    for g in picked:
        lines.append(f"| {shown({'rewrite': after[g]['text']})} | {shown(before[g])} ({rated(g, 'before')}) | "
                     f"{shown(after[g])} ({rated(g, 'after')}) |")
    return "\n".join(lines)


def slowest() -> str:
    """The adversarial timings of ``benchmarks/slowest.py`` (``benchmarks/results/slowest.json``)."""
    r = json.loads((ROOT / "benchmarks" / "results" / "slowest.json").read_text(encoding="utf-8"))
    cpu, comp = r["analyze_cpu"], r["component_cpu"]
    return (f"`python benchmarks/slowest.py` timed {r['texts']} adversarial goals: slowest goal "
            f"{cpu['max_ms']:.1f} ms of CPU time, 99th percentile {cpu['p99_ms']:.1f} ms, "
            f"{cpu['over_50_ms']} over 50 ms; the `smart_goal` component on the same texts, "
            f"{comp['max_ms']:.1f} ms at most.")


def load_web() -> str:
    """The last mixed HTTP load run of ``benchmarks/load_web.py``."""
    r = json.loads((ROOT / "benchmarks" / "results" / "load_web.json").read_text(encoding="utf-8"))
    return f"Measured at {r['commit']}:\n\n```\n{r['summary']}\n```"


GENERATORS = {"slowest": slowest, "load_web": load_web, "accuracy": accuracy, "others": others, "dev_voices": dev_voices, "holdout": lambda: dev_voices("holdout"), "review": review, "holdout6": lambda: frozen_holdout(6), "holdout7": lambda: frozen_holdout(7), "holdout8": lambda: frozen_holdout(8), "holdout9": lambda: frozen_holdout(9), "holdout10": lambda: frozen_holdout(10), "review_pairs": review_pairs, "rewrites": rewrites, "doubts": doubts, "performance": performance, "examples": example_count,
              "channels": lambda: id_table("channels"), "kpis": lambda: id_table("kpis"),
              "deadlines": deadline_table}
GENERATORS["dev_voices7"] = dev_voices7


def regenerate(text: str) -> str:
    cache: dict[str, str] = {}

    def section(m: re.Match) -> str:
        name = m.group(2)
        if name not in cache:
            cache[name] = GENERATORS[name]().rstrip("\n")
        return m.group(1) + cache[name] + ("\n" if m.group(1).endswith("\n") else "") + m.group(4)

    text = SECTION.sub(section, text)
    return CONSOLE.sub(lambda m: m.group(1) + console(m.group(2)) + m.group(3), text)


def audit_reports() -> dict[Path, str]:
    """The example audit reports, as ``smart-nlp audit`` writes them today."""
    out = {}
    for fmt in ("md", "html"):
        out[AUDIT_EXAMPLE.with_suffix(f".audit.{fmt}")] = cli(
            ["audit", str(AUDIT_EXAMPLE.relative_to(ROOT)), "--format", fmt, "-o", "-",
             "--ref-date", AUDIT_REF_DATE]) + "\n"
    return out


STAMP = re.compile(r"généré le \d{1,2}(?:er)? [a-zéû]+ \d{4} à \d\d:\d\d")


def comparable(text: str) -> str:
    """The text without the audit report's generation time, which differs every run."""
    return STAMP.sub("généré le …", text)


def stale_files() -> dict[Path, str]:
    """Files whose content differs from what the code produces, with that content."""
    return {p: text for p, text in expected().items()
            if not p.exists() or comparable(p.read_text(encoding="utf-8")) != comparable(text)}


def tracking_report() -> dict[Path, str]:
    """The example tracking report (HTML with its charts) that the README's screenshot shows."""
    return {TRACK_EXAMPLE: cli(["track", "docs/examples/suivi-objectifs.jsonl", "docs/examples/mesures-t1.csv",
                                "--format", "html", "-o", "-"]) + "\n"}


def _stable(value):
    """Floats to 10 significant digits: the last bits of ``exp``/``log`` may differ between C libraries."""
    if isinstance(value, float):
        return float(f"{value:.10g}")
    if isinstance(value, dict):
        return {k: _stable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_stable(v) for v in value]
    return value


def corpus_outputs() -> list[dict]:
    """The analysis of every goal of ``corpus/*.jsonl`` with the shipped model, in file order.

    Each record is ``{"file", "line", ...Analysis.to_dict()}``, or ``{"file", "line", "error"}``.
    """
    sys.path.insert(0, str(ROOT))
    from smart_nlp.analyzer import Analyzer, GoalInput, shipped_model
    from smart_nlp.scoring.learned import LearnedScorer

    keys, goals = [], []
    for path in sorted((ROOT / "corpus").glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                g = json.loads(line)
                keys.append({"file": path.name, "line": n})
                goals.append(GoalInput(g["text"], g.get("id"), g.get("ref_date") or GOLDEN_REF_DATE))
    results = Analyzer(scorer=LearnedScorer.load(shipped_model())).pipe(goals)
    return [{**key, **(_stable(r.to_dict()) if hasattr(r, "to_dict") else {"error": str(r)})}
            for key, r in zip(keys, results)]


def golden_text(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def expected() -> dict[Path, str]:
    files = {p: regenerate(p.read_text(encoding="utf-8")) for p in DOCUMENTS}
    files.update(audit_reports())
    files.update(tracking_report())
    files[GOLDEN] = golden_text(corpus_outputs())
    return files


def main(argv: list[str]) -> int:
    stale = stale_files()
    for p, text in stale.items():
        if "--check" in argv:
            print(f"{p.relative_to(ROOT)} differs from what the code produces", file=sys.stderr)
        else:
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_text(text, encoding="utf-8")
            print(f"rewrote {p.relative_to(ROOT)}")
    return 1 if stale and "--check" in argv else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
