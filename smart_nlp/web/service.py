"""What the routes call: the shared analyzer, request bodies, and the checks on uploads."""
from __future__ import annotations

import asyncio
import re
import tempfile
import threading
import time
import uuid
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Iterator, Union

from pydantic import BaseModel, Field

from ..analyzer import Analyzer, GoalInput
from ..errors import MAX_GOAL_CHARS, SmartNLPError, parse_ref_date
from ..lang.fr import load, message
from ..lang.fr.format import thousands
from .errors import WebError, message_of, say
from . import limits
from .limits import MAX_BATCH, MAX_UPLOAD_BYTES, human_size


# --- request bodies --------------------------------------------------------------------

def _field(key: str, **fields) -> str:
    return message("web", f"api.{key}", **fields)


class GoalIn(BaseModel):
    """One goal to analyse."""

    text: str = Field(description=_field("goal.text", limit=MAX_GOAL_CHARS), examples=[_field("goal.text_example")])
    id: Union[str, int, None] = Field(None, description=_field("goal.id"))
    ref_date: Union[str, None] = Field(None, description=_field("goal.ref_date"), examples=["2026-01-15"])


class BatchIn(BaseModel):
    """Several goals, analysed in order; a bad goal gets its error, the others their analysis."""

    goals: list[Union[GoalIn, str]] = Field(description=_field("batch.goals", limit=MAX_BATCH))
    ref_date: Union[str, None] = Field(None, description=_field("batch.ref_date"))


def check_length(text: str) -> None:
    """Over-long goals are refused with 413, before any analysis (blanks count: they cost as much)."""
    if isinstance(text, str) and len(text) > MAX_GOAL_CHARS:
        raise WebError(413, say("goal_too_long", length=thousands(len(text)), limit=thousands(MAX_GOAL_CHARS)),
                       "goal_too_long")


# --- the analyzer, shared --------------------------------------------------------------

class Engine:
    """The one analyzer of the server, shared by every request, off the event loop.

    API analyses run on a pool of worker threads sized to the cores this process may
    use (``run``): one long request never makes the others queue behind it, and the
    event loop stays free to accept and answer meanwhile. Audits, which can take
    seconds and memory, are bounded by a semaphore (``MAX_AUDITS`` at a time); an
    audit that cannot start within ``AUDIT_WAIT`` seconds is answered 503 with a
    ``Retry-After``, so that a burst of uploads never exhausts the machine.
    """

    def __init__(self, analyzer: Analyzer, workers: int | None = None, max_audits: int | None = None):
        from ..analyzer import available_cores

        self.analyzer = analyzer
        cores = available_cores()
        self._workers = ThreadPoolExecutor(max_workers=workers or cores, thread_name_prefix="smart-nlp-analyse")
        self._audits = threading.BoundedSemaphore(max_audits or max(1, cores // 2))

    async def run(self, fn, *args):
        """``fn(*args)`` on a worker thread, awaited without blocking the event loop."""
        return await asyncio.get_running_loop().run_in_executor(self._workers, fn, *args)

    def close(self) -> None:
        """Stop taking work; the analyses under way end on their own (shutdown is not held up)."""
        self._workers.shutdown(wait=False, cancel_futures=True)

    def analyze(self, text: str, ref_date: str | date | None = None, id: str | None = None) -> dict[str, Any]:
        return self.analysis(text, ref_date, id).to_dict()

    def analysis(self, text: str, ref_date: str | date | None = None, id: str | None = None):
        """The ``Analysis`` object itself (for tracking, which needs more than the JSON)."""
        check_length(text)
        ref = parse_ref_date(ref_date or None)
        return self.analyzer.analyze(text, ref, id=id)

    def analyze_batch(self, goals: list, ref_date: str | None = None) -> list[dict[str, Any]]:
        if len(goals) > MAX_BATCH:
            raise WebError(413, say("batch_too_large", count=thousands(len(goals)), limit=thousands(MAX_BATCH)),
                           "batch_too_large")
        default_ref = parse_ref_date(ref_date or None)
        items: list[GoalInput] = []
        for g in goals:
            if isinstance(g, GoalIn):
                items.append(GoalInput(g.text, None if g.id is None else str(g.id), g.ref_date or None))
            else:
                items.append(GoalInput(g))
        out: list[dict[str, Any] | None] = [None] * len(items)
        todo: list[int] = []
        for i, item in enumerate(items):
            try:
                check_length(item.text)
                todo.append(i)
            except WebError as err:
                out[i] = _item_error(i, item, 413, err.message, err.code)
        results = self.analyzer.pipe([items[i] for i in todo], default_ref)
        for i, result in zip(todo, results):
            if isinstance(result, SmartNLPError):
                out[i] = _item_error(i, items[i], 422, message_of(result), result.code)
            else:
                out[i] = result.to_dict()
        return out  # type: ignore[return-value]

    def audit(self, path: Path, filename: str, ref_date: date | None):
        from .audit_adapter import run_audit

        if not self._audits.acquire(timeout=limits.AUDIT_WAIT):
            raise WebError(503, say("busy"), "busy",
                           headers={"Retry-After": "10"})
        try:
            return run_audit(path, filename, ref_date, self.analyzer)
        finally:
            self._audits.release()


def _item_error(index: int, item: GoalInput, status: int, message: str, code: str) -> dict[str, Any]:
    out: dict[str, Any] = {"index": index}
    if item.id is not None:
        out["id"] = item.id
    out["error"] = {"status": status, "code": code, "detail": message}
    return out


# --- uploads ---------------------------------------------------------------------------

SUPPORTED_TYPES = load("web")["file_types"]
MEASUREMENT_TYPES = {".csv": "CSV", ".xlsx": "Excel (.xlsx)"}


def supported_label(types: dict[str, str] = SUPPORTED_TYPES) -> str:
    return ", ".join(types)


def safe_name(filename: str | None) -> str:
    """The base name of an upload, without path or control characters, for display only."""
    name = re.split(r"[\\/]", filename or "")[-1]
    name = "".join(c for c in name if c.isprintable()).strip()
    return name[:120] or "document"


def check_type(filename: str, head: bytes, types: dict[str, str] = SUPPORTED_TYPES) -> str:
    """The file's extension if it is one of ``types`` and its content agrees, else 415."""
    ext = Path(filename).suffix.lower()
    if ext not in types:
        shown = f"«\u00a0{ext}\u00a0»" if ext else say("no_extension")
        raise WebError(415, say("bad_type", shown=shown, types=supported_label(types)), "unsupported_type")
    if ext in (".docx", ".xlsx") and not head.startswith(b"PK\x03\x04"):
        raise WebError(415, say("not_office", ext=ext), "unsupported_type")
    if ext == ".pdf" and not head.lstrip().startswith(b"%PDF-"):
        raise WebError(415, say("not_pdf"), "unsupported_type")
    if ext in (".txt", ".md", ".markdown", ".csv") and b"\x00" in head:
        raise WebError(415, say("binary", ext=ext), "unsupported_type")
    return ext


@contextmanager
def saved_upload(upload, filename: str, types: dict[str, str] = SUPPORTED_TYPES) -> Iterator[Path]:
    """Copy an upload into a fresh temporary folder; the folder is deleted on exit."""
    head = upload.file.read(8192)
    ext = check_type(filename, head, types)
    with tempfile.TemporaryDirectory(prefix="smart-nlp-upload-") as folder:
        path = Path(folder) / f"document{ext}"
        size = 0
        with open(path, "wb") as fh:
            chunk = head
            while chunk:
                size += len(chunk)
                if size > MAX_UPLOAD_BYTES:
                    raise WebError(413, say("file_too_large", size=human_size(MAX_UPLOAD_BYTES)), "too_large")
                fh.write(chunk)
                chunk = upload.file.read(1024 * 1024)
        if size == 0:
            raise WebError(422, say("empty_file"), "empty_file")
        yield path


# --- finished audits, kept in memory for their downloads -------------------------------

@dataclass
class StoredAudit:
    id: str
    filename: str
    reports: dict[str, tuple[bytes, str]]
    created: float = field(default_factory=time.monotonic)


class AuditStore:
    """The last audits' reports, in memory only, for the download links of the page."""

    def __init__(self, max_items: int = 32, ttl_seconds: float = 3600.0):
        self.max_items = max_items
        self.ttl = ttl_seconds
        self._items: OrderedDict[str, StoredAudit] = OrderedDict()
        self._lock = threading.Lock()

    def put(self, filename: str, reports: dict[str, tuple[bytes, str]]) -> str:
        audit_id = uuid.uuid4().hex
        with self._lock:
            self._expire()
            self._items[audit_id] = StoredAudit(audit_id, filename, reports)
            while len(self._items) > self.max_items:
                self._items.popitem(last=False)
        return audit_id

    def get(self, audit_id: str) -> StoredAudit | None:
        with self._lock:
            self._expire()
            return self._items.get(audit_id)

    def _expire(self) -> None:
        now = time.monotonic()
        for key in [k for k, v in self._items.items() if now - v.created > self.ttl]:
            del self._items[key]
