"""Routes for following the goal on screen against measurements: JSON API, page and fragment.

Measurements come pasted as CSV text (a header line, then date and value columns) or as
an uploaded CSV/XLSX file; the answer is the tracking report with its SVG chart.
"""
from __future__ import annotations

from typing import Any, Optional

from fastapi import APIRouter, Body, Depends, File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, Field

from ..errors import InvalidInput, SmartNLPError
from ..lang.fr import load, message
from ..lang.fr.format import thousands
from ..tracking import follow
from ..tracking.chart import svg
from ..tracking.measurements import from_pairs, parse_text, read_measurements, say
from ..tracking.report import summary_rows
from .errors import WebError
from .page_routes import _valid_date, page_context, page_error, render
from .routes import get_engine, require_json
from .service import MEASUREMENT_TYPES, Engine, safe_name, saved_upload

api = APIRouter(prefix="/api", tags=["API"])
pages = APIRouter(include_in_schema=False)

MAX_CSV_CHARS = 200_000


def _field(key: str) -> str:
    return message("web", f"api.tracking.{key}")


class TrackIn(BaseModel):
    goal: str = Field(description=_field("goal"))
    ref_date: Optional[str] = Field(None, description=_field("ref_date"))
    measurements: Optional[list[tuple[str, float]]] = Field(None, description=_field("measurements"))
    csv: Optional[str] = Field(None, description=_field("csv"))


def _measurements(csv_text: str | None, pairs=None, upload_path=None, name: str | None = None):
    name = name or load("track")["pasted_source"]
    if upload_path is not None:
        return read_measurements(upload_path, name)
    if pairs:
        return from_pairs(pairs)
    if not csv_text or not csv_text.strip():
        raise InvalidInput(say("errors", "empty", source=name))
    if len(csv_text) > MAX_CSV_CHARS:
        raise InvalidInput(say("errors", "too_long", source=name, limit=thousands(MAX_CSV_CHARS)))
    return parse_text(csv_text, name)


def tracking(engine: Engine, goal: str, ref_date: str | None, measurements) -> dict[str, Any]:
    tracked = follow(engine.analysis(goal, ref_date or None), measurements)
    out = tracked.to_dict()
    out["chart_svg"] = svg(tracked, load("track")["labels"])
    out["rows"] = summary_rows(tracked)
    return out


@api.post("/track", summary=message("web", "api.track.summary"), dependencies=[Depends(require_json)])
def api_track(payload: TrackIn = Body(...), engine: Engine = Depends(get_engine)) -> dict[str, Any]:
    return tracking(engine, payload.goal, payload.ref_date, _measurements(payload.csv, payload.measurements))


def _track_for_page(engine: Engine, goal: str, date: str, mesures: str, file: UploadFile | None) -> tuple[int, dict]:
    try:
        if file is not None and file.filename:
            name = safe_name(file.filename)
            with saved_upload(file, name, MEASUREMENT_TYPES) as path:
                result = tracking(engine, goal, date, _measurements(None, upload_path=path, name=name))
        else:
            result = tracking(engine, goal, date, _measurements(mesures))
        return 200, {"track": result}
    except (SmartNLPError, WebError) as err:
        status, error = page_error(err, message("web", "page.cannot_track"))
        return status, {"track_error": error}


@pages.post("/suivi", response_class=HTMLResponse)
def page_track(request: Request, objectif: str = Form(""), date: str = Form(""), mesures: str = Form(""),
               file: Optional[UploadFile] = File(None), engine: Engine = Depends(get_engine)) -> HTMLResponse:
    status, extra = _track_for_page(engine, objectif, date, mesures, file)
    return render(request, "index.html", page_context(objectif, _valid_date(date), mesures=mesures, **extra), status)


@pages.post("/fragments/suivi", response_class=HTMLResponse)
def fragment_track(request: Request, objectif: str = Form(""), date: str = Form(""), mesures: str = Form(""),
                   file: Optional[UploadFile] = File(None), engine: Engine = Depends(get_engine)) -> HTMLResponse:
    status, extra = _track_for_page(engine, objectif, date, mesures, file)
    if "track_error" in extra:
        return render(request, "_error.html", {"error": extra["track_error"]}, status)
    return render(request, "_track.html", extra, status)
