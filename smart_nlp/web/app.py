"""Build the FastAPI application: the analyzer loads once, in the lifespan."""
from __future__ import annotations

from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool

from .. import __version__
from ..lang.fr import message
from .errors import install_error_handlers
from .guard import Contained, RequestTimeout
from .limits import BodySizeLimit
from .page_routes import pages
from .routes import api
from .track_routes import api as track_api, pages as track_pages
from .security import SecurityHeaders
from .service import AuditStore, Engine

DESCRIPTION = message("web", "app_description")


class App(FastAPI):
    """FastAPI with ``Contained`` around everything, Starlette's error middleware included."""

    def build_middleware_stack(self):
        return Contained(super().build_middleware_stack())


def create_app(analyzer=None) -> FastAPI:
    """The web app. ``analyzer``: an ``Analyzer`` to share (tests); by default one is
    loaded at start-up, once, before the server accepts requests."""

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        if analyzer is None:
            from ..analyzer import Analyzer

            loaded = await run_in_threadpool(Analyzer)
        else:
            loaded = analyzer
        engine = app.state.engine = Engine(loaded)
        app.state.audits = AuditStore()
        try:
            yield
        finally:
            app.state.engine = None
            engine.close()

    app = App(title="smart_nlp", version=__version__, description=DESCRIPTION, lifespan=lifespan,
                  docs_url=None, redoc_url=None)
    app.state.engine = None
    app.state.audits = AuditStore()
    app.add_middleware(BodySizeLimit)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(RequestTimeout)
    install_error_handlers(app)
    app.mount("/static", StaticFiles(directory=Path(__file__).parent / "static"), name="static")
    app.include_router(api)
    app.include_router(track_api)
    app.include_router(pages)
    app.include_router(track_pages)
    return app
