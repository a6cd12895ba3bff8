"""Output parts: one file per input block, written atomically, so a re-run can resume.

A part is complete on disk or absent (temporary file + rename), so the parts present
after an interruption are exactly the finished ones. ``_manifest.json`` records what
the parts were cut from; a re-run into the same folder with other inputs or settings
is refused rather than mixed in.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..errors import InvalidInput
from ..lang.fr import message
from ..io import atomic_writer, lines, write_atomic
from .columns import SCHEMA

SUFFIX = {"jsonl": ".jsonl", "parquet": ".parquet"}
MANIFEST = "_manifest.json"


def part_path(folder: str | Path, index: int, fmt: str) -> Path:
    return Path(folder) / f"part-{index:05d}{SUFFIX[fmt]}"


def write_part(rows: list[dict[str, Any]], path: str | Path, fmt: str) -> None:
    """Write the rows of one block (JSONL: one object a line; Parquet: the fixed schema)."""
    if fmt == "jsonl":
        with atomic_writer(path) as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        return
    import pyarrow as pa
    import pyarrow.parquet as pq

    with atomic_writer(path, encoding=None) as fh:
        pq.write_table(pa.Table.from_pylist(rows, schema=SCHEMA), fh)


def read_parts(folder: str | Path) -> list[dict[str, Any]]:
    """Every row of a finished job, in input order (parts are named in block order)."""
    rows: list[dict[str, Any]] = []
    for path in sorted(Path(folder).glob("part-*")):
        if path.suffix == ".jsonl":
            rows.extend(json.loads(line) for line in lines(path.read_text(encoding="utf-8")) if line)
        elif path.suffix == ".parquet":
            import pyarrow.parquet as pq

            rows.extend(pq.read_table(path).to_pylist())
    return rows


def check_manifest(folder: str | Path, manifest: dict[str, Any]) -> None:
    """Record what the job is; refuse a folder that holds another job's parts."""
    path = Path(folder) / MANIFEST
    if path.exists():
        try:
            previous = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            previous = None
        if previous != manifest:
            raise InvalidInput(message("distributed", "errors.other_job", folder=folder))
        return
    write_atomic(path, json.dumps(manifest, ensure_ascii=False, indent=2) + "\n")
