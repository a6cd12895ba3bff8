"""An interruption that lands just after the temporary file is created (found as a flaky
SIGTERM test under heavy load) must still leave no temporary file and the old output."""
from __future__ import annotations

import os
import signal

import pytest

from smart_nlp import io as smart_io


class Stopped(Exception):
    pass


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_right_after_the_temporary_file_is_created_leaves_nothing(tmp_path, monkeypatch, sig):
    target = tmp_path / "rapport.md"
    target.write_text("ancien rapport\n", encoding="utf-8")
    created = smart_io._create

    def create_then_signal(*args, **kwargs):
        made = created(*args, **kwargs)
        os.kill(os.getpid(), sig)  # lands before the writer's clean-up is in place
        return made

    def stop(signum, frame):
        raise Stopped(signum)

    previous = signal.signal(sig, stop)
    monkeypatch.setattr(smart_io, "_create", create_then_signal)
    try:
        with pytest.raises(Stopped):
            with smart_io.atomic_writer(target) as fh:
                fh.write("nouveau rapport\n")
    finally:
        signal.signal(sig, previous)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rapport.md"]
    assert target.read_text(encoding="utf-8") == "ancien rapport\n"
