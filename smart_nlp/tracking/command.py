"""``smart-nlp track GOALS ACTUALS``: where each goal stands against its measurements."""
from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Optional

import typer


class TrackFormat(str, Enum):
    text = "text"
    html = "html"
    md = "md"
    json = "json"
    csv = "csv"


def track_command(
    goals: str = typer.Argument(..., help="Un objectif entre guillemets, un fichier .txt/.jsonl d'objectifs, "
                                          "ou un document (.md, .docx, .pdf)."),
    actuals: Path = typer.Argument(..., help="Mesures .csv ou .xlsx : date, valeur, et objectif ou indicateur."),
    format: TrackFormat = typer.Option(TrackFormat.text, "--format", "-f", help="text, html, md, json ou csv."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Fichier de sortie (écrit de façon atomique)."),
    ref_date: Optional[str] = typer.Option(None, "--ref-date", help="Date où les objectifs ont été écrits (AAAA-MM-JJ)."),
    model: Optional[str] = typer.Option(None, "--model", help="Dossier d'un modèle entraîné, ou « rules »."),
) -> None:
    """Suit des objectifs avec leurs mesures réelles : statut, projection, rythme nécessaire, conseil."""
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
        err_console.print(f"Suivi écrit dans {output} ({len(tracked)} objectif(s)).", highlight=False)
    if any(g.error for g in tracked):
        raise typer.Exit(EXIT_PARTIAL)
