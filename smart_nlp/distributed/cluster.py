"""Connect to a running Dask scheduler, or start a ``LocalCluster`` sized to the machine.

spaCy and the scorers hold the GIL, so a local worker is a process with one thread:
as many workers as cores, each with its share of the memory. The dashboard needs
``bokeh``; without it the cluster runs all the same and the caller is told why there is
no link.
"""
from __future__ import annotations

import importlib.util
import logging
import os
from contextlib import contextmanager
from typing import Callable, Iterator

from distributed import Client, LocalCluster

from ..errors import InvalidInput
from ..lang.fr import message
from .worker import AnalyzerPlugin

CONNECT_TIMEOUT = "10s"


def local_workers() -> int:
    """The cores this process may use (the CPU affinity, not the machine's total)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


def has_dashboard() -> bool:
    return importlib.util.find_spec("bokeh") is not None


@contextmanager
def open_client(scheduler: str | None = None, n_workers: int | None = None, processes: bool = True,
                model: str | None = None, say: Callable[[str], None] = lambda _: None) -> Iterator[Client]:
    """A client with the analyzer plugin registered on every worker (now and later)."""
    if scheduler:
        try:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT)
        except (OSError, ValueError, TypeError) as err:
            raise InvalidInput(message("distributed", "errors.unreachable", scheduler=scheduler, error=err)) from err
        cluster = None
    else:
        cluster = LocalCluster(n_workers=n_workers or local_workers(), threads_per_worker=1, processes=processes,
                               dashboard_address=":0" if has_dashboard() else None, silence_logs=logging.ERROR)
        client = Client(cluster)
    try:
        if has_dashboard() and client.dashboard_link:
            say(message("distributed", "dashboard", link=client.dashboard_link))
        elif not scheduler:
            say(message("distributed", "no_dashboard"))
        client.register_plugin(AnalyzerPlugin(model))
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
