"""Local web page and HTTP API (``smart-nlp serve``): FastAPI app, routes, page assets.

``create_app()`` builds the application; ``serve()`` starts it with uvicorn on
127.0.0.1 by default. Needs the ``web`` extra (fastapi, uvicorn, python-multipart,
jinja2).
"""
from .app import create_app

__all__ = ["create_app"]
