"""The command line, through its real entry points (SPEC sections 1 and 2).

Most tests drive ``smart_nlp.cli.app`` with typer's ``CliRunner``; a few run the
installed ``smart-nlp`` console script in a subprocess, as a user would.
"""
from __future__ import annotations

import gc
import json
import multiprocessing
import os
import re
import shutil
import stat
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from smart_nlp.cli import app

REF = "2026-01-15"
SPEC_GOAL = "Je veux multiplier par 10 mon CA depuis LinkedIn d'ici 3 mois"
SMART_GOAL = "Augmenter de 20 % le CA issu de LinkedIn d'ici 6 mois en publiant 3 posts par semaine"
VAGUE_GOAL = "Augmenter les ventes"
SPEC_KEYS = {"text", "ref_date", "kpi", "channels", "targets", "baseline", "deadline", "means",
             "funnel", "criteria", "smart_score", "suggestion"}
CRITERIA = {"specific", "measurable", "achievable", "relevant", "time_bound"}

runner = CliRunner()


def run(*args: str, input: str | bytes | None = None):
    return runner.invoke(app, list(args), input=input)


def flat(s: str) -> str:
    """Rich wraps stderr at the console width: compare on single-spaced text."""
    return " ".join(s.split())


def squash(s: str) -> str:
    """Without any whitespace: rich may break a long path in the middle."""
    return "".join(s.split())


def jsonl(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def check_offsets(d: dict) -> None:
    text = d["text"]
    spans = list(d["targets"]) + list(d["means"])
    spans += [x for x in (d["baseline"], d["deadline"]) if x]
    for sp in spans:
        assert 0 <= sp["start"] < sp["end"] <= len(text), sp
        assert text[sp["start"]:sp["end"]] == sp["text"], sp


def check_spec_object(d: dict) -> None:
    assert SPEC_KEYS <= set(d)
    assert set(d["criteria"]) == CRITERIA
    for verdict in d["criteria"].values():
        assert {"met", "score", "reasons", "advice"} <= set(verdict)
        assert isinstance(verdict["met"], bool)
        assert 0 <= verdict["score"] <= 1
    assert 0 <= d["smart_score"] <= 100
    for t in d["targets"]:
        assert {"kind", "value", "unit", "period", "text", "start", "end"} <= set(t)
    if d["deadline"]:
        assert {"date", "text", "start", "end"} <= set(d["deadline"])
    check_offsets(d)


# --- one goal -----------------------------------------------------------------

def test_text_report_for_one_goal():
    res = run("analyze", SPEC_GOAL, "--ref-date", REF)
    assert res.exit_code == 0, res.output
    assert "Spécifique" in res.stdout
    assert "Score SMART" in res.stdout
    assert "15 avril 2026" in res.stdout


def test_json_format_is_the_spec_object():
    res = run("analyze", SPEC_GOAL, "--format", "json", "--ref-date", REF)
    assert res.exit_code == 0, res.output
    d = json.loads(res.stdout)
    check_spec_object(d)
    assert "id" not in d
    assert d["text"] == SPEC_GOAL
    assert d["ref_date"] == REF
    assert d["kpi"] == "revenue"
    assert d["channels"] == ["linkedin"]
    assert [(t["kind"], t["value"], t["text"], t["start"], t["end"]) for t in d["targets"]] == [
        ("factor", 10, "multiplier par 10", 8, 25)]
    assert d["deadline"] == {"date": "2026-04-15", "text": "d'ici 3 mois", "start": 49, "end": 61}
    assert d["funnel"] == "do"
    assert d["criteria"]["achievable"]["met"] is False
    assert d["criteria"]["achievable"]["advice"]
    assert isinstance(d["suggestion"], str) and d["suggestion"]


@pytest.mark.parametrize("ref, expected", [
    ("2026-01-15", "2026-04-15"),
    ("2026-01-31", "2026-04-30"),   # day clipped to the end of April
    ("2025-11-30", "2026-02-28"),
])
def test_ref_date_option_sets_the_deadline(ref, expected):
    res = run("analyze", "Doubler le CA issu de LinkedIn d'ici 3 mois", "-f", "json", "--ref-date", ref)
    assert res.exit_code == 0, res.output
    d = json.loads(res.stdout)
    assert d["ref_date"] == ref
    assert d["deadline"]["date"] == expected


@pytest.mark.parametrize("bad", ["2026-13-45", "15/01/2026", "demain"])
def test_invalid_ref_date_is_a_usage_error_naming_the_value(bad):
    res = run("analyze", SPEC_GOAL, "--ref-date", bad)
    assert res.exit_code == 2
    assert bad in flat(res.stderr)
    assert res.stdout == ""


def test_no_goal_and_no_input_is_a_usage_error():
    res = run("analyze")
    assert res.exit_code == 2
    assert "--input" in res.stderr


def test_goal_and_input_together_is_a_usage_error(tmp_path):
    f = tmp_path / "goals.txt"
    f.write_text("Doubler le CA\n", encoding="utf-8")
    res = run("analyze", SPEC_GOAL, "--input", str(f))
    assert res.exit_code == 2
    assert "--input" in res.stderr
    assert res.stdout == ""


@pytest.mark.parametrize("blank", ["", "   ", "\t\n "])
def test_empty_goal_is_a_usage_error(blank):
    res = run("analyze", blank)
    assert res.exit_code == 2
    assert "vide" in res.stderr and "empty goal" in flat(res.stderr)
    assert "Traceback" not in res.output


def test_huge_goal_is_a_usage_error():
    goal = ("Augmenter les ventes de 10 % sur LinkedIn. " * 3000)[:100_000]
    assert len(goal) == 100_000
    res = run("analyze", goal)
    assert res.exit_code == 2
    msg = flat(res.stderr)
    assert "100 000" in msg and "5 000" in msg
    assert "too long" in msg
    assert res.stdout == ""


def test_huge_goal_message_keeps_its_punctuation():
    # Only the digit groups get narrow no-break spaces, not the commas of the sentence.
    res = run("analyze", "a" * 100_000)
    assert res.exit_code == 2
    msg = flat(res.stderr)
    assert "caractères, maximum" in msg
    assert "document entier, utilisez" in msg


# --- files --------------------------------------------------------------------

TXT_GOALS = [
    "Augmenter les ventes de 20 % d'ici fin 2026",
    "Doubler le trafic du blog en 6 mois",
    "Gagner 500 abonnés Instagram avant fin mars",
    "Augmenter le CA",
]


def test_txt_input_gives_jsonl_in_input_order(tmp_path):
    f = tmp_path / "goals.txt"
    # A blank line and surrounding blanks are ignored.
    f.write_text(f"{TXT_GOALS[0]}\n\n  {TXT_GOALS[1]}  \n{TXT_GOALS[2]}\n{TXT_GOALS[3]}\n", encoding="utf-8")
    res = run("analyze", "--input", str(f), "--ref-date", REF)
    assert res.exit_code == 0, res.output
    rows = jsonl(res.stdout)
    assert [r["text"] for r in rows] == TXT_GOALS
    for r in rows:
        check_spec_object(r)
        assert r["ref_date"] == REF
    assert rows[0]["deadline"]["date"] == "2026-12-31"
    assert rows[1]["deadline"]["date"] == "2026-07-15"
    assert rows[2]["deadline"]["date"] == "2026-03-31"
    assert rows[3]["deadline"] is None


def test_jsonl_input_carries_id_and_ref_date(tmp_path):
    f = tmp_path / "goals.jsonl"
    lines = [
        {"id": "a", "text": "Doubler le CA issu de LinkedIn d'ici 3 mois", "ref_date": "2026-01-31"},
        {"id": 7, "text": "Doubler le CA issu de LinkedIn d'ici 3 mois", "ref_date": "2025-06-30"},
        {"text": "Doubler le CA issu de LinkedIn d'ici 3 mois"},
    ]
    f.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8")
    res = run("analyze", "--input", str(f), "--ref-date", "2026-03-10")
    assert res.exit_code == 0, res.output
    rows = jsonl(res.stdout)
    assert len(rows) == 3
    assert rows[0]["id"] == "a"
    assert (rows[0]["ref_date"], rows[0]["deadline"]["date"]) == ("2026-01-31", "2026-04-30")
    assert rows[1]["id"] == "7"
    assert (rows[1]["ref_date"], rows[1]["deadline"]["date"]) == ("2025-06-30", "2025-09-30")
    assert "id" not in rows[2] or rows[2]["id"] is None
    assert (rows[2]["ref_date"], rows[2]["deadline"]["date"]) == ("2026-03-10", "2026-06-10")
    for r in rows:
        check_spec_object(r)


def test_jsonl_bad_lines_are_reported_and_others_analysed(tmp_path):
    f = tmp_path / "goals.jsonl"
    f.write_text(
        '{"id": "ok1", "text": "Doubler le CA en 3 mois"}\n'        # 1
        'ceci n\'est pas du JSON\n'                                  # 2
        '[1, 2, 3]\n'                                                # 3
        '\n'                                                         # 4 (blank: skipped)
        '{"id": "notext"}\n'                                         # 5
        '{"id": "baddate", "text": "Doubler le CA", "ref_date": "2026-02-30"}\n'  # 6
        '{"id": "ok2", "text": "Gagner 500 abonnés Instagram d\'ici 6 mois"}\n',  # 7
        encoding="utf-8")
    res = run("analyze", "--input", str(f), "--ref-date", REF)
    assert res.exit_code == 1, res.output
    rows = jsonl(res.stdout)
    assert len(rows) == 6
    good = [r for r in rows if "error" not in r]
    bad = [r for r in rows if "error" in r]
    assert [r["id"] for r in good] == ["ok1", "ok2"]
    assert good[0]["deadline"]["date"] == "2026-04-15"
    assert good[1]["kpi"] == "followers"
    assert [r["line"] for r in bad] == [2, 3, 5, 6]
    for r in bad:
        assert f"{f}:{r['line']}:" in r["error"]
    assert "JSON" in bad[0]["error"]
    assert "objet" in bad[1]["error"]
    assert "text" in bad[2]["error"]
    assert "2026-02-30" in bad[3]["error"]
    # Output keeps the input order: good, 4 errors, good.
    assert ["error" in r for r in rows] == [False, True, True, True, True, False]
    err = flat(res.stderr)
    for n in (2, 3, 5, 6):
        assert squash(f"{f}:{n}:") in squash(res.stderr)
    assert "4 ligne(s) en erreur sur 6" in err


def test_binary_file_is_a_usage_error(tmp_path):
    f = tmp_path / "goals.txt"
    f.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    res = run("analyze", "--input", str(f))
    assert res.exit_code == 2
    assert "binaire" in res.stderr
    assert res.stdout == ""


def test_invalid_utf8_is_a_usage_error_with_its_line(tmp_path):
    f = tmp_path / "goals.txt"
    # Lines 1-3 are valid UTF-8 (line 2 has an « é »), line 4 is Latin-1.
    f.write_bytes(b"Doubler le CA\nGagner 500 abonn\xc3\xa9s\nAugmenter les ventes\nDoubler les ventes \xe9t\xe9\n")
    res = run("analyze", "--input", str(f))
    assert res.exit_code == 2
    msg = flat(res.stderr)
    assert squash(f"{f}:4:") in squash(res.stderr)
    assert "UTF-8" in msg
    assert res.stdout == ""


def test_missing_file_is_a_usage_error(tmp_path):
    missing = tmp_path / "absent.txt"
    res = run("analyze", "--input", str(missing))
    assert res.exit_code == 2
    assert str(missing) in squash(res.stderr)
    assert "introuvable" in res.stderr


def test_directory_as_input_is_a_usage_error(tmp_path):
    res = run("analyze", "--input", str(tmp_path))
    assert res.exit_code == 2
    assert "dossier" in res.stderr


def test_stdin_input_with_dash():
    res = run("analyze", "--input", "-", "--ref-date", REF,
              input="Doubler le CA en 3 mois\n\nGagner 500 abonnés Instagram d'ici 6 mois\n")
    assert res.exit_code == 0, res.output
    rows = jsonl(res.stdout)
    assert [r["text"] for r in rows] == ["Doubler le CA en 3 mois", "Gagner 500 abonnés Instagram d'ici 6 mois"]
    assert rows[0]["deadline"]["date"] == "2026-04-15"


def test_output_file_is_written_atomically(tmp_path):
    src = tmp_path / "goals.txt"
    src.write_text("\n".join(TXT_GOALS) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text("old content\n", encoding="utf-8")
    res = run("analyze", "--input", str(src), "--ref-date", REF, "--output", str(out))
    assert res.exit_code == 0, res.output
    assert res.stdout == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["goals.txt", "out.jsonl"]
    rows = jsonl(out.read_text(encoding="utf-8"))
    assert [r["text"] for r in rows] == TXT_GOALS
    assert out.read_text(encoding="utf-8").endswith("\n")


def test_output_file_for_one_goal_in_json(tmp_path):
    out = tmp_path / "one.json"
    res = run("analyze", SPEC_GOAL, "-f", "json", "--ref-date", REF, "-o", str(out))
    assert res.exit_code == 0, res.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["one.json"]
    check_spec_object(json.loads(out.read_text(encoding="utf-8")))


def test_output_file_untouched_when_the_input_is_unreadable(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text("previous results\n", encoding="utf-8")
    res = run("analyze", "--input", str(tmp_path / "absent.txt"), "--output", str(out))
    assert res.exit_code == 2
    assert out.read_text(encoding="utf-8") == "previous results\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]


def test_output_file_has_ordinary_permissions(tmp_path):
    # atomic_output renames a temporary file created 0600: the result must get
    # the permissions an ordinary open() would give (0666 minus the umask).
    out = tmp_path / "out.json"
    res = run("analyze", SPEC_GOAL, "-f", "json", "--ref-date", REF, "-o", str(out))
    assert res.exit_code == 0, res.output
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~umask


def test_output_in_missing_directory_is_a_usage_error(tmp_path):
    # Not a traceback with exit code 1: a clear message naming the path, exit code 2.
    out = tmp_path / "no" / "such" / "dir" / "out.json"
    res = run("analyze", SPEC_GOAL, "-f", "json", "--ref-date", REF, "-o", str(out))
    assert res.exit_code == 2
    assert str(out) in squash(res.stderr)
    assert "Traceback" not in res.output


@pytest.mark.parametrize("name, content", [
    ("goals.txt", "\n".join(TXT_GOALS * 3) + "\n"),
    ("goals.jsonl", "\n".join([
        json.dumps({"id": "a", "text": TXT_GOALS[0], "ref_date": "2026-02-01"}, ensure_ascii=False),
        "pas du json",
        json.dumps({"id": "b", "text": TXT_GOALS[1]}, ensure_ascii=False),
        json.dumps({"id": "c", "text": "  "}),
        json.dumps({"id": "d", "text": TXT_GOALS[2], "ref_date": "2025-12-01"}, ensure_ascii=False),
    ]) + "\n"),
], ids=["txt", "jsonl"])
def test_jobs_2_gives_the_same_output_as_jobs_1(tmp_path, name, content):
    # Same lines, same order, same errors whatever the number of worker processes.
    f = tmp_path / name
    f.write_text(content, encoding="utf-8")
    one = run("analyze", "--input", str(f), "--ref-date", REF, "--jobs", "1")
    two = run("analyze", "--input", str(f), "--ref-date", REF, "--jobs", "2")
    try:
        assert one.exception is None or isinstance(one.exception, SystemExit), one.exception
        assert two.exception is None or isinstance(two.exception, SystemExit), two.exception
        assert two.exit_code == one.exit_code, two.output
        assert two.stdout == one.stdout
        assert len(jsonl(one.stdout)) == len([x for x in content.splitlines() if x.strip()])
        # The worker processes are gone once the command returns (none left waiting).
        assert multiprocessing.active_children() == []
    finally:
        for proc in multiprocessing.active_children():
            proc.terminate()
            proc.join(10)
        del one, two
        gc.collect()


# --- rewrite ------------------------------------------------------------------

def test_rewrite_vague_goal_prints_one_line_with_placeholder():
    res = run("rewrite", VAGUE_GOAL, "--ref-date", REF)
    assert res.exit_code == 0, res.output
    lines = res.stdout.splitlines()
    assert len(lines) == 1
    assert re.search(r"\[[^\[\]]+\]", lines[0])
    assert "ventes" in lines[0]


def test_rewrite_smart_goal_prints_it_unchanged():
    res = run("rewrite", SMART_GOAL, "--ref-date", REF)
    assert res.exit_code == 0, res.output
    assert res.stdout.splitlines() == [SMART_GOAL]


def test_rewrite_empty_goal_is_a_usage_error():
    res = run("rewrite", "  ")
    assert res.exit_code == 2
    assert "vide" in res.stderr


# --- the installed console script ---------------------------------------------

def _script() -> str:
    exe = shutil.which("smart-nlp") or os.path.join(os.path.dirname(sys.executable), "smart-nlp")
    assert os.path.exists(exe), "the smart-nlp console script is not installed (pip install -e .)"
    return exe


def test_console_script_json_for_one_goal():
    proc = subprocess.run([_script(), "analyze", SPEC_GOAL, "--format", "json", "--ref-date", REF],
                          capture_output=True, text=True, encoding="utf-8", timeout=300)
    assert proc.returncode == 0, proc.stderr
    d = json.loads(proc.stdout)
    check_spec_object(d)
    assert d["deadline"]["date"] == "2026-04-15"


def test_console_script_stdin_and_partial_failure():
    # stdin is read as .txt: one goal a line; a line with no letters is an error.
    proc = subprocess.run([_script(), "analyze", "--input", "-", "--ref-date", REF],
                          input="Doubler le CA en 3 mois\n12 345\nGagner 500 abonnés\n".encode("utf-8"),
                          capture_output=True, timeout=300)
    assert proc.returncode == 1, proc.stderr.decode("utf-8", "replace")
    rows = jsonl(proc.stdout.decode("utf-8"))
    assert [r.get("text") for r in rows] == ["Doubler le CA en 3 mois", None, "Gagner 500 abonnés"]
    assert rows[1]["line"] == 2
    assert re.match(r"(?:-|<stdin>):2: ", rows[1]["error"])
    assert "lettre" in rows[1]["error"]


def test_console_script_usage_error_exit_code():
    proc = subprocess.run([_script(), "analyze", "--ref-date", "2026-02-30", SPEC_GOAL],
                          capture_output=True, text=True, encoding="utf-8", timeout=300)
    assert proc.returncode == 2
    assert "2026-02-30" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_jsonl_error_line_keeps_its_id_and_stdin_is_read_as_jsonl():
    content = "\n".join([json.dumps({"id": "ok", "text": TXT_GOALS[0]}, ensure_ascii=False),
                         json.dumps({"id": "sans-texte"})]) + "\n"
    res = run("analyze", "--input", "-", "--ref-date", REF, input=content)
    assert res.exit_code == 1
    rows = jsonl(res.stdout)
    assert rows[0]["id"] == "ok" and "criteria" in rows[0]
    assert rows[1]["id"] == "sans-texte" and rows[1]["line"] == 2
    assert "<stdin>:2" in rows[1]["error"]
