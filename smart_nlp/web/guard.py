"""What keeps one request from harming the others: a time limit per request, and a
failed request that never takes its keep-alive connection down with it.

``RequestTimeout`` answers a request that runs over ``REQUEST_TIMEOUT`` (408 when the
client is still sending its body, 503 when the server is late). ``Contained`` wraps the
whole application, outside Starlette's error middleware: that middleware answers 500
and then re-raises, and uvicorn closes the connection of any request whose exception
reaches it, so the next request sent on it would be reset. ``Contained`` keeps the
exception (logged) once the answer is complete. ``GuardedH11Protocol`` closes
connections that stay silent or send their headers too slowly (uvicorn's keep-alive
timer only starts after a first response).
"""
from __future__ import annotations

import asyncio
import json
import logging

from uvicorn.protocols.http.h11_impl import H11Protocol

from . import limits
from .errors import UNEXPECTED_MESSAGE, say
from .middleware import HttpMiddleware

log = logging.getLogger("smart_nlp.web")


async def send_json(send, status: int, detail: str, code: str, close: bool = False) -> None:
    body = json.dumps({"detail": detail, "code": code}, ensure_ascii=False).encode("utf-8")
    headers = [(b"content-type", b"application/json; charset=utf-8"), (b"content-length", str(len(body)).encode())]
    if close:
        headers.append((b"connection", b"close"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class RequestTimeout(HttpMiddleware):
    """Answer a request that takes longer than ``seconds`` instead of holding its client."""

    def __init__(self, app, seconds: float | None = None):
        super().__init__(app)
        self.seconds = seconds  # None: ``limits.REQUEST_TIMEOUT``, read at each request

    async def http(self, scope, receive, send):
        state = {"started": False, "reading": False}

        async def watched_receive():
            state["reading"] = True  # stays True if the wait is cancelled: the client was too slow
            message = await receive()
            state["reading"] = False
            return message

        async def watched_send(message):
            if message["type"] == "http.response.start":
                state["started"] = True
            await send(message)

        try:
            await asyncio.wait_for(self.app(scope, watched_receive, watched_send),
                                   self.seconds or limits.REQUEST_TIMEOUT)
        except asyncio.TimeoutError:
            if state["started"]:
                raise
            if state["reading"]:
                await send_json(send, 408, say("slow_request"), "request_timeout", close=True)
            else:
                await send_json(send, 503, say("timeout"), "timeout")


class Contained(HttpMiddleware):
    """The outermost layer: an exception after a complete answer stays here (logged)."""

    async def http(self, scope, receive, send):
        state = {"started": False, "complete": False}

        async def watched_send(message):
            if message["type"] == "http.response.start":
                state["started"] = True
            elif message["type"] == "http.response.body" and not message.get("more_body", False):
                state["complete"] = True
            await send(message)

        try:
            await self.app(scope, receive, watched_send)
        except Exception:
            log.exception("request failed: %s %s", scope.get("method"), scope.get("path"))
            if not state["started"]:
                await send_json(send, 500, UNEXPECTED_MESSAGE, "internal_error")
            elif not state["complete"]:
                raise  # a half-sent answer: closing the connection is the only honest end


class GuardedH11Protocol(H11Protocol):
    """uvicorn's HTTP/1.1 protocol, with a deadline for every request's headers.

    The deadline runs from the moment the connection opens or its previous answer is
    complete, and ends when a request's headers have arrived; a client that sends
    nothing, or one byte at a time, is disconnected after ``HEADER_TIMEOUT`` seconds.
    """

    header_timeout: float | None = None  # None: ``limits.HEADER_TIMEOUT``

    def connection_made(self, transport) -> None:
        super().connection_made(transport)
        self._arm_header_timer()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing():
            self._arm_header_timer()

    def handle_events(self) -> None:
        before = self.cycle
        super().handle_events()
        if self.cycle is not before and self.cycle is not None:
            self._cancel_header_timer()

    def connection_lost(self, exc) -> None:
        self._cancel_header_timer()
        super().connection_lost(exc)

    def _arm_header_timer(self) -> None:
        self._cancel_header_timer()
        self._header_timer = self.loop.call_later(self.header_timeout or limits.HEADER_TIMEOUT, self._headers_too_late)

    def _cancel_header_timer(self) -> None:
        timer = getattr(self, "_header_timer", None)
        if timer is not None:
            timer.cancel()
            self._header_timer = None

    def _headers_too_late(self) -> None:
        self._header_timer = None
        if self.cycle is None or self.cycle.response_complete:
            self.timeout_keep_alive_handler()


def uvicorn_settings() -> dict:
    """The settings ``smart-nlp serve`` gives uvicorn (also used by the load benchmark)."""
    return {"http": GuardedH11Protocol, "timeout_keep_alive": limits.KEEP_ALIVE_TIMEOUT,
            "timeout_graceful_shutdown": 1, "limit_concurrency": limits.MAX_CONNECTIONS, "server_header": False}
