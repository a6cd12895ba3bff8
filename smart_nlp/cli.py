"""Command line: thin typer wrappers over plain functions that return data.

Arguments, dates and files are checked before the model is loaded, and the modules
this file imports are light (no spaCy, scikit-learn, numpy, jinja2 or FastAPI), so one
goal in the terminal answers in a fraction of a second (``benchmarks/bench.py``).
"""
from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.markup import escape

from .console import EXIT_PARTIAL, atomic_output, err_console, fail, load_analyzer as _analyzer, model_option, run
from .errors import SmartNLPError, check_goal_text, parse_ref_date
from .io import check_output
from .lang.fr import load
from .usage import FrenchGroup

HELP, SAY = load("cli")["help"], load("cli")["say"]
app = typer.Typer(cls=FrenchGroup, add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help=HELP["app"])


class Format(str, Enum):
    text = "text"
    json = "json"
    jsonl = "jsonl"
    parquet = "parquet"


class Engine(str, Enum):
    local = "local"
    dask = "dask"


def _say(message: str) -> None:
    err_console.print(escape(message), highlight=False, soft_wrap=True)


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


_H = HELP["analyze"]


@app.command(help=_H["command"])
def analyze(
    text: Optional[str] = typer.Argument(None, help=_H["text"]),
    input: Optional[str] = typer.Option(None, "--input", "-i", help=_H["input"]),
    format: Optional[Format] = typer.Option(None, "--format", "-f", help=_H["format"]),
    ref_date: Optional[str] = typer.Option(None, "--ref-date", help=_H["ref_date"]),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help=_H["output"]),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help=_H["jobs"]),
    model: Optional[str] = model_option(),
    locale: Optional[str] = typer.Option(None, "--locale", help=_H["locale"]),
    engine: Engine = typer.Option(Engine.local, "--engine", help=_H["engine"]),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help=_H["scheduler"]),
) -> None:
    """One goal (argument) or a file of goals (``--input``), on one machine or with Dask."""
    if (text is None) == (input is None):
        fail(SAY["text_or_input"])
    try:
        ref = parse_ref_date(ref_date)
        if text is not None:
            check_goal_text(text)
    except SmartNLPError as err:
        fail(str(err))
    if engine == Engine.dask or format == Format.parquet:
        from .distributed.command import dispatch, run_analyze

        if engine != Engine.dask or input is None:
            fail(SAY["dask_needs_input"])
        fmt = (format or Format.jsonl).value
        raise typer.Exit(dispatch(run_analyze, [input], output, fmt, ref_date, scheduler, model,
                                  fail=fail, say=_say))
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
        rows = list(read_goals(path))  # the output was checked against this input by ``analyze``
    except SmartNLPError as err:
        fail(str(err))
    jobs = _jobs(jobs)
    analyzer = _analyzer(model, locale)
    errors = 0
    show_progress = output is not None and str(output) != "-" and len(rows) > 50
    with atomic_output(output, (path,)) as fh, \
            Progress(console=err_console, disable=not show_progress, transient=True) as progress:
        task = progress.add_task(SAY["progress"], total=len(rows))
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
        err_console.print(SAY["lines_failed"].format(errors=errors, total=len(rows)))
        raise typer.Exit(EXIT_PARTIAL)


@app.command(help=HELP["rewrite"]["command"])
def rewrite(
    text: str = typer.Argument(..., help=HELP["rewrite"]["text"]),
    ref_date: Optional[str] = typer.Option(None, "--ref-date", help=HELP["rewrite"]["ref_date"]),
    model: Optional[str] = model_option(),
) -> None:
    """Only the rewrite, for scripts."""
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
    if result.suggestion is None and result.suggestion_notes:  # why none: not a goal, or already SMART
        err_console.print(result.suggestion_notes[0])
    typer.echo(result.suggestion or result.text)


@app.command(help=HELP["evaluate"]["command"])
def evaluate(
    path: Path = typer.Argument(..., help=HELP["evaluate"]["path"]),
    model: Optional[str] = model_option(),
    as_json: bool = typer.Option(False, "--json", help=HELP["evaluate"]["json"]),
    errors: int = typer.Option(5, "--errors", help=HELP["evaluate"]["errors"]),
) -> None:
    """Extracted fields and criteria against an annotated corpus, rules and model side by side."""
    from .analyzer import analyzer_for
    from .corpus import validate_files
    from .evaluate import evaluate as run
    from .report.evaluation import print_evaluation

    examples, problems = validate_files([path])
    if problems:
        for p in problems[:20]:
            err_console.print(escape(str(p)), highlight=False, soft_wrap=True)
        fail(SAY["bad_corpus"].format(n=len(problems)))
    chosen = _analyzer(model)
    reports = {"rules": run(examples, analyzer_for("rules")), "model": run(examples, chosen)}
    if as_json:
        typer.echo(json.dumps(reports, ensure_ascii=False, indent=2))
        return
    print_evaluation(reports, errors, Console())


corpus_app = typer.Typer(help=HELP["corpus"]["command"], no_args_is_help=True)
app.add_typer(corpus_app, name="corpus")


@corpus_app.command("validate", help=HELP["corpus"]["validate"])
def corpus_validate(paths: list[Path] = typer.Argument(..., help=HELP["corpus"]["paths"])) -> None:
    """Every line of the corpus checked; ``file:line: problem``."""
    from .corpus import validate_files

    examples, problems = validate_files(paths)
    for p in problems:
        err_console.print(escape(str(p)), highlight=False, soft_wrap=True)
    if problems:
        fail(SAY["corpus_problems"].format(problems=len(problems), valid=len(examples)), EXIT_PARTIAL)
    typer.echo(SAY["corpus_valid"].format(n=len(examples)))


@app.command(help=HELP["train"]["command"])
def train(
    train_path: Path = typer.Option(..., "--train", help=HELP["train"]["train"]),
    dev_path: Path = typer.Option(..., "--dev", help=HELP["train"]["dev"]),
    output: Path = typer.Option(..., "--output", "-o", help=HELP["train"]["output"]),
    seed: int = typer.Option(0, "--seed"),
) -> None:
    """The criterion models (logistic regression, readable JSON files)."""
    from rich.progress import Progress, SpinnerColumn, TextColumn

    from .train import train as run

    with Progress(SpinnerColumn(), TextColumn("{task.description}"), console=err_console, transient=True) as progress:
        task = progress.add_task(SAY["train_progress"])
        try:
            meta = run(train_path, dev_path, output, seed=seed,
                       progress=lambda s: progress.update(task, description=s))
        except (SmartNLPError, OSError) as err:
            fail(str(err))
    r, m = meta["dev"]["rules"], meta["dev"]["model"]
    typer.echo(SAY["trained"].format(output=output, rules=r["macro_f1"], model=m["macro_f1"]))


from .audit.command import audit_command  # noqa: E402
from .tracking.command import track_command  # noqa: E402
from .web.server import serve  # noqa: E402  (FastAPI and uvicorn load only when the command runs)

app.command("audit")(audit_command)
app.command("track")(track_command)
app.command("serve")(serve)


def main() -> None:
    """Console entry point (see ``console.run``)."""
    run(app)


if __name__ == "__main__":
    main()
