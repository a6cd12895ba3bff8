"""Read goals from .txt (one a line) or .jsonl (one object a line) files or stdin.

Every line yields either a ``GoalInput`` or the error that names what is wrong with
it, so that one bad line never stops the others (SPEC section 2).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Iterator

from .analyzer import GoalInput
from .errors import InvalidInput, SmartNLPError, parse_ref_date, say
from .io import lines


def read_bytes(path: str) -> tuple[bytes, str]:
    """Raw content and a display name; ``-`` is standard input."""
    if path == "-":
        return sys.stdin.buffer.read(), "<stdin>"
    p = Path(path)
    if not p.exists():
        raise InvalidInput(say("input.not_found", path=path))
    if p.is_dir():
        raise InvalidInput(say("input.directory", path=path))
    try:
        return p.read_bytes(), path
    except OSError as err:
        raise InvalidInput(say("input.unreadable", path=path, reason=err.strerror)) from err


def decode(data: bytes, name: str) -> str:
    """UTF-8 text, or an error naming the line of the first bad byte."""
    if b"\x00" in data[:8192]:
        raise InvalidInput(say("input.binary", name=name))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        raise InvalidInput(say("input.not_utf8", name=name, line=line)) from err


def _jsonl_line(raw: str, n: int, name: str) -> GoalInput:
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as err:
        raise InvalidInput(say("input.bad_json", reason=err.msg, column=err.colno), line=n, source=name) from err
    except RecursionError as err:
        raise InvalidInput(say("input.deep_json"), line=n, source=name) from err
    if not isinstance(obj, dict):
        raise InvalidInput(say("input.not_object", kind=type(obj).__name__), line=n, source=name)
    if "text" not in obj:
        raise InvalidInput(say("input.no_text"), line=n, source=name)
    ref = obj.get("ref_date")
    if ref is not None:
        try:
            parse_ref_date(ref)
        except SmartNLPError as err:
            raise InvalidInput(str(err), line=n, source=name) from err
    ident = obj.get("id")
    return GoalInput(obj["text"], None if ident is None else str(ident), ref)


def _id_of(raw: str) -> str | None:
    """The id of a JSONL line, when it can be read despite the line being invalid."""
    try:
        obj = json.loads(raw)
    except (json.JSONDecodeError, RecursionError):
        return None
    ident = obj.get("id") if isinstance(obj, dict) else None
    return None if ident is None else str(ident)


def parse_jsonl_line(raw: str, n: int, name: str) -> GoalInput | SmartNLPError:
    """The goal of one JSONL line, or its error (with the line's id when it can be read)."""
    try:
        return _jsonl_line(raw, n, name)
    except SmartNLPError as err:
        err.goal_id = _id_of(raw)
        return err


def read_goals(path: str, fmt: str | None = None) -> Iterator[tuple[int, GoalInput | SmartNLPError]]:
    """(line number, goal or error) for every non-blank line; raises for unreadable or empty input."""
    data, name = read_bytes(path)
    rows = lines(decode(data, name))
    first = next((line for line in rows if line.strip()), None)
    if first is None:
        raise InvalidInput(say("input.empty", name=name))
    is_jsonl = fmt == "jsonl" or (fmt is None and (name.endswith((".jsonl", ".ndjson"))
                                                   or (name == "<stdin>" and first.lstrip().startswith("{"))))
    for n, raw in enumerate(rows, start=1):
        if not raw.strip():
            continue
        if is_jsonl:
            try:
                yield n, _jsonl_line(raw, n, name)
            except SmartNLPError as err:
                err.goal_id = _id_of(raw)
                yield n, err
        else:
            yield n, GoalInput(raw.strip())
