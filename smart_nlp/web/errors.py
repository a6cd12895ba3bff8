"""JSON errors of the HTTP API: a French message in ``detail``, a stable ``code``, a 4xx status."""
from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import SmartNLPError
from ..lang.fr import load, message
from ..text import typography

UNEXPECTED_MESSAGE = message("web", "errors.unexpected")


def say(key: str, **fields) -> str:
    """The French message ``errors.<key>`` of ``lang/fr/web.yaml``."""
    return message("web", f"errors.{key}", **fields)


class WebError(Exception):
    """An error the API reports as it is: HTTP status, stable code, French message."""

    def __init__(self, status: int, message: str, code: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code
        self.headers = headers

    def payload(self) -> dict:
        return {"detail": self.message, "code": self.code}


def status_of(err: SmartNLPError) -> int:
    """Every analyzer error is about the content sent: 422."""
    return 422


def message_of(err: SmartNLPError) -> str:
    """The analyzer's message with French typography (no-break spaces before « : » …)."""
    return typography(str(err))


def error_response(status: int, message: str, code: str, headers: dict | None = None, **extra) -> JSONResponse:
    return JSONResponse({"detail": message, "code": code, **extra}, status_code=status, headers=headers)


def _field(loc: tuple) -> str:
    parts = [str(p) for p in loc if p not in ("body", "query", "form")]
    # Union members are named by their model (GoalIn, BatchIn): keep only field names.
    parts = [p for p in parts if not p[:1].isupper() and not p.startswith(("list[", "str", "function-"))]
    return ".".join(parts)


def validation_message(exc: RequestValidationError) -> tuple[int, str, list[dict]]:
    errors = exc.errors()
    names = load("web")["validation"]
    field, body = names["field"], names["body"]
    details = [{field: body if e.get("type") == "json_invalid" else _field(tuple(e.get("loc", ()))) or body,
                names["error"]: e.get("msg", "")} for e in errors]
    if any(e.get("type") == "json_invalid" for e in errors):
        return 400, say("bad_json"), details
    missing = sorted({d[field] for d, e in zip(details, errors) if e.get("type") == "missing"})
    if missing == ["file"] or missing == [names["file"]]:
        return 422, say("no_file"), details
    if missing and all(m != body for m in missing) and not {"text", "goals"} <= set(missing):
        return 422, say("missing_fields", names=", ".join(f"«\u00a0{m}\u00a0»" for m in missing)), details
    return 422, say("bad_request"), details


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(WebError)
    async def _web_error(request: Request, exc: WebError):
        return JSONResponse(exc.payload(), status_code=exc.status, headers=exc.headers)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception):
        return error_response(500, UNEXPECTED_MESSAGE, "internal_error")

    @app.exception_handler(SmartNLPError)
    async def _smart_error(request: Request, exc: SmartNLPError):
        return error_response(status_of(exc), message_of(exc), exc.code)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError):
        status, message, details = validation_message(exc)
        return error_response(status, message, "invalid_request", errors=details)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) and exc.detail and not _is_english_default(exc) \
            else load("web")["errors"]["http"].get(exc.status_code, say("other_http"))
        code = "too_large" if exc.status_code == 413 else f"http_{exc.status_code}"
        return error_response(exc.status_code, message, code, headers=getattr(exc, "headers", None))


def _is_english_default(exc: StarletteHTTPException) -> bool:
    from http import HTTPStatus

    try:
        return exc.detail == HTTPStatus(exc.status_code).phrase
    except ValueError:
        return False
