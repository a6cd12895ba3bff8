"""The shape every middleware of the server shares: act on HTTP requests, pass the rest through."""
from __future__ import annotations

from abc import ABC, abstractmethod


class HttpMiddleware(ABC):
    """ASGI middleware whose ``http`` sees HTTP requests only (lifespan and others pass untouched)."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        await self.http(scope, receive, send)

    @abstractmethod
    async def http(self, scope, receive, send):
        """Handle one HTTP request, calling ``self.app`` as the wrapped application."""
