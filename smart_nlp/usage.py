"""Usage errors (unknown option, missing argument, bad value) in French with click's
English message as a gloss, like every other error of the command line.

Typer ships its own copy of click, so the error classes are recognised by name (and
reached from the public ``typer.BadParameter``), not imported from a private module.
"""
from __future__ import annotations

import sys
from typing import Any

import typer
from typer.core import TyperGroup

from .lang.fr import load
from .text import typography

UsageError = typer.BadParameter.__mro__[1]
ClickException = UsageError.__mro__[1]


def _is(err: BaseException, name: str) -> bool:
    return any(c.__name__ == name for c in type(err).__mro__)


def _label(err: Any) -> str:
    """The option (long form) or argument the error is about."""
    param = getattr(err, "param", None)
    if param is not None and getattr(param, "param_type_name", "") == "option" and param.opts:
        return max(param.opts, key=len)
    if param is not None and param.name:
        return param.name.upper()
    hint = getattr(err, "param_hint", None)
    return (hint if isinstance(hint, str) else " / ".join(hint or ())).replace('"', "").replace("'", "")


def french_usage(err: Any) -> str:
    """``option inconnue : --foo (options possibles : --format) (No such option: --foo …)``."""
    msg = load("cli")
    message = getattr(err, "message", "") or ""
    if _is(err, "NoSuchOption"):
        text = msg["no_such_option"].format(name=err.option_name)
        if err.possibilities:
            text += f" ({msg['possible_options'].format(choices=', '.join(sorted(err.possibilities)))})"
    elif _is(err, "MissingParameter"):
        param = getattr(err, "param", None)
        key = "missing_option" if getattr(param, "param_type_name", "") == "option" else "missing_argument"
        text = msg[key].format(name=_label(err))
    elif _is(err, "BadParameter"):
        text = msg["bad_parameter"].format(name=_label(err)).strip()
    elif _is(err, "BadOptionUsage"):
        text = msg["option_needs_value"].format(name=err.option_name)
    elif _is(err, "FileError"):
        text = f"{msg['file_error']} : {err.ui_filename}"
    elif message.startswith("No such command"):
        text = msg["no_such_command"].format(name=message.split("'")[1] if "'" in message else "")
    elif "extra argument" in message:
        text = msg["extra_argument"]
    else:
        text = msg["usage"]
    return typography(f"{text} ({err.format_message()})")


class FrenchGroup(TyperGroup):
    """A typer group whose usage errors are French first, with the English gloss."""

    def main(self, args: Any = None, prog_name: str | None = None, complete_var: str | None = None,
             standalone_mode: bool = True, **extra: Any) -> Any:
        try:
            rv = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except ClickException as err:
            if type(err).__name__ == "NoArgsIsHelpError":
                err.show()
            else:
                show(err)
            if not standalone_mode:
                raise
            sys.exit(err.exit_code)
        except typer.Abort:
            if not standalone_mode:
                raise
            sys.exit(1)
        if standalone_mode:
            sys.exit(rv if isinstance(rv, int) else 0)
        return rv


def show(err: Any) -> None:
    from rich.console import Console
    from rich.markup import escape

    msg = load("cli")
    console = Console(stderr=True, highlight=False, soft_wrap=True)
    console.print(f"[bold red]{escape(typography(msg['error']))}[/] {escape(french_usage(err))}")
    ctx = getattr(err, "ctx", None)
    command = ctx.command_path if ctx is not None else "smart-nlp"
    console.print(escape(typography(msg["help_hint"].format(command=command))))
