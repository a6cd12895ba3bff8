"""``--engine dask`` for ``smart-nlp analyze`` and ``smart-nlp audit``: options in, messages out.

The commands in ``cli.py`` and ``audit/command.py`` only dispatch here; this module
turns a run's report into French lines and an exit code (0: all done, 1: some goals,
documents or blocks in error — the rest is written).
"""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Callable

from ..errors import InvalidInput, SmartNLPError
from ..lang.fr import message

EXIT_OK, EXIT_PARTIAL = 0, 1


def _progress(futures: list) -> None:
    from distributed import progress

    progress(futures)


def _output_folder(output: str | Path | None, what: str) -> Path:
    if output is None or str(output) == "-":
        raise InvalidInput(message("distributed", "errors.output_required", what=what))
    folder = Path(output)
    if folder.exists() and not folder.is_dir():
        raise InvalidInput(message("distributed", "errors.not_a_folder", output=output))
    return folder


def run_analyze(patterns: list[str], output: str | Path | None, fmt: str, ref_date: date | None,
                scheduler: str | None, model: str | None, say: Callable[[str], None]) -> int:
    """Analyse goal files on Dask; raises ``SmartNLPError`` for a usage error."""
    from .cluster import open_client
    from .goals import analyze_files

    folder = _output_folder(output, message("distributed", "results"))
    with open_client(scheduler, model=model, say=say) as client:
        report = analyze_files(patterns, folder, client, fmt, ref_date, model, watch=_progress)
    say(message("distributed", "analysed", blocks=report.blocks, folder=folder, skipped=report.skipped,
                written=report.blocks - report.skipped - len(report.failed), goals=report.goals,
                errors=report.errors))
    for failed in report.failed:
        say(message("distributed", "unreadable_block", **failed))
    return EXIT_PARTIAL if report.errors or report.failed else EXIT_OK


def run_audit(patterns: list[str], output: str | Path | None, ref_date: date | None, scheduler: str | None,
              model: str | None, say: Callable[[str], None]) -> int:
    """Audit documents on Dask, one task per document; raises ``SmartNLPError`` for a usage error."""
    from .cluster import open_client
    from .documents import SUMMARY, audit_files

    folder = _output_folder(output, message("distributed", "reports"))
    with open_client(scheduler, model=model, say=say) as client:
        summary = audit_files(patterns, folder, client, ref_date, model, watch=_progress)
    say(message("distributed", "audited", audited=summary["audited"], files=summary["files"],
                resumed=summary["resumed"], goals=summary["goals"], summary=folder / SUMMARY))
    for error in summary["errors"]:
        say(f"{error['source']} : {error['error']}")
    return EXIT_PARTIAL if summary["errors"] else EXIT_OK


def dispatch(run: Callable[..., int], *args, fail: Callable[[str], None], say: Callable[[str], None]) -> int:
    """Run ``run`` and map usage errors onto ``fail`` (exit 2); the exit code otherwise."""
    try:
        return run(*args, say=say)
    except SmartNLPError as err:
        fail(str(err))
        return 2
    except ImportError as err:
        fail(message("distributed", "errors.not_installed", module=err.name))
        return 2
