"""Routes: the JSON API (``/api/…``), the page and its HTML fragments, the API docs.

Handlers only read the request, call ``service`` and shape the answer. The page works
without JavaScript (plain form posts render the whole page); with JavaScript it asks
for the same HTML fragments and swaps them in. All text is escaped by the templates.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, Literal, Optional, Union

from fastapi import APIRouter, Body, Depends, File, Form, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.templating import Jinja2Templates

from .. import __version__
from ..errors import MAX_GOAL_CHARS, SmartNLPError, parse_ref_date
from . import audit_adapter
from .errors import WebError, message_of, status_of
from .limits import MAX_BATCH, MAX_JSON_BYTES, MAX_UPLOAD_BYTES, human_size
from ..lang.fr.format import thousands
from .service import SUPPORTED_TYPES, AuditStore, BatchIn, Engine, GoalIn, safe_name, saved_upload, supported_label
from .view import EXAMPLES, analysis_view, criteria, highlight, iso_label, placeholder_parts

templates = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
templates.env.filters["fr_date"] = iso_label

api = APIRouter(prefix="/api", tags=["API"])
pages = APIRouter(include_in_schema=False)

REPORT_FORMATS = {"html": "HTML", "csv": "CSV", "json": "JSON"}


# --- dependencies ----------------------------------------------------------------------

def get_engine(request: Request) -> Engine:
    engine = getattr(request.app.state, "engine", None)
    if engine is None:
        raise WebError(503, "Le modèle n'est pas encore chargé\u00a0: réessayez dans quelques secondes.", "loading")
    return engine


def get_store(request: Request) -> AuditStore:
    return request.app.state.audits


def require_json(request: Request) -> None:
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind and kind != "application/json" and not kind.endswith("+json"):
        raise WebError(415, f"Type de contenu non pris en charge («\u00a0{kind}\u00a0»)\u00a0: "
                            "envoyez du JSON (Content-Type: application/json).", "unsupported_media_type")


def require_multipart(request: Request) -> None:
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind != "multipart/form-data":
        raise WebError(415, "Envoyez le document en multipart/form-data, dans le champ «\u00a0file\u00a0».",
                       "unsupported_media_type")


# --- JSON API ----------------------------------------------------------------------------

ANALYZE_EXAMPLES = {
    "un objectif": {"value": {"text": "Je veux multiplier par 10 mon CA depuis LinkedIn d'ici 3 mois",
                              "ref_date": "2026-01-15"}},
    "plusieurs objectifs": {"value": {"goals": [{"id": "g1", "text": "Atteindre 500 abonnés"},
                                                "Réduire le CPL de 20 % d'ici fin T2"],
                                      "ref_date": "2026-01-15"}},
    "une liste": {"value": ["Augmenter nos ventes", "Doubler le trafic organique du blog d'ici fin 2026"]},
}


@api.post("/analyze", summary="Analyser un objectif ou une liste d'objectifs",
          dependencies=[Depends(require_json)],
          responses={400: {"description": "Le corps n'est pas du JSON valide"},
                     413: {"description": f"Objectif de plus de {thousands(MAX_GOAL_CHARS)} caractères, plus de "
                                          f"{thousands(MAX_BATCH)} objectifs ou corps de plus de "
                                          f"{human_size(MAX_JSON_BYTES)}"},
                     415: {"description": "Le corps n'est pas du JSON"},
                     422: {"description": "Objectif vide, date de référence invalide ou corps mal formé"}})
async def analyze(payload: Union[GoalIn, BatchIn, list[Union[GoalIn, str]]] = Body(openapi_examples=ANALYZE_EXAMPLES),
                  engine: Engine = Depends(get_engine)) -> dict[str, Any]:
    """Un objet `{"text", "id"?, "ref_date"?}` donne une analyse (voir docs/contract.md).

    `{"goals": [...], "ref_date"?}` ou une liste donne `{"results": [...], "count", "errors"}` :
    les analyses dans l'ordre, et pour un objectif invalide `{"index", "id"?, "error": {"status",
    "code", "detail"}}` à sa place, sans arrêter les autres.
    """
    if isinstance(payload, GoalIn):
        return await engine.run(engine.analyze, payload.text, payload.ref_date,
                                None if payload.id is None else str(payload.id))
    goals, ref = (payload.goals, payload.ref_date) if isinstance(payload, BatchIn) else (payload, None)
    results = await engine.run(engine.analyze_batch, goals, ref)
    return {"results": results, "count": len(results), "errors": sum("error" in r for r in results)}


@api.get("/health", summary="État du serveur")
def health(request: Request) -> dict[str, Any]:
    """`status` vaut `ok` quand le modèle est chargé, `loading` avant."""
    engine = getattr(request.app.state, "engine", None)
    model = None if engine is None else (engine.analyzer.model or "shipped")
    return {"status": "ok" if engine is not None else "loading", "version": __version__, "model": model,
            "audit": audit_adapter.available(),
            "limits": {"goal_chars": MAX_GOAL_CHARS, "batch_goals": MAX_BATCH,
                       "json_bytes": MAX_JSON_BYTES, "upload_bytes": MAX_UPLOAD_BYTES,
                       "file_types": list(SUPPORTED_TYPES)}}


@api.post("/audit", summary="Auditer un document (.txt, .md, .docx, .pdf)",
          dependencies=[Depends(require_multipart)],
          responses={413: {"description": f"Fichier de plus de {human_size(MAX_UPLOAD_BYTES)}"},
                     415: {"description": "Type de fichier non pris en charge"},
                     422: {"description": "Document illisible (endommagé, chiffré, vide) ou fichier absent"},
                     503: {"description": "Audit de documents indisponible sur ce serveur"}})
def audit(request: Request, file: UploadFile = File(description="Le document à auditer."),
          ref_date: Optional[str] = Form(None, description="Date de référence AAAA-MM-JJ."),
          format: Literal["json", "html", "csv"] = Query("json", description="json : résultat et liens ; "
                                                                             "html ou csv : le rapport lui-même."),
          engine: Engine = Depends(get_engine), store: AuditStore = Depends(get_store)) -> Response:
    """Le fichier est copié dans un dossier temporaire, audité, puis supprimé.

    En JSON : `{"id", "filename", "format", "ref_date", "summary", "findings", "goals",
    "downloads", …}` ; chaque objectif de `goals` dit où il est (`location`), ce qui a été
    lu (`statement`, `analysed_text`) et porte son analyse (`analysis`, voir docs/contract.md) ;
    `downloads` donne les adresses des rapports HTML, CSV et JSON, gardés en mémoire une heure.
    Un document illisible (corrompu, chiffré, vide) répond 422.
    """
    outcome, audit_id = run_upload(engine, store, file, ref_date)
    if format != "json":
        return report_response(outcome.reports[format], outcome.filename, format)
    body = {"id": audit_id, "filename": outcome.filename}
    body.update({k: v for k, v in outcome.document.items() if k != "file"})
    body["downloads"] = {fmt: str(request.app.url_path_for("audit_report", audit_id=audit_id, fmt=fmt))
                         for fmt in REPORT_FORMATS}
    return JSONResponse(body)


@api.get("/audit/{audit_id}/{fmt}", name="audit_report", summary="Télécharger un rapport d'audit")
def audit_report(audit_id: str, fmt: Literal["html", "csv", "json"],
                 store: AuditStore = Depends(get_store)) -> Response:
    stored = store.get(audit_id)
    if stored is None:
        raise WebError(404, "Rapport introuvable ou expiré\u00a0: relancez l'audit du document.", "audit_not_found")
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


# --- the page ----------------------------------------------------------------------------

def page_context(goal: str = "", ref_date: str | None = None, **extra) -> dict[str, Any]:
    return {"goal": goal, "ref_date": ref_date or date.today().isoformat(), "examples": EXAMPLES,
            "max_chars": MAX_GOAL_CHARS, "max_chars_label": thousands(MAX_GOAL_CHARS),
            "max_upload": MAX_UPLOAD_BYTES, "max_upload_label": human_size(MAX_UPLOAD_BYTES),
            "types_label": supported_label(), "accept": ",".join(SUPPORTED_TYPES), "version": __version__,
            **extra}


def page_error(err: Exception, title: str = "Impossible d'analyser") -> tuple[int, dict[str, str]]:
    if isinstance(err, WebError):
        status, message = err.status, err.message
    elif isinstance(err, SmartNLPError):
        status, message = status_of(err), message_of(err)
    else:
        raise err
    titles = {413: "Trop volumineux", 415: "Type de fichier refusé", 503: "Service indisponible"}
    return status, {"title": titles.get(status, title), "message": message}


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
            raise WebError(422, "Choisissez d'abord un fichier à auditer.", "no_file")
        outcome, audit_id = run_upload(engine, store, upload, ref_date)
    except (WebError, SmartNLPError) as err:
        status, error = page_error(err, "Impossible d'auditer ce document")
        return status, {"audit_error": error}
    goals = []
    for g in outcome.goals:
        a = g.get("analysis")
        item = {"id": g.get("id"), "location": (g.get("location") or {}).get("label"),
                "statement": g.get("statement"), "error": g.get("error"), "added": _context_added(g)}
        if a:
            item.update({"score": a.get("smart_score", 0), "criteria": criteria(a),
                         "nodes": highlight(a["text"], (a.get("facts") or {}).get("spans", [])),
                         "suggestion": placeholder_parts(a["suggestion"]) if a.get("suggestion") else None})
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
        return "date choisie sur cette page"
    return source


def _context_added(g: dict) -> str | None:
    ctx = g.get("context") or {}
    added = [x.strip(" :,") for x in (ctx.get("prefix_added"), ctx.get("suffix_added")) if x]
    return ", ".join(added) or None


def audit_summary(s: dict) -> str:
    n, statements = s.get("goals", 0), s.get("statements", 0)
    found = f"{statements} énoncé{'s' if statements > 1 else ''} lu{'s' if statements > 1 else ''}, " \
            f"{n} objectif{'s' if n > 1 else ''} retenu{'s' if n > 1 else ''}"
    if not s.get("analysed"):
        return found + "."
    smart = s.get("fully_smart", 0)
    meets = f"{smart} remplit les cinq critères" if smart <= 1 else f"{smart} remplissent les cinq critères"
    return f"{found} · score moyen\u00a0: {s.get('mean_score')}/100 · {meets}."


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
