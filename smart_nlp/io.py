"""Atomic file writing: a report or a model is complete on disk, or not there at all."""
from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterator

from .errors import SmartNLPError


@contextmanager
def atomic_writer(path: str | Path, encoding: str | None = "utf-8", newline: str | None = None) -> Iterator[IO]:
    """Yield a file beside ``path``; on success flush it to disk and rename it over ``path``.
    ``encoding=None`` yields a binary file (Parquet)."""
    path = Path(path).resolve()
    if not path.parent.is_dir():
        raise SmartNLPError(f"impossible d'écrire {path} : le dossier {path.parent} n'existe pas "
                            "(output directory not found)")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with (os.fdopen(fd, "wb") if encoding is None else
              os.fdopen(fd, "w", encoding=encoding, newline=newline)) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def write_atomic(path: str | Path, content: str, encoding: str = "utf-8") -> None:
    """Write ``content`` to ``path`` atomically (see ``atomic_writer``)."""
    with atomic_writer(path, encoding=encoding, newline="") as fh:
        fh.write(content)
