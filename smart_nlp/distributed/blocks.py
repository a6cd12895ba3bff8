"""Input files cut into blocks of goals: one block is one Dask task and one output part.

The client only plans (where each block starts, which line it starts on); workers read
their own block, so the goals never travel through the scheduler. The plan depends
only on the files and the block size, so a re-run finds the same parts. JSONL and
``.txt`` blocks are byte ranges cut at line ends (lines are split on ``\\n`` only, as
JSONL says); CSV blocks are record ranges; Parquet blocks are row groups.
"""
from __future__ import annotations

import csv
import glob
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Iterator

from ..analyzer import GoalInput
from ..errors import InvalidInput, SmartNLPError
from ..lang.fr import message
from ..inputs import parse_jsonl_line

FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".txt": "txt", ".csv": "csv", ".parquet": "parquet"}
BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True)
class Block:
    """Goals ``start``–``stop`` of ``path``: bytes for JSONL/txt, records for CSV, row groups for Parquet."""

    path: str
    format: str
    start: int
    stop: int
    first_line: int


Goal = tuple[int, "GoalInput | SmartNLPError"]


def expand(patterns: list[str]) -> list[str]:
    """The files the patterns name (``**`` recurses), sorted, each once; an error if none."""
    found: list[str] = []
    for pattern in patterns:
        matches = sorted(glob.glob(pattern, recursive=True)) if glob.has_magic(pattern) else [pattern]
        files = [m for m in matches if Path(m).is_file()]
        if not files:
            raise InvalidInput(message("distributed", "errors.no_match", pattern=pattern))
        found.extend(files)
    return list(dict.fromkeys(found))


def input_format(path: str) -> str:
    fmt = FORMATS.get(Path(path).suffix.lower())
    if fmt is None:
        raise InvalidInput(message("distributed", "errors.bad_format", path=path, formats=", ".join(sorted(FORMATS))))
    return fmt


def plan(paths: list[str], block_size: int) -> list[Block]:
    """Cut every file into blocks of about ``block_size`` goals, in input order."""
    blocks: list[Block] = []
    for path in paths:
        fmt = input_format(path)
        cut = {"jsonl": _line_blocks, "txt": _line_blocks, "csv": _csv_blocks, "parquet": _parquet_blocks}[fmt]
        blocks.extend(cut(path, fmt, block_size))
    return blocks


def _line_blocks(path: str, fmt: str, size: int) -> Iterator[Block]:
    start = offset = 0
    line = first = 1
    count = 0
    with open(path, "rb") as fh:
        for raw in fh:
            offset += len(raw)
            count += 1
            line += raw.endswith(b"\n")
            if count == size:
                yield Block(path, fmt, start, offset, first)
                start, first, count = offset, line, 0
    if count or start == 0:
        yield Block(path, fmt, start, offset, first)


def _csv_blocks(path: str, fmt: str, size: int) -> Iterator[Block]:
    with open(path, newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        if "text" not in (reader.fieldnames or []):
            raise InvalidInput(message("distributed", "errors.no_text_column", path=path))
        n = sum(1 for _ in reader)
    for start in range(0, max(n, 1), size):
        yield Block(path, fmt, start, min(start + size, n), start + 2)


def _parquet_blocks(path: str, fmt: str, size: int) -> Iterator[Block]:
    import pyarrow.parquet as pq

    meta = pq.ParquetFile(path)
    if "text" not in meta.schema_arrow.names:
        raise InvalidInput(message("distributed", "errors.no_text_column", path=path))
    start = rows = offset = 0
    for group in range(meta.num_row_groups):
        rows += meta.metadata.row_group(group).num_rows
        if rows >= size or group == meta.num_row_groups - 1:
            yield Block(path, fmt, start, group + 1, offset + 1)
            start, offset, rows = group + 1, offset + rows, 0


def read_block(block: Block) -> list[Goal]:
    """(line or row number, goal or the error that rules it out) for every goal of the block."""
    return list({"jsonl": _read_lines, "txt": _read_lines, "csv": _read_csv, "parquet": _read_parquet}
                [block.format](block))


def _read_lines(block: Block) -> Iterator[Goal]:
    with open(block.path, "rb") as fh:
        fh.seek(block.start)
        data = fh.read(block.stop - block.start)
    if block.start == 0 and data.startswith(BOM):
        data = data[len(BOM):]
    for n, raw in enumerate(data.split(b"\n"), start=block.first_line):
        try:
            line = raw.decode("utf-8").rstrip("\r")
        except UnicodeDecodeError:
            yield n, InvalidInput(message("distributed", "errors.bad_encoding"),
                                  line=n, source=block.path)
            continue
        if not line.strip():
            continue
        if block.format == "jsonl":
            yield n, parse_jsonl_line(line, n, block.path)
        else:
            yield n, GoalInput(line.strip())


def _read_csv(block: Block) -> Iterator[Goal]:
    with open(block.path, newline="", encoding="utf-8-sig") as fh:
        records = islice(csv.DictReader(fh), block.start, block.stop)
        for n, record in enumerate(records, start=block.first_line):
            yield n, _goal(record.get("text"), record.get("id"), record.get("ref_date"))


def _read_parquet(block: Block) -> Iterator[Goal]:
    import pyarrow.parquet as pq

    table = pq.ParquetFile(block.path).read_row_groups(range(block.start, block.stop))
    names = set(table.column_names)
    columns = {c: table.column(c).to_pylist() if c in names else [None] * table.num_rows
               for c in ("text", "id", "ref_date")}
    for i in range(table.num_rows):
        yield block.first_line + i, _goal(columns["text"][i], columns["id"][i], columns["ref_date"][i])


def _goal(text: object, ident: object, ref: object) -> GoalInput:
    return GoalInput(text if isinstance(text, str) else "" if text is None else str(text),
                     None if ident in (None, "") else str(ident), ref or None)
