"""Goals at scale: files (JSONL, ``.txt``, CSV, Parquet) or a Dask DataFrame column.

``analyze_files`` plans blocks on the client, runs one task per missing block (each
worker reads its block, analyses it with its own analyzer and writes its part), and
never fails because of a goal: a goal that cannot be analysed is an error row, a
block that cannot be read is reported and left for the next run. ``analyze_frame``
is the same analysis as a lazy ``map_partitions`` for people who already hold a
Dask DataFrame.
"""
from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Callable

from ..analyzer import GoalInput
from ..errors import InvalidInput, parse_ref_date
from ..lang.fr import message
from .blocks import Block, expand, plan, read_block
from .columns import COLUMNS, SCHEMA
from .parts import MANIFEST, check_manifest, part_path, write_part
from .worker import analyze_goals, analyze_rows

BLOCK_SIZE = 1000


@dataclass
class JobReport:
    """What a run did: blocks written now, found done, and those that could not be read."""

    blocks: int
    skipped: int
    goals: int = 0
    errors: int = 0
    failed: list[dict[str, Any]] = field(default_factory=list)


def run_block(block: Block, dest: str, fmt: str, ref_date: date, model: str | None) -> dict[str, Any]:
    """Read, analyse and write one block (runs on a worker); never raises."""
    try:
        goals = read_block(block)
        rows = analyze_rows([(block.path, n, g) for n, g in goals], ref_date, model)
        write_part(rows, dest, fmt)
    except Exception as err:  # an unreadable block is reported and retried on the next run
        return {"source": block.path, "line": block.first_line, "error": f"{type(err).__name__} : {err}"}
    return {"goals": len(rows), "errors": sum(1 for r in rows if r["error"])}


def analyze_files(patterns: list[str], output: str | Path, client: Any, fmt: str = "jsonl",
                  ref_date: date | str | None = None, model: str | None = None, block_size: int = BLOCK_SIZE,
                  watch: Callable[[list], None] | None = None) -> JobReport:
    """Analyse every goal the patterns name into ``output``/part-NNNNN.{jsonl,parquet}.

    Parts already present are kept (resume); ``watch`` receives the futures (a progress bar).
    """
    if fmt not in ("jsonl", "parquet"):
        raise InvalidInput(message("distributed", "errors.bad_output_format", fmt=fmt))
    paths = expand(patterns)
    blocks = plan(paths, block_size)
    folder = Path(output)
    folder.mkdir(parents=True, exist_ok=True)
    ref = _job_ref_date(folder, ref_date)
    check_manifest(folder, {"inputs": [[str(Path(p).resolve()), os.path.getsize(p)] for p in paths],
                            "block_size": block_size, "format": fmt, "ref_date": ref.isoformat(),
                            "model": model, "blocks": len(blocks)})
    todo = [(i, b) for i, b in enumerate(blocks) if not part_path(folder, i, fmt).exists()]
    report = JobReport(blocks=len(blocks), skipped=len(blocks) - len(todo))
    if not todo:
        return report
    run = uuid.uuid4().hex[:8]  # keys unique to this run: the scheduler may still hold a past run's results
    futures = client.map(run_block, [b for _, b in todo], [str(part_path(folder, i, fmt)) for i, _ in todo],
                         fmt=fmt, ref_date=ref, model=model, key=[f"smart-nlp-block-{run}-{i}" for i, _ in todo])
    if watch:
        watch(futures)
    for (i, b), future in zip(todo, futures):
        try:
            result = future.result()
        except Exception as err:  # the worker itself died (memory, signal)
            result = {"source": b.path, "line": b.first_line, "error": f"{type(err).__name__} : {err}"}
        if "error" in result:
            report.failed.append(result)
        else:
            report.goals += result["goals"]
            report.errors += result["errors"]
    return report


def _job_ref_date(folder: Path, ref_date: date | str | None) -> date:
    """The given reference date; without one, the date an interrupted run started with."""
    if ref_date is None and (folder / MANIFEST).exists():
        try:
            return parse_ref_date(json.loads((folder / MANIFEST).read_text(encoding="utf-8"))["ref_date"])
        except (OSError, ValueError, KeyError, TypeError):
            pass
    return parse_ref_date(ref_date)


def frame_meta() -> Any:
    """The empty pandas frame ``analyze_frame`` produces (floats typed, the rest objects)."""
    import pandas as pd
    import pyarrow as pa

    return pd.DataFrame({c: pd.Series(dtype="float64" if pa.types.is_floating(SCHEMA.field(c).type) else "object")
                         for c in COLUMNS})


def _frame_partition(df: Any, text: str, id: str | None, ref_date: date, model: str | None) -> Any:
    import pandas as pd

    ids = df[id].tolist() if id else [None] * len(df)
    goals = [GoalInput(t if isinstance(t, str) else "", None if i is None else str(i))
             for t, i in zip(df[text].tolist(), ids)]
    rows = analyze_goals(goals, ref_date, model)
    dtypes = frame_meta().dtypes
    return pd.DataFrame({c: pd.Series([r[c] for r in rows], index=df.index, dtype=dtypes[c]) for c in COLUMNS})


def analyze_frame(frame: Any, text: str = "text", id: str | None = None, ref_date: date | str | None = None,
                  model: str | None = None) -> Any:
    """A lazy Dask DataFrame of flat rows, one per row of ``frame``, same index and order.

    A pandas DataFrame is cut into partitions of ``BLOCK_SIZE`` rows first.
    """
    import dask.dataframe as dd
    import pandas as pd

    if isinstance(frame, pd.DataFrame):
        frame = dd.from_pandas(frame, chunksize=BLOCK_SIZE, sort=False)
    if not isinstance(frame, dd.DataFrame):
        raise InvalidInput(message("distributed", "errors.not_a_frame", kind=type(frame).__name__))
    missing = [c for c in (text, id) if c and c not in frame.columns]
    if missing:
        raise InvalidInput(message("distributed", "errors.missing_columns", columns=", ".join(missing)))
    return frame.map_partitions(_frame_partition, text, id, parse_ref_date(ref_date), model, meta=frame_meta())
