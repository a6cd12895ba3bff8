"""Size limits of the web API, and the ASGI middleware that enforces the body sizes.

A body over its limit is refused with 413 before it is read when the client announces
its ``Content-Length``, and as soon as the limit is crossed when it streams the body.
"""
from __future__ import annotations

import json

from fastapi import HTTPException

from ..errors import MAX_GOAL_CHARS
from ..lang.fr import load, message
from .middleware import HttpMiddleware

MAX_UPLOAD_BYTES = 10 * 1024 * 1024
"""Largest document accepted by the audit (the file itself)."""

MULTIPART_OVERHEAD = 64 * 1024
"""Room for the multipart envelope and the small form fields around the file."""

MAX_JSON_BYTES = 2 * 1024 * 1024
"""Largest body of any other request (a batch of goals)."""

MAX_BATCH = 1000
"""Most goals in one ``POST /api/analyze``."""

AUDIT_WAIT = 30.0
"""Seconds an upload waits for a free audit slot before the server answers 503 (busy)."""

REQUEST_TIMEOUT = 120.0
"""Seconds a request may take, from its first byte of body to its answer (slow clients included)."""

HEADER_TIMEOUT = 10.0
"""Seconds a connection may take to send a request's headers, or stay silent once open."""

KEEP_ALIVE_TIMEOUT = 5
"""Seconds an idle keep-alive connection stays open between two requests."""

MAX_CONNECTIONS = 256
"""Open connections beyond which uvicorn answers 503 at once rather than run out of file descriptors."""

UPLOAD_PATHS = ("/api/audit", "/fragments/audit", "/audit")

__all__ = ["MAX_BATCH", "MAX_GOAL_CHARS", "MAX_JSON_BYTES", "MAX_UPLOAD_BYTES", "BodySizeLimit",
           "human_size", "too_large"]


def human_size(n: int) -> str:
    """« 10 Mo », « 2 Mo », « 512 ko » (French units, no-break space)."""
    sizes = load("web")["sizes"]
    if n >= 1024 * 1024:
        value, unit = n / (1024 * 1024), sizes["mega"]
    elif n >= 1024:
        value, unit = n / 1024, sizes["kilo"]
    else:
        return sizes["bytes"].format(n=n)
    text = f"{value:.1f}".rstrip("0").rstrip(".").replace(".", ",")
    return f"{text}\u00a0{unit}"


def too_large(message: str) -> HTTPException:
    return HTTPException(status_code=413, detail=message)


def body_limit_for(path: str) -> tuple[int, str]:
    """The byte limit for a request path, and the French message when it is crossed."""
    if path.rstrip("/") in UPLOAD_PATHS:
        return (MAX_UPLOAD_BYTES + MULTIPART_OVERHEAD,
                message("web", "errors.file_too_large", size=human_size(MAX_UPLOAD_BYTES)))
    return MAX_JSON_BYTES, message("web", "errors.request_too_large", size=human_size(MAX_JSON_BYTES))


class BodySizeLimit(HttpMiddleware):
    """Refuse request bodies over the limit of their path with a 413 JSON error."""

    async def http(self, scope, receive, send):
        limit, message = body_limit_for(scope["path"])
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            await _send_413(send, message)
            return
        received = 0

        async def limited_receive():
            nonlocal received
            event = await receive()
            if event["type"] == "http.request":
                received += len(event.get("body", b""))
                if received > limit:
                    raise too_large(message)
            return event

        await self.app(scope, limited_receive, send)


async def _send_413(send, message: str) -> None:
    body = json.dumps({"detail": message, "code": "too_large"}, ensure_ascii=False).encode("utf-8")
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"application/json; charset=utf-8"),
                            (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})
