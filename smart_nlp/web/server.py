"""``smart-nlp serve``: start the page and the API with uvicorn (127.0.0.1 by default)."""
from __future__ import annotations

import ipaddress
import os
import signal
import sys
from typing import Annotated, Optional

import typer

from ..lang.fr import message


def _help(key: str) -> str:
    return message("cli", f"help.serve.{key}")


def _say(key: str, **fields) -> None:
    typer.echo(message("web", f"server.{key}", **fields), err=True)


def serve(
    host: Annotated[str, typer.Option(help=_help("host"))] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help=_help("port"))] = 8000,
    model: Annotated[Optional[str], typer.Option("--model", "-m", help=_help("model"))] = None,
) -> None:
    """Start the page and the API, the model loaded once; the command's French help is ``__doc__``, set below."""
    from ..analyzer import analyzer_for
    from ..errors import SmartNLPError

    try:
        analyzer = analyzer_for(model)
    except SmartNLPError as err:
        _say("error", error=err)
        raise typer.Exit(2)
    try:
        import uvicorn

        from .app import create_app
        from .guard import uvicorn_settings
    except ImportError as err:
        _say("needs_web", module=err.name)
        raise typer.Exit(2)

    if not _is_loopback(host):
        _say("exposed", host=host)
    shown = f"[{host}]" if ":" in host else host
    _say("starting", host=shown, port=port)
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, _stopped)  # what uvicorn hands the signal back to, once it has shut down
    uvicorn.run(create_app(analyzer), host=host, port=port, log_level="info", **uvicorn_settings())


serve.__doc__ = _help("command")  # what ``smart-nlp serve --help`` says, from lang/fr/cli.yaml


def _stopped(signum: int, frame) -> None:
    """The server has finished its requests and its shutdown: end the process at once,
    without the interpreter's seconds-long teardown of the loaded models."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


if __name__ == "__main__":
    typer.run(serve)
