"""Usage errors in French with the English gloss; ``--model`` on every analysing command;
arguments and files checked before any model is loaded; nothing heavy imported."""
from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest
from typer.testing import CliRunner

import smart_nlp.analyzer
from smart_nlp.cli import app

runner = CliRunner()
GOAL = "Gagner 300 abonnés sur TikTok d'ici fin avril en publiant une vidéo par jour"
CORPUS_LINE = {"id": "u-1", "text": GOAL, "ref_date": "2026-01-15",
               "labels": {"specific": True, "measurable": True, "achievable": True, "relevant": False,
                          "time_bound": True},
               "kpi": "followers", "channels": ["tiktok"],
               "targets": [{"kind": "delta", "value": 300, "unit": None, "period": None}],
               "baseline": None, "deadline": "2026-04-30", "has_means": True, "funnel": "see"}


def run(*args: str):
    return runner.invoke(app, list(args))


def flat(s: str) -> str:
    return " ".join(s.split())


@pytest.mark.parametrize("args, french, english", [
    (["analyze", "x", "--foo"], "option inconnue : --foo", "No such option: --foo"),
    (["analyze", "x", "--formt", "json"], "options possibles : --format", "Possible options: --format"),
    (["rewrite"], "argument manquant : TEXT", "Missing argument 'TEXT'"),
    (["train", "--dev", "d.jsonl", "-o", "m"], "option obligatoire manquante : --train", "Missing option '--train'"),
    (["analyze", "x", "--jobs", "deux"], "valeur invalide pour --jobs", "valid integer"),
    (["analyze", "x", "--format", "xml"], "valeur invalide pour --format", "xml"),
    (["analyze", "x", "--ref-date"], "l'option --ref-date attend une valeur", "requires an argument"),
    (["analyse", "x"], "commande inconnue : analyse", "No such command 'analyse'"),
    (["rewrite", "x", "y"], "argument en trop", "unexpected extra argument"),
])
def test_usage_errors_are_french_with_the_english_gloss(args, french, english):
    r = run(*args)
    assert r.exit_code == 2
    err = flat(r.stderr)
    assert err.startswith("Erreur :") and french in err and english.lower() in err.lower()
    assert "--help" in err and "Traceback" not in err


def test_no_arguments_shows_the_french_help():
    r = run()
    assert "analyze" in r.stdout + r.stderr and "Analyse d'objectifs" in r.stdout + r.stderr


@pytest.mark.parametrize("args", [
    ["analyze", "Doubler le CA", "--ref-date", "15/01/2026"],
    ["rewrite", "Doubler le CA", "--ref-date", "demain"],
])
def test_invalid_reference_date_is_bilingual(args):
    r = run(*args)
    assert r.exit_code == 2
    assert "date de référence invalide" in flat(r.stderr) and "invalid reference date" in flat(r.stderr)


def test_audit_missing_file_is_bilingual(tmp_path):
    r = run("audit", str(tmp_path / "absent.md"))
    assert r.exit_code == 2
    assert "fichier introuvable" in flat(r.stderr) and "file not found" in flat(r.stderr)


@pytest.fixture
def no_model_load(monkeypatch):
    """Fails the test if the command asks for an analyzer."""
    def refuse(model=None):
        raise AssertionError(f"model {model!r} loaded before the arguments were checked")
    monkeypatch.setattr(smart_nlp.analyzer, "analyzer_for", refuse)


@pytest.mark.parametrize("args", [
    ["analyze", "   "],
    ["analyze", "Doubler le CA", "--ref-date", "2026-13-45"],
    ["analyze", "--input", "/nonexistent/goals.txt"],
    ["analyze", "Doubler le CA", "-o", "/nonexistent/dir/out.json"],
    ["rewrite", ""],
    ["audit", "/nonexistent/plan.md"],
    ["evaluate", "/nonexistent/corpus.jsonl"],
])
def test_arguments_and_files_are_checked_before_any_model_is_loaded(no_model_load, args):
    r = run(*args)
    assert r.exit_code == 2, r.output
    assert "AssertionError" not in repr(r.exception)


@pytest.mark.parametrize("args", [
    ["analyze", GOAL, "--ref-date", "2026-01-15", "--format", "json"],
    ["rewrite", GOAL, "--ref-date", "2026-01-15"],
])
def test_model_option_accepts_rules_and_a_folder(args):
    rules = run(*args, "--model", "rules")
    shipped = run(*args, "--model", str(smart_nlp.analyzer.shipped_model()))
    default = run(*args)
    assert rules.exit_code == shipped.exit_code == default.exit_code == 0
    assert shipped.stdout == default.stdout
    if args[0] == "analyze":
        assert json.loads(rules.stdout)["smart_score"] != json.loads(default.stdout)["smart_score"]


def test_evaluate_with_the_rules_model(tmp_path):
    corpus = tmp_path / "one.jsonl"
    corpus.write_text(json.dumps(CORPUS_LINE, ensure_ascii=False) + "\n", encoding="utf-8")
    r = run("evaluate", str(corpus), "--model", "rules", "--json")
    assert r.exit_code == 0, r.output
    reports = json.loads(r.stdout)
    assert reports["model"]["criteria"] == reports["rules"]["criteria"]


def test_audit_with_the_rules_model(tmp_path):
    plan = tmp_path / "plan.md"
    plan.write_text(f"# Objectifs 2026\n\n- {GOAL}.\n", encoding="utf-8")
    rules = run("audit", str(plan), "--format", "json", "-o", "-", "--model", "rules", "--ref-date", "2026-01-15")
    default = run("audit", str(plan), "--format", "json", "-o", "-", "--ref-date", "2026-01-15")
    assert rules.exit_code == default.exit_code == 0
    assert rules.stdout != default.stdout and '"smart_score"' in rules.stdout


@pytest.mark.parametrize("command", ["analyze", "rewrite", "evaluate", "audit", "serve"])
def test_every_analysing_command_has_the_model_option(command):
    assert "--model" in run(command, "--help").stdout


@pytest.mark.parametrize("command", [["audit", "x.md"], ["serve"], ["evaluate", "x.jsonl"]])
def test_unknown_model_folder_is_a_bilingual_usage_error(tmp_path, command):
    if command[0] == "evaluate":
        (tmp_path / "x.jsonl").write_text(json.dumps(CORPUS_LINE) + "\n", encoding="utf-8")
    if command[0] == "audit":
        (tmp_path / "x.md").write_text(GOAL + "\n", encoding="utf-8")
    args = [str(tmp_path / a) if a.endswith((".md", ".jsonl")) else a for a in command]
    r = run(*args, "--model", str(tmp_path / "absent"))
    assert r.exit_code == 2
    assert "modèle introuvable" in flat(r.stderr) and "model folder not found" in flat(r.stderr)


@pytest.mark.parametrize("goal", [GOAL, "Ameliorer le referencement du site"])  # the rewrite restores accents
def test_one_goal_in_the_terminal_imports_nothing_heavy(goal):
    """The interactive path: neither spaCy, scikit-learn, numpy, jinja2 nor FastAPI."""
    code = textwrap.dedent(f"""
        import sys
        from smart_nlp.cli import main
        sys.argv = ["smart-nlp", "analyze", {goal!r}, "--ref-date", "2026-01-15"]
        try:
            main()
        except SystemExit as exit:
            heavy = sorted(m for m in ("spacy", "sklearn", "numpy", "jinja2", "fastapi", "scipy") if m in sys.modules)
            print("HEAVY", heavy, exit.code, file=sys.stderr)
    """)
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert "HEAVY [] 0" in r.stderr, r.stderr[-2000:]
    assert "Score SMART" in r.stdout


def test_jobs_beyond_the_cores_are_capped_with_a_note(tmp_path):
    goals = tmp_path / "goals.txt"
    goals.write_text(f"{GOAL}\nDoubler le CA d'ici fin 2026\n", encoding="utf-8")
    many = run("analyze", "--input", str(goals), "--jobs", "512", "--ref-date", "2026-01-15")
    one = run("analyze", "--input", str(goals), "--ref-date", "2026-01-15")
    assert many.exit_code == one.exit_code == 0
    assert many.stdout == one.stdout
    assert "--jobs 512 ramené à" in flat(many.stderr)
