"""Atomic file writing: a report or a model is complete on disk, or not there at all.

The previous file stays as it was until the new one is complete, whatever stops the
writing (an error, Ctrl+C, SIGTERM turned into an exception by the command line), and
the temporary file never outlives the attempt. Outputs that writing would destroy (a
device, a named pipe, a folder, the input itself) are refused before anything is written.
"""
from __future__ import annotations

import os
import signal
import stat
import tempfile
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
    held = _hold_interrupts()
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as err:
        _release_interrupts(held)
        raise SmartNLPError(say("output.unwritable", path=path, reason=err.strerror)) from err
    try:
        _release_interrupts(held)
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


_INTERRUPTS = {signal.SIGINT, signal.SIGTERM}


def _hold_interrupts() -> set | None:
    """Hold Ctrl+C and SIGTERM while the temporary file is created, so that an interruption
    can only be raised once the code that removes the file is in place (between the file's
    creation and the ``try`` it would otherwise be left behind). No-op where signal masks
    do not exist (Windows)."""
    if not hasattr(signal, "pthread_sigmask"):
        return None
    return signal.pthread_sigmask(signal.SIG_BLOCK, _INTERRUPTS)


def _release_interrupts(held: set | None) -> None:
    """Restore the mask saved by ``_hold_interrupts``: a signal that came meanwhile is raised now."""
    if held is not None:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


def _remove(tmp: str) -> None:
    try:
        os.unlink(tmp)
    except FileNotFoundError:
        pass


def write_atomic(path: str | Path, content: str, encoding: str = "utf-8") -> None:
    """Write ``content`` to ``path`` atomically (see ``atomic_writer``)."""
    with atomic_writer(path, encoding=encoding, newline="") as fh:
        fh.write(content)
