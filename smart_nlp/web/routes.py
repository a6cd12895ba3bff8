"""Routes of the JSON API (``/api/…``) and the dependencies every route shares.

Handlers only read the request, call ``service`` and shape the answer; the OpenAPI text
(summaries, descriptions, examples) is French, in ``lang/fr/web.yaml``.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Literal, Optional, Union

from fastapi import APIRouter, Body, Depends, File, Form, Query, Request, UploadFile
from fastapi.responses import JSONResponse, Response

from .. import __version__
from ..errors import MAX_GOAL_CHARS, parse_ref_date
from ..lang.fr import load
from . import audit_adapter
from .errors import WebError, say
from .limits import MAX_BATCH, MAX_JSON_BYTES, MAX_UPLOAD_BYTES, human_size
from ..lang.fr.format import thousands
from .service import SUPPORTED_TYPES, AuditStore, BatchIn, Engine, GoalIn, safe_name, saved_upload

api = APIRouter(prefix="/api", tags=["API"])
TEXT = load("web")["api"]

REPORT_FORMATS = {"html": "HTML", "csv": "CSV", "json": "JSON"}


# --- dependencies ----------------------------------------------------------------------

def get_engine(request: Request) -> Engine:
    engine = getattr(request.app.state, "engine", None)
    if engine is None:
        raise WebError(503, say("loading"), "loading")
    return engine


def get_store(request: Request) -> AuditStore:
    return request.app.state.audits


def require_json(request: Request) -> None:
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind and kind != "application/json" and not kind.endswith("+json"):
        raise WebError(415, say("not_json", kind=kind), "unsupported_media_type")


def require_multipart(request: Request) -> None:
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind != "multipart/form-data":
        raise WebError(415, say("not_multipart"), "unsupported_media_type")


# --- JSON API ----------------------------------------------------------------------------

def _responses(operation: str, **fields) -> dict[int, dict[str, str]]:
    return {status: {"description": text.format(**fields)} for status, text in TEXT[operation]["responses"].items()}


@api.post("/analyze", summary=TEXT["analyze"]["summary"], description=TEXT["analyze"]["description"],
          dependencies=[Depends(require_json)],
          responses=_responses("analyze", goal_chars=thousands(MAX_GOAL_CHARS), batch=thousands(MAX_BATCH),
                               json_size=human_size(MAX_JSON_BYTES)))
async def analyze(payload: Union[GoalIn, BatchIn, list[Union[GoalIn, str]]] = Body(
                      openapi_examples=TEXT["analyze"]["examples"]),
                  engine: Engine = Depends(get_engine)) -> dict[str, Any]:
    """One goal, or a batch analysed in order with each bad goal's error in its place."""
    if isinstance(payload, GoalIn):
        return await engine.run(engine.analyze, payload.text, payload.ref_date,
                                None if payload.id is None else str(payload.id))
    goals, ref = (payload.goals, payload.ref_date) if isinstance(payload, BatchIn) else (payload, None)
    results = await engine.run(engine.analyze_batch, goals, ref)
    return {"results": results, "count": len(results), "errors": sum("error" in r for r in results)}


@api.get("/health", summary=TEXT["health"]["summary"], description=TEXT["health"]["description"])
def health(request: Request) -> dict[str, Any]:
    """Whether the model is loaded, the version and the limits."""
    engine = getattr(request.app.state, "engine", None)
    model = None if engine is None else (engine.analyzer.model or "shipped")
    return {"status": "ok" if engine is not None else "loading", "version": __version__, "model": model,
            "audit": audit_adapter.available(),
            "limits": {"goal_chars": MAX_GOAL_CHARS, "batch_goals": MAX_BATCH,
                       "json_bytes": MAX_JSON_BYTES, "upload_bytes": MAX_UPLOAD_BYTES,
                       "file_types": list(SUPPORTED_TYPES)}}


@api.post("/audit", summary=TEXT["audit"]["summary"], description=TEXT["audit"]["description"],
          dependencies=[Depends(require_multipart)],
          responses=_responses("audit", size=human_size(MAX_UPLOAD_BYTES)))
def audit(request: Request, file: UploadFile = File(description=TEXT["audit"]["file"]),
          ref_date: Optional[str] = Form(None, description=TEXT["audit"]["ref_date"]),
          format: Literal["json", "html", "csv"] = Query("json", description=TEXT["audit"]["format"]),
          engine: Engine = Depends(get_engine), store: AuditStore = Depends(get_store)) -> Response:
    """Audit an uploaded document (saved to a temporary folder, then deleted): the JSON
    result with download links, or one report itself."""
    outcome, audit_id = run_upload(engine, store, file, ref_date)
    if format != "json":
        return report_response(outcome.reports[format], outcome.filename, format)
    body = {"id": audit_id, "filename": outcome.filename}
    body.update({k: v for k, v in outcome.document.items() if k != "file"})
    body["downloads"] = {fmt: str(request.app.url_path_for("audit_report", audit_id=audit_id, fmt=fmt))
                         for fmt in REPORT_FORMATS}
    return JSONResponse(body)


@api.get("/audit/{audit_id}/{fmt}", name="audit_report", summary=TEXT["audit_report"]["summary"])
def audit_report(audit_id: str, fmt: Literal["html", "csv", "json"],
                 store: AuditStore = Depends(get_store)) -> Response:
    stored = store.get(audit_id)
    if stored is None:
        raise WebError(404, say("report_not_found"), "audit_not_found")
    return report_response(stored.reports[fmt], stored.filename, fmt)


def report_response(report: tuple[bytes, str], filename: str, fmt: str) -> Response:
    content, media = report
    stem = "".join(c if c.isalnum() or c in "-_" else "-" for c in Path(filename).stem)[:60] or "document"
    return Response(content, media_type=media,
                    headers={"Content-Disposition": f'attachment; filename="audit-{stem}.{fmt}"'})


def run_upload(engine: Engine, store: AuditStore, upload: UploadFile, ref_date: str | None):
    """Check, save to a temporary folder, audit, delete; keep the reports for download."""
    filename = safe_name(upload.filename)
    ref = parse_ref_date(ref_date) if ref_date else None
    try:
        with saved_upload(upload, filename) as path:
            outcome = engine.audit(path, filename, ref)
    except audit_adapter.AuditUnavailable as err:
        raise WebError(503, str(err), "audit_unavailable") from err
    except audit_adapter.AuditRejected as err:
        raise WebError(422, str(err), "unreadable_document") from err
    return outcome, store.put(filename, outcome.reports)
