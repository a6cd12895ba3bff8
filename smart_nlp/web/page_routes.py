"""Routes of the page and its HTML fragments, and the API docs page.

The page works without JavaScript (plain form posts render the whole page); with
JavaScript it asks for the same HTML fragments and swaps them in. All text is escaped by
the templates.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, Optional

from fastapi import APIRouter, Depends, File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from .. import __version__
from ..errors import MAX_GOAL_CHARS, SmartNLPError, parse_ref_date
from ..lang.fr import load, message
from ..lang.fr.format import thousands
from .errors import WebError, message_of, status_of
from .limits import MAX_UPLOAD_BYTES, human_size
from .routes import REPORT_FORMATS, get_engine, get_store, run_upload
from .service import SUPPORTED_TYPES, AuditStore, Engine, supported_label
from .view import EXAMPLES, analysis_view, criteria, highlight, iso_label, placeholder_parts, sentences

templates = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
templates.env.filters["fr_date"] = iso_label
templates.env.globals["words"] = load("web")["words"]

pages = APIRouter(include_in_schema=False)


def _page(key: str, **fields) -> str:
    return message("web", f"page.{key}", **fields)


def page_context(goal: str = "", ref_date: str | None = None, **extra) -> dict[str, Any]:
    return {"goal": goal, "ref_date": ref_date or date.today().isoformat(), "examples": EXAMPLES,
            "max_chars": MAX_GOAL_CHARS, "max_chars_label": thousands(MAX_GOAL_CHARS),
            "max_upload": MAX_UPLOAD_BYTES, "max_upload_label": human_size(MAX_UPLOAD_BYTES),
            "types_label": supported_label(), "accept": ",".join(SUPPORTED_TYPES), "version": __version__,
            **extra}


def page_error(err: Exception, title: str | None = None) -> tuple[int, dict[str, str]]:
    if isinstance(err, WebError):
        status, message = err.status, err.message
    elif isinstance(err, SmartNLPError):
        status, message = status_of(err), message_of(err)
    else:
        raise err
    titles = load("web")["page"]["titles"]
    return status, {"title": titles.get(status, title or _page("cannot_analyse")), "message": message}


def analyse_for_page(engine: Engine, goal: str, ref_date: str | None) -> tuple[int, dict[str, Any]]:
    try:
        return 200, {"view": analysis_view(engine.analyze(goal, ref_date or None))}
    except (WebError, SmartNLPError) as err:
        status, error = page_error(err)
        return status, {"error": error}


def audit_for_page(engine: Engine, store: AuditStore, request: Request,
                   upload: UploadFile | None, ref_date: str | None) -> tuple[int, dict[str, Any]]:
    try:
        if upload is None or not upload.filename:
            raise WebError(422, message("web", "errors.choose_file"), "no_file")
        outcome, audit_id = run_upload(engine, store, upload, ref_date)
    except (WebError, SmartNLPError) as err:
        status, error = page_error(err, _page("cannot_audit"))
        return status, {"audit_error": error}
    goals = []
    for g in outcome.goals:
        a = g.get("analysis")
        item = {"id": g.get("id"), "location": (g.get("location") or {}).get("label"),
                "statement": g.get("statement"), "error": g.get("error"), "added": _context_added(g)}
        if a:
            item.update({"score": a.get("smart_score", 0), "criteria": criteria(a),
                         "nodes": highlight(a["text"], (a.get("facts") or {}).get("spans", [])),
                         "rewrites": [placeholder_parts(s) for s in sentences(a)]})
        goals.append(item)
    doc = outcome.document
    return 200, {"audit": {
        "filename": outcome.filename, "goals": goals, "summary_text": audit_summary(outcome.summary),
        "ref": doc.get("ref_date"), "ref_source": _ref_source(doc.get("ref_source")),
        "findings": [f for f in doc.get("findings") or [] if isinstance(f, dict) and f.get("title")],
        "warnings": doc.get("warnings") or [],
        "downloads": [(fmt, label, str(request.app.url_path_for("audit_report", audit_id=audit_id, fmt=fmt)))
                      for fmt, label in REPORT_FORMATS.items()]}}


def _ref_source(source: str | None) -> str | None:
    """Where the audit's reference date came from, said for the page (not the command line)."""
    if source and "--ref-date" in source:
        return _page("ref_from_page")
    return source


def _context_added(g: dict) -> str | None:
    ctx = g.get("context") or {}
    added = [x.strip(" :,") for x in (ctx.get("prefix_added"), ctx.get("suffix_added")) if x]
    return ", ".join(added) or None


def audit_summary(s: dict) -> str:
    n, statements = s.get("goals", 0), s.get("statements", 0)
    found = f"{_page('statements', n=statements)}, {_page('kept', n=n)}"
    if not s.get("analysed"):
        return found + "."
    meets = _page("meets", n=s.get("fully_smart", 0))
    return _page("audit_summary", found=found, score=s.get("mean_score"), meets=meets)


def render(request: Request, name: str, context: dict[str, Any], status: int = 200) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context, status_code=status)


@pages.get("/", name="page", response_class=HTMLResponse)
def page(request: Request, objectif: str = "", date: Optional[str] = None,
         engine: Engine = Depends(get_engine)) -> HTMLResponse:
    status, extra = (200, {}) if not objectif.strip() else analyse_for_page(engine, objectif, date)
    return render(request, "index.html", page_context(objectif, _valid_date(date), **extra), status)


@pages.post("/", name="page_analyse", response_class=HTMLResponse)
def page_analyse(request: Request, objectif: str = Form(""), date: str = Form(""),
                 engine: Engine = Depends(get_engine)) -> HTMLResponse:
    status, extra = analyse_for_page(engine, objectif, date)
    return render(request, "index.html", page_context(objectif, _valid_date(date), **extra), status)


@pages.post("/fragments/analyse", response_class=HTMLResponse)
def fragment_analyse(request: Request, objectif: str = Form(""), date: str = Form(""),
                     engine: Engine = Depends(get_engine)) -> HTMLResponse:
    status, extra = analyse_for_page(engine, objectif, date)
    return render(request, "_error.html" if "error" in extra else "_analysis.html", extra, status)


@pages.post("/audit", name="page_audit", response_class=HTMLResponse)
def page_audit(request: Request, file: Optional[UploadFile] = File(None), date: str = Form(""),
               engine: Engine = Depends(get_engine), store: AuditStore = Depends(get_store)) -> HTMLResponse:
    status, extra = audit_for_page(engine, store, request, file, date)
    return render(request, "index.html", page_context("", _valid_date(date), **extra), status)


@pages.post("/fragments/audit", response_class=HTMLResponse)
def fragment_audit(request: Request, file: Optional[UploadFile] = File(None), date: str = Form(""),
                   engine: Engine = Depends(get_engine), store: AuditStore = Depends(get_store)) -> HTMLResponse:
    status, extra = audit_for_page(engine, store, request, file, date)
    if "audit_error" in extra:
        return render(request, "_error.html", {"error": extra["audit_error"]}, status)
    return render(request, "_audit.html", extra, status)


@pages.get("/docs", name="api_docs", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    """The OpenAPI description as a self-contained French page (no CDN: works offline)."""
    from .docs import operations

    spec = request.app.openapi()
    return render(request, "docs.html", {"spec": spec, "operations": operations(spec), "version": __version__})


def _valid_date(value: str | None) -> str | None:
    try:
        return parse_ref_date(value).isoformat() if value else None
    except SmartNLPError:
        return None
