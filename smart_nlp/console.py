"""What every command shares: the error console, exit codes, ``fail``, ``--model``, atomic output.

Kept apart from ``cli`` so that command modules (audit, tracking, distributed) use it
without importing the command line itself.
"""
from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Optional

import typer
from rich.console import Console
from rich.markup import escape

from .errors import SmartNLPError
from .io import atomic_writer, check_output

err_console = Console(stderr=True)

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_BUG = 0, 1, 2, 70  # 70: EX_SOFTWARE (sysexits.h), an internal error


def fail(message: str, code: int = EXIT_USAGE) -> None:
    err_console.print(f"[bold red]Erreur\u00a0:[/] {escape(message)}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


def model_option(default: Optional[str] = None):
    """``--model DIR|rules``, the same on every command that analyses."""
    return typer.Option(default, "--model", "-m",
                        help="Dossier d'un modèle entraîné, ou « rules » pour les règles seules "
                             "(défaut : le modèle livré avec le paquet).")


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
