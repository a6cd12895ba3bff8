"""What every command shares: the error console, exit codes, ``fail``, ``--model``, atomic
output, and ``run`` (signals, last-resort errors).

Kept apart from ``cli`` so that command modules (audit, tracking, distributed) use it
without importing the command line itself.
"""
from __future__ import annotations

import signal
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Optional

import typer
from rich.console import Console
from rich.markup import escape

from .errors import REPORT_HINT, SmartNLPError
from .io import atomic_writer, check_output
from .lang.fr import load
from .text import typography

err_console = Console(stderr=True)

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_BUG = 0, 1, 2, 70  # 70: EX_SOFTWARE (sysexits.h), an internal error


def fail(message: str, code: int = EXIT_USAGE) -> None:
    err_console.print(f"[bold red]{escape(typography(load('cli')['error']))}[/] {escape(message)}", highlight=False,
                      soft_wrap=True)
    raise typer.Exit(code)


def model_option(default: Optional[str] = None):
    """``--model DIR|rules``, the same on every command that analyses."""
    return typer.Option(default, "--model", "-m", help=load("cli")["help"]["model"])


@contextmanager
def atomic_output(path: Optional[Path], inputs: tuple[str, ...] = ()) -> Iterator:
    """Write to a temporary file beside ``path`` and rename it only on success.

    Undecodable bytes of the command line (lone surrogates) are written as « ? ».
    """
    if path is None or str(path) == "-":
        yield sys.stdout
        return
    try:
        check_output(path, inputs)
        with atomic_writer(path, errors="replace") as fh:
            yield fh
    except SmartNLPError as err:
        fail(str(err))


def load_analyzer(model: Optional[str], locale: Optional[str] = None):
    """The analyzer for ``--model`` (loaded once per process), or a usage error."""
    from .analyzer import analyzer_for

    try:
        return analyzer_for(model, locale)
    except SmartNLPError as err:
        fail(str(err))


class Interrupted(BaseException):
    """SIGINT or SIGTERM, raised where the program is so that every ``finally`` runs (the
    atomic writer removes its temporary file and the previous output stays)."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


def _interrupt(signum: int, frame) -> None:
    raise Interrupted(signum)


def run(app) -> None:
    """Run a typer app as the console entry point: usage errors exit 2, an interruption
    128 + the signal, an internal error 70 with where to report it (no traceback, no source paths)."""
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, _interrupt)
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="replace")  # undecodable bytes of the command line, echoed
    say = load("cli")["say"]
    try:
        app()
    except Interrupted as stop:
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, signal.SIG_IGN)
        err_console.print(say["interrupted"], highlight=False)
        sys.exit(128 + stop.signum)
    except Exception as err:  # noqa: BLE001  (last resort: a message, not a traceback)
        head = escape(typography(say["unexpected"].format(name=type(err).__name__)))
        err_console.print(f"[bold red]{head}[/] {escape(REPORT_HINT)}", highlight=False, soft_wrap=True)
        sys.exit(EXIT_BUG)
