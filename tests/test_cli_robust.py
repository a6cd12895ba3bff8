"""The command line under careless use (issue 13): files it must not write over, empty
inputs, JSONL line splitting, interruptions and unexpected errors."""
from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time

import pytest
from typer.testing import CliRunner

from conftest import load_examples
from smart_nlp import cli, console
from smart_nlp.cli import app

REF = "2026-01-15"
GOAL = "Augmenter de 20 % les ventes de la cave à vins d'ici fin 2026"
runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, list(args))


def flat(text: str) -> str:
    return " ".join(text.split())


def expand(line: str) -> str:
    line = line.replace("{NESTED}", "[" * 100_000 + "]" * 100_000)
    return re.sub(r"\{U\+([0-9A-F]{4})\}", lambda m: chr(int(m.group(1), 16)), line)


LINE_CASES = load_examples("input_lines")


@pytest.mark.parametrize("case", LINE_CASES, ids=[c["name"] for c in LINE_CASES])
def test_lines_end_at_newline_only(tmp_path, case):
    source = tmp_path / f"goals{case['suffix']}"
    source.write_bytes("\n".join(expand(line) for line in case["lines"]).encode("utf-8"))
    result = run("analyze", "--input", str(source), "--ref-date", REF, "-f", "jsonl")
    rows = [json.loads(line) for line in result.stdout.split("\n") if line.strip()]
    assert [[r.get("line", n), "error" not in r] for r, (n, _) in zip(rows, case["goals"])] == case["goals"]
    assert len(rows) == len(case["goals"])
    assert result.exit_code == (0 if all(ok for _, ok in case["goals"]) else 1)
    assert "Traceback" not in result.output


@pytest.mark.parametrize("content", ["", "  \n\n\t\n", "\ufeff\n"])
def test_an_empty_input_is_an_error_that_keeps_the_previous_output(tmp_path, content):
    source, out = tmp_path / "goals.txt", tmp_path / "out.jsonl"
    source.write_text(content, encoding="utf-8")
    out.write_text("résultats précédents\n", encoding="utf-8")
    result = run("analyze", "--input", str(source), "-o", str(out))
    assert result.exit_code == 2
    assert "vide" in flat(result.output) and "(empty input)" in flat(result.output)
    assert out.read_text(encoding="utf-8") == "résultats précédents\n"


def test_the_output_is_never_the_input(tmp_path):
    source = tmp_path / "goals.txt"
    source.write_text(GOAL + "\n", encoding="utf-8")
    os.symlink(source, tmp_path / "alias.txt")
    for target in (source, tmp_path / "alias.txt"):
        result = run("analyze", "--input", str(source), "-o", str(target))
        assert result.exit_code == 2 and "fichier d'entrée" in flat(result.output)
    assert source.read_text(encoding="utf-8") == GOAL + "\n"


def test_a_fifo_or_a_device_is_never_replaced(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for target in (str(fifo), os.devnull):
        result = run("analyze", GOAL, "--ref-date", REF, "-o", target)
        assert result.exit_code == 2 and "fichier ordinaire" in flat(result.output), result.output
    assert fifo.is_fifo() and os.path.exists(os.devnull) and not os.path.isfile(os.devnull)


@pytest.mark.parametrize("target", ["/proc/smart-nlp-out.json", "{tmp}"])
def test_an_unwritable_output_is_a_clear_error(tmp_path, target):
    result = run("analyze", GOAL, "--ref-date", REF, "-o", target.format(tmp=tmp_path))
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output and "(" in result.output


def test_jobs_are_capped_at_the_cores(tmp_path, monkeypatch):
    import smart_nlp.analyzer as analyzer

    monkeypatch.setattr(analyzer, "available_cores", lambda: 1)
    monkeypatch.setattr(analyzer, "_parallel_pipe", lambda *a, **k: pytest.fail("no worker on one core"))
    source = tmp_path / "goals.txt"
    source.write_text(GOAL + "\n" + GOAL + "\n", encoding="utf-8")
    result = run("analyze", "--input", str(source), "--jobs", "32", "--ref-date", REF)
    assert result.exit_code == 0 and len(result.stdout.strip().split("\n")) == 2


def test_an_unexpected_error_says_where_to_report_it_without_a_traceback(monkeypatch, capsys):
    def broken(*args, **kwargs):
        raise KeyError("internal")

    monkeypatch.setattr(cli, "_analyze_one", broken)
    monkeypatch.setattr(sys, "argv", ["smart-nlp", "analyze", GOAL])
    with pytest.raises(SystemExit) as stop:
        cli.main()
    assert stop.value.code == console.EXIT_BUG == 70
    err = flat(capsys.readouterr().err)
    assert "Erreur inattendue (KeyError)" in err and "please report" in err
    assert "Traceback" not in err and ".py" not in err


def cli_process(*args, **kwargs) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p))
    return subprocess.Popen([sys.executable, "-m", "smart_nlp.cli", *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kwargs)


def test_an_undecodable_byte_in_an_argument_is_analysed(tmp_path):
    proc = cli_process(b"analyze", "Vendre 40 paniers garnis ".encode() + b"\xff" + " avant Noël".encode(),
                       b"--ref-date", REF.encode(), b"-f", b"json")
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err.decode()
    result = json.loads(out)
    assert "\ufffd" in result["text"] and result["deadline"]


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_an_interrupted_run_leaves_the_previous_output_and_no_temporary_file(tmp_path, sig):
    source, out = tmp_path / "goals.txt", tmp_path / "out.jsonl"
    source.write_text("\n".join(f"{GOAL} ({n})" for n in range(200_000)), encoding="utf-8")
    out.write_text("résultats précédents\n", encoding="utf-8")
    proc = cli_process("analyze", "--input", str(source), "-o", str(out), "--ref-date", REF)
    try:
        deadline = time.monotonic() + 300
        while not list(tmp_path.glob(".out.jsonl.*.tmp")):  # the run is writing its output
            assert proc.poll() is None and time.monotonic() < deadline, "no temporary output within 300 s"
            time.sleep(0.05)
        proc.send_signal(sig)
        _, err = proc.communicate(timeout=120)
    finally:  # a failed wait must not leave 200 000 goals being analysed behind the test run
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 128 + sig
    assert "Interrompu" in err.decode() and "Traceback" not in err.decode()
    assert out.read_text(encoding="utf-8") == "résultats précédents\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["goals.txt", "out.jsonl"]
