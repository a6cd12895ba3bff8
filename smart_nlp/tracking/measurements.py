"""Read a KPI's measurements from a CSV or XLSX export, as spreadsheets and analytics tools write them.

CSV goes through the standard ``csv`` module (``;``, ``,`` or tab, chosen on the header
line), XLSX through ``openpyxl``. Comment lines may precede the header; headers may be
French or English; numbers may use decimal commas and any thousands mark; dates may be
``15/03/2027``, ``2027-03-15``, ``15.03.2027`` or « mars 2027 » (a month's figure is dated
on its last day). Every error names the file and the line.
"""
from __future__ import annotations

import calendar
import csv
import io
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Iterable

from ..errors import InvalidInput
from ..lang.fr import load, message
from ..text import fold, squash, typography

_NUMERIC_DATE = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ t].*)?$")
_MONTH_YEAR = re.compile(r"^(?:(\d{1,2})[/.\-](\d{4})|(\d{4})-(\d{1,2}))$")
_WORD_MONTH = re.compile(r"^([a-z]+)\.?\s+(\d{4})$")
_THOUSANDS = re.compile(r"[+-]?[1-9]\d{0,2}[.,]\d{3}")
_NUMBER_NOISE = re.compile(r"[\s\u00a0\u202f'’€$£%]|eur|usd|chf|cad|gbp")


@dataclass(frozen=True)
class Measurement:
    """One figure of one KPI on one day; ``line`` is where it stands in its file."""

    date: date
    value: float
    goal: str | None
    line: int
    source: str


def _messages() -> dict:
    return load("track")


def say(section: str, key: str, **fields) -> str:
    """A French message of ``track.yaml`` with its fields, set in French typography."""
    return typography(" ".join(_messages()[section][key].format(**fields).split()))


def parse_date(raw: object) -> date | None:
    """A measurement date, or None when the cell cannot be read as one."""
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    text = fold(squash(str(raw or "")))
    try:
        if m := _ISO_DATE.match(text):
            return date(int(m[1]), int(m[2]), int(m[3]))
        if m := _NUMERIC_DATE.match(text):
            year = int(m[3]) + (2000 if len(m[3]) == 2 else 0)
            return date(year, int(m[2]), int(m[1]))
        if m := _MONTH_YEAR.match(text):
            month, year = (int(m[1]), int(m[2])) if m[1] else (int(m[4]), int(m[3]))
            return date(year, month, calendar.monthrange(year, month)[1])
        if (m := _WORD_MONTH.match(text)) and m[1] in load("time_words")["months"]:
            month, year = load("time_words")["months"][m[1]], int(m[2])
            return date(year, month, calendar.monthrange(year, month)[1])
    except ValueError:
        return None
    return None


def parse_number(raw: object) -> float | None:
    """« 1 234,5 », « 1.234,5 », « 1,234.5 », « 12 % », « 3 400 € » → float; None if unreadable.

    A lone separator before exactly three digits (« 1,234 », « 12.500 ») groups thousands, as
    spreadsheets export them; any other lone comma or dot is the decimal mark."""
    if isinstance(raw, bool):
        return None
    if isinstance(raw, (int, float)):
        return float(raw) if raw == raw and abs(raw) != float("inf") else None
    text = _NUMBER_NOISE.sub("", fold(str(raw or "")))
    text = text.replace("\u2212", "-")
    if not re.fullmatch(r"[+-]?[\d.,]*\d[\d.,]*", text):
        return None
    if "," in text and "." in text:
        decimal = "," if text.rfind(",") > text.rfind(".") else "."
        text = text.replace("." if decimal == "," else ",", "").replace(",", ".")
    elif _THOUSANDS.fullmatch(text):
        text = text.replace(",", "").replace(".", "")  # « 1,234 » / « 1.234 »: one group of thousands
    elif text.count(",") == 1:
        text = text.replace(",", ".")
    elif text.count(",") > 1 or text.count(".") > 1:
        text = text.replace(",", "").replace(".", "")
    try:
        value = float(text)
    except ValueError:
        return None
    return value if abs(value) < 1e15 else None


def _role(header: str) -> str | None:
    name = fold(squash(header)).strip(" :*")
    for role, names in _messages()["columns"].items():
        if name in names:
            return role
    return None


def _find_header(rows: list[tuple[int, list]], look: int = 30) -> tuple[int, dict[str, int]] | None:
    """Index in ``rows`` of the header and the column of each role; title and comment lines before it are skipped."""
    marks = tuple(_messages()["comment_marks"])
    for i, (_, cells) in enumerate(rows[:look]):
        if cells and str(cells[0]).lstrip().startswith(marks):
            continue
        roles: dict[str, int] = {}
        for col, cell in enumerate(cells):
            role = _role(str(cell or ""))
            if role and role not in roles:
                roles[role] = col
        if "date" in roles and "value" in roles:
            return i, roles
    return None


def _csv_rows(text: str) -> list[tuple[int, list]]:
    lines = text.split("\n")
    marks = tuple(_messages()["comment_marks"])
    header = next((ln for ln in lines if ln.strip() and not ln.lstrip().startswith(marks)), "")
    delimiter = max(";,\t", key=header.count) if header else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows = []
    for cells in reader:
        rows.append((reader.line_num, cells))
    return rows


def _xlsx_rows(path: Path, name: str) -> list[tuple[int, list]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as err:  # openpyxl raises many types for a broken archive
        raise InvalidInput(message("track", "errors.bad_workbook", source=name, error=type(err).__name__)) from err
    try:
        sheet = book.worksheets[0]
        return [(n, ["" if c is None else c for c in row])
                for n, row in enumerate(sheet.iter_rows(values_only=True), start=1)]
    finally:
        book.close()


def read_rows(path: str | Path) -> tuple[list[tuple[int, list]], str]:
    """(line number, cells) of every row of a CSV or XLSX file, and its display name."""
    from ..inputs import decode, read_bytes

    name = str(path)
    suffix = Path(name).suffix.lower()
    if suffix == ".xlsx":
        if not Path(name).is_file():
            read_bytes(name)  # raises the bilingual « fichier introuvable »
        return _xlsx_rows(Path(name), name), name
    if suffix not in (".csv", ".tsv", ".txt"):
        raise InvalidInput(say("errors", "format", source=name))
    data, name = read_bytes(name)
    return _csv_rows(decode(data, name)), name


def read_measurements(path: str | Path, name: str | None = None) -> list[Measurement]:
    """Every measurement of the file; raises ``InvalidInput`` naming file (as ``name``, e.g. an
    upload's own name, when given) and line."""
    rows, shown = read_rows(path)
    return parse_rows(rows, name or shown)


def parse_rows(rows: list[tuple[int, list]], name: str) -> list[Measurement]:
    """Measurements from raw rows (see ``read_rows``), checked cell by cell."""
    found = _find_header(rows)
    if found is None:
        marks = tuple(_messages()["comment_marks"])
        heads = next((c for _, c in rows if any(str(x).strip() for x in c)
                      and not str(c[0]).lstrip().startswith(marks)), [])
        if not heads:
            raise InvalidInput(say("errors", "empty", source=name))
        cols = _messages()["columns"]
        raise InvalidInput(say(
            "errors", "columns", source=name,
            found=", ".join(f"« {squash(str(h))} »" for h in heads if str(h).strip())
            or _messages()["errors"]["no_columns"],
            date=" / ".join(cols["date"][:3]), value=" / ".join(cols["value"][:3])))
    start, roles = found
    header = rows[start][1]
    key_col = roles.get("goal", roles.get("kpi"))
    out = []
    for line, cells in rows[start + 1:]:
        if not any(str(c).strip() for c in cells):
            continue
        raw = {role: cells[col] if col < len(cells) else "" for role, col in roles.items()}
        for role in ("date", "value"):
            if not str(raw[role]).strip():
                raise InvalidInput(say("errors", "empty_cell", source=name, line=line,
                                       column=f"« {squash(str(header[roles[role]]))} »"))
        when = parse_date(raw["date"])
        if when is None:
            raise InvalidInput(say("errors", "bad_date", source=name, line=line, value=squash(str(raw["date"]))))
        value = parse_number(raw["value"])
        if value is None:
            raise InvalidInput(say("errors", "bad_number", source=name, line=line, value=squash(str(raw["value"]))))
        goal = squash(str(cells[key_col])) if key_col is not None and key_col < len(cells) else None
        out.append(Measurement(when, value, goal or None, line, name))
    if not out:
        raise InvalidInput(say("errors", "empty", source=name))
    return out


def parse_text(text: str, name: str | None = None) -> list[Measurement]:
    """Measurements pasted as CSV text (any separator, a header line first)."""
    return parse_rows(_csv_rows(text.replace("\r\n", "\n")), name or _messages()["pasted_source"])


def from_pairs(pairs: Iterable[tuple[object, object]], source: str | None = None) -> list[Measurement]:
    """Measurements given in Python as (date, value) pairs, checked like a file's rows."""
    header = [_messages()["columns"]["date"][0], _messages()["columns"]["value"][0]]
    rows = [(0, header)] + [(n, [d, v]) for n, (d, v) in enumerate(pairs, start=1)]
    return parse_rows(rows, source or _messages()["pasted_source"])
