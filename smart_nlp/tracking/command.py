"""``smart-nlp track GOALS ACTUALS``: where each goal stands against its measurements."""
from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from ..lang.fr import message


def _help(key: str) -> str:
    return message("cli", f"help.track.{key}")


class TrackFormat(str, Enum):
    text = "text"
    html = "html"
    md = "md"
    json = "json"
    csv = "csv"


def track_command(
    goals: str = typer.Argument(..., help=_help("goals")),
    actuals: Path = typer.Argument(..., help=_help("actuals")),
    format: TrackFormat = typer.Option(TrackFormat.text, "--format", "-f", help=_help("format")),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help=_help("output")),
    ref_date: Optional[str] = typer.Option(None, "--ref-date", help=_help("ref_date")),
    model: Optional[str] = typer.Option(None, "--model", help=_help("model")),
) -> None:
    """Follow goals against their measurements; the command's French help is ``__doc__``, set below."""
    from rich.console import Console

    from ..console import EXIT_PARTIAL, atomic_output, err_console, fail, load_analyzer
    from ..errors import SmartNLPError, parse_ref_date
    from . import report
    from .core import follow_many
    from .goals import load_goals
    from .measurements import read_measurements

    try:
        ref = parse_ref_date(ref_date) if ref_date else None
        rows = read_measurements(actuals)
    except SmartNLPError as err:
        fail(str(err))
    analyzer = load_analyzer(model)
    try:
        tracked = follow_many(load_goals(goals, analyzer, ref), rows)
    except SmartNLPError as err:
        fail(str(err))
    warnings = [w for g in tracked for w in g.warnings]
    with atomic_output(output) as fh:
        if format == TrackFormat.text:
            Console(file=fh, soft_wrap=False).print(report.to_terminal(tracked))
        else:
            render = {"html": report.to_html, "md": report.to_markdown, "csv": report.to_csv}.get(format.value)
            fh.write(render(tracked) if render else report.to_json(tracked, warnings))
    if output is not None and str(output) != "-":
        err_console.print(message("track", "written", output=output, n=len(tracked)), highlight=False)
    if any(g.error for g in tracked):
        raise typer.Exit(EXIT_PARTIAL)


track_command.__doc__ = _help("command")  # what ``smart-nlp track --help`` says, from lang/fr/cli.yaml
