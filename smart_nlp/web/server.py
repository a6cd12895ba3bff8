"""``smart-nlp serve``: start the page and the API with uvicorn (127.0.0.1 by default)."""
from __future__ import annotations

import ipaddress
import os
import signal
import sys
from typing import Annotated, Optional

import typer


def serve(
    host: Annotated[str, typer.Option(help="Adresse d'écoute\u00a0; 127.0.0.1\u00a0: cet ordinateur seulement.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port d'écoute.")] = 8000,
    model: Annotated[Optional[str], typer.Option(
        "--model", "-m", help="Dossier d'un modèle entraîné, ou « rules » pour les règles seules "
                              "(défaut\u00a0: le modèle livré avec le paquet).")] = None,
) -> None:
    """Démarre la page web et l'API HTTP\u00a0; le modèle est chargé une fois, au démarrage."""
    from ..analyzer import analyzer_for
    from ..errors import SmartNLPError

    try:
        analyzer = analyzer_for(model)
    except SmartNLPError as err:
        typer.echo(f"Erreur\u00a0: {err}", err=True)
        raise typer.Exit(2)
    try:
        import uvicorn

        from .app import create_app
        from .guard import uvicorn_settings
    except ImportError as err:
        typer.echo(f"Erreur\u00a0: le serveur demande l'extra web\u00a0: pip install \"smart_nlp[web]\" "
                   f"(missing optional dependency: {err.name})", err=True)
        raise typer.Exit(2)

    if not _is_loopback(host):
        typer.echo(f"Attention\u00a0: le serveur écoute sur {host}, il sera joignable depuis le réseau.", err=True)
    shown = f"[{host}]" if ":" in host else host
    typer.echo(f"smart_nlp\u00a0: chargement du modèle, puis page sur http://{shown}:{port}/ "
               f"et API sur http://{shown}:{port}/docs (Ctrl+C pour arrêter).", err=True)
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, _stopped)  # what uvicorn hands the signal back to, once it has shut down
    uvicorn.run(create_app(analyzer), host=host, port=port, log_level="info", **uvicorn_settings())


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
