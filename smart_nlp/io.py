"""Atomic file writing: a report or a model is complete on disk, or not there at all.

The previous file stays as it was until the new one is complete, whatever stops the
writing (an error, Ctrl+C, SIGTERM turned into an exception by the command line), and
the temporary file never outlives the attempt. Outputs that writing would destroy (a
device, a named pipe, a folder, the input itself) are refused before anything is written.
"""
from __future__ import annotations

import os
import secrets
import stat
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterable, Iterator

from .errors import SmartNLPError, say


def lines(text: str) -> list[str]:
    """The lines of a text or JSONL file: split on « \\n » only (a trailing « \\r » dropped), so
    that U+2028, U+0085 or a form feed inside a goal stay in it and line numbers match editors'."""
    return [line[:-1] if line.endswith("\r") else line for line in text.split("\n")]


def check_output(path: str | Path, inputs: Iterable[str | Path] = ()) -> Path:
    """The resolved output path, or a ``SmartNLPError`` if writing there would destroy something."""
    path = Path(path)
    shown = str(path)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        info = None
    except OSError as err:
        raise SmartNLPError(say("output.unwritable", path=shown, reason=err.strerror)) from err
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            raise SmartNLPError(say("output.directory", path=shown))
        if not stat.S_ISREG(info.st_mode):
            raise SmartNLPError(say("output.not_regular", path=shown))
        for source in inputs:
            if str(source) != "-" and os.path.exists(source) and os.path.samefile(path, source):
                raise SmartNLPError(say("output.is_input", path=shown))
    resolved = path.resolve()
    if not resolved.parent.is_dir():
        raise SmartNLPError(say("output.no_folder", path=resolved, folder=resolved.parent))
    return resolved


@contextmanager
def atomic_writer(path: str | Path, encoding: str | None = "utf-8", newline: str | None = None,
                  errors: str = "strict") -> Iterator[IO]:
    """Yield a file beside ``path``; on success flush it to disk and rename it over ``path``.
    ``encoding=None`` yields a binary file (Parquet)."""
    path = check_output(path)
    tmp = str(path.parent / f".{path.name}.{secrets.token_hex(6)}.tmp")
    try:  # named before it exists, so that an interruption at any point after its creation removes it
        fd = _create(tmp)
        with (os.fdopen(fd, "wb") if encoding is None else
              os.fdopen(fd, "w", encoding=encoding, newline=newline, errors=errors)) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except OSError as err:
        _remove(tmp)
        raise SmartNLPError(say("output.unwritable", path=path, reason=err.strerror)) from err
    except BaseException:
        _remove(tmp)
        raise


def _create(tmp: str) -> int:
    """Create the temporary file, private to its owner until it is renamed (a signal mask
    cannot guard this: another thread of the process may take the signal)."""
    return os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)


def _remove(tmp: str) -> None:
    try:
        os.unlink(tmp)
    except FileNotFoundError:
        pass


def write_atomic(path: str | Path, content: str, encoding: str = "utf-8") -> None:
    """Write ``content`` to ``path`` atomically (see ``atomic_writer``)."""
    with atomic_writer(path, encoding=encoding, newline="") as fh:
        fh.write(content)
