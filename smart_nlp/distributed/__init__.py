"""Analyse and audit large collections on Dask (``pip install 'smart_nlp[dask]'``).

- ``analyze_files(patterns, output, client)``: goals from JSONL/CSV/Parquet files into
  flat JSONL or Parquet parts, resumable; ``analyze_frame(ddf)``: the same on a Dask
  DataFrame column.
- ``audit_files(patterns, output, client)``: one task per document, a JSON report per
  document and a collection summary.
- ``open_client(scheduler)``: a client on a running scheduler or on a ``LocalCluster``,
  with one analyzer loaded per worker.

Names load on first use, so that the CLI can say « install the dask extra » instead of
failing on import when Dask is absent.
"""
from importlib import import_module

_HOMES = {"open_client": "cluster", "COLUMNS": "columns", "SCHEMA": "columns", "flatten": "columns",
          "audit_files": "documents", "JobReport": "goals", "analyze_files": "goals", "analyze_frame": "goals",
          "read_parts": "parts"}

__all__ = sorted(_HOMES)


def __getattr__(name: str):
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f".{_HOMES[name]}", __name__), name)
