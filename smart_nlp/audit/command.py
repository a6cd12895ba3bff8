"""``smart-nlp audit``: a typer-compatible command over ``audit_paths`` and the writers.

Register it with ``app.command("audit")(audit_command)``. Every input is read before
anything is analysed or written. A missing, unsupported, corrupt, encrypted, scanned
or empty file is reported on standard error (and in a combined report) while the
other documents are audited; the exit code is then 2. When no input can be read,
nothing is written. A document with no goal is a valid report (exit code 0) that
says so. Reports are
written to a temporary file beside their destination, then renamed.

Without ``-o``, each input gets its report beside it (``plan.docx`` →
``plan.audit.html``; ``plan.docx.audit.html`` if another input is also named
``plan``); with ``-o FILE`` all the inputs go into one report; ``-o -`` writes that
report to standard output. A progress bar (standard error) shows for several files
or more than 100 goals.
"""
from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from rich.markup import escape

from ..errors import SmartNLPError, parse_ref_date
from ..io import write_atomic
from ..lang.fr import message

EXIT_OK, EXIT_USAGE = 0, 2
SUFFIX = {"html": ".audit.html", "md": ".audit.md", "json": ".audit.json", "csv": ".audit.csv"}
FORMAT_NAMES = {"html": "HTML", "md": "Markdown", "json": "JSON", "csv": "CSV"}
# The format an ``-o`` file asks for by its extension, when ``--format`` is not given.
FORMAT_OF_EXTENSION = {".html": "html", ".htm": "html", ".md": "md", ".markdown": "md", ".json": "json",
                       ".csv": "csv"}


class AuditFormat(str, Enum):
    html = "html"
    md = "md"
    json = "json"
    csv = "csv"


def say(key: str, **fields) -> str:
    """The command's French text ``command.<key>`` of ``lang/fr/audit.yaml``."""
    return message("audit", f"command.{key}", **fields)


def _help(key: str) -> str:
    return message("cli", f"help.audit.{key}")


def _err_console() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True)


def _print_errors(messages: list[str]) -> None:
    console = _err_console()
    for text in messages:
        console.print(f"[bold red]{say('error')}[/] {escape(text)}")


def _fail(messages: list[str]) -> None:
    _print_errors(messages)
    console = _err_console()
    if len(messages) > 1:
        console.print(say("failed", n=len(messages)))
    else:
        console.print(say("no_report"))
    raise typer.Exit(EXIT_USAGE)


def output_format(given: "AuditFormat | str | None", output: str | None) -> str:
    """``--format`` when given, else the one the ``-o`` file's extension names
    (``report.md`` → Markdown), else HTML."""
    if given is not None:
        return given.value if isinstance(given, AuditFormat) else str(given)
    if output is not None and output != "-":
        return FORMAT_OF_EXTENSION.get(Path(output).suffix.lower(), "html")
    return "html"


def default_output(source: str | Path, fmt: str, keep_extension: bool = False) -> Path:
    """``plan.docx`` → ``plan.audit.html`` in the same folder (``plan.docx.audit.html``
    when two inputs share a name, ``plan.md`` and ``plan.txt``)."""
    p = Path(source)
    return p.with_name((p.name if keep_extension else p.stem) + SUFFIX[fmt])


def audit_command(
    files: List[Path] = typer.Argument(..., show_default=False, metavar=_help("files_metavar"), help=_help("files")),
    format: Optional[AuditFormat] = typer.Option(None, "--format", "-f", show_default=False, help=_help("format")),
    output: Optional[str] = typer.Option(None, "--output", "-o", help=_help("output")),
    ref_date: Optional[str] = typer.Option(None, "--ref-date", help=_help("ref_date")),
    model: Optional[str] = typer.Option(None, "--model", "-m", help=message("cli", "help.model")),
    engine: str = typer.Option("local", "--engine", help=_help("engine")),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help=_help("scheduler")),
) -> None:
    """Read, detect, analyse and report every input; the command's French help is ``__doc__``, set below."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from ..analyzer import analyzer_for
    from .core import AuditReport, DocumentAudit, audit_document, detect_goals
    from .document import DocumentError
    from .readers import read_document
    from .report import CSV_ENCODING, render
    from .results import DocumentFailure

    fmt = output_format(format, output)
    try:
        ref = parse_ref_date(ref_date) if ref_date is not None else None
    except SmartNLPError as err:
        _fail([str(err)])
    if not files:
        _fail([say("no_file")])
    if engine != "local":
        from ..distributed.command import dispatch, run_audit

        if engine != "dask":
            _fail([say("bad_engine", engine=engine)])
        raise typer.Exit(dispatch(run_audit, [str(f) for f in files], output, ref, scheduler, model,
                                  fail=lambda m: _fail([m]), say=lambda m: _err_console().print(escape(m))))
    to_stdout = output == "-"
    if output is not None and not to_stdout:
        target = Path(output).resolve()
        if target.is_dir():
            _fail([say("output_is_folder", output=output)])
        if not target.parent.is_dir():
            _fail([message("errors", "output.no_folder", path=output, folder=target.parent)])
    console = _err_console()
    show = len(files) > 1
    documents, failures = [], []
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True, disable=not show) as progress:
        task = progress.add_task(say("reading"), total=len(files))
        for f in files:
            progress.update(task, description=say("reading_file", name=f.name))
            try:
                documents.append(read_document(f))
            except DocumentError as err:
                failures.append(DocumentFailure(str(f), str(err)))
            progress.advance(task)
    if not documents:
        _fail([f.message for f in failures])

    try:
        analyzer = analyzer_for(model)
    except SmartNLPError as err:
        _fail([str(err)])
    plans = [detect_goals(d, ref) for d in documents]
    total = sum(len(p.goals) for p in plans)
    show = show or total > 100
    audits: list[DocumentAudit] = []
    with Progress(*columns, console=console, transient=True, disable=not show) as progress:
        task = progress.add_task(say("analysing"), total=total or 1)
        for plan in plans:
            progress.update(task, description=say("analysing_file", name=Path(plan.document.path).name))
            audits.append(audit_document(plan.document, analyzer, ref, lambda n: progress.advance(task, n),
                                         plan=plan))
        if not total:
            progress.advance(task)

    if output is not None:
        reports = [(AuditReport(audits, failures=failures), None)]
    else:
        targets = [default_output(a.document.path, fmt) for a in audits]
        clash = {t for t in targets if targets.count(t) > 1}
        targets = [default_output(a.document.path, fmt, keep_extension=True) if t in clash else t
                   for a, t in zip(audits, targets)]
        reports = [(AuditReport([a]), t) for a, t in zip(audits, targets)]
    encoding = CSV_ENCODING if fmt == "csv" else "utf-8"
    for report, dest in reports:
        content = render(report, fmt)
        if to_stdout:
            if fmt == "csv":
                sys.stdout.write("\ufeff")
            sys.stdout.write(content)
            sys.stdout.flush()
            continue
        target = Path(output) if dest is None else dest
        try:
            write_atomic(target, content, encoding)
        except SmartNLPError as err:
            _fail([str(err)])
        except OSError as err:
            _fail([say("cannot_write", target=target, error=err.strerror or err)])
        console.print(say("written", format=FORMAT_NAMES[fmt], target=escape(str(target)),
                          goals=say("goals", n=report.n_goals)))
    for a in audits:
        if not a.goals:
            console.print(say("no_goal", path=escape(a.document.path)))
    if failures:
        _print_errors([f.message for f in failures])
        console.print(say("failures", n=len(failures)))
        raise typer.Exit(EXIT_USAGE)


audit_command.__doc__ = _help("command")  # what ``smart-nlp audit --help`` says, from lang/fr/cli.yaml
