"""The package's shape: no import cycles between its modules (issue 14).

The graph is read from the source with ``ast`` (nothing is imported): an edge for every
``import``/``from … import`` of another smart_nlp module, function-level imports included,
``from . import name`` counting as an import of the submodule ``name``.
"""
from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "smart_nlp"


def modules() -> dict[str, Path]:
    out = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        out[name] = path
    return out


def import_graph() -> dict[str, set[str]]:
    mods = modules()
    graph: dict[str, set[str]] = {}
    for name, path in mods.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        deps: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")[: len(package.split(".")) - node.level + 1]
                    source = ".".join(base + ([node.module] if node.module else []))
                else:
                    source = node.module or ""
                subs = [f"{source}.{a.name}" for a in node.names if f"{source}.{a.name}" in mods]
                targets = subs if len(subs) == len(node.names) else [source, *subs]
            else:
                continue
            deps.update(t for t in targets if t in mods and t != name)
        graph[name] = deps
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (iterative Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_the_cycle_finder_finds_a_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_the_graph_sees_relative_and_function_level_imports():
    graph = import_graph()
    assert "smart_nlp.extract.facts" in graph["smart_nlp.analyzer"]
    assert "smart_nlp.tracking" in graph["smart_nlp"]  # imported inside ``smart_nlp.track``


def test_no_import_cycles():
    assert cycles(import_graph()) == []


# The stages of one goal, in order (ARCHITECTURE.md); a module belongs to the first prefix it starts with.
STAGES = {
    "extract": ("smart_nlp.extract",),
    "resolve": ("smart_nlp.resolve",),
    "featurize": ("smart_nlp.features",),
    "judge": ("smart_nlp.scoring",),
    "advise": ("smart_nlp.advise", "smart_nlp.plan", "smart_nlp.caveats", "smart_nlp.conclude"),
}


def stage_of(module: str) -> int | None:
    for i, prefixes in enumerate(STAGES.values()):
        if any(module == p or module.startswith(p + ".") for p in prefixes):
            return i
    return None


def backward_imports(graph: dict[str, set[str]]) -> list[str]:
    """``a → b`` for every module of a stage that imports a module of a later stage."""
    out = []
    for name, deps in graph.items():
        here = stage_of(name)
        for dep in deps:
            there = stage_of(dep)
            if here is not None and there is not None and there > here:
                out.append(f"{name} → {dep}")
    return sorted(out)


def test_the_stage_check_sees_a_backward_import():
    assert backward_imports({"smart_nlp.extract.facts": {"smart_nlp.scoring.rules"}}) == \
        ["smart_nlp.extract.facts → smart_nlp.scoring.rules"]
    assert backward_imports({"smart_nlp.scoring.rules": {"smart_nlp.features"}}) == []


def test_every_stage_exists_and_no_stage_imports_a_later_one():
    graph = import_graph()
    assert all(any(stage_of(m) == i for m in graph) for i in range(len(STAGES)))
    assert backward_imports(graph) == []


def test_the_analyzer_runs_the_stages_without_reaching_into_them():
    """``Analyzer.finish`` calls one entry point per stage, never an extractor's helper."""
    deps = import_graph()["smart_nlp.analyzer"]
    assert {"smart_nlp.resolve", "smart_nlp.features", "smart_nlp.conclude"} <= deps
    assert not {d for d in deps if d.startswith("smart_nlp.extract.") and d != "smart_nlp.extract.facts"}


# Module size and line length (issue 14), over SHAPE_CHECKED (relative to smart_nlp/; a folder
# covers everything under it): the whole package.
SHAPE_CHECKED = (".",)
MAX_MODULE_LINES = 300
MAX_LINE_CHARS = 120


def checked_modules(roots=SHAPE_CHECKED) -> list[Path]:
    found: set[Path] = set()
    for root in roots:
        path = (PACKAGE / root).resolve()
        found.update([path] if path.is_file() else path.rglob("*.py"))
    return sorted(found)


def test_no_module_over_300_lines():
    long = [f"{p.relative_to(PACKAGE.parent)}: {n} lines" for p in checked_modules()
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES]
    assert not long, "split these modules by job:\n" + "\n".join(long)


def test_no_line_over_120_characters():
    wide = [f"{p.relative_to(PACKAGE.parent)}:{i}: {len(line)} characters" for p in checked_modules()
            for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), start=1) if len(line) > MAX_LINE_CHARS]
    assert not wide, "lines over 120 characters:\n" + "\n".join(wide)
