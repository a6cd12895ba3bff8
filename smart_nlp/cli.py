"""Command line: thin typer wrappers over plain functions that return data.

Arguments, dates and files are checked before the model is loaded, and the modules
this file imports are light (no spaCy, scikit-learn, numpy, jinja2 or FastAPI), so one
goal in the terminal answers in a fraction of a second (``benchmarks/bench.py``).
"""
from __future__ import annotations

import json
import signal
import sys
from collections import Counter
from enum import Enum
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.markup import escape

from .console import (EXIT_BUG, EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, atomic_output, err_console, fail,  # noqa: F401
                      load_analyzer as _analyzer, model_option)
from .errors import REPORT_HINT, SmartNLPError, check_goal_text, parse_ref_date
from .io import check_output
from .usage import FrenchGroup

app = typer.Typer(cls=FrenchGroup, add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Analyse d'objectifs marketing en français selon les critères SMART.")
class Format(str, Enum):
    text = "text"
    json = "json"
    jsonl = "jsonl"
    parquet = "parquet"


class Engine(str, Enum):
    local = "local"
    dask = "dask"


def _dump(obj: dict) -> str:
    return json.dumps(obj, ensure_ascii=False)


def _json_line(analysis) -> str:
    """One JSONL line, built in the worker process that analysed the goal."""
    return _dump(analysis.to_dict()) + "\n"


def _text_block(analysis) -> str:
    """The terminal report of one goal, rendered in the worker process."""
    from io import StringIO

    from .report.terminal import render

    buffer = StringIO()
    Console(file=buffer, width=80).print(render(analysis))
    return buffer.getvalue()


@app.command()
def analyze(
    text: Optional[str] = typer.Argument(None, help="L'objectif à analyser, entre guillemets."),
    input: Optional[str] = typer.Option(None, "--input", "-i", help="Fichier .txt (un objectif par ligne) ou .jsonl ; « - » pour l'entrée standard."),
    format: Optional[Format] = typer.Option(None, "--format", "-f", help="text (rapport lisible), json ou jsonl."),
    ref_date: Optional[str] = typer.Option(None, "--ref-date", help="Date de référence AAAA-MM-JJ (défaut : aujourd'hui)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Fichier de sortie (écrit de façon atomique)."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Processus pour un gros lot (au plus le nombre de cœurs)."),
    model: Optional[str] = model_option(),
    locale: Optional[str] = typer.Option(None, "--locale", help="Variante du français (fr-CA : un « $ » seul est un dollar canadien)."),
    engine: Engine = typer.Option(Engine.local, "--engine", help="local, ou dask : --input accepte des motifs (goals-*.jsonl, .csv, .parquet) et -o nomme un dossier de parties, reprises si relancé."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Adresse d'un ordonnanceur Dask (tcp://hôte:8786) ; sans elle, un LocalCluster à la taille de la machine."),
) -> None:
    """Analyse un objectif, ou un fichier d'objectifs."""
    if (text is None) == (input is None):
        fail("donnez soit un objectif en argument, soit --input FICHIER (give a goal or --input)")
    try:
        ref = parse_ref_date(ref_date)
        if text is not None:
            check_goal_text(text)
    except SmartNLPError as err:
        fail(str(err))
    if engine == Engine.dask or format == Format.parquet:
        from .distributed.command import dispatch, run_analyze

        if engine != Engine.dask or input is None:
            fail("--engine dask analyse des fichiers (--input) ; le format parquet demande --engine dask "
                 "(parquet output and --engine dask need --input files)")
        fmt = (format or Format.jsonl).value
        raise typer.Exit(dispatch(run_analyze, [input], output, fmt, ref_date, scheduler, model,
                                  fail=fail, say=lambda m: err_console.print(escape(m), highlight=False, soft_wrap=True)))
    if output is not None and str(output) != "-":
        try:
            check_output(output, () if input is None else (input,))  # before the model loads
        except SmartNLPError as err:
            fail(str(err))
    if text is not None:
        _analyze_one(_analyzer(model, locale), text, ref, format or Format.text, output)
    else:
        _analyze_file(model, locale, input, ref, format or Format.jsonl, output, jobs)


def _jobs(asked: int) -> int:
    from .analyzer import available_cores
    from .lang.fr import load
    from .text import typography

    cores = available_cores()
    if asked > cores:
        err_console.print(typography(load("cli")["jobs_capped"].format(asked=asked, cores=cores)), highlight=False)
    return min(asked, cores)


def _analyze_one(analyzer, text: str, ref, fmt: Format, output: Optional[Path]) -> None:
    from .report.terminal import render

    try:
        result = analyzer.analyze(text, ref)
    except SmartNLPError as err:
        fail(str(err))
    with atomic_output(output) as fh:
        if fmt == Format.text:
            Console(file=fh, soft_wrap=False).print(render(result))
        else:
            fh.write(json.dumps(result.to_dict(), ensure_ascii=False, indent=2 if fmt == Format.json else None) + "\n")


def _analyze_file(model: Optional[str], locale: Optional[str], path: str, ref, fmt: Format, output: Optional[Path],
                  jobs: int) -> None:
    from rich.progress import Progress

    from .inputs import read_goals

    try:
        if output is not None and str(output) != "-":
            check_output(output, (path,))  # before reading: the input is never the output
        rows = list(read_goals(path))
    except SmartNLPError as err:
        fail(str(err))
    jobs = _jobs(jobs)
    analyzer = _analyzer(model, locale)
    errors = 0
    show_progress = output is not None and str(output) != "-" and len(rows) > 50
    with atomic_output(output, (path,)) as fh, Progress(console=err_console, disable=not show_progress, transient=True) as progress:
        task = progress.add_task("Analyse", total=len(rows))
        results = analyzer.pipe([item for _, item in rows], ref, n_process=jobs,
                                render=_text_block if fmt == Format.text else _json_line)
        for (n, item), result in zip(rows, results):
            progress.advance(task)
            if isinstance(item, SmartNLPError) or isinstance(result, SmartNLPError):
                err = item if isinstance(item, SmartNLPError) else result
                message = str(err) if err.line else f"{'<stdin>' if path == '-' else path}:{n}: {err}"
                err_console.print(f"[red]{escape(message)}[/]", highlight=False, soft_wrap=True)
                errors += 1
                if fmt != Format.text:
                    ident = getattr(item, "id", None) or getattr(item, "goal_id", None)
                    fh.write(_dump({"id": ident, "line": n, "error": message}) + "\n")
                continue
            fh.write(result)
    if errors:
        err_console.print(f"{errors} ligne(s) en erreur sur {len(rows)} ; les autres ont été analysées.")
        raise typer.Exit(EXIT_PARTIAL)


@app.command()
def rewrite(
    text: str = typer.Argument(..., help="L'objectif à reformuler."),
    ref_date: Optional[str] = typer.Option(None, "--ref-date", help="Date de référence AAAA-MM-JJ."),
    model: Optional[str] = model_option(),
) -> None:
    """Affiche seulement la reformulation SMART (pour les scripts)."""
    try:
        ref = parse_ref_date(ref_date)
        check_goal_text(text)
    except SmartNLPError as err:
        fail(str(err))
    analyzer = _analyzer(model)
    try:
        result = analyzer.analyze(text, ref)
    except SmartNLPError as err:
        fail(str(err))
    if not result.is_goal:
        err_console.print(result.suggestion_notes[0])
    typer.echo(result.suggestion or result.text)


@app.command()
def evaluate(
    path: Path = typer.Argument(..., help="Corpus annoté .jsonl (format : docs/contract.md, « Annotated goals »)."),
    model: Optional[str] = model_option(),
    as_json: bool = typer.Option(False, "--json", help="Toutes les mesures en JSON."),
    errors: int = typer.Option(5, "--errors", help="Nombre d'erreurs à montrer."),
) -> None:
    """Mesure l'analyseur sur des objectifs annotés : champs extraits et critères."""
    from rich.table import Table

    from .analyzer import analyzer_for
    from .corpus import validate_files
    from .evaluate import evaluate as run

    examples, problems = validate_files([path])
    if problems:
        for p in problems[:20]:
            err_console.print(escape(str(p)), highlight=False, soft_wrap=True)
        fail(f"corpus invalide : {len(problems)} problème(s) ; « smart-nlp corpus validate » les liste tous")
    chosen = _analyzer(model)
    reports = {"rules": run(examples, analyzer_for("rules")), "model": run(examples, chosen)}
    if as_json:
        typer.echo(json.dumps(reports, ensure_ascii=False, indent=2))
        return
    report = reports["model"]
    console = Console()
    table = Table(title=f"{report['n']} objectifs — F1 macro : règles {reports['rules']['macro_f1']:.3f}, "
                        f"modèle {report['macro_f1']:.3f}")
    for col in ("critère", "règles P", "règles R", "règles F1", "modèle P", "modèle R", "modèle F1"):
        table.add_column(col, no_wrap=True)
    for name, m in report["criteria"].items():
        r = reports["rules"]["criteria"][name]
        table.add_row(name, *(f"{x:.3f}" for x in (r["precision"], r["recall"], r["f1"],
                                                   m["precision"], m["recall"], m["f1"])))
    console.print(table)
    fields = Table(title="Extraction (exactitude)")
    fields.add_column("champ")
    fields.add_column("exactitude")
    for name, acc in report["fields"].items():
        fields.add_row(name, f"{acc:.3f}")
    console.print(fields)
    confusion = Counter(f"{k} : prédit {v['predicted']!r}, attendu {v['expected']!r}"
                        for e in report["errors"] for k, v in e["errors"].items() if k not in ("targets", "channels"))
    if confusion:
        console.print("[bold]Erreurs les plus fréquentes[/]")
        for what, n in confusion.most_common(8):
            console.print(f"  {n} × {escape(what)}", highlight=False)
    for e in report["errors"][:errors]:
        console.print(f"[bold]{e['id']}[/] {e['text']}", highlight=False)
        for k, v in e["errors"].items():
            console.print(f"   {k} : prédit {v['predicted']!r}, attendu {v['expected']!r}", highlight=False)


corpus_app = typer.Typer(help="Outils pour le corpus annoté.", no_args_is_help=True)
app.add_typer(corpus_app, name="corpus")


@corpus_app.command("validate")
def corpus_validate(paths: list[Path] = typer.Argument(..., help="Fichiers .jsonl (format : docs/contract.md, « Annotated goals »).")) -> None:
    """Vérifie chaque ligne (clés, identifiants, dates, spans) ; fichier:ligne : problème."""
    from .corpus import validate_files

    examples, problems = validate_files(paths)
    for p in problems:
        err_console.print(escape(str(p)), highlight=False, soft_wrap=True)
    if problems:
        fail(f"{len(problems)} problème(s) ; {len(examples)} exemple(s) valide(s)", EXIT_PARTIAL)
    typer.echo(f"{len(examples)} exemples valides.")


@app.command()
def train(
    train_path: Path = typer.Option(..., "--train", help="Corpus d'entraînement .jsonl."),
    dev_path: Path = typer.Option(..., "--dev", help="Corpus de développement .jsonl."),
    output: Path = typer.Option(..., "--output", "-o", help="Dossier du modèle (remplacé de façon atomique)."),
    seed: int = typer.Option(0, "--seed"),
) -> None:
    """Entraîne les modèles des critères SMART (régression logistique, fichiers JSON lisibles)."""
    from rich.progress import Progress, SpinnerColumn, TextColumn

    from .train import train as run

    with Progress(SpinnerColumn(), TextColumn("{task.description}"), console=err_console, transient=True) as progress:
        task = progress.add_task("Préparation")
        try:
            meta = run(train_path, dev_path, output, seed=seed,
                       progress=lambda s: progress.update(task, description=s))
        except (SmartNLPError, OSError) as err:
            fail(str(err))
    r, m = meta["dev"]["rules"], meta["dev"]["model"]
    typer.echo(f"Modèle écrit dans {output} — F1 macro (dev) : règles {r['macro_f1']:.3f}, modèle {m['macro_f1']:.3f}")


from .audit.command import audit_command  # noqa: E402
from .tracking.command import track_command  # noqa: E402
from .web.server import serve  # noqa: E402  (FastAPI and uvicorn load only when the command runs)

app.command("audit")(audit_command)
app.command("track")(track_command)
app.command("serve")(serve)


class Interrupted(BaseException):
    """SIGINT or SIGTERM, raised where the program is so that every ``finally`` runs (the
    atomic writer removes its temporary file and the previous output stays)."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


def _interrupt(signum: int, frame) -> None:
    raise Interrupted(signum)


def main() -> None:
    """Console entry point: usage errors exit 2, an interruption 128 + the signal, an
    internal error 70 with where to report it (no traceback, no source paths)."""
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, _interrupt)
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="replace")  # undecodable bytes of the command line, echoed
    try:
        app()
    except Interrupted as stop:
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, signal.SIG_IGN)
        err_console.print("Interrompu : les fichiers de sortie précédents sont intacts (interrupted).",
                          highlight=False)
        sys.exit(128 + stop.signum)
    except Exception as err:  # noqa: BLE001  (last resort: a message, not a traceback)
        err_console.print(f"[bold red]Erreur inattendue ({type(err).__name__})\u00a0:[/] {escape(REPORT_HINT)}",
                          highlight=False, soft_wrap=True)
        sys.exit(EXIT_BUG)


if __name__ == "__main__":
    main()
