"""Local web page and HTTP API (``smart-nlp serve``): FastAPI app, routes, page assets.

``create_app()`` builds the application; ``server.serve()`` starts it with uvicorn on
127.0.0.1 by default. Needs the ``web`` extra (fastapi, uvicorn, python-multipart,
jinja2). Importing this package (or ``server``) does not import FastAPI: the command
line stays fast and works without the extra until ``serve`` runs.
"""
from __future__ import annotations

__all__ = ["create_app"]


def __getattr__(name: str):
    if name == "create_app":
        from .app import create_app

        return create_app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
